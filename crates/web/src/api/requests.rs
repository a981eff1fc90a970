//! The register of data-subject requests over JSON (admin or DPO): register, identity
//! checklist, extension (mailed to the requester), refusal, completion with a receipt.

use super::dto::{Created, ErrorBody};
use super::people::ErasureBody;
use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCaller, JsonInput};
use app::AppError;
use app::requests::{Completion, Handler, RequestRow};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::people::{IdentityStep, RequestKind, steps_from_text};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct RequestBody {
    pub id: i64,
    /// access, erasure, rectification, restriction, objection or portability.
    pub kind: String,
    /// The requester's address (the answer goes there).
    pub email: String,
    /// YYYY-MM-DD.
    pub received_on: String,
    /// The last day to answer (one month, or up to three after an extension).
    pub due_on: String,
    /// The identity checklist steps ticked: matches_records, identity_proven, mandate_checked.
    pub identity_steps: Vec<String>,
    /// True once every required step is ticked.
    pub identity_checked: bool,
    pub extension_reason: Option<String>,
    /// open, done or refused.
    pub status: String,
    pub closing_reason: Option<String>,
}

impl From<RequestRow> for RequestBody {
    fn from(r: RequestRow) -> Self {
        Self {
            identity_steps: steps_from_text(&r.identity_steps).iter().map(|s| s.as_str().to_owned()).collect(),
            id: r.id,
            kind: r.kind,
            email: r.subject_email,
            received_on: r.received_on,
            due_on: r.due_on,
            identity_checked: r.identity_checked,
            extension_reason: r.extension_reason,
            status: r.status,
            closing_reason: r.closing_reason,
        }
    }
}

/// The register: open requests first by due date, then the rest newest first.
#[utoipa::path(get, path = "/requests", tag = "data subjects",
    responses((status = 200, body = Vec<RequestBody>), (status = 403, body = ErrorBody)))]
pub async fn list(State(state): State<AppState>, ApiCaller(p): ApiCaller) -> Result<Json<Vec<RequestBody>>, ApiError> {
    Ok(Json(state.app.requests(Handler::Staff(&p)).await?.into_iter().map(RequestBody::from).collect()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRequest {
    /// access, erasure, rectification, restriction, objection or portability (not for a public authority).
    pub kind: String,
    pub email: String,
    /// YYYY-MM-DD, not in the future; due one month later.
    pub received_on: String,
}

/// Registers a request.
#[utoipa::path(post, path = "/requests", tag = "data subjects", request_body = NewRequest,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn register(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<NewRequest>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let kind: RequestKind = body.kind.parse().map_err(AppError::from)?;
    let id = state.app.register_request(Handler::Staff(&p), kind, &body.email, &body.received_on).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IdentityRequest {
    /// Every step ticked so far (replaces the set): matches_records, identity_proven, mandate_checked.
    pub steps: Vec<String>,
}

/// Records the identity checklist.
#[utoipa::path(post, path = "/requests/{id}/identity", tag = "data subjects", request_body = IdentityRequest,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn identity(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<IdentityRequest>,
) -> Result<StatusCode, ApiError> {
    let steps =
        body.steps.iter().map(|s| s.parse::<IdentityStep>()).collect::<Result<Vec<_>, _>>().map_err(AppError::from)?;
    state.app.check_request_identity(Handler::Staff(&p), id, &steps).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtendRequest {
    /// 1 or 2 more months.
    pub months: i8,
    /// Mailed to the requester with the new date.
    pub reason: String,
}

/// Extends the deadline (once, before the first deadline) and mails the reason to the requester.
#[utoipa::path(post, path = "/requests/{id}/extend", tag = "data subjects", request_body = ExtendRequest,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn extend(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<ExtendRequest>,
) -> Result<StatusCode, ApiError> {
    state.app.extend_request(Handler::Staff(&p), id, body.months, &body.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefuseRequest {
    pub reason: String,
}

/// Closes a request as refused (Art. 12(5), or identity not established), with the reason.
#[utoipa::path(post, path = "/requests/{id}/refuse", tag = "data subjects", request_body = RefuseRequest,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn refuse(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<RefuseRequest>,
) -> Result<StatusCode, ApiError> {
    state.app.refuse_request(Handler::Staff(&p), id, &body.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct CompleteRequest {
    /// The decision an erasure is made under (a public authority's default is to restrict and review).
    pub decision: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CompletedBody {
    /// done.
    pub status: String,
    /// For an erasure request: what went.
    pub erased: Option<ErasureBody>,
    /// For a restriction request: the hold that keeps the data and stops its processing.
    pub restriction_hold: Option<i64>,
}

/// Completes a request whose identity is checked. An access or portability request answers
/// with the export zip; the others with what was done.
#[utoipa::path(post, path = "/requests/{id}/complete", tag = "data subjects", request_body = CompleteRequest,
    responses((status = 200, description = "The export zip (access, portability) or a JSON body (CompletedBody)",
        content_type = "application/zip"),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn complete(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<CompleteRequest>,
) -> Result<Response, ApiError> {
    let done = |erased, restriction_hold| CompletedBody { status: "done".into(), erased, restriction_hold };
    Ok(match state.app.complete_request(Handler::Staff(&p), id, body.decision.as_deref()).await? {
        Completion::Export(zip) => crate::download::attachment(&format!("registerutdrag-{id}.zip"), zip),
        Completion::Erased(r) => Json(done(Some(ErasureBody::from(r)), None)).into_response(),
        Completion::Restricted(hold) => Json(done(None, Some(hold))).into_response(),
        Completion::Recorded => Json(done(None, None)).into_response(),
    })
}
