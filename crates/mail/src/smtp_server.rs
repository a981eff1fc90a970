//! The SMTP listener a mail server delivers to (RFC 5321 server side, ESMTP with
//! SIZE, 8BITMIME, PIPELINING, ENHANCEDSTATUSCODES and, with a certificate,
//! STARTTLS). Commands are parsed by `smtp-proto`; this module keeps the session
//! state and the DATA framing.
//!
//! Hardening: only recipients the [`Intake`] accepts (550 otherwise); the size
//! limit (552); lines must end in CRLF and a bare CR or LF anywhere in DATA
//! refuses the message (SMTP smuggling); idle clients are dropped; 250 after
//! DATA is sent only once the intake has durably stored the message; commands
//! pipelined behind STARTTLS are discarded, and the session starts over once TLS
//! is up (RFC 3207, against command injection).

use smtp_proto::{Error as ProtoError, Request};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::rustls;

/// Where received mail goes: the business side of the listener.
pub trait Intake: Send + Sync + 'static {
    /// Whether mail for this address is taken (an inbox exists).
    fn accepts(&self, recipient: &str) -> impl Future<Output = bool> + Send;
    /// Stores a message for the accepted recipients; `Ok` only once it is durable.
    fn deliver(
        &self,
        sender: Option<&str>,
        recipients: &[String],
        message: Vec<u8>,
    ) -> impl Future<Output = Result<(), Refusal>> + Send;
}

/// Why a message was not taken after DATA.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The message cannot be read as mail (5xx: do not retry).
    Unreadable,
    /// Storage failed (4xx: the sending server retries later).
    TryLater,
}

#[derive(Debug, Clone)]
pub struct SmtpSettings {
    /// The name in the greeting and EHLO answer.
    pub hostname: String,
    pub max_message_bytes: usize,
    pub max_recipients: usize,
    /// A client silent this long is disconnected.
    pub idle_timeout: Duration,
    /// Offers STARTTLS with this certificate when set.
    pub tls: Option<Arc<rustls::ServerConfig>>,
}

impl Default for SmtpSettings {
    fn default() -> Self {
        Self {
            hostname: "samtal".into(),
            max_message_bytes: 25 * 1024 * 1024,
            max_recipients: 50,
            idle_timeout: Duration::from_secs(300),
            tls: None,
        }
    }
}

/// Command lines longer than this are refused (RFC 5321 allows 512 plus extensions).
const MAX_COMMAND_LINE: usize = 4096;

/// The server side of TLS for STARTTLS, from PEM files' contents.
pub fn tls_config(cert_pem: &[u8], key_pem: &[u8]) -> Result<Arc<rustls::ServerConfig>, TlsSetupError> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_slice_iter(cert_pem).collect::<Result<_, _>>().map_err(|_| TlsSetupError::Certificate)?;
    if certs.is_empty() {
        return Err(TlsSetupError::Certificate);
    }
    let key = PrivateKeyDer::from_pem_slice(key_pem).map_err(|_| TlsSetupError::Key)?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|_| TlsSetupError::Mismatch)?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|_| TlsSetupError::Mismatch)?;
    Ok(Arc::new(config))
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TlsSetupError {
    #[error("no PEM certificate found")]
    Certificate,
    #[error("no PEM private key found")]
    Key,
    #[error("the private key does not belong to the certificate or is of an unsupported kind")]
    Mismatch,
}

/// Accepts connections until the listener fails; each session runs on its own task.
pub async fn serve<I: Intake>(listener: TcpListener, settings: SmtpSettings, intake: Arc<I>) {
    let settings = Arc::new(settings);
    loop {
        let Ok((socket, _)) = listener.accept().await else { continue };
        let (settings, intake) = (settings.clone(), intake.clone());
        tokio::spawn(async move {
            let tls = settings.tls.clone();
            let mut plain = Session::new(socket, settings.clone(), intake.clone(), tls.is_some());
            if let (Ok(Ended::StartTls), Some(config)) = (plain.run(true).await, tls) {
                let acceptor = tokio_rustls::TlsAcceptor::from(config);
                let handshake = tokio::time::timeout(settings.idle_timeout, acceptor.accept(plain.socket)).await;
                if let Ok(Ok(secure)) = handshake {
                    // A new session: nothing said before TLS carries over.
                    let _ = Session::new(secure, settings, intake, false).run(false).await;
                }
            }
        });
    }
}

struct Session<I, S> {
    socket: S,
    settings: Arc<SmtpSettings>,
    intake: Arc<I>,
    buffer: Vec<u8>,
    greeted: bool,
    sender: Option<Option<String>>,
    recipients: Vec<String>,
    /// STARTTLS is offered (a certificate is configured and TLS is not yet on).
    offer_tls: bool,
}

