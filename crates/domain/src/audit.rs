//! The audit log's vocabulary and its hash chain.
//!
//! An event holds ids, counts and fixed codes only. Detail values are typed so
//! that free text (and with it personal data) cannot be written: a detail is
//! an id, a count or a code chosen from the program's own constants.

use crate::ids::OrgId;
use crate::time::Timestamp;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Who did it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Actor {
    /// A signed-in staff member (user id).
    Staff(i64),
    /// A request authenticated by an API token (token id).
    ApiToken(i64),
    /// The operator, through the command line.
    Operator,
    /// Samtal itself (scheduled jobs).
    System,
    /// Someone not signed in (e.g. a failed sign-in).
    Anonymous,
}

impl Actor {
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Staff(_) => "staff",
            Self::ApiToken(_) => "api_token",
            Self::Operator => "operator",
            Self::System => "system",
            Self::Anonymous => "anonymous",
        }
    }

    pub fn id(&self) -> Option<i64> {
        match self {
            Self::Staff(id) | Self::ApiToken(id) => Some(*id),
            _ => None,
        }
    }
}

/// What happened. The string form is stored and is part of the hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Action {
    OrgCreated,
    OrgSettingsChanged,
    ModuleToggled,
    SignIn,
    SignInFailed,
    SignInThrottled,
    SignOut,
    PasswordChanged,
    UserCreated,
    UserRoleChanged,
    UserDeactivated,
    UserReactivated,
    TokenCreated,
    TokenRevoked,
    AuditViewed,
    AuditVerified,
    ContactCreated,
    FlowCreated,
    FlowChanged,
    NoticePublished,
    ConversationViewed,
    ConversationAccepted,
    ConversationTransferred,
    ConversationClosed,
    ForumSettingsChanged,
    ForumCategoryCreated,
    ForumNoticePublished,
    ForumPostModerated,
    ForumPostEdited,
    ForumQuestionMoved,
    ForumAnswerAccepted,
    ForumStaffAnswered,
    ForumReportsResolved,
    ForumPostDeletedByAuthor,
    ForumAuthorAnonymised,
    InboxCreated,
    InboxChanged,
    CaseCreated,
    CaseViewed,
    CaseReplied,
    CaseNoteAdded,
    CaseStatusChanged,
    CaseAssigned,
    CaseTagged,
    CaseRouted,
    GroupCreated,
    GroupChanged,
    GroupDeleted,
    RetentionRuleChanged,
    RetentionRuleConfirmed,
    RetentionRuleRefused,
    RetentionLegalBasisAdded,
    LegalHoldPlaced,
    LegalHoldReleased,
    RetentionRun,
    PersonSearched,
    PersonErased,
    PersonExported,
    RequestRegistered,
    RequestChanged,
    RequestCompleted,
    RequestExtensionSent,
    PrivacySetupChanged,
    SubProcessorAdded,
    SubProcessorRemoved,
    GuideChanged,
    GuidePublished,
    StatisticsAgentDaysSet,
    /// Staff replaced sensitive data in a stored message, post or file name with its kind.
    ContentMasked,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OrgCreated => "org.created",
            Self::OrgSettingsChanged => "org.settings_changed",
            Self::ModuleToggled => "org.module_toggled",
            Self::SignIn => "auth.sign_in",
            Self::SignInFailed => "auth.sign_in_failed",
            Self::SignInThrottled => "auth.sign_in_throttled",
            Self::SignOut => "auth.sign_out",
            Self::PasswordChanged => "auth.password_changed",
            Self::UserCreated => "user.created",
            Self::UserRoleChanged => "user.role_changed",
            Self::UserDeactivated => "user.deactivated",
            Self::UserReactivated => "user.reactivated",
            Self::TokenCreated => "token.created",
            Self::TokenRevoked => "token.revoked",
            Self::AuditViewed => "audit.viewed",
            Self::AuditVerified => "audit.verified",
            Self::ContactCreated => "contact.created",
            Self::FlowCreated => "chat.flow_created",
            Self::FlowChanged => "chat.flow_changed",
            Self::NoticePublished => "chat.notice_published",
            Self::ConversationViewed => "chat.conversation_viewed",
            Self::ConversationAccepted => "chat.conversation_accepted",
            Self::ConversationTransferred => "chat.conversation_transferred",
            Self::ConversationClosed => "chat.conversation_closed",
            Self::ForumSettingsChanged => "forum.settings_changed",
            Self::ForumCategoryCreated => "forum.category_created",
            Self::ForumNoticePublished => "forum.notice_published",
            Self::ForumPostModerated => "forum.post_moderated",
            Self::ForumPostEdited => "forum.post_edited",
            Self::ForumQuestionMoved => "forum.question_moved",
            Self::ForumAnswerAccepted => "forum.answer_accepted",
            Self::ForumStaffAnswered => "forum.staff_answered",
            Self::ForumReportsResolved => "forum.reports_resolved",
            Self::ForumPostDeletedByAuthor => "forum.post_deleted_by_author",
            Self::ForumAuthorAnonymised => "forum.author_anonymised",
            Self::InboxCreated => "mail.inbox_created",
            Self::InboxChanged => "mail.inbox_changed",
            Self::CaseCreated => "case.created",
            Self::CaseViewed => "case.viewed",
            Self::CaseReplied => "case.replied",
            Self::CaseNoteAdded => "case.note_added",
            Self::CaseStatusChanged => "case.status_changed",
            Self::CaseAssigned => "case.assigned",
            Self::CaseTagged => "case.tagged",
            Self::CaseRouted => "case.routed",
            Self::GroupCreated => "staff.group_created",
            Self::GroupChanged => "staff.group_changed",
            Self::GroupDeleted => "staff.group_deleted",
            Self::RetentionRuleChanged => "retention.rule_changed",
            Self::RetentionRuleConfirmed => "retention.rule_confirmed",
            Self::RetentionRuleRefused => "retention.rule_refused",
            Self::RetentionLegalBasisAdded => "retention.legal_basis_added",
            Self::LegalHoldPlaced => "retention.hold_placed",
            Self::LegalHoldReleased => "retention.hold_released",
            Self::RetentionRun => "retention.run",
            Self::PersonSearched => "dsr.person_searched",
            Self::PersonErased => "dsr.person_erased",
            Self::PersonExported => "dsr.person_exported",
            Self::RequestRegistered => "dsr.request_registered",
            Self::RequestChanged => "dsr.request_changed",
            Self::RequestCompleted => "dsr.request_completed",
            Self::RequestExtensionSent => "dsr.request_extension_sent",
            Self::PrivacySetupChanged => "privacy.setup_changed",
            Self::SubProcessorAdded => "privacy.sub_processor_added",
            Self::SubProcessorRemoved => "privacy.sub_processor_removed",
            Self::GuideChanged => "kb.guide_changed",
            Self::GuidePublished => "kb.guide_published",
            Self::StatisticsAgentDaysSet => "stats.agent_days_set",
            Self::ContentMasked => "privacy.content_masked",
        }
    }
}

