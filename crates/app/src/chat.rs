//! Live chat use cases: flows (admin), the visitor's side (widget), the agent's
//! side (inbox), and the hub that carries events to connected clients.
//!
//! A visitor is a server-minted random token bound to the conversations it
//! started: nothing typed in the form (name, e-mail) ever links conversations.
//! When a flow requires its privacy notice to be acknowledged, every path that
//! adds a visitor message checks the acknowledged version against the current one.

use crate::intake::findings_json;
use crate::secrets::{random_token, token_hash};
use crate::sensitive::{self, Ask, Confirmed};
use crate::{App, AppError, Capability, Principal, Result};
use domain::audit::{Action, DetailValue, NewEvent, Target};
use domain::chat::{ConversationStatus, Notice, OpeningHours, Sender, parse_message, parse_visitor_name};
use domain::org::{Language, Organisation};
use domain::retention::Module;
use domain::staff::Email;
use domain::stats::{Fact, Outcome};
use domain::{ConversationId, FlowId, OrgId, Timestamp, UserId};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use storage::chat::NewConversation;
pub use storage::chat::{ConversationRow, Flow, FlowSettings, MessageRow};
use tokio::sync::broadcast;

/// Something that happened in a conversation, sent to everyone watching it.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ChatEvent {
    Message { message: MessageView },
    Typing { by: Sender, typing: bool },
    AgentJoined { agent: String },
    Transferred,
    Closed,
}

/// A message as clients see it. Internal notes reach agents only.
#[derive(Debug, Clone, Serialize)]
pub struct MessageView {
    pub conversation: i64,
    pub seq: i64,
    pub sender: Sender,
    pub agent_id: Option<i64>,
    pub internal: bool,
    pub body: String,
    /// Sensitive-data findings: kind, category and byte span in `body`.
    pub findings: serde_json::Value,
    pub at: String,
    /// A file sent with the message (agents download it from `/inbox/files/{id}`).
    pub file: Option<i64>,
}

impl From<&MessageRow> for MessageView {
    fn from(m: &MessageRow) -> Self {
        MessageView {
            conversation: m.conversation_id,
            seq: m.seq,
            sender: m.sender(),
            agent_id: m.agent_id,
            internal: m.internal,
            body: m.body.clone(),
            findings: serde_json::from_str(&m.findings).unwrap_or(serde_json::Value::Array(vec![])),
            at: Timestamp(m.created_at).rfc3339(),
            file: m.file_id,
        }
    }
}

/// A change agents of an organisation should see (queue, assignment).
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum InboxEvent {
    ConversationChanged { conversation: i64, status: ConversationStatus },
    NewMessage { conversation: i64, seq: i64 },
}

/// Fan-out to the clients connected to this node.
pub struct Hub {
    conversations: Mutex<HashMap<i64, broadcast::Sender<ChatEvent>>>,
    /// Open WebSocket connections per visitor on this node.
    visitor_connections: Arc<Mutex<HashMap<i64, usize>>>,
    inboxes: Mutex<HashMap<i64, broadcast::Sender<InboxEvent>>>,
    /// Identifies this node's own signals when they come back from PostgreSQL.
    node: String,
}

impl Default for Hub {
    fn default() -> Self {
        Self {
            conversations: Mutex::default(),
            visitor_connections: Arc::default(),
            inboxes: Mutex::default(),
            node: random_token()[..16].to_owned(),
        }
    }
}

/// A change in a conversation, as sent between nodes: ids only.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
#[serde(tag = "e", rename_all = "snake_case")]
enum Signal {
    Message { seq: i64 },
    Typing { by: Sender, typing: bool },
    Joined { agent: i64 },
    Transferred { status: ConversationStatus },
    Closed,
    Status { status: ConversationStatus },
}

#[derive(Debug, Serialize, serde::Deserialize)]
struct Wire {
    n: String,
    o: i64,
    c: i64,
    #[serde(flatten)]
    signal: Signal,
}

/// How long a presence counts without a heartbeat (a node may have died).
const PRESENCE_TTL_SECONDS: i64 = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Online,
    Away,
    Offline,
}

impl Hub {
    pub fn subscribe(&self, conversation: ConversationId) -> broadcast::Receiver<ChatEvent> {
        let mut map = self.conversations.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(conversation.0).or_insert_with(|| broadcast::channel(16).0).subscribe()
    }

    pub fn publish(&self, conversation: ConversationId, event: ChatEvent) {
        let mut map = self.conversations.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(tx) = map.get(&conversation.0)
            && tx.send(event).is_err()
        {
            map.remove(&conversation.0); // nobody listens any more
        }
    }

    pub fn subscribe_inbox(&self, org: OrgId) -> broadcast::Receiver<InboxEvent> {
        let mut map = self.inboxes.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(org.0).or_insert_with(|| broadcast::channel(1024).0).subscribe()
    }

    pub fn publish_inbox(&self, org: OrgId, event: InboxEvent) {
        let map = self.inboxes.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(tx) = map.get(&org.0) {
            let _ = tx.send(event);
        }
    }
}

/// How long a widget token opens its conversations: a day.
pub const VISITOR_TOKEN_TTL_SECONDS: i64 = 24 * 3600;

/// Most WebSocket connections one visitor may hold at once (tabs of one browser).
pub const MAX_CONNECTIONS_PER_VISITOR: usize = 5;

/// A held visitor connection; dropping it frees the slot.
pub struct ConnectionSlot {
    counts: Arc<Mutex<HashMap<i64, usize>>>,
    visitor: i64,
}

