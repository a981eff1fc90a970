//! Samtal's domain: the types every layer speaks, with their invariants.
//!
//! Pure by rule: no I/O, no database, no HTTP, no async runtime. CI checks that
//! `sqlx`, `axum` and `tokio` never enter this crate's dependency tree.

/// A closed set of values with a stable string form (stored, in URLs and JSON).
#[macro_export]
macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident, $field:literal { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::Invalid;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s.trim() {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::Invalid::new($field, $crate::InvalidReason::Unknown)),
                }
            }
        }
    };
}

pub mod audit;
pub mod cases;
pub mod chat;
pub mod error;
pub mod forum;
pub mod guides;
pub mod ids;
pub mod org;
pub mod people;
pub mod processors;
pub mod retention;
pub mod search;
pub mod staff;
pub mod stats;
pub mod time;

pub use error::{Invalid, InvalidReason, bounded_text};
pub use ids::{
    CaseId, CategoryId, ContactId, ConversationId, FlowId, GroupId, InboxId, OrgId, PostId, TokenId, UserId,
};
pub use time::Timestamp;
