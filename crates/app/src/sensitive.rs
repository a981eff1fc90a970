//! Sensitive data in what staff write and in what is stored: composers ask before
//! they send or store identifiers and Art. 9/10 data (`confirm`), and staff mask a
//! stored finding with its kind's placeholder (`mask`).
//!
//! Kinds travel as codes, never values: the scanner's kind (`personnummer`, `phone`,
//! …), or for an Art. 9 finding its category (`health`, `religion`, …).

use crate::chat::MessageRow;
use crate::error::MaskRefusal;
use crate::intake::{self, scanner};
use crate::{App, AppError, Capability, Principal, Result};
use domain::audit::{Action, DetailValue, NewEvent, Target};
use domain::{CaseId, ConversationId, PostId};
use privacy::scanner::{Finding, Kind, MaskOptions, ScanOptions};

/// Whether the staff member confirmed sending (or storing) the sensitive data their
/// text holds, after being asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Confirmed(pub bool);

/// What a composer asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ask {
    /// Identifiers and Art. 9/10 data: replies, notes and forum answers go to or
    /// are about one person.
    Everything,
    /// Identifiers only: a guide about health services names health, and its
    /// readers are not its subject (the decision is written in `crate::guides`).
    Identifiers,
}

/// The code of a finding's kind as it is shown, audited and sent to clients.
pub fn kind_code(finding: &Finding) -> &'static str {
    match finding.kind {
        Kind::SpecialCategory(category) => category.as_str(),
        kind => kind.as_str(),
    }
}

/// Every code `kind_code` gives, for clients that name kinds ahead of time (the inbox script).
pub const KIND_CODES: [&str; 22] = [
    "personnummer",
    "samordningsnummer",
    "organisationsnummer",
    "phone",
    "email",
    "ip",
    "iban",
    "card",
    "bankgiro",
    "plusgiro",
    "no_fodselsnummer",
    "dk_cpr",
    "fi_hetu",
    "health",
    "ethnic_origin",
    "political_opinion",
    "religion",
    "trade_union",
    "sex_life",
    "genetic",
    "biometric",
    "offence",
];

/// Whether a finding is sensitive at all: an organisation's number is not personal data.
fn is_sensitive(finding: &Finding) -> bool {
    finding.kind != Kind::Organisationsnummer
}

fn asked(finding: &Finding, ask: Ask) -> bool {
    is_sensitive(finding) && (ask == Ask::Everything || finding.kind.is_identifier())
}

/// Kind codes in order of first appearance, each once.
fn distinct(codes: impl IntoIterator<Item = &'static str>) -> Vec<&'static str> {
    let mut kinds: Vec<&'static str> = Vec::new();
    for code in codes {
        if !kinds.contains(&code) {
            kinds.push(code);
        }
    }
    kinds
}

fn distinct_kinds<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Vec<&'static str> {
    distinct(findings.into_iter().map(kind_code))
}

/// A text's findings as they are stored with it (kinds and spans, never values).
pub fn findings_json(text: &str) -> String {
    intake::findings_json(text)
}

/// Refuses `text` when it holds what `ask` covers and the staff member has not confirmed it.
pub(crate) fn confirm(text: &str, ask: Ask, confirmed: Confirmed) -> Result<()> {
    if confirmed.0 {
        return Ok(());
    }
    let findings = scanner().scan(text, &ScanOptions::today());
    let kinds = distinct_kinds(findings.iter().filter(|f| asked(f, ask)));
    if kinds.is_empty() { Ok(()) } else { Err(AppError::SensitiveUnconfirmed(kinds)) }
}

