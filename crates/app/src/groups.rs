//! Agent groups: named sets of agents that routing rules send new cases to, so a
//! team sees "our cases" without one person being the assignee.

use crate::{App, AppError, Capability, Principal, Result};
use domain::audit::{Action, DetailValue, NewEvent, Target};
use domain::{GroupId, UserId};
use storage::StorageError;
pub use storage::groups::GroupRow;

impl App {
    pub async fn groups(&self, principal: &Principal) -> Result<Vec<GroupRow>> {
        principal.require(Capability::UseInbox)?;
        Ok(self.db().org(principal.org_id()).groups().await?)
    }

    /// The members of a group (staff of the same organisation only).
    pub async fn group_members(&self, principal: &Principal, group: GroupId) -> Result<Vec<UserId>> {
        principal.require(Capability::UseInbox)?;
        let scope = self.db().org(principal.org_id());
        if !scope.groups().await?.iter().any(|g| g.id == group.0) {
            return Err(AppError::NotFound);
        }
        Ok(scope.group_members(group).await?)
    }

    /// A new group with its first members (admin), in one transaction.
    pub async fn create_group(&self, principal: &Principal, name: &str, members: &[UserId]) -> Result<GroupId> {
        principal.require(Capability::ManageUsers)?;
        let name = domain::bounded_text("name", name, 80)?;
        let chosen = self.active_staff(principal, members).await?;
        let mut w = self.db().write(principal.org_id()).await?;
        let id = w.create_group(&name).await.map_err(|e| match e {
            StorageError::Conflict => AppError::Conflict("a group with that name exists"),
            other => other.into(),
        })?;
        w.set_group_members(id, &chosen).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::GroupCreated)
                .target(Target::group(id))
                .detail("members", DetailValue::Count(chosen.len() as i64)),
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    /// `members` without duplicates, each an active staff member of the organisation.
    async fn active_staff(&self, principal: &Principal, members: &[UserId]) -> Result<Vec<UserId>> {
        let users = self.db().org(principal.org_id()).users().await?;
        let mut chosen: Vec<UserId> = Vec::new();
        for member in members {
            if !users.iter().any(|u| u.id == *member && u.active) {
                return Err(AppError::NotFound);
            }
            if !chosen.contains(member) {
                chosen.push(*member);
            }
        }
        Ok(chosen)
    }

    /// Replaces a group's members (admin). Every member must be active staff of the organisation.
    pub async fn set_group_members(&self, principal: &Principal, group: GroupId, members: &[UserId]) -> Result<()> {
        principal.require(Capability::ManageUsers)?;
        let chosen = self.active_staff(principal, members).await?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.set_group_members(group, &chosen).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::GroupChanged)
                .target(Target::group(group))
                .detail("members", DetailValue::Count(chosen.len() as i64)),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Deletes a group (admin); its cases and rules keep working without it.
    pub async fn delete_group(&self, principal: &Principal, group: GroupId) -> Result<()> {
        principal.require(Capability::ManageUsers)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.delete_group(group).await?;
        w.audit(NewEvent::new(principal.actor(), Action::GroupDeleted).target(Target::group(group))).await?;
        w.commit().await?;
        Ok(())
    }
}
