//! Finding one person's data across every channel: the rows that hold an e-mail
//! address, a name or a visitor id, and the free texts a caller checks for numbers
//! (phone, personnummer) written in any form.

use crate::{OrgScope, Result};

/// A row that holds (or may hold) the person's data, and why it matched.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct PersonRow {
    /// conversation, chat_message, chat_file, case, case_message, case_attachment,
    /// forum_post, queued_mail or contact.
    pub item: String,
    pub id: i64,
    /// The conversation, case or forum question it belongs to (itself for those).
    pub parent: i64,
    /// The column that matched.
    pub field: String,
    pub at: i64,
}

/// A free text to check for a number: (item, id, parent, field, at, text).
pub type TextRow = (String, i64, i64, String, i64, String);

/// Rows whose e-mail columns hold `email` (compared in lower case), and free texts that mention it.
const BY_EMAIL: &str = "
    SELECT 'conversation' AS item, id, id AS parent, 'visitor_email' AS field, created_at AS at
      FROM chat_conversations WHERE org_id = $1 AND LOWER(visitor_email) = $2
    UNION ALL SELECT 'chat_message', m.id, m.conversation_id, 'body', m.created_at
      FROM chat_messages m WHERE m.org_id = $1 AND LOWER(m.body) LIKE $3
    UNION ALL SELECT 'case', id, id, 'customer_email', created_at
      FROM cases WHERE org_id = $1 AND LOWER(customer_email) = $2
    UNION ALL SELECT 'case_message', id, case_id, 'from_address', created_at
      FROM case_messages WHERE org_id = $1 AND (LOWER(from_address) = $2 OR LOWER(reply_to) = $2)
    UNION ALL SELECT 'case_message', id, case_id, 'body_text', created_at
      FROM case_messages WHERE org_id = $1 AND LOWER(body_text) LIKE $3
        AND NOT (LOWER(COALESCE(from_address, '')) = $2)
    UNION ALL SELECT 'forum_post', id, COALESCE(question_id, id), 'author_email', created_at
      FROM forum_posts WHERE org_id = $1 AND LOWER(author_email) = $2
    UNION ALL SELECT 'forum_post', id, COALESCE(question_id, id), 'body', created_at
      FROM forum_posts WHERE org_id = $1 AND LOWER(body) LIKE $3
    UNION ALL SELECT 'queued_mail', id, COALESCE(case_id, conversation_id, forum_post_id, 0), 'recipient', created_at
      FROM mail_outbox WHERE org_id = $1 AND LOWER(recipient) = $2
    UNION ALL SELECT 'contact', id, id, 'email', created_at
      FROM contacts WHERE org_id = $1 AND LOWER(email) = $2
    ORDER BY 5, 1, 2";

/// Rows whose name columns contain `name` (case-insensitive), with the e-mail beside
/// it so that several people of one name can be told apart.
const BY_NAME: &str = "
    SELECT 'conversation' AS item, id, id AS parent, visitor_name AS name, visitor_email AS email, created_at AS at
      FROM chat_conversations WHERE org_id = $1 AND LOWER(visitor_name) LIKE $2
    UNION ALL SELECT 'case', id, id, customer_name, customer_email, created_at
      FROM cases WHERE org_id = $1 AND LOWER(customer_name) LIKE $2
    UNION ALL SELECT 'forum_post', id, COALESCE(question_id, id), author_name, author_email, created_at
      FROM forum_posts WHERE org_id = $1 AND staff_user_id IS NULL AND LOWER(author_name) LIKE $2
    UNION ALL SELECT 'contact', id, id, display_name, email, created_at
      FROM contacts WHERE org_id = $1 AND LOWER(display_name) LIKE $2
    ORDER BY 6, 1, 2 LIMIT 500";

/// One person a name search found: the name as written and the e-mail beside it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct NameRow {
    pub item: String,
    pub id: i64,
    pub parent: i64,
    pub name: Option<String>,
    pub email: Option<String>,
    pub at: i64,
}

/// Every free text of the organisation, a page at a time by a cursor over (item, id).
const TEXTS: &str = "
    SELECT * FROM (
      SELECT 'chat_message' AS item, id, conversation_id AS parent, 'body' AS field, created_at AS at, body AS text
        FROM chat_messages WHERE org_id = $1
      UNION ALL SELECT 'case_message', id, case_id, 'body_text', created_at, body_text
        FROM case_messages WHERE org_id = $1
      UNION ALL SELECT 'forum_post', id, COALESCE(question_id, id), 'body', created_at, body
        FROM forum_posts WHERE org_id = $1
      UNION ALL SELECT 'contact', id, id, 'phone', created_at, COALESCE(phone, '') || ' ' || COALESCE(personnummer, '')
        FROM contacts WHERE org_id = $1
    ) t WHERE (item > $2 OR (item = $2 AND id > $3)) ORDER BY item, id LIMIT $4";

