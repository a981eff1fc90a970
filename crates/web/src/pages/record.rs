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

/// The record as one self-contained HTML file to keep or send (no outside resources).
#[derive(Template)]
#[template(path = "record_export.html")]
struct RecordExport {
    tr: crate::i18n::Tr,
    organisation: String,
    generated_at: String,
    sections: Vec<(String, Vec<String>)>,
}

const SECTIONS: &[&str] = &[
    "controller",
    "purposes",
    "modules_in_use",
    "data",
    "retention",
    "recipients",
    "sub_processors",
    "transfers_outside_eu",
    "security_measures",
];

fn sections(tr: crate::i18n::Tr, record: &Value) -> Vec<(String, Vec<String>)> {
    SECTIONS.iter().map(|key| (tr.tk("record-", key, ""), lines(&record[*key]))).collect()
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
    let sections = sections(staff.tr, &record);
    render(&RecordPage { shell: Shell::new(&state, &staff, "record").await, sections }, StatusCode::OK)
}

/// The record as a download: `html` (a page to keep or print) or `json`.
pub async fn download(
    State(state): State<AppState>,
    staff: Staff,
    axum::extract::Path(format): axum::extract::Path<String>,
) -> Response {
    let record = match state.app.processing_record(&staff.principal).await {
        Ok(r) => r,
        Err(e) => return PageError::new(e, staff.tr.0).into_response(),
    };
    match format.as_str() {
        "record.json" => crate::download::attachment(
            "behandlingsregister.json",
            serde_json::to_vec_pretty(&record).unwrap_or_default(),
        ),
        "record.html" => {
            let page = RecordExport {
                tr: staff.tr,
                organisation: record["controller"]["name"].as_str().unwrap_or_default().to_owned(),
                generated_at: record["generated_at"].as_str().unwrap_or_default().to_owned(),
                sections: sections(staff.tr, &record),
            };
            match page.render() {
                Ok(html) => crate::download::attachment("behandlingsregister.html", html.into_bytes()),
                Err(_) => PageError::new(app::AppError::Internal("template"), staff.tr.0).into_response(),
            }
        }
        _ => PageError::new(app::AppError::NotFound, staff.tr.0).into_response(),
    }
}
