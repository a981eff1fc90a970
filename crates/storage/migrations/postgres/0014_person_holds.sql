-- Legal holds and restrictions on a person: by e-mail address, phone number or
-- personnummer, stored normalised (lower-case address; phone digits in national form
-- without the leading zero; the ten digits YYMMDDNNNN), so that they match however the
-- number was written. They replace holds on a contact record, which matched by e-mail only.
ALTER TABLE legal_holds DROP CONSTRAINT legal_holds_target_check;
ALTER TABLE legal_holds ADD COLUMN person_kind TEXT CHECK (person_kind IN ('email', 'phone', 'personnummer'));
ALTER TABLE legal_holds ADD COLUMN person_key TEXT;
UPDATE legal_holds SET target = 'person', target_id = 0, person_kind = 'email', person_key = LOWER(COALESCE(email, ''))
    WHERE target = 'contact';
ALTER TABLE legal_holds DROP COLUMN email;
ALTER TABLE legal_holds ADD CONSTRAINT legal_holds_target_check
    CHECK (target IN ('conversation', 'case', 'forum_post', 'person'));
ALTER TABLE legal_holds ADD CONSTRAINT legal_holds_person_check
    CHECK ((target = 'person') = (person_key IS NOT NULL AND person_kind IS NOT NULL));
CREATE INDEX legal_holds_person ON legal_holds (org_id, person_kind, person_key) WHERE released_at IS NULL;
