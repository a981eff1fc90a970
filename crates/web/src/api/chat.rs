//! Chat flows, notices, agents and conversations.

use super::dto::{ErrorBody, MaskRequest, MaskedBody};
use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCaller, JsonInput};
use app::chat::{FlowSettings, MessageRow, NewFlow, default_flow_settings};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use domain::chat::OpeningHours;
use domain::{ConversationId, FlowId, UserId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct FlowBody {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub require_name: bool,
    pub require_email: bool,
    pub keep_email: bool,
    pub upload_allowed: bool,
    /// Largest file a visitor may send, in bytes.
    pub upload_max_bytes: i64,
    pub max_chats_per_agent: i64,
    pub welcome_sv: String,
    pub welcome_en: String,
    /// Seven entries (Monday first) of `[open, close)` minute pairs, and closed dates.
    #[schema(value_type = Object)]
    pub opening_hours: serde_json::Value,
}

impl From<app::chat::Flow> for FlowBody {
    fn from(f: app::chat::Flow) -> Self {
        let s = f.settings;
        Self {
            id: f.id.0,
            slug: f.slug,
            name: s.name,
            require_name: s.require_name,
            require_email: s.require_email,
            keep_email: s.keep_email,
            upload_allowed: s.upload_allowed,
            upload_max_bytes: s.upload_max_bytes,
            max_chats_per_agent: s.max_chats_per_agent,
            welcome_sv: s.welcome_sv,
            welcome_en: s.welcome_en,
            opening_hours: serde_json::to_value(&s.opening_hours).unwrap_or_default(),
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FlowRequest {
    /// Only when creating.
    pub slug: Option<String>,
    pub name: String,
    #[serde(default)]
    pub require_name: bool,
    #[serde(default)]
    pub require_email: bool,
    #[serde(default)]
    pub keep_email: bool,
    #[serde(default)]
    pub upload_allowed: bool,
    /// Largest file a visitor may send, in bytes (default 5 MiB, at most 50 MiB).
    pub upload_max_bytes: Option<i64>,
    pub max_chats_per_agent: Option<i64>,
    #[serde(default)]
    pub welcome_sv: String,
    #[serde(default)]
    pub welcome_en: String,
    #[schema(value_type = Option<Object>)]
    pub opening_hours: Option<OpeningHours>,
}

impl FlowRequest {
    fn settings(self) -> FlowSettings {
        let defaults = default_flow_settings(&self.name);
        FlowSettings {
            name: self.name,
            require_name: self.require_name,
            require_email: self.require_email,
            keep_email: self.keep_email,
            upload_allowed: self.upload_allowed,
            upload_max_bytes: self.upload_max_bytes.unwrap_or(defaults.upload_max_bytes),
            max_chats_per_agent: self.max_chats_per_agent.unwrap_or(defaults.max_chats_per_agent),
            welcome_sv: self.welcome_sv,
            welcome_en: self.welcome_en,
            opening_hours: self.opening_hours.unwrap_or(defaults.opening_hours),
        }
    }
}

/// Chat flows of the organisation.
#[utoipa::path(get, path = "/chat/flows", tag = "chat", responses((status = 200, body = [FlowBody]), (status = 403, body = ErrorBody)))]
pub async fn list_flows(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
) -> Result<Json<Vec<FlowBody>>, ApiError> {
    Ok(Json(state.app.flows(&p).await?.into_iter().map(FlowBody::from).collect()))
}

/// Creates a chat flow (admin).
#[utoipa::path(post, path = "/chat/flows", tag = "chat", request_body = FlowRequest,
    responses((status = 201, body = FlowBody), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn create_flow(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<FlowRequest>,
) -> Result<(StatusCode, Json<FlowBody>), ApiError> {
    let slug = body.slug.clone().unwrap_or_default();
    let id = state.app.create_flow(&p, NewFlow { slug: &slug, settings: body.settings() }).await?;
    let flow = state.app.flows(&p).await?.into_iter().find(|f| f.id == id).ok_or(app::AppError::NotFound)?;
    Ok((StatusCode::CREATED, Json(flow.into())))
}

/// Replaces a flow's settings (admin).
#[utoipa::path(put, path = "/chat/flows/{id}", tag = "chat", request_body = FlowRequest,
    params(("id" = i64, Path, description = "Flow id")),
    responses((status = 200, body = FlowBody), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn update_flow(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<FlowRequest>,
) -> Result<Json<FlowBody>, ApiError> {
    state.app.update_flow(&p, FlowId(id), &body.settings()).await?;
    let flow = state.app.flows(&p).await?.into_iter().find(|f| f.id.0 == id).ok_or(app::AppError::NotFound)?;
    Ok(Json(flow.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoticeRequest {
    /// `sv` or `en`.
    pub language: String,
    pub body: String,
    pub require_ack: bool,
}

#[derive(Serialize, ToSchema)]
pub struct NoticeVersion {
    pub version: i64,
}

/// Publishes a new version of a flow's privacy notice (admin).
#[utoipa::path(post, path = "/chat/flows/{id}/notices", tag = "chat", request_body = NoticeRequest,
    params(("id" = i64, Path, description = "Flow id")),
    responses((status = 201, body = NoticeVersion), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn publish_notice(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<NoticeRequest>,
) -> Result<(StatusCode, Json<NoticeVersion>), ApiError> {
    let language = body.language.parse().map_err(app::AppError::from)?;
    let version = state.app.publish_notice(&p, FlowId(id), language, &body.body, body.require_ack).await?;
    Ok((StatusCode::CREATED, Json(NoticeVersion { version })))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AgentsRequest {
    /// User ids; empty means every agent of the organisation.
    pub agents: Vec<i64>,
}

/// Sets which agents take the flow's chats (admin).
#[utoipa::path(put, path = "/chat/flows/{id}/agents", tag = "chat", request_body = AgentsRequest,
    params(("id" = i64, Path, description = "Flow id")),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn set_agents(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<AgentsRequest>,
) -> Result<StatusCode, ApiError> {
    let agents: Vec<UserId> = body.agents.into_iter().map(UserId).collect();
    state.app.set_flow_agents(&p, FlowId(id), &agents).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ConversationBody {
    pub id: i64,
    pub flow_id: i64,
    /// queued, active, closed or offline.
    pub status: String,
    pub agent_id: Option<i64>,
    pub visitor_name: Option<String>,
    pub last_seq: i64,
    pub created_at: String,
    pub last_activity_at: String,
}

/// Open conversations (queued, active, offline messages) of the organisation.
#[utoipa::path(get, path = "/chat/conversations", tag = "chat", responses((status = 200, body = [ConversationBody]), (status = 403, body = ErrorBody)))]
pub async fn conversations(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
) -> Result<Json<Vec<ConversationBody>>, ApiError> {
    Ok(Json(
        state
            .app
            .inbox(&p)
            .await?
            .into_iter()
            .map(|c| ConversationBody {
                id: c.id,
                flow_id: c.flow_id,
                status: c.status,
                agent_id: c.agent_id,
                visitor_name: c.visitor_name,
                last_seq: c.last_seq,
                created_at: domain::Timestamp(c.created_at).rfc3339(),
                last_activity_at: domain::Timestamp(c.last_activity_at).rfc3339(),
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct ChatMessageBody {
    pub seq: i64,
    /// visitor, agent or system.
    pub sender: String,
    pub agent_id: Option<i64>,
    /// An internal note (never shown to the visitor).
    pub internal: bool,
    pub body: String,
    /// Sensitive-data findings: kind, category and byte span in `body`; the spans a
    /// mask request names.
    #[schema(value_type = Object)]
    pub findings: serde_json::Value,
    /// A file sent with the message (staff download it from `/inbox/files/{id}`).
    pub file_id: Option<i64>,
    pub created_at: String,
}

impl From<&MessageRow> for ChatMessageBody {
    fn from(m: &MessageRow) -> Self {
        Self {
            seq: m.seq,
            sender: m.sender.clone(),
            agent_id: m.agent_id,
            internal: m.internal,
            body: m.body.clone(),
            findings: serde_json::from_str(&m.findings).unwrap_or_default(),
            file_id: m.file_id,
            created_at: domain::Timestamp(m.created_at).rfc3339(),
        }
    }
}

/// A conversation's messages, internal notes included (the viewing is audited).
#[utoipa::path(get, path = "/chat/conversations/{id}/messages", tag = "chat",
    params(("id" = i64, Path, description = "Conversation id")),
    responses((status = 200, body = [ChatMessageBody]), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn messages(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> Result<Json<Vec<ChatMessageBody>>, ApiError> {
    let (_, messages) = state.app.agent_conversation(&p, ConversationId(id)).await?;
    Ok(Json(messages.iter().map(ChatMessageBody::from).collect()))
}

/// Masks sensitive data in a chat message: one finding (by its span in the message's
/// `findings`) or all, each replaced by its kind; a file's message takes the file's name
/// along. Audited with the kinds, never the values.
#[utoipa::path(post, path = "/chat/conversations/{id}/messages/{seq}/mask", tag = "chat", request_body = MaskRequest,
    params(("id" = i64, Path, description = "Conversation id"), ("seq" = i64, Path, description = "Message number in the conversation")),
    responses((status = 200, body = MaskedBody), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`finding_changed`", body = ErrorBody),
        (status = 422, description = "`nothing_to_mask`", body = ErrorBody)))]
pub async fn mask_message(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path((id, seq)): Path<(i64, i64)>,
    JsonInput(body): JsonInput<MaskRequest>,
) -> Result<Json<MaskedBody>, ApiError> {
    let (_, kinds) = state.app.mask_chat_message(&p, ConversationId(id), seq, body.mask()?).await?;
    Ok(Json(kinds.into()))
}
