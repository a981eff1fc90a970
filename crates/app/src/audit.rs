//! Reading and verifying the audit log.

use crate::{App, Capability, Principal, Result};
use domain::OrgId;
use domain::audit::{Action, ChainBreak, ChainVerifier, DetailValue, NewEvent, StoredEvent};

/// The result of checking an organisation's chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    Intact { events: u64 },
    Broken(ChainBreak),
}

impl App {
    /// `principal.require(capability)`, with a refusal recorded in the audit log as
    /// `action` (for rights whose attempted misuse must leave a trace).
    pub(crate) async fn require_audited(
        &self,
        principal: &Principal,
        capability: Capability,
        action: Action,
    ) -> Result<()> {
        if let Err(refused) = principal.require(capability) {
            let mut w = self.db().write(principal.org_id()).await?;
            w.audit(NewEvent::new(principal.actor(), action).detail("refused", DetailValue::Flag(true))).await?;
            w.commit().await?;
            return Err(refused);
        }
        Ok(())
    }

    /// The same check for whoever handles a person's data: staff need the capability to
    /// handle personal data (a refusal is audited); the operator is always allowed.
    pub(crate) async fn require_handler(&self, handler: crate::authz::Handler<'_>, action: Action) -> Result<()> {
        match handler {
            crate::authz::Handler::Staff(p) => self.require_audited(p, Capability::HandlePersonalData, action).await,
            crate::authz::Handler::Operator(_) => Ok(()),
        }
    }

    /// Walks an organisation's whole chain, page by page, and reports the first broken entry.
    pub async fn verify_audit_chain(&self, org: OrgId) -> Result<Verification> {
        let scope = self.db().org(org);
        let head = scope.audit_head().await?;
        let mut verifier = ChainVerifier::default();
        let mut after = 0;
        loop {
            let page = scope.audit_events_after(after, 1000).await?;
            let Some(last) = page.last() else { break };
            after = last.seq;
            page.iter().for_each(|e| verifier.check(e));
        }
        Ok(match verifier.finish(head.last_seq, &head.last_hash) {
            Ok(events) => Verification::Intact { events },
            Err(b) => Verification::Broken(b),
        })
    }

    /// Verification requested by a DPO or admin; the check itself is audited.
    pub async fn verify_audit(&self, principal: &Principal) -> Result<Verification> {
        principal.require(Capability::ReadAudit)?;
        let result = self.verify_audit_chain(principal.org_id()).await?;
        let mut w = self.db().write(principal.org_id()).await?;
        let event = NewEvent::new(principal.actor(), Action::AuditVerified)
            .detail("intact", DetailValue::Flag(matches!(result, Verification::Intact { .. })));
        w.audit(event).await?;
        w.commit().await?;
        Ok(result)
    }

    /// A page of events, newest first, before `before` (exclusive); reading is audited.
    pub async fn audit_events(
        &self,
        principal: &Principal,
        before: Option<i64>,
        limit: i64,
    ) -> Result<Vec<StoredEvent>> {
        principal.require(Capability::ReadAudit)?;
        let limit = limit.clamp(1, 500);
        let events = self.db().org(principal.org_id()).audit_events_before(before.unwrap_or(i64::MAX), limit).await?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::AuditViewed)
                .detail("count", DetailValue::Count(events.len() as i64)),
        )
        .await?;
        w.commit().await?;
        Ok(events)
    }
}
