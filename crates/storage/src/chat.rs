//! Live chat rows: flows, notices, visitors, conversations and their messages.

use crate::{Db, OrgScope, OrgWrite, Result, StorageError};
use domain::chat::{ConversationStatus, Notice, OpeningHours, Sender};
use domain::org::Language;
use domain::{ConversationId, FlowId, OrgId, Timestamp, UserId};

/// A flow's settings as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowSettings {
    pub name: String,
    pub require_name: bool,
    pub require_email: bool,
    pub keep_email: bool,
    pub upload_allowed: bool,
    pub upload_max_bytes: i64,
    pub max_chats_per_agent: i64,
    pub welcome_sv: String,
    pub welcome_en: String,
    pub opening_hours: OpeningHours,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    pub id: FlowId,
    pub slug: String,
    pub settings: FlowSettings,
}

#[derive(sqlx::FromRow)]
struct FlowRow {
    id: i64,
    slug: String,
    name: String,
    require_name: bool,
    require_email: bool,
    keep_email: bool,
    upload_allowed: bool,
    upload_max_bytes: i64,
    max_chats_per_agent: i64,
    welcome_sv: String,
    welcome_en: String,
    opening_hours: String,
}

impl TryFrom<FlowRow> for Flow {
    type Error = StorageError;
    fn try_from(r: FlowRow) -> Result<Self> {
        Ok(Flow {
            id: FlowId(r.id),
            slug: r.slug,
            settings: FlowSettings {
                name: r.name,
                require_name: r.require_name,
                require_email: r.require_email,
                keep_email: r.keep_email,
                upload_allowed: r.upload_allowed,
                upload_max_bytes: r.upload_max_bytes,
                max_chats_per_agent: r.max_chats_per_agent,
                welcome_sv: r.welcome_sv,
                welcome_en: r.welcome_en,
                opening_hours: serde_json::from_str(&r.opening_hours)
                    .map_err(|_| StorageError::Corrupt("chat_flows.opening_hours"))?,
            },
        })
    }
}

const FLOW_COLUMNS_BY_SLUG: &str = "SELECT id, slug, name, require_name, require_email, keep_email, upload_allowed, \
    upload_max_bytes, max_chats_per_agent, welcome_sv, welcome_en, opening_hours FROM chat_flows \
    WHERE org_id = $1 AND slug = $2";
const FLOW_COLUMNS_BY_ID: &str = "SELECT id, slug, name, require_name, require_email, keep_email, upload_allowed, \
    upload_max_bytes, max_chats_per_agent, welcome_sv, welcome_en, opening_hours FROM chat_flows \
    WHERE org_id = $1 AND id = $2";
const FLOW_COLUMNS_ALL: &str = "SELECT id, slug, name, require_name, require_email, keep_email, upload_allowed, \
    upload_max_bytes, max_chats_per_agent, welcome_sv, welcome_en, opening_hours FROM chat_flows \
    WHERE org_id = $1 ORDER BY name, id";

/// A conversation as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ConversationRow {
    pub id: i64,
    pub flow_id: i64,
    pub visitor_id: i64,
    pub status: String,
    pub agent_id: Option<i64>,
    pub language: String,
    pub notice_version: Option<i64>,
    pub visitor_name: Option<String>,
    pub visitor_email: Option<String>,
    pub last_seq: i64,
    pub created_at: i64,
    pub accepted_at: Option<i64>,
    pub closed_at: Option<i64>,
    pub last_activity_at: i64,
    /// Set when retention anonymised it.
    pub anonymised_at: Option<i64>,
}

impl ConversationRow {
    pub fn status(&self) -> ConversationStatus {
        self.status.parse().unwrap_or(ConversationStatus::Closed)
    }
    pub fn conversation_id(&self) -> ConversationId {
        ConversationId(self.id)
    }
}

const CONVERSATION_COLUMNS: &str = "id, flow_id, visitor_id, status, agent_id, language, notice_version, \
    visitor_name, visitor_email, last_seq, created_at, accepted_at, closed_at, last_activity_at, anonymised_at";