impl Drop for ConnectionSlot {
    fn drop(&mut self) {
        let mut map = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = map.get_mut(&self.visitor) {
            *n -= 1;
            if *n == 0 {
                map.remove(&self.visitor);
            }
        }
    }
}

impl Hub {
    /// Takes a connection slot for the visitor, or refuses when it holds too many.
    pub fn connect_visitor(&self, visitor: &Visitor) -> Result<ConnectionSlot> {
        let mut map = self.visitor_connections.lock().unwrap_or_else(|e| e.into_inner());
        let n = map.entry(visitor.id).or_insert(0);
        if *n >= MAX_CONNECTIONS_PER_VISITOR {
            return Err(AppError::RateLimited);
        }
        *n += 1;
        Ok(ConnectionSlot { counts: self.visitor_connections.clone(), visitor: visitor.id })
    }
}

impl Presence {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Online => "online",
            Self::Away => "away",
            Self::Offline => "offline",
        }
    }
}

/// What the widget needs to show a flow.
#[derive(Debug, Clone, Serialize)]
pub struct WidgetConfig {
    pub flow: String,
    pub name: String,
    pub language: Language,
    pub welcome: String,
    pub notice: Option<Notice>,
    pub require_name: bool,
    pub require_email: bool,
    pub upload_allowed: bool,
    /// Open and an agent online: chat is offered; otherwise a message can be left.
    pub open: bool,
}

/// A visitor's start of a conversation.
pub struct StartChat<'a> {
    pub language: Language,
    pub name: Option<&'a str>,
    pub email: Option<&'a str>,
    /// The notice version the visitor acknowledged, if any.
    pub notice_version: Option<i64>,
    /// The first message; required when leaving an offline message.
    pub message: Option<&'a str>,
}

/// A visitor identified by its token.
#[derive(Debug, Clone, Copy)]
pub struct Visitor {
    pub org: OrgId,
    pub id: i64,
}

/// A new flow, from the admin UI or the API.
pub struct NewFlow<'a> {
    pub slug: &'a str,
    pub settings: FlowSettings,
}

impl App {
    pub fn hub(&self) -> &Hub {
        &self.inner.hub
    }

    async fn public_flow(&self, org_slug: &str, flow_slug: &str) -> Result<(Organisation, Flow)> {
        let org = self.db().org_by_slug(org_slug).await?.ok_or(AppError::NotFound)?;
        let flow = self.db().org(org.id).flow_by_slug(flow_slug).await?.ok_or(AppError::NotFound)?;
        Ok((org, flow))
    }

    async fn flow_is_open(&self, org: &Organisation, flow: &Flow) -> Result<bool> {
        let agents = self.db().org(org.id).flow_agents(flow.id).await?;
        let hours_ok = flow.settings.opening_hours.is_open(Timestamp::now(), &org.time_zone.zone());
        if !hours_ok {
            return Ok(false);
        }
        let since = Timestamp::now().plus_seconds(-PRESENCE_TTL_SECONDS);
        Ok(!self.db().org(org.id).online_agents(&agents, since).await?.is_empty())
    }

    /// Public: what the widget shows for a flow.
    pub async fn widget_config(
        &self,
        org_slug: &str,
        flow_slug: &str,
        language: Option<Language>,
    ) -> Result<WidgetConfig> {
        let (org, flow) = self.public_flow(org_slug, flow_slug).await?;
        let language = language.unwrap_or(org.language);
        let mut notice = self.db().org(org.id).current_notice(flow.id, language).await?;
        if let Some(n) = notice.as_mut() {
            let shown_for =
                crate::notices::NoticeScope { module: domain::retention::Module::Chat, scope_id: flow.id.0 };
            n.body = self.fill_notice(&org, language, Some(shown_for), &n.body).await?;
        }
        let open = self.flow_is_open(&org, &flow).await?;
        let s = &flow.settings;
        Ok(WidgetConfig {
            flow: flow.slug.clone(),
            name: s.name.clone(),
            language,
            welcome: if language == Language::En { s.welcome_en.clone() } else { s.welcome_sv.clone() },
            notice,
            require_name: s.require_name,
            require_email: s.require_email,
            upload_allowed: s.upload_allowed,
            open,
        })
    }

