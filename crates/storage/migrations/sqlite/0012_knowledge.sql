-- The knowledge base: guides in Markdown with categories, public or internal, drafts
-- and publishing, every saved version kept, images staff upload (stored re-encoded,
-- without metadata), and "helpful / not helpful" feedback that stores no e-mail or IP.
CREATE TABLE kb_categories (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (org_id, slug)
) STRICT;

CREATE TABLE guides (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    category_id   INTEGER REFERENCES kb_categories(id) ON DELETE SET NULL,
    slug          TEXT NOT NULL,
    title         TEXT NOT NULL,
    body          TEXT NOT NULL,
    visibility    TEXT NOT NULL CHECK (visibility IN ('public', 'internal')),
    status        TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    revision      INTEGER NOT NULL,
    created_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    updated_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    published_at  INTEGER,
    helpful       INTEGER NOT NULL DEFAULT 0,
    not_helpful   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (org_id, slug)
) STRICT;
CREATE INDEX guides_list ON guides (org_id, status, visibility, category_id);

CREATE TABLE guide_revisions (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    guide_id    INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
    revision    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    edited_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (guide_id, revision)
) STRICT;

CREATE TABLE guide_images (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    content       BLOB NOT NULL,
    content_type  TEXT NOT NULL,
    width         INTEGER NOT NULL,
    height        INTEGER NOT NULL,
    created_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE guide_feedback (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    guide_id    INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
    helpful     INTEGER NOT NULL,
    comment     TEXT,
    created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX guide_feedback_guide ON guide_feedback (guide_id, id);

-- One document per published guide as pre-stemmed terms (rowid = the guide's id),
-- contentless like forum_search. It starts with the organisation's token `_o{id}_`
-- and, for public guides, `_pub_`, so a public query never sees an internal guide.
CREATE VIRTUAL TABLE guide_search USING fts5(
    terms, content = '', contentless_delete = 1, tokenize = "unicode61 tokenchars '_'"
);
