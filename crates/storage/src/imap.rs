//! Positions of polled IMAP mailboxes (the UID cursor), one row per configured source.

use crate::{Db, OrgScope, OrgWrite, Result};
use domain::{InboxId, Timestamp};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ImapCursorRow {
    pub source_key: String,
    pub inbox_id: i64,
    pub uid_validity: i64,
    pub last_uid: i64,
    pub imported: i64,
    pub polled_at: i64,
    pub error_code: Option<String>,
}

const COLUMNS: &str = "source_key, inbox_id, uid_validity, last_uid, imported, polled_at, error_code";

impl Db {
    pub async fn imap_cursor(&self, source_key: &str) -> Result<Option<ImapCursorRow>> {
        let sql = format!("SELECT {COLUMNS} FROM imap_cursors WHERE source_key = $1");
        Ok(on_pool!(self, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(source_key).fetch_optional(pool).await)?)
    }
}

impl OrgScope<'_> {
    /// The organisation's polled mailboxes (for the inbox settings page).
    pub async fn imap_cursors(&self) -> Result<Vec<ImapCursorRow>> {
        let sql = format!("SELECT {COLUMNS} FROM imap_cursors WHERE org_id = $1 ORDER BY inbox_id, source_key");
        Ok(on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(self.org.0).fetch_all(pool).await)?)
    }
}

impl OrgWrite {
    /// Records where a poll got to: the cursor, `imported` more messages, and the
    /// outcome (`None` for success).
    pub async fn save_imap_cursor(
        &mut self,
        source_key: &str,
        inbox: InboxId,
        uid_validity: u32,
        last_uid: u32,
        imported: i64,
        error_code: Option<&str>,
    ) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "INSERT INTO imap_cursors (source_key, org_id, inbox_id, uid_validity, last_uid, imported, polled_at, \
                 error_code) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (source_key) DO UPDATE SET \
                 org_id = $2, inbox_id = $3, uid_validity = $4, last_uid = $5, \
                 imported = imap_cursors.imported + $6, polled_at = $7, error_code = $8",
            )
            .bind(source_key)
            .bind(org)
            .bind(inbox.0)
            .bind(i64::from(uid_validity))
            .bind(i64::from(last_uid))
            .bind(imported)
            .bind(now)
            .bind(error_code)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }
}
