-- The knowledge base: guides in Markdown with categories, public or internal, drafts
-- and publishing, every saved version kept, images staff upload (stored re-encoded,
-- without metadata), and "helpful / not helpful" feedback that stores no e-mail or IP.
CREATE TABLE kb_categories (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    UNIQUE (org_id, slug)
);

CREATE TABLE guides (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    category_id   BIGINT REFERENCES kb_categories(id) ON DELETE SET NULL,
    slug          TEXT NOT NULL,
    title         TEXT NOT NULL,
    body          TEXT NOT NULL,
    visibility    TEXT NOT NULL CHECK (visibility IN ('public', 'internal')),
    status        TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    revision      BIGINT NOT NULL,
    created_by    BIGINT REFERENCES users(id) ON DELETE SET NULL,
    updated_by    BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL,
    published_at  BIGINT,
    helpful       BIGINT NOT NULL DEFAULT 0,
    not_helpful   BIGINT NOT NULL DEFAULT 0,
    UNIQUE (org_id, slug)
);
CREATE INDEX guides_list ON guides (org_id, status, visibility, category_id);

CREATE TABLE guide_revisions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    guide_id    BIGINT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
    revision    BIGINT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    edited_by   BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL,
    UNIQUE (guide_id, revision)
);

CREATE TABLE guide_images (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    content       BYTEA NOT NULL,
    content_type  TEXT NOT NULL,
    width         BIGINT NOT NULL,
    height        BIGINT NOT NULL,
    created_by    BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at    BIGINT NOT NULL
);

CREATE TABLE guide_feedback (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    guide_id    BIGINT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
    helpful     BOOLEAN NOT NULL,
    comment     TEXT,
    created_at  BIGINT NOT NULL
);
CREATE INDEX guide_feedback_guide ON guide_feedback (guide_id, id);

-- One document per published guide as pre-stemmed terms analysed in Rust, with
-- whether it is public (a public query never sees an internal guide).
CREATE TABLE guide_search (
    guide_id  BIGINT PRIMARY KEY REFERENCES guides(id) ON DELETE CASCADE,
    org_id    BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    public    BOOLEAN NOT NULL,
    terms     TSVECTOR NOT NULL
);
CREATE INDEX guide_search_terms ON guide_search USING GIN (terms);
