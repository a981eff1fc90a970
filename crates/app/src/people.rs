//! Person search for data-subject requests: every conversation, message, case, mail,
//! forum post, queued mail and contact that holds a person's data, with the reason
//! it matched. Every search states a purpose and is audited (the identifier is not:
//! the audit log holds no personal data).

use crate::authz::Handler;
use crate::intake::scanner;
use crate::{App, Result};
use domain::audit::{Action, DetailValue, NewEvent};
use domain::people::{KeyKind, SearchPurpose, guess_kind, personnummer_digits, phone_digits};
use privacy::scanner::{Kind, ScanOptions};
pub use storage::people::{NameRow, PersonItems, PersonRow};

/// What a search found: the matching rows, or, when the identifier may name several
/// people (a name), the candidates to choose between.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct PersonSearch {
    pub kind: Option<KeyKind>,
    pub matches: Vec<PersonRow>,
    pub candidates: Vec<NameRow>,
}

/// Free texts read per page when looking for a number.
const TEXT_PAGE: i64 = 2_000;

impl App {
    /// Finds a person by e-mail, phone, personnummer (any written form), name or widget
    /// visitor id. `kind` None guesses from the input. An unknown person is an empty
    /// result; a name that fits several people lists them as candidates.
    pub async fn find_person(
        &self,
        handler: Handler<'_>,
        kind: Option<KeyKind>,
        identifier: &str,
        purpose: SearchPurpose,
    ) -> Result<PersonSearch> {
        self.require_handler(handler, Action::PersonSearched).await?;
        let (org, actor) = (handler.org(), handler.actor());
        let identifier = domain::bounded_text("identifier", identifier, 254)?;
        let kind = kind.unwrap_or_else(|| guess_kind(&identifier));
        let scope = self.db().org(org);
        let mut found = PersonSearch { kind: Some(kind), ..Default::default() };
        match kind {
            KeyKind::Email => found.matches = scope.person_by_email(&identifier).await?,
            KeyKind::Visitor => {
                let id = identifier
                    .trim()
                    .parse::<i64>()
                    .map_err(|_| domain::Invalid::new("identifier", domain::InvalidReason::BadFormat))?;
                found.matches = scope.person_by_visitor(id).await?;
            }
            KeyKind::Name => {
                let rows = scope.people_by_name(&identifier).await?;
                let mut people: Vec<(Option<String>, Option<String>)> = Vec::new();
                for row in &rows {
                    let person =
                        (row.name.as_ref().map(|n| n.to_lowercase()), row.email.as_ref().map(|e| e.to_lowercase()));
                    if !people.contains(&person) {
                        people.push(person);
                    }
                }
                if people.len() > 1 {
                    found.candidates = rows;
                } else {
                    found.matches = rows
                        .into_iter()
                        .map(|r| PersonRow { item: r.item, id: r.id, parent: r.parent, field: "name".into(), at: r.at })
                        .collect();
                }
            }
            KeyKind::Phone | KeyKind::Personnummer => {
                found.matches = self.number_mentions(org, kind, &number_key(kind, &identifier)?).await?;
            }
        }
        let mut w = self.db().write(org).await?;
        w.audit(
            NewEvent::new(actor, Action::PersonSearched)
                .detail("kind", DetailValue::Code(kind.as_str()))
                .detail("purpose", DetailValue::Code(purpose.as_str()))
                .detail("matches", DetailValue::Count((found.matches.len() + found.candidates.len()) as i64)),
        )
        .await?;
        w.commit().await?;
        Ok(found)
    }
}

impl App {
    /// Every free text and contact record of the organisation that holds this number, in any form.
    async fn number_mentions(&self, org: domain::OrgId, kind: KeyKind, wanted: &str) -> Result<Vec<PersonRow>> {
        let scope = self.db().org(org);
        let (mut item, mut id, mut found) = (String::new(), 0, Vec::new());
        loop {
            let page = scope.texts_after(&item, id, TEXT_PAGE).await?;
            let Some(last) = page.last() else { break };
            (item, id) = (last.0.clone(), last.1);
            for (row_item, row_id, parent, field, at, text) in page {
                if mentions_number(&text, kind, wanted) {
                    found.push(PersonRow { item: row_item, id: row_id, parent, field, at });
                }
            }
        }
        Ok(found)
    }

