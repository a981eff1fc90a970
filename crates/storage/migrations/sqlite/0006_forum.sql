-- Customer forum: settings, categories, privacy notices, posts (questions and
-- answers in one table), visitor reports, and the full-text index.

CREATE TABLE forum_settings (
    org_id         INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    moderation     TEXT NOT NULL CHECK (moderation IN ('pre', 'post')),
    blocked_words  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE forum_categories (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    slug         TEXT NOT NULL,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    UNIQUE (org_id, slug)
) STRICT;

CREATE TABLE forum_notices (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    language    TEXT NOT NULL CHECK (language IN ('sv', 'en')),
    version     INTEGER NOT NULL,
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (org_id, language, version)
) STRICT;

-- A question has a category and a title; an answer has a question.
CREATE TABLE forum_posts (
    id                  INTEGER PRIMARY KEY,
    org_id              INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    question_id         INTEGER REFERENCES forum_posts(id) ON DELETE CASCADE,
    category_id         INTEGER REFERENCES forum_categories(id) ON DELETE RESTRICT,
    title               TEXT,
    body                TEXT NOT NULL,
    author_name         TEXT NOT NULL,
    author_email        TEXT,
    notify_on_answer    INTEGER NOT NULL DEFAULT 0,
    unsubscribe_token   TEXT,
    staff_user_id       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    official            INTEGER NOT NULL DEFAULT 0,
    status              TEXT NOT NULL CHECK (status IN ('pending', 'published', 'hidden', 'archived')),
    hold_code           TEXT,
    manage_token_hash   TEXT NOT NULL UNIQUE,
    notice_version      INTEGER,
    findings            TEXT NOT NULL DEFAULT '[]',
    helpful_count       INTEGER NOT NULL DEFAULT 0,
    answer_count        INTEGER NOT NULL DEFAULT 0,
    accepted_answer_id  INTEGER REFERENCES forum_posts(id) ON DELETE SET NULL,
    open_report_count   INTEGER NOT NULL DEFAULT 0,
    created_at          INTEGER NOT NULL,
    edited_at           INTEGER,
    last_activity_at    INTEGER NOT NULL,
    CHECK ((question_id IS NULL) = (category_id IS NOT NULL AND title IS NOT NULL))
) STRICT;
CREATE INDEX forum_questions_latest ON forum_posts (org_id, status, last_activity_at, id) WHERE question_id IS NULL;
CREATE INDEX forum_questions_category ON forum_posts (org_id, category_id, status, last_activity_at) WHERE question_id IS NULL;
CREATE INDEX forum_answers ON forum_posts (question_id, created_at) WHERE question_id IS NOT NULL;
CREATE INDEX forum_posts_moderation ON forum_posts (org_id, status) WHERE status = 'pending' OR open_report_count > 0;

CREATE TABLE forum_reports (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    post_id      INTEGER NOT NULL REFERENCES forum_posts(id) ON DELETE CASCADE,
    reason_code  TEXT NOT NULL CHECK (reason_code IN ('spam', 'offensive', 'personal_data', 'other')),
    created_at   INTEGER NOT NULL,
    resolved_at  INTEGER
) STRICT;
CREATE INDEX forum_reports_post ON forum_reports (post_id);

-- One document per published question (title, question and published answers),
-- as pre-stemmed terms; rowid = the question's id. Contentless: the text lives
-- only in forum_posts, so erasing a post there and here leaves no copy. Each
-- document starts with its organisation's token `_o{id}_`, which the analyser
-- can never produce (it splits on '_'), so a query is confined to one tenant
-- inside the index and ranking never scores another organisation's posts.
CREATE VIRTUAL TABLE forum_search USING fts5(
    terms, content = '', contentless_delete = 1, tokenize = "unicode61 tokenchars '_'"
);

ALTER TABLE mail_outbox ADD COLUMN forum_post_id INTEGER REFERENCES forum_posts(id) ON DELETE CASCADE;
