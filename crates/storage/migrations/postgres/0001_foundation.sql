-- Foundation: organisations, staff, sessions, API tokens, contacts, audit log.
-- Timestamps are BIGINT microseconds since the Unix epoch (same as SQLite).

CREATE TABLE organisations (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    language    TEXT NOT NULL CHECK (language IN ('sv', 'en')),
    regime      TEXT NOT NULL CHECK (regime IN ('private', 'public-authority')),
    created_at  BIGINT NOT NULL
);

CREATE TABLE org_modules (
    org_id   BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    module   TEXT NOT NULL,
    enabled  BOOLEAN NOT NULL,
    PRIMARY KEY (org_id, module)
);

CREATE TABLE users (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id                BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    email                 TEXT NOT NULL,
    display_name          TEXT NOT NULL,
    role                  TEXT NOT NULL CHECK (role IN ('admin', 'agent', 'dpo')),
    password_hash         TEXT NOT NULL,
    must_change_password  BOOLEAN NOT NULL DEFAULT FALSE,
    active                BOOLEAN NOT NULL DEFAULT TRUE,
    created_at            BIGINT NOT NULL,
    updated_at            BIGINT NOT NULL,
    UNIQUE (org_id, email)
);

CREATE TABLE staff_sessions (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash    TEXT NOT NULL UNIQUE,
    org_id        BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id       BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
);
CREATE INDEX staff_sessions_user ON staff_sessions (org_id, user_id);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);

CREATE TABLE api_tokens (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id       BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    label         TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    created_at    BIGINT NOT NULL,
    last_used_at  BIGINT,
    revoked_at    BIGINT
);
CREATE INDEX api_tokens_org ON api_tokens (org_id, user_id);

CREATE TABLE contacts (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    display_name  TEXT,
    email         TEXT,
    phone         TEXT,
    personnummer  TEXT,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX contacts_email ON contacts (org_id, email);
CREATE INDEX contacts_phone ON contacts (org_id, phone);
CREATE INDEX contacts_personnummer ON contacts (org_id, personnummer);

CREATE TABLE audit_chain_heads (
    org_id     BIGINT PRIMARY KEY REFERENCES organisations(id),
    last_seq   BIGINT NOT NULL,
    last_hash  TEXT NOT NULL
);

CREATE TABLE audit_events (
    org_id       BIGINT NOT NULL REFERENCES organisations(id),
    seq          BIGINT NOT NULL,
    occurred_at  BIGINT NOT NULL,
    actor_kind   TEXT NOT NULL,
    actor_id     BIGINT,
    action       TEXT NOT NULL,
    target_kind  TEXT,
    target_id    BIGINT,
    details      TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL,
    PRIMARY KEY (org_id, seq)
);

-- Append-only: the application never updates or deletes audit rows.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
