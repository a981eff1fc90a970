//! Errors at the HTTP edge: a status code and a clear message, never a stack
//! trace, never personal data. HTML routes answer with a page, `/api` with JSON.

use crate::i18n::Tr;
use app::AppError;
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use domain::org::Language;

/// Status and stable error code for a use-case error.
pub fn classify(err: &AppError) -> (StatusCode, &'static str) {
    match err {
        AppError::Invalid(_) => (StatusCode::BAD_REQUEST, "invalid_input"),
        AppError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
        AppError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
        AppError::Unauthenticated | AppError::BadCredentials => (StatusCode::UNAUTHORIZED, "unauthenticated"),
        AppError::RateLimited => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
        AppError::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
        AppError::Refused(_) => (StatusCode::UNPROCESSABLE_ENTITY, "refused"),
        AppError::RetentionRefused(_) => (StatusCode::UNPROCESSABLE_ENTITY, "regime"),
        AppError::Held(_) => (StatusCode::CONFLICT, "held"),
        AppError::Ambiguous(_) => (StatusCode::CONFLICT, "ambiguous"),
        AppError::Restricted(_) => (StatusCode::CONFLICT, "restricted"),
        AppError::SensitiveUnconfirmed(_) => (StatusCode::UNPROCESSABLE_ENTITY, "sensitive_unconfirmed"),
        AppError::MaskRefused(r @ app::MaskRefusal::FindingChanged) => (StatusCode::CONFLICT, r.code()),
        AppError::MaskRefused(r) => (StatusCode::UNPROCESSABLE_ENTITY, r.code()),
        AppError::Storage(_) | AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
    }
}

fn log_if_internal(err: &AppError) {
    if matches!(err, AppError::Storage(_) | AppError::Internal(_)) {
        // Storage errors name statements and constraints, never values.
        tracing::error!(error = %err, "request failed");
    }
}

/// The message shown for an error: internal details are not disclosed.
pub fn public_message(err: &AppError) -> String {
    match err {
        AppError::Storage(_) | AppError::Internal(_) => "internal error".into(),
        other => other.to_string(),
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    tr: Tr,
    status: u16,
    title: String,
    message: String,
}

/// An error on an HTML route.
#[derive(Debug)]
pub struct PageError {
    pub err: AppError,
    pub lang: Language,
}

impl PageError {
    pub fn new(err: AppError, lang: Language) -> Self {
        Self { err, lang }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        log_if_internal(&self.err);
        let (status, _) = classify(&self.err);
        let tr = Tr(self.lang);
        let message = match &self.err {
            AppError::Invalid(inv) => crate::pages::invalid_message(tr, inv),
            AppError::Storage(_) | AppError::Internal(_) => tr.t("error-internal"),
            AppError::NotFound => tr.t("error-not-found"),
            AppError::Forbidden => tr.t("error-forbidden"),
            e @ (AppError::SensitiveUnconfirmed(_) | AppError::MaskRefused(_)) => crate::pages::form_message(tr, e),
            other => other.to_string(),
        };
        error_page(tr, status, message)
    }
}

pub fn error_page(tr: Tr, status: StatusCode, message: String) -> Response {
    let page = ErrorPage {
        tr,
        status: status.as_u16(),
        title: status.canonical_reason().unwrap_or("Error").to_owned(),
        message,
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => status.into_response(),
    }
}

/// An error on a JSON route: `{"error": {"code", "message"}}`.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(err: AppError) -> Self {
        Self(err)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        log_if_internal(&self.0);
        let (status, code) = classify(&self.0);
        let mut body = error_body(code, &public_message(&self.0));
        if let AppError::SensitiveUnconfirmed(kinds) = &self.0 {
            body["error"]["kinds"] = serde_json::json!(kinds);
        }
        (status, axum::Json(body)).into_response()
    }
}

/// `{"error": {"code", "message"}}`: what every refusal looks like on the API and the WebSocket.
pub fn error_body(code: &str, message: &str) -> serde_json::Value {
    serde_json::json!({ "error": { "code": code, "message": message } })
}

pub fn json_error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, axum::Json(error_body(code, message))).into_response()
}

/// Fallback for unknown paths.
pub async fn not_found(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") {
        json_error(StatusCode::NOT_FOUND, "not_found", "no such API route")
    } else {
        error_page(Tr(Language::Sv), StatusCode::NOT_FOUND, Tr(Language::Sv).t("error-not-found"))
    }
}

/// A handler panicked: answer 500 without any detail.
pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("request handler panicked");
    json_error(StatusCode::INTERNAL_SERVER_ERROR, "internal", "internal error")
}
