//! Agent groups (e.g. "Bygglov", "Faktura") and their members, within one organisation.

use crate::{OrgScope, OrgWrite, Result};
use domain::{GroupId, Timestamp, UserId};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct GroupRow {
    pub id: i64,
    pub name: String,
    /// How many agents belong to it.
    pub members: i64,
}

impl OrgScope<'_> {
    /// The organisation's groups by name, with their member counts.
    pub async fn groups(&self) -> Result<Vec<GroupRow>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT g.id, g.name, CAST((SELECT COUNT(*) FROM agent_group_members m WHERE m.group_id = g.id) \
                 AS BIGINT) AS members FROM agent_groups g WHERE g.org_id = $1 ORDER BY g.name, g.id",
            )
            .bind(self.org.0)
            .fetch_all(pool)
            .await
        })?)
    }

    pub async fn group_members(&self, group: GroupId) -> Result<Vec<UserId>> {
        let ids: Vec<i64> = on_pool!(self.db, |pool| {
            sqlx::query_scalar(
                "SELECT user_id FROM agent_group_members WHERE org_id = $1 AND group_id = $2 ORDER BY user_id",
            )
            .bind(self.org.0)
            .bind(group.0)
            .fetch_all(pool)
            .await
        })?;
        Ok(ids.into_iter().map(UserId).collect())
    }
}

impl OrgWrite {
    pub async fn create_group(&mut self, name: &str) -> Result<GroupId> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar("INSERT INTO agent_groups (org_id, name, created_at) VALUES ($1, $2, $3) RETURNING id")
                .bind(org)
                .bind(name)
                .bind(now)
                .fetch_one(conn)
                .await
        })?;
        Ok(GroupId(id))
    }

    pub async fn delete_group(&mut self, group: GroupId) -> Result<()> {
        self.delete_row("agent_groups", group.0).await
    }

    /// Replaces the members of a group; users of other organisations are ignored.
    pub async fn set_group_members(&mut self, group: GroupId, members: &[UserId]) -> Result<()> {
        let org = self.org.0;
        let exists: Option<i64> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar("SELECT id FROM agent_groups WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(group.0)
                .fetch_optional(conn)
                .await
        })?;
        exists.ok_or(crate::StorageError::NotFound)?;
        self.replace_users("agent_group_members", "group_id", group.0, members).await
    }
}