/// A message as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct MessageRow {
    pub conversation_id: i64,
    pub seq: i64,
    pub sender: String,
    pub agent_id: Option<i64>,
    pub internal: bool,
    pub body: String,
    pub findings: String,
    pub created_at: i64,
    pub file_id: Option<i64>,
}

impl MessageRow {
    pub fn sender(&self) -> Sender {
        self.sender.parse().unwrap_or(Sender::System)
    }
}

/// What a new conversation starts with.
#[derive(Debug, Clone)]
pub struct NewConversation {
    pub flow: FlowId,
    pub visitor_id: i64,
    pub status: ConversationStatus,
    pub language: Language,
    pub notice_version: Option<i64>,
    pub visitor_name: Option<String>,
    pub visitor_email: Option<String>,
}

impl Db {
    /// The organisation and visitor behind a widget token. Not organisation-scoped:
    /// this is how a visitor request finds its organisation.
    /// The visitor's organisation, id and creation time.
    pub async fn visitor_by_token_hash(&self, token_hash: &str) -> Result<Option<(OrgId, i64, Timestamp)>> {
        let row: Option<(i64, i64, i64)> = on_pool!(self, |pool| {
            sqlx::query_as("SELECT org_id, id, created_at FROM chat_visitors WHERE token_hash = $1")
                .bind(token_hash)
                .fetch_optional(pool)
                .await
        })?;
        Ok(row.map(|(org, id, created)| (OrgId(org), id, Timestamp(created))))
    }
}

impl OrgScope<'_> {
    pub async fn flow_by_slug(&self, slug: &str) -> Result<Option<Flow>> {
        let row: Option<FlowRow> = on_pool!(self.db, |pool| {
            sqlx::query_as(FLOW_COLUMNS_BY_SLUG).bind(self.org.0).bind(slug).fetch_optional(pool).await
        })?;
        row.map(Flow::try_from).transpose()
    }

    pub async fn flow(&self, id: FlowId) -> Result<Option<Flow>> {
        let row: Option<FlowRow> = on_pool!(self.db, |pool| {
            sqlx::query_as(FLOW_COLUMNS_BY_ID).bind(self.org.0).bind(id.0).fetch_optional(pool).await
        })?;
        row.map(Flow::try_from).transpose()
    }

    pub async fn flows(&self) -> Result<Vec<Flow>> {
        let rows: Vec<FlowRow> =
            on_pool!(self.db, |pool| sqlx::query_as(FLOW_COLUMNS_ALL).bind(self.org.0).fetch_all(pool).await)?;
        rows.into_iter().map(Flow::try_from).collect()
    }

    pub async fn flow_agents(&self, flow: FlowId) -> Result<Vec<UserId>> {
        let ids: Vec<i64> = on_pool!(self.db, |pool| {
            sqlx::query_scalar(
                "SELECT user_id FROM chat_flow_agents WHERE org_id = $1 AND flow_id = $2 ORDER BY user_id",
            )
            .bind(self.org.0)
            .bind(flow.0)
            .fetch_all(pool)
            .await
        })?;
        Ok(ids.into_iter().map(UserId).collect())
    }

    /// The newest notice of a flow in a language.
    pub async fn current_notice(&self, flow: FlowId, language: Language) -> Result<Option<Notice>> {
        let row: Option<(i64, String, bool)> = on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT version, body, require_ack FROM chat_notices WHERE org_id = $1 AND flow_id = $2 \
                 AND language = $3 ORDER BY version DESC LIMIT 1",
            )
            .bind(self.org.0)
            .bind(flow.0)
            .bind(language.as_str())
            .fetch_optional(pool)
            .await
        })?;
        Ok(row.map(|(version, body, require_ack)| Notice { language, version, body, require_ack }))
    }

    pub async fn conversation(&self, id: ConversationId) -> Result<Option<ConversationRow>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {CONVERSATION_COLUMNS} FROM chat_conversations WHERE org_id = $1 AND id = $2"
            )))
            .bind(self.org.0)
            .bind(id.0)
            .fetch_optional(pool)
            .await
        })?)
    }

    /// Conversations in the given states, newest activity first.
    pub async fn conversations_in(&self, statuses: &[ConversationStatus], limit: i64) -> Result<Vec<ConversationRow>> {
        let wanted: Vec<&str> = statuses.iter().map(|s| s.as_str()).collect();
        let list = |i: usize| wanted.get(i).copied().unwrap_or("");
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {CONVERSATION_COLUMNS} FROM chat_conversations WHERE org_id = $1 \
                 AND status IN ($2, $3, $4, $5) ORDER BY last_activity_at DESC, id DESC LIMIT $6"
            )))
            .bind(self.org.0)
            .bind(list(0))
            .bind(list(1))
            .bind(list(2))
            .bind(list(3))
            .bind(limit)
            .fetch_all(pool)
            .await
        })?)
    }

    /// Messages after `after_seq`, oldest first; internal notes only when asked.
    pub async fn messages_after(
        &self,
        conversation: ConversationId,
        after_seq: i64,
        internal: bool,
    ) -> Result<Vec<MessageRow>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT conversation_id, seq, sender, agent_id, internal, body, findings, created_at, file_id FROM chat_messages \
                 WHERE org_id = $1 AND conversation_id = $2 AND seq > $3 AND (internal = $4 OR internal = $5) \
                 ORDER BY seq LIMIT 1000",
            )
            .bind(self.org.0)
            .bind(conversation.0)
            .bind(after_seq)
            .bind(false)
            .bind(internal)
            .fetch_all(pool)
            .await
        })?)
    }

    /// Active conversations an agent holds.
    pub async fn active_count(&self, agent: UserId) -> Result<i64> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM chat_conversations WHERE org_id = $1 AND agent_id = $2 AND status = 'active'",
            )
            .bind(self.org.0)
            .bind(agent.0)
            .fetch_one(pool)
            .await
        })?)
    }

    /// Position in the flow's queue (1 = next), if queued.
    pub async fn queue_position(&self, conversation: &ConversationRow) -> Result<i64> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM chat_conversations WHERE org_id = $1 AND flow_id = $2 AND status = 'queued' \
                 AND (created_at < $3 OR (created_at = $3 AND id <= $4))",
            )
            .bind(self.org.0)
            .bind(conversation.flow_id)
            .bind(conversation.created_at)
            .bind(conversation.id)
            .fetch_one(pool)
            .await
        })?)
    }

    pub async fn saved_replies(&self) -> Result<Vec<(i64, String, String)>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as("SELECT id, title, body FROM saved_replies WHERE org_id = $1 ORDER BY title, id")
                .bind(self.org.0)
                .fetch_all(pool)
                .await
        })?)
    }
}

