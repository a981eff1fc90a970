//! Statistics that survive anonymisation: the facts (no personal data), the daily
//! figures pre-aggregated from them, and the reports computed from those figures.
//!
//! Durations are whole seconds. Medians and 90th percentiles use the nearest-rank
//! definition (the value at rank ⌈p·n⌉ of the sorted durations), so a report over
//! any period is exact, not an estimate from buckets.

use crate::retention::Module;
use crate::{Invalid, InvalidReason, Timestamp};
use jiff::civil::Date;
use std::collections::BTreeMap;

crate::string_enum!(
    /// How a conversation, case or question went.
    Outcome, "outcome" {
        /// Not ended and not yet answered.
        Open = "open",
        /// An agent took the chat, a reply went out, an answer was published.
        Answered = "answered",
        /// Ended without an answer: left the chat queue, case closed unanswered.
        Missed = "missed",
        /// A chat message left while the flow was closed.
        Offline = "offline",
    }
);

/// The longest period one report covers.
pub const MAX_REPORT_DAYS: i64 = 400;

/// A calendar date as stored: `YYYYMMDD`.
pub fn day_number(date: Date) -> i64 {
    i64::from(date.year()) * 10_000 + i64::from(date.month()) * 100 + i64::from(date.day())
}

/// The date behind a stored `YYYYMMDD`.
pub fn day_date(number: i64) -> Option<Date> {
    let year = i16::try_from(number / 10_000).ok()?;
    let month = i8::try_from(number / 100 % 100).ok()?;
    let day = i8::try_from(number % 100).ok()?;
    Date::new(year, month, day).ok()
}

/// The local day (`YYYYMMDD`) and hour of an instant in a zone.
pub fn local_day_hour(at: Timestamp, zone: &jiff::tz::TimeZone) -> (i64, i64) {
    let local = at.to_jiff().to_zoned_datetime(zone.clone());
    (day_number(local.date()), i64::from(local.hour()))
}

/// One conversation, case or forum question, as statistics keep it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub module: Module,
    pub source_id: i64,
    /// Flow, inbox or forum category.
    pub scope_id: i64,
    /// The staff member who handled it (pseudonymous), until the organisation drops it.
    pub agent_id: Option<i64>,
    pub opened_at: Timestamp,
    pub opened_day: i64,
    pub opened_hour: i64,
    pub first_response_at: Option<Timestamp>,
    pub closed_at: Option<Timestamp>,
    pub outcome: Outcome,
    pub transfers: i64,
}

impl Fact {
    /// A conversation, case or question opened at `at`, dated in the organisation's zone.
    pub fn opened(
        module: Module,
        source_id: i64,
        scope_id: i64,
        at: Timestamp,
        zone: &jiff::tz::TimeZone,
        outcome: Outcome,
    ) -> Self {
        let (opened_day, opened_hour) = local_day_hour(at, zone);
        Self {
            module,
            source_id,
            scope_id,
            agent_id: None,
            opened_at: at,
            opened_day,
            opened_hour,
            first_response_at: None,
            closed_at: None,
            outcome,
            transfers: 0,
        }
    }
}

/// Whole seconds between two instants (never negative).
fn seconds_between(from: Timestamp, to: Timestamp) -> u32 {
    u32::try_from((to.0 - from.0).max(0) / Timestamp::MICROS_PER_SECOND).unwrap_or(u32::MAX)
}

/// Figures for one group of facts: what a day's pre-aggregate holds and what a report sums.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Figures {
    pub opened: u32,
    pub answered: u32,
    pub missed: u32,
    pub offline: u32,
    /// Transferred at least once.
    pub transferred: u32,
    pub still_open: u32,
    /// Opened per local hour of the day.
    pub hours: [u32; 24],
    /// Seconds from opening to the first response, per responded fact.
    pub first_response: Vec<u32>,
    /// Seconds from opening to closing, per closed fact.
    pub to_close: Vec<u32>,
}

