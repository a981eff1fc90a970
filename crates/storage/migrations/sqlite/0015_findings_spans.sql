-- Stored findings are spans of one text per kind of item, whatever wrote them: a case
-- message's subject, a newline and its text; a forum question's title, a newline and its
-- text. Replies, notes and offline chat messages were scanned without their subject, and
-- questions edited by staff without their title: their spans move by the prefix's bytes.
-- Mail without a subject was scanned with an empty one and stored as '(inget ämne)'.
UPDATE case_messages SET findings = (
    SELECT json_group_array(json_set(f.value,
        '$.start', json_extract(f.value, '$.start') + length(CAST(case_messages.subject AS BLOB)) + 1,
        '$.end', json_extract(f.value, '$.end') + length(CAST(case_messages.subject AS BLOB)) + 1))
    FROM json_each(case_messages.findings) AS f)
WHERE findings <> '[]' AND (direction <> 'in' OR header_message_id IS NULL);

UPDATE case_messages SET findings = (
    SELECT json_group_array(json_set(f.value,
        '$.start', json_extract(f.value, '$.start') + length(CAST(case_messages.subject AS BLOB)),
        '$.end', json_extract(f.value, '$.end') + length(CAST(case_messages.subject AS BLOB))))
    FROM json_each(case_messages.findings) AS f)
WHERE findings <> '[]' AND direction = 'in' AND header_message_id IS NOT NULL AND subject = '(inget ämne)';

UPDATE forum_posts SET findings = (
    SELECT json_group_array(json_set(f.value,
        '$.start', json_extract(f.value, '$.start') + length(CAST(forum_posts.title AS BLOB)) + 1,
        '$.end', json_extract(f.value, '$.end') + length(CAST(forum_posts.title AS BLOB)) + 1))
    FROM json_each(forum_posts.findings) AS f)
WHERE findings <> '[]' AND question_id IS NULL AND edited_at IS NOT NULL;
