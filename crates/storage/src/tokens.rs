//! API tokens: stored as SHA-256 hashes, revocable, acting with their owner's role.

use crate::users::UserRow;
use crate::{Db, OrgScope, OrgWrite, Result};
use domain::staff::StaffUser;
use domain::{Timestamp, TokenId, UserId};
use serde::Serialize;

/// A valid token and the account it acts for.
#[derive(Debug, Clone)]
pub struct TokenRecord {
    pub id: TokenId,
    pub user: StaffUser,
    pub last_used_at: Option<Timestamp>,
}

/// A token as listed to its organisation's admins (never the secret).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct TokenSummary {
    pub id: i64,
    pub user_id: i64,
    pub label: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct TokenRow {
    token_id: i64,
    last_used_at: Option<i64>,
    #[sqlx(flatten)]
    user: UserRow,
}

const BY_HASH: &str = "SELECT t.id AS token_id, t.last_used_at, \
    users.id, users.org_id, users.email, users.display_name, users.role, users.password_hash, \
    users.must_change_password, users.active \
    FROM api_tokens t JOIN users ON users.id = t.user_id AND users.org_id = t.org_id \
    WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND users.active = $2";

impl Db {
    /// Finds an unrevoked token of an active user by its hash. Not organisation-scoped:
    /// this is how an API request finds its organisation.
    pub async fn token_by_hash(&self, token_hash: &str) -> Result<Option<TokenRecord>> {
        let row: Option<TokenRow> =
            on_pool!(self, |pool| sqlx::query_as(BY_HASH).bind(token_hash).bind(true).fetch_optional(pool).await)?;
        row.map(|r| {
            Ok(TokenRecord {
                id: TokenId(r.token_id),
                last_used_at: r.last_used_at.map(Timestamp),
                user: r.user.into_user()?.user,
            })
        })
        .transpose()
    }

    pub async fn touch_token(&self, id: TokenId, now: Timestamp) -> Result<()> {
        on_write_pool!(self, |pool| {
            sqlx::query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1")
                .bind(id.0)
                .bind(now.micros())
                .execute(pool)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(())
    }
}

impl OrgScope<'_> {
    pub async fn tokens(&self) -> Result<Vec<TokenSummary>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, user_id, label, created_at, last_used_at, revoked_at FROM api_tokens \
                 WHERE org_id = $1 ORDER BY id DESC",
            )
            .bind(self.org.0)
            .fetch_all(pool)
            .await
        })?)
    }

    pub async fn token(&self, id: TokenId) -> Result<Option<TokenSummary>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, user_id, label, created_at, last_used_at, revoked_at FROM api_tokens \
                 WHERE org_id = $1 AND id = $2",
            )
            .bind(self.org.0)
            .bind(id.0)
            .fetch_optional(pool)
            .await
        })?)
    }
}

impl OrgWrite {
    pub async fn insert_token(&mut self, user: UserId, label: &str, token_hash: &str) -> Result<TokenId> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO api_tokens (org_id, user_id, label, token_hash, created_at) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(org)
            .bind(user.0)
            .bind(label)
            .bind(token_hash)
            .bind(now)
            .fetch_one(conn)
            .await
        })?;
        Ok(TokenId(id))
    }

    /// Revokes a token of this organisation; `NotFound` if it has none with that id
    /// or it was already revoked.
    pub async fn revoke_token(&mut self, id: TokenId) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let done = on_tx!(&mut self.tx, |conn| {
            sqlx::query("UPDATE api_tokens SET revoked_at = $3 WHERE org_id = $1 AND id = $2 AND revoked_at IS NULL")
                .bind(org)
                .bind(id.0)
                .bind(now)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        crate::error::found(done)
    }
}
