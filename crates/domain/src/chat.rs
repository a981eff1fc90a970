//! Live chat: flows, conversations, messages, opening hours.

use crate::error::{Invalid, InvalidReason, bounded_text};
use crate::org::Language;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// A chat flow's slug ("bygglov", "skola").
pub fn parse_flow_slug(raw: &str) -> Result<String, Invalid> {
    crate::org::Slug::parse(raw).map(|s| s.as_str().to_owned()).map_err(|e| Invalid::new("flow", e.reason))
}

/// Longest chat message accepted, in characters.
pub const MAX_MESSAGE_CHARS: usize = 4000;

/// A message body: trimmed, non-empty, bounded; control characters other than line breaks refused.
pub fn parse_message(raw: &str) -> Result<String, Invalid> {
    let body = raw.trim();
    if body.is_empty() {
        return Err(Invalid::new("message", InvalidReason::Empty));
    }
    if body.chars().count() > MAX_MESSAGE_CHARS {
        return Err(Invalid::new("message", InvalidReason::TooLong { max: MAX_MESSAGE_CHARS }));
    }
    if body.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Invalid::new("message", InvalidReason::BadCharacters));
    }
    Ok(body.to_owned())
}

/// A visitor's name as typed in the pre-chat form.
pub fn parse_visitor_name(raw: &str) -> Result<String, Invalid> {
    bounded_text("name", raw, 100)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversationStatus {
    /// Waiting in the flow's queue for an agent.
    Queued,
    /// An agent has accepted it.
    Active,
    /// Ended by the visitor or an agent.
    Closed,
    /// Left as a message outside opening hours or with no agent online.
    Offline,
}

impl ConversationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Active => "active",
            Self::Closed => "closed",
            Self::Offline => "offline",
        }
    }
}

impl FromStr for ConversationStatus {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "queued" => Ok(Self::Queued),
            "active" => Ok(Self::Active),
            "closed" => Ok(Self::Closed),
            "offline" => Ok(Self::Offline),
            _ => Err(Invalid::new("status", InvalidReason::Unknown)),
        }
    }
}

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sender {
    Visitor,
    Agent,
    System,
}

impl Sender {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Visitor => "visitor",
            Self::Agent => "agent",
            Self::System => "system",
        }
    }
}

impl FromStr for Sender {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "visitor" => Ok(Self::Visitor),
            "agent" => Ok(Self::Agent),
            "system" => Ok(Self::System),
            _ => Err(Invalid::new("sender", InvalidReason::Unknown)),
        }
    }
}

/// Opening hours: per weekday (Monday first) a list of open intervals in
/// minutes after local midnight, plus closed dates ("2026-12-24").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    /// Seven entries, Monday to Sunday; each a list of `[open, close)` minute pairs.
    pub weekly: Vec<Vec<(u16, u16)>>,
    #[serde(default)]
    pub closed_dates: Vec<String>,
}

impl OpeningHours {
    /// Always open.
    pub fn always() -> Self {
        Self { weekly: vec![vec![(0, 24 * 60)]; 7], closed_dates: Vec::new() }
    }

    /// Office hours: weekdays 08:00–16:30.
    pub fn office() -> Self {
        let day = vec![(8 * 60, 16 * 60 + 30)];
        Self {
            weekly: vec![day.clone(), day.clone(), day.clone(), day.clone(), day, vec![], vec![]],
            closed_dates: vec![],
        }
    }

    pub fn validate(&self) -> Result<(), Invalid> {
        let bad = || Invalid::new("opening_hours", InvalidReason::BadFormat);
        if self.weekly.len() != 7 {
            return Err(bad());
        }
        for day in &self.weekly {
            if day.iter().any(|&(open, close)| open >= close || close > 24 * 60) {
                return Err(bad());
            }
        }
        for date in &self.closed_dates {
            date.parse::<jiff::civil::Date>().map_err(|_| bad())?;
        }
        Ok(())
    }

    /// Whether the flow is open at `at` in the organisation's time zone.
    pub fn is_open(&self, at: crate::Timestamp, zone: &jiff::tz::TimeZone) -> bool {
        let local = at.to_jiff().to_zoned_datetime(zone.clone());
        let date = local.date();
        if self.closed_dates.iter().any(|d| d.parse::<jiff::civil::Date>().is_ok_and(|d| d == date)) {
            return false;
        }
        let weekday = usize::from(local.weekday().to_monday_zero_offset() as u8);
        let minute = local.hour() as u16 * 60 + local.minute() as u16;
        self.weekly.get(weekday).is_some_and(|day| day.iter().any(|&(open, close)| open <= minute && minute < close))
    }
}

/// The texts a flow shows, per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub language: Language,
    pub version: i64,
    pub body: String,
    pub require_ack: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_bounded_and_clean() {
        assert_eq!(parse_message("  hej \n").unwrap(), "hej");
        assert!(parse_message("   ").is_err());
        assert!(parse_message(&"x".repeat(MAX_MESSAGE_CHARS + 1)).is_err());
        assert!(parse_message("a\u{0}b").is_err());
        assert!(parse_message("rad1\nrad2").is_ok());
    }

    #[test]
    fn opening_hours_in_the_organisations_zone() {
        let zone = jiff::tz::TimeZone::get("Europe/Stockholm").unwrap();
        let hours = OpeningHours::office();
        hours.validate().unwrap();
        // Monday 2026-11-30 07:30 UTC is 08:30 in Stockholm.
        let t = |s: &str| crate::Timestamp::from_jiff(s.parse().unwrap());
        assert!(hours.is_open(t("2026-11-30T07:30:00Z"), &zone));
        assert!(!hours.is_open(t("2026-11-30T06:30:00Z"), &zone));
        assert!(!hours.is_open(t("2026-11-29T10:00:00Z"), &zone), "Sunday");
        let mut christmas = OpeningHours::office();
        christmas.closed_dates.push("2026-12-24".into());
        assert!(!christmas.is_open(t("2026-12-24T10:00:00Z"), &zone));
        assert!(OpeningHours { weekly: vec![vec![(600, 500)]; 7], closed_dates: vec![] }.validate().is_err());
    }
}