impl OrgWrite {
    pub async fn insert_flow(&mut self, slug: &str, s: &FlowSettings) -> Result<FlowId> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let hours = serde_json::to_string(&s.opening_hours).unwrap_or_default();
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO chat_flows (org_id, slug, name, require_name, require_email, keep_email, upload_allowed, \
                 upload_max_bytes, max_chats_per_agent, welcome_sv, welcome_en, opening_hours, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
            )
            .bind(org)
            .bind(slug)
            .bind(&s.name)
            .bind(s.require_name)
            .bind(s.require_email)
            .bind(s.keep_email)
            .bind(s.upload_allowed)
            .bind(s.upload_max_bytes)
            .bind(s.max_chats_per_agent)
            .bind(&s.welcome_sv)
            .bind(&s.welcome_en)
            .bind(&hours)
            .bind(now)
            .fetch_one(conn)
            .await
        })?;
        Ok(FlowId(id))
    }

    pub async fn update_flow(&mut self, flow: FlowId, s: &FlowSettings) -> Result<()> {
        let org = self.org.0;
        let hours = serde_json::to_string(&s.opening_hours).unwrap_or_default();
        let done = on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE chat_flows SET name = $3, require_name = $4, require_email = $5, keep_email = $6, \
                 upload_allowed = $7, upload_max_bytes = $8, max_chats_per_agent = $9, welcome_sv = $10, \
                 welcome_en = $11, opening_hours = $12 WHERE org_id = $1 AND id = $2",
            )
            .bind(org)
            .bind(flow.0)
            .bind(&s.name)
            .bind(s.require_name)
            .bind(s.require_email)
            .bind(s.keep_email)
            .bind(s.upload_allowed)
            .bind(s.upload_max_bytes)
            .bind(s.max_chats_per_agent)
            .bind(&s.welcome_sv)
            .bind(&s.welcome_en)
            .bind(&hours)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        crate::error::found(done)
    }

    /// Replaces a flow's agents; ids of other organisations' users are ignored by the join.
    pub async fn set_flow_agents(&mut self, flow: FlowId, agents: &[UserId]) -> Result<()> {
        self.replace_users("chat_flow_agents", "flow_id", flow.0, agents).await
    }

    /// Publishes a new version of a flow's notice in one language; returns the version.
    pub async fn insert_notice(
        &mut self,
        flow: FlowId,
        language: Language,
        body: &str,
        require_ack: bool,
    ) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let current: Option<i64> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "SELECT MAX(version) FROM chat_notices WHERE org_id = $1 AND flow_id = $2 AND language = $3",
            )
            .bind(org)
            .bind(flow.0)
            .bind(language.as_str())
            .fetch_one(conn)
            .await
        })?;
        let version = current.unwrap_or(0) + 1;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "INSERT INTO chat_notices (org_id, flow_id, language, version, body, require_ack, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(org)
            .bind(flow.0)
            .bind(language.as_str())
            .bind(version)
            .bind(body)
            .bind(require_ack)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(version)
    }

    pub async fn set_notice_version(&mut self, conversation: ConversationId, version: i64) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("UPDATE chat_conversations SET notice_version = $3 WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(conversation.0)
                .bind(version)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn insert_visitor(&mut self, token_hash: &str) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO chat_visitors (org_id, token_hash, created_at, last_seen_at) VALUES ($1, $2, $3, $3) RETURNING id",
            )
            .bind(org)
            .bind(token_hash)
            .bind(now)
            .fetch_one(conn)
            .await
        })?)
    }

    pub async fn insert_conversation(&mut self, new: &NewConversation) -> Result<ConversationId> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO chat_conversations (org_id, flow_id, visitor_id, status, language, notice_version, \
                 visitor_name, visitor_email, created_at, last_activity_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
            )
            .bind(org)
            .bind(new.flow.0)
            .bind(new.visitor_id)
            .bind(new.status.as_str())
            .bind(new.language.as_str())
            .bind(new.notice_version)
            .bind(&new.visitor_name)
            .bind(&new.visitor_email)
            .bind(now)
            .fetch_one(conn)
            .await
        })?;
        Ok(ConversationId(id))
    }

    /// The conversation, locked for the rest of the transaction (PostgreSQL row lock;
    /// SQLite's write lock is already held).
    pub async fn conversation_for_update(&mut self, id: ConversationId) -> Result<Option<ConversationRow>> {
        let org = self.org.0;
        let lock = self.tx.row_lock();
        let sql = format!("SELECT {CONVERSATION_COLUMNS} FROM chat_conversations WHERE org_id = $1 AND id = $2{lock}");
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(org).bind(id.0).fetch_optional(conn).await
        })?)
    }

    /// Appends a message with the conversation's next sequence number.
    pub async fn append_message(
        &mut self,
        conversation: ConversationId,
        sender: Sender,
        agent: Option<UserId>,
        internal: bool,
        body: &str,
        findings: &str,
    ) -> Result<MessageRow> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let seq: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "UPDATE chat_conversations SET last_seq = last_seq + 1, last_activity_at = $3 \
                 WHERE org_id = $1 AND id = $2 RETURNING last_seq",
            )
            .bind(org)
            .bind(conversation.0)
            .bind(now)
            .fetch_one(conn)
            .await
        })?;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "INSERT INTO chat_messages (org_id, conversation_id, seq, sender, agent_id, internal, body, findings, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(org)
            .bind(conversation.0)
            .bind(seq)
            .bind(sender.as_str())
            .bind(agent.map(|a| a.0))
            .bind(internal)
            .bind(body)
            .bind(findings)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(MessageRow {
            conversation_id: conversation.0,
            seq,
            sender: sender.as_str().to_owned(),
            agent_id: agent.map(|a| a.0),
            internal,
            body: body.to_owned(),
            findings: findings.to_owned(),
            created_at: now,
            file_id: None,
        })
    }

    /// Moves a conversation to `status`, setting its agent and the matching timestamp.
    pub async fn set_conversation_state(
        &mut self,
        conversation: ConversationId,
        status: ConversationStatus,
        agent: Option<UserId>,
        flow: Option<FlowId>,
    ) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let accepted = (status == ConversationStatus::Active).then_some(now);
        let closed = (status == ConversationStatus::Closed).then_some(now);
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE chat_conversations SET status = $3, agent_id = $4, flow_id = COALESCE($5, flow_id), \
                 accepted_at = COALESCE($6, accepted_at), closed_at = COALESCE($7, closed_at), last_activity_at = $8 \
                 WHERE org_id = $1 AND id = $2",
            )
            .bind(org)
            .bind(conversation.0)
            .bind(status.as_str())
            .bind(agent.map(|a| a.0))
            .bind(flow.map(|f| f.0))
            .bind(accepted)
            .bind(closed)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Drops the e-mail of a closed conversation when the flow does not keep it.
    pub async fn forget_visitor_email(&mut self, conversation: ConversationId) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("UPDATE chat_conversations SET visitor_email = NULL WHERE org_id = $1 AND id = $2")
                .bind(org)
                .bind(conversation.0)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn insert_saved_reply(&mut self, title: &str, body: &str) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO saved_replies (org_id, title, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(org)
            .bind(title)
            .bind(body)
            .bind(now)
            .fetch_one(conn)
            .await
        })?)
    }
}

