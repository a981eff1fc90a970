//! Staff sign-in sessions. Only the SHA-256 of the session token is stored,
//! so a copy of the database does not yield usable sessions.

use crate::users::UserRow;
use crate::{Db, OrgWrite, Result};
use domain::staff::StaffUser;
use domain::{Timestamp, UserId};

/// A live session and the account it belongs to.
#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub id: i64,
    pub user: StaffUser,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub expires_at: Timestamp,
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    session_id: i64,
    created_at: i64,
    last_seen_at: i64,
    expires_at: i64,
    #[sqlx(flatten)]
    user: UserRow,
}

const BY_TOKEN: &str = "SELECT s.id AS session_id, s.created_at, s.last_seen_at, s.expires_at, \
    users.id, users.org_id, users.email, users.display_name, users.role, users.password_hash, \
    users.must_change_password, users.active \
    FROM staff_sessions s JOIN users ON users.id = s.user_id AND users.org_id = s.org_id \
    WHERE s.token_hash = $1 AND s.expires_at > $2 AND users.active = $3";

impl Db {
    /// Looks a session up by its token hash; expired sessions and inactive accounts give `None`.
    /// This is how a request finds its organisation, so it is not organisation-scoped.
    pub async fn session_by_token_hash(&self, token_hash: &str, now: Timestamp) -> Result<Option<SessionRecord>> {
        let row: Option<SessionRow> = on_pool!(self, |pool| {
            sqlx::query_as(BY_TOKEN).bind(token_hash).bind(now.micros()).bind(true).fetch_optional(pool).await
        })?;
        row.map(|r| {
            Ok(SessionRecord {
                id: r.session_id,
                created_at: Timestamp(r.created_at),
                last_seen_at: Timestamp(r.last_seen_at),
                expires_at: Timestamp(r.expires_at),
                user: r.user.into_user()?.user,
            })
        })
        .transpose()
    }

    /// Moves the idle deadline of a session forward.
    pub async fn touch_session(&self, id: i64, now: Timestamp, expires_at: Timestamp) -> Result<()> {
        on_write_pool!(self, |pool| {
            sqlx::query("UPDATE staff_sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1")
                .bind(id)
                .bind(now.micros())
                .bind(expires_at.micros())
                .execute(pool)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Ends the session with this token hash, if any.
    pub async fn delete_session(&self, token_hash: &str) -> Result<bool> {
        let done = on_write_pool!(self, |pool| {
            sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1")
                .bind(token_hash)
                .execute(pool)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(done > 0)
    }

    /// Removes expired sessions of every organisation (housekeeping).
    pub async fn delete_expired_sessions(&self, now: Timestamp) -> Result<u64> {
        let done = on_write_pool!(self, |pool| {
            sqlx::query("DELETE FROM staff_sessions WHERE expires_at <= $1")
                .bind(now.micros())
                .execute(pool)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(done)
    }
}

impl OrgWrite {
    pub async fn insert_session(&mut self, token_hash: &str, user: UserId, expires_at: Timestamp) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "INSERT INTO staff_sessions (token_hash, org_id, user_id, created_at, last_seen_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $4, $5)",
            )
            .bind(token_hash)
            .bind(org)
            .bind(user.0)
            .bind(now)
            .bind(expires_at.micros())
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Ends every session of a user (password change, deactivation).
    pub async fn delete_user_sessions(&mut self, user: UserId) -> Result<u64> {
        let org = self.org.0;
        let done = on_tx!(&mut self.tx, |conn| {
            sqlx::query("DELETE FROM staff_sessions WHERE org_id = $1 AND user_id = $2")
                .bind(org)
                .bind(user.0)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(done)
    }

    /// Ends a user's sessions except the one with this token hash.
    pub async fn delete_other_sessions(&mut self, user: UserId, keep_token_hash: &str) -> Result<u64> {
        let org = self.org.0;
        let done = on_tx!(&mut self.tx, |conn| {
            sqlx::query("DELETE FROM staff_sessions WHERE org_id = $1 AND user_id = $2 AND token_hash <> $3")
                .bind(org)
                .bind(user.0)
                .bind(keep_token_hash)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(done)
    }
}
