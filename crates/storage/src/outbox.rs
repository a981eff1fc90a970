//! The outbound mail queue. Rows are written in the transaction of the change that
//! causes the mail, so a mail is never lost and never sent for a change that rolled back.

use crate::{OrgScope, OrgWrite, Result};
use domain::{CaseId, ConversationId, PostId, Timestamp};

/// A mail to be sent.
#[derive(Debug, Clone, Default)]
pub struct NewMail<'a> {
    pub kind: &'a str,
    pub conversation: Option<ConversationId>,
    pub forum_post: Option<PostId>,
    pub case: Option<CaseId>,
    pub recipient: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    /// For a reply in a mail thread: its own sender and threading headers.
    pub thread: Option<MailThread<'a>>,
}

/// The sender and headers that make a reply thread in the customer's mail client.
#[derive(Debug, Clone, Default)]
pub struct MailThread<'a> {
    /// A mailbox such as `Bygglov <bygglov@kommun.se>`.
    pub sender: &'a str,
    /// Without angle brackets.
    pub message_id: &'a str,
    pub in_reply_to: Option<&'a str>,
    /// Message-IDs separated by spaces, without angle brackets.
    pub references: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct QueuedMail {
    pub id: i64,
    pub kind: String,
    pub conversation_id: Option<i64>,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub status: String,
    pub case_id: Option<i64>,
    pub last_error: Option<String>,
}

impl OrgWrite {
    pub async fn queue_mail(&mut self, mail: &NewMail<'_>) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO mail_outbox (org_id, kind, conversation_id, forum_post_id, recipient, subject, body, status, \
                 next_attempt_at, created_at, case_id, sender, header_message_id, in_reply_to, reference_ids) \
                 VALUES ($1, $2, $3, $8, $4, $5, $6, 'queued', $7, $7, $9, $10, $11, $12, $13) RETURNING id",
            )
            .bind(org)
            .bind(mail.kind)
            .bind(mail.conversation.map(|c| c.0))
            .bind(mail.recipient)
            .bind(mail.subject)
            .bind(mail.body)
            .bind(now)
            .bind(mail.forum_post.map(|p| p.0))
            .bind(mail.case.map(|c| c.0))
            .bind(mail.thread.as_ref().map(|t| t.sender))
            .bind(mail.thread.as_ref().map(|t| t.message_id))
            .bind(mail.thread.as_ref().and_then(|t| t.in_reply_to))
            .bind(mail.thread.as_ref().map(|t| t.references))
            .fetch_one(conn)
            .await
        })?)
    }
}

impl OrgScope<'_> {
    /// Mails of this organisation, newest first.
    pub async fn outbox(&self, limit: i64) -> Result<Vec<QueuedMail>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, kind, conversation_id, recipient, subject, body, status, case_id, last_error FROM mail_outbox \
                 WHERE org_id = $1 ORDER BY id DESC LIMIT $2",
            )
            .bind(self.org.0)
            .bind(limit)
            .fetch_all(pool)
            .await
        })?)
    }
}

/// A mail taken from the queue for one delivery attempt.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ClaimedMail {
    pub id: i64,
    pub kind: String,
    pub org_id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// Including this one.
    pub attempts: i64,
    pub sender: Option<String>,
    pub header_message_id: Option<String>,
    pub in_reply_to: Option<String>,
    pub reference_ids: Option<String>,
}

const CLAIM_SQLITE: &str = "UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = $2 \
     WHERE id IN (SELECT id FROM mail_outbox WHERE status IN ('queued', 'sending') AND next_attempt_at <= $1 \
     ORDER BY id LIMIT $3) RETURNING id, kind, org_id, recipient, subject, body, attempts, sender, \
     header_message_id, in_reply_to, reference_ids";
const CLAIM_POSTGRES: &str = "UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = $2 \
     WHERE id IN (SELECT id FROM mail_outbox WHERE status IN ('queued', 'sending') AND next_attempt_at <= $1 \
     ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING id, kind, org_id, recipient, subject, body, attempts, sender, \
     header_message_id, in_reply_to, reference_ids";

impl crate::Db {
    /// Claims up to `limit` due mails of every organisation for `lease` seconds. A mail
    /// whose sender died mid-attempt ('sending' past its lease) is claimed again; on
    /// PostgreSQL, nodes claiming at once never take the same row.
    pub async fn claim_mail(&self, now: Timestamp, lease_seconds: i64, limit: i64) -> Result<Vec<ClaimedMail>> {
        let until = now.plus_seconds(lease_seconds).micros();
        Ok(match self {
            crate::Db::Sqlite(db) => {
                sqlx::query_as(CLAIM_SQLITE).bind(now.micros()).bind(until).bind(limit).fetch_all(&db.writes).await?
            }
            crate::Db::Postgres(pool) => {
                sqlx::query_as(CLAIM_POSTGRES).bind(now.micros()).bind(until).bind(limit).fetch_all(pool).await?
            }
        })
    }

    /// A delivered mail leaves the queue: its copy of personal data has served its purpose.
    pub async fn mail_delivered(&self, id: i64) -> Result<()> {
        on_write_pool!(self, |pool| sqlx::query("DELETE FROM mail_outbox WHERE id = $1")
            .bind(id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Records a failed attempt: queued again at `retry_at`, or failed for good when `None`.
    pub async fn mail_attempt_failed(&self, id: i64, code: &str, retry_at: Option<Timestamp>) -> Result<()> {
        let (status, next) = match retry_at {
            Some(at) => ("queued", at.micros()),
            None => ("failed", Timestamp::now().micros()),
        };
        on_write_pool!(self, |pool| {
            sqlx::query("UPDATE mail_outbox SET status = $2, last_error = $3, next_attempt_at = $4 WHERE id = $1")
                .bind(id)
                .bind(status)
                .bind(code)
                .bind(next)
                .execute(pool)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(())
    }
}