impl OrgWrite {
    /// Records an agent's presence (all nodes read it).
    pub async fn set_presence(&mut self, user: UserId, status: &str) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "INSERT INTO agent_presence (org_id, user_id, status, updated_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (org_id, user_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at",
            )
            .bind(org)
            .bind(user.0)
            .bind(status)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }
}

impl OrgScope<'_> {
    /// Agents online and seen since `since`; `among` empty means any agent.
    pub async fn online_agents(&self, among: &[UserId], since: Timestamp) -> Result<Vec<UserId>> {
        let ids: Vec<i64> = on_pool!(self.db, |pool| {
            sqlx::query_scalar(
                "SELECT user_id FROM agent_presence WHERE org_id = $1 AND status = 'online' AND updated_at >= $2",
            )
            .bind(self.org.0)
            .bind(since.micros())
            .fetch_all(pool)
            .await
        })?;
        Ok(ids.into_iter().map(UserId).filter(|u| among.is_empty() || among.contains(u)).collect())
    }

    /// One message by its sequence number.
    pub async fn message(&self, conversation: ConversationId, seq: i64) -> Result<Option<MessageRow>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT conversation_id, seq, sender, agent_id, internal, body, findings, created_at, file_id FROM chat_messages \
                 WHERE org_id = $1 AND conversation_id = $2 AND seq = $3",
            )
            .bind(self.org.0)
            .bind(conversation.0)
            .bind(seq)
            .fetch_optional(pool)
            .await
        })?)
    }
}

