//! The knowledge base over JSON: guides (drafts, revisions, publishing), topics, images,
//! reader statistics, and suggestions for the text an agent is answering.

use super::dto::{Created, ErrorBody};
use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCaller, JsonInput};
use app::AppError;
use app::guides::{GuideInput, GuideRow};
use app::sensitive::Confirmed;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use domain::Timestamp;
use domain::guides::{GuideStatus, Visibility};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct GuideBody {
    pub id: i64,
    pub category_id: Option<i64>,
    /// The address on the help pages: /help/{org}/guides/{slug}.
    pub slug: String,
    pub title: String,
    /// Markdown.
    pub body: String,
    /// public or internal.
    pub visibility: String,
    /// draft or published.
    pub status: String,
    pub revision: i64,
    pub updated_at: String,
    pub helpful: i64,
    pub not_helpful: i64,
}

impl From<GuideRow> for GuideBody {
    fn from(g: GuideRow) -> Self {
        Self {
            id: g.id,
            category_id: g.category_id,
            slug: g.slug,
            title: g.title,
            body: g.body,
            visibility: g.visibility,
            status: g.status,
            revision: g.revision,
            updated_at: Timestamp(g.updated_at).rfc3339(),
            helpful: g.helpful,
            not_helpful: g.not_helpful,
        }
    }
}

/// Every guide, drafts too (staff who work the inbox).
#[utoipa::path(get, path = "/guides", tag = "knowledge base",
    responses((status = 200, body = Vec<GuideBody>), (status = 403, body = ErrorBody)))]
pub async fn list(State(state): State<AppState>, ApiCaller(p): ApiCaller) -> Result<Json<Vec<GuideBody>>, ApiError> {
    Ok(Json(state.app.all_guides(&p).await?.into_iter().map(GuideBody::from).collect()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GuideRequest {
    pub title: String,
    /// Markdown; images only from /help/{org}/images/{id}.
    pub body: String,
    pub category_id: Option<i64>,
    /// public or internal.
    pub visibility: String,
    /// A person has confirmed storing the personal identifiers the guide holds (after a
    /// 422 `sensitive_unconfirmed` named their kinds). A guide is asked about identifiers
    /// it did not hold before, never about Art. 9/10 words.
    pub confirm_sensitive: Option<bool>,
}

impl GuideRequest {
    fn input(&self) -> Result<GuideInput<'_>, AppError> {
        Ok(GuideInput {
            category: self.category_id,
            title: &self.title,
            body: &self.body,
            visibility: self.visibility.parse::<Visibility>()?,
        })
    }

    fn confirmed(&self) -> Confirmed {
        Confirmed(self.confirm_sensitive == Some(true))
    }
}

/// Creates a draft. Personal identifiers in it need `confirm_sensitive`.
#[utoipa::path(post, path = "/guides", tag = "knowledge base", request_body = GuideRequest,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, description = "`sensitive_unconfirmed` (with `kinds`)", body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<GuideRequest>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let id = state.app.create_guide(&p, &body.input()?, body.confirmed()).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

#[derive(Serialize, ToSchema)]
pub struct RevisionBody {
    pub revision: i64,
    pub title: String,
    pub body: String,
    pub at: String,
}

#[derive(Serialize, ToSchema)]
pub struct GuideDetail {
    pub guide: GuideBody,
    /// Every saved version, newest first.
    pub revisions: Vec<RevisionBody>,
    /// Readers' comments (identifiers masked), newest first.
    pub comments: Vec<String>,
}

/// A guide with its history and readers' comments.
#[utoipa::path(get, path = "/guides/{id}", tag = "knowledge base",
    responses((status = 200, body = GuideDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<GuideDetail>, ApiError> {
    let (guide, revisions, stats) = state.app.staff_guide(&p, id).await?;
    Ok(Json(GuideDetail {
        guide: guide.into(),
        revisions: revisions
            .into_iter()
            .map(|r| RevisionBody {
                revision: r.revision,
                title: r.title,
                body: r.body,
                at: Timestamp(r.created_at).rfc3339(),
            })
            .collect(),
        comments: stats.comments.into_iter().filter_map(|c| c.comment).collect(),
    }))
}

/// Saves a new version (a published guide's search entry follows at once). Personal
/// identifiers the guide did not hold before need `confirm_sensitive`.
#[utoipa::path(put, path = "/guides/{id}", tag = "knowledge base", request_body = GuideRequest,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, description = "`sensitive_unconfirmed` (with `kinds`)", body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<GuideRequest>,
) -> Result<StatusCode, ApiError> {
    state.app.update_guide(&p, id, &body.input()?, body.confirmed()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deletes a guide with its history.
#[utoipa::path(delete, path = "/guides/{id}", tag = "knowledge base",
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn delete(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    state.app.delete_guide(&p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusRequest {
    /// draft or published.
    pub status: String,
    /// A person has confirmed publishing the personal identifiers the guide holds.
    pub confirm_sensitive: Option<bool>,
}

/// Publishes or withdraws a guide. Publishing a public guide that holds personal
/// identifiers needs `confirm_sensitive`.
#[utoipa::path(put, path = "/guides/{id}/status", tag = "knowledge base", request_body = StatusRequest,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, description = "`sensitive_unconfirmed` (with `kinds`)", body = ErrorBody)))]
pub async fn set_status(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<StatusRequest>,
) -> Result<StatusCode, ApiError> {
    let status: GuideStatus = body.status.parse().map_err(AppError::from)?;
    state.app.set_guide_status(&p, id, status, Confirmed(body.confirm_sensitive == Some(true))).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoryRequest {
    pub name: String,
}

/// Adds a topic (admin).
#[utoipa::path(post, path = "/guides/categories", tag = "knowledge base", request_body = CategoryRequest,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn create_category(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<CategoryRequest>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let id = state.app.create_kb_category(&p, &body.name).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

/// Uploads a PNG or JPEG (the request body itself, at most 5 MB); it is decoded and
/// stored anew as PNG without metadata. Use it in a guide as `![text](/help/{org}/images/{id})`.
#[utoipa::path(post, path = "/guides/images", tag = "knowledge base",
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn upload_image(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let id = state.app.upload_guide_image(&p, &body).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SuggestRequest {
    /// The text being answered (a conversation or a case); not stored.
    pub text: String,
}

/// Published guides, internal ones too, that match a text: for the agent answering it.
#[utoipa::path(post, path = "/guides/suggestions", tag = "knowledge base", request_body = SuggestRequest,
    responses((status = 200, body = Vec<GuideBody>), (status = 403, body = ErrorBody)))]
pub async fn suggestions(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<SuggestRequest>,
) -> Result<Json<Vec<GuideBody>>, ApiError> {
    Ok(Json(state.app.suggest_guides(&p, &body.text).await?.into_iter().map(GuideBody::from).collect()))
}