    /// Everything an export or erasure of `person` reaches, with the holds over it. A
    /// number reaches the items that mention it and, when they were all written under
    /// one e-mail address, everything under that address too; under several addresses
    /// it is ambiguous, and staff choose by searching.
    pub(crate) async fn person_items_of(&self, org: domain::OrgId, person: &Person) -> Result<PersonItems> {
        let scope = self.db().org(org);
        let now = domain::Timestamp::now();
        let (kind, wanted) = match person {
            Person::Email(email) => return Ok(scope.person_items(email.as_str(), now).await?),
            Person::Number { kind, digits } => (*kind, digits),
        };
        let mut items = PersonItems::default();
        for row in self.number_mentions(org, kind, wanted).await? {
            let list = match row.item.as_str() {
                "chat_message" => &mut items.conversations,
                "case_message" => &mut items.cases,
                "contact" => &mut items.contacts,
                "forum_post" if row.id != row.parent => {
                    if !items.answers.contains(&(row.id, row.parent)) {
                        items.answers.push((row.id, row.parent));
                    }
                    continue;
                }
                "forum_post" => &mut items.questions,
                _ => continue,
            };
            let target = if row.item == "contact" || row.item == "forum_post" { row.id } else { row.parent };
            if !list.contains(&target) {
                list.push(target);
            }
        }
        let emails = scope.emails_of(&items).await?;
        if emails.len() > 1 {
            return Err(crate::AppError::Ambiguous(emails.len()));
        }
        if let Some(email) = emails.first() {
            items.merge(scope.person_items(email, now).await?);
        }
        items.holds = scope.holds_over(&items, emails.first().map(String::as_str), now).await?;
        Ok(items)
    }
}

/// Who an export or erasure is about: an e-mail address, or a phone number or
/// personnummer (any written form) found wherever it was written.
#[derive(Debug, Clone)]
pub enum Person {
    Email(domain::staff::Email),
    Number { kind: KeyKind, digits: String },
}

impl Person {
    /// Reads an identifier; `kind` None guesses. Names and visitor ids can fit several
    /// people or only part of one: find the person by searching, then use the e-mail.
    pub fn parse(kind: Option<KeyKind>, raw: &str) -> Result<Person> {
        let raw = domain::bounded_text("identifier", raw, 254)?;
        match kind.unwrap_or_else(|| guess_kind(&raw)) {
            KeyKind::Email => Ok(Person::Email(domain::staff::Email::parse(&raw)?)),
            kind @ (KeyKind::Phone | KeyKind::Personnummer) => {
                Ok(Person::Number { kind, digits: number_key(kind, &raw)? })
            }
            KeyKind::Name | KeyKind::Visitor => Err(crate::AppError::Refused(
                "export and erase by e-mail, phone or personnummer: search by name or visitor first",
            )),
        }
    }

    /// The person named by exactly one of an e-mail address, a phone number or a personnummer.
    pub fn one_of(email: Option<&str>, phone: Option<&str>, personnummer: Option<&str>) -> Result<Person> {
        match (email, phone, personnummer) {
            (Some(e), None, None) => Person::parse(Some(KeyKind::Email), e),
            (None, Some(p), None) => Person::parse(Some(KeyKind::Phone), p),
            (None, None, Some(n)) => Person::parse(Some(KeyKind::Personnummer), n),
            _ => Err(crate::AppError::Refused("name the person by exactly one of: e-mail, phone, personnummer")),
        }
    }

    /// The e-mail address, when the person is named by one.
    pub fn email(&self) -> Option<&str> {
        match self {
            Person::Email(e) => Some(e.as_str()),
            Person::Number { .. } => None,
        }
    }
}

/// The normalised digits of a phone number or personnummer, refused when too short to name anyone.
fn number_key(kind: KeyKind, raw: &str) -> Result<String> {
    let wanted = match kind {
        KeyKind::Phone => phone_digits(raw),
        _ => personnummer_digits(raw)
            .ok_or_else(|| domain::Invalid::new("identifier", domain::InvalidReason::BadFormat))?,
    };
    if wanted.len() < 6 {
        return Err(domain::Invalid::new("identifier", domain::InvalidReason::TooShort { min: 7 }).into());
    }
    Ok(wanted)
}

