//! Instants as integer microseconds since the Unix epoch.
//!
//! Stored as a 64-bit integer on both backends: SQLite's text timestamps do not
//! sort in time order when fractions vary in length, and retention depends on
//! exact `<` comparisons.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub const MICROS_PER_SECOND: i64 = 1_000_000;
    pub const MICROS_PER_DAY: i64 = 86_400 * Self::MICROS_PER_SECOND;

    pub fn now() -> Self {
        Self::from_jiff(jiff::Timestamp::now())
    }

    pub fn from_jiff(ts: jiff::Timestamp) -> Self {
        Self(ts.as_microsecond())
    }

    pub fn to_jiff(self) -> jiff::Timestamp {
        jiff::Timestamp::from_microsecond(self.0).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
    }

    pub fn micros(self) -> i64 {
        self.0
    }

    pub fn plus_seconds(self, seconds: i64) -> Self {
        Self(self.0.saturating_add(seconds.saturating_mul(Self::MICROS_PER_SECOND)))
    }

    pub fn plus_days(self, days: i64) -> Self {
        Self(self.0.saturating_add(days.saturating_mul(Self::MICROS_PER_DAY)))
    }

    /// Local date and time in the given zone, minute precision, e.g. `2026-11-29 14:05`.
    pub fn format_in(self, zone: &jiff::tz::TimeZone) -> String {
        self.to_jiff().to_zoned_datetime(zone.clone()).strftime("%Y-%m-%d %H:%M").to_string()
    }

    /// A moment typed by a person: `YYYY-MM-DD` (the start of that day, UTC) or RFC 3339.
    pub fn parse_typed(field: &'static str, raw: &str) -> Result<Self, crate::Invalid> {
        let bad = || crate::Invalid::new(field, crate::InvalidReason::BadFormat);
        let raw = raw.trim();
        if let Ok(date) = raw.parse::<jiff::civil::Date>() {
            let zoned = date.to_zoned_datetime(jiff::tz::TimeZone::UTC).map_err(|_| bad())?;
            return Ok(Self::from_jiff(zoned.timestamp()));
        }
        raw.parse::<jiff::Timestamp>().map(Self::from_jiff).map_err(|_| bad())
    }

    /// The calendar date in the given zone.
    pub fn date_in(self, zone: &jiff::tz::TimeZone) -> jiff::civil::Date {
        self.to_jiff().to_zoned_datetime(zone.clone()).date()
    }

    /// RFC 3339 in UTC, for APIs.
    pub fn rfc3339(self) -> String {
        self.to_jiff().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_dates_and_instants() {
        assert_eq!(Timestamp::parse_typed("d", "2026-01-31").unwrap().rfc3339(), "2026-01-31T00:00:00Z");
        assert_eq!(Timestamp::parse_typed("d", "2026-01-31T12:00:00Z").unwrap().rfc3339(), "2026-01-31T12:00:00Z");
        assert!(Timestamp::parse_typed("d", "31/01/2026").is_err());
        assert!(Timestamp::parse_typed("d", "2026-02-30").is_err());
    }

    #[test]
    fn orders_by_instant_regardless_of_fraction() {
        let a = Timestamp::from_jiff("2026-01-01T00:00:00.5Z".parse().unwrap());
        let b = Timestamp::from_jiff("2026-01-01T00:00:00.123456Z".parse().unwrap());
        let c = Timestamp::from_jiff("2026-01-01T00:00:01Z".parse().unwrap());
        assert!(b < a && a < c);
    }

    #[test]
    fn formats_in_the_organisations_zone() {
        let ts = Timestamp::from_jiff("2026-07-01T10:00:00Z".parse().unwrap());
        let stockholm = jiff::tz::TimeZone::get("Europe/Stockholm").unwrap();
        assert_eq!(ts.format_in(&stockholm), "2026-07-01 12:00");
    }
}
