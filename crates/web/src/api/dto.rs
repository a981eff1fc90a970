//! Request and response bodies of the API. Inputs refuse unknown fields, so a
//! client cannot set what an endpoint does not offer (mass assignment).

use domain::Timestamp;
use domain::staff::{Role, StaffUser};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RoleName {
    Admin,
    Agent,
    Dpo,
}

impl From<RoleName> for Role {
    fn from(r: RoleName) -> Self {
        match r {
            RoleName::Admin => Role::Admin,
            RoleName::Agent => Role::Agent,
            RoleName::Dpo => Role::Dpo,
        }
    }
}

impl From<Role> for RoleName {
    fn from(r: Role) -> Self {
        match r {
            Role::Admin => RoleName::Admin,
            Role::Agent => RoleName::Agent,
            Role::Dpo => RoleName::Dpo,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct Me {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: RoleName,
    pub organisation: String,
}

#[derive(Serialize, ToSchema)]
pub struct ModuleState {
    pub module: String,
    pub enabled: bool,
}

#[derive(Serialize, ToSchema)]
pub struct OrganisationBody {
    pub slug: String,
    pub name: String,
    pub time_zone: String,
    pub language: String,
    /// `private` or `public-authority`.
    pub regime: String,
    pub modules: Vec<ModuleState>,
}

#[derive(Serialize, ToSchema)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: RoleName,
    pub active: bool,
    pub must_change_password: bool,
}

impl From<StaffUser> for User {
    fn from(u: StaffUser) -> Self {
        Self {
            id: u.id.0,
            email: u.email.to_string(),
            display_name: u.display_name,
            role: u.role.into(),
            active: u.active,
            must_change_password: u.must_change_password,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUserRequest {
    pub email: String,
    pub display_name: Option<String>,
    pub role: RoleName,
    /// A temporary password (at least 12 characters) that must be changed at first sign-in.
    pub password: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateUserRequest {
    pub role: Option<RoleName>,
    pub active: Option<bool>,
}

#[derive(Serialize, ToSchema)]
pub struct Token {
    pub id: i64,
    pub user_id: i64,
    pub label: String,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub revoked_at: Option<String>,
}

impl From<storage_types::TokenSummary> for Token {
    fn from(t: storage_types::TokenSummary) -> Self {
        let time = |v: i64| Timestamp(v).rfc3339();
        Self {
            id: t.id,
            user_id: t.user_id,
            label: t.label,
            created_at: time(t.created_at),
            last_used_at: t.last_used_at.map(time),
            revoked_at: t.revoked_at.map(time),
        }
    }
}

/// Re-exported storage summary type, reached through `app` (web does not depend on storage).
pub mod storage_types {
    pub use app::TokenSummary;
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTokenRequest {
    pub label: String,
}

#[derive(Serialize, ToSchema)]
pub struct NewTokenResponse {
    pub id: i64,
    /// The secret, shown only in this response.
    pub token: String,
}

#[derive(Serialize, ToSchema)]
pub struct AuditEvent {
    pub seq: i64,
    pub occurred_at: String,
    pub actor_kind: String,
    pub actor_id: Option<i64>,
    pub action: String,
    pub target_kind: Option<String>,
    pub target_id: Option<i64>,
    /// Ids, counts and codes only.
    #[schema(value_type = Object)]
    pub details: serde_json::Value,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Serialize, ToSchema)]
pub struct Verification {
    pub intact: bool,
    pub events_checked: Option<u64>,
    pub broken_at_seq: Option<i64>,
    pub reason: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    pub code: String,
    pub message: String,
    /// With `sensitive_unconfirmed`: the kinds of sensitive data found in the text, as
    /// scanner kinds (`personnummer`, `phone`, `email`, `card`, …) or Art. 9/10 categories
    /// (`health`, `religion`, …, `offence`). Send again with `"confirm_sensitive": true`
    /// once a person has confirmed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kinds: Option<Vec<String>>,
}

/// Which sensitive data to mask in a stored item: `{"all": true}`, or one finding by
/// the byte span its `findings` list gives (`{"start": 13, "end": 24}`).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MaskRequest {
    pub all: Option<bool>,
    pub start: Option<usize>,
    pub end: Option<usize>,
}

impl MaskRequest {
    pub fn mask(&self) -> Result<app::sensitive::Mask, app::AppError> {
        crate::findings::mask_choice(self.all == Some(true), self.start, self.end)
    }
}

/// What a mask action replaced: the kinds, each once (values are never returned).
#[derive(Serialize, ToSchema)]
pub struct MaskedBody {
    pub masked: Vec<String>,
}

impl From<Vec<&'static str>> for MaskedBody {
    fn from(kinds: Vec<&'static str>) -> Self {
        Self { masked: kinds.into_iter().map(str::to_owned).collect() }
    }
}

/// The id of what was created.
#[derive(Serialize, ToSchema)]
pub struct Created {
    pub id: i64,
}
