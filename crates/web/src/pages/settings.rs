//! Settings: the organisation, its modules, its staff and its API tokens.

use crate::AppState;
use crate::error::PageError;
use crate::extract::{FormInput, Staff};
use crate::pages::auth::render;
use crate::pages::{Shell, form_message};
use app::admin::NewUser;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::org::{Language, Module, OrgSettings, TimeZoneName};
use domain::staff::{Role, StaffUser};
use domain::{TokenId, UserId};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "organisation.html")]
struct OrganisationPage {
    shell: Shell,
    name: String,
    slug: String,
    time_zone: String,
    language: &'static str,
    regime: &'static str,
    modules: Vec<(&'static str, bool)>,
    error: Option<String>,
    saved: bool,
}

async fn organisation_page(state: &AppState, staff: &Staff, error: Option<String>, saved: bool) -> Response {
    let (org, modules) =
        match (state.app.organisation(&staff.principal).await, state.app.modules(&staff.principal).await) {
            (Ok(o), Ok(m)) => (o, m),
            (Err(e), _) | (_, Err(e)) => return PageError::new(e, staff.tr.0).into_response(),
        };
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let page = OrganisationPage {
        shell: Shell::new(state, staff, "organisation").await,
        name: org.name,
        slug: org.slug.to_string(),
        time_zone: org.time_zone.as_str().to_owned(),
        language: org.language.as_str(),
        regime: org.regime.as_str(),
        modules: modules.into_iter().map(|(m, on)| (m.as_str(), on)).collect(),
        error,
        saved,
    };
    render(&page, status)
}

pub async fn organisation(State(state): State<AppState>, staff: Staff) -> Response {
    if let Err(e) = staff.principal.require(app::Capability::ManageOrganisation) {
        return PageError::new(e, staff.tr.0).into_response();
    }
    organisation_page(&state, &staff, None, false).await
}

#[derive(Deserialize)]
pub struct OrganisationForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    language: String,
}

pub async fn save_organisation(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<OrganisationForm>,
) -> Response {
    let settings = (|| -> Result<OrgSettings, domain::Invalid> {
        Ok(OrgSettings {
            name: domain::org::parse_org_name(&form.name)?,
            time_zone: TimeZoneName::parse(&form.time_zone)?,
            language: form.language.parse::<Language>()?,
        })
    })();
    let result = match settings {
        Ok(s) => state.app.update_org_settings(&staff.principal, &s).await,
        Err(inv) => Err(inv.into()),
    };
    match result {
        Ok(()) => organisation_page(&state, &staff, None, true).await,
        Err(app::AppError::Forbidden) => PageError::new(app::AppError::Forbidden, staff.tr.0).into_response(),
        Err(e) => organisation_page(&state, &staff, Some(form_message(staff.tr, &e)), false).await,
    }
}

/// Checkboxes: a module is on when its name is in the form.
pub async fn save_modules(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<HashMap<String, String>>,
) -> Response {
    for module in Module::ALL {
        let on = form.contains_key(module.as_str());
        if let Err(e) = state.app.set_module(&staff.principal, module, on).await {
            return PageError::new(e, staff.tr.0).into_response();
        }
    }
    Redirect::to("/settings/organisation").into_response()
}

#[derive(Template)]
#[template(path = "users.html")]
struct UsersPage {
    shell: Shell,
    users: Vec<StaffUser>,
    me: UserId,
    roles: [&'static str; 3],
    error: Option<String>,
}

async fn users_page(state: &AppState, staff: &Staff, error: Option<String>) -> Response {
    let users = match state.app.list_users(&staff.principal).await {
        Ok(u) => u,
        Err(e) => return PageError::new(e, staff.tr.0).into_response(),
    };
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let page = UsersPage {
        shell: Shell::new(state, staff, "users").await,
        users,
        me: staff.principal.user.id,
        roles: Role::ALL.map(Role::as_str),
        error,
    };
    render(&page, status)
}

pub async fn users(State(state): State<AppState>, staff: Staff) -> Response {
    users_page(&state, &staff, None).await
}

#[derive(Deserialize)]
pub struct NewUserForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    password: String,
}

