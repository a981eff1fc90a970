//! The audit log: append-only, hash-chained per organisation.

use crate::db::Tx;
use crate::{Backend, OrgScope, OrgWrite, Result};
use domain::audit::{NewEvent, StoredEvent, chain_hash};
use domain::{OrgId, Timestamp};

#[derive(sqlx::FromRow)]
struct EventRow {
    org_id: i64,
    seq: i64,
    occurred_at: i64,
    actor_kind: String,
    actor_id: Option<i64>,
    action: String,
    target_kind: Option<String>,
    target_id: Option<i64>,
    details: String,
    prev_hash: String,
    hash: String,
}

impl From<EventRow> for StoredEvent {
    fn from(r: EventRow) -> Self {
        StoredEvent {
            org_id: OrgId(r.org_id),
            seq: r.seq,
            occurred_at: Timestamp(r.occurred_at),
            actor_kind: r.actor_kind,
            actor_id: r.actor_id,
            action: r.action,
            target_kind: r.target_kind,
            target_id: r.target_id,
            details: r.details,
            prev_hash: r.prev_hash,
            hash: r.hash,
        }
    }
}

/// The last sequence number and hash, kept beside the chain so that removing
/// events from its end is detected.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AuditHead {
    pub last_seq: i64,
    pub last_hash: String,
}

const HEAD_SQLITE: &str = "SELECT last_seq, last_hash FROM audit_chain_heads WHERE org_id = $1";
// The row lock serialises appenders of one organisation across nodes.
const HEAD_POSTGRES: &str = "SELECT last_seq, last_hash FROM audit_chain_heads WHERE org_id = $1 FOR UPDATE";
const INSERT_EVENT: &str = "INSERT INTO audit_events \
    (org_id, seq, occurred_at, actor_kind, actor_id, action, target_kind, target_id, details, prev_hash, hash) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
const UPDATE_HEAD: &str = "UPDATE audit_chain_heads SET last_seq = $2, last_hash = $3 WHERE org_id = $1";
const EVENT_COLUMNS_PAGE_ASC: &str = "SELECT org_id, seq, occurred_at, actor_kind, actor_id, action, target_kind, \
    target_id, details, prev_hash, hash FROM audit_events WHERE org_id = $1 AND seq > $2 ORDER BY seq LIMIT $3";
const EVENT_COLUMNS_PAGE_DESC: &str = "SELECT org_id, seq, occurred_at, actor_kind, actor_id, action, target_kind, \
    target_id, details, prev_hash, hash FROM audit_events WHERE org_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3";

impl OrgWrite {
    /// Appends an event to this organisation's chain; it commits with the transaction.
    pub async fn audit(&mut self, event: NewEvent) -> Result<i64> {
        let org = self.org;
        let head_sql = match self.tx {
            Tx::Sqlite(_) => HEAD_SQLITE,
            Tx::Postgres(_) => HEAD_POSTGRES,
        };
        let head: AuditHead = on_tx!(&mut self.tx, |conn| sqlx::query_as(head_sql).bind(org.0).fetch_one(conn).await)?;
        let seq = head.last_seq + 1;
        let occurred_at = Timestamp::now();
        let details = event.details_json();
        let target_kind = event.target.map(|t| t.kind);
        let target_id = event.target.map(|t| t.id);
        let hash = chain_hash(
            org,
            seq,
            occurred_at,
            event.actor.kind(),
            event.actor.id(),
            event.action.as_str(),
            target_kind,
            target_id,
            &details,
            &head.last_hash,
        );
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(INSERT_EVENT)
                .bind(org.0)
                .bind(seq)
                .bind(occurred_at.micros())
                .bind(event.actor.kind())
                .bind(event.actor.id())
                .bind(event.action.as_str())
                .bind(target_kind)
                .bind(target_id)
                .bind(&details)
                .bind(&head.last_hash)
                .bind(&hash)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(UPDATE_HEAD).bind(org.0).bind(seq).bind(&hash).execute(conn).await.map(|r| r.rows_affected())
        })?;
        Ok(seq)
    }
}

impl OrgScope<'_> {
    pub async fn audit_head(&self) -> Result<AuditHead> {
        Ok(on_pool!(self.db, |pool| sqlx::query_as(HEAD_SQLITE).bind(self.org.0).fetch_one(pool).await)?)
    }

    /// Events with `seq > after`, oldest first.
    pub async fn audit_events_after(&self, after: i64, limit: i64) -> Result<Vec<StoredEvent>> {
        let rows: Vec<EventRow> = on_pool!(self.db, |pool| {
            sqlx::query_as(EVENT_COLUMNS_PAGE_ASC).bind(self.org.0).bind(after).bind(limit).fetch_all(pool).await
        })?;
        Ok(rows.into_iter().map(StoredEvent::from).collect())
    }

    /// Events with `seq < before`, newest first (for the log view).
    pub async fn audit_events_before(&self, before: i64, limit: i64) -> Result<Vec<StoredEvent>> {
        let rows: Vec<EventRow> = on_pool!(self.db, |pool| {
            sqlx::query_as(EVENT_COLUMNS_PAGE_DESC).bind(self.org.0).bind(before).bind(limit).fetch_all(pool).await
        })?;
        Ok(rows.into_iter().map(StoredEvent::from).collect())
    }

    pub fn backend(&self) -> Backend {
        self.db.backend()
    }
}
