//! The forum over JSON: public reading under `/public/forum/{org}` (no token),
//! moderation and settings for staff under `/forum`.

use super::dto::{Created, ErrorBody, MaskRequest, MaskedBody};
use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCaller, JsonInput};
use crate::markdown;
use app::AppError;
use app::forum::{CategoryRow, PostRow};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use domain::forum::{ModerationAction, QuestionSort};
use domain::{CategoryId, PostId, Timestamp};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct CategoryBody {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    /// Published questions in the category.
    pub question_count: i64,
}

impl From<CategoryRow> for CategoryBody {
    fn from(c: CategoryRow) -> Self {
        Self { id: c.id, slug: c.slug, name: c.name, description: c.description, question_count: c.question_count }
    }
}

/// A post as the public sees it: the display name and the text, nothing else about the author.
#[derive(Serialize, ToSchema)]
pub struct PublicPost {
    pub id: i64,
    /// Questions only.
    pub title: Option<String>,
    /// Questions only.
    pub category_id: Option<i64>,
    /// The author's Markdown.
    pub body: String,
    /// The Markdown rendered and sanitised.
    pub body_html: String,
    pub author_name: String,
    /// Written by staff on behalf of the organisation.
    pub official: bool,
    pub accepted: bool,
    pub helpful_count: i64,
    /// Published answers (questions only).
    pub answer_count: i64,
    pub created_at: String,
    pub last_activity_at: String,
    pub edited: bool,
}