pub async fn create_user(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<NewUserForm>,
) -> Response {
    let role = match form.role.parse::<Role>() {
        Ok(r) => r,
        Err(inv) => return users_page(&state, &staff, Some(form_message(staff.tr, &inv.into()))).await,
    };
    let new = NewUser {
        email: &form.email,
        display_name: Some(&form.display_name),
        role,
        password: &form.password,
        must_change_password: true,
    };
    match state.app.create_user(&staff.principal, new).await {
        Ok(_) => Redirect::to("/settings/users").into_response(),
        Err(app::AppError::Forbidden) => PageError::new(app::AppError::Forbidden, staff.tr.0).into_response(),
        Err(e) => users_page(&state, &staff, Some(form_message(staff.tr, &e))).await,
    }
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

pub async fn change_role(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<RoleForm>,
) -> Response {
    let result = match form.role.parse::<Role>() {
        Ok(role) => state.app.set_role(&staff.principal, UserId(id), role).await,
        Err(inv) => Err(inv.into()),
    };
    after_user_change(&state, &staff, result).await
}

#[derive(Deserialize)]
pub struct ActiveForm {
    #[serde(default)]
    active: String,
}

pub async fn change_active(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<ActiveForm>,
) -> Response {
    let result = state.app.set_active(&staff.principal, UserId(id), form.active == "true").await;
    after_user_change(&state, &staff, result).await
}

async fn after_user_change(state: &AppState, staff: &Staff, result: app::Result<()>) -> Response {
    match result {
        Ok(()) => Redirect::to("/settings/users").into_response(),
        Err(e @ (app::AppError::Forbidden | app::AppError::NotFound)) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => users_page(state, staff, Some(form_message(staff.tr, &e))).await,
    }
}

pub struct TokenRow {
    pub id: i64,
    pub label: String,
    pub owner: String,
    pub created: String,
    pub last_used: String,
    pub revoked: bool,
}

#[derive(Template)]
#[template(path = "tokens.html")]
struct TokensPage {
    shell: Shell,
    tokens: Vec<TokenRow>,
    new_token: Option<String>,
    error: Option<String>,
}

async fn tokens_page(state: &AppState, staff: &Staff, new_token: Option<String>, error: Option<String>) -> Response {
    let (tokens, users, org) = match (
        state.app.list_tokens(&staff.principal).await,
        state.app.list_users(&staff.principal).await,
        state.app.organisation(&staff.principal).await,
    ) {
        (Ok(t), Ok(u), Ok(o)) => (t, u, o),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return PageError::new(e, staff.tr.0).into_response(),
    };
    let zone = org.time_zone.zone();
    let when = |t: Option<i64>| t.map(|t| domain::Timestamp(t).format_in(&zone)).unwrap_or_else(|| "–".into());
    let tokens = tokens
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            owner: users.iter().find(|u| u.id.0 == t.user_id).map(|u| u.display_name.clone()).unwrap_or_default(),
            label: t.label,
            created: when(Some(t.created_at)),
            last_used: when(t.last_used_at),
            revoked: t.revoked_at.is_some(),
        })
        .collect();
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let page = TokensPage { shell: Shell::new(state, staff, "tokens").await, tokens, new_token, error };
    render(&page, status)
}

pub async fn tokens(State(state): State<AppState>, staff: Staff) -> Response {
    tokens_page(&state, &staff, None, None).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    label: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<TokenForm>,
) -> Response {
    match state.app.create_token(&staff.principal, &form.label).await {
        Ok((_, token)) => tokens_page(&state, &staff, Some(token), None).await,
        Err(app::AppError::Forbidden) => PageError::new(app::AppError::Forbidden, staff.tr.0).into_response(),
        Err(e) => tokens_page(&state, &staff, None, Some(form_message(staff.tr, &e))).await,
    }
}

pub async fn revoke_token(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Response {
    match state.app.revoke_token(&staff.principal, TokenId(id)).await {
        Ok(()) => Redirect::to("/settings/tokens").into_response(),
        Err(e) => PageError::new(e, staff.tr.0).into_response(),
    }
}
