//! Agent groups (admin): create, choose members, delete. Inbox rules route new
//! cases to a group; agents list their groups' cases.

use crate::AppState;
use crate::error::PageError;
use crate::extract::{FormInput, Staff, repeated_ids};
use crate::pages::{Shell, form_message, render};
use app::AppError;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::{GroupId, UserId};

pub struct GroupItem {
    pub id: i64,
    pub name: String,
    pub members: Vec<i64>,
}

#[derive(Template)]
#[template(path = "groups.html")]
struct GroupsPage {
    shell: Shell,
    groups: Vec<GroupItem>,
    /// Staff who work the inbox: (id, name).
    agents: Vec<(i64, String)>,
    error: Option<String>,
}

async fn page(state: &AppState, staff: &Staff, error: Option<String>) -> Response {
    if let Err(e) = staff.principal.require(app::Capability::ManageUsers) {
        return PageError::new(e, staff.tr.0).into_response();
    }
    let p = &staff.principal;
    let loaded = async {
        let mut agents: Vec<(i64, String)> =
            state.app.colleagues(p).await?.into_iter().map(|(id, n)| (id.0, n)).collect();
        agents.insert(0, (p.user.id.0, p.user.display_name.clone()));
        let mut groups = Vec::new();
        for g in state.app.groups(p).await? {
            let members = state.app.group_members(p, GroupId(g.id)).await?.into_iter().map(|u| u.0).collect();
            groups.push(GroupItem { id: g.id, name: g.name, members });
        }
        Ok::<_, AppError>((groups, agents))
    }
    .await;
    match loaded {
        Ok((groups, agents)) => {
            let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
            render(&GroupsPage { shell: Shell::new(state, staff, "groups").await, groups, agents, error }, status)
        }
        Err(e) => PageError::new(e, staff.tr.0).into_response(),
    }
}

pub async fn list(State(state): State<AppState>, staff: Staff) -> Response {
    page(&state, &staff, None).await
}

#[derive(serde::Deserialize)]
pub struct GroupForm {
    #[serde(default)]
    name: String,
}

pub async fn create(State(state): State<AppState>, staff: Staff, FormInput(form): FormInput<GroupForm>) -> Response {
    match state.app.create_group(&staff.principal, &form.name, &[]).await {
        Ok(_) => Redirect::to("/settings/groups").into_response(),
        Err(e @ AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => page(&state, &staff, Some(form_message(staff.tr, &e))).await,
    }
}

pub async fn members(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>, body: String) -> Response {
    let members: Vec<UserId> = repeated_ids(&body, "member").into_iter().map(UserId).collect();
    match state.app.set_group_members(&staff.principal, GroupId(id), &members).await {
        Ok(()) => Redirect::to("/settings/groups").into_response(),
        Err(e) => PageError::new(e, staff.tr.0).into_response(),
    }
}

pub async fn delete(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Response {
    match state.app.delete_group(&staff.principal, GroupId(id)).await {
        Ok(()) => Redirect::to("/settings/groups").into_response(),
        Err(e) => PageError::new(e, staff.tr.0).into_response(),
    }
}
