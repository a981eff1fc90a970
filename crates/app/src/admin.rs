//! Organisation and staff administration, for operators (command line) and
//! organisation admins (UI and API).

use crate::{App, AppError, Capability, Principal, Result, passwords};
use domain::audit::{Action, Actor, DetailValue, NewEvent, Target};
use domain::org::{Module, NewOrganisation, OrgSettings, Organisation};
use domain::staff::{Email, PasswordPolicy, Role, StaffUser, parse_display_name};
use domain::{OrgId, TokenId, UserId};
use storage::{StorageError, TokenSummary};

/// A new staff account.
pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: Option<&'a str>,
    pub role: Role,
    pub password: &'a str,
    /// The person must choose a new password at first sign-in.
    pub must_change_password: bool,
}

impl App {
    /// Operator: creates an organisation.
    pub async fn create_org(&self, new: &NewOrganisation) -> Result<Organisation> {
        self.db().create_org(new, Actor::Operator).await.map_err(|e| match e {
            StorageError::Conflict => AppError::Conflict("an organisation with that slug already exists"),
            other => other.into(),
        })
    }

    /// Operator: finds an organisation by slug.
    pub async fn org_by_slug(&self, slug: &str) -> Result<Organisation> {
        self.db().org_by_slug(slug).await?.ok_or(AppError::NotFound)
    }

    /// Operator: creates a staff account in an organisation.
    pub async fn create_user_as_operator(&self, org: OrgId, new: NewUser<'_>) -> Result<StaffUser> {
        self.insert_user(org, new, Actor::Operator).await
    }

    /// Admin: creates a staff account in their own organisation.
    pub async fn create_user(&self, principal: &Principal, new: NewUser<'_>) -> Result<StaffUser> {
        principal.require(Capability::ManageUsers)?;
        self.insert_user(principal.org_id(), new, principal.actor()).await
    }

    async fn insert_user(&self, org: OrgId, new: NewUser<'_>, actor: Actor) -> Result<StaffUser> {
        let email = Email::parse(new.email)?;
        let display_name = match new.display_name.map(str::trim).filter(|n| !n.is_empty()) {
            Some(name) => parse_display_name(name)?,
            None => email.as_str().split('@').next().unwrap_or("staff").to_owned(),
        };
        PasswordPolicy::check(new.password, &email)?;
        let hash = passwords::hash(new.password.to_owned()).await?;
        let mut w = self.db().write(org).await?;
        let id = w.insert_user(&email, &display_name, new.role, &hash, new.must_change_password).await.map_err(
            |e| match e {
                StorageError::Conflict => AppError::Conflict("a user with that e-mail already exists"),
                other => other.into(),
            },
        )?;
        w.audit(
            NewEvent::new(actor, Action::UserCreated)
                .target(Target::user(id))
                .detail("role", DetailValue::Code(new.role.as_str())),
        )
        .await?;
        w.commit().await?;
        Ok(StaffUser {
            id,
            org_id: org,
            email,
            display_name,
            role: new.role,
            active: true,
            must_change_password: new.must_change_password,
        })
    }

    pub async fn list_users(&self, principal: &Principal) -> Result<Vec<StaffUser>> {
        principal.require(Capability::ManageUsers)?;
        Ok(self.db().org(principal.org_id()).users().await?)
    }

    pub async fn user(&self, principal: &Principal, id: UserId) -> Result<StaffUser> {
        principal.require(Capability::ManageUsers)?;
        self.db().org(principal.org_id()).user(id).await?.ok_or(AppError::NotFound)
    }

