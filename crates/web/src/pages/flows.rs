//! Chat flows, their notices and agents, and saved replies (admin).

use crate::AppState;
use crate::error::PageError;
use crate::extract::{FormInput, Staff};
use crate::pages::auth::render;
use crate::pages::{Shell, form_message};
use app::chat::{FlowSettings, NewFlow, default_flow_settings};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::chat::OpeningHours;
use domain::org::Language;
use domain::{FlowId, UserId};

pub struct FlowView {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub require_name: bool,
    pub require_email: bool,
    pub keep_email: bool,
    pub upload_allowed: bool,
    pub upload_max_mb: i64,
    pub max_chats: i64,
    pub hours: &'static str,
    pub closed_dates: String,
    pub welcome_sv: String,
    pub welcome_en: String,
    pub agents: Vec<i64>,
    pub notices: Vec<String>,
}

#[derive(Template)]
#[template(path = "flows.html")]
struct FlowsPage {
    shell: Shell,
    flows: Vec<FlowView>,
    colleagues: Vec<(i64, String)>,
    replies: Vec<(String, String)>,
    org_slug: String,
    base_url: String,
    error: Option<String>,
    saved: Option<String>,
}

async fn page(
    state: &AppState,
    staff: &Staff,
    headers: &HeaderMap,
    error: Option<String>,
    saved: Option<String>,
) -> Response {
    let p = &staff.principal;
    if let Err(e) = p.require(app::Capability::ManageOrganisation) {
        return PageError::new(e, staff.tr.0).into_response();
    }
    let loaded = async {
        let org = state.app.organisation(p).await?;
        let mut colleagues: Vec<(i64, String)> =
            state.app.colleagues(p).await?.into_iter().map(|(id, n)| (id.0, n)).collect();
        colleagues.insert(0, (p.user.id.0, p.user.display_name.clone()));
        let mut views = Vec::new();
        for f in state.app.flows(p).await? {
            let (agents, notices) = state.app.flow_details(p, f.id).await?;
            let s = &f.settings;
            views.push(FlowView {
                id: f.id.0,
                slug: f.slug.clone(),
                name: s.name.clone(),
                require_name: s.require_name,
                require_email: s.require_email,
                keep_email: s.keep_email,
                upload_allowed: s.upload_allowed,
                upload_max_mb: s.upload_max_bytes / (1024 * 1024),
                max_chats: s.max_chats_per_agent,
                hours: if s.opening_hours.weekly == OpeningHours::always().weekly { "always" } else { "office" },
                closed_dates: s.opening_hours.closed_dates.join(", "),
                welcome_sv: s.welcome_sv.clone(),
                welcome_en: s.welcome_en.clone(),
                agents: agents.into_iter().map(|a| a.0).collect(),
                notices: notices
                    .into_iter()
                    .map(|n| {
                        format!(
                            "{} v{}{}: {}",
                            n.language.as_str(),
                            n.version,
                            if n.require_ack { " ✓" } else { "" },
                            n.body
                        )
                    })
                    .collect(),
            });
        }
        let replies = state.app.saved_replies(p).await?.into_iter().map(|(_, t, b)| (t, b)).collect();
        Ok::<_, app::AppError>((org, colleagues, views, replies))
    }
    .await;
    let (org, colleagues, flows, replies) = match loaded {
        Ok(v) => v,
        Err(e) => return PageError::new(e, staff.tr.0).into_response(),
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
    let scheme = if state.config.secure_cookies { "https" } else { "http" };
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let page = FlowsPage {
        shell: Shell::new(state, staff, "flows").await,
        flows,
        colleagues,
        replies,
        org_slug: org.slug.to_string(),
        base_url: format!("{scheme}://{host}"),
        error,
        saved,
    };
    render(&page, status)
}

pub async fn list(State(state): State<AppState>, staff: Staff, headers: HeaderMap) -> Response {
    page(&state, &staff, &headers, None, None).await
}

#[derive(serde::Deserialize)]
pub struct NewFlowForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    name: String,
}

