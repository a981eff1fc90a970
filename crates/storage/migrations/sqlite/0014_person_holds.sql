-- Legal holds and restrictions on a person: by e-mail address, phone number or
-- personnummer, stored normalised (lower-case address; phone digits in national form
-- without the leading zero; the ten digits YYMMDDNNNN), so that they match however the
-- number was written. They replace holds on a contact record, which matched by e-mail only.
CREATE TABLE legal_holds_v2 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    target       TEXT NOT NULL CHECK (target IN ('conversation', 'case', 'forum_post', 'person')),
    -- The conversation, case or forum question; 0 for a person.
    target_id    INTEGER NOT NULL,
    person_kind  TEXT CHECK (person_kind IN ('email', 'phone', 'personnummer')),
    person_key   TEXT,
    reason       TEXT NOT NULL,
    expires_at   INTEGER,
    created_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    released_at  INTEGER,
    released_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    restriction  INTEGER NOT NULL DEFAULT 0,
    CHECK ((target = 'person') = (person_key IS NOT NULL AND person_kind IS NOT NULL))
) STRICT;

INSERT INTO legal_holds_v2 (id, org_id, target, target_id, person_kind, person_key, reason, expires_at, created_by,
    created_at, released_at, released_by, restriction)
SELECT id, org_id,
    CASE WHEN target = 'contact' THEN 'person' ELSE target END,
    CASE WHEN target = 'contact' THEN 0 ELSE target_id END,
    CASE WHEN target = 'contact' THEN 'email' END,
    CASE WHEN target = 'contact' THEN LOWER(COALESCE(email, '')) END,
    reason, expires_at, created_by, created_at, released_at, released_by, restriction
FROM legal_holds;

DROP TABLE legal_holds;
ALTER TABLE legal_holds_v2 RENAME TO legal_holds;
CREATE INDEX legal_holds_active ON legal_holds (org_id, target, target_id) WHERE released_at IS NULL;
CREATE INDEX legal_holds_person ON legal_holds (org_id, person_kind, person_key) WHERE released_at IS NULL;
