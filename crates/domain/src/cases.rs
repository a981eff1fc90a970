//! E-mail cases (ärenden): status, inbox addresses and the case number in subjects.

use crate::error::{Invalid, bounded_text};
use crate::staff::Email;

crate::string_enum!(
    /// Where a case stands.
    CaseStatus, "status" {
        /// Arrived, nobody has looked at it yet.
        New = "new",
        Open = "open",
        /// Answered; waiting for the customer.
        Waiting = "waiting",
        Closed = "closed",
    }
);

crate::string_enum!(
    /// Which way a case message went.
    Direction, "direction" {
        /// From the customer.
        In = "in",
        /// A reply from staff.
        Out = "out",
        /// An internal note, never sent.
        Note = "note",
    }
);

crate::string_enum!(
    /// What a routing rule looks at in a new case's first mail.
    RuleField, "match_field" {
        /// The To and Cc addresses.
        Recipient = "recipient",
        Subject = "subject",
        /// The subject and the text.
        Text = "text",
    }
);

/// A routing rule's words: 1–100 characters.
pub fn parse_rule_pattern(raw: &str) -> Result<String, Invalid> {
    Ok(bounded_text("pattern", raw, 100)?.to_lowercase())
}

/// An inbox's address: an e-mail address, stored lower-case.
pub fn parse_inbox_address(raw: &str) -> Result<String, Invalid> {
    Ok(Email::parse(raw)?.as_str().to_owned())
}

pub fn parse_inbox_name(raw: &str) -> Result<String, Invalid> {
    bounded_text("name", raw, 80)
}

/// Tags as typed, comma-separated: lower-case, trimmed, each 1–40 letters, digits,
/// spaces or dashes, at most 20, duplicates dropped.
pub fn parse_tags(raw: &str) -> Result<Vec<String>, Invalid> {
    let mut tags: Vec<String> = Vec::new();
    for tag in raw.split(',').map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty()) {
        if tag.chars().count() > 40 || !tag.chars().all(|c| c.is_alphanumeric() || c == '-' || c == ' ') {
            return Err(Invalid::new("tags", crate::InvalidReason::BadCharacters));
        }
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    if tags.len() > 20 {
        return Err(Invalid::new("tags", crate::InvalidReason::TooLong { max: 20 }));
    }
    Ok(tags)
}

/// The case number in a subject such as "Re: [#1234] Förråd", if any.
pub fn case_number_in_subject(subject: &str) -> Option<i64> {
    let mut rest = subject;
    while let Some(start) = rest.find("[#") {
        let after = &rest[start + 2..];
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && after[digits.len()..].starts_with(']') {
            return digits.parse().ok();
        }
        rest = after;
    }
    None
}

/// The subject of a reply: "Re: [#N] " before the case's subject, once.
pub fn reply_subject(number: i64, subject: &str) -> String {
    let tag = format!("[#{number}]");
    let mut base = subject.trim();
    loop {
        let lower = base.to_ascii_lowercase();
        if lower.starts_with("re:") || lower.starts_with("sv:") || lower.starts_with("aw:") {
            base = base[3..].trim_start();
        } else if let Some(rest) = base.strip_prefix(&tag) {
            base = rest.trim_start();
        } else {
            break;
        }
    }
    format!("Re: {tag} {base}").trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_numbers_in_subjects() {
        assert_eq!(case_number_in_subject("Re: [#1234] Förråd"), Some(1234));
        assert_eq!(case_number_in_subject("SV: SV: [#7]"), Some(7));
        assert_eq!(case_number_in_subject("[#] [#x] [#12"), None);
        assert_eq!(case_number_in_subject("Fråga [#abc] och [#99]"), Some(99));
        assert_eq!(case_number_in_subject("Hej"), None);
    }

    #[test]
    fn reply_subjects() {
        assert_eq!(reply_subject(12, "Förråd"), "Re: [#12] Förråd");
        assert_eq!(reply_subject(12, "Re: SV: [#12] Förråd"), "Re: [#12] Förråd");
        assert_eq!(reply_subject(12, ""), "Re: [#12]");
    }

    #[test]
    fn tags() {
        assert_eq!(parse_tags(" Faktura, bygglov ,faktura,").unwrap(), ["faktura", "bygglov"]);
        assert!(parse_tags("<script>").is_err());
        let many: Vec<String> = (0..21).map(|i| format!("t{i}")).collect();
        assert!(parse_tags(&many.join(",")).is_err());
    }

    #[test]
    fn inbox_addresses() {
        assert_eq!(parse_inbox_address(" Bygglov@Kommun.SE ").unwrap(), "bygglov@kommun.se");
        assert!(parse_inbox_address("bygglov").is_err());
    }
}