pub async fn create(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    FormInput(form): FormInput<NewFlowForm>,
) -> Response {
    let new = NewFlow { slug: &form.slug, settings: default_flow_settings(form.name.trim()) };
    match state.app.create_flow(&staff.principal, new).await {
        Ok(_) => Redirect::to("/settings/flows").into_response(),
        Err(e @ app::AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => page(&state, &staff, &headers, Some(form_message(staff.tr, &e)), None).await,
    }
}

#[derive(serde::Deserialize)]
pub struct FlowForm {
    #[serde(default)]
    name: String,
    require_name: Option<String>,
    require_email: Option<String>,
    keep_email: Option<String>,
    upload_allowed: Option<String>,
    #[serde(default)]
    upload_max_mb: String,
    #[serde(default)]
    max_chats_per_agent: String,
    #[serde(default)]
    hours: String,
    #[serde(default)]
    closed_dates: String,
    #[serde(default)]
    welcome_sv: String,
    #[serde(default)]
    welcome_en: String,
}

pub async fn save(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    Path(id): Path<i64>,
    FormInput(form): FormInput<FlowForm>,
) -> Response {
    let mut hours = if form.hours == "office" { OpeningHours::office() } else { OpeningHours::always() };
    hours.closed_dates =
        form.closed_dates.split([',', ' ']).map(str::trim).filter(|d| !d.is_empty()).map(str::to_owned).collect();
    let settings = FlowSettings {
        name: form.name.trim().to_owned(),
        require_name: form.require_name.is_some(),
        require_email: form.require_email.is_some(),
        keep_email: form.keep_email.is_some(),
        upload_allowed: form.upload_allowed.is_some(),
        upload_max_bytes: form.upload_max_mb.trim().parse::<i64>().unwrap_or(-1).saturating_mul(1024 * 1024),
        max_chats_per_agent: form.max_chats_per_agent.trim().parse().unwrap_or(0),
        welcome_sv: form.welcome_sv.trim().to_owned(),
        welcome_en: form.welcome_en.trim().to_owned(),
        opening_hours: hours,
    };
    match state.app.update_flow(&staff.principal, FlowId(id), &settings).await {
        Ok(()) => page(&state, &staff, &headers, None, Some(staff.tr.t("saved"))).await,
        Err(e @ (app::AppError::Forbidden | app::AppError::NotFound)) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => page(&state, &staff, &headers, Some(form_message(staff.tr, &e)), None).await,
    }
}

pub async fn agents(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>, body: String) -> Response {
    let agents: Vec<UserId> = crate::extract::repeated_ids(&body, "agent").into_iter().map(UserId).collect();
    match state.app.set_flow_agents(&staff.principal, FlowId(id), &agents).await {
        Ok(()) => Redirect::to("/settings/flows").into_response(),
        Err(e) => PageError::new(e, staff.tr.0).into_response(),
    }
}

#[derive(serde::Deserialize)]
pub struct NoticeForm {
    #[serde(default)]
    language: String,
    #[serde(default)]
    body: String,
    require_ack: Option<String>,
}

pub async fn notice(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    Path(id): Path<i64>,
    FormInput(form): FormInput<NoticeForm>,
) -> Response {
    let language: Language = form.language.parse().unwrap_or_default();
    match state.app.publish_notice(&staff.principal, FlowId(id), language, &form.body, form.require_ack.is_some()).await
    {
        Ok(_) => page(&state, &staff, &headers, None, Some(staff.tr.t("saved"))).await,
        Err(e @ (app::AppError::Forbidden | app::AppError::NotFound)) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => page(&state, &staff, &headers, Some(form_message(staff.tr, &e)), None).await,
    }
}

#[derive(serde::Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

pub async fn add_reply(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    FormInput(form): FormInput<ReplyForm>,
) -> Response {
    match state.app.add_saved_reply(&staff.principal, &form.title, &form.body).await {
        Ok(_) => Redirect::to("/settings/flows").into_response(),
        Err(e @ app::AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => page(&state, &staff, &headers, Some(form_message(staff.tr, &e)), None).await,
    }
}
