//! Person search, erasure and holds on a person for data-subject requests. What is
//! searched, gathered and removed comes from the privacy registry
//! (`privacy::registry`, read by `storage::people`): address columns by address, name
//! columns by name, every free text for an address, phone number or personnummer in
//! any written form. Every search states a purpose and is audited (the identifier is
//! not: the audit log holds no personal data).

use crate::authz::Handler;
use crate::intake::scanner;
use crate::{App, Result};
use domain::audit::{Action, DetailValue, NewEvent};
use domain::people::{KeyKind, SearchPurpose, guess_kind, personnummer_digits, phone_digits};
use privacy::registry::Finds;
pub use privacy::registry::{self, Item};
use privacy::scanner::{Kind, ScanOptions};
use std::collections::BTreeMap;
pub use storage::people::{NameRow, PersonItems, PersonRow};

/// What a search found: the matching rows, or, when the identifier may name several
/// people (a name), the candidates to choose between.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct PersonSearch {
    pub kind: Option<KeyKind>,
    pub matches: Vec<PersonRow>,
    pub candidates: Vec<NameRow>,
}

/// Values read per page when looking for a number.
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
                        .map(|r| PersonRow {
                            table: r.table,
                            column: "name",
                            id: r.id,
                            item: r.item,
                            item_id: r.item_id,
                            at: r.at,
                        })
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
    /// Every row of the organisation that holds this number, in any form: the number
    /// columns the registry declares, and every free text.
    async fn number_mentions(&self, org: domain::OrgId, kind: KeyKind, wanted: &str) -> Result<Vec<PersonRow>> {
        let scope = self.db().org(org);
        let mut found = Vec::new();
        for (table, column) in registry::subject_columns() {
            let holds_number = |text: &str| match (column.finds, kind) {
                (Finds::Text, _) => mentions_number(text, kind, wanted),
                (Finds::Phone, KeyKind::Phone) => phone_digits(text) == wanted,
                (Finds::Personnummer, KeyKind::Personnummer) => personnummer_digits(text).as_deref() == Some(wanted),
                _ => false,
            };
            if !matches!(column.finds, Finds::Text | Finds::Phone | Finds::Personnummer) {
                continue;
            }
            let mut after = 0;
            loop {
                let page = scope.texts_after(table, column, after, TEXT_PAGE).await?;
                let Some(last) = page.last() else { break };
                after = last.id;
                found.extend(page.into_iter().filter(|row| holds_number(&row.text)).map(|row| PersonRow {
                    table: table.table,
                    column: column.column,
                    id: row.id,
                    item: table.belongs.item(),
                    item_id: row.item_id,
                    at: row.at,
                }));
            }
        }
        found.sort_by_key(|r| (r.at, r.table, r.id));
        Ok(found)
    }

    /// Everything an export or erasure of `person` reaches. A number reaches the items
    /// that hold it and, when they were all written under one e-mail address, everything
    /// under that address too; under several addresses it is ambiguous, and staff choose
    /// by searching.
    pub(crate) async fn person_items_of(&self, org: domain::OrgId, person: &Person) -> Result<PersonItems> {
        let scope = self.db().org(org);
        let (kind, wanted) = match person {
            Person::Email(email) => return Ok(PersonItems::from(&scope.person_by_email(email.as_str()).await?[..])),
            Person::Number { kind, digits } => (*kind, digits),
        };
        let mut items = PersonItems::from(&self.number_mentions(org, kind, wanted).await?[..]);
        let emails = scope.emails_of(&items).await?;
        if emails.len() > 1 {
            return Err(crate::AppError::Ambiguous(emails.len()));
        }
        if let Some(email) = emails.first() {
            items.merge(PersonItems::from(&scope.person_by_email(email).await?[..]));
        }
        Ok(items)
    }

    /// The holds in force over any of `items` (of `person`): holds on their conversations,
    /// cases and forum threads, and holds on a person (by any key) that reach any of them
    /// or name this person.
    pub(crate) async fn holds_over(
        &self,
        org: domain::OrgId,
        person: Option<&Person>,
        items: &PersonItems,
    ) -> Result<Vec<i64>> {
        let now = domain::Timestamp::now();
        let scope = self.db().org(org);
        let mut holds = scope
            .item_holds(&items.ids(Item::Conversation), &items.ids(Item::Case), &items.ids(Item::ForumPost), now)
            .await?;
        for held in self.person_holds(org, now).await? {
            let same_person = person.is_some_and(|p| p.key() == held.key);
            if (same_person || items.overlaps(&held.items)) && !holds.contains(&held.id) {
                holds.push(held.id);
            }
        }
        holds.sort_unstable();
        Ok(holds)
    }

    /// The holds on a person in force at `now`, each with the items it reaches.
    pub(crate) async fn person_holds(&self, org: domain::OrgId, now: domain::Timestamp) -> Result<Vec<PersonHold>> {
        let mut out = Vec::new();
        for hold in self.db().org(org).person_holds(now).await? {
            let Some((kind, key)) = hold.person() else { continue };
            let Ok(person) = Person::from_key(kind, key) else { continue };
            // A number written under several addresses still holds every item it is in.
            let items = match self.person_items_of(org, &person).await {
                Err(crate::AppError::Ambiguous(_)) => match &person {
                    Person::Number { kind, digits } => {
                        PersonItems::from(&self.number_mentions(org, *kind, digits).await?[..])
                    }
                    Person::Email(_) => PersonItems::default(),
                },
                other => other?,
            };
            out.push(PersonHold { id: hold.id, restriction: hold.restriction, key: person.key(), items });
        }
        Ok(out)
    }
}