    /// Admin: changes a colleague's role. The organisation keeps at least one active admin.
    pub async fn set_role(&self, principal: &Principal, id: UserId, role: Role) -> Result<()> {
        principal.require(Capability::ManageUsers)?;
        let target = self.user(principal, id).await?;
        if target.role == role {
            return Ok(());
        }
        let mut w = self.db().write(principal.org_id()).await?;
        if target.role == Role::Admin && w.count_other_active_admins(id).await? == 0 {
            return Err(AppError::Refused("the organisation must keep at least one active admin"));
        }
        w.set_role(id, role).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::UserRoleChanged)
                .target(Target::user(id))
                .detail("from", DetailValue::Code(target.role.as_str()))
                .detail("to", DetailValue::Code(role.as_str())),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Admin: deactivates or reactivates a colleague. Deactivation ends their sessions at once.
    pub async fn set_active(&self, principal: &Principal, id: UserId, active: bool) -> Result<()> {
        principal.require(Capability::ManageUsers)?;
        let target = self.user(principal, id).await?;
        if target.active == active {
            return Ok(());
        }
        let mut w = self.db().write(principal.org_id()).await?;
        if !active && target.role == Role::Admin && w.count_other_active_admins(id).await? == 0 {
            return Err(AppError::Refused("the organisation must keep at least one active admin"));
        }
        w.set_active(id, active).await?;
        if !active {
            w.delete_user_sessions(id).await?;
        }
        let action = if active { Action::UserReactivated } else { Action::UserDeactivated };
        w.audit(NewEvent::new(principal.actor(), action).target(Target::user(id))).await?;
        w.commit().await?;
        Ok(())
    }

    /// The principal's organisation.
    pub async fn organisation(&self, principal: &Principal) -> Result<Organisation> {
        Ok(self.db().org(principal.org_id()).organisation().await?)
    }

    /// Modules and whether each is on.
    pub async fn modules(&self, principal: &Principal) -> Result<Vec<(Module, bool)>> {
        Ok(self.db().org(principal.org_id()).modules().await?)
    }

    pub async fn update_org_settings(&self, principal: &Principal, settings: &OrgSettings) -> Result<()> {
        principal.require(Capability::ManageOrganisation)?;
        domain::org::parse_org_name(&settings.name)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.update_settings(settings).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::OrgSettingsChanged)
                .target(Target::org(principal.org_id()))
                .detail("language", DetailValue::Code(settings.language.as_str())),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn set_module(&self, principal: &Principal, module: Module, enabled: bool) -> Result<()> {
        principal.require(Capability::ManageOrganisation)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.set_module(module, enabled).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::ModuleToggled)
                .target(Target::org(principal.org_id()))
                .detail("module", DetailValue::Code(module.as_str()))
                .detail("enabled", DetailValue::Flag(enabled)),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Operator: creates an API token for a staff member; the token is returned once.
    pub async fn create_token_as_operator(&self, org: OrgId, email: &str, label: &str) -> Result<(TokenId, String)> {
        let email = Email::parse(email)?;
        let user = self.db().org(org).user_by_email(&email).await?.ok_or(AppError::NotFound)?;
        if !user.user.active {
            return Err(AppError::Refused("that account is deactivated"));
        }
        self.issue_token(org, user.user.id, label, Actor::Operator).await
    }

    /// Admin: creates a token for their own account.
    pub async fn create_token(&self, principal: &Principal, label: &str) -> Result<(TokenId, String)> {
        principal.require(Capability::ManageTokens)?;
        self.create_token_for(principal, label).await
    }

    pub async fn list_tokens(&self, principal: &Principal) -> Result<Vec<TokenSummary>> {
        principal.require(Capability::ManageTokens)?;
        Ok(self.db().org(principal.org_id()).tokens().await?)
    }

    /// Admin: revokes a token of their organisation.
    pub async fn revoke_token(&self, principal: &Principal, id: TokenId) -> Result<()> {
        principal.require(Capability::ManageTokens)?;
        self.revoke(principal.org_id(), id, principal.actor()).await
    }

    /// Operator: revokes a token.
    pub async fn revoke_token_as_operator(&self, org: OrgId, id: TokenId) -> Result<()> {
        self.revoke(org, id, Actor::Operator).await
    }

    async fn revoke(&self, org: OrgId, id: TokenId, actor: Actor) -> Result<()> {
        let mut w = self.db().write(org).await?;
        w.revoke_token(id).await?;
        w.audit(NewEvent::new(actor, Action::TokenRevoked).target(Target::token(id))).await?;
        w.commit().await?;
        Ok(())
    }
}
