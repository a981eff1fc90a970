//! Reports as tables, charts and CSV, shared by the report pages and the API: one
//! definition of each table serves the page (under its chart), the CSV download and
//! the API's CSV route.

use crate::charts::BarChart;
use crate::i18n::Tr;
use app::stats::{ReportRequest, ReportView};
use domain::retention::Module;
use domain::stats::{Durations, format_duration};
use domain::{Invalid, InvalidReason};
use serde::Deserialize;

/// Query parameters of a report (page and API).
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportParams {
    /// First day, `YYYY-MM-DD`, in the organisation's time zone (default: the first of this month).
    pub from: Option<String>,
    /// Last day, included (default: today). At most 400 days after `from`.
    pub to: Option<String>,
    /// One flow (chat), inbox (mail) or category (forum) by id; empty for all.
    pub scope: Option<String>,
}

fn date_param(field: &'static str, raw: Option<&str>) -> Result<Option<jiff::civil::Date>, Invalid> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => s.parse().map(Some).map_err(|_| Invalid::new(field, InvalidReason::BadFormat)),
    }
}

impl ReportParams {
    /// The report asked for by a URL's module (`chat`, `mail` or `forum`) and these parameters.
    pub fn request(&self, module: &str) -> Result<ReportRequest, Invalid> {
        let scope_id = match self.scope.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(s.parse::<i64>().map_err(|_| Invalid::new("scope", InvalidReason::BadFormat))?),
        };
        Ok(ReportRequest {
            module: module.parse()?,
            from: date_param("from", self.from.as_deref())?,
            to: date_param("to", self.to.as_deref())?,
            scope_id,
        })
    }
}

/// One cell of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Count(u32),
    /// A duration; none when nothing was measured.
    Seconds(Option<u32>),
}

impl Value {
    /// As shown on the page.
    pub fn display(&self) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Count(n) => n.to_string(),
            Value::Seconds(Some(s)) => format_duration(*s),
            Value::Seconds(None) => "–".to_owned(),
        }
    }

    /// As written to CSV: durations in whole seconds, so spreadsheets can compute with them.
    fn csv(&self) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Count(n) => n.to_string(),
            Value::Seconds(Some(s)) => s.to_string(),
            Value::Seconds(None) => String::new(),
        }
    }

    pub fn is_number(&self) -> bool {
        !matches!(self, Value::Text(_))
    }
}

