-- Agent groups (e.g. "Bygglov", "Faktura") that inbox rules route new cases to, and
-- the position of each polled IMAP mailbox.

CREATE TABLE agent_groups (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (org_id, name)
) STRICT;

CREATE TABLE agent_group_members (
    org_id    INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    group_id  INTEGER NOT NULL REFERENCES agent_groups(id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
) STRICT;
CREATE INDEX agent_group_members_user ON agent_group_members (user_id);

ALTER TABLE cases ADD COLUMN group_id INTEGER REFERENCES agent_groups(id) ON DELETE SET NULL;
ALTER TABLE inbox_rules ADD COLUMN group_id INTEGER REFERENCES agent_groups(id) ON DELETE SET NULL;

-- One row per configured IMAP source (the key is a hash of host, port, user and
-- folder): the UID cursor that makes a restart neither duplicate nor skip mail.
CREATE TABLE imap_cursors (
    source_key    TEXT PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    inbox_id      INTEGER NOT NULL REFERENCES mail_inboxes(id) ON DELETE CASCADE,
    uid_validity  INTEGER NOT NULL,
    last_uid      INTEGER NOT NULL,
    imported      INTEGER NOT NULL DEFAULT 0,
    polled_at     INTEGER NOT NULL,
    -- A fixed code such as 'login' or 'connect' (never the server's words), or NULL.
    error_code    TEXT
) STRICT;