impl OrgScope<'_> {
    pub async fn person_by_email(&self, email: &str) -> Result<Vec<PersonRow>> {
        let email = email.trim().to_lowercase();
        // `_` in the address matches any one character here: a slightly wider net for mentions.
        let mention = format!("%{}%", email.replace('%', ""));
        Ok(on_pool!(self.db, |pool| sqlx::query_as(BY_EMAIL)
            .bind(self.org.0)
            .bind(&email)
            .bind(&mention)
            .fetch_all(pool)
            .await)?)
    }

    pub async fn people_by_name(&self, name: &str) -> Result<Vec<NameRow>> {
        let pattern = format!("%{}%", name.trim().to_lowercase().replace(['%', '_'], ""));
        Ok(on_pool!(self.db, |pool| sqlx::query_as(BY_NAME).bind(self.org.0).bind(&pattern).fetch_all(pool).await)?)
    }

    /// The conversations of a widget visitor id.
    pub async fn person_by_visitor(&self, visitor: i64) -> Result<Vec<PersonRow>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT 'conversation' AS item, id, id AS parent, 'visitor_id' AS field, created_at AS at \
                 FROM chat_conversations WHERE org_id = $1 AND visitor_id = $2 ORDER BY id",
            )
            .bind(self.org.0)
            .bind(visitor)
            .fetch_all(pool)
            .await
        })?)
    }

    /// A page of free texts after the cursor `(item, id)`, for checking numbers in any form.
    pub async fn texts_after(&self, item: &str, id: i64, limit: i64) -> Result<Vec<TextRow>> {
        Ok(on_pool!(self.db, |pool| sqlx::query_as(TEXTS)
            .bind(self.org.0)
            .bind(item)
            .bind(id)
            .bind(limit)
            .fetch_all(pool)
            .await)?)
    }
}

/// What one person's erasure reaches, found by e-mail address.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct PersonItems {
    pub conversations: Vec<i64>,
    pub cases: Vec<i64>,
    /// Forum questions the person asked (each removed with its answers).
    pub questions: Vec<i64>,
    /// Answers the person wrote in others' threads: (answer, question).
    pub answers: Vec<(i64, i64)>,
    pub queued_mail: Vec<i64>,
    pub contacts: Vec<i64>,
    /// Active legal holds over any of it.
    pub holds: Vec<i64>,
}

