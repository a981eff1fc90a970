-- Data-subject requests: what was asked, by whom (an e-mail address), when it was
-- received and must be answered, the identity check, and how it ended.
CREATE TABLE dsr_requests (
    id               INTEGER PRIMARY KEY,
    org_id           INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('access', 'erasure', 'rectification', 'restriction', 'objection', 'portability')),
    subject_email    TEXT NOT NULL,
    received_on      TEXT NOT NULL,
    due_on           TEXT NOT NULL,
    extension_reason TEXT,
    identity_checked INTEGER NOT NULL DEFAULT 0,
    status           TEXT NOT NULL CHECK (status IN ('open', 'done', 'refused')),
    created_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at       INTEGER NOT NULL,
    closed_at        INTEGER
) STRICT;
CREATE INDEX dsr_requests_open ON dsr_requests (org_id, status, due_on);
