//! The controller's privacy setup over JSON (admin or DPO): DPO contact, EU/EEA-only
//! mode, purpose texts, and the sub-processor register.

use super::dto::{Created, ErrorBody};
use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCaller, JsonInput};
use app::AppError;
use app::privacy_setup::SubProcessorInput;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct SubProcessorBody {
    /// Null for a configured mail server (listed automatically, changed in the configuration).
    pub id: Option<i64>,
    pub name: String,
    pub service: String,
    pub data_categories: String,
    /// ISO code; null when the configuration states none.
    pub country: Option<String>,
    /// within_eea, adequacy, standard_contractual_clauses or binding_corporate_rules; null when unknown.
    pub transfer_mechanism: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct PurposeBody {
    pub module: String,
    pub purpose: String,
    /// False while the built-in text is used.
    pub written_by_organisation: bool,
}

#[derive(Serialize, ToSchema)]
pub struct PrivacySetupBody {
    pub dpo_contact: String,
    pub eu_eea_only: bool,
    pub purposes: Vec<PurposeBody>,
    pub sub_processors: Vec<SubProcessorBody>,
}

/// The privacy setup, with configured mail servers among the sub-processors.
#[utoipa::path(get, path = "/privacy", tag = "data subjects",
    responses((status = 200, body = PrivacySetupBody), (status = 403, body = ErrorBody)))]
pub async fn setup(State(state): State<AppState>, ApiCaller(p): ApiCaller) -> Result<Json<PrivacySetupBody>, ApiError> {
    let s = state.app.privacy_setup(&p).await?;
    let mut sub_processors: Vec<SubProcessorBody> = s
        .sub_processors
        .into_iter()
        .map(|r| SubProcessorBody {
            id: Some(r.id),
            name: r.name,
            service: r.service,
            data_categories: r.data_categories,
            country: Some(r.country),
            transfer_mechanism: Some(r.transfer_mechanism),
        })
        .collect();
    sub_processors.extend(s.endpoints.iter().map(|e| SubProcessorBody {
        id: None,
        name: e.host.clone(),
        service: e.service.to_owned(),
        data_categories: "e-mail addresses, names and messages".into(),
        country: e.country.clone(),
        transfer_mechanism: e.inside_eea().then(|| "within_eea".to_owned()),
    }));
    Ok(Json(PrivacySetupBody {
        dpo_contact: s.profile.dpo_contact,
        eu_eea_only: s.profile.eu_only,
        purposes: s
            .purposes
            .into_iter()
            .map(|(m, purpose, own)| PurposeBody { module: m.as_str().into(), purpose, written_by_organisation: own })
            .collect(),
        sub_processors,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileRequest {
    pub dpo_contact: String,
    /// Refused while a sub-processor or configured mail server lies outside the EU/EEA.
    pub eu_eea_only: bool,
}

/// Saves the DPO contact and the EU/EEA-only mode.
#[utoipa::path(put, path = "/privacy/profile", tag = "data subjects", request_body = ProfileRequest,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn save_profile(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<ProfileRequest>,
) -> Result<StatusCode, ApiError> {
    state.app.save_privacy_profile(&p, &body.dpo_contact, body.eu_eea_only).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PurposeRequest {
    /// Empty returns to the built-in text.
    pub purpose: String,
}

/// Sets a module's purpose text in the record of processing (chat, forum, email, knowledge_base).
#[utoipa::path(put, path = "/privacy/purposes/{module}", tag = "data subjects", request_body = PurposeRequest,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn save_purpose(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(module): Path<String>,
    JsonInput(body): JsonInput<PurposeRequest>,
) -> Result<StatusCode, ApiError> {
    let module = module.parse().map_err(AppError::from)?;
    state.app.set_processing_purpose(&p, module, &body.purpose).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SubProcessorRequest {
    pub name: String,
    pub service: String,
    pub data_categories: String,
    /// ISO 3166 code, e.g. SE.
    pub country: String,
    /// within_eea (EU/EEA countries only), adequacy, standard_contractual_clauses or binding_corporate_rules.
    pub transfer_mechanism: String,
}

/// Adds a sub-processor; 422 outside the EU/EEA in EU/EEA-only mode or with a mechanism that does not fit.
#[utoipa::path(post, path = "/privacy/sub-processors", tag = "data subjects", request_body = SubProcessorRequest,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn add_sub_processor(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<SubProcessorRequest>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let input = SubProcessorInput {
        name: &body.name,
        service: &body.service,
        data_categories: &body.data_categories,
        country: &body.country,
        transfer_mechanism: &body.transfer_mechanism,
    };
    let id = state.app.add_sub_processor(&p, &input).await?;
    Ok((StatusCode::CREATED, Json(Created { id })))
}

/// Removes a sub-processor entered by staff.
#[utoipa::path(delete, path = "/privacy/sub-processors/{id}", tag = "data subjects",
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn remove_sub_processor(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    state.app.remove_sub_processor(&p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
