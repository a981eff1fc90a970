-- Live chat: flows with notices and agents, visitors, conversations, messages, saved replies.

CREATE TABLE chat_flows (
    id                   INTEGER PRIMARY KEY,
    org_id               INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    slug                 TEXT NOT NULL,
    name                 TEXT NOT NULL,
    require_name         INTEGER NOT NULL DEFAULT 0,
    require_email        INTEGER NOT NULL DEFAULT 0,
    keep_email           INTEGER NOT NULL DEFAULT 0,
    upload_allowed       INTEGER NOT NULL DEFAULT 0,
    upload_max_bytes     INTEGER NOT NULL DEFAULT 5242880,
    max_chats_per_agent  INTEGER NOT NULL DEFAULT 3,
    welcome_sv           TEXT NOT NULL DEFAULT '',
    welcome_en           TEXT NOT NULL DEFAULT '',
    opening_hours        TEXT NOT NULL,
    created_at           INTEGER NOT NULL,
    UNIQUE (org_id, slug)
) STRICT;

CREATE TABLE chat_flow_agents (
    org_id   INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    flow_id  INTEGER NOT NULL REFERENCES chat_flows(id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (flow_id, user_id)
) STRICT;

CREATE TABLE chat_notices (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    flow_id      INTEGER NOT NULL REFERENCES chat_flows(id) ON DELETE CASCADE,
    language     TEXT NOT NULL CHECK (language IN ('sv', 'en')),
    version      INTEGER NOT NULL,
    body         TEXT NOT NULL,
    require_ack  INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    UNIQUE (flow_id, language, version)
) STRICT;

CREATE TABLE chat_visitors (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    token_hash    TEXT NOT NULL UNIQUE,
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE chat_conversations (
    id                INTEGER PRIMARY KEY,
    org_id            INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    flow_id           INTEGER NOT NULL REFERENCES chat_flows(id) ON DELETE CASCADE,
    visitor_id        INTEGER NOT NULL REFERENCES chat_visitors(id) ON DELETE CASCADE,
    status            TEXT NOT NULL CHECK (status IN ('queued', 'active', 'closed', 'offline')),
    agent_id          INTEGER REFERENCES users(id) ON DELETE SET NULL,
    language          TEXT NOT NULL CHECK (language IN ('sv', 'en')),
    notice_version    INTEGER,
    visitor_name      TEXT,
    visitor_email     TEXT,
    last_seq          INTEGER NOT NULL DEFAULT 0,
    created_at        INTEGER NOT NULL,
    accepted_at       INTEGER,
    closed_at         INTEGER,
    last_activity_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX chat_conversations_queue ON chat_conversations (org_id, status, flow_id);
CREATE INDEX chat_conversations_visitor ON chat_conversations (visitor_id);

CREATE TABLE chat_messages (
    id               INTEGER PRIMARY KEY,
    org_id           INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    conversation_id  INTEGER NOT NULL REFERENCES chat_conversations(id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    sender           TEXT NOT NULL CHECK (sender IN ('visitor', 'agent', 'system')),
    agent_id         INTEGER REFERENCES users(id) ON DELETE SET NULL,
    internal         INTEGER NOT NULL DEFAULT 0,
    body             TEXT NOT NULL,
    findings         TEXT NOT NULL DEFAULT '[]',
    created_at       INTEGER NOT NULL,
    UNIQUE (conversation_id, seq)
) STRICT;

CREATE TABLE saved_replies (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;