/// A report table: a caption, column headings and rows.
#[derive(Debug, Clone)]
pub struct Table {
    /// Its name in download URLs: `summary`, `days`, `weeks`, `hours`, `response`, `scopes`, `agents`.
    pub key: &'static str,
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// A label that depends on the module, e.g. `report-missed-chat`.
fn per_module(tr: Tr, key: &str, module: Module) -> String {
    tr.t(&format!("report-{key}-{}", module.as_str()))
}

fn durations(d: &Durations) -> [Value; 2] {
    [Value::Seconds(d.median_seconds), Value::Seconds(d.p90_seconds)]
}

/// Every table of a report, in page order.
pub fn tables(tr: Tr, view: &ReportView) -> Vec<Table> {
    let m = view.query.module;
    let r = &view.report;
    let s = &r.summary;
    let mut summary = vec![
        vec![Value::Text(per_module(tr, "received", m)), Value::Count(s.received)],
        vec![Value::Text(tr.t("report-answered")), Value::Count(s.answered)],
        vec![Value::Text(per_module(tr, "missed", m)), Value::Count(s.missed)],
    ];
    if m == Module::Chat {
        summary.push(vec![Value::Text(tr.t("report-offline")), Value::Count(s.offline)]);
    }
    if m != Module::Forum {
        summary.push(vec![Value::Text(tr.t("report-transferred")), Value::Count(s.transferred)]);
    }
    summary.extend([
        vec![Value::Text(tr.t("report-still-open")), Value::Count(s.still_open)],
        vec![Value::Text(per_module(tr, "first-response-median", m)), Value::Seconds(s.first_response.median_seconds)],
        vec![Value::Text(per_module(tr, "first-response-p90", m)), Value::Seconds(s.first_response.p90_seconds)],
        vec![Value::Text(per_module(tr, "close-median", m)), Value::Seconds(s.to_close.median_seconds)],
        vec![Value::Text(per_module(tr, "close-p90", m)), Value::Seconds(s.to_close.p90_seconds)],
    ]);
    let counts = |received: u32, answered: u32, missed: u32| {
        [Value::Count(received), Value::Count(answered), Value::Count(missed)]
    };
    let count_headers = |first: String| {
        vec![first, per_module(tr, "received", m), tr.t("report-answered"), per_module(tr, "missed", m)]
    };
    let group_headers = |first: String| {
        vec![
            first,
            per_module(tr, "received", m),
            tr.t("report-answered"),
            per_module(tr, "missed", m),
            per_module(tr, "first-response-median", m),
            per_module(tr, "first-response-p90", m),
            per_module(tr, "close-median", m),
        ]
    };
    let group_row = |name: String, s: &domain::stats::Summary| {
        let mut row = vec![Value::Text(name)];
        row.extend(counts(s.received, s.answered, s.missed));
        row.extend(durations(&s.first_response));
        row.push(Value::Seconds(s.to_close.median_seconds));
        row
    };
    vec![
        Table {
            key: "summary",
            caption: tr.t("report-summary"),
            headers: vec![tr.t("report-measure"), tr.t("report-value")],
            rows: summary,
        },
        Table {
            key: "days",
            caption: per_module(tr, "per-day", m),
            headers: count_headers(tr.t("report-date")),
            rows: r
                .days
                .iter()
                .map(|d| {
                    let mut row = vec![Value::Text(d.date.clone())];
                    row.extend(counts(d.received, d.answered, d.missed));
                    row
                })
                .collect(),
        },
        Table {
            key: "weeks",
            caption: per_module(tr, "per-week", m),
            headers: count_headers(tr.t("report-week")),
            rows: r
                .weeks
                .iter()
                .map(|w| {
                    let mut row = vec![Value::Text(w.week.clone())];
                    row.extend(counts(w.received, w.answered, w.missed));
                    row
                })
                .collect(),
        },
        Table {
            key: "hours",
            caption: per_module(tr, "per-hour", m),
            headers: vec![tr.t("report-hour"), per_module(tr, "received", m)],
            rows: r
                .hours
                .iter()
                .enumerate()
                .map(|(h, n)| vec![Value::Text(format!("{h:02}–{:02}", h + 1)), Value::Count(*n)])
                .collect(),
        },
        Table {
            key: "response",
            caption: per_module(tr, "response-per-day", m),
            headers: vec![
                tr.t("report-date"),
                per_module(tr, "first-response-median", m),
                per_module(tr, "first-response-p90", m),
            ],
            rows: r
                .days
                .iter()
                .map(|d| {
                    let mut row = vec![Value::Text(d.date.clone())];
                    row.extend(durations(&d.first_response));
                    row
                })
                .collect(),
        },
        Table {
            key: "scopes",
            caption: per_module(tr, "per-scope", m),
            headers: group_headers(per_module(tr, "scope", m)),
            rows: r.scopes.iter().map(|g| group_row(view.scope_name(g.id), &g.summary)).collect(),
        },
        Table {
            key: "agents",
            caption: tr.t("report-per-agent"),
            headers: group_headers(tr.t("report-agent")),
            rows: r
                .agents
                .iter()
                .map(|g| group_row(view.agent_name(g.id).unwrap_or_else(|| tr.t("report-no-agent")), &g.summary))
                .collect(),
        },
    ]
}

/// One table by its key in a URL (`days`, …), if there is such a table.
pub fn table(tr: Tr, view: &ReportView, key: &str) -> Option<Table> {
    tables(tr, view).into_iter().find(|t| t.key == key)
}

/// A cell a spreadsheet program would run as a formula (OWASP "CSV injection") gets a
/// leading apostrophe, which shows the text as written.
fn defuse(cell: String) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell,
    }
}

/// The table as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs
/// read å, ä and ö right).
pub fn csv(table: &Table) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let mut write = |cells: Vec<String>| writer.write_record(cells.into_iter().map(defuse));
    let mut result = write(table.headers.clone());
    for row in &table.rows {
        if result.is_ok() {
            result = write(row.iter().map(Value::csv).collect());
        }
    }
    // Writing to memory cannot fail.
    let _ = result;
    writer.into_inner().unwrap_or_default()
}

/// A chart above a table.
pub struct ChartedTable {
    pub svg: Option<String>,
    pub table: Table,
}