    /// Public: starts a conversation (or leaves an offline message) and mints the visitor token.
    /// `client` (the address) is only a throttling key held in memory.
    pub async fn start_chat(
        &self,
        org_slug: &str,
        flow_slug: &str,
        start: StartChat<'_>,
        client: &str,
    ) -> Result<(String, ConversationRow)> {
        if self.inner.chat_starts.check_key(&client.to_owned()).is_err() {
            return Err(AppError::RateLimited);
        }
        let (org, flow) = self.public_flow(org_slug, flow_slug).await?;
        let s = &flow.settings;
        let name = match start.name.map(str::trim).filter(|n| !n.is_empty()) {
            Some(n) => Some(parse_visitor_name(n)?),
            None if s.require_name => return Err(domain::Invalid::new("name", domain::InvalidReason::Empty).into()),
            None => None,
        };
        let email = match start.email.map(str::trim).filter(|e| !e.is_empty()) {
            Some(e) => Some(Email::parse(e)?.to_string()),
            None if s.require_email => return Err(domain::Invalid::new("email", domain::InvalidReason::Empty).into()),
            None => None,
        };
        let notice = self.db().org(org.id).current_notice(flow.id, start.language).await?;
        let acknowledged = check_notice(notice.as_ref(), start.notice_version)?;
        let open = self.flow_is_open(&org, &flow).await?;
        let first = start.message.map(parse_message).transpose()?;
        if !open && first.is_none() {
            return Err(AppError::Refused("the flow is closed; leave a message instead"));
        }
        // A message left outside opening hours becomes an e-mail case when the visitor
        // gave an address to answer and the organisation has an inbox.
        let offline_inbox = match (&first, &email, open) {
            (Some(_), Some(_), false) => self.db().org(org.id).inboxes().await?.into_iter().next(),
            _ => None,
        };
        let token = random_token();
        let mut w = self.db().write(org.id).await?;
        let visitor_id = w.insert_visitor(&token_hash(&token)).await?;
        let id = w
            .insert_conversation(&NewConversation {
                flow: flow.id,
                visitor_id,
                status: if open { ConversationStatus::Queued } else { ConversationStatus::Offline },
                language: start.language,
                notice_version: acknowledged,
                visitor_name: name.clone(),
                visitor_email: email.clone(),
            })
            .await?;
        let outcome = if open { Outcome::Open } else { Outcome::Offline };
        let zone = org.time_zone.zone();
        w.stat_opened(&Fact::opened(Module::Chat, id.0, flow.id.0, Timestamp::now(), &zone, outcome)).await?;
        let message = match &first {
            Some(body) => Some(w.append_message(id, Sender::Visitor, None, false, body, &findings_json(body)).await?),
            None => None,
        };
        if let (Some(inbox), Some(body)) = (&offline_inbox, &first) {
            crate::cases::case_from_offline_chat(
                &mut w,
                &zone,
                inbox,
                &flow.settings.name,
                name.as_deref(),
                email.as_deref(),
                body,
            )
            .await?;
            // The case is where it is answered now: it leaves the chat's offline list.
            w.set_conversation_state(id, ConversationStatus::Closed, None, None).await?;
            w.stat_closed(Module::Chat, id.0, Timestamp::now(), None).await?;
        }
        let conversation = w.conversation_for_update(id).await?.ok_or(AppError::NotFound)?;
        w.commit().await?;
        self.signal(org.id, id, Signal::Status { status: conversation.status() }, None).await;
        if let Some(m) = &message {
            self.signal(org.id, id, Signal::Message { seq: m.seq }, Some(m)).await;
        }
        Ok((token, conversation))
    }

    /// The visitor behind a widget token.
    pub async fn visitor(&self, token: &str) -> Result<Visitor> {
        if token.len() < 32 || token.len() > 128 {
            return Err(AppError::Unauthenticated);
        }
        let (org, id, created) =
            self.db().visitor_by_token_hash(&token_hash(token)).await?.ok_or(AppError::Unauthenticated)?;
        // A widget token is for one visit, not a lasting account.
        if created < Timestamp::now().plus_seconds(-VISITOR_TOKEN_TTL_SECONDS) {
            return Err(AppError::Unauthenticated);
        }
        Ok(Visitor { org, id })
    }

    /// A conversation of this visitor; any other id is simply not found.
    pub async fn visitor_conversation(&self, visitor: Visitor, id: ConversationId) -> Result<ConversationRow> {
        let conversation = self.db().org(visitor.org).conversation(id).await?.ok_or(AppError::NotFound)?;
        if conversation.visitor_id != visitor.id {
            return Err(AppError::NotFound);
        }
        Ok(conversation)
    }

    /// Messages the visitor may see, after `after_seq`.
    pub async fn visitor_messages(
        &self,
        visitor: Visitor,
        id: ConversationId,
        after_seq: i64,
    ) -> Result<Vec<MessageRow>> {
        self.visitor_conversation(visitor, id).await?;
        Ok(self.db().org(visitor.org).messages_after(id, after_seq, false).await?)
    }

    /// Acknowledges the flow's current notice for this conversation.
    pub async fn acknowledge_notice(&self, visitor: Visitor, id: ConversationId, version: i64) -> Result<()> {
        let conversation = self.visitor_conversation(visitor, id).await?;
        let notice =
            self.db().org(visitor.org).current_notice(FlowId(conversation.flow_id), lang(&conversation)).await?;
        check_notice(notice.as_ref(), Some(version))?;
        let mut w = self.db().write(visitor.org).await?;
        w.set_notice_version(id, version).await?;
        w.commit().await?;
        Ok(())
    }

    /// A visitor's message. Refused when the conversation is closed or the flow's current
    /// notice requires an acknowledgement this conversation lacks.
    pub async fn visitor_send(&self, visitor: Visitor, id: ConversationId, body: &str) -> Result<MessageRow> {
        let body = parse_message(body)?;
        let findings = findings_json(&body);
        let current = self.visitor_conversation(visitor, id).await?;
        let required_notice = self.required_notice(visitor.org, &current).await?;
        let (reply, answer) = tokio::sync::oneshot::channel();
        let request = AppendRequest {
            org: visitor.org,
            conversation: id,
            visitor: visitor.id,
            required_notice,
            body,
            findings,
            reply,
        };
        self.message_writer().send(request).await.map_err(|_| AppError::Internal("message writer stopped"))?;
        let message = answer.await.map_err(|_| AppError::Internal("message writer stopped"))??;
        self.signal(visitor.org, id, Signal::Message { seq: message.seq }, Some(&message)).await;
        Ok(message)
    }

    pub async fn visitor_typing(&self, visitor: Visitor, id: ConversationId, typing: bool) -> Result<()> {
        self.visitor_conversation(visitor, id).await?;
        self.signal(visitor.org, id, Signal::Typing { by: Sender::Visitor, typing }, None).await;
        Ok(())
    }

