//! The controller's own privacy setup: sub-processors with their country and the
//! mechanism of any transfer outside the EU/EEA (Art. 28, 44–49), and the placeholders
//! a privacy notice may use, filled from the live configuration when shown.

use crate::{Invalid, InvalidReason};

/// The EU member states and the other EEA states (ISO 3166-1 alpha-2; Greece also as EL).
pub const EU_EEA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "EL", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

/// A two-letter country code, upper case.
pub fn parse_country(raw: &str) -> Result<String, Invalid> {
    let code = raw.trim().to_ascii_uppercase();
    if code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(Invalid::new("country", InvalidReason::BadFormat))
    }
}

pub fn in_eu_eea(country: &str) -> bool {
    EU_EEA.contains(&country)
}

crate::string_enum!(
    /// How personal data may go to a sub-processor's country.
    TransferMechanism, "transfer_mechanism" {
        /// The country is in the EU/EEA: no transfer in the GDPR's sense.
        WithinEea = "within_eea",
        /// An adequacy decision of the Commission (Art. 45).
        Adequacy = "adequacy",
        /// Standard contractual clauses (Art. 46(2)(c)).
        StandardClauses = "standard_contractual_clauses",
        /// Binding corporate rules (Art. 47).
        CorporateRules = "binding_corporate_rules",
    }
);

/// Why a sub-processor entry is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryRefusal {
    /// The organisation keeps all processing in the EU/EEA.
    OutsideEea,
    /// A country outside the EU/EEA needs a transfer mechanism other than "within EEA".
    MechanismRequired,
    /// A country inside the EU/EEA makes no transfer: the mechanism must say so.
    NotATransfer,
}

/// Checks an entry's country and mechanism against each other and the EU/EEA-only choice.
pub fn check_entry(country: &str, mechanism: TransferMechanism, eu_only: bool) -> Result<(), EntryRefusal> {
    let inside = in_eu_eea(country);
    if !inside && eu_only {
        Err(EntryRefusal::OutsideEea)
    } else if !inside && mechanism == TransferMechanism::WithinEea {
        Err(EntryRefusal::MechanismRequired)
    } else if inside && mechanism != TransferMechanism::WithinEea {
        Err(EntryRefusal::NotATransfer)
    } else {
        Ok(())
    }
}

/// The placeholders a privacy notice may hold, each filled from the live configuration.
pub const NOTICE_PLACEHOLDERS: &[&str] =
    &["{controller}", "{dpo}", "{retention_chat}", "{retention_forum}", "{retention_mail}", "{privacy_page}"];

/// The first `{…}` in a notice that is not a known placeholder.
pub fn unknown_placeholder(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start..];
        let end = after.find('}')?;
        let candidate = &after[..=end];
        if !NOTICE_PLACEHOLDERS.contains(&candidate) {
            return Some(candidate.chars().take(40).collect());
        }
        rest = &after[end + 1..];
    }
    None
}

/// The notice with every placeholder replaced by its value from `values` (placeholder, text).
pub fn fill_placeholders(text: &str, values: &[(&str, String)]) -> String {
    values.iter().fold(text.to_owned(), |text, (key, value)| text.replace(key, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_checked_against_the_eea() {
        assert_eq!(check_entry("SE", TransferMechanism::WithinEea, true), Ok(()));
        assert_eq!(check_entry("NO", TransferMechanism::WithinEea, true), Ok(()), "EEA");
        assert_eq!(check_entry("US", TransferMechanism::StandardClauses, true), Err(EntryRefusal::OutsideEea));
        assert_eq!(check_entry("US", TransferMechanism::StandardClauses, false), Ok(()));
        assert_eq!(check_entry("US", TransferMechanism::WithinEea, false), Err(EntryRefusal::MechanismRequired));
        assert_eq!(check_entry("DE", TransferMechanism::Adequacy, false), Err(EntryRefusal::NotATransfer));
        assert_eq!(parse_country(" se ").unwrap(), "SE");
        assert!(parse_country("Sweden").is_err());
        assert!(parse_country("S1").is_err());
    }

    #[test]
    fn placeholders_are_known_and_filled() {
        assert_eq!(unknown_placeholder("Ansvarig: {controller}, {dpo}."), None);
        assert_eq!(
            unknown_placeholder("Sparas {retention_chat} och {retention_kb}").as_deref(),
            Some("{retention_kb}")
        );
        assert_eq!(unknown_placeholder("a { b"), None);
        let filled = fill_placeholders(
            "{controller} sparar i {retention_chat}.",
            &[("{controller}", "Växjö kommun".into()), ("{retention_chat}", "180 dagar".into())],
        );
        assert_eq!(filled, "Växjö kommun sparar i 180 dagar.");
    }
}
