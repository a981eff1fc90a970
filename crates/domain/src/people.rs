//! Data-subject requests: why a person's data is looked up, and how the person is named.

crate::string_enum!(
    /// Why staff search for a person's data (recorded with every search).
    SearchPurpose, "purpose" {
        AccessRequest = "access_request",
        ErasureRequest = "erasure_request",
        Rectification = "rectification",
        Restriction = "restriction",
        Objection = "objection",
        Portability = "portability",
        /// A complaint or a supervisory authority's question.
        Complaint = "complaint",
        /// Establishing or defending a legal claim.
        LegalClaim = "legal_claim",
    }
);

crate::string_enum!(
    /// What kind of identifier names the person.
    KeyKind, "kind" {
        Email = "email",
        Phone = "phone",
        Personnummer = "personnummer",
        Name = "name",
        /// The widget visitor's id (a conversation's visitor).
        Visitor = "visitor",
    }
);

/// Guesses what kind of identifier a person typed.
pub fn guess_kind(raw: &str) -> KeyKind {
    let raw = raw.trim();
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    if raw.contains('@') {
        KeyKind::Email
    } else if digits >= 7 && raw.chars().all(|c| c.is_ascii_digit() || " -+()".contains(c)) {
        if (digits == 10 || digits == 12) && !raw.starts_with('0') && !raw.starts_with('+') {
            KeyKind::Personnummer
        } else {
            KeyKind::Phone
        }
    } else {
        KeyKind::Name
    }
}

/// The digits of a Swedish or international phone number as one national form
/// ("070-123 45 67", "+46 70 123 45 67" and "0046701234567" give "701234567").
pub fn phone_digits(raw: &str) -> String {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let national = if raw.trim_start().starts_with('+') || digits.starts_with("00") {
        let international = digits.trim_start_matches("00");
        international.strip_prefix("46").unwrap_or(international).to_owned()
    } else {
        digits
    };
    national.trim_start_matches('0').to_owned()
}

/// The ten digits (YYMMDDNNNN) of a personnummer in any written form.
pub fn personnummer_digits(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    match digits.len() {
        10 => Some(digits),
        12 => Some(digits[2..].to_owned()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_recognised_and_normalised() {
        assert_eq!(guess_kind("Kim@Example.se"), KeyKind::Email);
        assert_eq!(guess_kind("19811218-9876"), KeyKind::Personnummer);
        assert_eq!(guess_kind("811218-9876"), KeyKind::Personnummer);
        assert_eq!(guess_kind("070-123 45 67"), KeyKind::Phone);
        assert_eq!(guess_kind("+46 70 123 45 67"), KeyKind::Phone);
        assert_eq!(guess_kind("Kim Andersson"), KeyKind::Name);
        assert_eq!(phone_digits("070-123 45 67"), "701234567");
        assert_eq!(phone_digits("+46 (0)70 123 45 67"), "701234567");
        assert_eq!(phone_digits("0046 70 1234567"), "701234567");
        assert_eq!(personnummer_digits("19811218-9876").as_deref(), Some("8112189876"));
        assert_eq!(personnummer_digits("811218+9876").as_deref(), Some("8112189876"));
        assert_eq!(personnummer_digits("8112"), None);
    }
}