    /// The visitor ends the chat.
    pub async fn visitor_close(&self, visitor: Visitor, id: ConversationId) -> Result<()> {
        let conversation = self.visitor_conversation(visitor, id).await?;
        self.close(visitor.org, &conversation, None).await
    }

    /// Position in the queue (1 = next), or 0 when not queued.
    pub async fn queue_position(&self, org: OrgId, conversation: &ConversationRow) -> Result<i64> {
        if conversation.status() != ConversationStatus::Queued {
            return Ok(0);
        }
        Ok(self.db().org(org).queue_position(conversation).await?)
    }

    async fn close(&self, org: OrgId, conversation: &ConversationRow, by: Option<&Principal>) -> Result<()> {
        let id = conversation.conversation_id();
        if conversation.status() == ConversationStatus::Closed {
            return Ok(());
        }
        let flow = self.db().org(org).flow(FlowId(conversation.flow_id)).await?;
        let mut w = self.db().write(org).await?;
        w.set_conversation_state(id, ConversationStatus::Closed, conversation.agent_id.map(UserId), None).await?;
        w.stat_closed(Module::Chat, id.0, Timestamp::now(), conversation.agent_id.map(UserId)).await?;
        if flow.is_some_and(|f| !f.settings.keep_email) {
            w.forget_visitor_email(id).await?;
        }
        if let Some(p) = by {
            w.audit(NewEvent::new(p.actor(), Action::ConversationClosed).target(Target::conversation(id))).await?;
        }
        w.commit().await?;
        self.signal(org, id, Signal::Closed, None).await;
        Ok(())
    }

    // ---- Agents ----