impl OrgScope<'_> {
    /// Everything erasure would remove for the person with this e-mail address, and the
    /// legal holds (active at `now`) that cover any of it.
    pub async fn person_items(&self, email: &str, now: domain::Timestamp) -> Result<PersonItems> {
        let email = email.trim().to_lowercase();
        let ids = |sql: &'static str| {
            let email = email.clone();
            async move {
                Ok::<Vec<i64>, crate::StorageError>(on_pool!(self.db, |pool| sqlx::query_scalar(sql)
                    .bind(self.org.0)
                    .bind(&email)
                    .fetch_all(pool)
                    .await)?)
            }
        };
        let mut items = PersonItems {
            conversations: ids(
                "SELECT id FROM chat_conversations WHERE org_id = $1 AND LOWER(visitor_email) = $2 ORDER BY id",
            )
            .await?,
            cases: ids("SELECT id FROM cases WHERE org_id = $1 AND LOWER(customer_email) = $2 ORDER BY id").await?,
            questions: ids(
                "SELECT id FROM forum_posts WHERE org_id = $1 AND question_id IS NULL AND LOWER(author_email) = $2 \
                 ORDER BY id",
            )
            .await?,
            queued_mail: ids("SELECT id FROM mail_outbox WHERE org_id = $1 AND LOWER(recipient) = $2 ORDER BY id")
                .await?,
            contacts: ids("SELECT id FROM contacts WHERE org_id = $1 AND LOWER(email) = $2 ORDER BY id").await?,
            ..Default::default()
        };
        items.answers = on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, question_id FROM forum_posts WHERE org_id = $1 AND question_id IS NOT NULL \
                 AND LOWER(author_email) = $2 ORDER BY id",
            )
            .bind(self.org.0)
            .bind(&email)
            .fetch_all(pool)
            .await
        })?;
        items.holds = self.holds_over(&items, Some(&email), now).await?;
        Ok(items)
    }

    /// The legal holds active at `now` over any of `items`, or over the person's address.
    pub async fn holds_over(
        &self,
        items: &PersonItems,
        email: Option<&str>,
        now: domain::Timestamp,
    ) -> Result<Vec<i64>> {
        let list = crate::db::id_list;
        let threads: Vec<i64> = items.questions.iter().copied().chain(items.answers.iter().map(|(_, q)| *q)).collect();
        let sql = format!(
            "SELECT id FROM legal_holds WHERE org_id = $1 AND released_at IS NULL AND (expires_at IS NULL OR expires_at > $3) \
             AND ((target = 'conversation' AND target_id IN ({})) OR (target = 'case' AND target_id IN ({})) \
             OR (target = 'forum_post' AND target_id IN ({})) OR (target = 'contact' AND email = $2)) ORDER BY id",
            list(&items.conversations),
            list(&items.cases),
            list(&threads)
        );
        let email = email.map(|e| e.trim().to_lowercase());
        Ok(on_pool!(self.db, |pool| sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone()))
            .bind(self.org.0)
            .bind(&email)
            .bind(now.micros())
            .fetch_all(pool)
            .await)?)
    }

    /// The distinct e-mail addresses (lower case) the items were written under: the
    /// conversations' visitors, the cases' customers, the forum posts' authors, the contacts.
    pub async fn emails_of(&self, items: &PersonItems) -> Result<Vec<String>> {
        let list = crate::db::id_list;
        let posts: Vec<i64> = items.questions.iter().copied().chain(items.answers.iter().map(|(a, _)| *a)).collect();
        let sql = format!(
            "SELECT DISTINCT LOWER(e) FROM ( \
               SELECT visitor_email AS e FROM chat_conversations WHERE org_id = $1 AND id IN ({}) \
               UNION ALL SELECT customer_email FROM cases WHERE org_id = $1 AND id IN ({}) \
               UNION ALL SELECT author_email FROM forum_posts WHERE org_id = $1 AND staff_user_id IS NULL AND id IN ({}) \
               UNION ALL SELECT email FROM contacts WHERE org_id = $1 AND id IN ({}) \
             ) t WHERE e IS NOT NULL AND e <> '' ORDER BY 1",
            list(&items.conversations),
            list(&items.cases),
            list(&posts),
            list(&items.contacts)
        );
        Ok(on_pool!(self.db, |pool| sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone()))
            .bind(self.org.0)
            .fetch_all(pool)
            .await)?)
    }
}

impl PersonItems {
    /// Adds `other`'s items that are not here yet (holds are computed afresh after).
    pub fn merge(&mut self, other: PersonItems) {
        fn add<T: PartialEq>(into: &mut Vec<T>, from: Vec<T>) {
            for x in from {
                if !into.contains(&x) {
                    into.push(x);
                }
            }
        }
        add(&mut self.conversations, other.conversations);
        add(&mut self.cases, other.cases);
        add(&mut self.questions, other.questions);
        add(&mut self.answers, other.answers);
        add(&mut self.queued_mail, other.queued_mail);
        add(&mut self.contacts, other.contacts);
    }
}

impl OrgScope<'_> {
    /// A queued mail's subject and when it was queued.
    pub async fn queued_mail(&self, id: i64) -> Result<Option<(String, i64)>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as("SELECT subject, created_at FROM mail_outbox WHERE org_id = $1 AND id = $2")
                .bind(self.org.0)
                .bind(id)
                .fetch_optional(pool)
                .await
        })?)
    }
}

impl crate::OrgWrite {
    /// Removes queued mail and contact records by id (the rest of an erasure goes
    /// through the retention deletes, which know each item's family).
    pub async fn delete_mail_and_contacts(&mut self, mail: &[i64], contacts: &[i64]) -> Result<u64> {
        let mut removed = 0;
        for (table, ids) in [("mail_outbox", mail), ("contacts", contacts)] {
            if !ids.is_empty() {
                let list = crate::db::id_list(ids);
                removed +=
                    self.execute_for_org(&format!("DELETE FROM {table} WHERE org_id = $1 AND id IN ({list})")).await?;
            }
        }
        Ok(removed)
    }
}

/// A data-subject request.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct RequestRow {
    pub id: i64,
    pub kind: String,
    pub subject_email: String,
    /// YYYY-MM-DD.
    pub received_on: String,
    pub due_on: String,
    pub extension_reason: Option<String>,
    pub identity_checked: bool,
    /// The ticked identity checklist steps, comma-separated.
    pub identity_steps: String,
    pub status: String,
    /// Why a refused request was refused.
    pub closing_reason: Option<String>,
    pub created_at: i64,
    pub closed_at: Option<i64>,
}

const REQUEST_COLUMNS: &str = "id, kind, subject_email, received_on, due_on, extension_reason, identity_checked, \
    identity_steps, status, closing_reason, created_at, closed_at";