/// Like `confirm` for identifiers, counting only those `before` did not hold (compared by
/// kind and letters and digits, so "070-123 45 67" and "0701234567" are one number).
pub(crate) fn confirm_new_identifiers(text: &str, before: &str, confirmed: Confirmed) -> Result<()> {
    if confirmed.0 {
        return Ok(());
    }
    let options = ScanOptions::today();
    let known: Vec<(&'static str, String)> = scanner()
        .identifiers(before, &options)
        .iter()
        .map(|f| (kind_code(f), normalised(&before[f.start..f.end])))
        .collect();
    let identifiers = scanner().identifiers(text, &options);
    let new = identifiers
        .iter()
        .filter(|f| asked(f, Ask::Identifiers) && !known.contains(&(kind_code(f), normalised(&text[f.start..f.end]))));
    let kinds = distinct_kinds(new);
    if kinds.is_empty() { Ok(()) } else { Err(AppError::SensitiveUnconfirmed(kinds)) }
}

fn normalised(value: &str) -> String {
    value.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Which findings of a stored text to mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mask {
    /// Every sensitive finding.
    All,
    /// The finding at this byte span (as listed in the item's findings).
    One { start: usize, end: usize },
}

/// A text after masking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Masked {
    pub text: String,
    /// What was replaced, in order: the old span, its text and the placeholder.
    edits: Vec<Edit>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Edit {
    start: usize,
    end: usize,
    value: String,
    placeholder: &'static str,
    kind: &'static str,
}

/// `text` with the chosen findings of a fresh scan replaced by their kinds'
/// placeholders (`[personnummer]`, `[känslig uppgift]`). One finding is masked wherever
/// its value recurs in the text (a number in the subject and again in the text). A span
/// that is not a finding of the text as it is now is refused: the caller's view is out
/// of date.
pub(crate) fn mask(text: &str, which: Mask) -> Result<Masked> {
    let findings: Vec<Finding> = scanner().scan(text, &ScanOptions::today()).into_iter().filter(is_sensitive).collect();
    let mut chosen: Vec<Finding> = match which {
        Mask::All => findings,
        Mask::One { start, end } => match findings.iter().find(|f| f.start == start && f.end == end) {
            Some(one) => {
                let value = &text[one.start..one.end];
                findings.iter().filter(|f| &text[f.start..f.end] == value).copied().collect()
            }
            None => Vec::new(),
        },
    };
    if chosen.is_empty() {
        let refusal = if which == Mask::All { MaskRefusal::NothingToMask } else { MaskRefusal::FindingChanged };
        return Err(AppError::MaskRefused(refusal));
    }
    // Findings come ordered; one that overlaps the one before is left, as the scanner's mask does.
    let mut end = 0;
    chosen.retain(|f| {
        let keep = f.start >= end;
        end = end.max(f.end);
        keep
    });
    let options = MaskOptions { keep_card_digits: 0, special_categories: true };
    Ok(Masked {
        text: scanner().mask(text, &chosen, &options),
        edits: chosen
            .iter()
            .map(|f| Edit {
                start: f.start,
                end: f.end,
                value: text[f.start..f.end].to_owned(),
                placeholder: f.kind.placeholder(),
                kind: kind_code(f),
            })
            .collect(),
    })
}

impl Masked {
    /// `copy` with every replaced text replaced there too (a mail's HTML, a case's subject).
    pub(crate) fn apply_to(&self, copy: &str) -> String {
        self.edits.iter().fold(copy.to_owned(), |acc, e| acc.replace(&e.value, e.placeholder))
    }

    /// Whether a masked value can still be read in `text` however it is written (split by
    /// markup or spacing, in other case): compared by letters and digits.
    pub(crate) fn left_in(&self, text: &str) -> bool {
        let text = normalised(text);
        self.edits.iter().any(|e| text.contains(&normalised(&e.value)))
    }

    /// Where a byte offset of the old text is in the new one (inside a replaced span: after it).
    pub(crate) fn position(&self, old: usize) -> usize {
        let mut new = old as isize;
        for e in &self.edits {
            if old >= e.end {
                new += e.placeholder.len() as isize - (e.end - e.start) as isize;
            } else if old > e.start {
                return (e.start as isize + new - old as isize) as usize + e.placeholder.len();
            }
        }
        new as usize
    }

    /// The new text split where the old one had its first part end and a newline follow
    /// (a title or subject, then the text), the newline dropped.
    pub(crate) fn split(&self, first_len: usize) -> (&str, &str) {
        let (first, rest) = self.text.split_at(self.position(first_len));
        (first, rest.strip_prefix('\n').unwrap_or(rest))
    }

    /// Kind codes of what was masked, each once.
    pub(crate) fn kinds(&self) -> Vec<&'static str> {
        distinct(self.edits.iter().map(|e| e.kind))
    }

    /// The audit event: the kinds and how many of each, never a value.
    fn event(&self, principal: &Principal, target: Target) -> NewEvent {
        self.kinds().into_iter().fold(NewEvent::new(principal.actor(), Action::ContentMasked).target(target), |e, k| {
            let count = self.edits.iter().filter(|x| x.kind == k).count() as i64;
            e.detail(k, DetailValue::Count(count))
        })
    }
}

impl App {
    /// Masks sensitive data in a chat message (a file's message takes its file's name along).
    pub async fn mask_chat_message(
        &self,
        principal: &Principal,
        conversation: ConversationId,
        seq: i64,
        which: Mask,
    ) -> Result<(MessageRow, Vec<&'static str>)> {
        principal.require(Capability::UseInbox)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.conversation_for_update(conversation).await?.ok_or(AppError::NotFound)?;
        let message = w.message_for_update(conversation, seq).await?.ok_or(AppError::NotFound)?;
        let masked = mask(&message.body, which)?;
        let findings = intake::findings_json(&masked.text);
        w.replace_message_text(conversation, seq, &masked.text, &findings).await?;
        // A file's message reads "[Fil] name".
        if let (Some(file), Some((_, name))) = (message.file_id, message.body.split_once("] ")) {
            w.rename_chat_file(file, &masked.apply_to(name)).await?;
        }
        w.audit(masked.event(principal, Target::conversation(conversation)).detail("seq", DetailValue::Count(seq)))
            .await?;
        w.commit().await?;
        let kinds = masked.kinds();
        Ok((MessageRow { body: masked.text, findings, ..message }, kinds))
    }

    /// Masks sensitive data in a message or note of a case: its subject and text (the
    /// received HTML and the case's subject follow).
    pub async fn mask_case_message(
        &self,
        principal: &Principal,
        case: CaseId,
        message: i64,
        which: Mask,
    ) -> Result<Vec<&'static str>> {
        principal.require(Capability::UseInbox)?;
        let row = self.db().org(principal.org_id()).case(case).await?.ok_or(AppError::NotFound)?;
        let mut w = self.db().write(principal.org_id()).await?;
        let m = w.case_message_for_update(message).await?.filter(|m| m.case_id == case.0).ok_or(AppError::NotFound)?;
        let masked = mask(&crate::cases::message_text(&m.subject, &m.body_text), which)?;
        let (subject, body) = masked.split(m.subject.len());
        // The received HTML follows by value; where markup splits a value so that it stays
        // readable, the HTML copy goes (the text, masked, is the message).
        let html = m
            .body_html
            .as_deref()
            .map(|h| masked.apply_to(h))
            .filter(|h| !masked.left_in(&mail::inbound::html_text(h)));
        let findings = intake::findings_json(&masked.text);
        w.replace_case_message_text(message, subject, body, html.as_deref(), &findings).await?;
        let case_subject = masked.apply_to(&row.subject);
        if case_subject != row.subject {
            w.set_case_subject(case, &case_subject).await?;
        }
        w.audit(masked.event(principal, Target::case(case)).detail("message", DetailValue::Id(message))).await?;
        w.commit().await?;
        Ok(masked.kinds())
    }

    /// Masks sensitive data in the name of a file received with a case's mail.
    pub async fn mask_case_attachment(
        &self,
        principal: &Principal,
        case: CaseId,
        attachment: i64,
        which: Mask,
    ) -> Result<Vec<&'static str>> {
        principal.require(Capability::UseInbox)?;
        let mut w = self.db().write(principal.org_id()).await?;
        let (owner, info) = w.case_attachment_for_update(attachment).await?.ok_or(AppError::NotFound)?;
        if owner != case {
            return Err(AppError::NotFound);
        }
        let masked = mask(&info.file_name, which)?;
        w.rename_case_attachment(attachment, &masked.text).await?;
        w.audit(masked.event(principal, Target::case(case)).detail("attachment", DetailValue::Id(attachment))).await?;
        w.commit().await?;
        Ok(masked.kinds())
    }

    /// Masks sensitive data in a forum post (a question's title too); the search index
    /// follows in the same transaction.
    pub async fn mask_forum_post(&self, principal: &Principal, id: PostId, which: Mask) -> Result<Vec<&'static str>> {
        principal.require(Capability::UseInbox)?;
        let org = self.organisation(principal).await?;
        let mut w = self.db().write(org.id).await?;
        let post = w.locked_forum_post(id).await?;
        let text = crate::forum::post_text(post.title.as_deref(), &post.body);
        let masked = mask(&text, which)?;
        let (title, body) = match &post.title {
            Some(title) => {
                let (t, b) = masked.split(title.len());
                (Some(t), b)
            }
            None => (None, masked.text.as_str()),
        };
        w.edit_post(id, title, body, &intake::findings_json(&masked.text)).await?;
        w.reindex_question(post.thread_id(), org.language).await?;
        w.audit(masked.event(principal, Target::post(id))).await?;
        w.commit().await?;
        Ok(masked.kinds())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_listed_code() {
        use privacy::scanner::SpecialCategory;
        // Exhaustive: a new kind in the scanner stops this from compiling until it is listed.
        let listed = |kind: Kind| match kind {
            Kind::Personnummer
            | Kind::Samordningsnummer
            | Kind::Organisationsnummer
            | Kind::Phone
            | Kind::Email
            | Kind::Ip
            | Kind::Iban
            | Kind::Card
            | Kind::Bankgiro
            | Kind::Plusgiro
            | Kind::NoFodselsnummer
            | Kind::DkCpr
            | Kind::FiHetu
            | Kind::SpecialCategory(_)
            | Kind::Offence => {
                let finding = Finding { kind, category: None, start: 0, end: 0, confidence: 1.0 };
                KIND_CODES.contains(&kind_code(&finding))
            }
        };
        let kinds = [
            Kind::Personnummer,
            Kind::Samordningsnummer,
            Kind::Organisationsnummer,
            Kind::Phone,
            Kind::Email,
            Kind::Ip,
            Kind::Iban,
            Kind::Card,
            Kind::Bankgiro,
            Kind::Plusgiro,
            Kind::NoFodselsnummer,
            Kind::DkCpr,
            Kind::FiHetu,
            Kind::Offence,
        ];
        assert!(kinds.into_iter().chain(SpecialCategory::ALL.map(Kind::SpecialCategory)).all(listed));
        assert_eq!(KIND_CODES.len(), kinds.len() + SpecialCategory::ALL.len());
    }

    #[test]
    fn composers_ask_about_identifiers_and_special_categories_by_kind() {
        let text = "Ditt pnr 640823-3234 och 070-123 45 67, du har diabetes. Vårt orgnr 556036-0793.";
        match confirm(text, Ask::Everything, Confirmed(false)) {
            Err(AppError::SensitiveUnconfirmed(kinds)) => assert_eq!(kinds, ["personnummer", "phone", "health"]),
            other => panic!("expected a refusal, got {other:?}"),
        }
        match confirm(text, Ask::Identifiers, Confirmed(false)) {
            Err(AppError::SensitiveUnconfirmed(kinds)) => assert_eq!(kinds, ["personnummer", "phone"]),
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert!(confirm(text, Ask::Everything, Confirmed(true)).is_ok());
        assert!(confirm("Vårt organisationsnummer är 556036-0793.", Ask::Everything, Confirmed(false)).is_ok());
        assert!(confirm("Hej! Bygglovet är klart.", Ask::Everything, Confirmed(false)).is_ok());
    }

    #[test]
    fn guides_ask_only_about_identifiers_they_did_not_hold() {
        let before = "Ring växeln på 0470-410 00.";
        assert!(confirm_new_identifiers("Ring växeln på 0470-41000, om diabetes.", before, Confirmed(false)).is_ok());
        match confirm_new_identifiers("Ring 0470-410 00 eller 070-123 45 67.", before, Confirmed(false)) {
            Err(AppError::SensitiveUnconfirmed(kinds)) => assert_eq!(kinds, ["phone"]),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn masking_replaces_one_finding_or_all_and_refuses_stale_spans() {
        let text = "pnr 640823-3234, tel 070-123 45 67, jag har diabetes";
        let one = mask(text, Mask::One { start: 4, end: 15 }).unwrap();
        assert_eq!(one.text, "pnr [personnummer], tel 070-123 45 67, jag har diabetes");
        assert_eq!(one.kinds(), ["personnummer"]);
        assert_eq!(one.apply_to("<p>640823-3234</p>"), "<p>[personnummer]</p>");
        assert!(!one.left_in("pnr [personnummer]") && one.left_in("PNR: 640823 3234"));
        let all = mask(text, Mask::All).unwrap();
        assert_eq!(all.text, "pnr [personnummer], tel [telefon], jag har [känslig uppgift]");
        assert_eq!(all.kinds(), ["personnummer", "phone", "health"]);
        assert!(matches!(
            mask(&one.text, Mask::One { start: 4, end: 15 }),
            Err(AppError::MaskRefused(MaskRefusal::FindingChanged))
        ));
        assert!(matches!(mask("inget här", Mask::All), Err(AppError::MaskRefused(MaskRefusal::NothingToMask))));
    }

    #[test]
    fn a_title_and_text_split_where_they_met() {
        let title = "Bygglov 640823-3234";
        let text = format!("{title}\nRing 070-123 45 67");
        let all = mask(&text, Mask::All).unwrap();
        assert_eq!(all.split(title.len()), ("Bygglov [personnummer]", "Ring [telefon]"));
        let body_only = mask(&text, Mask::One { start: title.len() + 6, end: text.len() }).unwrap();
        assert_eq!(body_only.split(title.len()), ("Bygglov 640823-3234", "Ring [telefon]"));
        let twice = format!("{title}\nMitt pnr är 640823-3234.");
        let both = mask(&twice, Mask::One { start: twice.len() - 12, end: twice.len() - 1 }).unwrap();
        assert_eq!(both.split(title.len()), ("Bygglov [personnummer]", "Mitt pnr är [personnummer]."));
        assert_eq!(mask("x", Mask::All).map(|_| ()).unwrap_err().to_string(), "there is nothing to mask in it");
    }
}
