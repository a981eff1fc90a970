//! Statistics over JSON and CSV (admins): a module's report for a period and scope,
//! each of its tables as CSV, and how long agent ids stay in the statistics.

use super::dto::ErrorBody;
use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCaller, JsonInput};
use crate::i18n::Tr;
use crate::reports::{ReportParams, csv, table};
use app::AppError;
use app::stats::ReportView;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use domain::stats::{Durations, Summary};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct DurationsBody {
    /// How many were measured.
    pub count: u32,
    /// Seconds (nearest rank); null when none was measured.
    pub median_seconds: Option<u32>,
    pub p90_seconds: Option<u32>,
}

impl From<&Durations> for DurationsBody {
    fn from(d: &Durations) -> Self {
        Self { count: d.count, median_seconds: d.median_seconds, p90_seconds: d.p90_seconds }
    }
}

#[derive(Serialize, ToSchema)]
pub struct SummaryBody {
    /// Chats, cases or questions opened in the period.
    pub received: u32,
    pub answered: u32,
    /// Ended unanswered: left the chat queue, case or question closed without a reply.
    pub missed: u32,
    /// Chat messages left outside opening hours.
    pub offline: u32,
    /// Transferred at least once (chat: to a colleague or flow; mail: to a group).
    pub transferred: u32,
    pub still_open: u32,
    /// Chat: wait until an agent joined; mail: first reply; forum: first published answer.
    pub first_response: DurationsBody,
    /// Chat: length; mail: until closed; forum: until an answer was accepted.
    pub to_close: DurationsBody,
}

impl From<&Summary> for SummaryBody {
    fn from(s: &Summary) -> Self {
        Self {
            received: s.received,
            answered: s.answered,
            missed: s.missed,
            offline: s.offline,
            transferred: s.transferred,
            still_open: s.still_open,
            first_response: (&s.first_response).into(),
            to_close: (&s.to_close).into(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct DayBody {
    /// `YYYY-MM-DD`, local.
    pub date: String,
    pub received: u32,
    pub answered: u32,
    pub missed: u32,
    pub first_response: DurationsBody,
}

#[derive(Serialize, ToSchema)]
pub struct WeekBody {
    /// ISO week, `2026-W48` (only the days inside the period count).
    pub week: String,
    pub received: u32,
    pub answered: u32,
    pub missed: u32,
}

#[derive(Serialize, ToSchema)]
pub struct GroupBody {
    /// Flow, inbox, category or staff user id; 0 for "no agent" (none, or dropped).
    pub id: i64,
    pub name: Option<String>,
    pub summary: SummaryBody,
}

#[derive(Serialize, ToSchema)]
pub struct ReportBody {
    /// chat, mail or forum.
    pub module: String,
    pub from: String,
    pub to: String,
    pub scope_id: Option<i64>,
    pub summary: SummaryBody,
    pub days: Vec<DayBody>,
    pub weeks: Vec<WeekBody>,
    /// Received per local hour of the day, 0–23.
    pub hours: Vec<u32>,
    /// Per flow (chat), inbox (mail) or category (forum).
    pub scopes: Vec<GroupBody>,
    pub agents: Vec<GroupBody>,
}

impl From<&ReportView> for ReportBody {
    fn from(v: &ReportView) -> Self {
        let r = &v.report;
        Self {
            module: v.query.module.as_str().to_owned(),
            from: v.query.from.to_string(),
            to: v.query.to.to_string(),
            scope_id: v.query.scope_id,
            summary: (&r.summary).into(),
            days: r
                .days
                .iter()
                .map(|d| DayBody {
                    date: d.date.clone(),
                    received: d.received,
                    answered: d.answered,
                    missed: d.missed,
                    first_response: (&d.first_response).into(),
                })
                .collect(),
            weeks: r
                .weeks
                .iter()
                .map(|w| WeekBody {
                    week: w.week.clone(),
                    received: w.received,
                    answered: w.answered,
                    missed: w.missed,
                })
                .collect(),
            hours: r.hours.clone(),
            scopes: r
                .scopes
                .iter()
                .map(|g| GroupBody { id: g.id, name: Some(v.scope_name(g.id)), summary: (&g.summary).into() })
                .collect(),
            agents: r
                .agents
                .iter()
                .map(|g| GroupBody { id: g.id, name: v.agent_name(g.id), summary: (&g.summary).into() })
                .collect(),
        }
    }
}

/// A module's report: totals, per day, week and hour, per scope and per agent.
#[utoipa::path(get, path = "/reports/{module}", tag = "statistics",
    params(("module" = String, Path, description = "chat, mail or forum"), ReportParams),
    responses((status = 200, body = ReportBody), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, description = "No such scope in the organisation", body = ErrorBody)))]
pub async fn report(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(module_code): Path<String>,
    Query(params): Query<ReportParams>,
) -> Result<Json<ReportBody>, ApiError> {
    let view = state.app.statistics(&p, params.request(&module_code).map_err(AppError::from)?).await?;
    Ok(Json(ReportBody::from(&view)))
}

/// One table of a module's report as CSV (UTF-8 with BOM; cells that a spreadsheet
/// would run as a formula start with an apostrophe; durations in seconds). Headings
/// are in the organisation's language.
#[utoipa::path(get, path = "/reports/{module}/{table}", tag = "statistics",
    params(("module" = String, Path, description = "chat, mail or forum"),
        ("table" = String, Path, description = "summary, days, weeks, hours, response, scopes or agents"), ReportParams),
    responses((status = 200, description = "The table", content_type = "text/csv"), (status = 400, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn table_csv(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path((module_code, key)): Path<(String, String)>,
    Query(params): Query<ReportParams>,
) -> Result<Response, ApiError> {
    let view = state.app.statistics(&p, params.request(&module_code).map_err(AppError::from)?).await?;
    let table = table(Tr(view.language), &view, &key).ok_or(AppError::NotFound)?;
    let mut res = csv(&table).into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    Ok(res)
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct StatisticsSettingsBody {
    /// Days the agent id stays on a conversation's statistics (1–3650); null: as long as the statistics.
    pub agent_days: Option<i64>,
}

/// How long agent ids stay in the statistics.
#[utoipa::path(get, path = "/reports/settings", tag = "statistics",
    responses((status = 200, body = StatisticsSettingsBody), (status = 403, body = ErrorBody)))]
pub async fn settings(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
) -> Result<Json<StatisticsSettingsBody>, ApiError> {
    Ok(Json(StatisticsSettingsBody { agent_days: state.app.statistics_agent_days(&p).await? }))
}

#[derive(Serialize, ToSchema)]
pub struct AgentDaysSavedBody {
    pub agent_days: Option<i64>,
    /// Facts whose agent id was dropped now.
    pub dropped: u64,
}

/// Chooses how long agent ids stay; ids older than that are dropped at once.
#[utoipa::path(put, path = "/reports/settings", tag = "statistics", request_body = StatisticsSettingsBody,
    responses((status = 200, body = AgentDaysSavedBody), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn save_settings(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<StatisticsSettingsBody>,
) -> Result<Json<AgentDaysSavedBody>, ApiError> {
    let dropped = state.app.set_statistics_agent_days(&p, body.agent_days).await?;
    Ok(Json(AgentDaysSavedBody { agent_days: body.agent_days, dropped }))
}
