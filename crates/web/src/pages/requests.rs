//! The register of data-subject requests (admin and DPO): register, check identity,
//! extend, complete (export or erase), each step audited.

use crate::AppState;
use crate::error::{PageError, classify};
use crate::extract::{FormInput, Staff};
use crate::pages::{Shell, form_message, render};
use app::AppError;
use app::requests::{Completion, Handler};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::people::{IdentityStep, RequestKind, steps_from_text};

pub struct RequestItem {
    pub id: i64,
    pub kind: String,
    pub email: String,
    pub received: String,
    pub due: String,
    pub overdue: bool,
    pub open: bool,
    pub identity_checked: bool,
    /// The checklist: (code, label, ticked, required).
    pub steps: Vec<(&'static str, String, bool, bool)>,
    pub extended: bool,
    pub extension_reason: String,
    pub status: String,
    pub closing_reason: String,
}

#[derive(Template)]
#[template(path = "requests.html")]
struct RequestsPage {
    shell: Shell,
    requests: Vec<RequestItem>,
    kinds: Vec<(&'static str, String)>,
    today: String,
    error: Option<String>,
    done: Option<String>,
}

async fn page(state: &AppState, staff: &Staff, error: Option<String>, done: Option<String>) -> Response {
    let tr = staff.tr;
    let loaded = async {
        let org = state.app.organisation(&staff.principal).await?;
        Ok::<_, AppError>((org, state.app.requests(Handler::Staff(&staff.principal)).await?))
    }
    .await;
    let (org, rows) = match loaded {
        Ok(v) => v,
        Err(e) => return PageError::new(e, tr.0).into_response(),
    };
    let today = domain::Timestamp::now().date_in(&org.time_zone.zone()).to_string();
    let requests = rows
        .into_iter()
        .map(|r| RequestItem {
            id: r.id,
            kind: tr.tk("request-kind-", &r.kind, ""),
            email: r.subject_email,
            received: r.received_on,
            overdue: r.status == "open" && r.due_on < today,
            due: r.due_on,
            open: r.status == "open",
            identity_checked: r.identity_checked,
            steps: {
                let ticked = steps_from_text(&r.identity_steps);
                IdentityStep::ALL
                    .iter()
                    .map(|s| {
                        let required = domain::people::REQUIRED_IDENTITY_STEPS.contains(s);
                        (s.as_str(), tr.tk("request-step-", s.as_str(), ""), ticked.contains(s), required)
                    })
                    .collect()
            },
            extended: r.extension_reason.is_some(),
            extension_reason: r.extension_reason.unwrap_or_default(),
            status: tr.tk("request-status-", &r.status, ""),
            closing_reason: r.closing_reason.unwrap_or_default(),
        })
        .collect();
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = RequestsPage {
        shell: Shell::new(state, staff, "requests").await,
        requests,
        kinds: RequestKind::ALL.iter().map(|k| (k.as_str(), tr.tk("request-kind-", k.as_str(), ""))).collect(),
        today,
        error,
        done,
    };
    render(&page, status)
}

pub async fn list(State(state): State<AppState>, staff: Staff) -> Response {
    page(&state, &staff, None, None).await
}

async fn after(state: &AppState, staff: &Staff, result: Result<(), AppError>) -> Response {
    match result {
        Ok(()) => Redirect::to("/requests").into_response(),
        Err(e @ AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => {
            let message = form_message(staff.tr, &e);
            let mut res = page(state, staff, Some(message), None).await;
            *res.status_mut() = classify(&e).0;
            res
        }
    }
}

#[derive(serde::Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    received_on: String,
}

pub async fn register(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<RegisterForm>,
) -> Response {
    let result = async {
        let kind: RequestKind = form.kind.parse()?;
        state
            .app
            .register_request(Handler::Staff(&staff.principal), kind, &form.email, &form.received_on)
            .await
            .map(|_| ())
    }
    .await;
    after(&state, &staff, result).await
}

pub async fn identity(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>, body: String) -> Response {
    // Checkboxes repeat the `step` field; unknown codes are refused, not dropped.
    let result = async {
        let steps = crate::extract::repeated_values(&body, "step")
            .iter()
            .map(|v| v.parse::<IdentityStep>())
            .collect::<Result<Vec<_>, _>>()?;
        state.app.check_request_identity(Handler::Staff(&staff.principal), id, &steps).await
    }
    .await;
    after(&state, &staff, result).await
}

#[derive(serde::Deserialize)]
pub struct RefuseForm {
    #[serde(default)]
    reason: String,
}

pub async fn refuse(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<RefuseForm>,
) -> Response {
    let result = state.app.refuse_request(Handler::Staff(&staff.principal), id, &form.reason).await;
    after(&state, &staff, result).await
}

#[derive(serde::Deserialize)]
pub struct ExtendForm {
    #[serde(default)]
    months: String,
    #[serde(default)]
    reason: String,
}

pub async fn extend(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<ExtendForm>,
) -> Response {
    let months = form.months.trim().parse::<i8>().unwrap_or(0);
    let result = state.app.extend_request(Handler::Staff(&staff.principal), id, months, &form.reason).await;
    after(&state, &staff, result).await
}

#[derive(serde::Deserialize)]
pub struct CompleteForm {
    #[serde(default)]
    decision: String,
}

pub async fn complete(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<CompleteForm>,
) -> Response {
    let decision = Some(form.decision.as_str()).filter(|d| !d.trim().is_empty());
    match state.app.complete_request(Handler::Staff(&staff.principal), id, decision).await {
        Ok(Completion::Export(zip)) => crate::download::attachment(&format!("registerutdrag-{id}.zip"), zip),
        Ok(Completion::Erased(r)) => {
            page(&state, &staff, None, Some(staff.tr.t1("people-erased", "count", r.total()))).await
        }
        Ok(Completion::Restricted(hold)) => {
            page(&state, &staff, None, Some(staff.tr.t1("requests-restricted", "hold", hold))).await
        }
        Ok(Completion::Recorded) => Redirect::to("/requests").into_response(),
        Err(e) => after(&state, &staff, Err(e)).await,
    }
}
