//! Who may do what. Every use case asks here; handlers do not decide.

use crate::{AppError, Result};
use domain::UserId;
use domain::audit::Actor;
use domain::staff::{Role, StaffUser};
use domain::{OrgId, TokenId};

/// Something a role may be allowed to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capability {
    /// Change the organisation's name, time zone, language and modules.
    ManageOrganisation,
    /// Create staff accounts, change roles, deactivate.
    ManageUsers,
    /// Create and revoke API tokens for the organisation.
    ManageTokens,
    /// Read the audit log and verify its chain.
    ReadAudit,
    /// Work the inbox: conversations, cases, forum moderation.
    UseInbox,
    /// Set retention rules and legal bases, place and release legal holds.
    ManageRetention,
    /// Search, export and erase a person's data (data-subject requests).
    HandlePersonalData,
    /// Read statistics (figures per agent included) and choose how long agent ids stay in them.
    ReadReports,
}

impl Capability {
    pub fn allowed_for(self, role: Role) -> bool {
        use Capability::*;
        match role {
            Role::Admin => true,
            Role::Agent => matches!(self, UseInbox),
            Role::Dpo => matches!(self, ReadAudit | ManageRetention | HandlePersonalData),
        }
    }
}

/// How the request proved who it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Session,
    ApiToken(TokenId),
}

/// An authenticated staff member acting in their organisation.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user: StaffUser,
    pub via: Via,
}

impl Principal {
    pub fn org_id(&self) -> OrgId {
        self.user.org_id
    }

    /// How this principal appears in the audit log.
    pub fn actor(&self) -> Actor {
        match self.via {
            Via::Session => Actor::Staff(self.user.id.0),
            Via::ApiToken(id) => Actor::ApiToken(id.0),
        }
    }

    pub fn can(&self, capability: Capability) -> bool {
        capability.allowed_for(self.user.role)
    }

    pub fn require(&self, capability: Capability) -> Result<()> {
        if self.can(capability) { Ok(()) } else { Err(AppError::Forbidden) }
    }
}

/// Who handles a person's data (requests, search, export, erasure): a signed-in staff
/// member (admin or DPO), or the operator on the command line.
#[derive(Clone, Copy)]
pub enum Handler<'a> {
    Staff(&'a Principal),
    Operator(OrgId),
}

impl Handler<'_> {
    pub fn org(&self) -> OrgId {
        match self {
            Handler::Staff(p) => p.org_id(),
            Handler::Operator(org) => *org,
        }
    }

    pub fn actor(&self) -> Actor {
        match self {
            Handler::Staff(p) => p.actor(),
            Handler::Operator(_) => Actor::Operator,
        }
    }

    pub fn user(&self) -> Option<UserId> {
        match self {
            Handler::Staff(p) => Some(p.user.id),
            Handler::Operator(_) => None,
        }
    }

    pub fn require(&self) -> Result<()> {
        match self {
            Handler::Staff(p) => p.require(Capability::HandlePersonalData),
            Handler::Operator(_) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles() {
        assert!(Capability::ManageUsers.allowed_for(Role::Admin));
        assert!(!Capability::ManageUsers.allowed_for(Role::Agent));
        assert!(!Capability::ManageUsers.allowed_for(Role::Dpo));
        assert!(Capability::ReadAudit.allowed_for(Role::Dpo));
        assert!(!Capability::UseInbox.allowed_for(Role::Dpo), "the DPO has no inbox");
        assert!(Capability::UseInbox.allowed_for(Role::Agent));
        assert!(!Capability::ReadAudit.allowed_for(Role::Agent));
        assert!(!Capability::ReadReports.allowed_for(Role::Agent));
        assert!(!Capability::ReadReports.allowed_for(Role::Dpo));
    }
}
