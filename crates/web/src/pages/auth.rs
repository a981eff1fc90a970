//! Sign-in, sign-out, password change and the language switch.

use crate::AppState;
use crate::error::PageError;
use crate::extract::{FormInput, LANG_COOKIE, Lang, Staff, session_cookie, session_cookie_name};
use crate::i18n::Tr;
use crate::pages::{Shell, form_message};
use app::auth::SignInAttempt;
use askama::Template;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::net::SocketAddr;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    tr: Tr,
    org: String,
    email: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct LoginQuery {
    org: Option<String>,
}

pub async fn login_form(Lang(lang): Lang, Query(q): Query<LoginQuery>) -> Response {
    let page = LoginPage { tr: Tr(lang), org: q.org.unwrap_or_default(), email: String::new(), error: None };
    render(&page, StatusCode::OK)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    org: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn login(
    State(state): State<AppState>,
    Lang(lang): Lang,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    FormInput(form): FormInput<LoginForm>,
) -> Response {
    let client = peer.ip().to_string();
    let attempt = SignInAttempt { org_slug: &form.org, email: &form.email, password: &form.password, client: &client };
    match state.app.sign_in(attempt).await {
        Ok(signed_in) => {
            let max_age = state.app.config().session_absolute.as_secs();
            let target = if signed_in.must_change_password { "/account/password" } else { "/" };
            let mut res = Redirect::to(target).into_response();
            if let Ok(v) = session_cookie(&state, &signed_in.session_token, max_age).parse() {
                res.headers_mut().insert(header::SET_COOKIE, v);
            }
            res
        }
        Err(err) => {
            let tr = Tr(lang);
            let status = match err {
                app::AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
                app::AppError::BadCredentials | app::AppError::Invalid(_) => StatusCode::UNAUTHORIZED,
                _ => return PageError::new(err, lang).into_response(),
            };
            let message = if matches!(err, app::AppError::RateLimited) {
                tr.t("sign-in-throttled")
            } else {
                tr.t("sign-in-failed")
            };
            let page = LoginPage { tr, org: form.org, email: form.email, error: Some(message) };
            render(&page, status)
        }
    }
}

pub async fn logout(State(state): State<AppState>, staff: Staff) -> Response {
    if let Err(err) = state.app.sign_out(&staff.principal, &staff.session_token).await {
        return PageError::new(err, staff.tr.0).into_response();
    }
    let mut res = Redirect::to("/login").into_response();
    let expired = format!(
        "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{}",
        session_cookie_name(&state),
        if state.config.secure_cookies { "; Secure" } else { "" }
    );
    if let Ok(v) = expired.parse() {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
    #[serde(default)]
    back: String,
}

/// Stores the chosen UI language in a cookie and returns to the page.
pub async fn set_language(headers: HeaderMap, FormInput(form): FormInput<LanguageForm>) -> Response {
    let lang: domain::org::Language = form.lang.parse().unwrap_or_else(|_| crate::extract::request_language(&headers));
    // Only local paths: no open redirect.
    let back = if form.back.starts_with('/') && !form.back.starts_with("//") && !form.back.contains('\\') {
        form.back
    } else {
        "/".to_owned()
    };
    let mut res = Redirect::to(&back).into_response();
    let value = format!("{LANG_COOKIE}={}; Path=/; SameSite=Lax; Max-Age=31536000", lang.as_str());
    if let Ok(v) = value.parse() {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordPage {
    shell: Shell,
    forced: bool,
    error: Option<String>,
    done: bool,
}

pub async fn password_form(State(state): State<AppState>, staff: Staff) -> Response {
    let forced = staff.principal.user.must_change_password;
    let page = PasswordPage { shell: Shell::new(&state, &staff, "password").await, forced, error: None, done: false };
    render(&page, StatusCode::OK)
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    repeat: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<PasswordForm>,
) -> Response {
    let forced = staff.principal.user.must_change_password;
    let result = if form.new != form.repeat {
        Err(staff.tr.t("password-mismatch"))
    } else {
        state
            .app
            .change_password(&staff.principal, &staff.session_token, &form.current, &form.new)
            .await
            .map_err(|e| form_message(staff.tr, &e))
    };
    match result {
        Ok(()) if forced => Redirect::to("/").into_response(),
        Ok(()) => {
            let page = PasswordPage {
                shell: Shell::new(&state, &staff, "password").await,
                forced: false,
                error: None,
                done: true,
            };
            render(&page, StatusCode::OK)
        }
        Err(message) => {
            let page = PasswordPage {
                shell: Shell::new(&state, &staff, "password").await,
                forced,
                error: Some(message),
                done: false,
            };
            render(&page, StatusCode::BAD_REQUEST)
        }
    }
}

/// Renders a template with a status; a template failure is a plain 500.
pub fn render<T: Template>(page: &T, status: StatusCode) -> Response {
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(err) => {
            tracing::error!(error = %err, "template rendering failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
