//! E-mail cases: inboxes, and intake of received mail into cases.
//!
//! A message is threaded into an existing case by its In-Reply-To and References
//! (Message-IDs of messages in the case), or by a case number in the subject
//! (`[#1234]`) when it comes from the case's own customer; otherwise it opens a
//! new case. The same Message-ID delivered twice (a retry, an IMAP re-fetch) is
//! stored once.

use crate::chat::safe_file_name;
use crate::intake;
use crate::sensitive::{self, Ask, Confirmed};
use crate::{App, AppError, Capability, Principal, Result};
use domain::audit::{Action, Actor, DetailValue, NewEvent, Target};
use domain::cases::{
    CaseStatus, Direction, RuleField, case_number_in_subject, parse_inbox_address, parse_inbox_name, parse_rule_pattern,
};
use domain::retention::Module;
use domain::stats::{Fact, Outcome};
use domain::{CaseId, GroupId, InboxId, OrgId, Timestamp, UserId};
use mail::smtp_server::{Intake, Refusal};
use storage::StorageError;
use storage::cases::NewCaseMessage;
pub use storage::cases::{AttachmentInfo, CaseFilter, CaseMessageRow, CaseRow, InboxRow, InboxRuleRow, RuleAction};

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

    /// Stores a received message for each inbox among `recipients`. `envelope_sender` is
    /// the SMTP MAIL FROM (`None` for the null sender of bounces, which is never answered).
    pub async fn receive_mail(
        &self,
        envelope_sender: Option<&str>,
        recipients: &[String],
        raw: &[u8],
    ) -> Result<Vec<Received>> {
        let mut parsed = parse_received(raw)?;
        parsed.automatic |= envelope_sender.is_none();
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
            received.push(self.store_in_inbox(&inbox, &parsed, envelope_sender, raw.len()).await?);
        }
        Ok(received)
    }

    /// Stores a message fetched from a mailbox that delivers to `inbox`. The envelope
    /// sender is the Return-Path the delivering server recorded, else the From address.
    pub async fn receive_mailbox_message(&self, inbox: &InboxRow, raw: &[u8]) -> Result<Received> {
        let mut parsed = parse_received(raw)?;
        let sender = match parsed.return_path.clone() {
            Some(path) if path.is_empty() => None,
            Some(path) => Some(path),
            None => parsed.from_address.clone(),
        };
        parsed.automatic |= sender.is_none();
        self.store_in_inbox(inbox, &parsed, sender.as_deref(), raw.len()).await
    }

    async fn store_in_inbox(
        &self,
        inbox: &InboxRow,
        mail: &mail::InboundMail,
        envelope_sender: Option<&str>,
        size: usize,
    ) -> Result<Received> {
        let org = OrgId(inbox.org_id);
        let organisation = self.db().org_by_id(org).await?.ok_or(AppError::NotFound)?;
        let rules = self.db().org(org).inbox_rules(InboxId(inbox.id)).await?;
        let mut w = self.db().write(org).await?;
        // Idempotent: the same message again goes nowhere new.
        if let Some(id) = &mail.message_id
            && let Some(case) = w.case_by_header_ids(std::slice::from_ref(id)).await?
        {
            return Ok(Received { org, case: case.case_id(), number: case.number, new_case: false });
        }
        let mut thread_ids = mail.in_reply_to.clone();
        thread_ids.extend(mail.references.iter().cloned());
        let mut existing = w.case_by_header_ids(&thread_ids).await?;
        if existing.is_none()
            && let Some(number) = case_number_in_subject(&mail.subject)
            && let Some(case) = w.case_by_number(number).await?
        {
            // A number alone is easy to guess: it threads only mail from the case's own customer.
            let customer = case.customer_email.as_deref().map(str::to_ascii_lowercase);
            let from = mail.from_address.as_deref().map(str::to_ascii_lowercase);
            if customer.is_some() && customer == from {
                existing = Some(case);
            }
        }
        let subject = if mail.subject.is_empty() { "(inget ämne)" } else { mail.subject.as_str() };
        let (case, number, new_case) = match existing {
            Some(case) => {
                w.case_customer_wrote(case.case_id()).await?;
                if case.status == CaseStatus::Closed.as_str() {
                    w.stat_reopened(Module::Mail, case.id).await?;
                }
                (case.case_id(), case.number, false)
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
                let zone = organisation.time_zone.zone();
                let fact = Fact::opened(Module::Mail, case.0, inbox.id, Timestamp::now(), &zone, Outcome::Open);
                w.stat_opened(&fact).await?;
                (case, number, true)
            }
        };
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
                    findings: &message_findings(subject, &mail.text),
                    author: None,
                    automatic: mail.automatic,
                    size_bytes: size as i64,
                },
            )
            .await?;
        for file in &mail.attachments {
            w.add_case_attachment(message, &safe_file_name(&file.file_name), &file.content_type, &file.content).await?;
        }
        if new_case && let Some(rule) = rules.iter().find(|r| rule_matches(r, mail, organisation.language)) {
            if let Some(user) = rule.assignee_id {
                w.assign_case(case, Some(UserId(user))).await?;
            }
            if let Some(group) = rule.group_id {
                w.set_case_group(case, Some(GroupId(group))).await?;
            }
            if let Some(tag) = &rule.tag {
                w.set_case_tags(case, std::slice::from_ref(tag)).await?;
            }
        }
        if new_case
            && inbox.auto_reply
            && !mail.automatic
            // RFC 3834: automatic responses go to the envelope sender (Return-Path).
            && let Some(to) = envelope_sender.or(mail.from_address.as_deref())
        {
            self.queue_auto_reply(&mut w, &organisation, inbox, case, number, subject, to, mail.message_id.as_deref())
                .await?;
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

impl App {
    /// "We have your message, case #N", from the inbox, threaded under the customer's mail.
    #[allow(clippy::too_many_arguments)]
    async fn queue_auto_reply(
        &self,
        w: &mut storage::OrgWrite,
        organisation: &domain::org::Organisation,
        inbox: &InboxRow,
        case: CaseId,
        number: i64,
        subject: &str,
        to: &str,
        in_reply_to: Option<&str>,
    ) -> Result<()> {
        let Some(sender) = mail::outbound::format_mailbox(&inbox.name, &inbox.address) else { return Ok(()) };
        let notice = format!("{}/privacy/{}", self.config().public_url, organisation.slug);
        let body = match organisation.language {
            domain::org::Language::Sv => format!(
                "Hej!\n\nVi har tagit emot ditt meddelande och gett det ärendenummer {number}. Svara på det här \
                 meddelandet om du vill lägga till något; behåll [#{number}] i ämnesraden.\n\n\
                 Så behandlar vi dina personuppgifter: {notice}\n\n{}\n",
                inbox.name
            ),
            domain::org::Language::En => format!(
                "Hello,\n\nWe have received your message and given it case number {number}. Reply to this message \
                 to add anything; keep [#{number}] in the subject.\n\nHow we handle your personal data: {notice}\n\n{}\n",
                inbox.name
            ),
        };
        let subject = domain::cases::reply_subject(number, subject);
        let message_id = new_message_id(inbox, case);
        w.queue_mail(&storage::outbox::NewMail {
            kind: "case_auto_reply",
            case: Some(case),
            recipient: to,
            subject: &subject,
            body: &body,
            thread: Some(storage::outbox::MailThread {
                sender: &sender,
                message_id: &message_id,
                in_reply_to,
                references: in_reply_to.unwrap_or_default(),
            }),
            ..Default::default()
        })
        .await?;
        Ok(())
    }

    /// Changes an inbox's name, signature (under every reply) and auto-reply (admin).
    pub async fn update_inbox(&self, principal: &Principal, inbox: InboxId, settings: &InboxSettings) -> Result<()> {
        principal.require(Capability::ManageOrganisation)?;
        let name = parse_inbox_name(&settings.name)?;
        let signature = match settings.signature.trim() {
            "" => String::new(),
            s => domain::forum::parse_body(s)
                .map_err(|_| domain::Invalid::new("signature", domain::InvalidReason::BadFormat))?,
        };
        if signature.chars().count() > 2000 {
            return Err(domain::Invalid::new("signature", domain::InvalidReason::TooLong { max: 2000 }).into());
        }
        let mut w = self.db().write(principal.org_id()).await?;
        w.update_inbox(inbox, &name, &signature, settings.auto_reply).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::InboxChanged)
                .target(Target::inbox(inbox))
                .detail("auto_reply", DetailValue::Flag(settings.auto_reply)),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }
}

