//! The register of data-subject requests: what was asked, by whom, when it is due, how it ended.

use crate::{OrgScope, Result};

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
}
