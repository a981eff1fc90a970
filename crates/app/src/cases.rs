//! E-mail cases: inboxes, and intake of received mail into cases.
//!
//! A message is threaded into an existing case by its In-Reply-To and References
//! (Message-IDs of messages in the case), or by a case number in the subject
//! (`[#1234]`) when it comes from the case's own customer; otherwise it opens a
//! new case. The same Message-ID delivered twice (a retry, an IMAP re-fetch) is
//! stored once.

use crate::chat::safe_file_name;
use crate::intake;
use crate::{App, AppError, Capability, Principal, Result};
use domain::audit::{Action, Actor, DetailValue, NewEvent, Target};
use domain::cases::{Direction, case_number_in_subject, parse_inbox_address, parse_inbox_name};
use domain::{CaseId, InboxId, OrgId};
use mail::smtp_server::{Intake, Refusal};
use storage::StorageError;
use storage::cases::NewCaseMessage;
pub use storage::cases::{AttachmentInfo, CaseMessageRow, CaseRow, InboxRow};

/// HTML bodies larger than this are kept as text only.
const MAX_HTML_BYTES: usize = 2 * 1024 * 1024;

/// Where a received message went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub org: OrgId,
    pub case: CaseId,
    pub number: i64,
    pub new_case: bool,
}

impl App {
    pub async fn inboxes(&self, principal: &Principal) -> Result<Vec<InboxRow>> {
        principal.require(Capability::UseInbox)?;
        Ok(self.db().org(principal.org_id()).inboxes().await?)
    }

    /// A new inbox (admin).
    pub async fn create_inbox(&self, principal: &Principal, address: &str, name: &str) -> Result<InboxId> {
        principal.require(Capability::ManageOrganisation)?;
        self.add_inbox(principal.org_id(), principal.actor(), address, name).await
    }

    /// A new inbox, by the operator (`samtal inbox create`).
    pub async fn create_inbox_as_operator(&self, org: OrgId, address: &str, name: &str) -> Result<InboxId> {
        self.add_inbox(org, Actor::Operator, address, name).await
    }

    async fn add_inbox(&self, org: OrgId, actor: Actor, address: &str, name: &str) -> Result<InboxId> {
        let address = parse_inbox_address(address)?;
        let name = parse_inbox_name(name)?;
        let mut w = self.db().write(org).await?;
        let id = w.create_inbox(&address, &name, false).await.map_err(|e| match e {
            StorageError::Conflict => AppError::Conflict("that address already belongs to an inbox"),
            other => other.into(),
        })?;
        w.audit(NewEvent::new(actor, Action::InboxCreated).target(Target::inbox(id))).await?;
        w.commit().await?;
        Ok(id)
    }

    /// Whether mail for `address` is taken (an inbox of some organisation has it).
    pub async fn accepts_mail_for(&self, address: &str) -> Result<bool> {
        Ok(self.db().inbox_by_address(address.trim()).await?.is_some())
    }

    /// Stores a received message for each inbox among `recipients`.
    pub async fn receive_mail(&self, recipients: &[String], raw: &[u8]) -> Result<Vec<Received>> {
        let parsed = mail::inbound::parse(raw).map_err(|_| AppError::Refused("the message could not be read"))?;
        let mut inboxes: Vec<InboxRow> = Vec::new();
        for r in recipients {
            if let Some(inbox) = self.db().inbox_by_address(r.trim()).await?
                && !inboxes.iter().any(|i| i.id == inbox.id)
            {
                inboxes.push(inbox);
            }
        }
        if inboxes.is_empty() {
            return Err(AppError::NotFound);
        }
        let mut received = Vec::new();
        for inbox in inboxes {
            received.push(self.store_in_inbox(&inbox, &parsed, raw.len()).await?);
        }
        Ok(received)
    }