/// Whether a routing rule's words occur in the field it looks at.
fn rule_matches(rule: &InboxRuleRow, mail: &mail::InboundMail, language: domain::org::Language) -> bool {
    let text = match rule.match_field.parse::<RuleField>() {
        Ok(RuleField::Recipient) => return mail.to.iter().any(|a| a.contains(&rule.pattern)),
        Ok(RuleField::Subject) => mail.subject.clone(),
        Ok(RuleField::Text) => format!("{}\n{}", mail.subject, mail.text),
        Err(_) => return false,
    };
    domain::search::contains_terms(&text, &rule.pattern, language)
}

impl App {
    pub async fn inbox_rules(&self, principal: &Principal, inbox: InboxId) -> Result<Vec<InboxRuleRow>> {
        principal.require(Capability::UseInbox)?;
        Ok(self.db().org(principal.org_id()).inbox_rules(inbox).await?)
    }

    /// A routing rule (admin): new cases whose mail has `pattern` in `field` go to an
    /// agent and/or a group and/or get a tag. Rules are tried in the order they were made.
    pub async fn add_inbox_rule(
        &self,
        principal: &Principal,
        inbox: InboxId,
        field: &str,
        pattern: &str,
        action: &RuleAction,
    ) -> Result<i64> {
        principal.require(Capability::ManageOrganisation)?;
        let field: RuleField = field.parse()?;
        let pattern = parse_rule_pattern(pattern)?;
        let tag = match action.tag.as_deref() {
            Some(raw) => domain::cases::parse_tags(raw)?.into_iter().next(),
            None => None,
        };
        if action.assignee.is_none() && action.group.is_none() && tag.is_none() {
            return Err(AppError::Refused("a rule needs an assignee, a group or a tag"));
        }
        let scope = self.db().org(principal.org_id());
        if let Some(user) = action.assignee
            && !scope.users().await?.iter().any(|u| u.id == user && u.active)
        {
            return Err(AppError::NotFound);
        }
        if let Some(group) = action.group
            && !scope.groups().await?.iter().any(|g| g.id == group.0)
        {
            return Err(AppError::NotFound);
        }
        let action = RuleAction { tag, ..action.clone() };
        let mut w = self.db().write(principal.org_id()).await?;
        let id = w.add_inbox_rule(inbox, field, &pattern, &action).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::InboxChanged)
                .target(Target::inbox(inbox))
                .detail("rule_added", DetailValue::Id(id)),
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    pub async fn delete_inbox_rule(&self, principal: &Principal, rule: i64) -> Result<()> {
        principal.require(Capability::ManageOrganisation)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.delete_inbox_rule(rule).await?;
        w.audit(NewEvent::new(principal.actor(), Action::InboxChanged).detail("rule_deleted", DetailValue::Id(rule)))
            .await?;
        w.commit().await?;
        Ok(())
    }
}