impl Figures {
    pub fn add(&mut self, fact: &Fact) {
        self.opened += 1;
        match fact.outcome {
            Outcome::Open => {}
            Outcome::Answered => self.answered += 1,
            Outcome::Missed => self.missed += 1,
            Outcome::Offline => self.offline += 1,
        }
        if fact.transfers > 0 {
            self.transferred += 1;
        }
        if fact.closed_at.is_none() {
            self.still_open += 1;
        }
        if let Some(hour) = self.hours.get_mut(usize::try_from(fact.opened_hour).unwrap_or(0)) {
            *hour += 1;
        }
        // A message left while chat was closed is counted, but its reply hours later is
        // not a live chat's wait (nor its closing a chat's length).
        if fact.module == Module::Chat && fact.outcome == Outcome::Offline {
            return;
        }
        if let Some(at) = fact.first_response_at {
            self.first_response.push(seconds_between(fact.opened_at, at));
        }
        if let Some(at) = fact.closed_at {
            self.to_close.push(seconds_between(fact.opened_at, at));
        }
    }

    pub fn merge(&mut self, other: &Figures) {
        self.opened += other.opened;
        self.answered += other.answered;
        self.missed += other.missed;
        self.offline += other.offline;
        self.transferred += other.transferred;
        self.still_open += other.still_open;
        for (mine, theirs) in self.hours.iter_mut().zip(other.hours) {
            *mine += theirs;
        }
        self.first_response.extend_from_slice(&other.first_response);
        self.to_close.extend_from_slice(&other.to_close);
    }
}

/// The key of a day's pre-aggregate: one row per day, module, scope and agent (0 = none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellKey {
    pub day: i64,
    pub module: Module,
    pub scope_id: i64,
    pub agent_id: i64,
}

/// One pre-aggregated row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub key: CellKey,
    pub figures: Figures,
}

/// Groups facts into a day's cells.
pub fn aggregate(facts: &[Fact]) -> Vec<Cell> {
    let mut cells: BTreeMap<CellKey, Figures> = BTreeMap::new();
    for fact in facts {
        let key = CellKey {
            day: fact.opened_day,
            module: fact.module,
            scope_id: fact.scope_id,
            agent_id: fact.agent_id.unwrap_or(0),
        };
        cells.entry(key).or_default().add(fact);
    }
    cells.into_iter().map(|(key, figures)| Cell { key, figures }).collect()
}

/// Median and 90th percentile of some durations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Durations {
    pub count: u32,
    pub median_seconds: Option<u32>,
    pub p90_seconds: Option<u32>,
}

impl Durations {
    /// Nearest rank: the value at rank ⌈p·n⌉ (1-based) of the sorted values.
    pub fn of(values: &mut [u32]) -> Self {
        let n = values.len();
        let rank = |percent: usize| (percent * n).div_ceil(100).max(1) - 1;
        let mut pick = |percent: usize| -> Option<u32> {
            if n == 0 {
                return None;
            }
            let (_, value, _) = values.select_nth_unstable(rank(percent));
            Some(*value)
        };
        let median_seconds = pick(50);
        let p90_seconds = pick(90);
        Self { count: u32::try_from(n).unwrap_or(u32::MAX), median_seconds, p90_seconds }
    }
}

/// Counts and durations of a report, a day, a scope or an agent.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Summary {
    pub received: u32,
    pub answered: u32,
    pub missed: u32,
    pub offline: u32,
    pub transferred: u32,
    pub still_open: u32,
    pub first_response: Durations,
    pub to_close: Durations,
}

impl Summary {
    fn of(mut figures: Figures) -> Self {
        Self {
            received: figures.opened,
            answered: figures.answered,
            missed: figures.missed,
            offline: figures.offline,
            transferred: figures.transferred,
            still_open: figures.still_open,
            first_response: Durations::of(&mut figures.first_response),
            to_close: Durations::of(&mut figures.to_close),
        }
    }
}

