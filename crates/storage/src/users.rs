//! Staff accounts, always within one organisation.

use crate::{OrgScope, OrgWrite, Result, StorageError};
use domain::staff::{Email, Role, StaffUser};
use domain::{OrgId, Timestamp, UserId};

#[derive(sqlx::FromRow)]
pub(crate) struct UserRow {
    pub id: i64,
    pub org_id: i64,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub password_hash: String,
    pub must_change_password: bool,
    pub active: bool,
}

impl UserRow {
    pub(crate) fn into_user(self) -> Result<UserWithSecret> {
        Ok(UserWithSecret {
            user: StaffUser {
                id: UserId(self.id),
                org_id: OrgId(self.org_id),
                email: Email::parse(&self.email).map_err(|_| StorageError::Corrupt("users.email"))?,
                display_name: self.display_name,
                role: self.role.parse::<Role>().map_err(|_| StorageError::Corrupt("users.role"))?,
                active: self.active,
                must_change_password: self.must_change_password,
            },
            password_hash: self.password_hash,
        })
    }
}

/// A staff account with its password hash, for sign-in only.
#[derive(Debug, Clone)]
pub struct UserWithSecret {
    pub user: StaffUser,
    pub password_hash: String,
}

const BY_EMAIL: &str = "SELECT users.id, users.org_id, users.email, users.display_name, users.role, \
    users.password_hash, users.must_change_password, users.active FROM users WHERE org_id = $1 AND email = $2";
const BY_ID: &str = "SELECT users.id, users.org_id, users.email, users.display_name, users.role, \
    users.password_hash, users.must_change_password, users.active FROM users WHERE org_id = $1 AND id = $2";
const ALL: &str = "SELECT users.id, users.org_id, users.email, users.display_name, users.role, \
    users.password_hash, users.must_change_password, users.active FROM users WHERE org_id = $1 ORDER BY display_name, id";

impl OrgScope<'_> {
    pub async fn user_by_email(&self, email: &Email) -> Result<Option<UserWithSecret>> {
        let row: Option<UserRow> = on_pool!(self.db, |pool| {
            sqlx::query_as(BY_EMAIL).bind(self.org.0).bind(email.as_str()).fetch_optional(pool).await
        })?;
        row.map(UserRow::into_user).transpose()
    }

    pub async fn user(&self, id: UserId) -> Result<Option<StaffUser>> {
        let row: Option<UserRow> =
            on_pool!(self.db, |pool| sqlx::query_as(BY_ID).bind(self.org.0).bind(id.0).fetch_optional(pool).await)?;
        Ok(row.map(UserRow::into_user).transpose()?.map(|u| u.user))
    }

    pub async fn user_with_secret(&self, id: UserId) -> Result<Option<UserWithSecret>> {
        let row: Option<UserRow> =
            on_pool!(self.db, |pool| sqlx::query_as(BY_ID).bind(self.org.0).bind(id.0).fetch_optional(pool).await)?;
        row.map(UserRow::into_user).transpose()
    }

    pub async fn users(&self) -> Result<Vec<StaffUser>> {
        let rows: Vec<UserRow> = on_pool!(self.db, |pool| sqlx::query_as(ALL).bind(self.org.0).fetch_all(pool).await)?;
        rows.into_iter().map(|r| r.into_user().map(|u| u.user)).collect()
    }
}

impl OrgWrite {
    pub async fn insert_user(
        &mut self,
        email: &Email,
        display_name: &str,
        role: Role,
        password_hash: &str,
        must_change_password: bool,
    ) -> Result<UserId> {
        let org = self.org.0;
        let now = Timestamp::now().micros();
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO users (org_id, email, display_name, role, password_hash, must_change_password, \
                 active, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
            )
            .bind(org)
            .bind(email.as_str())
            .bind(display_name)
            .bind(role.as_str())
            .bind(password_hash)
            .bind(must_change_password)
            .bind(true)
            .bind(now)
            .fetch_one(conn)
            .await
        })?;
        Ok(UserId(id))
    }

    /// Active admins other than `except`: the last admin may not be demoted or deactivated.
    pub async fn count_other_active_admins(&mut self, except: UserId) -> Result<i64> {
        let org = self.org.0;
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM users WHERE org_id = $1 AND role = 'admin' AND active = $2 AND id <> $3",
            )
            .bind(org)
            .bind(true)
            .bind(except.0)
            .fetch_one(conn)
            .await
        })?)
    }

    pub async fn set_role(&mut self, id: UserId, role: Role) -> Result<()> {
        self.update_user("UPDATE users SET role = $3, updated_at = $4 WHERE org_id = $1 AND id = $2", id, role.as_str())
            .await
    }

    pub async fn set_active(&mut self, id: UserId, active: bool) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let done = on_tx!(&mut self.tx, |conn| {
            sqlx::query("UPDATE users SET active = $3, updated_at = $4 WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(id.0)
                .bind(active)
                .bind(now)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        crate::error::found(done)
    }

    pub async fn set_password(&mut self, id: UserId, password_hash: &str, must_change: bool) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let done = on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE users SET password_hash = $3, must_change_password = $4, updated_at = $5 \
                 WHERE org_id = $1 AND id = $2",
            )
            .bind(org)
            .bind(id.0)
            .bind(password_hash)
            .bind(must_change)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        crate::error::found(done)
    }

    async fn update_user(&mut self, sql: &'static str, id: UserId, value: &str) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let done = on_tx!(&mut self.tx, |conn| {
            sqlx::query(sql).bind(org).bind(id.0).bind(value).bind(now).execute(conn).await.map(|r| r.rows_affected())
        })?;
        crate::error::found(done)
    }
}