/// What an admin sets on an inbox.
#[derive(Debug, Clone, Default)]
pub struct InboxSettings {
    pub name: String,
    pub signature: String,
    pub auto_reply: bool,
}

/// Statistics follow a case closing or opening again; `by` handled it.
async fn record_status_change(
    w: &mut storage::OrgWrite,
    id: CaseId,
    was: &str,
    now: CaseStatus,
    by: UserId,
) -> Result<()> {
    let was_closed = was == CaseStatus::Closed.as_str();
    match (was_closed, now == CaseStatus::Closed) {
        (false, true) => w.stat_closed(Module::Mail, id.0, Timestamp::now(), Some(by)).await?,
        (true, false) => w.stat_reopened(Module::Mail, id.0).await?,
        _ => {}
    }
    Ok(())
}

/// A chat message left outside opening hours, as a new case in `inbox` (inside the
/// chat's own transaction, so both exist or neither).
pub(crate) async fn case_from_offline_chat(
    w: &mut storage::OrgWrite,
    zone: &jiff::tz::TimeZone,
    inbox: &InboxRow,
    flow_name: &str,
    name: Option<&str>,
    email: Option<&str>,
    body: &str,
) -> Result<CaseId> {
    let subject = truncate(&format!("Chatt: {flow_name}"), 300);
    let (case, _) = w.create_case(InboxId(inbox.id), &subject, email, name).await?;
    w.stat_opened(&Fact::opened(Module::Mail, case.0, inbox.id, Timestamp::now(), zone, Outcome::Open)).await?;
    w.add_case_message(
        case,
        &NewCaseMessage {
            direction: Direction::In,
            header_message_id: None,
            from_address: email,
            from_name: name,
            reply_to: None,
            subject: &subject,
            body_text: body,
            body_html: None,
            findings: &message_findings(&subject, body),
            author: None,
            automatic: false,
            size_bytes: body.len() as i64,
        },
    )
    .await?;
    w.audit(
        NewEvent::new(Actor::System, Action::CaseCreated)
            .target(Target::case(case))
            .detail("inbox", DetailValue::Id(inbox.id))
            .detail("source", DetailValue::Code("chat_offline")),
    )
    .await?;
    Ok(case)
}