/// What a report covers: a module, a period of local days (both ends included), and
/// optionally one flow, inbox or category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportQuery {
    pub module: Module,
    pub from: Date,
    pub to: Date,
    pub scope_id: Option<i64>,
}

impl ReportQuery {
    /// Checks the period: `from` not after `to`, at most [`MAX_REPORT_DAYS`].
    pub fn new(module: Module, from: Date, to: Date, scope_id: Option<i64>) -> Result<Self, Invalid> {
        if from > to {
            return Err(Invalid::new("from", InvalidReason::BadFormat));
        }
        let days = to.since(from).map(|span| span.get_days()).unwrap_or(i32::MAX);
        if i64::from(days) >= MAX_REPORT_DAYS {
            return Err(Invalid::new("to", InvalidReason::TooLong { max: MAX_REPORT_DAYS as usize }));
        }
        Ok(Self { module, from, to, scope_id })
    }

    /// As [`Self::new`], with the default period filled in: from the first of this month
    /// to `today` (the organisation's local date).
    pub fn with_defaults(
        module: Module,
        from: Option<Date>,
        to: Option<Date>,
        scope_id: Option<i64>,
        today: Date,
    ) -> Result<Self, Invalid> {
        Self::new(module, from.unwrap_or_else(|| today.first_of_month()), to.unwrap_or(today), scope_id)
    }

    pub fn first_day(&self) -> i64 {
        day_number(self.from)
    }

    pub fn last_day(&self) -> i64 {
        day_number(self.to)
    }

    /// Every date of the period, in order.
    pub fn dates(&self) -> impl Iterator<Item = Date> + '_ {
        self.from.series(jiff::Span::new().days(1)).take_while(|d| *d <= self.to)
    }

    fn covers(&self, key: &CellKey) -> bool {
        key.module == self.module
            && (self.first_day()..=self.last_day()).contains(&key.day)
            && self.scope_id.is_none_or(|s| s == key.scope_id)
    }
}

/// One day of a report.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DayLine {
    pub date: String,
    pub received: u32,
    pub answered: u32,
    pub missed: u32,
    pub first_response: Durations,
}

/// One ISO week of a report (weeks cut by the period count only its days).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WeekLine {
    /// `2026-W48`.
    pub week: String,
    pub received: u32,
    pub answered: u32,
    pub missed: u32,
}

/// A flow, inbox, category or agent with its figures.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct GroupLine {
    /// 0: none (no agent, or the agent id was dropped).
    pub id: i64,
    pub summary: Summary,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    pub summary: Summary,
    pub days: Vec<DayLine>,
    pub weeks: Vec<WeekLine>,
    /// Received per local hour of the day, 0–23.
    pub hours: Vec<u32>,
    pub scopes: Vec<GroupLine>,
    pub agents: Vec<GroupLine>,
}

fn week_label(date: Date) -> String {
    let week = date.iso_week_date();
    format!("{:04}-W{:02}", week.year(), week.week())
}

