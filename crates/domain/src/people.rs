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
    /// What a data subject asks for (Art. 15–21).
    RequestKind, "kind" {
        Access = "access",
        Erasure = "erasure",
        Rectification = "rectification",
        Restriction = "restriction",
        Objection = "objection",
        /// Only where processing rests on consent or contract: never for a public authority (Art. 20(3)).
        Portability = "portability",
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

/// The last day to answer a request received on `received`: one month later (Art. 12(3)),
/// the same day number or, where the month is shorter, its last day (received 31 January:
/// the last day of February, 29 in a leap year).
pub fn answer_due(received: jiff::civil::Date) -> jiff::civil::Date {
    add_months(received, 1)
}

/// The deadline after an extension of `months` more (at most two) beyond the first month.
pub fn extended_due(received: jiff::civil::Date, months: i8) -> Option<jiff::civil::Date> {
    (1..=2).contains(&months).then(|| add_months(received, 1 + months))
}

fn add_months(date: jiff::civil::Date, months: i8) -> jiff::civil::Date {
    let total = i32::from(date.month()) - 1 + i32::from(months);
    let year = date.year() + (total / 12) as i16;
    let month = (total % 12 + 1) as i8;
    let first = jiff::civil::Date::new(year, month, 1).unwrap_or(date);
    let day = date.day().min(first.days_in_month());
    jiff::civil::Date::new(year, month, day).unwrap_or(first)
}

#[cfg(test)]
mod deadline_tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn one_month_across_month_ends_and_leap_years() {
        assert_eq!(answer_due(date(2026, 1, 31)), date(2026, 2, 28));
        assert_eq!(answer_due(date(2028, 1, 31)), date(2028, 2, 29), "leap year");
        assert_eq!(answer_due(date(2026, 1, 15)), date(2026, 2, 15));
        assert_eq!(answer_due(date(2026, 3, 31)), date(2026, 4, 30));
        assert_eq!(answer_due(date(2026, 12, 31)), date(2027, 1, 31), "over the year end");
        assert_eq!(answer_due(date(2028, 2, 29)), date(2028, 3, 29));
        assert_eq!(extended_due(date(2026, 1, 31), 2), Some(date(2026, 4, 30)));
        assert_eq!(extended_due(date(2026, 11, 30), 2), Some(date(2027, 2, 28)));
        assert_eq!(extended_due(date(2026, 1, 31), 3), None, "at most two months more");
        assert_eq!(extended_due(date(2026, 1, 31), 0), None);
    }
}

crate::string_enum!(
    /// The identity checklist of a request: what staff confirm before answering.
    IdentityStep, "identity_step" {
        /// The address or number the request came from is the one in the organisation's records.
        MatchesRecords = "matches_records",
        /// The person proved who they are: e-legitimation, an identity document, or a signed letter.
        IdentityProven = "identity_proven",
        /// Someone asking for another (guardian, attorney): the mandate is checked. Only when it applies.
        MandateChecked = "mandate_checked",
    }
);

/// The steps that must all be ticked before a request's identity counts as checked.
pub const REQUIRED_IDENTITY_STEPS: [IdentityStep; 2] = [IdentityStep::MatchesRecords, IdentityStep::IdentityProven];

/// Whether the ticked steps check the requester's identity.
pub fn identity_checked(steps: &[IdentityStep]) -> bool {
    REQUIRED_IDENTITY_STEPS.iter().all(|s| steps.contains(s))
}

/// Ticked steps as stored: their codes, comma-separated, in checklist order.
pub fn steps_to_text(steps: &[IdentityStep]) -> String {
    IdentityStep::ALL.iter().filter(|s| steps.contains(s)).map(|s| s.as_str()).collect::<Vec<_>>().join(",")
}

/// Ticked steps from their stored form (unknown codes are dropped).
pub fn steps_from_text(text: &str) -> Vec<IdentityStep> {
    text.split(',').filter_map(|s| s.parse().ok()).collect()
}

#[cfg(test)]
mod identity_tests {
    use super::*;

    #[test]
    fn both_required_steps_check_identity() {
        assert!(!identity_checked(&[IdentityStep::MatchesRecords]));
        assert!(!identity_checked(&[IdentityStep::MandateChecked, IdentityStep::IdentityProven]));
        assert!(identity_checked(&[IdentityStep::IdentityProven, IdentityStep::MatchesRecords]));
        let steps = [IdentityStep::MandateChecked, IdentityStep::MatchesRecords];
        assert_eq!(steps_to_text(&steps), "matches_records,mandate_checked");
        assert_eq!(
            steps_from_text("matches_records,bogus,mandate_checked"),
            steps.iter().rev().copied().collect::<Vec<_>>()
        );
        assert_eq!(steps_from_text(""), vec![]);
    }
}
