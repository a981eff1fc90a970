//! The record of processing activities (Art. 30) as a page for the DPO and admins;
//! the same as JSON at `/api/v1/record`.

use crate::AppState;
use crate::error::PageError;
use crate::extract::Staff;
use crate::pages::{Shell, render};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::Value;

#[derive(Template)]
#[template(path = "record.html")]
struct RecordPage {
    shell: Shell,
    /// (heading, lines)
    sections: Vec<(String, Vec<String>)>,
}

fn lines(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().flat_map(lines).collect(),
        Value::Object(map) => vec![
            map.iter()
                .map(|(k, v)| match v {
                    Value::String(s) => format!("{k}: {s}"),
                    Value::Array(a) => format!("{k}: {}", a.iter().flat_map(lines).collect::<Vec<_>>().join(", ")),
                    other => format!("{k}: {other}"),
                })
                .collect::<Vec<_>>()
                .join(" · "),
        ],
        Value::String(s) => vec![s.clone()],
        other => vec![other.to_string()],
    }
}

pub async fn show(State(state): State<AppState>, staff: Staff) -> Response {
    let record = match state.app.processing_record(&staff.principal).await {
        Ok(r) => r,
        Err(e) => return PageError::new(e, staff.tr.0).into_response(),
    };
    let tr = staff.tr;
    let sections = [
        "controller",
        "purposes",
        "modules_in_use",
        "data",
        "retention",
        "recipients",
        "transfers_outside_eu",
        "security_measures",
    ]
    .iter()
    .map(|key| (tr.tk("record-", key, ""), lines(&record[*key])))
    .collect();
    render(&RecordPage { shell: Shell::new(&state, &staff, "record").await, sections }, StatusCode::OK)
}