fn public_post(post: &PostRow, accepted: Option<i64>) -> PublicPost {
    PublicPost {
        id: post.id,
        title: post.title.clone(),
        category_id: post.category_id,
        body: post.body.clone(),
        body_html: markdown::render(&post.body),
        author_name: post.author_name.clone(),
        official: post.official,
        accepted: accepted == Some(post.id),
        helpful_count: post.helpful_count,
        answer_count: post.answer_count,
        created_at: Timestamp(post.created_at).rfc3339(),
        last_activity_at: Timestamp(post.last_activity_at).rfc3339(),
        edited: post.edited_at.is_some(),
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// A category slug.
    pub category: Option<String>,
    /// `latest` (default), `helpful` or `unanswered`.
    pub sort: Option<String>,
    /// From 1 (default).
    pub page: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct QuestionList {
    pub questions: Vec<PublicPost>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

#[derive(Serialize, ToSchema)]
pub struct ThreadBody {
    pub question: PublicPost,
    /// Accepted answer first, then official answers, then oldest first.
    pub answers: Vec<PublicPost>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words to find; inflected forms match (Swedish or English stemming by the organisation's language).
    pub q: String,
    pub page: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct SearchHitBody {
    pub question: PublicPost,
    /// Plain text around the first match.
    pub excerpt: String,
}

#[derive(Serialize, ToSchema)]
pub struct SearchBody {
    pub hits: Vec<SearchHitBody>,
    pub page: i64,
    pub has_more: bool,
}

/// The forum's categories.
#[utoipa::path(get, path = "/public/forum/{org}/categories", tag = "forum", security(()),
    params(("org" = String, Path, description = "Organisation slug")),
    responses((status = 200, body = [CategoryBody]), (status = 404, body = ErrorBody)))]
pub async fn categories(
    State(state): State<AppState>,
    Path(org): Path<String>,
) -> Result<Json<Vec<CategoryBody>>, ApiError> {
    let (_, categories) = state.app.forum_categories(&org).await?;
    Ok(Json(categories.into_iter().map(CategoryBody::from).collect()))
}

/// Published questions, 20 per page.
#[utoipa::path(get, path = "/public/forum/{org}/questions", tag = "forum", security(()),
    params(("org" = String, Path, description = "Organisation slug"), ListParams),
    responses((status = 200, body = QuestionList), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn questions(
    State(state): State<AppState>,
    Path(org): Path<String>,
    Query(params): Query<ListParams>,
) -> Result<Json<QuestionList>, ApiError> {
    let sort = match params.sort.as_deref() {
        None => QuestionSort::Latest,
        Some(s) => s.parse().map_err(AppError::from)?,
    };
    let page = state.app.forum_questions(&org, params.category.as_deref(), sort, params.page.unwrap_or(1)).await?;
    Ok(Json(QuestionList {
        questions: page.questions.iter().map(|q| public_post(q, None)).collect(),
        total: page.total,
        page: page.page,
        pages: page.pages,
    }))
}

/// A published question with its published answers.
#[utoipa::path(get, path = "/public/forum/{org}/questions/{id}", tag = "forum", security(()),
    params(("org" = String, Path, description = "Organisation slug"), ("id" = i64, Path, description = "Question id")),
    responses((status = 200, body = ThreadBody), (status = 404, body = ErrorBody)))]
pub async fn question(
    State(state): State<AppState>,
    Path((org, id)): Path<(String, i64)>,
) -> Result<Json<ThreadBody>, ApiError> {
    let thread = state.app.forum_thread(&org, PostId(id)).await?;
    let accepted = thread.question.accepted_answer_id;
    Ok(Json(ThreadBody {
        question: public_post(&thread.question, None),
        answers: thread.answers.iter().map(|a| public_post(a, accepted)).collect(),
    }))
}

/// Full-text search over published questions and their answers, best match first.
#[utoipa::path(get, path = "/public/forum/{org}/search", tag = "forum", security(()),
    params(("org" = String, Path, description = "Organisation slug"), SearchParams),
    responses((status = 200, body = SearchBody), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn search(
    State(state): State<AppState>,
    Path(org): Path<String>,
    Query(params): Query<SearchParams>,
) -> Result<Json<SearchBody>, ApiError> {
    let results = state.app.forum_search(&org, &params.q, params.page.unwrap_or(1)).await?;
    let hits = results
        .hits
        .iter()
        .map(|hit| {
            let text = markdown::plain_text(&hit.matched_text);
            let excerpt = domain::search::excerpt(&text, &results.terms, results.org.language, 220);
            SearchHitBody {
                question: public_post(&hit.question, None),
                excerpt: excerpt.into_iter().map(|p| p.text).collect(),
            }
        })
        .collect();
    Ok(Json(SearchBody { hits, page: results.page, has_more: results.has_more }))
}

// ---- Staff ----

/// A post as staff see it.
#[derive(Serialize, ToSchema)]
pub struct StaffPost {
    #[serde(flatten)]
    pub post: PublicPost,
    /// The question, for answers.
    pub question_id: Option<i64>,
    /// pending, published, hidden or archived.
    pub status: String,
    /// Why it waits: pre_moderation, blocked_word or personal_data.
    pub hold: Option<String>,
    /// Sensitive-data findings (kinds and spans).
    #[schema(value_type = Object)]
    pub findings: serde_json::Value,
    pub open_reports: i64,
    /// The privacy-notice version the author was shown.
    pub notice_version: Option<i64>,
}

fn staff_post(post: &PostRow) -> StaffPost {
    StaffPost {
        post: public_post(post, None),
        question_id: post.question_id,
        status: post.status.clone(),
        hold: post.hold_code.clone(),
        findings: serde_json::from_str(&post.findings).unwrap_or_default(),
        open_reports: post.open_report_count,
        notice_version: post.notice_version,
    }
}

#[derive(Serialize, ToSchema)]
pub struct ReportCount {
    /// spam, offensive, personal_data or other.
    pub reason: String,
    pub count: i64,
}

#[derive(Serialize, ToSchema)]
pub struct ModerationItem {
    pub post: StaffPost,
    pub reports: Vec<ReportCount>,
}

/// Posts waiting for review or reported by visitors.
#[utoipa::path(get, path = "/forum/moderation", tag = "forum",
    responses((status = 200, body = [ModerationItem]), (status = 403, body = ErrorBody)))]
pub async fn moderation_queue(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
) -> Result<Json<Vec<ModerationItem>>, ApiError> {
    let items = state.app.moderation_queue(&p).await?;
    Ok(Json(
        items
            .iter()
            .map(|i| ModerationItem {
                post: staff_post(&i.post),
                reports: i
                    .reports
                    .iter()
                    .map(|(reason, count)| ReportCount { reason: reason.clone(), count: *count })
                    .collect(),
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct StaffThreadBody {
    pub question: StaffPost,
    pub answers: Vec<StaffPost>,
    pub accepted_answer_id: Option<i64>,
}

/// A question with every answer, in any status.
#[utoipa::path(get, path = "/forum/questions/{id}", tag = "forum",
    params(("id" = i64, Path, description = "Question id")),
    responses((status = 200, body = StaffThreadBody), (status = 404, body = ErrorBody)))]
pub async fn staff_question(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<StaffThreadBody>, ApiError> {
    let thread = state.app.staff_thread(&p, PostId(id)).await?;
    Ok(Json(StaffThreadBody {
        question: staff_post(&thread.question),
        answers: thread.answers.iter().map(staff_post).collect(),
        accepted_answer_id: thread.question.accepted_answer_id,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ModerateRequest {
    /// publish, hide, archive or delete.
    pub action: String,
}

/// Publishes, hides, archives or deletes a post; its open reports count as handled.
#[utoipa::path(post, path = "/forum/posts/{id}/moderation", tag = "forum", request_body = ModerateRequest,
    params(("id" = i64, Path, description = "Post id")),
    responses((status = 204), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn moderate(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<ModerateRequest>,
) -> Result<StatusCode, ApiError> {
    let action: ModerationAction = body.action.parse().map_err(AppError::from)?;
    state.app.moderate_post(&p, PostId(id), action).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EditRequest {
    /// Questions only.
    pub title: Option<String>,
    pub body: Option<String>,
    /// Move a question to this category.
    pub category_id: Option<i64>,
}

/// Corrects a post's text or moves a question.
#[utoipa::path(patch, path = "/forum/posts/{id}", tag = "forum", request_body = EditRequest,
    params(("id" = i64, Path, description = "Post id")),
    responses((status = 204), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn edit(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<EditRequest>,
) -> Result<StatusCode, ApiError> {
    if let Some(text) = &body.body {
        state.app.staff_edit_post(&p, PostId(id), body.title.as_deref(), text).await?;
    } else if body.title.is_some() {
        return Err(AppError::from(domain::Invalid::new("body", domain::InvalidReason::Empty)).into());
    }
    if let Some(category) = body.category_id {
        state.app.staff_move_question(&p, PostId(id), CategoryId(category)).await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerRequest {
    /// Markdown.
    pub body: String,
    /// A person has confirmed publishing the sensitive data the text holds.
    pub confirm_sensitive: Option<bool>,
}

/// An official answer from the organisation, published at once. Text holding personal
/// identifiers or Art. 9/10 data is refused with 422 `sensitive_unconfirmed` and the
/// kinds found, unless `confirm_sensitive` is true.
#[utoipa::path(post, path = "/forum/questions/{id}/answers", tag = "forum", request_body = AnswerRequest,
    params(("id" = i64, Path, description = "Question id")),
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, description = "`sensitive_unconfirmed` (with `kinds`)", body = ErrorBody)))]
pub async fn answer(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<AnswerRequest>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let confirmed = app::sensitive::Confirmed(body.confirm_sensitive == Some(true));
    let answer = state.app.staff_answer(&p, PostId(id), &body.body, confirmed).await?;
    Ok((StatusCode::CREATED, Json(Created { id: answer.0 })))
}

/// Masks sensitive data in a post: one finding (by its span in the post's `findings`:
/// for a question, of its title and text joined by a newline) or all, each replaced by
/// its kind. The search index follows at once. Audited with the kinds, never the values.
#[utoipa::path(post, path = "/forum/posts/{id}/mask", tag = "forum", request_body = MaskRequest,
    params(("id" = i64, Path, description = "Post id")),
    responses((status = 200, body = MaskedBody), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`finding_changed`", body = ErrorBody),
        (status = 422, description = "`nothing_to_mask`", body = ErrorBody)))]
pub async fn mask(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<MaskRequest>,
) -> Result<Json<MaskedBody>, ApiError> {
    Ok(Json(state.app.mask_forum_post(&p, PostId(id), body.mask()?).await?.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptRequest {
    /// A published answer to this question, or null to clear.
    pub answer_id: Option<i64>,
}

/// Sets (or clears) the accepted answer.
#[utoipa::path(put, path = "/forum/questions/{id}/accepted", tag = "forum", request_body = AcceptRequest,
    params(("id" = i64, Path, description = "Question id")),
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn accept(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<AcceptRequest>,
) -> Result<StatusCode, ApiError> {
    state.app.accept_answer(&p, PostId(id), body.answer_id.map(PostId)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Marks a post's open reports as handled without changing the post.
#[utoipa::path(post, path = "/forum/posts/{id}/reports/dismiss", tag = "forum",
    params(("id" = i64, Path, description = "Post id")),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn dismiss_reports(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    state.app.dismiss_reports(&p, PostId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingsBody {
    /// `pre` (review before publishing) or `post`.
    pub moderation: String,
    /// Words or phrases that hold a post for review.
    pub blocked_words: Vec<String>,
}

/// The forum's moderation settings (admin).
#[utoipa::path(get, path = "/forum/settings", tag = "forum",
    responses((status = 200, body = SettingsBody), (status = 403, body = ErrorBody)))]
pub async fn settings(State(state): State<AppState>, ApiCaller(p): ApiCaller) -> Result<Json<SettingsBody>, ApiError> {
    let admin = state.app.forum_admin(&p).await?;
    Ok(Json(SettingsBody {
        moderation: admin.settings.moderation.as_str().into(),
        blocked_words: admin.settings.blocked_words,
    }))
}

/// Replaces the forum's moderation settings (admin).
#[utoipa::path(put, path = "/forum/settings", tag = "forum", request_body = SettingsBody,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn save_settings(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<SettingsBody>,
) -> Result<StatusCode, ApiError> {
    state.app.save_forum_settings(&p, &body.moderation, &body.blocked_words.join("\n")).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoryRequest {
    pub name: String,
    #[serde(default)]
    pub description: String,
}

/// Creates a category (admin); its slug comes from the name.
#[utoipa::path(post, path = "/forum/categories", tag = "forum", request_body = CategoryRequest,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn create_category(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<CategoryRequest>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let id = state.app.create_category(&p, &body.name, &body.description).await?;
    Ok((StatusCode::CREATED, Json(Created { id: id.0 })))
}