enum Step {
    Continue,
    Data,
    Quit,
    StartTls,
}

/// How a session ended.
enum Ended {
    Closed,
    /// The client asked for TLS: the caller continues on the upgraded connection.
    StartTls,
}

impl<I: Intake, S: AsyncRead + AsyncWrite + Unpin + Send> Session<I, S> {
    fn new(socket: S, settings: Arc<SmtpSettings>, intake: Arc<I>, offer_tls: bool) -> Self {
        Self {
            socket,
            settings,
            intake,
            buffer: Vec::new(),
            greeted: false,
            sender: None,
            recipients: Vec::new(),
            offer_tls,
        }
    }

    async fn run(&mut self, greet: bool) -> std::io::Result<Ended> {
        if greet {
            let greeting = format!("220 {} ESMTP Samtal\r\n", self.settings.hostname);
            self.socket.write_all(greeting.as_bytes()).await?;
        }
        let mut replies = String::new();
        loop {
            // Answer every complete command in the buffer (pipelining), then flush once.
            while let Some(line) = self.take_line()? {
                match self.command(&line, &mut replies).await {
                    Step::Continue => {}
                    Step::Quit => {
                        self.socket.write_all(replies.as_bytes()).await?;
                        return Ok(Ended::Closed);
                    }
                    Step::StartTls => {
                        self.socket.write_all(replies.as_bytes()).await?;
                        self.socket.flush().await?;
                        // Anything pipelined behind STARTTLS was sent in clear text: dropped.
                        self.buffer.clear();
                        return Ok(Ended::StartTls);
                    }
                    Step::Data => {
                        self.socket.write_all(replies.as_bytes()).await?;
                        replies.clear();
                        let reply = self.data().await?;
                        replies.push_str(&reply);
                    }
                }
            }
            if !replies.is_empty() {
                self.socket.write_all(replies.as_bytes()).await?;
                replies.clear();
            }
            if !self.read_more().await? {
                return Ok(Ended::Closed);
            }
        }
    }

    /// Reads more bytes; `false` when the client is gone or idle too long.
    async fn read_more(&mut self) -> std::io::Result<bool> {
        let mut chunk = [0u8; 16 * 1024];
        match tokio::time::timeout(self.settings.idle_timeout, self.socket.read(&mut chunk)).await {
            Ok(Ok(0)) => Ok(false),
            Ok(Ok(n)) => {
                self.buffer.extend_from_slice(&chunk[..n]);
                Ok(true)
            }
            Ok(Err(e)) => Err(e),
            Err(_) => {
                let _ = self.socket.write_all(b"421 4.4.2 Idle for too long, closing\r\n").await;
                Ok(false)
            }
        }
    }

