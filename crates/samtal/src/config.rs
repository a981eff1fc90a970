//! Settings: built-in defaults, then the TOML file, then the environment and
//! command line (merged by clap). A wrong value or unknown key names itself.

use crate::cli::SettingArgs;
use anyhow::{Context, Result, anyhow, bail};
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The configuration file's keys. Unknown keys are refused.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub listen: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
    pub metrics_listen: Option<String>,
    /// Serve cookies with `Secure` and the `__Host-` prefix (set when behind HTTPS).
    pub secure_cookies: Option<bool>,
    /// `text` (default) or `json`.
    pub log_format: Option<String>,
    /// A tracing filter such as `info` or `samtal=debug,info`.
    pub log_level: Option<String>,
    pub session_idle_minutes: Option<u64>,
    pub session_absolute_hours: Option<u64>,
    /// New chat conversations one client address may start per minute (default 30).
    pub chat_starts_per_minute: Option<u32>,
    /// Forum questions and answers one client address may post per minute (default 5).
    pub forum_posts_per_minute: Option<u32>,
    /// Forum votes and reports one client address may send per minute (default 30).
    pub forum_votes_per_minute: Option<u32>,
    /// The address visitors reach Samtal at, e.g. `https://kundtjanst.example.se`
    /// (links in mail, canonical URLs, sitemaps) [default: http://LISTEN].
    pub public_url: Option<String>,
    /// smtp://[user:pass@]host[:port] (STARTTLS when offered) or smtps://host[:port].
    pub smtp_relay: Option<String>,
    /// The sender of outbound mail.
    pub mail_from: Option<String>,
    /// Address to receive mail on over SMTP, or `off`.
    pub smtp_listen: Option<String>,
    /// The largest message the SMTP listener accepts, in MB (default 25).
    pub smtp_max_message_mb: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// The settings in force.
#[derive(Debug, Clone)]
pub struct Settings {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub metrics_listen: Option<SocketAddr>,
    pub secure_cookies: bool,
    pub log_format: LogFormat,
    pub log_level: String,
    pub session_idle: Duration,
    pub session_absolute: Duration,
    pub chat_starts_per_minute: u32,
    pub forum_posts_per_minute: u32,
    pub forum_votes_per_minute: u32,
    /// `None`: the address Samtal listens on, once bound.
    pub public_url: Option<String>,
    /// Where outbound mail goes; `None`: it waits in the queue.
    pub relay: Option<mail::Relay>,
    /// Where the SMTP listener runs; `None`: no listener.
    pub smtp_listen: Option<SocketAddr>,
    pub smtp_max_message_bytes: usize,
}

