//! Retention (gallring) rules: what is kept how long, and what happens after.
//!
//! A rule applies to a module (chat, forum, mail) or to one scope inside it (a chat
//! flow, a forum category, a mail inbox), to the records themselves or to their
//! attachments. It counts N days from a clock (close, last activity, creation) and
//! then deletes or anonymises. The most specific rule wins: scope, then module, then
//! the built-in default, which every module has, so nothing is kept for ever.

use crate::org::{Language, Regime};
use crate::{Invalid, InvalidReason, Timestamp};
use sha2::{Digest, Sha256};

crate::string_enum!(
    /// The module a rule governs.
    Module, "module" {
        Chat = "chat",
        Forum = "forum",
        Mail = "mail",
    }
);

crate::string_enum!(
    /// Whether a rule governs the records or only their attachments.
    Applies, "applies_to" {
        Records = "records",
        /// Files sent in chat or received with mail (forum posts carry none).
        Attachments = "attachments",
    }
);

crate::string_enum!(
    /// The moment the days are counted from.
    Clock, "after" {
        /// The conversation or case was closed (forum: the question was archived or its answer accepted).
        Closed = "closed",
        LastActivity = "last_activity",
        Created = "created",
    }
);

crate::string_enum!(
    /// What happens to an item once its time is up.
    Disposal, "action" {
        Delete = "delete",
        /// Names become a pseudonym, contact details go, identifiers in text are masked,
        /// attachments are deleted; dates and counts stay for statistics.
        Anonymise = "anonymise",
    }
);

crate::string_enum!(
    /// What a legal hold is placed on.
    HoldTarget, "target" {
        Conversation = "conversation",
        Case = "case",
        /// A forum question with its answers.
        ForumPost = "forum_post",
        /// Everything held about one person, named by e-mail address, phone number or personnummer.
        Person = "person",
    }
);

/// The longest a rule may keep anything: 100 years.
pub const MAX_DAYS: i64 = 36_500;
/// A changed rule that removes more waits this long unless an admin confirms it.
pub const GRACE_DAYS: i64 = 7;
/// How far ahead the preview looks.
pub const PREVIEW_DAYS: i64 = 30;

/// How long and then what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terms {
    pub clock: Clock,
    pub days: i64,
    pub action: Disposal,
}

/// The built-in rule of a module: finite for every module and kind, quoted by the
/// privacy notices until the organisation sets its own.
pub fn default_terms(module: Module, applies: Applies) -> Terms {
    use Disposal::*;
    match (module, applies) {
        (Module::Chat, Applies::Records) => Terms { clock: Clock::Closed, days: 180, action: Anonymise },
        (Module::Chat, Applies::Attachments) => Terms { clock: Clock::Created, days: 90, action: Delete },
        (Module::Forum, _) => Terms { clock: Clock::LastActivity, days: 1095, action: Anonymise },
        (Module::Mail, Applies::Records) => Terms { clock: Clock::Closed, days: 730, action: Delete },
        (Module::Mail, Applies::Attachments) => Terms { clock: Clock::Created, days: 365, action: Delete },
    }
}

/// The (module, applies) pairs that exist.
pub fn kinds() -> [(Module, Applies); 5] {
    [
        (Module::Chat, Applies::Records),
        (Module::Chat, Applies::Attachments),
        (Module::Forum, Applies::Records),
        (Module::Mail, Applies::Records),
        (Module::Mail, Applies::Attachments),
    ]
}

/// Checks a rule's terms on their own.
pub fn check_terms(module: Module, applies: Applies, terms: &Terms) -> Result<(), Invalid> {
    if terms.days < 1 {
        return Err(Invalid::new("days", InvalidReason::TooShort { min: 1 }));
    }
    if terms.days > MAX_DAYS {
        return Err(Invalid::new("days", InvalidReason::TooLong { max: MAX_DAYS as usize }));
    }
    if module == Module::Forum && applies == Applies::Attachments {
        return Err(Invalid::new("applies_to", InvalidReason::Unknown));
    }
    if applies == Applies::Attachments && (terms.action != Disposal::Delete || terms.clock == Clock::Closed) {
        // A file cannot be half-anonymised; and its own creation is the clock it has.
        return Err(Invalid::new("action", InvalidReason::BadFormat));
    }
    Ok(())
}

/// Why the regime refuses a rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegimeRefusal {
    #[error("a public authority's rule must name its legal basis (e.g. a gallringsbeslut)")]
    LegalBasisRequired,
    #[error("the legal basis requires keeping at least {min_days} days")]
    ShorterThanBasis { min_days: i64 },
    #[error("a public authority's rule change needs a reason")]
    ReasonRequired,
}