/// The unit a duration chart is drawn in: seconds, minutes or hours.
fn duration_unit(tr: Tr, max_seconds: u32) -> (f64, String) {
    if max_seconds >= 2 * 3600 {
        (3600.0, tr.t("report-unit-hours"))
    } else if max_seconds >= 120 {
        (60.0, tr.t("report-unit-minutes"))
    } else {
        (1.0, tr.t("report-unit-seconds"))
    }
}

/// The page's charts, each with its table (tables without a chart have `svg: None`).
pub fn charted(tr: Tr, view: &ReportView) -> Vec<ChartedTable> {
    let m = view.query.module;
    let r = &view.report;
    let count_bars = |labels: Vec<(String, u32)>| -> Vec<(String, f64)> {
        labels.into_iter().map(|(l, n)| (l, f64::from(n))).collect()
    };
    let days = count_bars(r.days.iter().map(|d| (d.date[5..].to_owned(), d.received)).collect());
    let weeks = count_bars(r.weeks.iter().map(|w| (w.week[5..].to_owned(), w.received)).collect());
    let hours = count_bars(r.hours.iter().enumerate().map(|(h, n)| (format!("{h:02}"), *n)).collect());
    let max_median = r.days.iter().filter_map(|d| d.first_response.median_seconds).max().unwrap_or(0);
    let (divisor, unit) = duration_unit(tr, max_median);
    let response: Vec<(String, f64)> = r
        .days
        .iter()
        .map(|d| (d.date[5..].to_owned(), f64::from(d.first_response.median_seconds.unwrap_or(0)) / divisor))
        .collect();
    let received = per_module(tr, "received", m);
    let chart = |id: &str, title: String, x: String, y: String, bars: &[(String, f64)]| {
        Some(BarChart { id, title: &title, x_axis: &x, y_axis: &y, bars }.svg())
    };
    let mut svgs = vec![
        None,
        chart("days", per_module(tr, "per-day", m), tr.t("report-date"), received.clone(), &days),
        chart("weeks", per_module(tr, "per-week", m), tr.t("report-week"), received.clone(), &weeks),
        chart("hours", per_module(tr, "per-hour", m), tr.t("report-hour"), received, &hours),
        chart(
            "response",
            per_module(tr, "response-per-day", m),
            tr.t("report-date"),
            format!("{} ({unit})", per_module(tr, "first-response-median", m)),
            &response,
        ),
        None,
        None,
    ]
    .into_iter();
    tables(tr, view).into_iter().map(|table| ChartedTable { svg: svgs.next().flatten(), table }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_in_every_cell() {
        let table = Table {
            key: "scopes",
            caption: String::new(),
            headers: vec!["Namn".into(), "Antal".into()],
            rows: vec![
                vec![Value::Text("=HYPERLINK(\"http://x\")".into()), Value::Count(3)],
                vec![Value::Text("+1".into()), Value::Seconds(Some(90))],
                vec![Value::Text("-2".into()), Value::Seconds(None)],
                vec![Value::Text("@SUM(A1)".into()), Value::Count(0)],
                vec![Value::Text("Bygglov, \"plan\"".into()), Value::Count(1)],
            ],
        };
        let text = String::from_utf8(csv(&table)).unwrap();
        let text = text.strip_prefix('\u{feff}').unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Namn,Antal");
        assert_eq!(lines[1], "\"'=HYPERLINK(\"\"http://x\"\")\",3");
        assert_eq!(lines[2], "'+1,90");
        assert_eq!(lines[3], "'-2,");
        assert_eq!(lines[4], "'@SUM(A1),0");
        assert_eq!(lines[5], "\"Bygglov, \"\"plan\"\"\",1");
    }

    #[test]
    fn parameters_are_parsed_and_named_when_bad() {
        let r = ReportParams::default().request("mail").unwrap();
        assert_eq!((r.module, r.from, r.to, r.scope_id), (Module::Mail, None, None, None));
        let bad = ReportParams { from: Some("29/11".into()), ..Default::default() };
        assert_eq!(bad.request("chat").unwrap_err().field, "from");
        let bad = ReportParams { scope: Some("x".into()), ..Default::default() };
        assert_eq!(bad.request("chat").unwrap_err().field, "scope");
        assert_eq!(ReportParams::default().request("voice").unwrap_err().field, "module");
    }
}
