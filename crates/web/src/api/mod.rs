//! The JSON API under `/api/v1`, authenticated by bearer tokens.
//!
//! Routes are registered through `OpenApiRouter`, so a route cannot exist
//! without its entry in the OpenAPI document served at `/api/v1/openapi.json`.

mod audit;
mod cases;
mod chat;
mod dto;
mod forum;
mod guides;
mod org;
mod people;
mod privacy;
pub(crate) mod reports;
mod requests;
mod retention;

use crate::AppState;
use axum::Router;
use axum::response::IntoResponse;
use std::sync::OnceLock;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouterExt};
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(title = "Samtal API", description = "Staff API of Samtal. Authenticate with `Authorization: Bearer samtal_…` (create tokens under Settings → API tokens or with `samtal token create`). Errors are `{\"error\": {\"code\", \"message\"}}`."),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(openapi_json))
        .routes(routes!(org::me))
        .routes(routes!(org::organisation))
        .routes(routes!(org::list_users, org::create_user))
        .routes(routes!(org::update_user))
        .routes(routes!(org::list_tokens, org::create_token))
        .routes(routes!(org::revoke_token))
        .routes(routes!(audit::events))
        .routes(routes!(audit::verify))
        .routes(routes!(chat::list_flows, chat::create_flow))
        .routes(routes!(chat::update_flow))
        .routes(routes!(chat::publish_notice))
        .routes(routes!(chat::set_agents))
        .routes(routes!(chat::conversations))
        .routes(routes!(chat::messages))
        .routes(routes!(chat::mask_message))
        .routes(routes!(forum::categories))
        .routes(routes!(forum::questions))
        .routes(routes!(forum::question))
        .routes(routes!(forum::search))
        .routes(routes!(forum::moderation_queue))
        .routes(routes!(forum::staff_question))
        .routes(routes!(forum::moderate))
        .routes(routes!(forum::edit))
        .routes(routes!(forum::answer))
        .routes(routes!(forum::mask))
        .routes(routes!(forum::accept))
        .routes(routes!(forum::dismiss_reports))
        .routes(routes!(forum::settings, forum::save_settings))
        .routes(routes!(forum::create_category))
        .routes(routes!(cases::list_inboxes, cases::create_inbox))
        .routes(routes!(cases::update_inbox))
        .routes(routes!(cases::list_rules, cases::add_rule))
        .routes(routes!(cases::delete_rule))
        .routes(routes!(cases::list_cases))
        .routes(routes!(cases::get_case, cases::update))
        .routes(routes!(cases::reply))
        .routes(routes!(cases::note))
        .routes(routes!(cases::mask_message))
        .routes(routes!(cases::mask_attachment))
        .routes(routes!(cases::list_groups, cases::create_group))
        .routes(routes!(cases::set_group_members))
        .routes(routes!(cases::delete_group))
        .routes(routes!(retention::rules, retention::set_rule))
        .routes(routes!(retention::confirm))
        .routes(routes!(retention::preview))
        .routes(routes!(retention::add_legal_basis))
        .routes(routes!(retention::holds, retention::place_hold))
        .routes(routes!(retention::release_hold))
        .routes(routes!(retention::receipts))
        .routes(routes!(retention::run_now))
        .routes(routes!(people::search))
        .routes(routes!(people::erase))
        .routes(routes!(people::export))
        .routes(routes!(people::record))
        .routes(routes!(requests::list, requests::register))
        .routes(routes!(requests::identity))
        .routes(routes!(requests::extend))
        .routes(routes!(requests::refuse))
        .routes(routes!(requests::complete))
        .routes(routes!(guides::list, guides::create))
        .routes(routes!(guides::get, guides::update, guides::delete))
        .routes(routes!(guides::set_status))
        .routes(routes!(guides::create_category))
        .routes(
            routes!(guides::upload_image)
                .layer(axum::extract::DefaultBodyLimit::max(app::guides::IMAGE_MAX_BYTES + 64 * 1024)),
        )
        .routes(routes!(guides::suggestions))
        .routes(routes!(privacy::setup))
        .routes(routes!(privacy::save_profile))
        .routes(routes!(privacy::save_purpose))
        .routes(routes!(privacy::add_sub_processor))
        .routes(routes!(privacy::remove_sub_processor))
        .routes(routes!(reports::settings, reports::save_settings))
        .routes(routes!(reports::report))
        .routes(routes!(reports::table_csv))
}

fn split() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::new().nest("/api/v1", api()).split_for_parts()
}

/// The OpenAPI document of every `/api/v1` route.
pub fn openapi_document() -> utoipa::openapi::OpenApi {
    split().1
}

/// The API routes, with full `/api/v1/…` paths.
pub fn router() -> Router<AppState> {
    split().0.fallback(|| async {
        crate::error::json_error(axum::http::StatusCode::NOT_FOUND, "not_found", "no such API route")
    })
}

/// This document.
#[utoipa::path(get, path = "/openapi.json", security(()), tag = "meta",
    responses((status = 200, description = "The OpenAPI 3.1 document of this API", content_type = "application/json")))]
async fn openapi_json() -> axum::response::Response {
    static DOC: OnceLock<String> = OnceLock::new();
    let body = DOC.get_or_init(|| openapi_document().to_pretty_json().unwrap_or_default());
    ([(axum::http::header::CONTENT_TYPE, "application/json")], body.clone()).into_response()
}
