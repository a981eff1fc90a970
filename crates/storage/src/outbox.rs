//! The outbound mail queue. Rows are written in the transaction of the change that
//! causes the mail, so a mail is never lost and never sent for a change that rolled back.

use crate::{OrgScope, OrgWrite, Result};
use domain::{ConversationId, PostId, Timestamp};

/// A mail to be sent.
#[derive(Debug, Clone)]
pub struct NewMail<'a> {
    pub kind: &'a str,
    pub conversation: Option<ConversationId>,
    pub forum_post: Option<PostId>,
    pub recipient: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
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
}

impl OrgWrite {
    pub async fn queue_mail(&mut self, mail: &NewMail<'_>) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO mail_outbox (org_id, kind, conversation_id, forum_post_id, recipient, subject, body, status, \
                 next_attempt_at, created_at) VALUES ($1, $2, $3, $8, $4, $5, $6, 'queued', $7, $7) RETURNING id",
            )
            .bind(org)
            .bind(mail.kind)
            .bind(mail.conversation.map(|c| c.0))
            .bind(mail.recipient)
            .bind(mail.subject)
            .bind(mail.body)
            .bind(now)
            .bind(mail.forum_post.map(|p| p.0))
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
                "SELECT id, kind, conversation_id, recipient, subject, body, status FROM mail_outbox \
                 WHERE org_id = $1 ORDER BY id DESC LIMIT $2",
            )
            .bind(self.org.0)
            .bind(limit)
            .fetch_all(pool)
            .await
        })?)
    }
}
