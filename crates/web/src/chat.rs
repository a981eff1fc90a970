//! Live chat over HTTP and WebSocket: the public widget API (cross-origin, no
//! cookies: the visitor token travels in the body or the first frame), the
//! visitor and agent WebSocket protocols (docs/chat-protocol.md) and widget.js.

use crate::AppState;
use crate::error::{ApiError, json_error};
use crate::extract::{JsonInput, Staff};
use app::chat::ConversationRow;
use app::chat::{ChatEvent, InboxEvent, MessageView, Presence, StartChat, Visitor};
use app::{AppError, Principal};
use axum::Router;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use domain::ConversationId;
use domain::org::Language;
use serde::Deserialize;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

pub fn public_router() -> Router<AppState> {
    Router::new()
        .route("/widget.js", get(widget_js))
        .route("/widget.css", get(widget_css))
        .route("/chat/{org}/{flow}/config", get(config).options(preflight))
        .route("/chat/{org}/{flow}/conversations", post(start).options(preflight))
        .route("/chat/ws", get(visitor_ws))
        .route(
            "/chat/{org}/{flow}/conversations/{id}/files",
            post(upload).options(preflight).layer(axum::extract::DefaultBodyLimit::max(MAX_UPLOAD_BYTES)),
        )
}

/// The hard ceiling for an upload; each flow sets its own, lower, limit.
const MAX_UPLOAD_BYTES: usize = 50 * 1024 * 1024;

pub fn staff_router() -> Router<AppState> {
    Router::new()
        .route("/inbox/ws", get(agent_ws))
        .route("/inbox/files/{id}", get(download))
        .route("/inbox/conversations/{id}/guides", get(suggested_guides))
}

/// Guides (internal ones too) that match what the visitor of an open conversation wrote.
async fn suggested_guides(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Response {
    match state.app.suggest_guides_for_conversation(&staff.principal, ConversationId(id)).await {
        Ok(guides) => axum::Json(
            guides
                .into_iter()
                .map(|g| json!({"id": g.id, "title": g.title, "body": g.body, "internal": g.visibility == "internal"}))
                .collect::<Vec<_>>(),
        )
        .into_response(),
        Err(e) => ApiError(e).into_response(),
    }
}

/// The widget runs on the organisation's own site: these routes answer any origin,
/// and carry no cookie, so cross-origin use grants nothing.
fn cors(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, POST, OPTIONS"));
    h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("content-type, x-samtal-token"));
    h.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    res
}

async fn preflight() -> Response {
    cors(StatusCode::NO_CONTENT.into_response())
}

async fn widget_js() -> Response {
    let mut res = include_str!("../assets/widget.js").into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    // Loaded by other sites with a plain <script> tag.
    h.insert("cross-origin-resource-policy", HeaderValue::from_static("cross-origin"));
    cors(res)
}

async fn widget_css() -> Response {
    let mut res = include_str!("../assets/widget.css").into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    h.insert("cross-origin-resource-policy", HeaderValue::from_static("cross-origin"));
    cors(res)
}

#[derive(Deserialize)]
struct ConfigQuery {
    lang: Option<String>,
}

