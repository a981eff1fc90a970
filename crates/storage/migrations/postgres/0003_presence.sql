-- Agent presence, shared by all nodes: decides whether widgets offer chat.
CREATE TABLE agent_presence (
    org_id      BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id     BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('online', 'away', 'offline')),
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
