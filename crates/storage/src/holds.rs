//! Legal holds and restrictions: on a conversation, a case or a forum question, or on
//! a person named by e-mail address, phone number or personnummer (stored normalised,
//! so that a hold matches however the number was written).

use crate::db::id_list;
use crate::{OrgScope, OrgWrite, Result};
use domain::Timestamp;
use domain::people::KeyKind;
use domain::retention::HoldTarget;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct HoldRow {
    pub id: i64,
    pub target: String,
    /// The conversation, case or forum question; 0 for a person.
    pub target_id: i64,
    /// For a hold on a person: email, phone or personnummer, and the normalised value.
    pub person_kind: Option<String>,
    pub person_key: Option<String>,
    pub reason: String,
    pub expires_at: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub released_at: Option<i64>,
    /// A restriction of processing (Art. 18), not only of removal.
    pub restriction: bool,
}

impl HoldRow {
    /// The person a hold on a person names.
    pub fn person(&self) -> Option<(KeyKind, &str)> {
        let kind = self.person_kind.as_deref()?.parse().ok()?;
        Some((kind, self.person_key.as_deref()?))
    }
}

const HOLD_COLUMNS: &str = "id, target, target_id, person_kind, person_key, reason, expires_at, created_by, \
    created_at, released_at, restriction";

/// A hold to place.
#[derive(Debug, Clone)]
pub struct NewHold<'a> {
    pub target: HoldTarget,
    /// The item's id; 0 for a person.
    pub target_id: i64,
    /// For a person: the kind of key and its normalised value.
    pub person: Option<(KeyKind, &'a str)>,
    pub reason: &'a str,
    pub expires_at: Option<Timestamp>,
    pub restriction: bool,
    pub by: Option<domain::UserId>,
}

impl OrgScope<'_> {
    /// Holds, active ones first, newest first.
    pub async fn legal_holds(&self) -> Result<Vec<HoldRow>> {
        let sql = format!(
            "SELECT {HOLD_COLUMNS} FROM legal_holds WHERE org_id = $1 \
             ORDER BY CASE WHEN released_at IS NULL THEN 0 ELSE 1 END, id DESC LIMIT 500"
        );
        Ok(on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(self.org.0).fetch_all(pool).await)?)
    }

    /// Holds on a person that are in force at `now` (restrictions included).
    pub async fn person_holds(&self, now: Timestamp) -> Result<Vec<HoldRow>> {
        let sql = format!(
            "SELECT {HOLD_COLUMNS} FROM legal_holds WHERE org_id = $1 AND target = 'person' AND released_at IS NULL \
             AND (expires_at IS NULL OR expires_at > $2) ORDER BY id"
        );
        Ok(on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(self.org.0)
            .bind(now.micros())
            .fetch_all(pool)
            .await)?)
    }

    /// The holds in force at `now` on any of these conversations, cases or forum
    /// threads (a question, or the question of an answer).
    pub async fn item_holds(
        &self,
        conversations: &[i64],
        cases: &[i64],
        forum_posts: &[i64],
        now: Timestamp,
    ) -> Result<Vec<i64>> {
        let posts = id_list(forum_posts);
        let sql = format!(
            "SELECT id FROM legal_holds WHERE org_id = $1 AND released_at IS NULL \
             AND (expires_at IS NULL OR expires_at > $2) \
             AND ((target = 'conversation' AND target_id IN ({})) OR (target = 'case' AND target_id IN ({})) \
             OR (target = 'forum_post' AND (target_id IN ({posts}) OR target_id IN \
                 (SELECT question_id FROM forum_posts WHERE org_id = $1 AND id IN ({posts}))))) ORDER BY id",
            id_list(conversations),
            id_list(cases),
        );
        Ok(on_pool!(self.db, |pool| sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone()))
            .bind(self.org.0)
            .bind(now.micros())
            .fetch_all(pool)
            .await)?)
    }
}

impl OrgWrite {
    pub async fn add_legal_hold(&mut self, hold: &NewHold<'_>) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO legal_holds (org_id, target, target_id, person_kind, person_key, reason, expires_at, \
                 created_by, created_at, restriction) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            )
            .bind(org)
            .bind(hold.target.as_str())
            .bind(hold.target_id)
            .bind(hold.person.map(|(kind, _)| kind.as_str()))
            .bind(hold.person.map(|(_, key)| key))
            .bind(hold.reason)
            .bind(hold.expires_at.map(Timestamp::micros))
            .bind(hold.by.map(|u| u.0))
            .bind(now)
            .bind(hold.restriction)
            .fetch_one(conn)
            .await
        })?)
    }

    pub async fn release_legal_hold(&mut self, id: i64, by: domain::UserId) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let changed = on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE legal_holds SET released_at = $3, released_by = $4 WHERE org_id = $1 AND id = $2 \
                 AND released_at IS NULL",
            )
            .bind(org)
            .bind(id)
            .bind(now)
            .bind(by.0)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        crate::error::found(changed)
    }

    /// Whether an item of this organisation exists (to hold it). A person always "exists".
    pub async fn hold_target_exists(&mut self, target: HoldTarget, id: i64) -> Result<bool> {
        let org = self.org.0;
        let sql = match target {
            HoldTarget::Conversation => "SELECT id FROM chat_conversations WHERE org_id = $1 AND id = $2",
            HoldTarget::Case => "SELECT id FROM cases WHERE org_id = $1 AND id = $2",
            HoldTarget::ForumPost => "SELECT id FROM forum_posts WHERE org_id = $1 AND id = $2 AND question_id IS NULL",
            HoldTarget::Person => return Ok(true),
        };
        let found: Option<i64> =
            on_tx!(&mut self.tx, |conn| sqlx::query_scalar(sql).bind(org).bind(id).fetch_optional(conn).await)?;
        Ok(found.is_some())
    }
}