    /// Sets (or refreshes) the agent's presence; it decides whether widgets offer chat.
    pub async fn set_presence(&self, principal: &Principal, presence: Presence) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.set_presence(principal.user.id, presence.as_str()).await?;
        w.commit().await?;
        Ok(())
    }

    /// Queued, active and offline conversations of the organisation.
    pub async fn inbox(&self, principal: &Principal) -> Result<Vec<ConversationRow>> {
        principal.require(Capability::UseInbox)?;
        use ConversationStatus::*;
        Ok(self.db().org(principal.org_id()).conversations_in(&[Queued, Active, Offline], 200).await?)
    }

    /// Closed conversations, newest first.
    pub async fn history(&self, principal: &Principal) -> Result<Vec<ConversationRow>> {
        principal.require(Capability::UseInbox)?;
        Ok(self.db().org(principal.org_id()).conversations_in(&[ConversationStatus::Closed], 200).await?)
    }

    /// Opens a conversation for an agent (audited), with notes.
    pub async fn agent_conversation(
        &self,
        principal: &Principal,
        id: ConversationId,
    ) -> Result<(ConversationRow, Vec<MessageRow>)> {
        principal.require(Capability::UseInbox)?;
        let scope = self.db().org(principal.org_id());
        let conversation = scope.conversation(id).await?.ok_or(AppError::NotFound)?;
        let messages = scope.messages_after(id, 0, true).await?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.audit(NewEvent::new(principal.actor(), Action::ConversationViewed).target(Target::conversation(id))).await?;
        w.commit().await?;
        Ok((conversation, messages))
    }

    /// Takes a queued (or offline) conversation, within the flow's cap per agent.
    pub async fn accept(&self, principal: &Principal, id: ConversationId) -> Result<ConversationRow> {
        principal.require(Capability::UseInbox)?;
        let org = principal.org_id();
        let scope = self.db().org(org);
        let current = scope.conversation(id).await?.ok_or(AppError::NotFound)?;
        let flow = scope.flow(FlowId(current.flow_id)).await?.ok_or(AppError::NotFound)?;
        let agents = scope.flow_agents(flow.id).await?;
        if !agents.is_empty() && !agents.contains(&principal.user.id) && !principal.can(Capability::ManageOrganisation)
        {
            return Err(AppError::Forbidden);
        }
        if scope.active_count(principal.user.id).await? >= flow.settings.max_chats_per_agent {
            return Err(AppError::Refused("you already have as many chats as this flow allows"));
        }
        let mut w = self.db().write(org).await?;
        let conversation = w.conversation_for_update(id).await?.ok_or(AppError::NotFound)?;
        if !matches!(conversation.status(), ConversationStatus::Queued | ConversationStatus::Offline) {
            return Err(AppError::Conflict("the conversation was already taken or closed"));
        }
        w.set_conversation_state(id, ConversationStatus::Active, Some(principal.user.id), None).await?;
        // The visitor's wait ends when an agent joins.
        w.stat_responded(Module::Chat, id.0, Timestamp::now(), Some(principal.user.id)).await?;
        w.audit(NewEvent::new(principal.actor(), Action::ConversationAccepted).target(Target::conversation(id)))
            .await?;
        let updated = w.conversation_for_update(id).await?.ok_or(AppError::NotFound)?;
        w.commit().await?;
        self.signal(org, id, Signal::Joined { agent: principal.user.id.0 }, None).await;
        Ok(updated)
    }

    /// An agent's reply, or an internal note (`internal`) that the visitor never sees.
    /// Text with identifiers or Art. 9/10 data is refused until `confirmed`.
    pub async fn agent_send(
        &self,
        principal: &Principal,
        id: ConversationId,
        body: &str,
        internal: bool,
        confirmed: Confirmed,
    ) -> Result<MessageRow> {
        principal.require(Capability::UseInbox)?;
        let body = parse_message(body)?;
        let mut w = self.db().write(principal.org_id()).await?;
        let conversation = w.conversation_for_update(id).await?.ok_or(AppError::NotFound)?;
        if !internal {
            if conversation.status() == ConversationStatus::Closed {
                return Err(AppError::Refused("the conversation is closed"));
            }
            if conversation.agent_id != Some(principal.user.id.0) {
                return Err(AppError::Refused("accept the conversation before replying"));
            }
            self.ensure_not_restricted(principal.org_id(), privacy::registry::Item::Conversation, id.0).await?;
        }
        sensitive::confirm(&body, Ask::Everything, confirmed)?;
        let message = w
            .append_message(id, Sender::Agent, Some(principal.user.id), internal, &body, &findings_json(&body))
            .await?;
        w.commit().await?;
        // Notes are marked internal: visitor connections drop them.
        self.signal(principal.org_id(), id, Signal::Message { seq: message.seq }, Some(&message)).await;
        Ok(message)
    }

    pub async fn agent_typing(&self, principal: &Principal, id: ConversationId, typing: bool) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        self.db().org(principal.org_id()).conversation(id).await?.ok_or(AppError::NotFound)?;
        self.signal(principal.org_id(), id, Signal::Typing { by: Sender::Agent, typing }, None).await;
        Ok(())
    }

    /// Hands a conversation to a colleague (active) or back to a flow's queue.
    pub async fn transfer(
        &self,
        principal: &Principal,
        id: ConversationId,
        to_agent: Option<UserId>,
        to_flow: Option<FlowId>,
    ) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let org = principal.org_id();
        let scope = self.db().org(org);
        if let Some(agent) = to_agent {
            let user = scope.user(agent).await?.ok_or(AppError::NotFound)?;
            if !user.active || !Capability::UseInbox.allowed_for(user.role) {
                return Err(AppError::Refused("that colleague cannot take chats"));
            }
        }
        if let Some(flow) = to_flow {
            scope.flow(flow).await?.ok_or(AppError::NotFound)?;
        }
        let mut w = self.db().write(org).await?;
        let conversation = w.conversation_for_update(id).await?.ok_or(AppError::NotFound)?;
        if conversation.status() == ConversationStatus::Closed {
            return Err(AppError::Refused("the conversation is closed"));
        }
        let (status, agent) = match to_agent {
            Some(a) => (ConversationStatus::Active, Some(a)),
            None => (ConversationStatus::Queued, None),
        };
        w.set_conversation_state(id, status, agent, to_flow).await?;
        w.stat_transferred(Module::Chat, id.0, to_flow.map(|f| f.0), agent).await?;
        if agent.is_some() {
            // Handed straight to a colleague: taken, like an accept (the first time counts).
            w.stat_responded(Module::Chat, id.0, Timestamp::now(), agent).await?;
        }
        let mut event =
            NewEvent::new(principal.actor(), Action::ConversationTransferred).target(Target::conversation(id));
        if let Some(a) = to_agent {
            event = event.detail("to_agent", DetailValue::Id(a.0));
        }
        if let Some(f) = to_flow {
            event = event.detail("to_flow", DetailValue::Id(f.0));
        }
        w.audit(event).await?;
        w.commit().await?;
        self.signal(org, id, Signal::Transferred { status }, None).await;
        Ok(())
    }

    pub async fn agent_close(&self, principal: &Principal, id: ConversationId) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let conversation = self.db().org(principal.org_id()).conversation(id).await?.ok_or(AppError::NotFound)?;
        self.close(principal.org_id(), &conversation, Some(principal)).await
    }

    // ---- Flows (admin) ----

    pub async fn flows(&self, principal: &Principal) -> Result<Vec<Flow>> {
        principal.require(Capability::UseInbox).or_else(|_| principal.require(Capability::ManageOrganisation))?;
        Ok(self.db().org(principal.org_id()).flows().await?)
    }

    pub async fn create_flow(&self, principal: &Principal, new: NewFlow<'_>) -> Result<FlowId> {
        principal.require(Capability::ManageOrganisation)?;
        let slug = domain::chat::parse_flow_slug(new.slug)?;
        validate_flow(&new.settings)?;
        let mut w = self.db().write(principal.org_id()).await?;
        let id = w.insert_flow(&slug, &new.settings).await.map_err(|e| match e {
            storage::StorageError::Conflict => AppError::Conflict("a flow with that slug already exists"),
            other => other.into(),
        })?;
        w.audit(NewEvent::new(principal.actor(), Action::FlowCreated).target(Target::flow(id))).await?;
        w.commit().await?;
        Ok(id)
    }

    pub async fn update_flow(&self, principal: &Principal, flow: FlowId, settings: &FlowSettings) -> Result<()> {
        principal.require(Capability::ManageOrganisation)?;
        validate_flow(settings)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.update_flow(flow, settings).await?;
        w.audit(NewEvent::new(principal.actor(), Action::FlowChanged).target(Target::flow(flow))).await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn set_flow_agents(&self, principal: &Principal, flow: FlowId, agents: &[UserId]) -> Result<()> {
        principal.require(Capability::ManageOrganisation)?;
        self.db().org(principal.org_id()).flow(flow).await?.ok_or(AppError::NotFound)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.set_flow_agents(flow, agents).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::FlowChanged)
                .target(Target::flow(flow))
                .detail("agents", DetailValue::Count(agents.len() as i64)),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Publishes a new notice version for a flow and language.
    pub async fn publish_notice(
        &self,
        principal: &Principal,
        flow: FlowId,
        language: Language,
        body: &str,
        require_ack: bool,
    ) -> Result<i64> {
        principal.require(Capability::ManageOrganisation)?;
        let body = domain::error::bounded_text("notice", body, 10_000).or_else(|e| {
            if body.contains('\n') && !body.trim().is_empty() && body.len() <= 40_000 {
                Ok(body.trim().to_owned())
            } else {
                Err(e)
            }
        })?;
        crate::notices::check_placeholders(&body)?;
        self.db().org(principal.org_id()).flow(flow).await?.ok_or(AppError::NotFound)?;
        let mut w = self.db().write(principal.org_id()).await?;
        let version = w.insert_notice(flow, language, &body, require_ack).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::NoticePublished)
                .target(Target::flow(flow))
                .detail("version", DetailValue::Count(version))
                .detail("language", DetailValue::Code(language.as_str())),
        )
        .await?;
        w.commit().await?;
        Ok(version)
    }

    pub async fn saved_replies(&self, principal: &Principal) -> Result<Vec<(i64, String, String)>> {
        principal.require(Capability::UseInbox)?;
        Ok(self.db().org(principal.org_id()).saved_replies().await?)
    }

    pub async fn add_saved_reply(&self, principal: &Principal, title: &str, body: &str) -> Result<i64> {
        principal.require(Capability::UseInbox)?;
        let title = domain::error::bounded_text("title", title, 100)?;
        let body = parse_message(body)?;
        let mut w = self.db().write(principal.org_id()).await?;
        let id = w.insert_saved_reply(&title, &body).await?;
        w.commit().await?;
        Ok(id)
    }
}

