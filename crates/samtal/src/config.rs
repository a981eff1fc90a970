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
    /// The country the relay runs in (ISO code, e.g. `SE`), for the sub-processor register
    /// and the EU/EEA-only mode.
    pub smtp_relay_country: Option<String>,
    /// The sender of outbound mail.
    pub mail_from: Option<String>,
    /// Address to receive mail on over SMTP, or `off`.
    pub smtp_listen: Option<String>,
    /// The largest message the SMTP listener accepts, in MB (default 25).
    pub smtp_max_message_mb: Option<u64>,
    /// PEM certificate chain for STARTTLS on the SMTP listener (with `smtp_tls_key`).
    pub smtp_tls_cert: Option<PathBuf>,
    /// PEM private key for STARTTLS on the SMTP listener.
    pub smtp_tls_key: Option<PathBuf>,
    /// Minutes between retention runs (default 60).
    pub retention_interval_minutes: Option<u64>,
    /// IMAP mailboxes to poll, each delivering to one inbox (`[[imap]]` sections).
    #[serde(default)]
    pub imap: Vec<ImapConfig>,
}

/// One `[[imap]]` section.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImapConfig {
    /// The address of the Samtal inbox the mail is for.
    pub inbox: String,
    pub host: String,
    /// Default 993 with `tls`, else 143.
    pub port: Option<u16>,
    /// `tls` (default), `starttls`, or `none` (only for a server on this machine).
    pub security: Option<String>,
    pub user: String,
    /// The password itself; prefer `password_env`.
    pub password: Option<String>,
    /// The environment variable that holds the password.
    pub password_env: Option<String>,
    /// Default `INBOX`.
    pub mailbox: Option<String>,
    /// `keep` (default), `seen` or `move` (with `move_to`).
    pub after_import: Option<String>,
    pub move_to: Option<String>,
    /// Default 60.
    pub poll_seconds: Option<u64>,
    /// A PEM file of extra trusted certificates (a server with a private CA).
    pub ca_file: Option<PathBuf>,
    /// The country the server runs in (ISO code, e.g. `SE`).
    pub country: Option<String>,
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
    /// STARTTLS on the SMTP listener, when a certificate is configured.
    pub smtp_tls: Option<std::sync::Arc<mail::rustls::ServerConfig>>,
    pub imap: Vec<app::imap::ImapSource>,
    pub retention_every: Duration,
    /// The outside services this installation connects to (the relay's and IMAP servers'
    /// hosts and countries, never credentials): the record of processing and the
    /// sub-processor register list them.
    pub endpoints: Vec<app::Endpoint>,
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
        let relay_url = args.smtp_relay.clone().or(file.smtp_relay.clone());
        let relay_host =
            relay_url.as_deref().and_then(|u| url::Url::parse(u).ok()).and_then(|u| u.host_str().map(str::to_owned));
        let relay = match relay_url {
            None => None,
            Some(url) => {
                let from = args.mail_from.clone().or(file.mail_from).ok_or_else(|| {
                    anyhow!("mail_from is required with smtp_relay (e.g. \"Kundtjänst <noreply@kommun.se>\")")
                })?;
                // The URL may hold the relay's password: it is never echoed.
                Some(mail::Relay::new(&url, &from).map_err(|e| anyhow!("invalid smtp_relay or mail_from: {e}"))?)
            }
        };
        let imap = file
            .imap
            .iter()
            .enumerate()
            .map(|(i, section)| {
                imap_source(section, smtp_max_message_bytes).map_err(|e| anyhow!("invalid [[imap]] #{}: {e}", i + 1))
            })
            .collect::<Result<Vec<_>>>()?;
        let smtp_tls = match (&file.smtp_tls_cert, &file.smtp_tls_key) {
            (None, None) => None,
            (Some(cert), Some(key)) => {
                let cert_pem =
                    std::fs::read(cert).with_context(|| format!("cannot read smtp_tls_cert {}", cert.display()))?;
                let key_pem =
                    std::fs::read(key).with_context(|| format!("cannot read smtp_tls_key {}", key.display()))?;
                Some(
                    mail::smtp_server::tls_config(&cert_pem, &key_pem)
                        .map_err(|e| anyhow!("invalid smtp_tls_cert or smtp_tls_key: {e}"))?,
                )
            }
            _ => bail!("smtp_tls_cert and smtp_tls_key go together: give both or neither"),
        };
        let retention_every = minutes("retention_interval_minutes", file.retention_interval_minutes.unwrap_or(60))?;
        let country = |key: &str, raw: &Option<String>| {
            raw.as_deref()
                .map(domain::processors::parse_country)
                .transpose()
                .map_err(|_| anyhow!("invalid {key}: expected a two-letter country code such as SE"))
        };
        let mut endpoints = Vec::new();
        if let Some(host) = relay_host {
            endpoints.push(app::Endpoint {
                service: "smtp_relay",
                host,
                country: country("smtp_relay_country", &file.smtp_relay_country)?,
            });
        }
        for (i, section) in file.imap.iter().enumerate() {
            endpoints.push(app::Endpoint {
                service: "imap",
                host: section.host.trim().to_owned(),
                country: country(&format!("[[imap]] #{} country", i + 1), &section.country)?,
            });
        }
        Ok(Self {
            endpoints,
            retention_every,
            smtp_tls,
            imap,
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
            endpoints: self.endpoints.clone(),
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

/// One `[[imap]]` section checked. Errors name the key, never the password.
fn imap_source(c: &ImapConfig, max_message_bytes: usize) -> Result<app::imap::ImapSource> {
    use mail::imap::{AfterImport, ImapAccount, Secret, Security};
    let inbox =
        domain::cases::parse_inbox_address(&c.inbox).map_err(|_| anyhow!("inbox: expected an e-mail address"))?;
    let host = c.host.trim();
    if host.is_empty() || host.contains(char::is_whitespace) {
        bail!("host: expected a host name");
    }
    let security = match c.security.as_deref().unwrap_or("tls") {
        "tls" => Security::Tls,
        "starttls" => Security::StartTls,
        "none" => Security::Plain,
        other => bail!("security {other:?}: expected \"tls\", \"starttls\" or \"none\""),
    };
    if security == Security::Plain && !is_loopback(host) {
        bail!("security = \"none\" sends the password in clear text: only allowed for a server on this machine");
    }
    let port = c.port.unwrap_or(if security == Security::Tls { 993 } else { 143 });
    if port == 0 {
        bail!("port: must not be 0");
    }
    let password = match (&c.password, &c.password_env) {
        (Some(_), Some(_)) => bail!("give either password or password_env, not both"),
        (Some(p), None) => p.clone(),
        (None, Some(var)) => std::env::var(var).map_err(|_| anyhow!("password_env: the variable {var} is not set"))?,
        (None, None) => bail!("password or password_env is required"),
    };
    let after_import = match (c.after_import.as_deref().unwrap_or("keep"), &c.move_to) {
        ("keep", None) => AfterImport::Keep,
        ("seen", None) => AfterImport::MarkSeen,
        ("move", Some(folder)) if !folder.trim().is_empty() => AfterImport::MoveTo(folder.trim().to_owned()),
        ("move", _) => bail!("after_import = \"move\" needs move_to (a folder name)"),
        ("keep" | "seen", Some(_)) => bail!("move_to is only used with after_import = \"move\""),
        (other, _) => bail!("after_import {other:?}: expected \"keep\", \"seen\" or \"move\""),
    };
    let extra_roots = match &c.ca_file {
        None => Vec::new(),
        Some(path) => {
            let pem = std::fs::read(path).with_context(|| format!("ca_file: cannot read {}", path.display()))?;
            mail::imap::certificates_from_pem(&pem)
                .map_err(|_| anyhow!("ca_file: no PEM certificate in {}", path.display()))?
        }
    };
    let every = Duration::from_secs(positive("poll_seconds", c.poll_seconds.unwrap_or(60))?);
    Ok(app::imap::ImapSource {
        inbox_address: inbox,
        every,
        account: ImapAccount {
            host: host.to_owned(),
            port,
            security,
            user: c.user.clone(),
            password: Secret::new(password),
            mailbox: c.mailbox.clone().unwrap_or_else(|| "INBOX".into()),
            after_import,
            extra_roots,
            max_message_bytes,
            timeout: Duration::from_secs(60),
        },
    })
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
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
