-- Retention (gallring): rule versions per scope, legal bases with their minimum
-- periods, legal holds, the runs' receipts, and when each item was anonymised.

-- A legal basis an organisation records, e.g. "Gallringsbeslut KS 2024/117 § 4",
-- with the shortest period it allows.
CREATE TABLE retention_legal_bases (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    reference   TEXT NOT NULL,
    min_days    INTEGER NOT NULL CHECK (min_days >= 0),
    created_at  INTEGER NOT NULL,
    UNIQUE (org_id, reference)
) STRICT;

-- Every version of every rule. The rule in force for (module, scope, applies_to) at
-- a moment is its highest version already effective then; days NULL means "no rule
-- of its own here" (the module's rule or the default applies). scope_id 0: the whole module.
CREATE TABLE retention_rules (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    module          TEXT NOT NULL CHECK (module IN ('chat', 'forum', 'mail')),
    scope_id        INTEGER NOT NULL DEFAULT 0,
    applies_to      TEXT NOT NULL CHECK (applies_to IN ('records', 'attachments')),
    version         INTEGER NOT NULL,
    clock           TEXT CHECK (clock IN ('closed', 'last_activity', 'created')),
    days            INTEGER,
    action          TEXT CHECK (action IN ('delete', 'anonymise')),
    legal_basis_id  INTEGER REFERENCES retention_legal_bases(id) ON DELETE RESTRICT,
    reason          TEXT NOT NULL DEFAULT '',
    changed_by      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    changed_at      INTEGER NOT NULL,
    effective_at    INTEGER NOT NULL,
    confirmed_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    UNIQUE (org_id, module, scope_id, applies_to, version)
) STRICT;

-- A hold stops retention (and erasure) for a conversation, case, forum question or
-- everything about one person (matched by e-mail address).
CREATE TABLE legal_holds (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    target       TEXT NOT NULL CHECK (target IN ('conversation', 'case', 'forum_post', 'contact')),
    target_id    INTEGER NOT NULL,
    email        TEXT,
    reason       TEXT NOT NULL,
    expires_at   INTEGER,
    created_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    released_at  INTEGER,
    released_by  INTEGER REFERENCES users(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX legal_holds_active ON legal_holds (org_id, target, target_id) WHERE released_at IS NULL;

-- One row per run and organisation: counts per scope and action (JSON of ids and
-- numbers only), the rule versions applied, held and skipped items.
CREATE TABLE retention_runs (
    id                 INTEGER PRIMARY KEY,
    org_id             INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    started_at         INTEGER NOT NULL,
    finished_at        INTEGER NOT NULL,
    as_of              INTEGER NOT NULL,
    dry_run            INTEGER NOT NULL,
    removed            INTEGER NOT NULL,
    held               INTEGER NOT NULL,
    skipped            INTEGER NOT NULL,
    counts             TEXT NOT NULL,
    rule_versions      TEXT NOT NULL
) STRICT;
CREATE INDEX retention_runs_org ON retention_runs (org_id, id);

ALTER TABLE chat_conversations ADD COLUMN anonymised_at INTEGER;
ALTER TABLE cases ADD COLUMN anonymised_at INTEGER;
ALTER TABLE forum_posts ADD COLUMN anonymised_at INTEGER;

-- What retention scans: items by organisation and clock.
CREATE INDEX chat_conversations_retention ON chat_conversations (org_id, flow_id, closed_at);
CREATE INDEX cases_retention ON cases (org_id, inbox_id, closed_at);
CREATE INDEX chat_files_created ON chat_files (org_id, created_at);
CREATE INDEX case_attachments_created ON case_attachments (org_id, created_at);