impl From<storage::chat::AppendRefusal> for AppError {
    fn from(refusal: storage::chat::AppendRefusal) -> Self {
        use storage::chat::AppendRefusal::*;
        match refusal {
            NotFound => AppError::NotFound,
            Closed => AppError::Refused("the conversation is closed"),
            NoticeRequired => AppError::Refused("the privacy notice must be acknowledged first"),
        }
    }
}

impl App {
    /// The notice version a conversation must have acknowledged before the visitor may
    /// write, when its flow's current notice requires acknowledgement.
    async fn required_notice(&self, org: OrgId, conversation: &ConversationRow) -> Result<Option<i64>> {
        let notice = self.db().org(org).current_notice(FlowId(conversation.flow_id), lang(conversation)).await?;
        Ok(notice.filter(|n| n.require_ack).map(|n| n.version))
    }
}

fn lang(conversation: &ConversationRow) -> Language {
    conversation.language.parse().unwrap_or_default()
}

/// The acknowledged version to store, or a refusal when the notice requires acknowledgement.
fn check_notice(notice: Option<&Notice>, acknowledged: Option<i64>) -> Result<Option<i64>> {
    match notice {
        Some(n) if acknowledged == Some(n.version) => Ok(Some(n.version)),
        Some(n) if n.require_ack => Err(AppError::Refused("the privacy notice must be acknowledged first")),
        Some(_) => Ok(None),
        None => Ok(None),
    }
}

fn validate_flow(s: &FlowSettings) -> Result<()> {
    domain::error::bounded_text("name", &s.name, 80)?;
    s.opening_hours.validate()?;
    if !(1..=50).contains(&s.max_chats_per_agent) {
        return Err(domain::Invalid::new("max_chats_per_agent", domain::InvalidReason::BadFormat).into());
    }
    if !(0..=50 * 1024 * 1024).contains(&s.upload_max_bytes) {
        return Err(domain::Invalid::new("upload_max_bytes", domain::InvalidReason::BadFormat).into());
    }
    Ok(())
}

/// Default settings for a new flow.
pub fn default_flow_settings(name: &str) -> FlowSettings {
    FlowSettings {
        name: name.to_owned(),
        require_name: false,
        require_email: false,
        keep_email: false,
        upload_allowed: false,
        upload_max_bytes: 5 * 1024 * 1024,
        max_chats_per_agent: 3,
        welcome_sv: String::new(),
        welcome_en: String::new(),
        opening_hours: OpeningHours::always(),
    }
}

/// A visitor message waiting to be stored.
pub struct AppendRequest {
    org: OrgId,
    conversation: ConversationId,
    visitor: i64,
    /// The notice version the conversation must have acknowledged, if the flow requires one.
    required_notice: Option<i64>,
    body: String,
    findings: String,
    reply: tokio::sync::oneshot::Sender<Result<MessageRow>>,
}

/// Most messages stored in one transaction.
const MAX_BATCH: usize = 256;