/// Whether a text holds the phone number or personnummer, in whatever form it was written.
fn mentions_number(text: &str, kind: KeyKind, wanted: &str) -> bool {
    // Cheap test first: the last two digits must occur (a space or dash may split longer runs).
    let tail = &wanted[wanted.len().saturating_sub(2)..];
    if !text.contains(tail) {
        return false;
    }
    scanner().identifiers(text, &ScanOptions::today()).iter().any(|f| {
        let value = &text[f.start..f.end];
        match (kind, f.kind) {
            (KeyKind::Phone, Kind::Phone) => phone_digits(value) == wanted,
            (KeyKind::Personnummer, Kind::Personnummer | Kind::Samordningsnummer) => {
                personnummer_digits(value).as_deref() == Some(wanted)
            }
            _ => false,
        }
    })
}

/// What an erasure removed (or, in a dry run, would remove).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ErasureReport {
    pub dry_run: bool,
    pub conversations: usize,
    pub cases: usize,
    pub forum_questions: usize,
    pub forum_answers: usize,
    pub queued_mail: usize,
    pub contacts: usize,
}

impl ErasureReport {
    /// Items erased (or, in a dry run, to be erased) in all.
    pub fn total(&self) -> usize {
        self.conversations + self.cases + self.forum_questions + self.forum_answers + self.queued_mail + self.contacts
    }
}

impl App {
    /// Erases everything about the person with this e-mail address: conversations with
    /// their messages, files and visitor sessions; cases with their mail and attachments;
    /// the person's forum questions (with their answers) and answers; queued mail; contact
    /// records; search entries. Refused while a legal hold covers any of it (the holds
    /// are named). A public authority must name the decision it erases under: its
    /// default is to restrict and review, not to erase.
    pub async fn erase_person(
        &self,
        handler: Handler<'_>,
        person: &Person,
        decision: Option<&str>,
        dry_run: bool,
    ) -> Result<ErasureReport> {
        self.require_handler(handler, Action::PersonErased).await?;
        let (org, actor) = (handler.org(), handler.actor());
        let organisation = self.db().org_by_id(org).await?.ok_or(crate::AppError::NotFound)?;
        let items = self.person_items_of(org, person).await?;
        if let Some(hold) = items.holds.first() {
            return Err(crate::AppError::Held(*hold));
        }
        let decision = decision.map(str::trim).filter(|d| !d.is_empty());
        if organisation.regime == domain::org::Regime::PublicAuthority && decision.is_none() && !dry_run {
            return Err(crate::AppError::Refused(
                "a public authority restricts and reviews before erasing: name the decision to erase under",
            ));
        }
        let report = ErasureReport {
            dry_run,
            conversations: items.conversations.len(),
            cases: items.cases.len(),
            forum_questions: items.questions.len(),
            forum_answers: items.answers.iter().filter(|(_, q)| !items.questions.contains(q)).count(),
            queued_mail: items.queued_mail.len(),
            contacts: items.contacts.len(),
        };
        if dry_run {
            return Ok(report);
        }
        use storage::retention::Kind;
        let mut w = self.db().write(org).await?;
        // Queued mail first: some of it goes with its conversation or case anyway.
        w.delete_mail_and_contacts(&items.queued_mail, &items.contacts).await?;
        w.delete_items(Kind::ChatConversations, &items.conversations).await?;
        w.delete_items(Kind::MailCases, &items.cases).await?;
        w.delete_items(Kind::ForumQuestions, &items.questions).await?;
        for (answer, question) in items.answers.iter().filter(|(_, q)| !items.questions.contains(q)) {
            w.delete_post(domain::PostId(*answer)).await?;
            w.refresh_question(domain::PostId(*question), false).await?;
            w.reindex_question(domain::PostId(*question), organisation.language).await?;
        }
        let count = |n: usize| DetailValue::Count(n as i64);
        w.audit(
            NewEvent::new(actor, Action::PersonErased)
                .detail("conversations", count(report.conversations))
                .detail("cases", count(report.cases))
                .detail("forum_questions", count(report.forum_questions))
                .detail("forum_answers", count(report.forum_answers))
                .detail("queued_mail", count(report.queued_mail))
                .detail("contacts", count(report.contacts))
                .detail("decision", DetailValue::Flag(decision.is_some())),
        )
        .await?;
        w.commit().await?;
        self.db().compact_after_removal(report.forum_questions + report.forum_answers > 0).await?;
        Ok(report)
    }
}
