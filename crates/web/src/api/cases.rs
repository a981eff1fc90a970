//! Inboxes and e-mail cases over JSON.

use super::dto::{Created, ErrorBody, MaskRequest, MaskedBody};
use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCaller, JsonInput};
use app::AppError;
use app::cases::{CaseRow, InboxRow};
use app::sensitive::Confirmed;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use domain::cases::CaseStatus;
use domain::{CaseId, GroupId, Timestamp, UserId};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct InboxBody {
    pub id: i64,
    pub address: String,
    pub name: String,
    pub signature: String,
    /// A new case gets an automatic acknowledgement with its number and the privacy notice.
    pub auto_reply: bool,
}

impl From<InboxRow> for InboxBody {
    fn from(i: InboxRow) -> Self {
        Self { id: i.id, address: i.address, name: i.name, signature: i.signature, auto_reply: i.auto_reply }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InboxRequest {
    pub address: String,
    /// Shown to staff and used as the sender name of replies [default: the address].
    pub name: Option<String>,
}

/// The organisation's mail inboxes.
#[utoipa::path(get, path = "/inboxes", tag = "cases", responses((status = 200, body = [InboxBody]), (status = 403, body = ErrorBody)))]
pub async fn list_inboxes(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
) -> Result<Json<Vec<InboxBody>>, ApiError> {
    Ok(Json(state.app.inboxes(&p).await?.into_iter().map(InboxBody::from).collect()))
}

/// Adds an inbox (admin): mail to the address becomes cases.
#[utoipa::path(post, path = "/inboxes", tag = "cases", request_body = InboxRequest,
    responses((status = 201, body = InboxBody), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn create_inbox(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<InboxRequest>,
) -> Result<(StatusCode, Json<InboxBody>), ApiError> {
    let name = body.name.clone().unwrap_or_else(|| body.address.clone());
    let id = state.app.create_inbox(&p, &body.address, &name).await?;
    let inbox = state.app.inboxes(&p).await?.into_iter().find(|i| i.id == id.0).ok_or(AppError::NotFound)?;
    Ok((StatusCode::CREATED, Json(inbox.into())))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InboxUpdate {
    pub name: Option<String>,
    /// Added under every reply.
    pub signature: Option<String>,
    pub auto_reply: Option<bool>,
}

/// Changes an inbox's settings (admin).
#[utoipa::path(patch, path = "/inboxes/{id}", tag = "cases", request_body = InboxUpdate,
    params(("id" = i64, Path, description = "Inbox id")),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn update_inbox(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<InboxUpdate>,
) -> Result<StatusCode, ApiError> {
    let current = state.app.inboxes(&p).await?.into_iter().find(|i| i.id == id).ok_or(AppError::NotFound)?;
    let settings = app::cases::InboxSettings {
        name: body.name.unwrap_or(current.name),
        signature: body.signature.unwrap_or(current.signature),
        auto_reply: body.auto_reply.unwrap_or(current.auto_reply),
    };
    state.app.update_inbox(&p, domain::InboxId(id), &settings).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct CaseBody {
    pub id: i64,
    pub number: i64,
    pub inbox_id: i64,
    pub subject: String,
    /// new, open, waiting or closed.
    pub status: String,
    pub assignee_id: Option<i64>,
    /// The agent group the case is routed to.
    pub group_id: Option<i64>,
    pub customer_email: Option<String>,
    pub customer_name: Option<String>,
    pub created_at: String,
    pub last_message_at: String,
}

impl From<CaseRow> for CaseBody {
    fn from(c: CaseRow) -> Self {
        Self {
            id: c.id,
            number: c.number,
            inbox_id: c.inbox_id,
            subject: c.subject,
            status: c.status,
            assignee_id: c.assignee_id,
            group_id: c.group_id,
            customer_email: c.customer_email,
            customer_name: c.customer_name,
            created_at: Timestamp(c.created_at).rfc3339(),
            last_message_at: Timestamp(c.last_message_at).rfc3339(),
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CaseQuery {
    /// new, open, waiting or closed.
    pub status: Option<String>,
    /// A staff member's id, or `me`.
    pub assignee: Option<String>,
    pub inbox: Option<i64>,
    pub tag: Option<String>,
    /// A group's id, or `mine` (the caller's groups).
    pub group: Option<String>,
}

/// Cases, most recent activity first.
#[utoipa::path(get, path = "/cases", tag = "cases", params(CaseQuery),
    responses((status = 200, body = [CaseBody]), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list_cases(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Query(q): Query<CaseQuery>,
) -> Result<Json<Vec<CaseBody>>, ApiError> {
    let status = q.status.as_deref().map(str::parse::<CaseStatus>).transpose().map_err(AppError::from)?;
    let assignee = match q.assignee.as_deref() {
        None => None,
        Some("me") => Some(p.user.id),
        Some(id) => Some(UserId(
            id.parse()
                .map_err(|_| AppError::from(domain::Invalid::new("assignee", domain::InvalidReason::BadFormat)))?,
        )),
    };
    let (group, groups_of) = match q.group.as_deref().map(str::trim) {
        None | Some("") => (None, None),
        Some("mine") => (None, Some(p.user.id)),
        Some(id) => (
            Some(GroupId(
                id.parse()
                    .map_err(|_| AppError::from(domain::Invalid::new("group", domain::InvalidReason::BadFormat)))?,
            )),
            None,
        ),
    };
    let filter = app::cases::CaseFilter {
        status,
        assignee,
        inbox: q.inbox.map(domain::InboxId),
        tag: q.tag.map(|t| t.trim().to_lowercase()),
        group,
        groups_of,
    };
    Ok(Json(state.app.case_list(&p, &filter).await?.into_iter().map(CaseBody::from).collect()))
}

#[derive(Serialize, ToSchema)]
pub struct CaseMessageBody {
    pub id: i64,
    /// in (from the customer), out (a reply) or note (internal).
    pub direction: String,
    pub from_address: Option<String>,
    pub from_name: Option<String>,
    /// As the sender wrote it: not verified.
    pub reply_to: Option<String>,
    pub subject: String,
    pub text: String,
    /// Sensitive-data findings: kind, category and byte span in the subject and text
    /// joined by a newline (`subject + "\n" + text`); the spans a mask request names.
    #[schema(value_type = Object)]
    pub findings: serde_json::Value,
    pub automatic: bool,
    pub created_at: String,
    pub attachments: Vec<AttachmentBody>,
}

#[derive(Serialize, ToSchema)]
pub struct AttachmentBody {
    pub id: i64,
    pub file_name: String,
    pub size_bytes: i64,
    /// Download (signed-in staff): `/cases/attachments/{id}`.
    pub download: String,
}

#[derive(Serialize, ToSchema)]
pub struct CaseDetail {
    #[serde(flatten)]
    pub case: CaseBody,
    pub tags: Vec<String>,
    pub messages: Vec<CaseMessageBody>,
}

/// A case with its thread (the viewing is audited).
#[utoipa::path(get, path = "/cases/{id}", tag = "cases", params(("id" = i64, Path, description = "Case id")),
    responses((status = 200, body = CaseDetail), (status = 404, body = ErrorBody)))]
pub async fn get_case(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<CaseDetail>, ApiError> {
    let view = state.app.case_view(&p, CaseId(id)).await?;
    let messages = view
        .messages
        .into_iter()
        .map(|m| CaseMessageBody {
            attachments: view
                .attachments
                .iter()
                .filter(|a| a.case_message_id == m.id)
                .map(|a| AttachmentBody {
                    id: a.id,
                    file_name: a.file_name.clone(),
                    size_bytes: a.size_bytes,
                    download: format!("/cases/attachments/{}", a.id),
                })
                .collect(),
            id: m.id,
            direction: m.direction,
            from_address: m.from_address,
            from_name: m.from_name,
            reply_to: m.reply_to,
            subject: m.subject,
            text: m.body_text,
            findings: serde_json::from_str(&m.findings).unwrap_or_default(),
            automatic: m.automatic,
            created_at: Timestamp(m.created_at).rfc3339(),
        })
        .collect();
    Ok(Json(CaseDetail { case: view.case.into(), tags: view.tags, messages }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyRequest {
    pub body: String,
    /// The case's status afterwards: `waiting` (default) or `closed`.
    pub status: Option<String>,
    /// A person has confirmed sending the sensitive data the text holds (after a 422
    /// `sensitive_unconfirmed` named its kinds).
    pub confirm_sensitive: Option<bool>,
}

/// Replies to the customer from the case's inbox (queued for the relay). Text holding
/// personal identifiers or Art. 9/10 data is refused with 422 `sensitive_unconfirmed`
/// and the kinds found, unless `confirm_sensitive` is true.
#[utoipa::path(post, path = "/cases/{id}/replies", tag = "cases", request_body = ReplyRequest,
    params(("id" = i64, Path, description = "Case id")),
    responses((status = 202), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "The customer's data is restricted", body = ErrorBody),
        (status = 422, description = "`sensitive_unconfirmed` (with `kinds`), or refused", body = ErrorBody)))]
pub async fn reply(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<ReplyRequest>,
) -> Result<StatusCode, ApiError> {
    let then = match body.status.as_deref() {
        None | Some("waiting") => CaseStatus::Waiting,
        Some("closed") => CaseStatus::Closed,
        Some(_) => return Err(AppError::from(domain::Invalid::new("status", domain::InvalidReason::Unknown)).into()),
    };
    let confirmed = Confirmed(body.confirm_sensitive == Some(true));
    state.app.reply_to_case(&p, CaseId(id), &body.body, then, confirmed).await?;
    Ok(StatusCode::ACCEPTED)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoteRequest {
    pub body: String,
    /// A person has confirmed storing the sensitive data the text holds.
    pub confirm_sensitive: Option<bool>,
}

/// Adds an internal note (never sent). Like replies, a note holding personal identifiers
/// or Art. 9/10 data needs `confirm_sensitive`.
#[utoipa::path(post, path = "/cases/{id}/notes", tag = "cases", request_body = NoteRequest,
    params(("id" = i64, Path, description = "Case id")),
    responses((status = 201), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, description = "`sensitive_unconfirmed` (with `kinds`)", body = ErrorBody)))]
pub async fn note(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<NoteRequest>,
) -> Result<StatusCode, ApiError> {
    state.app.add_case_note(&p, CaseId(id), &body.body, Confirmed(body.confirm_sensitive == Some(true))).await?;
    Ok(StatusCode::CREATED)
}

/// Masks sensitive data in a message or note of the case: one finding (by its span in
/// the message's `findings`) or all, each replaced by its kind (`[personnummer]`,
/// `[telefon]`, `[känslig uppgift]`, …) in the subject, text and received HTML. Audited
/// with the kinds, never the values.
#[utoipa::path(post, path = "/cases/{id}/messages/{message}/mask", tag = "cases", request_body = MaskRequest,
    params(("id" = i64, Path, description = "Case id"), ("message" = i64, Path, description = "Message id")),
    responses((status = 200, body = MaskedBody), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`finding_changed`: no finding at that span any more", body = ErrorBody),
        (status = 422, description = "`nothing_to_mask`", body = ErrorBody)))]
pub async fn mask_message(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path((id, message)): Path<(i64, i64)>,
    JsonInput(body): JsonInput<MaskRequest>,
) -> Result<Json<MaskedBody>, ApiError> {
    Ok(Json(state.app.mask_case_message(&p, CaseId(id), message, body.mask()?).await?.into()))
}

/// Masks sensitive data in the name of a file received with the case (spans of the
/// name as it is now).
#[utoipa::path(post, path = "/cases/{id}/attachments/{attachment}/mask", tag = "cases", request_body = MaskRequest,
    params(("id" = i64, Path, description = "Case id"), ("attachment" = i64, Path, description = "Attachment id")),
    responses((status = 200, body = MaskedBody), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn mask_attachment(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path((id, attachment)): Path<(i64, i64)>,
    JsonInput(body): JsonInput<MaskRequest>,
) -> Result<Json<MaskedBody>, ApiError> {
    Ok(Json(state.app.mask_case_attachment(&p, CaseId(id), attachment, body.mask()?).await?.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseUpdate {
    /// new, open, waiting or closed.
    pub status: Option<String>,
    /// A staff member's id; 0 for nobody.
    pub assignee_id: Option<i64>,
    /// An agent group's id; 0 for none.
    pub group_id: Option<i64>,
    /// Replaces the tags.
    pub tags: Option<Vec<String>>,
}

/// Changes a case's status or assignee.
#[utoipa::path(patch, path = "/cases/{id}", tag = "cases", request_body = CaseUpdate,
    params(("id" = i64, Path, description = "Case id")),
    responses((status = 204), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<CaseUpdate>,
) -> Result<StatusCode, ApiError> {
    if let Some(status) = &body.status {
        let status: CaseStatus = status.parse().map_err(AppError::from)?;
        state.app.set_case_status(&p, CaseId(id), status).await?;
    }
    if let Some(assignee) = body.assignee_id {
        state.app.assign_case(&p, CaseId(id), (assignee > 0).then_some(UserId(assignee))).await?;
    }
    if let Some(group) = body.group_id {
        state.app.route_case(&p, CaseId(id), (group > 0).then_some(GroupId(group))).await?;
    }
    if let Some(tags) = body.tags {
        state.app.set_case_tags(&p, CaseId(id), &tags.join(",")).await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct RuleBody {
    pub id: i64,
    /// recipient, subject or text.
    pub field: String,
    pub pattern: String,
    pub assignee_id: Option<i64>,
    pub group_id: Option<i64>,
    pub tag: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleRequest {
    /// recipient (To/Cc addresses), subject, or text (subject and text).
    pub field: String,
    /// Words that must all occur (inflections count); for recipient, part of an address.
    pub pattern: String,
    pub assignee_id: Option<i64>,
    /// Routes matching cases to this agent group.
    pub group_id: Option<i64>,
    pub tag: Option<String>,
}

/// An inbox's routing rules, in the order they are tried.
#[utoipa::path(get, path = "/inboxes/{id}/rules", tag = "cases", params(("id" = i64, Path, description = "Inbox id")),
    responses((status = 200, body = [RuleBody]), (status = 403, body = ErrorBody)))]
pub async fn list_rules(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<Vec<RuleBody>>, ApiError> {
    let rules = state.app.inbox_rules(&p, domain::InboxId(id)).await?;
    Ok(Json(
        rules
            .into_iter()
            .map(|r| RuleBody {
                id: r.id,
                field: r.match_field,
                pattern: r.pattern,
                assignee_id: r.assignee_id,
                group_id: r.group_id,
                tag: r.tag,
            })
            .collect(),
    ))
}

/// Adds a routing rule (admin): a new case whose mail matches is assigned, routed to a group and/or tagged.
#[utoipa::path(post, path = "/inboxes/{id}/rules", tag = "cases", request_body = RuleRequest,
    params(("id" = i64, Path, description = "Inbox id")),
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_rule(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<RuleRequest>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let rule = state
        .app
        .add_inbox_rule(
            &p,
            domain::InboxId(id),
            &body.field,
            &body.pattern,
            &app::cases::RuleAction {
                assignee: body.assignee_id.filter(|a| *a > 0).map(UserId),
                group: body.group_id.filter(|g| *g > 0).map(GroupId),
                tag: body.tag,
            },
        )
        .await?;
    Ok((StatusCode::CREATED, Json(Created { id: rule })))
}

/// Deletes a routing rule (admin).
#[utoipa::path(delete, path = "/inbox-rules/{id}", tag = "cases", params(("id" = i64, Path, description = "Rule id")),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn delete_rule(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    state.app.delete_inbox_rule(&p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct GroupBody {
    pub id: i64,
    pub name: String,
    /// Staff ids of the members.
    pub members: Vec<i64>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupRequest {
    pub name: String,
    /// Staff ids; when given, the group's members.
    pub members: Option<Vec<i64>>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupMembers {
    /// Staff ids; replaces the members.
    pub members: Vec<i64>,
}

/// Agent groups that routing rules send new cases to.
#[utoipa::path(get, path = "/groups", tag = "cases",
    responses((status = 200, body = [GroupBody]), (status = 403, body = ErrorBody)))]
pub async fn list_groups(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
) -> Result<Json<Vec<GroupBody>>, ApiError> {
    let mut out = Vec::new();
    for g in state.app.groups(&p).await? {
        let members = state.app.group_members(&p, GroupId(g.id)).await?.into_iter().map(|u| u.0).collect();
        out.push(GroupBody { id: g.id, name: g.name, members });
    }
    Ok(Json(out))
}

/// Creates an agent group (admin).
#[utoipa::path(post, path = "/groups", tag = "cases", request_body = GroupRequest,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn create_group(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<GroupRequest>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let members: Vec<UserId> = body.members.unwrap_or_default().into_iter().map(UserId).collect();
    let id = state.app.create_group(&p, &body.name, &members).await?;
    Ok((StatusCode::CREATED, Json(Created { id: id.0 })))
}

/// Replaces an agent group's members (admin).
#[utoipa::path(put, path = "/groups/{id}/members", tag = "cases", request_body = GroupMembers,
    params(("id" = i64, Path, description = "Group id")),
    responses((status = 204), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn set_group_members(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<GroupMembers>,
) -> Result<StatusCode, ApiError> {
    let members: Vec<UserId> = body.members.into_iter().map(UserId).collect();
    state.app.set_group_members(&p, GroupId(id), &members).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deletes an agent group (admin); its cases stay, without a group.
#[utoipa::path(delete, path = "/groups/{id}", tag = "cases", params(("id" = i64, Path, description = "Group id")),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn delete_group(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    state.app.delete_group(&p, GroupId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}
