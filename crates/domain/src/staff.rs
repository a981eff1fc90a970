//! Staff accounts: who works in an organisation and with which role.

use crate::error::{Invalid, InvalidReason, bounded_text};
use crate::ids::{OrgId, UserId};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What a staff member may do. Capabilities per role live in `app::authz`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Sets up the organisation, its users, modules, retention and notices.
    Admin,
    /// Works the inbox.
    Agent,
    /// The data-protection officer: reads the audit log and the records; no inbox.
    Dpo,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Agent, Role::Dpo];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "admin",
            Self::Agent => "agent",
            Self::Dpo => "dpo",
        }
    }
}

impl FromStr for Role {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|r| r.as_str() == s.trim()).ok_or(Invalid::new("role", InvalidReason::Unknown))
    }
}

/// A syntactically plausible e-mail address, lower-cased. Not proof of ownership.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let field = "email";
        let value = raw.trim();
        if value.is_empty() {
            return Err(Invalid::new(field, InvalidReason::Empty));
        }
        if value.len() > Self::MAX_LEN {
            return Err(Invalid::new(field, InvalidReason::TooLong { max: Self::MAX_LEN }));
        }
        let Some((local, domain)) = value.rsplit_once('@') else {
            return Err(Invalid::new(field, InvalidReason::BadFormat));
        };
        let bad_char = |c: char| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"".contains(c);
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain.len() <= 253;
        if local.is_empty() || local.len() > 64 || !domain_ok || local.contains('@') {
            return Err(Invalid::new(field, InvalidReason::BadFormat));
        }
        if value.chars().any(bad_char) {
            return Err(Invalid::new(field, InvalidReason::BadCharacters));
        }
        Ok(Self(value.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = Invalid;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's display name as shown to colleagues.
pub fn parse_display_name(raw: &str) -> Result<String, Invalid> {
    bounded_text("display_name", raw, 100)
}

/// Password rules after ASVS 5.0 §6.2: length only (no composition rules),
/// long passphrases allowed, and the most obvious choices refused.
pub struct PasswordPolicy;

impl PasswordPolicy {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 256;

    pub fn check(candidate: &str, email: &Email) -> Result<(), Invalid> {
        let field = "password";
        let chars = candidate.chars().count();
        if chars < Self::MIN_CHARS {
            return Err(Invalid::new(field, InvalidReason::TooShort { min: Self::MIN_CHARS }));
        }
        if chars > Self::MAX_CHARS {
            return Err(Invalid::new(field, InvalidReason::TooLong { max: Self::MAX_CHARS }));
        }
        let lower = candidate.to_lowercase();
        let local = email.as_str().split('@').next().unwrap_or_default();
        let single_char = lower.chars().all(|c| lower.starts_with(c));
        if lower == email.as_str() || (local.len() >= 4 && lower.contains(local)) || single_char {
            return Err(Invalid::new(field, InvalidReason::BadFormat));
        }
        if COMMON_PASSWORDS.iter().any(|p| lower.starts_with(p)) {
            return Err(Invalid::new(field, InvalidReason::BadFormat));
        }
        Ok(())
    }
}

/// Stems of the passwords that lead every breach list; a candidate starting
/// with one ("password2024!", "123456789012") is refused.
const COMMON_PASSWORDS: &[&str] = &[
    "123456789",
    "password",
    "lösenord",
    "losenord",
    "qwerty",
    "asdfgh",
    "abc123",
    "111111",
    "iloveyou",
    "welcome",
    "välkommen",
    "valkommen",
    "sommar20",
    "vinter20",
    "hösten20",
    "admin123",
    "letmein",
    "changeme",
    "samtal",
];

/// A staff account as the application sees it (no password hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffUser {
    pub id: UserId,
    pub org_id: OrgId,
    pub email: Email,
    pub display_name: String,
    pub role: Role,
    pub active: bool,
    pub must_change_password: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_lowercased_and_checked() {
        assert_eq!(Email::parse(" Anna@Example.SE ").unwrap().as_str(), "anna@example.se");
        for bad in ["", "anna", "anna@", "@x.se", "a b@x.se", "a@x", "a@.x.se", "a@x..se", "a\n@x.se"] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn password_policy() {
        let email = Email::parse("anna.berg@example.se").unwrap();
        assert!(PasswordPolicy::check("korrekt häst batteri häftklammer", &email).is_ok());
        assert!(PasswordPolicy::check("kort", &email).is_err());
        assert!(PasswordPolicy::check("Password2024!!", &email).is_err());
        assert!(PasswordPolicy::check("anna.berg-secret-1", &email).is_err());
        assert!(PasswordPolicy::check("aaaaaaaaaaaaaaa", &email).is_err());
    }
}
