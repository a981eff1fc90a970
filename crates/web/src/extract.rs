//! Request extractors: the signed-in staff member, the API caller, the UI
//! language, and form/JSON bodies whose rejections are clear 4xx answers.

use crate::AppState;
use crate::error::{ApiError, json_error};
use crate::i18n::{Tr, from_accept_language};
use app::Principal;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::org::Language;
use serde::de::DeserializeOwned;

pub const SESSION_COOKIE: &str = "samtal_session";
pub const SECURE_SESSION_COOKIE: &str = "__Host-samtal_session";
pub const LANG_COOKIE: &str = "samtal_lang";

/// The value of a cookie from the request's `Cookie` headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

pub fn session_cookie_name(state: &AppState) -> &'static str {
    if state.config.secure_cookies { SECURE_SESSION_COOKIE } else { SESSION_COOKIE }
}

/// A `Set-Cookie` value for the session (HttpOnly, SameSite=Strict, Secure behind TLS).
pub fn session_cookie(state: &AppState, token: &str, max_age_secs: u64) -> String {
    let secure = if state.config.secure_cookies { "; Secure" } else { "" };
    format!("{}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age_secs}{secure}", session_cookie_name(state))
}

/// The language chosen by cookie, else by the browser, else Swedish.
pub fn request_language(headers: &HeaderMap) -> Language {
    cookie(headers, LANG_COOKIE)
        .and_then(|v| v.parse().ok())
        .or_else(|| from_accept_language(headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok())))
        .unwrap_or_default()
}

/// The UI language of a request that may not be signed in.
pub struct Lang(pub Language);

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Lang(request_language(&parts.headers)))
    }
}

/// A signed-in staff member on an HTML route. Not signed in → redirect to sign-in.
pub struct Staff {
    pub principal: Principal,
    pub session_token: String,
    pub tr: Tr,
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let lang = request_language(&parts.headers);
        let Some(token) = cookie(&parts.headers, session_cookie_name(state)).map(str::to_owned) else {
            return Err(Redirect::to("/login").into_response());
        };
        match state.app.authenticate_session(&token).await {
            Ok(Some(principal)) => {
                // A one-time password must be replaced before anything else.
                let path = parts.uri.path();
                if principal.user.must_change_password && path != "/account/password" && path != "/logout" {
                    return Err(Redirect::to("/account/password").into_response());
                }
                // An explicit choice wins; otherwise the organisation's language.
                let lang = match cookie(&parts.headers, LANG_COOKIE).and_then(|v| v.parse().ok()) {
                    Some(l) => l,
                    None => state.app.organisation(&principal).await.map(|o| o.language).unwrap_or(lang),
                };
                Ok(Staff { principal, session_token: token, tr: Tr(lang) })
            }
            Ok(None) => Err(Redirect::to("/login").into_response()),
            Err(err) => Err(crate::error::PageError::new(err, lang).into_response()),
        }
    }
}

/// The caller of an API route, by `Authorization: Bearer samtal_…`.
pub struct ApiCaller(pub Principal);

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let bearer = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        let Some(token) = bearer else {
            return Err(json_error(
                StatusCode::UNAUTHORIZED,
                "unauthenticated",
                "an API token is required (Authorization: Bearer …)",
            ));
        };
        match state.app.authenticate_token(token).await {
            Ok(Some(principal)) => Ok(ApiCaller(principal)),
            Ok(None) => Err(json_error(StatusCode::UNAUTHORIZED, "unauthenticated", "the API token is not valid")),
            Err(err) => Err(ApiError(err).into_response()),
        }
    }
}

/// A form body; a body that cannot be read gets a 400 page, without echoing input.
pub struct FormInput<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for FormInput<T> {
    type Rejection = Response;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let lang = request_language(req.headers());
        match axum::Form::<T>::from_request(req, state).await {
            Ok(axum::Form(value)) => Ok(FormInput(value)),
            Err(rejection) => {
                let status = if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    StatusCode::PAYLOAD_TOO_LARGE
                } else {
                    StatusCode::BAD_REQUEST
                };
                Err(crate::error::error_page(Tr(lang), status, Tr(lang).t("error-bad-form")))
            }
        }
    }
}

/// The values of a form body's repeated `name=…` fields (checkbox lists), which
/// `axum::Form` cannot collect.
pub fn repeated_values(body: &str, name: &str) -> Vec<String> {
    url::form_urlencoded::parse(body.as_bytes()).filter(|(key, _)| key == name).map(|(_, v)| v.into_owned()).collect()
}

/// The numbers among a form body's repeated `name=ID` fields.
pub fn repeated_ids(body: &str, name: &str) -> Vec<i64> {
    repeated_values(body, name).iter().filter_map(|value| value.trim().parse().ok()).collect()
}

/// A JSON body; unknown fields and wrong types get a 400 with a short reason.
pub struct JsonInput<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonInput<T> {
    type Rejection = Response;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(JsonInput(value)),
            Err(rejection) => {
                let status = match rejection.status() {
                    StatusCode::PAYLOAD_TOO_LARGE => StatusCode::PAYLOAD_TOO_LARGE,
                    StatusCode::UNSUPPORTED_MEDIA_TYPE => StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    _ => StatusCode::BAD_REQUEST,
                };
                Err(json_error(status, "invalid_body", &json_rejection_reason(&rejection)))
            }
        }
    }
}

/// The body's problem without the offending value (serde quotes values in its messages).
fn json_rejection_reason(rejection: &axum::extract::rejection::JsonRejection) -> String {
    use axum::extract::rejection::JsonRejection::*;
    match rejection {
        JsonDataError(e) => {
            let text = e.body_text();
            // serde: "…: unknown field `x`, expected …" or "invalid type: …, expected a string at line 1 column 9"
            if let Some(field) = text.split("unknown field `").nth(1).and_then(|r| r.split('`').next()) {
                format!("unknown field `{field}`")
            } else if let Some(field) = text.split("missing field `").nth(1).and_then(|r| r.split('`').next()) {
                format!("missing field `{field}`")
            } else if let Some(expected) = text.split(", expected ").nth(1) {
                format!(
                    "a value has the wrong type (expected {})",
                    expected.split(" at line").next().unwrap_or(expected)
                )
            } else {
                "the JSON does not match the expected shape".into()
            }
        }
        JsonSyntaxError(_) => "the body is not valid JSON".into(),
        MissingJsonContentType(_) => "expected Content-Type: application/json".into(),
        _ => "the body could not be read".into(),
    }
}
