//! Files people sent (chat uploads, mail attachments) are given back only as
//! downloads: never rendered on Samtal's origin, whatever they claim to be.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// `content` as an attachment named `file_name` (ASCII fallback plus the UTF-8
/// name per RFC 6266), typed as opaque bytes and sandboxed should a browser open it.
pub fn attachment(file_name: &str, content: Vec<u8>) -> Response {
    let mut res = content.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/octet-stream"));
    let ascii: String = file_name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' })
        .collect();
    let encoded: String = file_name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("sandbox; default-src 'none'"));
    res
}