/// Parses received mail. A message without a Message-ID gets one derived from its bytes,
/// so the same message delivered or fetched twice is still stored once.
fn parse_received(raw: &[u8]) -> Result<mail::InboundMail> {
    use sha2::{Digest, Sha256};
    let mut parsed = mail::inbound::parse(raw).map_err(|_| AppError::Refused("the message could not be read"))?;
    if parsed.message_id.is_none() {
        parsed.message_id = Some(format!("{}@missing-id.samtal.invalid", &hex::encode(Sha256::digest(raw))[..40]));
    }
    Ok(parsed)
}

/// The Message-ID of mail Samtal sends about a case, in the inbox's domain; replies
/// to it thread back into the case by In-Reply-To.
fn new_message_id(inbox: &InboxRow, case: CaseId) -> String {
    let domain_part = inbox.address.rsplit('@').next().unwrap_or("samtal.invalid");
    format!("samtal.{}.{}@{domain_part}", case.0, &crate::secrets::random_token()[..16])
}

/// What a case message's findings are spans of: its subject and text, a newline between.
pub(crate) fn message_text(subject: &str, body_text: &str) -> String {
    format!("{subject}\n{body_text}")
}

/// A case message's findings as stored.
fn message_findings(subject: &str, body_text: &str) -> String {
    intake::findings_json(&message_text(subject, body_text))
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

    async fn deliver(&self, sender: Option<&str>, recipients: &[String], message: Vec<u8>) -> Result<(), Refusal> {
        match self.0.receive_mail(sender, recipients, &message).await {
            Ok(_) => Ok(()),
            Err(AppError::Refused(_) | AppError::Invalid(_)) => Err(Refusal::Unreadable),
            Err(err) => {
                tracing::error!(error = %err, "received mail could not be stored");
                Err(Refusal::TryLater)
            }
        }
    }
}

/// A case with everything staff see on its page.
#[derive(Debug, Clone)]
pub struct CaseView {
    pub case: CaseRow,
    pub inbox: Option<InboxRow>,
    pub messages: Vec<CaseMessageRow>,
    pub attachments: Vec<AttachmentInfo>,
    /// Replies the relay refused for good (shown on the case).
    pub failed_mail: Vec<String>,
    pub tags: Vec<String>,
}

impl App {
    /// Cases of the organisation matching the filter, most recent activity first.
    pub async fn case_list(&self, principal: &Principal, filter: &CaseFilter) -> Result<Vec<CaseRow>> {
        principal.require(Capability::UseInbox)?;
        Ok(self.db().org(principal.org_id()).find_cases(filter, 500).await?)
    }