async fn config(
    State(state): State<AppState>,
    Path((org, flow)): Path<(String, String)>,
    Query(q): Query<ConfigQuery>,
) -> Response {
    let language = q.lang.and_then(|l| l.parse::<Language>().ok());
    cors(match state.app.widget_config(&org, &flow, language).await {
        Ok(config) => axum::Json(config).into_response(),
        Err(e) => ApiError(e).into_response(),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StartBody {
    language: Option<String>,
    name: Option<String>,
    email: Option<String>,
    notice_version: Option<i64>,
    message: Option<String>,
}

async fn start(
    State(state): State<AppState>,
    Path((org, flow)): Path<(String, String)>,
    axum::extract::ConnectInfo(peer): axum::extract::ConnectInfo<std::net::SocketAddr>,
    JsonInput(body): JsonInput<StartBody>,
) -> Response {
    let language = body.language.as_deref().and_then(|l| l.parse().ok()).unwrap_or_default();
    let start = StartChat {
        language,
        name: body.name.as_deref(),
        email: body.email.as_deref(),
        notice_version: body.notice_version,
        message: body.message.as_deref(),
    };
    cors(match state.app.start_chat(&org, &flow, start, &peer.ip().to_string()).await {
        Ok((token, conversation)) => (
            StatusCode::CREATED,
            axum::Json(json!({ "token": token, "conversation": conversation.id, "status": conversation.status() })),
        )
            .into_response(),
        Err(e) => ApiError(e).into_response(),
    })
}

#[derive(Deserialize)]
struct UploadQuery {
    name: Option<String>,
}

/// A visitor's file: the raw body, the visitor token in `X-Samtal-Token`.
async fn upload(
    State(state): State<AppState>,
    Path((_org, _flow, id)): Path<(String, String, i64)>,
    Query(q): Query<UploadQuery>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let token = headers.get("x-samtal-token").and_then(|v| v.to_str().ok()).unwrap_or("");
    let result = async {
        let visitor = state.app.visitor(token).await?;
        state.app.visitor_upload(visitor, ConversationId(id), q.name.as_deref().unwrap_or("fil"), &body).await
    }
    .await;
    cors(match result {
        Ok(m) => (StatusCode::CREATED, axum::Json(json!({"seq": m.seq, "file": m.file_id}))).into_response(),
        Err(e) => ApiError(e).into_response(),
    })
}

/// A chat file for staff: always a download, never rendered by the browser.
async fn download(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Response {
    match state.app.chat_file(&staff.principal, id).await {
        Ok((info, content)) => crate::download::attachment(&info.file_name, content),
        Err(e) => crate::error::PageError::new(e, staff.tr.0).into_response(),
    }
}

/// Limits that keep one client from hurting the others.
const MAX_FRAME_BYTES: usize = 16 * 1024;
const MESSAGES_PER_10S: usize = 10;
const IDLE_TIMEOUT: Duration = Duration::from_secs(120);
const HEARTBEAT: Duration = Duration::from_secs(30);

fn error_frame(code: &str, message: &str) -> Message {
    Message::Text(json!({ "type": "error", "code": code, "message": message }).to_string().into())
}

/// An error frame: its code and message; the kinds found, when the text holds sensitive
/// data not confirmed.
fn app_error_value(err: &AppError) -> Value {
    let (_, code) = crate::error::classify(err);
    let mut value = json!({ "type": "error", "code": code, "message": crate::error::public_message(err) });
    if let AppError::SensitiveUnconfirmed(kinds) = err {
        value["kinds"] = json!(kinds);
    }
    value
}

fn app_error_frame(err: &AppError) -> Message {
    frame(app_error_value(err))
}

fn frame(value: Value) -> Message {
    Message::Text(value.to_string().into())
}

fn event_frame(event: &ChatEvent) -> Message {
    frame(serde_json::to_value(event).unwrap_or(Value::Null))
}

async fn visitor_ws(State(state): State<AppState>, ws: WebSocketUpgrade) -> Response {
    small_buffers(ws).on_upgrade(move |socket| visitor_session(state, socket))
}

/// Idle connections are the common case (10,000 widgets open on one node): small
/// buffers that grow only when a frame needs it, and a cap for slow readers.
fn small_buffers(ws: WebSocketUpgrade) -> WebSocketUpgrade {
    ws.read_buffer_size(4 * 1024)
        .write_buffer_size(0)
        .max_write_buffer_size(1024 * 1024)
        .max_message_size(MAX_FRAME_BYTES)
        .max_frame_size(MAX_FRAME_BYTES)
}

/// Sliding-window rate limit per connection.
struct RateWindow(Vec<Instant>);

impl RateWindow {
    fn allow(&mut self) -> bool {
        let now = Instant::now();
        self.0.retain(|t| now.duration_since(*t) < Duration::from_secs(10));
        if self.0.len() >= MESSAGES_PER_10S {
            return false;
        }
        self.0.push(now);
        true
    }
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
enum VisitorFrame {
    Hello { token: String, conversation: i64, last_seq: Option<i64> },
    Send { body: String, client_id: Option<String> },
    Typing { typing: bool },
    AckNotice { version: i64 },
    Transcript { email: Option<String> },
    Close,
    Ping,
}

async fn visitor_session(state: AppState, mut socket: WebSocket) {
    // The first frame names the visitor token and conversation.
    let hello = match tokio::time::timeout(Duration::from_secs(15), socket.recv()).await {
        Ok(Some(Ok(Message::Text(text)))) => serde_json::from_str::<VisitorFrame>(&text).ok(),
        _ => None,
    };
    let Some(VisitorFrame::Hello { token, conversation, last_seq }) = hello else {
        let _ = socket
            .send(error_frame("bad_hello", "the first frame must be {\"type\":\"hello\",\"token\",\"conversation\"}"))
            .await;
        return;
    };
    let conversation = ConversationId(conversation);
    let visitor = match state.app.visitor(&token).await {
        Ok(v) => v,
        Err(e) => {
            let _ = socket.send(app_error_frame(&e)).await;
            return;
        }
    };
    let _slot = match state.app.hub().connect_visitor(&visitor) {
        Ok(slot) => slot,
        Err(e) => {
            let _ = socket.send(app_error_frame(&e)).await;
            return;
        }
    };
    // Subscribe before reading history, so nothing falls between the two.
    let mut events = state.app.hub().subscribe(conversation);
    let current = match state.app.visitor_conversation(visitor, conversation).await {
        Ok(c) => c,
        Err(e) => {
            let _ = socket.send(app_error_frame(&e)).await;
            return;
        }
    };
    let mut sent_seq = last_seq.unwrap_or(0);
    if send_welcome(&state, visitor, &current, &mut socket).await.is_err() {
        return;
    }
    match state.app.visitor_messages(visitor, conversation, sent_seq).await {
        Ok(missed) => {
            for m in &missed {
                if socket.send(event_frame(&ChatEvent::Message { message: MessageView::from(m) })).await.is_err() {
                    return;
                }
                sent_seq = m.seq;
            }
        }
        Err(e) => {
            let _ = socket.send(app_error_frame(&e)).await;
            return;
        }
    }
    let mut rate = RateWindow(Vec::new());
    let mut last_seen = Instant::now();
    let mut heartbeat = tokio::time::interval(HEARTBEAT);
    loop {
        tokio::select! {
            incoming = socket.recv() => {
                let Some(Ok(msg)) = incoming else { return };
                last_seen = Instant::now();
                let text = match msg {
                    Message::Text(t) => t,
                    Message::Close(_) => return,
                    Message::Ping(_) | Message::Pong(_) => continue,
                    Message::Binary(_) => {
                        let _ = socket.send(error_frame("bad_frame", "binary frames are not accepted")).await;
                        continue;
                    }
                };
                let reply = match serde_json::from_str::<VisitorFrame>(&text) {
                    Err(_) => Some(error_frame("bad_frame", "unknown or malformed frame")),
                    Ok(VisitorFrame::Ping) => Some(frame(json!({"type": "pong"}))),
                    Ok(VisitorFrame::Hello { .. }) => Some(error_frame("bad_frame", "already said hello")),
                    Ok(VisitorFrame::Typing { typing }) => state.app.visitor_typing(visitor, conversation, typing).await.err().map(|e| app_error_frame(&e)),
                    Ok(VisitorFrame::AckNotice { version }) => Some(match state.app.acknowledge_notice(visitor, conversation, version).await {
                        Ok(()) => frame(json!({"type": "notice_acknowledged", "version": version})),
                        Err(e) => app_error_frame(&e),
                    }),
                    Ok(VisitorFrame::Transcript { email }) => Some(match state.app.request_transcript(visitor, conversation, email.as_deref()).await {
                        Ok(()) => frame(json!({"type": "transcript_queued"})),
                        Err(e) => app_error_frame(&e),
                    }),
                    Ok(VisitorFrame::Close) => state.app.visitor_close(visitor, conversation).await.err().map(|e| app_error_frame(&e)),
                    Ok(VisitorFrame::Send { body, client_id }) => Some(if !rate.allow() {
                        error_frame("rate_limited", "too many messages; wait a few seconds")
                    } else {
                        match state.app.visitor_send(visitor, conversation, &body).await {
                            Ok(m) => frame(json!({"type": "ack", "client_id": client_id, "seq": m.seq})),
                            Err(e) => app_error_frame(&e),
                        }
                    }),
                };
                if let Some(reply) = reply
                    && socket.send(reply).await.is_err() {
                        return;
                    }
            }
            event = events.recv() => {
                match event {
                    Ok(ChatEvent::Message { message }) if message.internal => continue,
                    Ok(ChatEvent::Message { message }) if message.seq <= sent_seq => continue,
                    Ok(event) => {
                        if let ChatEvent::Message { message } = &event {
                            sent_seq = message.seq;
                        }
                        // After "closed" the connection stays: the visitor may still ask for the transcript.
                        if socket.send(event_frame(&event)).await.is_err() {
                            return;
                        }
                        if matches!(event, ChatEvent::Transferred) {
                            let _ = refresh_queue(&state, visitor, conversation, &mut socket).await;
                        }
                    }
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                        // Catch up from the database: nothing lost, nothing twice.
                        match state.app.visitor_messages(visitor, conversation, sent_seq).await {
                            Ok(missed) => for m in &missed {
                                if socket.send(event_frame(&ChatEvent::Message { message: MessageView::from(m) })).await.is_err() { return; }
                                sent_seq = m.seq;
                            },
                            Err(_) => return,
                        }
                    }
                    Err(_) => return,
                }
            }
            _ = heartbeat.tick() => {
                if last_seen.elapsed() > IDLE_TIMEOUT {
                    let _ = socket.send(error_frame("idle", "closed after a long silence")).await;
                    return;
                }
                if socket.send(Message::Ping(Vec::new().into())).await.is_err() {
                    return;
                }
                let _ = refresh_queue(&state, visitor, conversation, &mut socket).await;
            }
        }
    }
}

async fn send_welcome(
    state: &AppState,
    visitor: Visitor,
    c: &ConversationRow,
    socket: &mut WebSocket,
) -> Result<(), ()> {
    let position = state.app.queue_position(visitor.org, c).await.unwrap_or(0);
    let welcome = json!({
        "type": "welcome",
        "conversation": c.id,
        "status": c.status(),
        "queue_position": position,
        "last_seq": c.last_seq,
    });
    socket.send(frame(welcome)).await.map_err(|_| ())
}

async fn refresh_queue(
    state: &AppState,
    visitor: Visitor,
    id: ConversationId,
    socket: &mut WebSocket,
) -> Result<(), ()> {
    let c = state.app.visitor_conversation(visitor, id).await.map_err(|_| ())?;
    let position = state.app.queue_position(visitor.org, &c).await.unwrap_or(0);
    if position > 0 {
        socket.send(frame(json!({"type": "queue", "position": position}))).await.map_err(|_| ())?;
    }
    Ok(())
}

// ---- Agents ----

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
enum AgentFrame {
    Presence { status: Presence },
    Open { conversation: i64, last_seq: Option<i64> },
    Accept { conversation: i64 },
    Send { conversation: i64, body: String, internal: Option<bool>, confirm_sensitive: Option<bool> },
    Mask { conversation: i64, seq: i64, start: Option<usize>, end: Option<usize>, all: Option<bool> },
    Typing { conversation: i64, typing: bool },
    Transfer { conversation: i64, to_agent: Option<i64>, to_flow: Option<i64> },
    Close { conversation: i64 },
    Ping,
}

async fn agent_ws(State(state): State<AppState>, staff: Staff, headers: HeaderMap, ws: WebSocketUpgrade) -> Response {
    // Cross-site WebSocket hijacking: the browser sends the cookie on any origin's upgrade.
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    if let (Some(origin), Some(host)) = (origin, host)
        && origin.split("://").nth(1) != Some(host)
    {
        return json_error(StatusCode::FORBIDDEN, "forbidden", "cross-origin WebSocket refused");
    }
    if let Err(e) = staff.principal.require(app::Capability::UseInbox) {
        return ApiError(e).into_response();
    }
    let principal = staff.principal;
    small_buffers(ws).on_upgrade(move |socket| agent_session(state, principal, socket))
}

async fn inbox_frame(state: &AppState, principal: &Principal) -> Message {
    let flows: std::collections::HashMap<i64, String> =
        state.app.flows(principal).await.unwrap_or_default().into_iter().map(|f| (f.id.0, f.settings.name)).collect();
    match state.app.inbox(principal).await {
        Ok(list) => {
            let items: Vec<Value> = list
                .iter()
                .map(|c| json!({"id": c.id, "flow": c.flow_id, "flow_name": flows.get(&c.flow_id), "status": c.status(), "agent": c.agent_id, "name": c.visitor_name, "last_seq": c.last_seq, "last_activity": domain::Timestamp(c.last_activity_at).rfc3339()}))
                .collect();
            frame(json!({"type": "inbox", "conversations": items}))
        }
        Err(e) => app_error_frame(&e),
    }
}

async fn agent_session(state: AppState, principal: Principal, mut socket: WebSocket) {
    let mut inbox = state.app.hub().subscribe_inbox(principal.org_id());
    if socket.send(inbox_frame(&state, &principal).await).await.is_err() {
        return;
    }
    // The conversation this connection has open, and the last seq sent for it.
    let mut open: Option<(ConversationId, i64, tokio::sync::broadcast::Receiver<ChatEvent>)> = None;
    let mut presence = Presence::Offline;
    // Queue changes are coalesced: at most one inbox refresh per interval, however busy.
    let mut inbox_dirty = false;
    let mut refresh = tokio::time::interval(Duration::from_millis(300));
    let mut last_seen = Instant::now();
    let mut heartbeat = tokio::time::interval(HEARTBEAT);
    loop {
        tokio::select! {
            incoming = socket.recv() => {
                let Some(Ok(msg)) = incoming else { break };
                last_seen = Instant::now();
                let Message::Text(text) = msg else {
                    if matches!(msg, Message::Close(_)) { break; }
                    continue;
                };
                let result: Result<Option<Message>, AppError> = match serde_json::from_str::<AgentFrame>(&text) {
                    Err(_) => Ok(Some(error_frame("bad_frame", "unknown or malformed frame"))),
                    Ok(AgentFrame::Ping) => Ok(Some(frame(json!({"type": "pong"})))),
                    Ok(AgentFrame::Presence { status }) => {
                        presence = status;
                        state.app.set_presence(&principal, status).await.map(|()| Some(frame(json!({"type": "presence", "status": status}))))
                    }
                    Ok(AgentFrame::Open { conversation, last_seq }) => {
                        let id = ConversationId(conversation);
                        let receiver = state.app.hub().subscribe(id);
                        match state.app.agent_conversation(&principal, id).await {
                            Ok((c, messages)) => {
                                let after = last_seq.unwrap_or(0);
                                let list: Vec<MessageView> = messages.iter().filter(|m| m.seq > after).map(MessageView::from).collect();
                                let last = messages.last().map_or(after, |m| m.seq.max(after));
                                open = Some((id, last, receiver));
                                Ok(Some(frame(json!({"type": "conversation", "conversation": c.id, "status": c.status(), "agent": c.agent_id, "name": c.visitor_name, "email": c.visitor_email, "notice_version": c.notice_version, "messages": list}))))
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Ok(AgentFrame::Accept { conversation }) => state.app.accept(&principal, ConversationId(conversation)).await.map(|_| None),
                    Ok(AgentFrame::Send { conversation, body, internal, confirm_sensitive }) => {
                        let confirmed = app::sensitive::Confirmed(confirm_sensitive == Some(true));
                        match state.app.agent_send(&principal, ConversationId(conversation), &body, internal.unwrap_or(false), confirmed).await {
                            Ok(m) => Ok(Some(frame(json!({"type": "ack", "conversation": conversation, "seq": m.seq})))),
                            // The inbox asks the agent, then sends again confirmed.
                            Err(e @ AppError::SensitiveUnconfirmed(_)) => {
                                let mut value = app_error_value(&e);
                                value["conversation"] = json!(conversation);
                                Ok(Some(frame(value)))
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Ok(AgentFrame::Mask { conversation, seq, start, end, all }) => match crate::findings::mask_choice(all == Some(true), start, end) {
                        Ok(which) => state.app.mask_chat_message(&principal, ConversationId(conversation), seq, which).await
                            .map(|(m, _)| Some(frame(json!({"type": "masked", "message": MessageView::from(&m)})))),
                        Err(e) => Err(e),
                    },
                    Ok(AgentFrame::Typing { conversation, typing }) => state.app.agent_typing(&principal, ConversationId(conversation), typing).await.map(|()| None),
                    Ok(AgentFrame::Transfer { conversation, to_agent, to_flow }) => state.app.transfer(&principal, ConversationId(conversation), to_agent.map(domain::UserId), to_flow.map(domain::FlowId)).await.map(|()| None),
                    Ok(AgentFrame::Close { conversation }) => state.app.agent_close(&principal, ConversationId(conversation)).await.map(|()| None),
                };
                let reply = match result {
                    Ok(reply) => reply,
                    Err(e) => Some(app_error_frame(&e)),
                };
                if let Some(reply) = reply
                    && socket.send(reply).await.is_err() {
                        break;
                    }
            }
            event = inbox.recv() => {
                match event {
                    Ok(InboxEvent::NewMessage { conversation, seq }) => {
                        // New messages of the open conversation, notes included.
                        if let Some((id, last, _)) = open.as_mut()
                            && id.0 == conversation
                        {
                            let messages = state.app.db_messages_for_agent(&principal, *id, *last).await.unwrap_or_default();
                            for m in &messages {
                                if socket.send(frame(json!({"type": "message", "message": MessageView::from(m)}))).await.is_err() { return; }
                                *last = m.seq;
                            }
                        }
                        // Activity elsewhere: a small frame, not the whole inbox (which scales with it).
                        if socket.send(frame(json!({"type": "activity", "conversation": conversation, "seq": seq}))).await.is_err() { break; }
                    }
                    Ok(InboxEvent::ConversationChanged { .. }) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                        inbox_dirty = true;
                    }
                    Err(_) => break,
                }
            }
            event = async {
                match open.as_mut() {
                    Some((_, _, rx)) => rx.recv().await.ok(),
                    None => std::future::pending().await,
                }
            } => {
                // Typing, joined, transferred and closed events; messages come through the inbox channel.
                if let Some(event) = event
                    && !matches!(event, ChatEvent::Message { .. })
                    && let Some((id, _, _)) = open.as_ref()
                {
                    let mut value = serde_json::to_value(&event).unwrap_or(Value::Null);
                    value["conversation"] = json!(id.0);
                    if socket.send(frame(value)).await.is_err() { break; }
                }
            }
            _ = refresh.tick(), if inbox_dirty => {
                inbox_dirty = false;
                if socket.send(inbox_frame(&state, &principal).await).await.is_err() { break; }
            }
            _ = heartbeat.tick() => {
                if last_seen.elapsed() > IDLE_TIMEOUT * 5 || socket.send(Message::Ping(Vec::new().into())).await.is_err() {
                    break;
                }
                // Presence expires without a refresh, so a crashed node does not leave agents "online".
                if presence != Presence::Offline {
                    let _ = state.app.set_presence(&principal, presence).await;
                }
            }
        }
    }
    // A dropped inbox connection takes the agent offline.
    if presence != Presence::Offline {
        let _ = state.app.set_presence(&principal, Presence::Offline).await;
    }
}
