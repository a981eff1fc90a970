//! The register of data-subject requests: registration with the one-month deadline,
//! the identity checklist, an extension of up to two months (only before the deadline,
//! with the reason mailed to the requester), and the end: an access request's export,
//! an erasure request's erasure, a restriction placed, or a refusal with its reason,
//! each ending with a receipt in the audit log. Staff do it in the UI or the API, the
//! operator with `samtal dsr request …`.

pub use crate::authz::Handler;
use crate::people::Person;
use crate::{App, AppError, Capability, Principal, Result};
use domain::audit::{Action, DetailValue, NewEvent, Target};
use domain::org::{Language, Organisation};
use domain::people::{IdentityStep, KeyKind, RequestKind, answer_due, extended_due, identity_checked, steps_to_text};
pub use storage::requests::RequestRow;

fn date(field: &'static str, raw: &str) -> Result<jiff::civil::Date> {
    raw.trim().parse().map_err(|_| domain::Invalid::new(field, domain::InvalidReason::BadFormat).into())
}

/// The person a request is about: the address it came from.
fn requester(r: &RequestRow) -> Result<Person> {
    Person::parse(Some(KeyKind::Email), &r.subject_email)
}

/// Open requests due within this many days show on the dashboard.
pub const REMINDER_DAYS: i64 = 7;

/// What completing a request produced.
pub enum Completion {
    /// The export for an access request (the zip's bytes).
    Export(Vec<u8>),
    Erased(crate::people::ErasureReport),
    /// The restriction (a hold that also stops processing) placed for a restriction request.
    Restricted(i64),
    /// Rectification and objection are handled by staff; the register records that it was done.
    Recorded,
}

impl App {
    pub async fn requests(&self, handler: Handler<'_>) -> Result<Vec<RequestRow>> {
        handler.require()?;
        Ok(self.db().org(handler.org()).requests().await?)
    }

    /// Open requests due within [`REMINDER_DAYS`] (or overdue), for the dashboard of
    /// staff who handle them; empty for everyone else.
    pub async fn request_reminders(&self, principal: &Principal) -> Result<Vec<RequestRow>> {
        if !principal.can(Capability::HandlePersonalData) {
            return Ok(Vec::new());
        }
        let org = self.db().org_by_id(principal.org_id()).await?.ok_or(AppError::NotFound)?;
        let horizon = today(&org).saturating_add(jiff::Span::new().days(REMINDER_DAYS));
        Ok(self.db().org(org.id).requests_due_by(&horizon.to_string()).await?)
    }

