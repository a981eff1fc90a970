-- Files a visitor sent in a chat. The content is kept in the database (nodes stay
-- stateless; erasure and secure_delete reach it like any row).
CREATE TABLE chat_files (
    id               INTEGER PRIMARY KEY,
    org_id           INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    conversation_id  INTEGER NOT NULL REFERENCES chat_conversations(id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    file_name        TEXT NOT NULL,
    content_type     TEXT NOT NULL,
    size             INTEGER NOT NULL,
    content          BLOB NOT NULL,
    created_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX chat_files_conversation ON chat_files (org_id, conversation_id);
ALTER TABLE chat_messages ADD COLUMN file_id INTEGER;