/// What it happened to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Target {
    pub kind: &'static str,
    pub id: i64,
}

impl Target {
    pub fn user(id: crate::UserId) -> Self {
        Self { kind: "user", id: id.0 }
    }
    pub fn token(id: crate::TokenId) -> Self {
        Self { kind: "token", id: id.0 }
    }
    pub fn org(id: OrgId) -> Self {
        Self { kind: "organisation", id: id.0 }
    }
    pub fn flow(id: crate::FlowId) -> Self {
        Self { kind: "chat_flow", id: id.0 }
    }
    pub fn conversation(id: crate::ConversationId) -> Self {
        Self { kind: "conversation", id: id.0 }
    }
    pub fn post(id: crate::PostId) -> Self {
        Self { kind: "forum_post", id: id.0 }
    }
    pub fn category(id: crate::CategoryId) -> Self {
        Self { kind: "forum_category", id: id.0 }
    }
    pub fn inbox(id: crate::InboxId) -> Self {
        Self { kind: "mail_inbox", id: id.0 }
    }
    pub fn group(id: crate::GroupId) -> Self {
        Self { kind: "agent_group", id: id.0 }
    }
    pub fn request(id: i64) -> Self {
        Self { kind: "dsr_request", id }
    }
    pub fn retention_rule(id: i64) -> Self {
        Self { kind: "retention_rule", id }
    }
    pub fn legal_hold(id: i64) -> Self {
        Self { kind: "legal_hold", id }
    }
    pub fn retention_run(id: i64) -> Self {
        Self { kind: "retention_run", id }
    }
    pub fn case(id: crate::CaseId) -> Self {
        Self { kind: "case", id: id.0 }
    }
    pub fn contact(id: crate::ContactId) -> Self {
        Self { kind: "contact", id: id.0 }
    }
}