    async fn store_in_inbox(&self, inbox: &InboxRow, mail: &mail::InboundMail, size: usize) -> Result<Received> {
        let org = OrgId(inbox.org_id);
        let mut w = self.db().write(org).await?;
        // Idempotent: the same message again goes nowhere new.
        if let Some(id) = &mail.message_id
            && let Some(case) = w.case_by_header_ids(std::slice::from_ref(id)).await?
        {
            let number = self.db().org(org).case(case).await?.map_or(0, |c| c.number);
            return Ok(Received { org, case, number, new_case: false });
        }
        let mut thread_ids = mail.in_reply_to.clone();
        thread_ids.extend(mail.references.iter().cloned());
        let mut existing = w.case_by_header_ids(&thread_ids).await?;
        if existing.is_none()
            && let Some(number) = case_number_in_subject(&mail.subject)
            && let Some(case) = w.case_by_number(number).await?
        {
            // A number alone is easy to guess: it threads only mail from the case's own customer.
            let customer = self.db().org(org).case(case).await?.and_then(|c| c.customer_email);
            let from = mail.from_address.as_deref().map(str::to_ascii_lowercase);
            if customer.is_some() && customer.map(|c| c.to_ascii_lowercase()) == from {
                existing = Some(case);
            }
        }
        let subject = if mail.subject.is_empty() { "(inget ämne)" } else { mail.subject.as_str() };
        let (case, number, new_case) = match existing {
            Some(case) => {
                w.case_customer_wrote(case).await?;
                let number = self.db().org(org).case(case).await?.map_or(0, |c| c.number);
                (case, number, false)
            }
            None => {
                let email = mail.from_address.as_deref().map(str::to_ascii_lowercase);
                let (case, number) = w
                    .create_case(
                        InboxId(inbox.id),
                        &truncate(subject, 300),
                        email.as_deref(),
                        mail.from_name.as_deref(),
                    )
                    .await?;
                (case, number, true)
            }
        };
        let scanned = intake::scan(&format!("{}\n{}", mail.subject, mail.text));
        let html = mail.html.as_deref().filter(|h| h.len() <= MAX_HTML_BYTES);
        let message = w
            .add_case_message(
                case,
                &NewCaseMessage {
                    direction: Direction::In,
                    header_message_id: mail.message_id.as_deref(),
                    from_address: mail.from_address.as_deref(),
                    from_name: mail.from_name.as_deref(),
                    reply_to: mail.reply_to.as_deref(),
                    subject,
                    body_text: &mail.text,
                    body_html: html,
                    findings: &scanned.json,
                    author: None,
                    automatic: mail.automatic,
                    size_bytes: size as i64,
                },
            )
            .await?;
        for file in &mail.attachments {
            w.add_case_attachment(message, &safe_file_name(&file.file_name), &file.content_type, &file.content).await?;
        }
        if new_case {
            w.audit(
                NewEvent::new(Actor::System, Action::CaseCreated)
                    .target(Target::case(case))
                    .detail("inbox", DetailValue::Id(inbox.id))
                    .detail("attachments", DetailValue::Count(mail.attachments.len() as i64)),
            )
            .await?;
        }
        w.commit().await?;
        Ok(Received { org, case, number, new_case })
    }
}

fn truncate(text: &str, max_chars: usize) -> String {
    text.chars().take(max_chars).collect()
}

/// The SMTP listener's view of the application.
pub struct MailIntake(pub App);

impl Intake for MailIntake {
    async fn accepts(&self, recipient: &str) -> bool {
        self.0.accepts_mail_for(recipient).await.unwrap_or(false)
    }

    async fn deliver(&self, _sender: Option<&str>, recipients: &[String], message: Vec<u8>) -> Result<(), Refusal> {
        match self.0.receive_mail(recipients, &message).await {
            Ok(_) => Ok(()),
            Err(AppError::Refused(_) | AppError::Invalid(_)) => Err(Refusal::Unreadable),
            Err(err) => {
                tracing::error!(error = %err, "received mail could not be stored");
                Err(Refusal::TryLater)
            }
        }
    }
}