/// Computes a report from the cells of its period (cells outside it are ignored).
pub fn report(query: &ReportQuery, cells: &[Cell]) -> Report {
    let mut total = Figures::default();
    let mut by_day: BTreeMap<i64, Figures> = BTreeMap::new();
    let mut by_scope: BTreeMap<i64, Figures> = BTreeMap::new();
    let mut by_agent: BTreeMap<i64, Figures> = BTreeMap::new();
    for cell in cells.iter().filter(|c| query.covers(&c.key)) {
        total.merge(&cell.figures);
        by_day.entry(cell.key.day).or_default().merge(&cell.figures);
        by_scope.entry(cell.key.scope_id).or_default().merge(&cell.figures);
        by_agent.entry(cell.key.agent_id).or_default().merge(&cell.figures);
    }
    let mut days = Vec::new();
    let mut weeks: Vec<WeekLine> = Vec::new();
    for date in query.dates() {
        let figures = by_day.remove(&day_number(date)).unwrap_or_default();
        let label = week_label(date);
        match weeks.last_mut() {
            Some(w) if w.week == label => {
                w.received += figures.opened;
                w.answered += figures.answered;
                w.missed += figures.missed;
            }
            _ => weeks.push(WeekLine {
                week: label,
                received: figures.opened,
                answered: figures.answered,
                missed: figures.missed,
            }),
        }
        let summary = Summary::of(figures);
        days.push(DayLine {
            date: date.to_string(),
            received: summary.received,
            answered: summary.answered,
            missed: summary.missed,
            first_response: summary.first_response,
        });
    }
    let groups = |map: BTreeMap<i64, Figures>| -> Vec<GroupLine> {
        let mut lines: Vec<GroupLine> =
            map.into_iter().map(|(id, figures)| GroupLine { id, summary: Summary::of(figures) }).collect();
        lines.sort_by(|a, b| b.summary.received.cmp(&a.summary.received).then(a.id.cmp(&b.id)));
        lines
    };
    Report {
        hours: total.hours.to_vec(),
        summary: Summary::of(total),
        days,
        weeks,
        scopes: groups(by_scope),
        agents: groups(by_agent),
    }
}