impl Settings {
    pub fn load(args: &SettingArgs) -> Result<Self> {
        let file = match &args.config {
            Some(path) => read_file(path)?,
            None => FileConfig::default(),
        };
        let listen_raw = args.listen.clone().or(file.listen).unwrap_or_else(|| "127.0.0.1:8080".into());
        let listen = parse_addr("listen", &listen_raw)?;
        let metrics_raw =
            args.metrics_listen.clone().or(file.metrics_listen).unwrap_or_else(|| "127.0.0.1:9464".into());
        let metrics_listen = if metrics_raw.trim().eq_ignore_ascii_case("off") {
            None
        } else {
            Some(parse_addr("metrics_listen", &metrics_raw)?)
        };
        let data_dir = args.data_dir.clone().or(file.data_dir).unwrap_or_else(|| PathBuf::from("./data"));
        if data_dir.as_os_str().is_empty() {
            bail!("invalid data_dir: must not be empty");
        }
        let database_url = match args.database_url.clone().or(file.database_url) {
            Some(url) if url.trim().is_empty() => bail!("invalid DATABASE_URL: must not be empty"),
            Some(url) => url,
            None => format!("sqlite://{}", data_dir.join("samtal.db").display()),
        };
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            bail!(
                "invalid DATABASE_URL {:?}: expected sqlite:PATH or postgres://…",
                storage::redact_url(&database_url)
            );
        }
        let log_format = match file.log_format.as_deref().unwrap_or("text") {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            other => bail!("invalid log_format {other:?}: expected \"text\" or \"json\""),
        };
        let log_level = file.log_level.unwrap_or_else(|| "info".into());
        let session_idle = minutes("session_idle_minutes", file.session_idle_minutes.unwrap_or(120))?;
        let session_absolute =
            Duration::from_secs(3600 * positive("session_absolute_hours", file.session_absolute_hours.unwrap_or(12))?);
        let chat_starts_per_minute =
            u32::try_from(positive("chat_starts_per_minute", u64::from(file.chat_starts_per_minute.unwrap_or(30)))?)
                .unwrap_or(u32::MAX);
        let per_minute = |key: &str, value: Option<u32>, default: u32| -> Result<u32> {
            Ok(u32::try_from(positive(key, u64::from(value.unwrap_or(default)))?).unwrap_or(u32::MAX))
        };
        let forum_posts_per_minute = per_minute("forum_posts_per_minute", file.forum_posts_per_minute, 5)?;
        let forum_votes_per_minute = per_minute("forum_votes_per_minute", file.forum_votes_per_minute, 30)?;
        let public_url = parse_public_url(file.public_url.as_deref())?;
        let smtp_listen = match args.smtp_listen.clone().or(file.smtp_listen) {
            None => None,
            Some(raw) if raw.trim().eq_ignore_ascii_case("off") => None,
            Some(raw) => Some(parse_addr("smtp_listen", &raw)?),
        };
        let smtp_max_message_bytes =
            usize::try_from(positive("smtp_max_message_mb", file.smtp_max_message_mb.unwrap_or(25))?.min(1024))
                .unwrap_or(25)
                * 1024
                * 1024;
        let relay = match args.smtp_relay.clone().or(file.smtp_relay) {
            None => None,
            Some(url) => {
                let from = args.mail_from.clone().or(file.mail_from).ok_or_else(|| {
                    anyhow!("mail_from is required with smtp_relay (e.g. \"Kundtjänst <noreply@kommun.se>\")")
                })?;
                // The URL may hold the relay's password: it is never echoed.
                Some(mail::Relay::new(&url, &from).map_err(|e| anyhow!("invalid smtp_relay or mail_from: {e}"))?)
            }
        };
        Ok(Self {
            chat_starts_per_minute,
            forum_posts_per_minute,
            forum_votes_per_minute,
            public_url,
            relay,
            smtp_listen,
            smtp_max_message_bytes,
            listen,
            data_dir,
            database_url,
            metrics_listen,
            secure_cookies: file.secure_cookies.unwrap_or(false),
            log_format,
            log_level,
            session_idle,
            session_absolute,
        })
    }

    pub fn app_config(&self) -> app::AppConfig {
        app::AppConfig {
            session_idle: self.session_idle,
            session_absolute: self.session_absolute,
            chat_starts_per_minute: self.chat_starts_per_minute,
            forum_posts_per_minute: self.forum_posts_per_minute,
            forum_votes_per_minute: self.forum_votes_per_minute,
            public_url: self.public_url.clone().unwrap_or_else(|| format!("http://{}", self.listen)),
        }
    }
}

fn read_file(path: &Path) -> Result<FileConfig> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read config file {}", path.display()))?;
    toml::from_str(&text).map_err(|err| {
        // toml's message names the key and position; keep it on one line.
        let message = err.message().to_owned();
        let at = err
            .span()
            .map(|span| {
                let start = span.start.min(text.len());
                let line_no = text[..start].lines().count().max(1);
                let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
                let line = text[line_start..].lines().next().unwrap_or_default();
                match line.split_once('=') {
                    Some((key, _)) if !message.contains(key.trim()) => {
                        format!(" (line {line_no}, key `{}`)", key.trim())
                    }
                    _ => format!(" (line {line_no})"),
                }
            })
            .unwrap_or_default();
        anyhow!("invalid config file {}{at}: {message}", path.display())
    })
}

fn parse_addr(key: &str, raw: &str) -> Result<SocketAddr> {
    raw.trim().parse().map_err(|_| anyhow!("invalid {key} {raw:?}: expected an address like 127.0.0.1:8080"))
}

/// The public base URL without a trailing slash; by default the listen address.
fn parse_public_url(raw: Option<&str>) -> Result<Option<String>> {
    let Some(raw) = raw.map(str::trim) else {
        return Ok(None);
    };
    let parsed = url::Url::parse(raw)
        .map_err(|_| anyhow!("invalid public_url {raw:?}: expected an absolute URL like https://example.se"))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() || parsed.query().is_some() {
        bail!("invalid public_url {raw:?}: expected http(s)://host[:port][/path] without a query");
    }
    Ok(Some(raw.trim_end_matches('/').to_owned()))
}

fn positive(key: &str, value: u64) -> Result<u64> {
    if value == 0 {
        bail!("invalid {key}: must be greater than 0");
    }
    Ok(value)
}

fn minutes(key: &str, value: u64) -> Result<Duration> {
    Ok(Duration::from_secs(60 * positive(key, value)?))
}

/// Makes sure the data folder exists and can be written to.
pub fn prepare_data_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create data dir {}", dir.display()))?;
    let probe = dir.join(".samtal-write-test");
    std::fs::write(&probe, b"ok").with_context(|| format!("data dir {} is not writable", dir.display()))?;
    let _ = std::fs::remove_file(probe);
    Ok(())
}
