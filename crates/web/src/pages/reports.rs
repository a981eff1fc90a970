//! Statistics pages (admins): a report per module for a chosen period and scope, as
//! charts with tables, CSV and JSON downloads, and how long agent ids stay.

use crate::AppState;
use crate::error::PageError;
use crate::extract::{FormInput, Staff};
use crate::pages::{Shell, form_message, render};
use crate::reports::{ChartedTable, ReportParams, charted, csv, table};
use app::AppError;
use app::stats::ReportView;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::retention::Module;

#[derive(Template)]
#[template(path = "reports.html")]
struct ReportsPage {
    shell: Shell,
    module: &'static str,
    /// (code, name, current)
    modules: Vec<(&'static str, String, bool)>,
    from: String,
    to: String,
    scope: String,
    scope_label: String,
    /// (id, name)
    scopes: Vec<(i64, String)>,
    /// `from=…&to=…[&scope=…]` of the shown report, for the download links.
    query_string: String,
    /// (label, `from=…&to=…`)
    periods: Vec<(String, String)>,
    sections: Vec<ChartedTable>,
    agent_days: String,
    error: Option<String>,
}

/// Tables longer than this are folded under their chart (still in the page for screen readers).
const FOLD_ROWS: usize = 31;

async fn load(state: &AppState, staff: &Staff, module: &str, params: &ReportParams) -> Result<ReportView, AppError> {
    state.app.statistics(&staff.principal, params.request(module)?).await
}

fn periods(tr: crate::i18n::Tr, today: jiff::civil::Date) -> Vec<(String, String)> {
    let month = today.first_of_month();
    let last_month = month.checked_sub(jiff::Span::new().months(1)).unwrap_or(month);
    let year_ago = today.checked_sub(jiff::Span::new().days(364)).unwrap_or(month);
    let end_of_last_month = month.yesterday().unwrap_or(month);
    vec![
        (tr.t("report-this-month"), format!("from={month}&to={today}")),
        (tr.t("report-last-month"), format!("from={last_month}&to={end_of_last_month}")),
        (tr.t("report-last-year"), format!("from={year_ago}&to={today}")),
    ]
}

async fn page(
    state: &AppState,
    staff: &Staff,
    module_code: String,
    params: ReportParams,
    error: Option<String>,
) -> Response {
    let tr = staff.tr;
    let report = match load(state, staff, &module_code, &params).await {
        Ok(v) => v,
        Err(e) => return PageError::new(e, tr.0).into_response(),
    };
    let agent_days = match state.app.statistics_agent_days(&staff.principal).await {
        Ok(d) => d.map(|d| d.to_string()).unwrap_or_default(),
        Err(e) => return PageError::new(e, tr.0).into_response(),
    };
    let q = report.query;
    let scope = q.scope_id.map(|s| s.to_string()).unwrap_or_default();
    let mut query_string = format!("from={}&to={}", q.from, q.to);
    if !scope.is_empty() {
        query_string.push_str(&format!("&scope={scope}"));
    }
    let page = ReportsPage {
        shell: Shell::new(state, staff, "reports").await,
        module: q.module.as_str(),
        modules: Module::ALL
            .iter()
            .map(|m| (m.as_str(), tr.tk("report-module-", m.as_str(), ""), *m == q.module))
            .collect(),
        from: q.from.to_string(),
        to: q.to.to_string(),
        scope_label: tr.tk("report-scope-", q.module.as_str(), ""),
        scopes: report.scope_names.iter().map(|(id, name)| (*id, name.clone())).collect(),
        scope,
        query_string,
        periods: periods(tr, report.today),
        sections: charted(tr, &report),
        agent_days,
        error: error.clone(),
    };
    render(&page, if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK })
}

pub async fn start() -> Redirect {
    Redirect::to("/reports/chat")
}

pub async fn show(
    State(state): State<AppState>,
    staff: Staff,
    Path(module_code): Path<String>,
    Query(params): Query<ReportParams>,
) -> Response {
    page(&state, &staff, module_code, params, None).await
}

/// A table as CSV (`days.csv`) or the whole report as JSON (`report.json`).
pub async fn download(
    State(state): State<AppState>,
    staff: Staff,
    Path((module_code, file)): Path<(String, String)>,
    Query(params): Query<ReportParams>,
) -> Response {
    let tr = staff.tr;
    let report = match load(&state, &staff, &module_code, &params).await {
        Ok(v) => v,
        Err(e) => return PageError::new(e, tr.0).into_response(),
    };
    let q = report.query;
    let stem = format!("{}-{}-{}", q.module.as_str(), q.from, q.to);
    if file == "report.json" {
        let body = crate::api::reports::ReportBody::from(&report);
        return crate::download::attachment(
            &format!("statistik-{stem}.json"),
            serde_json::to_vec_pretty(&body).unwrap_or_default(),
        );
    }
    let table = file.strip_suffix(".csv").and_then(|key| table(tr, &report, key));
    match table {
        Some(t) => crate::download::attachment(&format!("statistik-{stem}-{}.csv", t.key), csv(&t)),
        None => PageError::new(AppError::NotFound, tr.0).into_response(),
    }
}

#[derive(serde::Deserialize)]
pub struct AgentDaysForm {
    #[serde(default)]
    agent_days: String,
}

/// How long agent ids stay in statistics (empty: as long as the figures).
pub async fn save_settings(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<AgentDaysForm>,
) -> Response {
    let days = match form.agent_days.trim() {
        "" => Ok(None),
        raw => raw
            .parse::<i64>()
            .map(Some)
            .map_err(|_| AppError::from(domain::Invalid::new("agent_days", domain::InvalidReason::BadFormat))),
    };
    let result = match days {
        Ok(days) => state.app.set_statistics_agent_days(&staff.principal, days).await.map(|_| ()),
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Redirect::to("/reports/chat").into_response(),
        Err(e @ AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => {
            let message = form_message(staff.tr, &e);
            let mut res = page(&state, &staff, "chat".into(), ReportParams::default(), Some(message)).await;
            *res.status_mut() = crate::error::classify(&e).0;
            res
        }
    }
}

impl ReportsPage {
    fn folded(&self, section: &ChartedTable) -> bool {
        section.table.rows.len() > FOLD_ROWS
    }
}
