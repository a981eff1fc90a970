//! HTTP: the server-rendered staff UI, the JSON API (`/api/v1`) with its
//! OpenAPI document, static assets, health and security headers.
//!
//! Handlers translate HTTP to `app` use cases and back; they never touch storage.

mod api;
mod assets;
mod charts;
mod chat;
mod download;
mod error;
mod extract;
mod findings;
mod forum;
mod help;
mod i18n;
mod markdown;
mod middleware;
mod pages;
mod reports;

pub use api::openapi_document;

use app::App;
use axum::Router;
use std::sync::Arc;

/// Settings of the web layer.
#[derive(Debug, Clone, Default)]
pub struct WebConfig {
    /// Mark cookies `Secure` and use the `__Host-` prefix. On when Samtal is
    /// served over HTTPS (directly or behind a TLS-terminating proxy).
    pub secure_cookies: bool,
}

#[derive(Clone)]
pub(crate) struct AppState {
    pub app: App,
    pub config: Arc<WebConfig>,
}

/// The complete HTTP application.
pub fn router(app: App, config: WebConfig) -> Router {
    let state = AppState { app, config: Arc::new(config) };
    let ui = pages::router().merge(chat::staff_router()).layer(tower_http::csrf::CsrfLayer::new());
    Router::new()
        .merge(ui)
        .merge(api::router())
        .merge(assets::router())
        .merge(chat::public_router())
        .merge(forum::router())
        .merge(help::router())
        .route("/healthz", axum::routing::get(health))
        .fallback(error::not_found)
        .with_state(state)
        .layer(axum::extract::DefaultBodyLimit::max(256 * 1024))
        .layer(axum::middleware::from_fn(middleware::security_headers))
        .layer(axum::middleware::from_fn(middleware::observe))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(error::panic_response))
}

async fn health(axum::extract::State(state): axum::extract::State<AppState>) -> axum::response::Response {
    use axum::response::IntoResponse;
    match state.app.db().ping().await {
        Ok(()) => axum::Json(serde_json::json!({ "status": "ok", "database": "ok" })).into_response(),
        Err(_) => (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            axum::Json(serde_json::json!({ "status": "unavailable", "database": "unreachable" })),
        )
            .into_response(),
    }
}
