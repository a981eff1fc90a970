//! What happens to every text a person sends, on every channel: the
//! sensitive-data scanner runs once and its findings are stored with the text.

use privacy::scanner::{ScanOptions, Scanner};
use std::sync::OnceLock;

pub(crate) fn scanner() -> &'static Scanner {
    static SCANNER: OnceLock<Scanner> = OnceLock::new();
    SCANNER.get_or_init(Scanner::new)
}

/// A text's findings: as stored JSON (kinds and spans only, never the values),
/// and whether any is an identifier (personnummer, e-mail, phone, card, …).
pub(crate) struct Scanned {
    pub json: String,
    pub has_identifier: bool,
}

pub(crate) fn scan(body: &str) -> Scanned {
    let findings = scanner().scan(body, &ScanOptions::today());
    let list: Vec<serde_json::Value> = findings
        .iter()
        .map(|f| {
            serde_json::json!({
                "kind": f.kind.as_str(),
                "category": f.category.map(|c| c.as_str()),
                "start": f.start,
                "end": f.end,
                "confidence": (f.confidence * 100.0).round() / 100.0,
            })
        })
        .collect();
    Scanned {
        json: serde_json::Value::Array(list).to_string(),
        has_identifier: findings.iter().any(|f| f.kind.is_identifier()),
    }
}

/// Findings of a message body as stored JSON.
pub(crate) fn findings_json(body: &str) -> String {
    scan(body).json
}