/// A stored chat file, without its content.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FileInfo {
    pub id: i64,
    pub conversation_id: i64,
    pub seq: i64,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
}

impl OrgWrite {
    /// Stores a file and links it to the message `seq`.
    pub async fn insert_file(
        &mut self,
        conversation: ConversationId,
        seq: i64,
        name: &str,
        content_type: &str,
        content: &[u8],
    ) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO chat_files (org_id, conversation_id, seq, file_name, content_type, size, content, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind(org)
            .bind(conversation.0)
            .bind(seq)
            .bind(name)
            .bind(content_type)
            .bind(content.len() as i64)
            .bind(content)
            .bind(now)
            .fetch_one(conn)
            .await
        })?;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("UPDATE chat_messages SET file_id = $4 WHERE org_id = $1 AND conversation_id = $2 AND seq = $3")
                .bind(org)
                .bind(conversation.0)
                .bind(seq)
                .bind(id)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(id)
    }
}

impl OrgWrite {
    /// One message, read in the write transaction (lock its conversation first to keep
    /// concurrent changes out on PostgreSQL).
    pub async fn message_for_update(&mut self, conversation: ConversationId, seq: i64) -> Result<Option<MessageRow>> {
        let org = self.org.0;
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_as(
                "SELECT conversation_id, seq, sender, agent_id, internal, body, findings, created_at, file_id FROM chat_messages \
                 WHERE org_id = $1 AND conversation_id = $2 AND seq = $3",
            )
            .bind(org)
            .bind(conversation.0)
            .bind(seq)
            .fetch_optional(conn)
            .await
        })?)
    }

    /// Replaces a message's text and its findings (masking).
    pub async fn replace_message_text(
        &mut self,
        conversation: ConversationId,
        seq: i64,
        body: &str,
        findings: &str,
    ) -> Result<()> {
        let org = self.org.0;
        let changed = on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE chat_messages SET body = $4, findings = $5 WHERE org_id = $1 AND conversation_id = $2 AND seq = $3",
            )
            .bind(org)
            .bind(conversation.0)
            .bind(seq)
            .bind(body)
            .bind(findings)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        crate::error::found(changed)
    }

    pub async fn rename_chat_file(&mut self, id: i64, name: &str) -> Result<()> {
        self.set_text("chat_files", "file_name", id, name).await
    }
}

