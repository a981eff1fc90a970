-- Stored findings are spans of one text per kind of item, whatever wrote them: a case
-- message's subject, a newline and its text; a forum question's title, a newline and its
-- text. Replies, notes and offline chat messages were scanned without their subject, and
-- questions edited by staff without their title: their spans move by the prefix's bytes.
-- Mail without a subject was scanned with an empty one and stored as '(inget ämne)'.
UPDATE case_messages SET findings = (
    SELECT COALESCE(jsonb_agg(f || jsonb_build_object(
        'start', (f->>'start')::bigint + octet_length(case_messages.subject) + 1,
        'end', (f->>'end')::bigint + octet_length(case_messages.subject) + 1) ORDER BY n), '[]'::jsonb)::text
    FROM jsonb_array_elements(case_messages.findings::jsonb) WITH ORDINALITY AS t(f, n))
WHERE findings <> '[]' AND (direction <> 'in' OR header_message_id IS NULL);

UPDATE case_messages SET findings = (
    SELECT COALESCE(jsonb_agg(f || jsonb_build_object(
        'start', (f->>'start')::bigint + octet_length(case_messages.subject),
        'end', (f->>'end')::bigint + octet_length(case_messages.subject)) ORDER BY n), '[]'::jsonb)::text
    FROM jsonb_array_elements(case_messages.findings::jsonb) WITH ORDINALITY AS t(f, n))
WHERE findings <> '[]' AND direction = 'in' AND header_message_id IS NOT NULL AND subject = '(inget ämne)';

UPDATE forum_posts SET findings = (
    SELECT COALESCE(jsonb_agg(f || jsonb_build_object(
        'start', (f->>'start')::bigint + octet_length(forum_posts.title) + 1,
        'end', (f->>'end')::bigint + octet_length(forum_posts.title) + 1) ORDER BY n), '[]'::jsonb)::text
    FROM jsonb_array_elements(forum_posts.findings::jsonb) WITH ORDINALITY AS t(f, n))
WHERE findings <> '[]' AND question_id IS NULL AND edited_at IS NOT NULL;