    /// One command line (with its CRLF) from the buffer, if complete.
    fn take_line(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        match self.buffer.iter().position(|&b| b == b'\n') {
            Some(end) => Ok(Some(self.buffer.drain(..=end).collect())),
            None if self.buffer.len() > MAX_COMMAND_LINE => {
                Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "command line too long"))
            }
            None => Ok(None),
        }
    }

    fn reset(&mut self) {
        self.sender = None;
        self.recipients.clear();
    }

    async fn command(&mut self, line: &[u8], replies: &mut String) -> Step {
        if line.len() > MAX_COMMAND_LINE {
            replies.push_str("500 5.5.2 Line too long\r\n");
            return Step::Continue;
        }
        if !line.ends_with(b"\r\n") {
            replies.push_str("500 5.5.2 Commands end with CRLF\r\n");
            return Step::Continue;
        }
        let request = match Request::parse(&mut line.iter()) {
            Ok(r) => r,
            Err(ProtoError::UnknownCommand) => {
                replies.push_str("500 5.5.1 Unknown command\r\n");
                return Step::Continue;
            }
            Err(ProtoError::InvalidSenderAddress) => {
                replies.push_str("501 5.1.7 Bad sender address\r\n");
                return Step::Continue;
            }
            Err(ProtoError::InvalidRecipientAddress) => {
                replies.push_str("501 5.1.3 Bad recipient address\r\n");
                return Step::Continue;
            }
            Err(_) => {
                replies.push_str("501 5.5.4 Syntax error\r\n");
                return Step::Continue;
            }
        };
        let s = self.settings.clone();
        match request {
            Request::Ehlo { .. } => {
                self.greeted = true;
                self.reset();
                let starttls = if self.offer_tls { "250-STARTTLS\r\n" } else { "" };
                replies.push_str(&format!(
                    "250-{}\r\n250-SIZE {}\r\n250-8BITMIME\r\n250-PIPELINING\r\n{starttls}250 ENHANCEDSTATUSCODES\r\n",
                    s.hostname, s.max_message_bytes
                ));
            }
            Request::Helo { .. } => {
                self.greeted = true;
                self.reset();
                replies.push_str(&format!("250 {}\r\n", s.hostname));
            }
            Request::Mail { from } => {
                if !self.greeted {
                    replies.push_str("503 5.5.1 Say EHLO first\r\n");
                } else if self.sender.is_some() {
                    replies.push_str("503 5.5.1 Sender already given\r\n");
                } else if from.size > s.max_message_bytes {
                    replies.push_str("552 5.3.4 Message too big\r\n");
                } else {
                    let address = from.address.trim().to_owned();
                    self.sender = Some((!address.is_empty()).then_some(address));
                    replies.push_str("250 2.1.0 OK\r\n");
                }
            }
            Request::Rcpt { to } => {
                if self.sender.is_none() {
                    replies.push_str("503 5.5.1 MAIL first\r\n");
                } else if self.recipients.len() >= s.max_recipients {
                    replies.push_str("452 4.5.3 Too many recipients\r\n");
                } else if self.intake.accepts(&to.address).await {
                    self.recipients.push(to.address.to_ascii_lowercase());
                    replies.push_str("250 2.1.5 OK\r\n");
                } else {
                    replies.push_str("550 5.1.1 No such mailbox here\r\n");
                }
            }
            Request::Data => {
                if self.recipients.is_empty() {
                    replies.push_str("503 5.5.1 No valid recipients\r\n");
                } else {
                    replies.push_str("354 End data with <CR><LF>.<CR><LF>\r\n");
                    return Step::Data;
                }
            }
            Request::Rset => {
                self.reset();
                replies.push_str("250 2.0.0 OK\r\n");
            }
            Request::Noop { .. } => replies.push_str("250 2.0.0 OK\r\n"),
            Request::Quit => {
                replies.push_str("221 2.0.0 Bye\r\n");
                return Step::Quit;
            }
            Request::Vrfy { .. } => replies.push_str("252 2.5.0 Cannot verify\r\n"),
            Request::StartTls if self.offer_tls && self.greeted => {
                replies.push_str("220 2.0.0 Ready to start TLS\r\n");
                return Step::StartTls;
            }
            Request::StartTls if self.offer_tls => replies.push_str("503 5.5.1 Say EHLO first\r\n"),
            Request::StartTls if self.settings.tls.is_some() => replies.push_str("503 5.5.1 TLS is already active\r\n"),
            Request::StartTls => replies.push_str("502 5.5.1 STARTTLS is not configured\r\n"),
            _ => replies.push_str("502 5.5.1 Not implemented\r\n"),
        }
        Step::Continue
    }

    /// Reads the message after 354 and answers for it.
    async fn data(&mut self) -> std::io::Result<String> {
        let max = self.settings.max_message_bytes;
        let mut message: Vec<u8> = Vec::new();
        let (mut too_big, mut bare) = (false, false);
        loop {
            let Some(end) = self.buffer.iter().position(|&b| b == b'\n') else {
                if !self.read_more().await? {
                    return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "client left during DATA"));
                }
                continue;
            };
            let line: Vec<u8> = self.buffer.drain(..=end).collect();
            let crlf = line.len() >= 2 && line[line.len() - 2] == b'\r';
            let content = &line[..line.len() - if crlf { 2 } else { 1 }];
            if !crlf || content.contains(&b'\r') {
                bare = true; // a bare LF or CR: never an end of data, and the message is refused
            }
            if crlf && content == b"." {
                break;
            }
            let content = content.strip_prefix(b".").filter(|_| content.starts_with(b"..")).unwrap_or(content);
            if !too_big {
                if message.len() + content.len() + 2 > max {
                    too_big = true;
                    message = Vec::new();
                } else {
                    message.extend_from_slice(content);
                    message.extend_from_slice(b"\r\n");
                }
            }
        }
        let sender = self.sender.clone().flatten();
        let recipients = std::mem::take(&mut self.recipients);
        self.reset();
        Ok(if too_big {
            "552 5.3.4 Message too big\r\n".into()
        } else if bare {
            "554 5.6.0 Bare CR or LF is not allowed; lines end with CRLF\r\n".into()
        } else {
            match self.intake.deliver(sender.as_deref(), &recipients, message).await {
                Ok(()) => "250 2.0.0 Stored\r\n".into(),
                Err(Refusal::Unreadable) => "554 5.6.0 The message could not be read\r\n".into(),
                Err(Refusal::TryLater) => "451 4.3.0 Temporary failure, try again later\r\n".into(),
            }
        })
    }
}
