//! Person search (admin and DPO): every row that holds one person's data, with the
//! reason it matched, for a stated purpose.

use crate::AppState;
use crate::error::PageError;
use crate::extract::Staff;
use crate::pages::{Shell, form_message, render};
use app::AppError;
use app::people::Person;
use app::requests::Handler;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::Timestamp;
use domain::people::{KeyKind, SearchPurpose};

pub struct MatchItem {
    pub item: String,
    pub id: i64,
    pub parent: i64,
    pub field: String,
    pub at: String,
}

pub struct CandidateItem {
    pub item: String,
    pub name: String,
    pub email: String,
}

#[derive(Template)]
#[template(path = "people.html")]
struct PeoplePage {
    shell: Shell,
    identifier: String,
    kind: String,
    purpose: String,
    kinds: Vec<(&'static str, String)>,
    purposes: Vec<(&'static str, String)>,
    searched: bool,
    matches: Vec<MatchItem>,
    candidates: Vec<CandidateItem>,
    /// The identifier kind searched for when export and erasure can use it (e-mail, phone, personnummer).
    erasable_kind: String,
    error: Option<String>,
    done: Option<String>,
}

impl PeoplePage {
    /// The form filled in with `identifier`, `kind` and `purpose`, before any result.
    async fn new(state: &AppState, staff: &Staff, identifier: &str, kind: &str, purpose: &str) -> Self {
        let tr = staff.tr;
        PeoplePage {
            shell: Shell::new(state, staff, "people").await,
            identifier: identifier.to_owned(),
            kind: kind.to_owned(),
            purpose: purpose.to_owned(),
            kinds: KeyKind::ALL.iter().map(|k| (k.as_str(), tr.tk("people-kind-", k.as_str(), ""))).collect(),
            purposes: SearchPurpose::ALL
                .iter()
                .map(|p| (p.as_str(), tr.tk("people-purpose-", p.as_str(), "")))
                .collect(),
            searched: false,
            matches: Vec::new(),
            candidates: Vec::new(),
            erasable_kind: String::new(),
            error: None,
            done: None,
        }
    }
}

#[derive(serde::Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    identifier: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    purpose: String,
}

pub async fn search(State(state): State<AppState>, staff: Staff, Query(q): Query<SearchQuery>) -> Response {
    if let Err(e) = staff.principal.require(app::Capability::HandlePersonalData) {
        return PageError::new(e, staff.tr.0).into_response();
    }
    let tr = staff.tr;
    let mut page = PeoplePage::new(&state, &staff, &q.identifier, &q.kind, &q.purpose).await;
    if q.identifier.trim().is_empty() {
        return render(&page, StatusCode::OK);
    }
    let result = async {
        let kind = match q.kind.trim() {
            "" => None,
            k => Some(k.parse::<KeyKind>()?),
        };
        let purpose: SearchPurpose = q.purpose.parse()?;
        let org = state.app.organisation(&staff.principal).await?;
        Ok::<_, AppError>((
            org,
            state.app.find_person(Handler::Staff(&staff.principal), kind, &q.identifier, purpose).await?,
        ))
    }
    .await;
    match result {
        Ok((org, found)) => {
            let zone = org.time_zone.zone();
            page.searched = true;
            if let Some(kind @ (KeyKind::Email | KeyKind::Phone | KeyKind::Personnummer)) = found.kind {
                page.erasable_kind = kind.as_str().to_owned();
            }
            page.matches = found
                .matches
                .into_iter()
                .map(|m| MatchItem {
                    item: tr.tk("people-item-", &m.item, ""),
                    id: m.id,
                    parent: m.parent,
                    field: tr.tk("people-field-", &m.field, ""),
                    at: Timestamp(m.at).format_in(&zone),
                })
                .collect();
            page.candidates = found
                .candidates
                .into_iter()
                .map(|c| CandidateItem {
                    item: tr.tk("people-item-", &c.item, ""),
                    name: c.name.unwrap_or_default(),
                    email: c.email.unwrap_or_default(),
                })
                .collect();
            render(&page, StatusCode::OK)
        }
        Err(e @ AppError::Forbidden) => PageError::new(e, tr.0).into_response(),
        Err(e) => {
            page.error = Some(form_message(tr, &e));
            render(&page, StatusCode::BAD_REQUEST)
        }
    }
}

#[derive(serde::Deserialize)]
pub struct PersonForm {
    #[serde(default)]
    identifier: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    decision: String,
}

impl PersonForm {
    fn person(&self) -> Result<Person, AppError> {
        Person::parse(Some(self.kind.parse::<KeyKind>()?), &self.identifier)
    }
}

/// Everything about the person as a zip (an access request's export).
pub async fn export(
    State(state): State<AppState>,
    staff: Staff,
    crate::extract::FormInput(form): crate::extract::FormInput<PersonForm>,
) -> Response {
    let result = async { state.app.export_person(Handler::Staff(&staff.principal), &form.person()?).await }.await;
    match result {
        Ok(export) => crate::download::attachment("registerutdrag.zip", export.zip),
        Err(e @ AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => {
            let mut page = PeoplePage::new(&state, &staff, &form.identifier, &form.kind, "access_request").await;
            page.error = Some(form_message(staff.tr, &e));
            render(&page, crate::error::classify(&e).0)
        }
    }
}

pub async fn erase(
    State(state): State<AppState>,
    staff: Staff,
    crate::extract::FormInput(form): crate::extract::FormInput<PersonForm>,
) -> Response {
    let tr = staff.tr;
    let decision = Some(form.decision.as_str()).filter(|d| !d.trim().is_empty());
    let result =
        async { state.app.erase_person(Handler::Staff(&staff.principal), &form.person()?, decision, false).await }
            .await;
    let mut page = PeoplePage::new(&state, &staff, &form.identifier, &form.kind, "erasure_request").await;
    match result {
        Ok(r) => {
            page.done = Some(tr.t1("people-erased", "count", r.total()));
            render(&page, StatusCode::OK)
        }
        Err(e @ AppError::Forbidden) => PageError::new(e, tr.0).into_response(),
        Err(e) => {
            let status = crate::error::classify(&e).0;
            page.error = Some(form_message(tr, &e));
            render(&page, status)
        }
    }
}
