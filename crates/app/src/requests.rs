//! The register of data-subject requests: registration with the one-month deadline,
//! the identity check, an extension of up to two months (only before the deadline,
//! with a reason), and completion: an access request's export, an erasure request's
//! erasure, each ending with a receipt in the audit log.

use crate::{App, AppError, Capability, Principal, Result};
use domain::audit::{Action, DetailValue, NewEvent, Target};
use domain::people::{RequestKind, answer_due, extended_due};
pub use storage::people::RequestRow;

fn date(field: &'static str, raw: &str) -> Result<jiff::civil::Date> {
    raw.trim().parse().map_err(|_| domain::Invalid::new(field, domain::InvalidReason::BadFormat).into())
}

/// What completing a request produced.
pub enum Completion {
    /// The export for an access request (the zip's bytes).
    Export(Vec<u8>),
    Erased(crate::people::ErasureReport),
    /// Other kinds are handled by staff; the register records that it was done.
    Recorded,
}

impl App {
    pub async fn requests(&self, principal: &Principal) -> Result<Vec<RequestRow>> {
        principal.require(Capability::HandlePersonalData)?;
        Ok(self.db().org(principal.org_id()).requests().await?)
    }

    /// Registers a request received on `received_on` (YYYY-MM-DD); due one month later.
    pub async fn register_request(
        &self,
        principal: &Principal,
        kind: RequestKind,
        email: &str,
        received_on: &str,
    ) -> Result<i64> {
        principal.require(Capability::HandlePersonalData)?;
        let email = domain::staff::Email::parse(email)?;
        let received = date("received_on", received_on)?;
        let organisation = self.db().org_by_id(principal.org_id()).await?.ok_or(AppError::NotFound)?;
        if received > domain::Timestamp::now().date_in(&organisation.time_zone.zone()) {
            return Err(domain::Invalid::new("received_on", domain::InvalidReason::BadFormat).into());
        }
        if kind == RequestKind::Portability && organisation.regime == domain::org::Regime::PublicAuthority {
            return Err(AppError::Refused("data portability does not apply to a public authority (Art. 20(3))"));
        }
        let due = answer_due(received);
        let mut w = self.db().write(principal.org_id()).await?;
        let id = w
            .insert_request(kind.as_str(), email.as_str(), &received.to_string(), &due.to_string(), principal.user.id)
            .await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::RequestRegistered)
                .target(Target::request(id))
                .detail("kind", DetailValue::Code(kind.as_str())),
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    async fn open_request(&self, principal: &Principal, id: i64) -> Result<RequestRow> {
        principal.require(Capability::HandlePersonalData)?;
        let request = self.db().org(principal.org_id()).request(id).await?.ok_or(AppError::NotFound)?;
        if request.status != "open" {
            return Err(AppError::Conflict("the request is already closed"));
        }
        Ok(request)
    }

    async fn change_request(
        &self,
        principal: &Principal,
        request: &RequestRow,
        identity: bool,
        due_on: &str,
        extension: Option<&str>,
        status: &'static str,
    ) -> Result<()> {
        let mut w = self.db().write(principal.org_id()).await?;
        w.update_request(request.id, identity, due_on, extension, status).await?;
        let action = if status == "open" { Action::RequestChanged } else { Action::RequestCompleted };
        w.audit(
            NewEvent::new(principal.actor(), action)
                .target(Target::request(request.id))
                .detail("status", DetailValue::Code(status))
                .detail("identity_checked", DetailValue::Flag(identity))
                .detail("extended", DetailValue::Flag(extension.is_some())),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Records that the requester's identity has been checked.
    pub async fn verify_request_identity(&self, principal: &Principal, id: i64) -> Result<()> {
        let r = self.open_request(principal, id).await?;
        self.change_request(principal, &r, true, &r.due_on, r.extension_reason.as_deref(), "open").await
    }

    /// Extends the deadline by one or two months, with the reason given to the requester;
    /// only once, and only before the first deadline has passed.
    pub async fn extend_request(&self, principal: &Principal, id: i64, months: i8, reason: &str) -> Result<()> {
        let r = self.open_request(principal, id).await?;
        let reason = domain::bounded_text("reason", reason, 1000)?;
        if r.extension_reason.is_some() {
            return Err(AppError::Conflict("the request has already been extended"));
        }
        let received = date("received_on", &r.received_on)?;
        let organisation = self.db().org_by_id(principal.org_id()).await?.ok_or(AppError::NotFound)?;
        if domain::Timestamp::now().date_in(&organisation.time_zone.zone()) > answer_due(received) {
            return Err(AppError::Refused("an extension must be decided before the first deadline"));
        }
        let due = extended_due(received, months)
            .ok_or_else(|| domain::Invalid::new("months", domain::InvalidReason::BadFormat))?;
        self.change_request(principal, &r, r.identity_checked, &due.to_string(), Some(&reason), "open").await
    }

    /// Completes a request once the identity is checked: exports for access (and
    /// portability), erases for erasure (refused while a hold covers the data), records
    /// the rest. Ends with a receipt in the audit log.
    pub async fn complete_request(&self, principal: &Principal, id: i64, decision: Option<&str>) -> Result<Completion> {
        let r = self.open_request(principal, id).await?;
        if !r.identity_checked {
            return Err(AppError::Refused("check the requester's identity first"));
        }
        let completion = match r.kind.parse::<RequestKind>()? {
            RequestKind::Access | RequestKind::Portability => {
                Completion::Export(self.export_person(principal, &r.subject_email).await?.zip)
            }
            RequestKind::Erasure => {
                let decision = decision.map(str::to_owned).unwrap_or_else(|| format!("begäran {}", r.id));
                Completion::Erased(self.erase_person(principal, &r.subject_email, Some(&decision), false).await?)
            }
            _ => Completion::Recorded,
        };
        self.change_request(principal, &r, true, &r.due_on, r.extension_reason.as_deref(), "done").await?;
        Ok(completion)
    }
}