/// A hold on a person in force, and what it reaches now.
pub(crate) struct PersonHold {
    pub id: i64,
    /// A restriction of processing (Art. 18): staff may not reply either.
    pub restriction: bool,
    pub key: (KeyKind, String),
    pub items: PersonItems,
}

impl App {
    /// Refuses staff processing of a restricted person's data (Art. 18): replies and
    /// messages about an item a restriction reaches wait until it is lifted (released).
    pub(crate) async fn ensure_not_restricted(&self, org: domain::OrgId, item: Item, id: i64) -> Result<()> {
        for hold in self.person_holds(org, domain::Timestamp::now()).await? {
            if hold.restriction && hold.items.contains(item, id) {
                return Err(crate::AppError::Restricted(hold.id));
            }
        }
        Ok(())
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

    /// The kind of key and its normalised value (lower-case address, phone digits in
    /// national form, the personnummer's ten digits): how a hold on the person is stored.
    pub fn key(&self) -> (KeyKind, String) {
        match self {
            Person::Email(email) => (KeyKind::Email, email.as_str().to_lowercase()),
            Person::Number { kind, digits } => (*kind, digits.clone()),
        }
    }

    /// The person a stored hold names.
    pub fn from_key(kind: KeyKind, key: &str) -> Result<Person> {
        match kind {
            KeyKind::Email => Person::parse(Some(kind), key),
            KeyKind::Phone | KeyKind::Personnummer => Ok(Person::Number { kind, digits: key.to_owned() }),
            KeyKind::Name | KeyKind::Visitor => {
                Err(domain::Invalid::new("kind", domain::InvalidReason::Unknown).into())
            }
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

/// What an erasure removed (or, in a dry run, would remove): items per kind.
#[derive(Debug, Clone, Default)]
pub struct ErasureReport {
    pub dry_run: bool,
    pub items: BTreeMap<Item, usize>,
}

/// `{"dry_run": …, "conversation": n, "case": n, …}` with every kind of item, 0 included.
impl serde::Serialize for ErasureReport {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(Item::ALL.len() + 1))?;
        map.serialize_entry("dry_run", &self.dry_run)?;
        for item in Item::ALL {
            map.serialize_entry(item.as_str(), &self.count(item))?;
        }
        map.end()
    }
}

impl ErasureReport {
    pub fn count(&self, item: Item) -> usize {
        self.items.get(&item).copied().unwrap_or(0)
    }

    /// Items erased (or, in a dry run, to be erased) in all.
    pub fn total(&self) -> usize {
        self.items.values().sum()
    }
}

impl App {
    /// Erases everything about the person, as the privacy registry says for each table:
    /// conversations with their messages, files and visitor sessions; cases with their
    /// mail and attachments; the person's forum questions (with their answers) and
    /// answers; queued mail; contact records; released holds and guide comments; the
    /// address in the register of requests; search entries. Refused while a legal hold
    /// covers any of it (the holds are named). A public authority must name the
    /// decision it erases under: its default is to restrict and review, not to erase.
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
        if let Some(hold) = self.holds_over(org, Some(person), &items).await?.first() {
            return Err(crate::AppError::Held(*hold));
        }
        let decision = decision.map(str::trim).filter(|d| !d.is_empty());
        if organisation.regime == domain::org::Regime::PublicAuthority && decision.is_none() && !dry_run {
            return Err(crate::AppError::Refused(
                "a public authority restricts and reviews before erasing: name the decision to erase under",
            ));
        }
        let report = ErasureReport { dry_run, items: items.0.iter().map(|(item, ids)| (*item, ids.len())).collect() };
        if dry_run {
            return Ok(report);
        }
        let mut w = self.db().write(org).await?;
        // Queued mail first: some of it goes with its conversation or case anyway.
        let order = [Item::QueuedMail].into_iter().chain(Item::ALL.into_iter().filter(|i| *i != Item::QueuedMail));
        for item in order {
            w.erase_items(item, &items.ids(item), organisation.language).await?;
        }
        let mut event =
            NewEvent::new(actor, Action::PersonErased).detail("decision", DetailValue::Flag(decision.is_some()));
        for (item, count) in &report.items {
            event = event.detail(item.as_str(), DetailValue::Count(*count as i64));
        }
        w.audit(event).await?;
        w.commit().await?;
        self.db().compact_after_removal(report.count(Item::ForumPost) > 0).await?;
        Ok(report)
    }
}
