//! Samtal's domain: the types every layer speaks, with their invariants.
//!
//! Pure by rule: no I/O, no database, no HTTP, no async runtime. CI checks that
//! `sqlx`, `axum` and `tokio` never enter this crate's dependency tree.

pub mod audit;
pub mod chat;
pub mod error;
pub mod forum;
pub mod ids;
pub mod org;
pub mod search;
pub mod staff;
pub mod time;

pub use error::{Invalid, InvalidReason};
pub use ids::{CategoryId, ContactId, ConversationId, FlowId, OrgId, PostId, TokenId, UserId};
pub use time::Timestamp;
