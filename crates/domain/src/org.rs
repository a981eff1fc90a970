//! Organisations (tenants) and what they configure about themselves.

use crate::error::{Invalid, InvalidReason, bounded_text};
use crate::ids::OrgId;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The short name in URLs and CLI commands: `demo`, `goteborg-stad`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    pub const MAX_LEN: usize = 40;

    /// A slug made from a name: "Bygglov & mark" → "bygglov-mark"; Swedish letters lose
    /// their marks, other characters become dashes. A slug that would not start with a
    /// letter gets `prefix` ("c-" for categories).
    pub fn from_name(name: &str, prefix: &str) -> Result<Self, Invalid> {
        let mut slug = String::new();
        for c in name.to_lowercase().chars() {
            let c = match c {
                'å' | 'ä' | 'à' | 'á' => 'a',
                'ö' | 'ø' | 'ó' => 'o',
                'é' | 'è' => 'e',
                'ü' => 'u',
                c => c,
            };
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        let mut slug = slug.trim_end_matches('-').chars().take(Self::MAX_LEN - prefix.len()).collect::<String>();
        slug = slug.trim_end_matches('-').to_owned();
        if slug.is_empty() {
            // Nothing Latin in the name ("Помощь"): a stable code from the name itself.
            let hash =
                name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
            slug = format!("{:08x}", hash as u32);
        }
        if slug.len() < 2 || !slug.starts_with(|c: char| c.is_ascii_lowercase()) {
            slug.insert_str(0, prefix);
        }
        Self::parse(&slug)
    }

    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let field = "slug";
        let value = raw.trim();
        if value.is_empty() {
            return Err(Invalid::new(field, InvalidReason::Empty));
        }
        if value.len() < 2 {
            return Err(Invalid::new(field, InvalidReason::TooShort { min: 2 }));
        }
        if value.len() > Self::MAX_LEN {
            return Err(Invalid::new(field, InvalidReason::TooLong { max: Self::MAX_LEN }));
        }
        let valid_chars = value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        let starts_with_letter = value.as_bytes()[0].is_ascii_lowercase();
        if !valid_chars || !starts_with_letter || value.ends_with('-') || value.contains("--") {
            return Err(Invalid::new(field, InvalidReason::BadCharacters));
        }
        Ok(Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Slug {
    type Error = Invalid;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Slug> for String {
    fn from(value: Slug) -> Self {
        value.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The organisation's legal regime decides how retention and erasure behave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Regime {
    /// A company or association: GDPR alone.
    Private,
    /// A Swedish authority: the Archives Act and the principle of public access
    /// apply, so nothing may be removed before its disposal rule allows.
    PublicAuthority,
}

impl Regime {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Private => "private",
            Self::PublicAuthority => "public-authority",
        }
    }
}

impl FromStr for Regime {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "private" => Ok(Self::Private),
            "public-authority" | "public_authority" => Ok(Self::PublicAuthority),
            _ => Err(Invalid::new("regime", InvalidReason::Unknown)),
        }
    }
}

/// UI and notice language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Sv,
    En,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Sv, Language::En];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sv => "sv",
            Self::En => "en",
        }
    }
}

impl FromStr for Language {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sv" | "sv-se" => Ok(Self::Sv),
            "en" | "en-gb" | "en-us" => Ok(Self::En),
            _ => Err(Invalid::new("language", InvalidReason::Unknown)),
        }
    }
}

/// An IANA time zone name that the bundled time-zone database knows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeZoneName(String);

impl TimeZoneName {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let name = raw.trim();
        if name.is_empty() {
            return Err(Invalid::new("time_zone", InvalidReason::Empty));
        }
        jiff::tz::TimeZone::get(name)
            .map(|_| Self(name.to_owned()))
            .map_err(|_| Invalid::new("time_zone", InvalidReason::Unknown))
    }

    pub fn stockholm() -> Self {
        Self("Europe/Stockholm".into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn zone(&self) -> jiff::tz::TimeZone {
        jiff::tz::TimeZone::get(&self.0).unwrap_or(jiff::tz::TimeZone::UTC)
    }
}

impl TryFrom<String> for TimeZoneName {
    type Error = Invalid;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<TimeZoneName> for String {
    fn from(value: TimeZoneName) -> Self {
        value.0
    }
}

/// An organisation's display name.
pub fn parse_org_name(raw: &str) -> Result<String, Invalid> {
    bounded_text("name", raw, 120)
}

/// The channels and tools an organisation can switch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Module {
    Chat,
    Forum,
    Email,
    KnowledgeBase,
}

impl Module {
    pub const ALL: [Module; 4] = [Module::Chat, Module::Forum, Module::Email, Module::KnowledgeBase];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Chat => "chat",
            Self::Forum => "forum",
            Self::Email => "email",
            Self::KnowledgeBase => "knowledge_base",
        }
    }
}

impl FromStr for Module {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|m| m.as_str() == s).ok_or(Invalid::new("module", InvalidReason::Unknown))
    }
}

/// An organisation as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organisation {
    pub id: OrgId,
    pub slug: Slug,
    pub name: String,
    pub time_zone: TimeZoneName,
    pub language: Language,
    pub regime: Regime,
}

/// What an operator gives to create an organisation.
#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub slug: Slug,
    pub name: String,
    pub time_zone: TimeZoneName,
    pub language: Language,
    pub regime: Regime,
}

/// What an organisation's admin may change about it. The regime is set by the
/// operator, not by the organisation's own staff.
#[derive(Debug, Clone)]
pub struct OrgSettings {
    pub name: String,
    pub time_zone: TimeZoneName,
    pub language: Language,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(Slug::parse("demo").is_ok());
        assert!(Slug::parse("goteborg-stad2").is_ok());
        for bad in ["", "a", "Demo", "-x", "x-", "a--b", "åre", "1abc", "a b"] {
            assert!(Slug::parse(bad).is_err(), "{bad:?} accepted");
        }
        assert_eq!(Slug::from_name("Så söker du bygglov", "g-").unwrap().as_str(), "sa-soker-du-bygglov");
        assert_eq!(Slug::from_name("x", "g-").unwrap().as_str(), "g-x");
        let cyrillic = Slug::from_name("Помощь", "g-").unwrap();
        assert!(cyrillic.as_str().starts_with("g-") && cyrillic.as_str().len() == 10, "{cyrillic:?}");
        assert_ne!(cyrillic, Slug::from_name("Справка", "g-").unwrap());
    }

    #[test]
    fn time_zones_come_from_the_bundled_database() {
        assert!(TimeZoneName::parse("Europe/Stockholm").is_ok());
        assert!(TimeZoneName::parse("Mars/Olympus").is_err());
    }

    #[test]
    fn regime_names() {
        assert_eq!("public-authority".parse::<Regime>().unwrap(), Regime::PublicAuthority);
        assert!("public".parse::<Regime>().is_err());
    }
}
