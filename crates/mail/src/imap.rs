//! Fetching mail from an existing IMAP mailbox with async-imap: the client side of
//! IMAP intake. Each poll logs in, selects the mailbox and hands every message
//! after the caller's UID cursor to the caller, oldest first, one at a time; the
//! caller stores it and keeps the new cursor, so a poll cut off at any point
//! resumes where it stopped. No business rules here.
//!
//! Errors carry no server text: a server's NO or BAD answer may quote a user name
//! or a message, and errors end up in logs.

use futures_util::TryStreamExt;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::{self, ClientConfig, RootCertStore, pki_types::ServerName};

/// How the connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// TLS from the first byte (port 993).
    Tls,
    /// Plain connection upgraded with STARTTLS before logging in (port 143).
    StartTls,
    /// No encryption: only for a server on the same machine.
    Plain,
}

/// What happens to a message in the mailbox once it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterImport {
    /// Left as it is (the cursor alone prevents a second import).
    Keep,
    /// Flagged `\Seen`.
    MarkSeen,
    /// Moved to this folder (which must exist).
    MoveTo(String),
}

/// A password that never shows itself in `Debug` output or logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// One mailbox to poll.
#[derive(Debug, Clone)]
pub struct ImapAccount {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub user: String,
    pub password: Secret,
    /// The folder to read, usually `INBOX`.
    pub mailbox: String,
    pub after_import: AfterImport,
    /// Extra trust anchors (PEM) for a server with a private certificate; the system's
    /// roots are always trusted.
    pub extra_roots: Vec<rustls::pki_types::CertificateDer<'static>>,
    /// Messages larger than this are skipped (and reported).
    pub max_message_bytes: usize,
    /// Connecting, and each answer from the server, may take this long.
    pub timeout: Duration,
}

/// Where a poll stopped: the mailbox's UIDVALIDITY and the highest UID handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cursor {
    pub uid_validity: u32,
    pub last_uid: u32,
}

/// One message fetched from the mailbox.
#[derive(Debug)]
pub enum Fetched {
    Message {
        uid: u32,
        raw: Vec<u8>,
    },
    /// Larger than `max_message_bytes`: not downloaded.
    TooLarge {
        uid: u32,
        size: u32,
    },
}

