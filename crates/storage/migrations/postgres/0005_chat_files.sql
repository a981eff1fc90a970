-- Files a visitor sent in a chat. The content is kept in the database (nodes stay
-- stateless; erasure and secure_delete reach it like any row).
CREATE TABLE chat_files (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id           BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    conversation_id  BIGINT NOT NULL REFERENCES chat_conversations(id) ON DELETE CASCADE,
    seq              BIGINT NOT NULL,
    file_name        TEXT NOT NULL,
    content_type     TEXT NOT NULL,
    size             BIGINT NOT NULL,
    content          BYTEA NOT NULL,
    created_at       BIGINT NOT NULL
);
CREATE INDEX chat_files_conversation ON chat_files (org_id, conversation_id);
ALTER TABLE chat_messages ADD COLUMN file_id BIGINT;
