//! Retention over JSON: rules, preview, legal bases, legal holds and receipts.

use super::dto::{Created, ErrorBody};
use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCaller, JsonInput};
use app::AppError;
use app::retention::{InForce, PreviewLine, RuleInput};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use domain::Timestamp;
use domain::retention::Terms;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct RuleBody {
    /// chat, forum or mail.
    pub module: String,
    /// 0: the whole module; else a chat flow, forum category or mail inbox id.
    pub scope_id: i64,
    /// records or attachments.
    pub applies_to: String,
    /// closed, last_activity or created.
    pub after: String,
    pub days: i64,
    /// delete or anonymise.
    pub action: String,
    pub legal_basis_id: Option<i64>,
    /// The rule version's id; null for the built-in default.
    pub rule_id: Option<i64>,
    pub version: i64,
}

impl From<&InForce> for RuleBody {
    fn from(r: &InForce) -> Self {
        Self {
            module: r.module.as_str().into(),
            scope_id: r.scope_id,
            applies_to: r.applies.as_str().into(),
            after: r.terms.clock.as_str().into(),
            days: r.terms.days,
            action: r.terms.action.as_str().into(),
            legal_basis_id: r.legal_basis_id,
            rule_id: r.rule_id,
            version: r.version,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct WaitingBody {
    pub rule_id: i64,
    pub module: String,
    pub scope_id: i64,
    pub applies_to: String,
    pub after: Option<String>,
    pub days: Option<i64>,
    pub action: Option<String>,
    /// When it takes effect unless confirmed earlier.
    pub effective_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct RulesBody {
    pub in_force: Vec<RuleBody>,
    pub waiting: Vec<WaitingBody>,
}

/// The rules in force (the organisation's own and the defaults) and changes waiting for their grace period.
#[utoipa::path(get, path = "/retention/rules", tag = "retention",
    responses((status = 200, body = RulesBody), (status = 403, body = ErrorBody)))]
pub async fn rules(State(state): State<AppState>, ApiCaller(p): ApiCaller) -> Result<Json<RulesBody>, ApiError> {
    let overview = state.app.retention_overview(&p).await?;
    Ok(Json(RulesBody {
        in_force: overview.in_force.iter().map(RuleBody::from).collect(),
        waiting: overview
            .waiting
            .iter()
            .map(|w| WaitingBody {
                rule_id: w.id,
                module: w.module.clone(),
                scope_id: w.scope_id,
                applies_to: w.applies_to.clone(),
                after: w.clock.clone(),
                days: w.days,
                action: w.action.clone(),
                effective_at: Timestamp(w.effective_at).rfc3339(),
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleRequest {
    pub module: String,
    #[serde(default)]
    pub scope_id: i64,
    /// records (default) or attachments.
    pub applies_to: Option<String>,
    /// closed, last_activity or created; with days and action. Leave all three out to
    /// remove a scope's own rule.
    pub after: Option<String>,
    pub days: Option<i64>,
    pub action: Option<String>,
    pub legal_basis_id: Option<i64>,
    #[serde(default)]
    pub reason: String,
    /// Take effect at once even if it removes something now (admin).
    #[serde(default)]
    pub confirm: bool,
}

#[derive(Serialize, ToSchema)]
pub struct RuleSaved {
    pub rule_id: i64,
    /// Later than now when the change waits for its grace period.
    pub effective_at: String,
}

/// Sets a rule (admin or DPO). Refused with 422 when the regime does not allow it.
#[utoipa::path(put, path = "/retention/rules", tag = "retention", request_body = RuleRequest,
    responses((status = 200, body = RuleSaved), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_rule(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<RuleRequest>,
) -> Result<Json<RuleSaved>, ApiError> {
    let terms = match (&body.after, body.days, &body.action) {
        (None, None, None) => None,
        (Some(after), Some(days), Some(action)) => Some(Terms {
            clock: after.parse().map_err(AppError::from)?,
            days,
            action: action.parse().map_err(AppError::from)?,
        }),
        _ => return Err(AppError::from(domain::Invalid::new("days", domain::InvalidReason::Empty)).into()),
    };
    let input = RuleInput {
        module: body.module.parse().map_err(AppError::from)?,
        scope_id: body.scope_id,
        applies: body.applies_to.as_deref().unwrap_or("records").parse().map_err(AppError::from)?,
        terms,
        legal_basis_id: body.legal_basis_id,
        reason: body.reason,
        confirm: body.confirm,
    };
    let (rule_id, effective) = state.app.set_retention_rule(&p, &input).await?;
    Ok(Json(RuleSaved { rule_id, effective_at: effective.rfc3339() }))
}

/// Makes a waiting rule change effective now (admin).
#[utoipa::path(post, path = "/retention/rules/{id}/confirm", tag = "retention",
    params(("id" = i64, Path, description = "Rule version id")),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn confirm(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    state.app.confirm_retention_rule(&p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, IntoParams)]
pub struct PreviewQuery {
    /// YYYY-MM-DD or RFC 3339 [default: now].
    pub as_of: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct PreviewBody {
    pub module: String,
    pub applies_to: String,
    pub scope_id: i64,
    pub action: String,
    pub keep_days: i64,
    pub after: String,
    pub rule_version: i64,
    /// [0]: due at as_of (overdue included); [d]: falling due on day d after it (d = 1…30).
    pub days: Vec<i64>,
    /// Due but kept by a legal hold.
    pub held: i64,
}

impl From<PreviewLine> for PreviewBody {
    fn from(l: PreviewLine) -> Self {
        Self {
            module: l.module.as_str().into(),
            applies_to: l.applies.as_str().into(),
            scope_id: l.scope_id,
            action: l.action.as_str().into(),
            keep_days: l.keep_days,
            after: l.clock.as_str().into(),
            rule_version: l.rule_version,
            days: l.days,
            held: l.held,
        }
    }
}

/// What the rules would remove at a moment and on each of the 30 days after it.
#[utoipa::path(get, path = "/retention/preview", tag = "retention", params(PreviewQuery),
    responses((status = 200, body = [PreviewBody]), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn preview(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Query(q): Query<PreviewQuery>,
) -> Result<Json<Vec<PreviewBody>>, ApiError> {
    let as_of = match q.as_of.as_deref() {
        None => Timestamp::now(),
        Some(raw) => Timestamp::parse_typed("as_of", raw).map_err(AppError::from)?,
    };
    Ok(Json(state.app.retention_preview_for(&p, as_of).await?.into_iter().map(PreviewBody::from).collect()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalBasisRequest {
    /// E.g. "Gallringsbeslut KS 2024/117 § 4".
    pub reference: String,
    /// The shortest period the basis allows, in days.
    pub min_days: i64,
}

/// Records a legal basis (admin or DPO).
#[utoipa::path(post, path = "/retention/legal-bases", tag = "retention", request_body = LegalBasisRequest,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn add_legal_basis(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<LegalBasisRequest>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let id = state.app.add_legal_basis(&p, &body.reference, body.min_days).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HoldRequest {
    /// conversation, case, forum_post (a question) or person.
    pub target: String,
    /// The conversation, case or forum question (not for a person).
    pub target_id: Option<i64>,
    /// For a person: email, phone or personnummer (guessed from `identifier` when left out).
    pub kind: Option<String>,
    /// For a person: the e-mail address, phone number or personnummer, in any written form.
    pub identifier: Option<String>,
    /// A restriction of processing (Art. 18, a person only): staff replies to the person wait too.
    #[serde(default)]
    pub restriction: bool,
    pub reason: String,
    /// YYYY-MM-DD or RFC 3339; none: until released.
    pub expires_at: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct HoldBody {
    pub id: i64,
    pub target: String,
    pub target_id: i64,
    /// For a hold on a person: email, phone or personnummer, and the value as stored
    /// (lower-case address; phone digits without the leading zero; ten digits).
    pub person_kind: Option<String>,
    pub person: Option<String>,
    pub restriction: bool,
    pub reason: String,
    pub expires_at: Option<String>,
    pub created_at: String,
    pub released_at: Option<String>,
}

/// Legal holds, active first.
#[utoipa::path(get, path = "/retention/holds", tag = "retention",
    responses((status = 200, body = [HoldBody]), (status = 403, body = ErrorBody)))]
pub async fn holds(State(state): State<AppState>, ApiCaller(p): ApiCaller) -> Result<Json<Vec<HoldBody>>, ApiError> {
    let overview = state.app.retention_overview(&p).await?;
    Ok(Json(
        overview
            .holds
            .into_iter()
            .map(|h| HoldBody {
                id: h.id,
                target: h.target,
                target_id: h.target_id,
                person_kind: h.person_kind,
                person: h.person_key,
                restriction: h.restriction,
                reason: h.reason,
                expires_at: h.expires_at.map(|t| Timestamp(t).rfc3339()),
                created_at: Timestamp(h.created_at).rfc3339(),
                released_at: h.released_at.map(|t| Timestamp(t).rfc3339()),
            })
            .collect(),
    ))
}

/// Places a legal hold (admin or DPO): retention and erasure leave the item alone.
#[utoipa::path(post, path = "/retention/holds", tag = "retention", request_body = HoldRequest,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn place_hold(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<HoldRequest>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let on = app::retention::HoldOn::parse(
        &body.target,
        &body.target_id.map(|id| id.to_string()).unwrap_or_default(),
        body.kind.as_deref().unwrap_or_default(),
        body.identifier.as_deref().unwrap_or_default(),
    )?;
    let expires = match body.expires_at.as_deref() {
        None => None,
        Some(raw) => Some(Timestamp::parse_typed("expires_at", raw).map_err(AppError::from)?),
    };
    let id = state.app.place_legal_hold(&p, &on, &body.reason, expires, body.restriction).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

/// Releases a legal hold.
#[utoipa::path(post, path = "/retention/holds/{id}/release", tag = "retention",
    params(("id" = i64, Path, description = "Hold id")),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn release_hold(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    state.app.release_legal_hold(&p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ReceiptBody {
    pub id: i64,
    pub started_at: String,
    pub finished_at: String,
    pub as_of: String,
    pub dry_run: bool,
    pub removed: i64,
    pub held: i64,
    pub skipped: i64,
    /// Per scope: module, applies_to, scope_id, action, count.
    #[schema(value_type = Object)]
    pub counts: serde_json::Value,
    /// Ids of the rule versions applied.
    pub rule_versions: Vec<i64>,
}

/// Receipts of past runs, newest first.
#[utoipa::path(get, path = "/retention/receipts", tag = "retention",
    responses((status = 200, body = [ReceiptBody]), (status = 403, body = ErrorBody)))]
pub async fn receipts(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
) -> Result<Json<Vec<ReceiptBody>>, ApiError> {
    Ok(Json(
        state
            .app
            .retention_receipts(&p)
            .await?
            .into_iter()
            .map(|r| ReceiptBody {
                id: r.id,
                started_at: Timestamp(r.started_at).rfc3339(),
                finished_at: Timestamp(r.finished_at).rfc3339(),
                as_of: Timestamp(r.as_of).rfc3339(),
                dry_run: r.dry_run,
                removed: r.removed,
                held: r.held,
                skipped: r.skipped,
                counts: serde_json::from_str(&r.counts).unwrap_or_default(),
                rule_versions: serde_json::from_str(&r.rule_versions).unwrap_or_default(),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RunRequest {
    /// Count only; remove nothing.
    #[serde(default)]
    pub dry_run: bool,
}

/// Runs retention for the organisation now instead of at the next hourly run (admin or DPO);
/// answers with the receipt. 409 while another node runs it.
#[utoipa::path(post, path = "/retention/runs", tag = "retention", request_body = RunRequest,
    responses((status = 200, description = "The run's receipt", content_type = "application/json"),
        (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn run_now(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<RunRequest>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let report = state.app.run_retention_now(&p, body.dry_run).await?;
    Ok(Json(serde_json::to_value(&report).unwrap_or_default()))
}
