//! The customer forum: questions and answers written by the public, moderated by staff.

use crate::error::{Invalid, InvalidReason, bounded_text};

string_enum!(
    /// Whether new posts wait for a moderator or appear at once.
    Moderation, "moderation" {
        /// Every post waits for a moderator.
        Pre = "pre",
        /// Posts appear at once; moderators act afterwards.
        Post = "post",
    }
);

string_enum!(
    /// Where a post stands. Only `published` posts are public and searchable.
    PostStatus, "status" {
        /// Waiting for a moderator.
        Pending = "pending",
        Published = "published",
        /// Removed from view by a moderator.
        Hidden = "hidden",
        /// Kept for the record: hidden from the public and search, visible to staff and the author.
        Archived = "archived",
    }
);

string_enum!(
    /// Why a post waits for a moderator.
    HoldReason, "hold" {
        /// The forum is pre-moderated.
        PreModeration = "pre_moderation",
        /// The post contains a word on the organisation's blocked list.
        BlockedWord = "blocked_word",
        /// The post seems to contain an identifier such as a personnummer.
        PersonalData = "personal_data",
    }
);

string_enum!(
    /// The order of a question list.
    QuestionSort, "sort" {
        Latest = "latest",
        Helpful = "helpful",
        Unanswered = "unanswered",
    }
);

string_enum!(
    /// Why a visitor reports a post: a fixed code, so a report holds no free text.
    ReportReason, "reason" {
        Spam = "spam",
        Offensive = "offensive",
        PersonalData = "personal_data",
        Other = "other",
    }
);

string_enum!(
    /// What a moderator does to a post.
    ModerationAction, "action" {
        Publish = "publish",
        Hide = "hide",
        Archive = "archive",
        Delete = "delete",
    }
);

impl ModerationAction {
    /// The status a post has after the action (`None`: the post is gone).
    pub fn resulting_status(self) -> Option<PostStatus> {
        match self {
            Self::Publish => Some(PostStatus::Published),
            Self::Hide => Some(PostStatus::Hidden),
            Self::Archive => Some(PostStatus::Archived),
            Self::Delete => None,
        }
    }
}

pub const TITLE_MIN_CHARS: usize = 5;
pub const TITLE_MAX_CHARS: usize = 150;
pub const BODY_MAX_CHARS: usize = 10_000;
pub const AUTHOR_NAME_MAX_CHARS: usize = 60;
pub const CATEGORY_NAME_MAX_CHARS: usize = 80;
pub const BLOCKED_WORDS_MAX: usize = 500;

/// A question's title: one line, 5–150 characters.
pub fn parse_title(raw: &str) -> Result<String, Invalid> {
    let title = bounded_text("title", raw, TITLE_MAX_CHARS)?;
    if title.chars().count() < TITLE_MIN_CHARS {
        return Err(Invalid::new("title", InvalidReason::TooShort { min: TITLE_MIN_CHARS }));
    }
    Ok(title)
}

/// A post's Markdown text. Line breaks and tabs are allowed; other control characters are not.
pub fn parse_body(raw: &str) -> Result<String, Invalid> {
    let body = raw.trim().replace("\r\n", "\n");
    if body.is_empty() {
        return Err(Invalid::new("body", InvalidReason::Empty));
    }
    if body.chars().count() > BODY_MAX_CHARS {
        return Err(Invalid::new("body", InvalidReason::TooLong { max: BODY_MAX_CHARS }));
    }
    if body.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Invalid::new("body", InvalidReason::BadCharacters));
    }
    Ok(body)
}

/// The name an author chooses to be shown under their post.
pub fn parse_author_name(raw: &str) -> Result<String, Invalid> {
    bounded_text("display_name", raw, AUTHOR_NAME_MAX_CHARS)
}

pub fn parse_category_name(raw: &str) -> Result<String, Invalid> {
    bounded_text("name", raw, CATEGORY_NAME_MAX_CHARS)
}

/// The blocked-words list as typed by an admin: one word or phrase per line or comma.
pub fn parse_blocked_words(raw: &str) -> Result<Vec<String>, Invalid> {
    let mut words: Vec<String> = Vec::new();
    for word in raw.split([',', '\n']).map(|w| w.trim().to_lowercase()).filter(|w| !w.is_empty()) {
        if word.chars().count() > 60 || word.chars().any(char::is_control) {
            return Err(Invalid::new("blocked_words", InvalidReason::BadFormat));
        }
        if !words.contains(&word) {
            words.push(word);
        }
    }
    if words.len() > BLOCKED_WORDS_MAX {
        return Err(Invalid::new("blocked_words", InvalidReason::TooLong { max: BLOCKED_WORDS_MAX }));
    }
    Ok(words)
}

/// Whether `text` contains one of the blocked words or phrases as whole words,
/// ignoring case ("spam" holds "Spam!" but not "spamming" or "rospam").
pub fn contains_blocked_word(text: &str, blocked: &[String]) -> bool {
    if blocked.is_empty() {
        return false;
    }
    let words: Vec<String> = crate::search::words(text).map(|(_, w)| w.to_lowercase()).collect();
    blocked.iter().any(|phrase| {
        let parts: Vec<String> = crate::search::words(phrase).map(|(_, w)| w.to_lowercase()).collect();
        !parts.is_empty() && words.windows(parts.len()).any(|window| window == parts.as_slice())
    })
}

/// The forum settings of an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForumSettings {
    pub moderation: Moderation,
    pub blocked_words: Vec<String>,
}

impl Default for ForumSettings {
    fn default() -> Self {
        Self { moderation: Moderation::Post, blocked_words: Vec::new() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_bodies() {
        assert!(parse_title("Hej").is_err());
        assert!(parse_title("Hur söker jag bygglov?").is_ok());
        assert!(parse_title(&"x".repeat(151)).is_err());
        assert!(parse_title("rad ett\nrad två").is_err());
        assert_eq!(parse_body("  a\r\nb  ").unwrap(), "a\nb");
        assert!(parse_body("   ").is_err());
        assert!(parse_body(&"y".repeat(10_001)).is_err());
        assert!(parse_body("nul \u{0} byte").is_err());
    }

    #[test]
    fn blocked_words_match_whole_words_and_phrases() {
        let list = parse_blocked_words("Spam, köp nu\n\nspam").unwrap();
        assert_eq!(list, ["spam", "köp nu"]);
        assert!(contains_blocked_word("Mer SPAM!", &list));
        assert!(contains_blocked_word("Klicka och Köp  nu.", &list));
        assert!(!contains_blocked_word("spamming rospam", &list));
        assert!(!contains_blocked_word("köp inte nu", &list));
    }

    #[test]
    fn enums_round_trip() {
        for s in PostStatus::ALL {
            assert_eq!(s.as_str().parse::<PostStatus>().unwrap(), *s);
        }
        assert!("deleted".parse::<PostStatus>().is_err());
        assert_eq!(ModerationAction::Archive.resulting_status(), Some(PostStatus::Archived));
    }
}