impl OrgScope<'_> {
    /// A file with its content.
    pub async fn file(&self, id: i64) -> Result<Option<(FileInfo, Vec<u8>)>> {
        let row: Option<crate::db::WithContent<FileInfo>> = on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, conversation_id, seq, file_name, content_type, size, content FROM chat_files \
                 WHERE org_id = $1 AND id = $2",
            )
            .bind(self.org.0)
            .bind(id)
            .fetch_optional(pool)
            .await
        })?;
        Ok(row.map(crate::db::WithContent::into_parts))
    }
}

/// Why a visitor message was not appended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppendRefusal {
    NotFound,
    Closed,
    NoticeRequired,
}

impl OrgWrite {
    /// Appends a visitor message when the conversation is theirs, open, and (when
    /// `required_notice` is set) has that notice version acknowledged. The checks and the
    /// next sequence number come from one `UPDATE … RETURNING`; only a refusal costs a
    /// second statement, to name its reason.
    pub async fn append_visitor_message(
        &mut self,
        conversation: ConversationId,
        visitor: i64,
        required_notice: Option<i64>,
        body: &str,
        findings: &str,
    ) -> Result<std::result::Result<MessageRow, AppendRefusal>> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let seq: Option<i64> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "UPDATE chat_conversations SET last_seq = last_seq + 1, last_activity_at = $3 \
                 WHERE org_id = $1 AND id = $2 AND visitor_id = $4 AND status <> 'closed' \
                 AND ($5 IS NULL OR notice_version = $5) RETURNING last_seq",
            )
            .bind(org)
            .bind(conversation.0)
            .bind(now)
            .bind(visitor)
            .bind(required_notice)
            .fetch_optional(conn)
            .await
        })?;
        let Some(seq) = seq else {
            let refusal = match self.conversation_for_update(conversation).await? {
                Some(c) if c.visitor_id == visitor && c.status() == ConversationStatus::Closed => AppendRefusal::Closed,
                Some(c) if c.visitor_id == visitor => AppendRefusal::NoticeRequired,
                _ => AppendRefusal::NotFound,
            };
            return Ok(Err(refusal));
        };
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "INSERT INTO chat_messages (org_id, conversation_id, seq, sender, agent_id, internal, body, findings, created_at) \
                 VALUES ($1, $2, $3, 'visitor', NULL, $4, $5, $6, $7)",
            )
            .bind(org)
            .bind(conversation.0)
            .bind(seq)
            .bind(false)
            .bind(body)
            .bind(findings)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(Ok(MessageRow {
            conversation_id: conversation.0,
            seq,
            sender: Sender::Visitor.as_str().to_owned(),
            agent_id: None,
            internal: false,
            body: body.to_owned(),
            findings: findings.to_owned(),
            created_at: now,
            file_id: None,
        }))
    }
}
