//! The controller's privacy setup (admin and DPO): the DPO contact that notices quote,
//! the EU/EEA-only mode, the purpose texts of the record of processing, and the register
//! of sub-processors (with the configured mail servers listed automatically).

use crate::AppState;
use crate::error::{PageError, classify};
use crate::extract::{FormInput, Staff};
use crate::pages::{Shell, form_message, render};
use app::AppError;
use app::privacy_setup::{PrivacySetup, SubProcessorInput};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::org::Module;
use domain::processors::TransferMechanism;

/// One line of the register: a staff entry (with an id to remove) or a configured endpoint.
pub struct ProcessorItem {
    pub id: Option<i64>,
    pub name: String,
    pub service: String,
    pub data_categories: String,
    pub country: String,
    pub mechanism: String,
}

#[derive(Template)]
#[template(path = "privacy_setup.html")]
struct PrivacyPage {
    shell: Shell,
    dpo_contact: String,
    eu_only: bool,
    /// (module code, module name, text, written by the organisation)
    purposes: Vec<(&'static str, String, String, bool)>,
    processors: Vec<ProcessorItem>,
    mechanisms: Vec<(&'static str, String)>,
    error: Option<String>,
    done: Option<String>,
}

async fn page(state: &AppState, staff: &Staff, error: Option<String>, done: Option<String>) -> Response {
    let tr = staff.tr;
    let setup: PrivacySetup = match state.app.privacy_setup(&staff.principal).await {
        Ok(s) => s,
        Err(e) => return PageError::new(e, tr.0).into_response(),
    };
    let mut processors: Vec<ProcessorItem> = setup
        .sub_processors
        .into_iter()
        .map(|p| ProcessorItem {
            id: Some(p.id),
            name: p.name,
            service: p.service,
            data_categories: p.data_categories,
            country: p.country,
            mechanism: tr.tk("transfer-", &p.transfer_mechanism, ""),
        })
        .collect();
    processors.extend(setup.endpoints.iter().map(|e| {
        ProcessorItem {
            id: None,
            name: e.host.clone(),
            service: tr.tk("endpoint-", e.service, ""),
            data_categories: tr.t("endpoint-data"),
            country: e
                .country
                .clone()
                .unwrap_or_else(|| if e.is_local() { tr.t("endpoint-local") } else { tr.t("endpoint-no-country") }),
            mechanism: if e.inside_eea() { tr.t("transfer-within_eea") } else { tr.t("endpoint-no-country") },
        }
    }));
    let status = match &error {
        Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    let page = PrivacyPage {
        shell: Shell::new(state, staff, "privacy").await,
        dpo_contact: setup.profile.dpo_contact,
        eu_only: setup.profile.eu_only,
        purposes: setup
            .purposes
            .into_iter()
            .map(|(m, text, own)| (m.as_str(), tr.tk("module-", m.as_str(), ""), text, own))
            .collect(),
        processors,
        mechanisms: TransferMechanism::ALL.iter().map(|m| (m.as_str(), tr.tk("transfer-", m.as_str(), ""))).collect(),
        error,
        done,
    };
    render(&page, status)
}

pub async fn show(State(state): State<AppState>, staff: Staff) -> Response {
    page(&state, &staff, None, None).await
}

async fn after(state: &AppState, staff: &Staff, result: Result<(), AppError>) -> Response {
    match result {
        Ok(()) => Redirect::to("/settings/privacy").into_response(),
        Err(e @ AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => {
            let mut res = page(state, staff, Some(form_message(staff.tr, &e)), None).await;
            *res.status_mut() = classify(&e).0;
            res
        }
    }
}

#[derive(serde::Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    dpo_contact: String,
    eu_only: Option<String>,
}

pub async fn save_profile(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<ProfileForm>,
) -> Response {
    let result = state.app.save_privacy_profile(&staff.principal, &form.dpo_contact, form.eu_only.is_some()).await;
    after(&state, &staff, result).await
}

#[derive(serde::Deserialize)]
pub struct PurposeForm {
    #[serde(default)]
    purpose: String,
}

pub async fn save_purpose(
    State(state): State<AppState>,
    staff: Staff,
    Path(module): Path<String>,
    FormInput(form): FormInput<PurposeForm>,
) -> Response {
    let result = async {
        let module: Module = module.parse()?;
        state.app.set_processing_purpose(&staff.principal, module, &form.purpose).await
    }
    .await;
    after(&state, &staff, result).await
}

#[derive(serde::Deserialize)]
pub struct ProcessorForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    service: String,
    #[serde(default)]
    data_categories: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    transfer_mechanism: String,
}

pub async fn add_processor(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<ProcessorForm>,
) -> Response {
    let input = SubProcessorInput {
        name: &form.name,
        service: &form.service,
        data_categories: &form.data_categories,
        country: &form.country,
        transfer_mechanism: &form.transfer_mechanism,
    };
    let result = state.app.add_sub_processor(&staff.principal, &input).await.map(|_| ());
    after(&state, &staff, result).await
}

pub async fn remove_processor(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Response {
    let result = state.app.remove_sub_processor(&staff.principal, id).await;
    after(&state, &staff, result).await
}