impl OrgScope<'_> {
    /// Requests, open ones first by due date, then the rest newest first.
    pub async fn requests(&self) -> Result<Vec<RequestRow>> {
        let sql = format!(
            "SELECT {REQUEST_COLUMNS} FROM dsr_requests WHERE org_id = $1 \
             ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, due_on, id DESC LIMIT 500"
        );
        Ok(on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(self.org.0)
            .fetch_all(pool)
            .await)?)
    }

    pub async fn request(&self, id: i64) -> Result<Option<RequestRow>> {
        let sql = format!("SELECT {REQUEST_COLUMNS} FROM dsr_requests WHERE org_id = $1 AND id = $2");
        Ok(on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(self.org.0)
            .bind(id)
            .fetch_optional(pool)
            .await)?)
    }
}

impl crate::OrgWrite {
    pub async fn insert_request(
        &mut self,
        kind: &str,
        email: &str,
        received_on: &str,
        due_on: &str,
        by: Option<domain::UserId>,
    ) -> Result<i64> {
        let (org, now) = (self.org.0, domain::Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO dsr_requests (org_id, kind, subject_email, received_on, due_on, status, created_by, \
                 created_at) VALUES ($1, $2, $3, $4, $5, 'open', $6, $7) RETURNING id",
            )
            .bind(org)
            .bind(kind)
            .bind(email)
            .bind(received_on)
            .bind(due_on)
            .bind(by.map(|u| u.0))
            .bind(now)
            .fetch_one(conn)
            .await
        })?)
    }

    /// Changes an open request: the identity checklist, an extension, or its end.
    pub async fn update_request(&mut self, id: i64, update: &RequestUpdate<'_>) -> Result<()> {
        let (org, now) = (self.org.0, domain::Timestamp::now().micros());
        let closed = (update.status != "open").then_some(now);
        let changed = on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE dsr_requests SET identity_checked = $3, due_on = $4, extension_reason = $5, status = $6, \
                 closed_at = $7, identity_steps = $8, closing_reason = $9 \
                 WHERE org_id = $1 AND id = $2 AND status = 'open'",
            )
            .bind(org)
            .bind(id)
            .bind(update.identity_checked)
            .bind(update.due_on)
            .bind(update.extension_reason)
            .bind(update.status)
            .bind(closed)
            .bind(update.identity_steps)
            .bind(update.closing_reason)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        crate::error::found(changed)
    }
}

/// A request's state after a change.
pub struct RequestUpdate<'a> {
    pub identity_steps: &'a str,
    pub identity_checked: bool,
    pub due_on: &'a str,
    pub extension_reason: Option<&'a str>,
    /// Why a request was refused.
    pub closing_reason: Option<&'a str>,
    pub status: &'a str,
}

impl OrgScope<'_> {
    /// Open requests due on or before `date` (YYYY-MM-DD): the dashboard's reminders.
    pub async fn requests_due_by(&self, date: &str) -> Result<Vec<RequestRow>> {
        let sql = format!(
            "SELECT {REQUEST_COLUMNS} FROM dsr_requests WHERE org_id = $1 AND status = 'open' AND due_on <= $2 \
             ORDER BY due_on, id LIMIT 100"
        );
        Ok(on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(self.org.0)
            .bind(date)
            .fetch_all(pool)
            .await)?)
    }

    /// The active restriction (Art. 18) over this e-mail address, if any: a hold that also stops processing.
    pub async fn restriction_of(&self, email: &str) -> Result<Option<i64>> {
        Ok(on_pool!(self.db, |pool| sqlx::query_scalar(
            "SELECT id FROM legal_holds WHERE org_id = $1 AND restriction AND target = 'contact' \
             AND released_at IS NULL AND email = $2 ORDER BY id LIMIT 1"
        )
        .bind(self.org.0)
        .bind(email.trim().to_lowercase())
        .fetch_optional(pool)
        .await)?)
    }
}

impl crate::OrgWrite {
    /// Restricts processing of the person with this address (Art. 18): a hold on the
    /// contact that retention and erasure honour, marked as a restriction.
    pub async fn add_restriction(&mut self, email: &str, reason: &str, by: Option<domain::UserId>) -> Result<i64> {
        let (org, now) = (self.org.0, domain::Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO legal_holds (org_id, target, target_id, email, reason, created_by, created_at, restriction) \
                 VALUES ($1, 'contact', 0, $2, $3, $4, $5, TRUE) RETURNING id",
            )
            .bind(org)
            .bind(email.trim().to_lowercase())
            .bind(reason)
            .bind(by.map(|u| u.0))
            .bind(now)
            .fetch_one(conn)
            .await
        })?)
    }
}