impl Fetched {
    pub fn uid(&self) -> u32 {
        match self {
            Self::Message { uid, .. } | Self::TooLarge { uid, .. } => *uid,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    #[error("cannot connect to the IMAP server")]
    Connect(#[source] std::io::Error),
    #[error("the IMAP server did not answer in time")]
    Timeout,
    #[error("TLS with the IMAP server failed")]
    Tls(#[source] std::io::Error),
    #[error("the IMAP server does not offer STARTTLS")]
    NoStartTls,
    #[error("the IMAP server refused the user name or password")]
    Login,
    #[error("the IMAP server refused to open the mailbox")]
    Mailbox,
    #[error("the IMAP server does not keep UIDs for this mailbox")]
    NoUids,
    #[error("the IMAP server refused to flag or move imported mail")]
    AfterImport,
    #[error("the connection to the IMAP server broke off")]
    ConnectionLost,
    #[error("the IMAP server answered something unexpected")]
    Protocol,
    /// The caller could not store a message; the cursor stays before it.
    #[error("a fetched message could not be stored")]
    Store,
}

/// async-imap's errors may quote the server or a message: keep only their kind.
fn kind(err: async_imap::error::Error) -> ImapError {
    use async_imap::error::Error;
    match err {
        Error::Io(_) | Error::ConnectionLost => ImapError::ConnectionLost,
        _ => ImapError::Protocol,
    }
}

/// Messages fetched per round trip (also the unit in which imported mail is flagged or moved).
const BATCH: usize = 50;

/// The outcome of one poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PollReport {
    pub cursor: Cursor,
    pub stored: usize,
    pub too_large: usize,
}

/// Where fetched messages go.
pub trait MailboxSink: Send {
    /// Keeps one message; `false` when it could not (the poll stops before it).
    fn store(&mut self, item: Fetched) -> impl Future<Output = bool> + Send;
    /// Records the cursor after a stored message; `false` when it could not.
    fn advance(&mut self, cursor: Cursor) -> impl Future<Output = bool> + Send;
}

/// Polls `account` once: every message with a UID after `cursor` (all of them when the
/// mailbox's UIDVALIDITY changed) goes to `sink`, oldest first, and the cursor is
/// advanced after each, so a poll cut off at any point resumes after the last message
/// stored.
pub async fn poll<K: MailboxSink>(
    account: &ImapAccount,
    cursor: Option<Cursor>,
    sink: &mut K,
) -> Result<PollReport, ImapError> {
    let tcp = timed(account.timeout, TcpStream::connect((account.host.as_str(), account.port)))
        .await?
        .map_err(ImapError::Connect)?;
    let _ = tcp.set_nodelay(true);
    match account.security {
        Security::Plain => {
            let mut client = async_imap::Client::new(tcp);
            greeting(account, &mut client).await?;
            session(account, client, cursor, sink).await
        }
        Security::Tls => {
            let tls = tls_connect(account, tcp).await?;
            let mut client = async_imap::Client::new(tls);
            greeting(account, &mut client).await?;
            session(account, client, cursor, sink).await
        }
        Security::StartTls => {
            let mut client = async_imap::Client::new(tcp);
            greeting(account, &mut client).await?;
            timed(account.timeout, client.run_command_and_check_ok("STARTTLS", None))
                .await?
                .map_err(|_| ImapError::NoStartTls)?;
            let tls = tls_connect(account, client.into_inner()).await?;
            let client = async_imap::Client::new(tls);
            session(account, client, cursor, sink).await
        }
    }
}

async fn timed<F: Future>(limit: Duration, future: F) -> Result<F::Output, ImapError> {
    tokio::time::timeout(limit, future).await.map_err(|_| ImapError::Timeout)
}

async fn greeting<T>(account: &ImapAccount, client: &mut async_imap::Client<T>) -> Result<(), ImapError>
where
    T: AsyncRead + AsyncWrite + Unpin + fmt::Debug + Send,
{
    match timed(account.timeout, client.read_response()).await? {
        Ok(Some(_)) => Ok(()),
        Ok(None) | Err(_) => Err(ImapError::ConnectionLost),
    }
}

async fn tls_connect(
    account: &ImapAccount,
    tcp: TcpStream,
) -> Result<tokio_rustls::client::TlsStream<TcpStream>, ImapError> {
    let mut roots = RootCertStore::empty();
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert);
    }
    for cert in &account.extra_roots {
        roots.add(cert.clone()).map_err(|e| ImapError::Tls(std::io::Error::other(e)))?;
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ImapError::Tls(std::io::Error::other(e)))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = ServerName::try_from(account.host.clone()).map_err(|e| ImapError::Tls(std::io::Error::other(e)))?;
    timed(account.timeout, TlsConnector::from(Arc::new(config)).connect(name, tcp)).await?.map_err(ImapError::Tls)
}

async fn session<T, K>(
    account: &ImapAccount,
    client: async_imap::Client<T>,
    cursor: Option<Cursor>,
    sink: &mut K,
) -> Result<PollReport, ImapError>
where
    T: AsyncRead + AsyncWrite + Unpin + fmt::Debug + Send,
    K: MailboxSink,
{
    let limit = account.timeout;
    let mut session =
        timed(limit, client.login(&account.user, account.password.expose())).await?.map_err(|_| ImapError::Login)?;
    let mailbox = timed(limit, session.select(&account.mailbox)).await?.map_err(|_| ImapError::Mailbox)?;
    let uid_validity = mailbox.uid_validity.ok_or(ImapError::NoUids)?;
    // A new UIDVALIDITY means the server renumbered the mailbox: read it all again (the
    // caller recognises messages it already has by their Message-ID).
    let mut report = PollReport {
        cursor: match cursor {
            Some(c) if c.uid_validity == uid_validity => c,
            _ => Cursor { uid_validity, last_uid: 0 },
        },
        ..PollReport::default()
    };
    let query = format!("UID {}:*", u64::from(report.cursor.last_uid) + 1);
    let found = timed(limit, session.uid_search(&query)).await?.map_err(kind)?;
    // `N:*` also matches the highest UID when it is below N, so filter again.
    let mut uids: Vec<u32> = found.into_iter().filter(|uid| *uid > report.cursor.last_uid).collect();
    uids.sort_unstable();
    for batch in uids.chunks(BATCH) {
        let set = batch.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
        let sizes: Vec<(u32, u32)> = {
            let stream = timed(limit, session.uid_fetch(&set, "(UID RFC822.SIZE)")).await?.map_err(kind)?;
            let fetched: Vec<_> = timed(limit, stream.try_collect::<Vec<_>>()).await?.map_err(kind)?;
            fetched.iter().filter_map(|f| Some((f.uid?, f.size.unwrap_or(0)))).collect()
        };
        let mut done = Vec::with_capacity(batch.len());
        for &uid in batch {
            // A message expunged since the search has no size: nothing to import.
            let Some(&(_, size)) = sizes.iter().find(|(u, _)| *u == uid) else { continue };
            let item = if size as usize > account.max_message_bytes {
                Fetched::TooLarge { uid, size }
            } else {
                let stream =
                    timed(limit, session.uid_fetch(uid.to_string(), "(UID BODY.PEEK[])")).await?.map_err(kind)?;
                let fetched: Vec<_> = timed(limit, stream.try_collect::<Vec<_>>()).await?.map_err(kind)?;
                let Some(raw) = fetched.iter().find(|f| f.uid == Some(uid)).and_then(|f| f.body()) else {
                    continue;
                };
                Fetched::Message { uid, raw: raw.to_vec() }
            };
            let large = matches!(item, Fetched::TooLarge { .. });
            if !sink.store(item).await {
                return Err(ImapError::Store);
            }
            report.cursor.last_uid = uid;
            if large {
                report.too_large += 1;
            } else {
                report.stored += 1;
            }
            if !sink.advance(report.cursor).await {
                return Err(ImapError::Store);
            }
            done.push(uid);
        }
        if !done.is_empty() {
            let set = done.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
            after_import(account, &mut session, &set).await?;
        }
    }
    let _ = timed(limit, session.logout()).await;
    Ok(report)
}

async fn after_import<T>(
    account: &ImapAccount,
    session: &mut async_imap::Session<T>,
    set: &str,
) -> Result<(), ImapError>
where
    T: AsyncRead + AsyncWrite + Unpin + fmt::Debug + Send,
{
    let limit = account.timeout;
    match &account.after_import {
        AfterImport::Keep => Ok(()),
        AfterImport::MarkSeen => {
            let stream = timed(limit, session.uid_store(set, "+FLAGS.SILENT (\\Seen)"))
                .await?
                .map_err(|_| ImapError::AfterImport)?;
            timed(limit, stream.try_collect::<Vec<_>>()).await?.map_err(|_| ImapError::AfterImport)?;
            Ok(())
        }
        AfterImport::MoveTo(folder) => {
            timed(limit, session.uid_mv(set, folder)).await?.map_err(|_| ImapError::AfterImport)
        }
    }
}

/// Parses PEM certificates (for `extra_roots`).
pub fn certificates_from_pem(pem: &[u8]) -> Result<Vec<rustls::pki_types::CertificateDer<'static>>, ImapError> {
    use rustls::pki_types::pem::PemObject;
    let certs: Result<Vec<_>, _> = rustls::pki_types::CertificateDer::pem_slice_iter(pem).collect();
    match certs {
        Ok(certs) if !certs.is_empty() => Ok(certs),
        _ => Err(ImapError::Tls(std::io::Error::other("no certificate in the PEM file"))),
    }
}
