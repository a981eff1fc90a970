//! Use cases: what staff, operators and (later) visitors can do, with the
//! authorisation checks in one place. No HTTP here: the web layer and the
//! command line call the same functions.

pub mod admin;
pub mod audit;
pub mod auth;
pub mod authz;
pub mod cases;
pub mod chat;
pub mod demo;
mod error;
pub mod export;
pub mod forum;
pub mod groups;
pub mod guides;
pub mod imap;
mod intake;
pub mod notices;
pub mod outbox;
mod passwords;
pub mod people;
pub mod privacy_setup;
pub mod record;
pub mod requests;
pub mod retention;
pub mod secrets;
pub mod sensitive;
pub mod stats;

pub use authz::{Capability, Principal};
pub use error::{AppError, MaskRefusal};
pub use storage::TokenSummary;

use std::sync::Arc;
use std::time::Duration;
use storage::Db;

pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// Settings the use cases need.
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// A session ends after this long without a request.
    pub session_idle: Duration,
    /// A session ends this long after sign-in, however active.
    pub session_absolute: Duration,
    /// New chat conversations one client address may start per minute.
    pub chat_starts_per_minute: u32,
    /// Forum posts (questions and answers) one client address may send per minute.
    pub forum_posts_per_minute: u32,
    /// Forum votes and reports one client address may send per minute.
    pub forum_votes_per_minute: u32,
    /// The address visitors reach Samtal at, for links in mail, canonical URLs and sitemaps.
    pub public_url: String,
    /// The outside services this installation connects to (the mail relay, polled IMAP
    /// servers): the recipients the record of processing lists.
    pub endpoints: Vec<Endpoint>,
}

/// An outside service Samtal is configured to connect to.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Endpoint {
    /// `smtp_relay` or `imap`.
    pub service: &'static str,
    pub host: String,
    /// Where it runs (ISO code), when the configuration says.
    pub country: Option<String>,
}

impl Endpoint {
    /// Whether the service runs on this machine or the organisation's own network
    /// (loopback or private address), where no third party is involved.
    pub fn is_local(&self) -> bool {
        let host = self.host.trim_start_matches('[').trim_end_matches(']');
        host.eq_ignore_ascii_case("localhost")
            || match host.parse::<std::net::IpAddr>() {
                Ok(std::net::IpAddr::V4(ip)) => ip.is_loopback() || ip.is_private() || ip.is_link_local(),
                Ok(std::net::IpAddr::V6(ip)) => ip.is_loopback() || ip.is_unique_local(),
                Err(_) => false,
            }
    }

    /// Whether it may be used when all processing must stay in the EU/EEA: on the
    /// organisation's own network, or declared to run in an EU/EEA country.
    pub fn inside_eea(&self) -> bool {
        self.is_local() || self.country.as_deref().is_some_and(domain::processors::in_eu_eea)
    }
}

impl Default for AppConfig {
    fn default() -> Self {
        Self {
            session_idle: Duration::from_secs(2 * 3600),
            session_absolute: Duration::from_secs(12 * 3600),
            chat_starts_per_minute: 30,
            forum_posts_per_minute: 5,
            forum_votes_per_minute: 30,
            public_url: "http://127.0.0.1:8080".into(),
            endpoints: Vec::new(),
        }
    }
}

/// The application: cheap to clone, shared by every request and job.
#[derive(Clone)]
pub struct App {
    inner: Arc<Inner>,
}

struct Inner {
    db: Db,
    config: AppConfig,
    sign_in_limits: auth::SignInLimits,
    hub: chat::Hub,
    /// New conversations per client address: a public endpoint must not fill the database.
    chat_starts: governor::DefaultKeyedRateLimiter<String>,
    /// Forum posts and votes per client address (in memory: no address is stored).
    forum_posts: governor::DefaultKeyedRateLimiter<String>,
    forum_votes: governor::DefaultKeyedRateLimiter<String>,
    message_writer: std::sync::OnceLock<tokio::sync::mpsc::Sender<chat::AppendRequest>>,
}

impl App {
    pub fn new(db: Db, config: AppConfig) -> Self {
        let quota =
            |n: u32| governor::Quota::per_minute(std::num::NonZeroU32::new(n).unwrap_or(std::num::NonZeroU32::MIN));
        Self {
            inner: Arc::new(Inner {
                db,
                sign_in_limits: auth::SignInLimits::new(),
                hub: chat::Hub::default(),
                chat_starts: governor::RateLimiter::keyed(quota(config.chat_starts_per_minute)),
                forum_posts: governor::RateLimiter::keyed(quota(config.forum_posts_per_minute)),
                forum_votes: governor::RateLimiter::keyed(quota(config.forum_votes_per_minute)),
                message_writer: std::sync::OnceLock::new(),
                config,
            }),
        }
    }

    pub fn db(&self) -> &Db {
        &self.inner.db
    }

    pub fn config(&self) -> &AppConfig {
        &self.inner.config
    }
}