/// A detail value: never free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailValue {
    Id(i64),
    Count(i64),
    Code(&'static str),
    Flag(bool),
}

/// An event before it is chained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    pub actor: Actor,
    pub action: Action,
    pub target: Option<Target>,
    pub details: Vec<(&'static str, DetailValue)>,
}

impl NewEvent {
    pub fn new(actor: Actor, action: Action) -> Self {
        Self { actor, action, target: None, details: Vec::new() }
    }

    pub fn target(mut self, target: Target) -> Self {
        self.target = Some(target);
        self
    }

    pub fn detail(mut self, key: &'static str, value: DetailValue) -> Self {
        self.details.push((key, value));
        self
    }

    /// Details as canonical JSON: keys sorted, so the hash does not depend on insertion order.
    pub fn details_json(&self) -> String {
        let mut map = serde_json::Map::new();
        let mut sorted = self.details.clone();
        sorted.sort_by_key(|(k, _)| *k);
        for (key, value) in sorted {
            let json = match value {
                DetailValue::Id(v) | DetailValue::Count(v) => serde_json::Value::from(v),
                DetailValue::Code(v) => serde_json::Value::from(v),
                DetailValue::Flag(v) => serde_json::Value::from(v),
            };
            map.insert(key.to_owned(), json);
        }
        serde_json::Value::Object(map).to_string()
    }
}

/// An event as stored: every field that the hash covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredEvent {
    pub org_id: OrgId,
    pub seq: i64,
    pub occurred_at: Timestamp,
    pub actor_kind: String,
    pub actor_id: Option<i64>,
    pub action: String,
    pub target_kind: Option<String>,
    pub target_id: Option<i64>,
    pub details: String,
    pub prev_hash: String,
    pub hash: String,
}

/// The `prev_hash` of an organisation's first event.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The SHA-256 over every field of an event and its predecessor's hash.
///
/// Fields are length-prefixed so that no two different events serialise alike.
#[allow(clippy::too_many_arguments)]
pub fn chain_hash(
    org_id: OrgId,
    seq: i64,
    occurred_at: Timestamp,
    actor_kind: &str,
    actor_id: Option<i64>,
    action: &str,
    target_kind: Option<&str>,
    target_id: Option<i64>,
    details: &str,
    prev_hash: &str,
) -> String {
    let mut hasher = Sha256::new();
    let mut field = |value: &str| {
        hasher.update((value.len() as u64).to_be_bytes());
        hasher.update(value.as_bytes());
    };
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    field("samtal-audit-v1");
    field(&org_id.0.to_string());
    field(&seq.to_string());
    field(&occurred_at.0.to_string());
    field(actor_kind);
    field(&opt(actor_id));
    field(action);
    field(target_kind.unwrap_or_default());
    field(&opt(target_id));
    field(details);
    field(prev_hash);
    hex::encode(hasher.finalize())
}

impl StoredEvent {
    /// Recomputes this event's hash from its fields.
    pub fn expected_hash(&self) -> String {
        chain_hash(
            self.org_id,
            self.seq,
            self.occurred_at,
            &self.actor_kind,
            self.actor_id,
            &self.action,
            self.target_kind.as_deref(),
            self.target_id,
            &self.details,
            &self.prev_hash,
        )
    }
}

/// The first event of a chain that does not hold, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainBreak {
    pub seq: i64,
    pub reason: BreakReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakReason {
    /// The stored hash is not the hash of the stored fields: the row was edited.
    HashMismatch,
    /// The event does not point at its predecessor's hash.
    BrokenLink,
    /// A sequence number is missing: a row was deleted.
    Gap,
    /// The chain ends before the recorded head: rows were removed from the end.
    Truncated,
}

