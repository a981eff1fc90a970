//! The audit log for the DPO and admins, with chain verification.

use crate::AppState;
use crate::error::PageError;
use crate::extract::Staff;
use crate::pages::Shell;
use crate::pages::auth::render;
use app::audit::Verification;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

pub struct EventRow {
    pub seq: i64,
    pub when: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub details: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    shell: Shell,
    events: Vec<EventRow>,
    older: Option<i64>,
    verification: Option<String>,
    intact: bool,
}

#[derive(Deserialize)]
pub struct AuditQuery {
    before: Option<i64>,
}

async fn audit_page(
    state: &AppState,
    staff: &Staff,
    before: Option<i64>,
    verification: Option<Verification>,
) -> Response {
    const PAGE: i64 = 100;
    let (events, org) = match (
        state.app.audit_events(&staff.principal, before, PAGE).await,
        state.app.organisation(&staff.principal).await,
    ) {
        (Ok(e), Ok(o)) => (e, o),
        (Err(e), _) | (_, Err(e)) => return PageError::new(e, staff.tr.0).into_response(),
    };
    let zone = org.time_zone.zone();
    let older = (events.len() as i64 == PAGE).then(|| events.last().map(|e| e.seq)).flatten();
    let rows = events
        .into_iter()
        .map(|e| EventRow {
            seq: e.seq,
            when: e.occurred_at.format_in(&zone),
            actor: match e.actor_id {
                Some(id) => format!("{} #{id}", e.actor_kind),
                None => e.actor_kind,
            },
            action: e.action,
            target: match (e.target_kind, e.target_id) {
                (Some(k), Some(id)) => format!("{k} #{id}"),
                _ => String::new(),
            },
            details: if e.details == "{}" { String::new() } else { e.details },
        })
        .collect();
    let tr = staff.tr;
    let intact = matches!(verification, Some(Verification::Intact { .. }));
    let verification = verification.map(|v| match v {
        Verification::Intact { events } => tr.t1("audit-intact", "count", events),
        Verification::Broken(b) => format!("{} {}", tr.t1("audit-broken", "seq", b.seq), b.reason.describe()),
    });
    let page = AuditPage { shell: Shell::new(state, staff, "audit").await, events: rows, older, verification, intact };
    render(&page, StatusCode::OK)
}

pub async fn log(State(state): State<AppState>, staff: Staff, Query(q): Query<AuditQuery>) -> Response {
    audit_page(&state, &staff, q.before, None).await
}

pub async fn verify(State(state): State<AppState>, staff: Staff) -> Response {
    match state.app.verify_audit(&staff.principal).await {
        Ok(v) => audit_page(&state, &staff, None, Some(v)).await,
        Err(e) => PageError::new(e, staff.tr.0).into_response(),
    }
}
