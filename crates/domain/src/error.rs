//! Validation errors: which field, and a stable code the UI translates.
//!
//! Messages never echo the rejected value, so personal data typed into a
//! field cannot end up in a log line or an error page.

use std::fmt;

/// Why a value was refused. The `code` is stable and translated by the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidReason {
    Empty,
    TooShort { min: usize },
    TooLong { max: usize },
    BadCharacters,
    BadFormat,
    Unknown,
}

impl InvalidReason {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::TooShort { .. } => "too_short",
            Self::TooLong { .. } => "too_long",
            Self::BadCharacters => "bad_characters",
            Self::BadFormat => "bad_format",
            Self::Unknown => "unknown_value",
        }
    }
}

/// A value that does not satisfy its type's invariant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {field}: {}", describe(.reason))]
pub struct Invalid {
    pub field: &'static str,
    pub reason: InvalidReason,
}

impl Invalid {
    pub fn new(field: &'static str, reason: InvalidReason) -> Self {
        Self { field, reason }
    }
}

fn describe(reason: &InvalidReason) -> String {
    match reason {
        InvalidReason::Empty => "must not be empty".into(),
        InvalidReason::TooShort { min } => format!("must be at least {min} characters"),
        InvalidReason::TooLong { max } => format!("must be at most {max} characters"),
        InvalidReason::BadCharacters => "contains characters that are not allowed".into(),
        InvalidReason::BadFormat => "is not in the expected format".into(),
        InvalidReason::Unknown => "is not one of the accepted values".into(),
    }
}

impl fmt::Display for InvalidReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&describe(self))
    }
}

/// Trims and checks a free-text field's length in characters.
pub fn bounded_text(field: &'static str, raw: &str, max: usize) -> Result<String, Invalid> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(Invalid::new(field, InvalidReason::Empty));
    }
    if value.chars().count() > max {
        return Err(Invalid::new(field, InvalidReason::TooLong { max }));
    }
    if value.chars().any(|c| c.is_control()) {
        return Err(Invalid::new(field, InvalidReason::BadCharacters));
    }
    Ok(value.to_owned())
}