impl BreakReason {
    pub fn describe(self) -> &'static str {
        match self {
            Self::HashMismatch => "its contents do not match its hash (edited)",
            Self::BrokenLink => "it does not link to the previous entry's hash",
            Self::Gap => "the entry before it is missing (deleted)",
            Self::Truncated => "the chain ends before its recorded head (entries removed)",
        }
    }
}

/// Checks events in sequence order; call `finish` with the recorded head.
#[derive(Debug)]
pub struct ChainVerifier {
    expected_seq: i64,
    prev_hash: String,
    pub checked: u64,
    pub first_break: Option<ChainBreak>,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        Self { expected_seq: 1, prev_hash: GENESIS_HASH.to_owned(), checked: 0, first_break: None }
    }
}

impl ChainVerifier {
    pub fn check(&mut self, event: &StoredEvent) {
        if self.first_break.is_some() {
            return;
        }
        self.checked += 1;
        let reason = if event.seq != self.expected_seq {
            Some(BreakReason::Gap)
        } else if event.prev_hash != self.prev_hash {
            Some(BreakReason::BrokenLink)
        } else if event.expected_hash() != event.hash {
            Some(BreakReason::HashMismatch)
        } else {
            None
        };
        if let Some(reason) = reason {
            self.first_break = Some(ChainBreak { seq: event.seq, reason });
        }
        self.expected_seq = event.seq + 1;
        self.prev_hash = event.hash.clone();
    }

    /// Compares the end of the chain with the head recorded beside it.
    pub fn finish(mut self, head_seq: i64, head_hash: &str) -> Result<u64, ChainBreak> {
        if self.first_break.is_none() && (self.expected_seq - 1 != head_seq || self.prev_hash != head_hash) {
            self.first_break = Some(ChainBreak { seq: self.expected_seq, reason: BreakReason::Truncated });
        }
        match self.first_break {
            Some(b) => Err(b),
            None => Ok(self.checked),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<StoredEvent> {
        let mut prev = GENESIS_HASH.to_owned();
        (1..=n)
            .map(|seq| {
                let mut e = StoredEvent {
                    org_id: OrgId(7),
                    seq,
                    occurred_at: Timestamp(seq * 1000),
                    actor_kind: "operator".into(),
                    actor_id: None,
                    action: "user.created".into(),
                    target_kind: Some("user".into()),
                    target_id: Some(seq),
                    details: "{}".into(),
                    prev_hash: prev.clone(),
                    hash: String::new(),
                };
                e.hash = e.expected_hash();
                prev = e.hash.clone();
                e
            })
            .collect()
    }

    fn verify(events: &[StoredEvent], head: (i64, &str)) -> Result<u64, ChainBreak> {
        let mut v = ChainVerifier::default();
        events.iter().for_each(|e| v.check(e));
        v.finish(head.0, head.1)
    }

    #[test]
    fn intact_chain_verifies() {
        let events = chain(5);
        let head = events.last().unwrap().hash.clone();
        assert_eq!(verify(&events, (5, &head)), Ok(5));
    }

    #[test]
    fn edits_deletions_and_truncation_are_caught() {
        let events = chain(5);
        let head = events.last().unwrap().hash.clone();

        let mut edited = events.clone();
        edited[2].target_id = Some(99);
        assert_eq!(verify(&edited, (5, &head)).unwrap_err(), ChainBreak { seq: 3, reason: BreakReason::HashMismatch });

        let mut deleted = events.clone();
        deleted.remove(1);
        assert_eq!(verify(&deleted, (5, &head)).unwrap_err(), ChainBreak { seq: 3, reason: BreakReason::Gap });

        let truncated = &events[..4];
        assert_eq!(verify(truncated, (5, &head)).unwrap_err().reason, BreakReason::Truncated);
    }

    #[test]
    fn details_are_canonical() {
        let a = NewEvent::new(Actor::System, Action::UserCreated)
            .detail("b", DetailValue::Count(2))
            .detail("a", DetailValue::Code("admin"));
        assert_eq!(a.details_json(), r#"{"a":"admin","b":2}"#);
    }
}
