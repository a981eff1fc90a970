//! The storage layer: the only crate that speaks SQL.
//!
//! One code base serves SQLite (embedded default) and PostgreSQL (several nodes).
//! Portable statements are written once with `$n` placeholders and run on either
//! pool through [`on_pool!`] and [`on_tx!`]; statements that differ between the
//! backends are chosen per backend where they are used.
//!
//! Tenancy is enforced here rather than in handlers: every organisation-owned
//! row is read through an [`OrgScope`] and written through an [`OrgWrite`], both
//! bound to one organisation id that every statement filters on.

/// Runs one body against whichever pool `$db` holds; the body compiles once per backend.
macro_rules! on_pool {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            $crate::Db::Sqlite(sqlite) => {
                let $pool = &sqlite.reads;
                $body
            }
            $crate::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs one single-statement write outside a transaction (on SQLite through the writer).
macro_rules! on_write_pool {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            $crate::Db::Sqlite(sqlite) => {
                let $pool = &sqlite.writes;
                $body
            }
            $crate::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs one body against the connection of a write transaction.
macro_rules! on_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match $tx {
            $crate::db::Tx::Sqlite(tx) => {
                let $conn = &mut **tx;
                $body
            }
            $crate::db::Tx::Postgres(tx) => {
                let $conn = &mut **tx;
                $body
            }
        }
    };
}

mod audit;
pub mod cases;
pub mod chat;
mod contacts;
mod db;
mod error;
pub mod forum;
pub mod groups;
pub mod guides;
pub mod holds;
pub mod imap;
mod notify;
mod orgs;
pub mod outbox;
pub mod people;
pub mod privacy_setup;
pub mod requests;
pub mod retention;
pub mod schema;
mod sessions;
pub mod stats;
mod tokens;
mod users;

pub use audit::AuditHead;
pub use contacts::{Contact, NewContact};
pub use db::{Backend, Db, Leadership, OrgScope, OrgWrite, SqliteDb, connect, redact_url};
pub use error::{ConnectError, StorageError};
pub use notify::CHANNEL as NOTIFY_CHANNEL;
pub use sessions::SessionRecord;
pub use tokens::{TokenRecord, TokenSummary};
pub use users::UserWithSecret;

pub type Result<T, E = StorageError> = std::result::Result<T, E>;
