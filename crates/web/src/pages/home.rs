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

/// An open data-subject request whose deadline is near or past.
pub struct Reminder {
    pub id: i64,
    pub kind: String,
    pub due: String,
    pub overdue: bool,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    shell: Shell,
    modules: Vec<ModuleCard>,
    reminders: Vec<Reminder>,
}

pub async fn start(State(state): State<AppState>, staff: Staff) -> Response {
    let loaded = async {
        let modules = state.app.modules(&staff.principal).await?;
        let reminders = state.app.request_reminders(&staff.principal).await?;
        let org = state.app.organisation(&staff.principal).await?;
        Ok::<_, app::AppError>((modules, reminders, org))
    }
    .await;
    let (modules, reminders, org) = match loaded {
        Ok(v) => v,
        Err(err) => return PageError::new(err, staff.tr.0).into_response(),
    };
    let today = domain::Timestamp::now().date_in(&org.time_zone.zone()).to_string();
    let reminders = reminders
        .into_iter()
        .map(|r| Reminder {
            id: r.id,
            kind: staff.tr.tk("request-kind-", &r.kind, ""),
            overdue: r.due_on < today,
            due: r.due_on,
        })
        .collect();
    let modules = modules.into_iter().map(|(m, enabled)| ModuleCard { key: m.as_str(), enabled }).collect();
    let page = HomePage { shell: Shell::new(&state, &staff, "home").await, modules, reminders };
    render(&page, StatusCode::OK)
}
