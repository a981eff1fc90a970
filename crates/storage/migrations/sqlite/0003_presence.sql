-- Agent presence, shared by all nodes: decides whether widgets offer chat.
CREATE TABLE agent_presence (
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('online', 'away', 'offline')),
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (org_id, user_id)
) STRICT;
