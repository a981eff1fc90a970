-- Live chat: flows with notices and agents, visitors, conversations, messages, saved replies.

CREATE TABLE chat_flows (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id               BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    slug                 TEXT NOT NULL,
    name                 TEXT NOT NULL,
    require_name         BOOLEAN NOT NULL DEFAULT FALSE,
    require_email        BOOLEAN NOT NULL DEFAULT FALSE,
    keep_email           BOOLEAN NOT NULL DEFAULT FALSE,
    upload_allowed       BOOLEAN NOT NULL DEFAULT FALSE,
    upload_max_bytes     BIGINT NOT NULL DEFAULT 5242880,
    max_chats_per_agent  BIGINT NOT NULL DEFAULT 3,
    welcome_sv           TEXT NOT NULL DEFAULT '',
    welcome_en           TEXT NOT NULL DEFAULT '',
    opening_hours        TEXT NOT NULL,
    created_at           BIGINT NOT NULL,
    UNIQUE (org_id, slug)
);

CREATE TABLE chat_flow_agents (
    org_id   BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    flow_id  BIGINT NOT NULL REFERENCES chat_flows(id) ON DELETE CASCADE,
    user_id  BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (flow_id, user_id)
);

CREATE TABLE chat_notices (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id       BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    flow_id      BIGINT NOT NULL REFERENCES chat_flows(id) ON DELETE CASCADE,
    language     TEXT NOT NULL CHECK (language IN ('sv', 'en')),
    version      BIGINT NOT NULL,
    body         TEXT NOT NULL,
    require_ack  BOOLEAN NOT NULL,
    created_at   BIGINT NOT NULL,
    UNIQUE (flow_id, language, version)
);

CREATE TABLE chat_visitors (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    token_hash    TEXT NOT NULL UNIQUE,
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL
);

CREATE TABLE chat_conversations (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id            BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    flow_id           BIGINT NOT NULL REFERENCES chat_flows(id) ON DELETE CASCADE,
    visitor_id        BIGINT NOT NULL REFERENCES chat_visitors(id) ON DELETE CASCADE,
    status            TEXT NOT NULL CHECK (status IN ('queued', 'active', 'closed', 'offline')),
    agent_id          BIGINT REFERENCES users(id) ON DELETE SET NULL,
    language          TEXT NOT NULL CHECK (language IN ('sv', 'en')),
    notice_version    BIGINT,
    visitor_name      TEXT,
    visitor_email     TEXT,
    last_seq          BIGINT NOT NULL DEFAULT 0,
    created_at        BIGINT NOT NULL,
    accepted_at       BIGINT,
    closed_at         BIGINT,
    last_activity_at  BIGINT NOT NULL
);
CREATE INDEX chat_conversations_queue ON chat_conversations (org_id, status, flow_id);
CREATE INDEX chat_conversations_visitor ON chat_conversations (visitor_id);

CREATE TABLE chat_messages (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id           BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    conversation_id  BIGINT NOT NULL REFERENCES chat_conversations(id) ON DELETE CASCADE,
    seq              BIGINT NOT NULL,
    sender           TEXT NOT NULL CHECK (sender IN ('visitor', 'agent', 'system')),
    agent_id         BIGINT REFERENCES users(id) ON DELETE SET NULL,
    internal         BOOLEAN NOT NULL DEFAULT FALSE,
    body             TEXT NOT NULL,
    findings         TEXT NOT NULL DEFAULT '[]',
    created_at       BIGINT NOT NULL,
    UNIQUE (conversation_id, seq)
);

CREATE TABLE saved_replies (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
