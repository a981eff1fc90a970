//! Organisation, users and tokens.

use super::dto::*;
use crate::AppState;
use crate::error::ApiError;
use crate::extract::{ApiCaller, JsonInput};
use app::admin::NewUser;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use domain::{TokenId, UserId};

type ApiResult<T> = Result<T, ApiError>;

/// The account behind the token.
#[utoipa::path(get, path = "/me", tag = "account",
    responses((status = 200, body = Me), (status = 401, body = ErrorBody)))]
pub async fn me(State(state): State<AppState>, ApiCaller(p): ApiCaller) -> ApiResult<Json<Me>> {
    let org = state.app.organisation(&p).await?;
    Ok(Json(Me {
        id: p.user.id.0,
        email: p.user.email.to_string(),
        display_name: p.user.display_name.clone(),
        role: p.user.role.into(),
        organisation: org.slug.to_string(),
    }))
}

/// The caller's organisation and its modules.
#[utoipa::path(get, path = "/organisation", tag = "organisation",
    responses((status = 200, body = OrganisationBody), (status = 401, body = ErrorBody)))]
pub async fn organisation(State(state): State<AppState>, ApiCaller(p): ApiCaller) -> ApiResult<Json<OrganisationBody>> {
    let org = state.app.organisation(&p).await?;
    let modules = state.app.modules(&p).await?;
    Ok(Json(OrganisationBody {
        slug: org.slug.to_string(),
        name: org.name,
        time_zone: org.time_zone.as_str().to_owned(),
        language: org.language.as_str().to_owned(),
        regime: org.regime.as_str().to_owned(),
        modules: modules
            .into_iter()
            .map(|(m, enabled)| ModuleState { module: m.as_str().to_owned(), enabled })
            .collect(),
    }))
}

/// Staff accounts of the organisation (admin).
#[utoipa::path(get, path = "/users", tag = "users",
    responses((status = 200, body = [User]), (status = 403, body = ErrorBody)))]
pub async fn list_users(State(state): State<AppState>, ApiCaller(p): ApiCaller) -> ApiResult<Json<Vec<User>>> {
    Ok(Json(state.app.list_users(&p).await?.into_iter().map(User::from).collect()))
}

/// Creates a staff account (admin). The password must be changed at first sign-in.
#[utoipa::path(post, path = "/users", tag = "users", request_body = NewUserRequest,
    responses((status = 201, body = User), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody)))]
pub async fn create_user(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<NewUserRequest>,
) -> ApiResult<(StatusCode, Json<User>)> {
    let new = NewUser {
        email: &body.email,
        display_name: body.display_name.as_deref(),
        role: body.role.into(),
        password: &body.password,
        must_change_password: true,
    };
    let user = state.app.create_user(&p, new).await?;
    Ok((StatusCode::CREATED, Json(user.into())))
}

/// Changes a staff account's role or active state (admin).
#[utoipa::path(patch, path = "/users/{id}", tag = "users", request_body = UpdateUserRequest,
    params(("id" = i64, Path, description = "User id")),
    responses((status = 200, body = User), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_user(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
    JsonInput(body): JsonInput<UpdateUserRequest>,
) -> ApiResult<Json<User>> {
    let id = UserId(id);
    if let Some(role) = body.role {
        state.app.set_role(&p, id, role.into()).await?;
    }
    if let Some(active) = body.active {
        state.app.set_active(&p, id, active).await?;
    }
    Ok(Json(state.app.user(&p, id).await?.into()))
}

/// API tokens of the organisation, without their secrets (admin).
#[utoipa::path(get, path = "/tokens", tag = "tokens",
    responses((status = 200, body = [Token]), (status = 403, body = ErrorBody)))]
pub async fn list_tokens(State(state): State<AppState>, ApiCaller(p): ApiCaller) -> ApiResult<Json<Vec<Token>>> {
    Ok(Json(state.app.list_tokens(&p).await?.into_iter().map(Token::from).collect()))
}

/// Creates a token for the caller's own account (admin). The secret is returned once.
#[utoipa::path(post, path = "/tokens", tag = "tokens", request_body = NewTokenRequest,
    responses((status = 201, body = NewTokenResponse), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn create_token(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    JsonInput(body): JsonInput<NewTokenRequest>,
) -> ApiResult<(StatusCode, Json<NewTokenResponse>)> {
    let (id, token) = state.app.create_token(&p, &body.label).await?;
    Ok((StatusCode::CREATED, Json(NewTokenResponse { id: id.0, token })))
}

/// Revokes a token of the organisation (admin).
#[utoipa::path(delete, path = "/tokens/{id}", tag = "tokens",
    params(("id" = i64, Path, description = "Token id")),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn revoke_token(
    State(state): State<AppState>,
    ApiCaller(p): ApiCaller,
    Path(id): Path<i64>,
) -> ApiResult<StatusCode> {
    state.app.revoke_token(&p, TokenId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}