impl App {
    /// The writer that stores visitor messages. Messages that arrive while a transaction
    /// runs are stored together in the next one (group commit): one commit per batch and
    /// organisation instead of one per message, which is what lets SQLite's single writer
    /// keep up under load.
    fn message_writer(&self) -> &tokio::sync::mpsc::Sender<AppendRequest> {
        self.inner.message_writer.get_or_init(|| {
            let (tx, mut rx) = tokio::sync::mpsc::channel::<AppendRequest>(4 * MAX_BATCH);
            let app = self.clone();
            tokio::spawn(async move {
                let mut batch = Vec::with_capacity(MAX_BATCH);
                while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
                    batch.sort_by_key(|r| r.org);
                    while !batch.is_empty() {
                        let org = batch[0].org;
                        let split = batch.iter().position(|r| r.org != org).unwrap_or(batch.len());
                        let group: Vec<AppendRequest> = batch.drain(..split).collect();
                        app.store_batch(org, group).await;
                    }
                }
            });
            tx
        })
    }

    async fn store_batch(&self, org: OrgId, group: Vec<AppendRequest>) {
        let mut results: Vec<Result<MessageRow>> = Vec::with_capacity(group.len());
        let outcome: Result<()> = async {
            let mut w = self.db().write(org).await?;
            for r in &group {
                let appended = w
                    .append_visitor_message(r.conversation, r.visitor, r.required_notice, &r.body, &r.findings)
                    .await?;
                results.push(appended.map_err(AppError::from));
            }
            w.commit().await?;
            Ok(())
        }
        .await;
        match outcome {
            Ok(()) => {
                for (r, result) in group.into_iter().zip(results) {
                    let _ = r.reply.send(result);
                }
            }
            Err(_) => {
                // Nothing of the batch was stored: every sender hears so, and may resend.
                for r in group {
                    let _ = r.reply.send(Err(AppError::Internal("the message could not be stored")));
                }
            }
        }
    }

    /// Delivers a change to this node's clients, then to the other nodes.
    async fn signal(&self, org: OrgId, id: ConversationId, signal: Signal, message: Option<&MessageRow>) {
        self.deliver(org, id, &signal, message).await;
        let wire = Wire { n: self.hub().node.clone(), o: org.0, c: id.0, signal };
        if let Ok(payload) = serde_json::to_string(&wire)
            && let Err(err) = self.db().notify(&payload).await
        {
            // Other nodes' clients catch up from the database on their next resume.
            tracing::warn!(error = %err, "could not notify other nodes");
        }
    }

    /// Publishes a change to this node's subscribers; what a signal names only by id is looked up.
    async fn deliver(&self, org: OrgId, id: ConversationId, signal: &Signal, message: Option<&MessageRow>) {
        let hub = self.hub();
        match signal {
            Signal::Message { seq } => {
                let loaded;
                let row = match message {
                    Some(m) => m,
                    None => match self.db().org(org).message(id, *seq).await {
                        Ok(Some(m)) => {
                            loaded = m;
                            &loaded
                        }
                        _ => return,
                    },
                };
                hub.publish(id, ChatEvent::Message { message: MessageView::from(row) });
                hub.publish_inbox(org, InboxEvent::NewMessage { conversation: id.0, seq: *seq });
            }
            Signal::Typing { by, typing } => hub.publish(id, ChatEvent::Typing { by: *by, typing: *typing }),
            Signal::Joined { agent } => {
                let name = match self.db().org(org).user(UserId(*agent)).await {
                    Ok(Some(u)) => u.display_name,
                    _ => String::new(),
                };
                hub.publish(id, ChatEvent::AgentJoined { agent: name });
                hub.publish_inbox(
                    org,
                    InboxEvent::ConversationChanged { conversation: id.0, status: ConversationStatus::Active },
                );
            }
            Signal::Transferred { status } => {
                hub.publish(id, ChatEvent::Transferred);
                hub.publish_inbox(org, InboxEvent::ConversationChanged { conversation: id.0, status: *status });
            }
            Signal::Closed => {
                hub.publish(id, ChatEvent::Closed);
                hub.publish_inbox(
                    org,
                    InboxEvent::ConversationChanged { conversation: id.0, status: ConversationStatus::Closed },
                );
            }
            Signal::Status { status } => {
                hub.publish_inbox(org, InboxEvent::ConversationChanged { conversation: id.0, status: *status });
            }
        }
    }

    /// Starts relaying other nodes' signals to this node's clients (PostgreSQL; nothing on SQLite).
    pub async fn start_fanout(&self) -> Result<()> {
        let Some(mut incoming) = self.db().listen().await? else { return Ok(()) };
        let app = self.clone();
        tokio::spawn(async move {
            while let Some(payload) = incoming.recv().await {
                let Ok(wire) = serde_json::from_str::<Wire>(&payload) else { continue };
                if wire.n != app.hub().node {
                    app.deliver(OrgId(wire.o), ConversationId(wire.c), &wire.signal, None).await;
                }
            }
        });
        Ok(())
    }
}

impl App {
    /// Messages of a conversation after `after_seq`, notes included, for an agent's open view.
    pub async fn db_messages_for_agent(
        &self,
        principal: &Principal,
        id: ConversationId,
        after_seq: i64,
    ) -> Result<Vec<MessageRow>> {
        principal.require(Capability::UseInbox)?;
        Ok(self.db().org(principal.org_id()).messages_after(id, after_seq, true).await?)
    }
}

impl App {
    /// Colleagues who can take chats: for transfers.
    pub async fn colleagues(&self, principal: &Principal) -> Result<Vec<(UserId, String)>> {
        principal.require(Capability::UseInbox)?;
        let users = self.db().org(principal.org_id()).users().await?;
        Ok(users
            .into_iter()
            .filter(|u| u.active && u.id != principal.user.id && Capability::UseInbox.allowed_for(u.role))
            .map(|u| (u.id, u.display_name))
            .collect())
    }
}

impl App {
    /// A flow's agents and its current notices (one per language).
    pub async fn flow_details(&self, principal: &Principal, flow: FlowId) -> Result<(Vec<UserId>, Vec<Notice>)> {
        principal.require(Capability::ManageOrganisation)?;
        let scope = self.db().org(principal.org_id());
        let agents = scope.flow_agents(flow).await?;
        let mut notices = Vec::new();
        for language in Language::ALL {
            if let Some(n) = scope.current_notice(flow, language).await? {
                notices.push(n);
            }
        }
        Ok((agents, notices))
    }
}

