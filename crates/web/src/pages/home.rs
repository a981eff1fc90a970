//! The start page: the organisation's modules.

use crate::AppState;
use crate::error::PageError;
use crate::extract::Staff;
use crate::pages::Shell;
use crate::pages::auth::render;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

pub struct ModuleCard {
    pub key: &'static str,
    pub enabled: bool,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    shell: Shell,
    modules: Vec<ModuleCard>,
}

pub async fn start(State(state): State<AppState>, staff: Staff) -> Response {
    let modules = match state.app.modules(&staff.principal).await {
        Ok(m) => m,
        Err(err) => return PageError::new(err, staff.tr.0).into_response(),
    };
    let modules = modules.into_iter().map(|(m, enabled)| ModuleCard { key: m.as_str(), enabled }).collect();
    let page = HomePage { shell: Shell::new(&state, &staff, "home").await, modules };
    render(&page, StatusCode::OK)
}