/// Checks a rule change against the organisation's regime. `terms` is `None` when a
/// scope's own rule is removed; `basis_min_days` is the minimum recorded for the chosen
/// legal basis (`None`: no basis chosen).
pub fn check_regime(
    regime: Regime,
    terms: Option<&Terms>,
    basis_min_days: Option<i64>,
    reason: &str,
) -> Result<(), RegimeRefusal> {
    if regime != Regime::PublicAuthority {
        return Ok(());
    }
    if let Some(terms) = terms {
        let min_days = basis_min_days.ok_or(RegimeRefusal::LegalBasisRequired)?;
        if terms.days < min_days {
            return Err(RegimeRefusal::ShorterThanBasis { min_days });
        }
    }
    if reason.trim().is_empty() {
        return Err(RegimeRefusal::ReasonRequired);
    }
    Ok(())
}

/// A legal basis as the organisation writes it: "Gallringsbeslut KS 2024/117 § 4".
pub fn parse_legal_basis(raw: &str) -> Result<String, Invalid> {
    let text = crate::bounded_text("legal_basis", raw, 300)?;
    if text.chars().count() < 3 {
        return Err(Invalid::new("legal_basis", InvalidReason::TooShort { min: 3 }));
    }
    Ok(text)
}

/// When an item whose clock reads `from` is due.
pub fn due_at(from: Timestamp, days: i64) -> Timestamp {
    from.plus_days(days)
}

/// The stable pseudonym of a person in one organisation ("Besökare 4711"): the same
/// person (the same `key`, e.g. their e-mail address) gets the same number, and the
/// number cannot be turned back into the key.
pub fn pseudonym(language: Language, org: i64, key: &str) -> String {
    let digest = Sha256::digest(format!("{org}\0{}", key.trim().to_lowercase()).as_bytes());
    let number = 1000 + u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]) % 9000;
    match language {
        Language::Sv => format!("Besökare {number}"),
        Language::En => format!("Visitor {number}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_is_finite_and_valid() {
        for (module, applies) in kinds() {
            let terms = default_terms(module, applies);
            assert!(terms.days > 0 && terms.days <= MAX_DAYS);
            assert_eq!(check_terms(module, applies, &terms), Ok(()));
        }
    }

    #[test]
    fn bad_terms_are_refused() {
        let t = |days, action| Terms { clock: Clock::Created, days, action };
        assert!(check_terms(Module::Chat, Applies::Records, &t(0, Disposal::Delete)).is_err());
        assert!(check_terms(Module::Chat, Applies::Records, &t(-5, Disposal::Delete)).is_err());
        assert!(check_terms(Module::Chat, Applies::Records, &t(MAX_DAYS + 1, Disposal::Delete)).is_err());
        assert!(check_terms(Module::Chat, Applies::Attachments, &t(30, Disposal::Anonymise)).is_err());
        assert!(check_terms(Module::Forum, Applies::Attachments, &t(30, Disposal::Delete)).is_err());
        assert!(check_terms(Module::Mail, Applies::Records, &t(1, Disposal::Anonymise)).is_ok());
    }

    #[test]
    fn the_regime_of_a_public_authority() {
        let terms = Terms { clock: Clock::Closed, days: 100, action: Disposal::Delete };
        assert_eq!(check_regime(Regime::Private, Some(&terms), None, ""), Ok(()));
        assert_eq!(
            check_regime(Regime::PublicAuthority, Some(&terms), None, "x"),
            Err(RegimeRefusal::LegalBasisRequired)
        );
        assert_eq!(
            check_regime(Regime::PublicAuthority, Some(&terms), Some(365), "x"),
            Err(RegimeRefusal::ShorterThanBasis { min_days: 365 })
        );
        assert_eq!(
            check_regime(Regime::PublicAuthority, Some(&terms), Some(90), " "),
            Err(RegimeRefusal::ReasonRequired)
        );
        assert_eq!(check_regime(Regime::PublicAuthority, Some(&terms), Some(100), "beslut"), Ok(()));
        assert_eq!(check_regime(Regime::PublicAuthority, None, None, ""), Err(RegimeRefusal::ReasonRequired));
    }

    #[test]
    fn pseudonyms_are_stable_per_person_and_organisation() {
        let a = pseudonym(Language::Sv, 1, "Kim@Example.se");
        assert_eq!(a, pseudonym(Language::Sv, 1, "kim@example.se "));
        assert!(a.starts_with("Besökare ") && a.len() == "Besökare 4711".len());
        assert_ne!(pseudonym(Language::Sv, 1, "kim@example.se"), pseudonym(Language::Sv, 1, "eva@example.se"));
        assert!(pseudonym(Language::En, 2, "kim@example.se").starts_with("Visitor "));
    }
}
