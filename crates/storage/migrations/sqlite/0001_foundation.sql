-- Foundation: organisations, staff, sessions, API tokens, contacts, audit log.
-- Timestamps are INTEGER microseconds since the Unix epoch (exact range comparisons).

CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    language    TEXT NOT NULL CHECK (language IN ('sv', 'en')),
    regime      TEXT NOT NULL CHECK (regime IN ('private', 'public-authority')),
    created_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE org_modules (
    org_id   INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    module   TEXT NOT NULL,
    enabled  INTEGER NOT NULL,
    PRIMARY KEY (org_id, module)
) STRICT;

CREATE TABLE users (
    id                    INTEGER PRIMARY KEY,
    org_id                INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    email                 TEXT NOT NULL,
    display_name          TEXT NOT NULL,
    role                  TEXT NOT NULL CHECK (role IN ('admin', 'agent', 'dpo')),
    password_hash         TEXT NOT NULL,
    must_change_password  INTEGER NOT NULL DEFAULT 0,
    active                INTEGER NOT NULL DEFAULT 1,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL,
    UNIQUE (org_id, email)
) STRICT;

CREATE TABLE staff_sessions (
    id            INTEGER PRIMARY KEY,
    token_hash    TEXT NOT NULL UNIQUE,
    org_id        INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX staff_sessions_user ON staff_sessions (org_id, user_id);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);

CREATE TABLE api_tokens (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    label         TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER,
    revoked_at    INTEGER
) STRICT;
CREATE INDEX api_tokens_org ON api_tokens (org_id, user_id);

CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    display_name  TEXT,
    email         TEXT,
    phone         TEXT,
    personnummer  TEXT,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX contacts_email ON contacts (org_id, email);
CREATE INDEX contacts_phone ON contacts (org_id, phone);
CREATE INDEX contacts_personnummer ON contacts (org_id, personnummer);

CREATE TABLE audit_chain_heads (
    org_id     INTEGER PRIMARY KEY REFERENCES organisations(id),
    last_seq   INTEGER NOT NULL,
    last_hash  TEXT NOT NULL
) STRICT;

CREATE TABLE audit_events (
    org_id       INTEGER NOT NULL REFERENCES organisations(id),
    seq          INTEGER NOT NULL,
    occurred_at  INTEGER NOT NULL,
    actor_kind   TEXT NOT NULL,
    actor_id     INTEGER,
    action       TEXT NOT NULL,
    target_kind  TEXT,
    target_id    INTEGER,
    details      TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL,
    PRIMARY KEY (org_id, seq)
) STRICT;

-- Append-only: the application never updates or deletes audit rows.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
