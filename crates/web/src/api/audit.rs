//! The audit log (dpo, admin).

use super::dto::*;
use crate::AppState;
use crate::error::ApiError;
use crate::extract::ApiCaller;
use app::audit::Verification as AppVerification;
use axum::Json;
use axum::extract::{Query, State};
use serde::Deserialize;
use utoipa::IntoParams;

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct EventsQuery {
    /// Only events with a smaller sequence number (for paging backwards).
    before: Option<i64>,
    /// At most this many (1–500, default 100).
    limit: Option<i64>,
}

/// Audit events, newest first. Reading them is itself audited.
#[utoipa::path(get, path = "/audit/events", tag = "audit", params(EventsQuery),
    responses((status = 200, body = [AuditEvent]), (status = 403, body = ErrorBody)))]
pub async fn events(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Query(q): Query<EventsQuery>,
) -> Result<Json<Vec<AuditEvent>>, ApiError> {
    let events = state.app.audit_events(&p, q.before, q.limit.unwrap_or(100)).await?;
    Ok(Json(
        events
            .into_iter()
            .map(|e| AuditEvent {
                seq: e.seq,
                occurred_at: e.occurred_at.rfc3339(),
                actor_kind: e.actor_kind,
                actor_id: e.actor_id,
                action: e.action,
                target_kind: e.target_kind,
                target_id: e.target_id,
                details: serde_json::from_str(&e.details).unwrap_or(serde_json::Value::Null),
                prev_hash: e.prev_hash,
                hash: e.hash,
            })
            .collect(),
    ))
}

/// Verifies the organisation's hash chain.
#[utoipa::path(post, path = "/audit/verify", tag = "audit",
    responses((status = 200, body = Verification), (status = 403, body = ErrorBody)))]
pub async fn verify(State(state): State<AppState>, ApiCaller(p): ApiCaller) -> Result<Json<Verification>, ApiError> {
    Ok(Json(match state.app.verify_audit(&p).await? {
        AppVerification::Intact { events } => {
            Verification { intact: true, events_checked: Some(events), broken_at_seq: None, reason: None }
        }
        AppVerification::Broken(b) => Verification {
            intact: false,
            events_checked: None,
            broken_at_seq: Some(b.seq),
            reason: Some(b.reason.describe().to_owned()),
        },
    }))
}