    /// Registers a request received on `received_on` (YYYY-MM-DD); due one month later.
    pub async fn register_request(
        &self,
        handler: Handler<'_>,
        kind: RequestKind,
        email: &str,
        received_on: &str,
    ) -> Result<i64> {
        handler.require()?;
        let email = domain::staff::Email::parse(email)?;
        let received = date("received_on", received_on)?;
        let organisation = self.db().org_by_id(handler.org()).await?.ok_or(AppError::NotFound)?;
        if received > today(&organisation) {
            return Err(domain::Invalid::new("received_on", domain::InvalidReason::BadFormat).into());
        }
        if kind == RequestKind::Portability && organisation.regime == domain::org::Regime::PublicAuthority {
            return Err(AppError::Refused("data portability does not apply to a public authority (Art. 20(3))"));
        }
        let due = answer_due(received);
        let mut w = self.db().write(handler.org()).await?;
        let id = w
            .insert_request(kind.as_str(), email.as_str(), &received.to_string(), &due.to_string(), handler.user())
            .await?;
        w.audit(
            NewEvent::new(handler.actor(), Action::RequestRegistered)
                .target(Target::request(id))
                .detail("kind", DetailValue::Code(kind.as_str())),
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    async fn open_request(&self, handler: Handler<'_>, id: i64) -> Result<RequestRow> {
        handler.require()?;
        let request = self.db().org(handler.org()).request(id).await?.ok_or(AppError::NotFound)?;
        if request.status != "open" {
            return Err(AppError::Conflict("the request is already closed"));
        }
        Ok(request)
    }

    /// Saves a request's new state, with its receipt in the audit log, in one transaction.
    async fn change_request(
        &self,
        w: &mut storage::OrgWrite,
        handler: Handler<'_>,
        request: &RequestRow,
        change: RequestChange<'_>,
    ) -> Result<()> {
        let steps = change.steps.unwrap_or(&request.identity_steps);
        let checked = identity_checked(&domain::people::steps_from_text(steps));
        let extension = change.extension.or(request.extension_reason.as_deref());
        let due = change.due_on.unwrap_or(&request.due_on);
        w.update_request(
            request.id,
            &storage::requests::RequestUpdate {
                identity_steps: steps,
                identity_checked: checked,
                due_on: due,
                extension_reason: extension,
                closing_reason: change.closing,
                status: change.status,
            },
        )
        .await?;
        let action = if change.status == "open" { Action::RequestChanged } else { Action::RequestCompleted };
        w.audit(
            NewEvent::new(handler.actor(), action)
                .target(Target::request(request.id))
                .detail("kind", DetailValue::Code(domain_kind(&request.kind)))
                .detail("status", DetailValue::Code(change.status))
                .detail("identity_checked", DetailValue::Flag(checked))
                .detail("extended", DetailValue::Flag(extension.is_some())),
        )
        .await?;
        Ok(())
    }

    /// Records the identity checklist: the steps ticked so far (each call replaces the set).
    /// The identity counts as checked when every required step is ticked.
    pub async fn check_request_identity(&self, handler: Handler<'_>, id: i64, steps: &[IdentityStep]) -> Result<()> {
        let r = self.open_request(handler, id).await?;
        let steps = steps_to_text(steps);
        let mut w = self.db().write(handler.org()).await?;
        self.change_request(&mut w, handler, &r, RequestChange { steps: Some(&steps), ..RequestChange::open() })
            .await?;
        w.commit().await?;
        Ok(())
    }

    /// Extends the deadline by one or two months; only once, and only before the first
    /// deadline has passed. The reason and the new date are mailed to the requester in
    /// the same transaction (Art. 12(3)).
    pub async fn extend_request(&self, handler: Handler<'_>, id: i64, months: i8, reason: &str) -> Result<()> {
        let r = self.open_request(handler, id).await?;
        let reason = domain::bounded_text("reason", reason, 1000)?;
        if r.extension_reason.is_some() {
            return Err(AppError::Conflict("the request has already been extended"));
        }
        let received = date("received_on", &r.received_on)?;
        let organisation = self.db().org_by_id(handler.org()).await?.ok_or(AppError::NotFound)?;
        if today(&organisation) > answer_due(received) {
            return Err(AppError::Refused("an extension must be decided before the first deadline"));
        }
        let due = extended_due(received, months)
            .ok_or_else(|| domain::Invalid::new("months", domain::InvalidReason::BadFormat))?
            .to_string();
        let (subject, body) = extension_letter(&organisation, &r, &due, &reason);
        let mut w = self.db().write(handler.org()).await?;
        self.change_request(
            &mut w,
            handler,
            &r,
            RequestChange { due_on: Some(&due), extension: Some(&reason), ..RequestChange::open() },
        )
        .await?;
        w.queue_mail(&storage::outbox::NewMail {
            kind: "request_extension",
            recipient: &r.subject_email,
            subject: &subject,
            body: &body,
            ..Default::default()
        })
        .await?;
        w.audit(NewEvent::new(handler.actor(), Action::RequestExtensionSent).target(Target::request(r.id))).await?;
        w.commit().await?;
        Ok(())
    }

    /// Closes a request without doing what it asked (manifestly unfounded or excessive,
    /// Art. 12(5), or the identity could not be established), with the reason recorded.
    pub async fn refuse_request(&self, handler: Handler<'_>, id: i64, reason: &str) -> Result<()> {
        let r = self.open_request(handler, id).await?;
        let reason = domain::bounded_text("reason", reason, 1000)?;
        let mut w = self.db().write(handler.org()).await?;
        self.change_request(
            &mut w,
            handler,
            &r,
            RequestChange { closing: Some(&reason), status: "refused", ..RequestChange::open() },
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Completes a request once the identity is checked: exports for access (and
    /// portability), erases for erasure (refused while a hold covers the data), restricts
    /// for restriction, records the rest. Ends with a receipt in the audit log.
    pub async fn complete_request(&self, handler: Handler<'_>, id: i64, decision: Option<&str>) -> Result<Completion> {
        let r = self.open_request(handler, id).await?;
        if !r.identity_checked {
            return Err(AppError::Refused("tick the identity checklist first"));
        }
        let person = requester(&r)?;
        let completion = match r.kind.parse::<RequestKind>()? {
            RequestKind::Access | RequestKind::Portability => {
                Completion::Export(self.export_person(handler, &person).await?.zip)
            }
            RequestKind::Erasure => {
                let decision = decision.map(str::to_owned).unwrap_or_else(|| format!("begäran {}", r.id));
                Completion::Erased(self.erase_person(handler, &person, Some(&decision), false).await?)
            }
            RequestKind::Restriction => {
                let mut w = self.db().write(handler.org()).await?;
                let reason = format!("Begränsning enligt artikel 18, begäran {}", r.id);
                let (kind, key) = person.key();
                let hold = w
                    .add_legal_hold(&storage::holds::NewHold {
                        target: domain::retention::HoldTarget::Person,
                        target_id: 0,
                        person: Some((kind, &key)),
                        reason: &reason,
                        expires_at: None,
                        restriction: true,
                        by: handler.user(),
                    })
                    .await?;
                w.audit(
                    NewEvent::new(handler.actor(), Action::LegalHoldPlaced)
                        .target(Target::legal_hold(hold))
                        .detail("on", DetailValue::Code("person"))
                        .detail("key", DetailValue::Code(kind.as_str()))
                        .detail("restriction", DetailValue::Flag(true)),
                )
                .await?;
                self.change_request(&mut w, handler, &r, RequestChange { status: "done", ..RequestChange::open() })
                    .await?;
                w.commit().await?;
                return Ok(Completion::Restricted(hold));
            }
            RequestKind::Rectification | RequestKind::Objection => Completion::Recorded,
        };
        let mut w = self.db().write(handler.org()).await?;
        self.change_request(&mut w, handler, &r, RequestChange { status: "done", ..RequestChange::open() }).await?;
        w.commit().await?;
        Ok(completion)
    }
}

/// One change to a request: the fields that change, the rest kept.
struct RequestChange<'a> {
    steps: Option<&'a str>,
    due_on: Option<&'a str>,
    extension: Option<&'a str>,
    closing: Option<&'a str>,
    status: &'static str,
}

impl RequestChange<'_> {
    fn open() -> Self {
        RequestChange { steps: None, due_on: None, extension: None, closing: None, status: "open" }
    }
}

fn domain_kind(kind: &str) -> &'static str {
    kind.parse::<RequestKind>().map(RequestKind::as_str).unwrap_or("unknown")
}

fn today(org: &Organisation) -> jiff::civil::Date {
    domain::Timestamp::now().date_in(&org.time_zone.zone())
}

/// The letter that tells the requester why the answer takes longer, and until when.
fn extension_letter(org: &Organisation, r: &RequestRow, due: &str, reason: &str) -> (String, String) {
    match org.language {
        Language::Sv => (
            format!("Din begäran till {}: förlängd svarstid", org.name),
            format!(
                "Hej,\n\nVi har tagit emot din begäran ({}) den {}. Vi behöver mer tid för att besvara den och \
                 kommer att svara senast {due}.\n\nSkäl: {reason}\n\nDu har rätt att klaga hos \
                 Integritetsskyddsmyndigheten (IMY), www.imy.se.\n\n{}",
                swedish_kind(&r.kind),
                r.received_on,
                org.name
            ),
        ),
        Language::En => (
            format!("Your request to {}: more time needed", org.name),
            format!(
                "Hello,\n\nWe received your request ({}) on {}. We need more time to answer it and will answer \
                 by {due} at the latest.\n\nReason: {reason}\n\nYou may complain to the supervisory authority \
                 (in Sweden IMY, www.imy.se).\n\n{}",
                r.kind.replace('_', " "),
                r.received_on,
                org.name
            ),
        ),
    }
}

fn swedish_kind(kind: &str) -> &'static str {
    match kind {
        "access" => "registerutdrag",
        "erasure" => "radering",
        "rectification" => "rättelse",
        "restriction" => "begränsning",
        "objection" => "invändning",
        _ => "dataportabilitet",
    }
}
