-- E-mail cases: inboxes (addresses mail arrives at), cases with a number per
-- organisation, their messages (in, out, internal notes) and attachments.

CREATE TABLE mail_inboxes (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    -- Lower-case; an address belongs to exactly one inbox of one organisation.
    address     TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    signature   TEXT NOT NULL DEFAULT '',
    auto_reply  INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE case_counters (
    org_id       INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    last_number  INTEGER NOT NULL
) STRICT;

CREATE TABLE cases (
    id               INTEGER PRIMARY KEY,
    org_id           INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    inbox_id         INTEGER NOT NULL REFERENCES mail_inboxes(id) ON DELETE CASCADE,
    number           INTEGER NOT NULL,
    subject          TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('new', 'open', 'waiting', 'closed')),
    assignee_id      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    customer_email   TEXT,
    customer_name    TEXT,
    created_at       INTEGER NOT NULL,
    last_message_at  INTEGER NOT NULL,
    closed_at        INTEGER,
    UNIQUE (org_id, number)
) STRICT;
CREATE INDEX cases_list ON cases (org_id, status, last_message_at);

CREATE TABLE case_messages (
    id                 INTEGER PRIMARY KEY,
    org_id             INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    case_id            INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    direction          TEXT NOT NULL CHECK (direction IN ('in', 'out', 'note')),
    -- The Message-ID header, for threading (ours for outgoing mail).
    header_message_id  TEXT,
    from_address       TEXT,
    from_name          TEXT,
    reply_to           TEXT,
    subject            TEXT NOT NULL,
    body_text          TEXT NOT NULL,
    -- As received; sanitised whenever it is shown.
    body_html          TEXT,
    findings           TEXT NOT NULL DEFAULT '[]',
    author_id          INTEGER REFERENCES users(id) ON DELETE SET NULL,
    automatic          INTEGER NOT NULL DEFAULT 0,
    size_bytes         INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL
) STRICT;
CREATE INDEX case_messages_case ON case_messages (case_id, id);
CREATE INDEX case_messages_header ON case_messages (org_id, header_message_id);

CREATE TABLE case_attachments (
    id               INTEGER PRIMARY KEY,
    org_id           INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    case_message_id  INTEGER NOT NULL REFERENCES case_messages(id) ON DELETE CASCADE,
    file_name        TEXT NOT NULL,
    content_type     TEXT NOT NULL,
    size_bytes       INTEGER NOT NULL,
    content          BLOB NOT NULL,
    created_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX case_attachments_message ON case_attachments (case_message_id);

-- Routing: the first rule of an inbox whose words occur in the chosen field of a new
-- case's first mail assigns the case and/or tags it.
CREATE TABLE inbox_rules (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    inbox_id     INTEGER NOT NULL REFERENCES mail_inboxes(id) ON DELETE CASCADE,
    match_field  TEXT NOT NULL CHECK (match_field IN ('recipient', 'subject', 'text')),
    pattern      TEXT NOT NULL,
    assignee_id  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    tag          TEXT,
    created_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX inbox_rules_inbox ON inbox_rules (inbox_id, id);

-- Tags staff put on cases (words chosen by the organisation, e.g. "faktura").
CREATE TABLE case_tags (
    org_id   INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    PRIMARY KEY (case_id, tag)
) STRICT;
CREATE INDEX case_tags_tag ON case_tags (org_id, tag);

-- Replies to cases leave through the outbox with their own sender and threading headers.
ALTER TABLE mail_outbox ADD COLUMN case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE;
ALTER TABLE mail_outbox ADD COLUMN sender TEXT;
ALTER TABLE mail_outbox ADD COLUMN header_message_id TEXT;
ALTER TABLE mail_outbox ADD COLUMN in_reply_to TEXT;
ALTER TABLE mail_outbox ADD COLUMN reference_ids TEXT;
