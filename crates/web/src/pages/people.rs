//! Person search (admin and DPO): every row that holds one person's data, with the
//! reason it matched, for a stated purpose.

use crate::AppState;
use crate::error::PageError;
use crate::extract::Staff;
use crate::pages::{Shell, form_message, render};
use app::AppError;
use app::people::Item;
use app::people::Person;
use app::requests::Handler;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::Timestamp;
use domain::people::{KeyKind, SearchPurpose};

pub struct MatchItem {
    /// Where the row is (a table, in words).
    pub place: String,
    pub id: i64,
    /// What it belongs to (a conversation, case, …) in words, with its number and page.
    pub item: String,
    pub item_id: i64,
    pub link: Option<String>,
    /// The column that matched, in words.
    pub field: String,
    pub at: String,
}

pub struct CandidateItem {
    pub place: String,
    pub name: String,
    pub email: String,
}

/// The staff page of an item, where there is one.
fn item_link(item: Item, id: i64) -> Option<String> {
    match item {
        Item::Case => Some(format!("/cases/{id}")),
        _ => None,
    }
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

/// The empty search form. The identifier never travels in a URL (browser history,
/// proxy logs): the search is a POST.
pub async fn form(State(state): State<AppState>, staff: Staff) -> Response {
    if let Err(e) = staff.principal.require(app::Capability::HandlePersonalData) {
        return PageError::new(e, staff.tr.0).into_response();
    }
    render(&PeoplePage::new(&state, &staff, "", "", "").await, StatusCode::OK)
}

#[derive(serde::Deserialize, Default)]
pub struct SearchForm {
    #[serde(default)]
    identifier: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    purpose: String,
}

pub async fn search(
    State(state): State<AppState>,
    staff: Staff,
    crate::extract::FormInput(q): crate::extract::FormInput<SearchForm>,
) -> Response {
    if let Err(e) = staff.principal.require(app::Capability::HandlePersonalData) {
        return PageError::new(e, staff.tr.0).into_response();
    }
    let tr = staff.tr;
    let mut page = PeoplePage::new(&state, &staff, &q.identifier, &q.kind, &q.purpose).await;
    if q.identifier.trim().is_empty() {
        page.error = Some(tr.t("people-identifier-missing"));
        return render(&page, StatusCode::BAD_REQUEST);
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
                    place: tr.tk("people-table-", m.table, ""),
                    id: m.id,
                    item: tr.tk("people-item-", m.item.as_str(), ""),
                    item_id: m.item_id,
                    link: item_link(m.item, m.item_id),
                    field: tr.tk("people-field-", m.column, ""),
                    at: Timestamp(m.at).format_in(&zone),
                })
                .collect();
            page.candidates = found
                .candidates
                .into_iter()
                .map(|c| CandidateItem {
                    place: tr.tk("people-table-", c.table, ""),
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