    /// Replaces a case's tags (typed comma-separated).
    pub async fn set_case_tags(&self, principal: &Principal, id: CaseId, raw: &str) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let tags = domain::cases::parse_tags(raw)?;
        if self.db().org(principal.org_id()).case(id).await?.is_none() {
            return Err(AppError::NotFound);
        }
        let mut w = self.db().write(principal.org_id()).await?;
        w.set_case_tags(id, &tags).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::CaseTagged)
                .target(Target::case(id))
                .detail("tags", DetailValue::Count(tags.len() as i64)),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// A case with its whole thread; the viewing is audited.
    pub async fn case_view(&self, principal: &Principal, id: CaseId) -> Result<CaseView> {
        principal.require(Capability::UseInbox)?;
        let scope = self.db().org(principal.org_id());
        let case = scope.case(id).await?.ok_or(AppError::NotFound)?;
        let inbox = scope.inboxes().await?.into_iter().find(|i| i.id == case.inbox_id);
        let messages = scope.case_messages(id).await?;
        let attachments = scope.case_attachments(id).await?;
        let tags = scope.case_tags(id).await?;
        let failed_mail = scope
            .outbox(200)
            .await?
            .into_iter()
            .filter(|m| m.case_id == Some(id.0) && m.status == "failed")
            .map(|m| m.last_error.unwrap_or_default())
            .collect();
        let mut w = self.db().write(principal.org_id()).await?;
        w.audit(NewEvent::new(principal.actor(), Action::CaseViewed).target(Target::case(id))).await?;
        w.commit().await?;
        Ok(CaseView { case, inbox, messages, attachments, failed_mail, tags })
    }

    /// A reply to the customer, sent from the case's inbox and threaded in their mail
    /// client; the case then waits for the customer (or is closed). Text with identifiers
    /// or Art. 9/10 data is refused until `confirmed`.
    pub async fn reply_to_case(
        &self,
        principal: &Principal,
        id: CaseId,
        body: &str,
        then: CaseStatus,
        confirmed: Confirmed,
    ) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let body = domain::forum::parse_body(body)?;
        let scope = self.db().org(principal.org_id());
        let case = scope.case(id).await?.ok_or(AppError::NotFound)?;
        let inbox = scope.inboxes().await?.into_iter().find(|i| i.id == case.inbox_id).ok_or(AppError::NotFound)?;
        let recipient = case.customer_email.clone().ok_or(AppError::Refused("the case has no customer address"))?;
        self.ensure_not_restricted(principal.org_id(), privacy::registry::Item::Case, id.0).await?;
        sensitive::confirm(&body, Ask::Everything, confirmed)?;
        let messages = scope.case_messages(id).await?;
        let ids: Vec<&str> = messages.iter().filter_map(|m| m.header_message_id.as_deref()).collect();
        let in_reply_to = messages
            .iter()
            .rev()
            .find(|m| m.direction == Direction::In.as_str())
            .and_then(|m| m.header_message_id.as_deref())
            .or(ids.last().copied());
        // The first id and the last nine keep References short and the thread intact.
        let references: Vec<&str> =
            ids.first().into_iter().copied().chain(ids.iter().rev().take(9).rev().copied()).collect();
        let mut references = references;
        references.dedup();
        let message_id = new_message_id(&inbox, id);
        let sender = mail::outbound::format_mailbox(&inbox.name, &inbox.address)
            .ok_or(AppError::Internal("inbox address is not a valid mailbox"))?;
        let subject = domain::cases::reply_subject(case.number, &case.subject);
        let text = if inbox.signature.trim().is_empty() {
            body.clone()
        } else {
            format!("{body}\n\n-- \n{}", inbox.signature)
        };
        let findings = message_findings(&subject, &text);
        let mut w = self.db().write(principal.org_id()).await?;
        w.add_case_message(
            id,
            &NewCaseMessage {
                direction: Direction::Out,
                header_message_id: Some(&message_id),
                from_address: Some(&inbox.address),
                from_name: Some(&inbox.name),
                reply_to: None,
                subject: &subject,
                body_text: &text,
                body_html: None,
                findings: &findings,
                author: Some(principal.user.id),
                automatic: false,
                size_bytes: text.len() as i64,
            },
        )
        .await?;
        w.queue_mail(&storage::outbox::NewMail {
            kind: crate::outbox::CASE_REPLY,
            case: Some(id),
            recipient: &recipient,
            subject: &subject,
            body: &text,
            thread: Some(storage::outbox::MailThread {
                sender: &sender,
                message_id: &message_id,
                in_reply_to,
                references: &references.join(" "),
            }),
            ..Default::default()
        })
        .await?;
        w.stat_responded(Module::Mail, id.0, Timestamp::now(), Some(principal.user.id)).await?;
        let was = w.case_status_for_update(id).await?;
        w.set_case_status(id, then).await?;
        record_status_change(&mut w, id, &was, then, principal.user.id).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::CaseReplied)
                .target(Target::case(id))
                .detail("status", DetailValue::Code(then.as_str())),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// An internal note: visible to staff, never sent; asked about like a reply (a note
    /// is stored with the case and reaches everyone who opens it).
    pub async fn add_case_note(
        &self,
        principal: &Principal,
        id: CaseId,
        body: &str,
        confirmed: Confirmed,
    ) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let body = domain::forum::parse_body(body)?;
        if self.db().org(principal.org_id()).case(id).await?.is_none() {
            return Err(AppError::NotFound);
        }
        sensitive::confirm(&body, Ask::Everything, confirmed)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.add_case_message(
            id,
            &NewCaseMessage {
                direction: Direction::Note,
                header_message_id: None,
                from_address: None,
                from_name: Some(&principal.user.display_name),
                reply_to: None,
                subject: "",
                body_text: &body,
                body_html: None,
                findings: &message_findings("", &body),
                author: Some(principal.user.id),
                automatic: false,
                size_bytes: body.len() as i64,
            },
        )
        .await?;
        w.audit(NewEvent::new(principal.actor(), Action::CaseNoteAdded).target(Target::case(id))).await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn set_case_status(&self, principal: &Principal, id: CaseId, status: CaseStatus) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let mut w = self.db().write(principal.org_id()).await?;
        let was = w.case_status_for_update(id).await?;
        w.set_case_status(id, status).await?;
        record_status_change(&mut w, id, &was, status, principal.user.id).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::CaseStatusChanged)
                .target(Target::case(id))
                .detail("status", DetailValue::Code(status.as_str())),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Assigns a case to a staff member of the organisation (or nobody).
    pub async fn assign_case(&self, principal: &Principal, id: CaseId, assignee: Option<UserId>) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        if let Some(user) = assignee {
            let colleagues = self.db().org(principal.org_id()).users().await?;
            if !colleagues.iter().any(|u| u.id == user && u.active) {
                return Err(AppError::NotFound);
            }
        }
        let mut w = self.db().write(principal.org_id()).await?;
        w.assign_case(id, assignee).await?;
        let mut event = NewEvent::new(principal.actor(), Action::CaseAssigned).target(Target::case(id));
        if let Some(user) = assignee {
            event = event.detail("assignee", DetailValue::Id(user.0));
        }
        w.audit(event).await?;
        w.commit().await?;
        Ok(())
    }

    /// Routes a case to a group of the organisation (or to none).
    pub async fn route_case(&self, principal: &Principal, id: CaseId, group: Option<GroupId>) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.set_case_group(id, group).await?;
        if group.is_some() {
            w.stat_transferred(Module::Mail, id.0, None, None).await?;
        }
        let mut event = NewEvent::new(principal.actor(), Action::CaseRouted).target(Target::case(id));
        if let Some(group) = group {
            event = event.detail("group", DetailValue::Id(group.0));
        }
        w.audit(event).await?;
        w.commit().await?;
        Ok(())
    }

    /// A file received with a case's mail, for staff of the organisation only.
    pub async fn case_attachment(&self, principal: &Principal, id: i64) -> Result<(AttachmentInfo, Vec<u8>)> {
        principal.require(Capability::UseInbox)?;
        self.db().org(principal.org_id()).case_attachment(id).await?.ok_or(AppError::NotFound)
    }
}
