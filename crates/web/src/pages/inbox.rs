//! The agent inbox: the page shell; live data arrives over /inbox/ws.

use crate::AppState;
use crate::error::PageError;
use crate::extract::Staff;
use crate::findings;
use crate::pages::Shell;
use crate::pages::auth::render;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxPage {
    shell: Shell,
    me: i64,
    i18n_json: String,
    history: Vec<(i64, String, String)>,
    agents: Vec<(i64, String)>,
    flows: Vec<(i64, String)>,
    saved: Vec<(String, String)>,
}

/// Texts the inbox script needs, in the page's language.
fn script_texts(tr: crate::i18n::Tr) -> String {
    let keys = [
        ("typing", "inbox-js-typing"),
        ("closed", "inbox-js-closed"),
        ("reconnecting", "inbox-js-reconnecting"),
        ("visitor", "inbox-js-visitor"),
        ("empty", "inbox-js-empty"),
        ("finding", "inbox-js-finding"),
        ("note", "inbox-js-note"),
        ("you", "inbox-js-you"),
        ("agent", "inbox-js-agent"),
        ("status_queued", "inbox-js-status-queued"),
        ("status_active", "inbox-js-status-active"),
        ("status_offline", "inbox-js-status-offline"),
        ("status_closed", "inbox-js-status-closed"),
        ("unread", "inbox-js-unread"),
        ("download", "inbox-js-download"),
        ("insert_guide", "cases-insert-guide"),
        ("internal_guide", "guide-visibility-internal"),
        ("list_and", "list-and"),
        ("mask_all", "mask-all"),
    ];
    let mut map: serde_json::Map<String, serde_json::Value> =
        keys.iter().map(|(k, key)| ((*k).to_owned(), serde_json::Value::from(tr.t(key)))).collect();
    // Sentences with a slot the script fills: "{kinds}", "{kind}".
    map.insert("sensitive_ask".into(), tr.t1("sensitive-ask", "kinds", "{kinds}").into());
    map.insert("mask_kind".into(), tr.t1("mask-kind", "kind", "{kind}").into());
    let kinds: serde_json::Map<String, serde_json::Value> =
        app::sensitive::KIND_CODES.iter().map(|c| ((*c).to_owned(), findings::kind_name(tr, c).into())).collect();
    map.insert("kinds".into(), kinds.into());
    // Escaped for a <script type="application/json"> block: no "</script>" can end it early.
    serde_json::Value::Object(map).to_string().replace('<', "\\u003c")
}

pub async fn inbox(State(state): State<AppState>, staff: Staff) -> Response {
    let p = &staff.principal;
    let loaded = async {
        let org = state.app.organisation(p).await?;
        let zone = org.time_zone.zone();
        let history = state
            .app
            .history(p)
            .await?
            .into_iter()
            .map(|c| {
                (
                    c.id,
                    c.visitor_name.clone().unwrap_or_default(),
                    domain::Timestamp(c.last_activity_at).format_in(&zone),
                )
            })
            .collect();
        let agents = state.app.colleagues(p).await?.into_iter().map(|(id, name)| (id.0, name)).collect();
        let flows = state.app.flows(p).await?.into_iter().map(|f| (f.id.0, f.settings.name)).collect();
        let saved = state.app.saved_replies(p).await?.into_iter().map(|(_, title, body)| (title, body)).collect();
        Ok::<_, app::AppError>((history, agents, flows, saved))
    }
    .await;
    let (history, agents, flows, saved) = match loaded {
        Ok(v) => v,
        Err(e) => return PageError::new(e, staff.tr.0).into_response(),
    };
    let page = InboxPage {
        shell: Shell::new(&state, &staff, "inbox").await,
        me: p.user.id.0,
        i18n_json: script_texts(staff.tr),
        history,
        agents,
        flows,
        saved,
    };
    render(&page, StatusCode::OK)
}
