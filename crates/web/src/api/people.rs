//! Person search over JSON (data-subject requests).

use super::dto::ErrorBody;
use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCaller, JsonInput};
use app::AppError;
use app::people::Person;
use app::requests::Handler;
use axum::Json;
use axum::extract::State;
use domain::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchRequest {
    /// An e-mail address, phone number, personnummer (any written form), name or widget visitor id.
    pub identifier: String,
    /// email, phone, personnummer, name or visitor; guessed from the identifier when left out.
    pub kind: Option<String>,
    /// access_request, erasure_request, rectification, restriction, objection, portability,
    /// complaint or legal_claim (recorded in the audit log).
    pub purpose: String,
}

#[derive(Serialize, ToSchema)]
pub struct MatchBody {
    /// The table the row is in (every table of the privacy registry can match).
    pub table: String,
    /// The column that matched: why this row is listed.
    pub column: String,
    pub id: i64,
    /// What the row belongs to: conversation, case, forum_post, contact, queued_mail,
    /// legal_hold, request or guide_feedback (what export and erasure reach).
    pub item: String,
    pub item_id: i64,
    pub at: String,
}

#[derive(Serialize, ToSchema)]
pub struct CandidateBody {
    pub table: String,
    pub id: i64,
    pub item: String,
    pub item_id: i64,
    pub name: Option<String>,
    pub email: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SearchBody {
    /// The kind of identifier searched for.
    pub kind: String,
    pub matches: Vec<MatchBody>,
    /// When the identifier may name several people: choose one and search again by e-mail.
    pub candidates: Vec<CandidateBody>,
}

/// Finds every piece of a person's data across chat, forum and e-mail (admin or DPO; audited
/// with its purpose, never with the identifier). An unknown person gives empty lists.
#[utoipa::path(post, path = "/people/search", tag = "data subjects", request_body = SearchRequest,
    responses((status = 200, body = SearchBody), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn search(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<SearchRequest>,
) -> Result<Json<SearchBody>, ApiError> {
    let kind = body.kind.as_deref().map(str::parse).transpose().map_err(AppError::from)?;
    let purpose = body.purpose.parse().map_err(AppError::from)?;
    let found = state.app.find_person(Handler::Staff(&p), kind, &body.identifier, purpose).await?;
    Ok(Json(SearchBody {
        kind: found.kind.map(|k| k.as_str().to_owned()).unwrap_or_default(),
        matches: found
            .matches
            .into_iter()
            .map(|m| MatchBody {
                table: m.table.to_owned(),
                column: m.column.to_owned(),
                id: m.id,
                item: m.item.as_str().to_owned(),
                item_id: m.item_id,
                at: Timestamp(m.at).rfc3339(),
            })
            .collect(),
        candidates: found
            .candidates
            .into_iter()
            .map(|c| CandidateBody {
                table: c.table.to_owned(),
                id: c.id,
                item: c.item.as_str().to_owned(),
                item_id: c.item_id,
                name: c.name,
                email: c.email,
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EraseRequest {
    /// Name the person by exactly one of `email`, `phone` or `personnummer` (any written form).
    pub email: Option<String>,
    pub phone: Option<String>,
    pub personnummer: Option<String>,
    /// The decision erased under (required for a public authority, whose default is to
    /// restrict and review).
    pub decision: Option<String>,
    /// Count only; remove nothing.
    #[serde(default)]
    pub dry_run: bool,
}

/// Items erased (or, in a dry run, to be erased), per kind.
#[derive(Serialize, ToSchema)]
pub struct ErasureBody {
    pub dry_run: bool,
    pub conversations: usize,
    pub cases: usize,
    /// Forum questions (each with its answers) and answers.
    pub forum_posts: usize,
    pub queued_mail: usize,
    pub contacts: usize,
    /// Released holds on the person (an active one refuses the erasure).
    pub legal_holds: usize,
    /// Requests in the register: the row stays as proof, the address goes.
    pub requests: usize,
    pub guide_comments: usize,
}

impl From<app::people::ErasureReport> for ErasureBody {
    fn from(r: app::people::ErasureReport) -> Self {
        use app::people::Item;
        Self {
            dry_run: r.dry_run,
            conversations: r.count(Item::Conversation),
            cases: r.count(Item::Case),
            forum_posts: r.count(Item::ForumPost),
            queued_mail: r.count(Item::QueuedMail),
            contacts: r.count(Item::Contact),
            legal_holds: r.count(Item::LegalHold),
            requests: r.count(Item::Request),
            guide_comments: r.count(Item::GuideFeedback),
        }
    }
}

/// Erases everything about the person (admin or DPO). A number reaches every item that
/// mentions it and everything under the one e-mail address those items were written under.
/// 409 `held` with the hold named while a legal hold covers any of it; 409 `ambiguous` when
/// the number was written under several e-mail addresses.
#[utoipa::path(post, path = "/people/erase", tag = "data subjects", request_body = EraseRequest,
    responses((status = 200, body = ErasureBody), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn erase(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<EraseRequest>,
) -> Result<Json<ErasureBody>, ApiError> {
    let person = Person::one_of(body.email.as_deref(), body.phone.as_deref(), body.personnummer.as_deref())?;
    let r = state.app.erase_person(Handler::Staff(&p), &person, body.decision.as_deref(), body.dry_run).await?;
    Ok(Json(ErasureBody::from(r)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportRequest {
    /// Name the person by exactly one of `email`, `phone` or `personnummer` (any written form).
    pub email: Option<String>,
    pub phone: Option<String>,
    pub personnummer: Option<String>,
}

/// Everything about the person as a zip (access request, admin or
/// DPO): export.json, index.html, the person's files and the Art. 15 information.
#[utoipa::path(post, path = "/people/export", tag = "data subjects", request_body = ExportRequest,
    responses((status = 200, description = "The zip (a download)", content_type = "application/octet-stream"),
        (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<ExportRequest>,
) -> Result<axum::response::Response, ApiError> {
    let person = Person::one_of(body.email.as_deref(), body.phone.as_deref(), body.personnummer.as_deref())?;
    let export = state.app.export_person(Handler::Staff(&p), &person).await?;
    Ok(crate::download::attachment("registerutdrag.zip", export.zip))
}

/// The record of processing activities (Art. 30) generated from the live configuration
/// (DPO or admin).
#[utoipa::path(get, path = "/record", tag = "data subjects",
    responses((status = 200, description = "The record", content_type = "application/json"), (status = 403, body = ErrorBody)))]
pub async fn record(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
) -> Result<Json<serde_json::Value>, ApiError> {
    Ok(Json(state.app.processing_record(&p).await?))
}
