-- Customer forum: settings, categories, privacy notices, posts (questions and
-- answers in one table), visitor reports, and the full-text index.

CREATE TABLE forum_settings (
    org_id         BIGINT PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    moderation     TEXT NOT NULL CHECK (moderation IN ('pre', 'post')),
    blocked_words  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE forum_categories (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id       BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    slug         TEXT NOT NULL,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    position     BIGINT NOT NULL DEFAULT 0,
    created_at   BIGINT NOT NULL,
    UNIQUE (org_id, slug)
);

CREATE TABLE forum_notices (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    language    TEXT NOT NULL CHECK (language IN ('sv', 'en')),
    version     BIGINT NOT NULL,
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    UNIQUE (org_id, language, version)
);

-- A question has a category and a title; an answer has a question.
CREATE TABLE forum_posts (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id              BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    question_id         BIGINT REFERENCES forum_posts(id) ON DELETE CASCADE,
    category_id         BIGINT REFERENCES forum_categories(id) ON DELETE RESTRICT,
    title               TEXT,
    body                TEXT NOT NULL,
    author_name         TEXT NOT NULL,
    author_email        TEXT,
    notify_on_answer    BOOLEAN NOT NULL DEFAULT FALSE,
    unsubscribe_token   TEXT,
    staff_user_id       BIGINT REFERENCES users(id) ON DELETE SET NULL,
    official            BOOLEAN NOT NULL DEFAULT FALSE,
    status              TEXT NOT NULL CHECK (status IN ('pending', 'published', 'hidden', 'archived')),
    hold_code           TEXT,
    manage_token_hash   TEXT NOT NULL UNIQUE,
    notice_version      BIGINT,
    findings            TEXT NOT NULL DEFAULT '[]',
    helpful_count       BIGINT NOT NULL DEFAULT 0,
    answer_count        BIGINT NOT NULL DEFAULT 0,
    accepted_answer_id  BIGINT REFERENCES forum_posts(id) ON DELETE SET NULL,
    open_report_count   BIGINT NOT NULL DEFAULT 0,
    created_at          BIGINT NOT NULL,
    edited_at           BIGINT,
    last_activity_at    BIGINT NOT NULL,
    CHECK ((question_id IS NULL) = (category_id IS NOT NULL AND title IS NOT NULL))
);
CREATE INDEX forum_questions_latest ON forum_posts (org_id, status, last_activity_at, id) WHERE question_id IS NULL;
CREATE INDEX forum_questions_category ON forum_posts (org_id, category_id, status, last_activity_at) WHERE question_id IS NULL;
CREATE INDEX forum_answers ON forum_posts (question_id, created_at) WHERE question_id IS NOT NULL;
CREATE INDEX forum_posts_moderation ON forum_posts (org_id, status) WHERE status = 'pending' OR open_report_count > 0;

CREATE TABLE forum_reports (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id       BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    post_id      BIGINT NOT NULL REFERENCES forum_posts(id) ON DELETE CASCADE,
    reason_code  TEXT NOT NULL CHECK (reason_code IN ('spam', 'offensive', 'personal_data', 'other')),
    created_at   BIGINT NOT NULL,
    resolved_at  BIGINT
);
CREATE INDEX forum_reports_post ON forum_reports (post_id);

-- One document per published question (title, question and published answers),
-- as pre-stemmed terms analysed in Rust; the 'simple' configuration adds no stemming of its own.
CREATE TABLE forum_search (
    question_id  BIGINT PRIMARY KEY REFERENCES forum_posts(id) ON DELETE CASCADE,
    org_id       BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    terms        TSVECTOR NOT NULL
);
CREATE INDEX forum_search_terms ON forum_search USING GIN (terms);

ALTER TABLE mail_outbox ADD COLUMN forum_post_id BIGINT REFERENCES forum_posts(id) ON DELETE CASCADE;