/// Durations as people read them: `45 s`, `3 min 20 s`, `2 h 5 min`, `3 d 4 h`.
pub fn format_duration(seconds: u32) -> String {
    let (d, h, m, s) = (seconds / 86_400, seconds / 3_600 % 24, seconds / 60 % 60, seconds % 60);
    match (d, h, m) {
        (0, 0, 0) => format!("{s} s"),
        (0, 0, _) if s == 0 => format!("{m} min"),
        (0, 0, _) => format!("{m} min {s} s"),
        (0, _, _) => format!("{h} h {m} min"),
        _ => format!("{d} d {h} h"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(day: i64, hour: i64, outcome: Outcome, response: Option<i64>, close: Option<i64>) -> Fact {
        let opened = Timestamp(1_000_000_000_000);
        Fact {
            module: Module::Chat,
            source_id: 1,
            scope_id: 7,
            agent_id: None,
            opened_at: opened,
            opened_day: day,
            opened_hour: hour,
            first_response_at: response.map(|s| opened.plus_seconds(s)),
            closed_at: close.map(|s| opened.plus_seconds(s)),
            outcome,
            transfers: 0,
        }
    }

    #[test]
    fn nearest_rank_percentiles() {
        assert_eq!(Durations::of(&mut []), Durations { count: 0, median_seconds: None, p90_seconds: None });
        let mut one = [42];
        assert_eq!(Durations::of(&mut one).median_seconds, Some(42));
        assert_eq!(Durations::of(&mut one).p90_seconds, Some(42));
        // 1..=10: median at rank 5, p90 at rank 9.
        let mut ten: Vec<u32> = (1..=10).rev().collect();
        let d = Durations::of(&mut ten);
        assert_eq!((d.median_seconds, d.p90_seconds), (Some(5), Some(9)));
        // 1..=11: median at rank 6, p90 at rank ⌈9.9⌉ = 10.
        let mut eleven: Vec<u32> = (1..=11).collect();
        let d = Durations::of(&mut eleven);
        assert_eq!((d.median_seconds, d.p90_seconds), (Some(6), Some(10)));
    }

    #[test]
    fn days_round_trip_and_local_hours() {
        let date = Date::new(2026, 3, 29).unwrap();
        assert_eq!(day_number(date), 20260329);
        assert_eq!(day_date(20260329), Some(date));
        assert_eq!(day_date(20260230), None);
        // 2026-03-29 01:30 UTC is 03:30 in Stockholm (summer time began at 01:00 UTC).
        let at = Timestamp::from_jiff("2026-03-29T01:30:00Z".parse().unwrap());
        let zone = jiff::tz::TimeZone::get("Europe/Stockholm").unwrap();
        assert_eq!(local_day_hour(at, &zone), (20260329, 3));
        // 23:30 UTC on 31 Dec is already the next day in Stockholm.
        let at = Timestamp::from_jiff("2026-12-31T23:30:00Z".parse().unwrap());
        assert_eq!(local_day_hour(at, &zone), (20270101, 0));
    }

    #[test]
    fn reports_sum_cells_of_the_period_only() {
        let facts = [
            fact(20261102, 9, Outcome::Answered, Some(30), Some(600)),
            fact(20261102, 9, Outcome::Missed, None, Some(120)),
            fact(20261103, 14, Outcome::Answered, Some(90), None),
            fact(20261201, 10, Outcome::Answered, Some(5), Some(10)),
        ];
        let cells = aggregate(&facts);
        let query =
            ReportQuery::new(Module::Chat, Date::new(2026, 11, 1).unwrap(), Date::new(2026, 11, 30).unwrap(), None)
                .unwrap();
        let r = report(&query, &cells);
        assert_eq!((r.summary.received, r.summary.answered, r.summary.missed, r.summary.still_open), (3, 2, 1, 1));
        assert_eq!(r.summary.first_response.median_seconds, Some(30));
        assert_eq!(r.summary.first_response.p90_seconds, Some(90));
        assert_eq!(r.summary.to_close.median_seconds, Some(120));
        assert_eq!(r.days.len(), 30);
        assert_eq!(r.days[1].received, 2);
        assert_eq!(r.hours[9], 2);
        assert_eq!(r.hours[14], 1);
        // 2026-11-01 is a Sunday (week 44); 2–8 November is week 45.
        assert_eq!(r.weeks[0].week, "2026-W44");
        assert_eq!(r.weeks[1].week, "2026-W45");
        assert_eq!(r.weeks[1].received, 3);
        let other_scope = ReportQuery { scope_id: Some(8), ..query };
        assert_eq!(report(&other_scope, &cells).summary.received, 0);
    }

    #[test]
    fn offline_messages_count_but_are_not_live_waits() {
        let offline = fact(20261102, 9, Outcome::Offline, Some(7_200), Some(7_300));
        let mut figures = Figures::default();
        figures.add(&offline);
        assert_eq!((figures.opened, figures.offline, figures.hours[9]), (1, 1, 1));
        assert!(figures.first_response.is_empty() && figures.to_close.is_empty());
    }

    #[test]
    fn periods_are_checked() {
        let d = |m, day| Date::new(2026, m, day).unwrap();
        assert!(ReportQuery::new(Module::Chat, d(11, 2), d(11, 1), None).is_err());
        assert!(ReportQuery::new(Module::Chat, Date::new(2025, 1, 1).unwrap(), d(12, 31), None).is_err());
        assert!(ReportQuery::new(Module::Chat, Date::new(2025, 12, 1).unwrap(), d(11, 30), None).is_ok());
    }

    #[test]
    fn periods_default_to_this_month() {
        let today = Date::new(2026, 11, 29).unwrap();
        let q = ReportQuery::with_defaults(Module::Chat, None, None, None, today).unwrap();
        assert_eq!((q.from, q.to, q.scope_id), (Date::new(2026, 11, 1).unwrap(), today, None));
        let from = Date::new(2026, 12, 1).unwrap();
        assert!(ReportQuery::with_defaults(Module::Chat, Some(from), None, None, today).is_err());
    }

    #[test]
    fn durations_read_as_people_say_them() {
        assert_eq!(format_duration(45), "45 s");
        assert_eq!(format_duration(120), "2 min");
        assert_eq!(format_duration(200), "3 min 20 s");
        assert_eq!(format_duration(7_500), "2 h 5 min");
        assert_eq!(format_duration(273_600), "3 d 4 h");
    }
}