impl App {
    /// Queues the visitor's transcript (what the visitor saw: no internal notes) for e-mail.
    /// The address is the one given now, else the one given at the start.
    pub async fn request_transcript(&self, visitor: Visitor, id: ConversationId, email: Option<&str>) -> Result<()> {
        let conversation = self.visitor_conversation(visitor, id).await?;
        let recipient = match email.map(str::trim).filter(|e| !e.is_empty()) {
            Some(e) => Email::parse(e)?.to_string(),
            None => {
                conversation.visitor_email.clone().ok_or(domain::Invalid::new("email", domain::InvalidReason::Empty))?
            }
        };
        let org = self.db().org_by_id(visitor.org).await?.ok_or(AppError::NotFound)?;
        let messages = self.db().org(visitor.org).messages_after(id, 0, false).await?;
        let zone = org.time_zone.zone();
        let english = lang(&conversation) == Language::En;
        let (subject, you, agent, intro) = if english {
            (format!("Chat transcript – {}", org.name), "You", "Agent", "Here is your chat with us.")
        } else {
            (format!("Utskrift av chatten – {}", org.name), "Du", "Handläggare", "Här är din chatt med oss.")
        };
        let mut body = format!("{intro}\n\n");
        for m in &messages {
            let who = match m.sender() {
                Sender::Visitor => you,
                Sender::Agent => agent,
                Sender::System => "Samtal",
            };
            body.push_str(&format!("{} {who}: {}\n", Timestamp(m.created_at).format_in(&zone), m.body));
        }
        let mut w = self.db().write(visitor.org).await?;
        w.queue_mail(&storage::outbox::NewMail {
            kind: "chat_transcript",
            conversation: Some(id),
            recipient: &recipient,
            subject: &subject,
            body: &body,
            ..Default::default()
        })
        .await?;
        w.commit().await?;
        Ok(())
    }
}

/// File types a visitor may send, recognised by their first bytes (never by the name
/// or the type the browser claims): images, PDF and plain text. Anything that a
/// browser could run or render as a page (HTML, SVG, scripts) is refused.
fn detect_file_type(content: &[u8]) -> Option<&'static str> {
    if content.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if content.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if content.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if std::str::from_utf8(content).is_ok_and(|t| {
        let head = t.trim_start().get(..t.trim_start().len().min(256)).unwrap_or("").to_ascii_lowercase();
        !t.contains('\0') && !head.starts_with('<') && !head.contains("<script") && !head.contains("<svg")
    }) {
        Some("text/plain")
    } else {
        None
    }
}

/// A file name safe to show and to offer as a download name.
pub fn safe_file_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String =
        base.chars().filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ')).take(100).collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_owned();
    if cleaned.is_empty() { "fil".to_owned() } else { cleaned }
}

impl App {
    /// A file from the visitor, when the flow allows it, within its size limit.
    pub async fn visitor_upload(
        &self,
        visitor: Visitor,
        id: ConversationId,
        name: &str,
        content: &[u8],
    ) -> Result<MessageRow> {
        let current = self.visitor_conversation(visitor, id).await?;
        let scope = self.db().org(visitor.org);
        let flow = scope.flow(FlowId(current.flow_id)).await?.ok_or(AppError::NotFound)?;
        if !flow.settings.upload_allowed {
            return Err(AppError::Refused("this chat does not take files"));
        }
        if content.is_empty() || content.len() as i64 > flow.settings.upload_max_bytes {
            let max = usize::try_from(flow.settings.upload_max_bytes).unwrap_or(0);
            return Err(domain::Invalid::new("file", domain::InvalidReason::TooLong { max }).into());
        }
        let content_type =
            detect_file_type(content).ok_or(domain::Invalid::new("file", domain::InvalidReason::BadFormat))?;
        let required_notice = self.required_notice(visitor.org, &current).await?;
        let name = safe_file_name(name);
        let body = format!("[{}] {name}", if lang(&current) == Language::En { "File" } else { "Fil" });
        let mut w = self.db().write(visitor.org).await?;
        let mut message =
            w.append_visitor_message(id, visitor.id, required_notice, &body, &findings_json(&body)).await??;
        let file = w.insert_file(id, message.seq, &name, content_type, content).await?;
        w.commit().await?;
        message.file_id = Some(file);
        self.signal(visitor.org, id, Signal::Message { seq: message.seq }, Some(&message)).await;
        Ok(message)
    }

    /// A file of the organisation, for staff who work the inbox (audited).
    pub async fn chat_file(&self, principal: &Principal, id: i64) -> Result<(storage::chat::FileInfo, Vec<u8>)> {
        principal.require(Capability::UseInbox)?;
        let file = self.db().org(principal.org_id()).file(id).await?.ok_or(AppError::NotFound)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::ConversationViewed)
                .target(Target::conversation(ConversationId(file.0.conversation_id)))
                .detail("file", DetailValue::Id(id)),
        )
        .await?;
        w.commit().await?;
        Ok(file)
    }
}

#[cfg(test)]
mod file_tests {
    use super::*;

    #[test]
    fn files_are_typed_by_content() {
        assert_eq!(detect_file_type(b"\x89PNG\r\n\x1a\nrest"), Some("image/png"));
        assert_eq!(detect_file_type(b"%PDF-1.7"), Some("application/pdf"));
        assert_eq!(detect_file_type("Hej, här är min ansökan.".as_bytes()), Some("text/plain"));
        assert_eq!(detect_file_type(b"<svg onload=alert(1)>"), None);
        assert_eq!(detect_file_type(b"  <html><script>x</script>"), None);
        assert_eq!(detect_file_type(b"MZ\x90\x00\x03"), None);
        assert_eq!(safe_file_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_file_name("C:\\x\\ritning <1>.pdf"), "ritning 1.pdf");
        assert_eq!(safe_file_name("..."), "fil");
    }
}
