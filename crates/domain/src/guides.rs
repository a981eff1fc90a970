//! The knowledge base: guides in Markdown, public or internal, drafts and published,
//! and the feedback readers leave.

use crate::{Invalid, InvalidReason};

crate::string_enum!(
    /// Who may read a guide.
    Visibility, "visibility" {
        /// Everyone: the help pages, the widget, search engines.
        Public = "public",
        /// Staff only: suggested in the inbox, never shown publicly.
        Internal = "internal",
    }
);

crate::string_enum!(
    /// Whether a guide is out.
    GuideStatus, "status" {
        Draft = "draft",
        Published = "published",
    }
);

crate::string_enum!(
    /// What a help search returns.
    HelpKind, "type" {
        Guide = "guide",
        /// A forum question with its answers.
        Forum = "forum",
    }
);

/// The longest guide, in characters.
pub const GUIDE_MAX_CHARS: usize = 100_000;

pub fn parse_title(raw: &str) -> Result<String, Invalid> {
    crate::bounded_text("title", raw, 200)
}

/// A guide's Markdown: not empty, at most [`GUIDE_MAX_CHARS`], no control characters.
pub fn parse_guide_body(raw: &str) -> Result<String, Invalid> {
    let body = raw.trim().replace("\r\n", "\n");
    if body.is_empty() {
        return Err(Invalid::new("body", InvalidReason::Empty));
    }
    if body.chars().count() > GUIDE_MAX_CHARS {
        return Err(Invalid::new("body", InvalidReason::TooLong { max: GUIDE_MAX_CHARS }));
    }
    if body.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Invalid::new("body", InvalidReason::BadCharacters));
    }
    Ok(body)
}

/// A reader's optional comment: at most 1,000 characters, one paragraph of plain text.
pub fn parse_comment(raw: &str) -> Result<Option<String>, Invalid> {
    let comment = raw.trim();
    if comment.is_empty() {
        return Ok(None);
    }
    if comment.chars().count() > 1000 {
        return Err(Invalid::new("comment", InvalidReason::TooLong { max: 1000 }));
    }
    if comment.chars().any(|c| c.is_control() && c != '\n') {
        return Err(Invalid::new("comment", InvalidReason::BadCharacters));
    }
    Ok(Some(comment.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guide_input_is_checked() {
        assert!(parse_guide_body("  ").is_err());
        assert_eq!(parse_guide_body("# Rubrik\r\nText").unwrap(), "# Rubrik\nText");
        assert!(parse_guide_body("a\u{0}b").is_err());
        assert!(parse_guide_body(&"x".repeat(GUIDE_MAX_CHARS + 1)).is_err());
        assert_eq!(parse_comment("  ").unwrap(), None);
        assert!(parse_comment(&"x".repeat(1001)).is_err());
        assert_eq!("internal".parse::<Visibility>().unwrap(), Visibility::Internal);
        assert!("secret".parse::<Visibility>().is_err());
    }
}
