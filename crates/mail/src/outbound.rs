//! Sending through the configured relay with lettre.
//!
//! Errors carry no addresses or server replies: an SMTP server often echoes the
//! recipient in its answer, and these errors end up in logs and the outbox row.

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::{AsyncTransport, Tokio1Executor};
use std::time::Duration;

/// The operator's relay and the sender address every mail carries.
#[derive(Clone)]
pub struct Relay {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Relay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Relay").finish_non_exhaustive()
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RelayError {
    #[error("expected smtp://host[:port] (add ?tls=required for STARTTLS) or smtps://host[:port]")]
    Url,
    #[error("the sender address is not a valid mailbox (e.g. \"Samtal <noreply@example.se>\")")]
    From,
}

/// Why a mail was not delivered. `Permanent` will not succeed on retry.
#[derive(Debug, thiserror::Error, Clone, Copy, PartialEq, Eq)]
pub enum SendError {
    #[error("the relay refused the mail permanently")]
    Permanent,
    #[error("the relay refused the mail for now")]
    Transient,
    #[error("the relay could not be reached")]
    Connection,
    #[error("the mail could not be built (bad address or header)")]
    Invalid,
}

impl SendError {
    /// A stable code for storage and metrics.
    pub fn code(self) -> &'static str {
        match self {
            Self::Permanent => "permanent",
            Self::Transient => "transient",
            Self::Connection => "connection",
            Self::Invalid => "invalid",
        }
    }
}

/// One plain-text mail.
#[derive(Debug, Clone, Default)]
pub struct OutgoingMail<'a> {
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    /// A sender other than the relay's default (an inbox replying in its own name).
    pub from: Option<&'a str>,
    /// Threading headers, ids without angle brackets; `references` separated by spaces.
    pub message_id: Option<&'a str>,
    pub in_reply_to: Option<&'a str>,
    pub references: Option<&'a str>,
    /// Sent by Samtal by itself (notifications, auto-replies), not written by a person:
    /// marked `Auto-Submitted: auto-generated` so that auto-responders stay quiet.
    pub automatic: bool,
}

/// `Auto-Submitted: auto-generated` (RFC 3834): auto-responders must not answer it.
#[derive(Clone)]
struct AutoSubmitted;

impl lettre::message::header::Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".into())
    }
}

impl Relay {
    /// A relay from its URL (`smtp://user:pass@host:587`, `smtps://host`) and sender.
    pub fn new(url: &str, from: &str) -> Result<Self, RelayError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|_| RelayError::Url)?
            .timeout(Some(Duration::from_secs(30)))
            .build();
        let from = from.parse().map_err(|_| RelayError::From)?;
        Ok(Self { transport, from })
    }

    pub async fn send(&self, mail: &OutgoingMail<'_>) -> Result<(), SendError> {
        let to: Mailbox = mail.to.parse().map_err(|_| SendError::Invalid)?;
        let from = match mail.from {
            Some(from) => from.parse().map_err(|_| SendError::Invalid)?,
            None => self.from.clone(),
        };
        let mut builder = Message::builder().from(from).to(to).subject(mail.subject).header(ContentType::TEXT_PLAIN);
        let bracketed = |id: &str| format!("<{}>", id.trim_matches(['<', '>']));
        if let Some(id) = mail.message_id {
            builder = builder.message_id(Some(bracketed(id)));
        }
        if let Some(id) = mail.in_reply_to {
            builder = builder.in_reply_to(bracketed(id));
        }
        if let Some(ids) = mail.references.filter(|r| !r.trim().is_empty()) {
            builder = builder.references(ids.split_whitespace().map(bracketed).collect::<Vec<_>>().join(" "));
        }
        if mail.automatic {
            builder = builder.header(AutoSubmitted);
        }
        let message = builder.body(mail.body.to_owned()).map_err(|_| SendError::Invalid)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_permanent() => Err(SendError::Permanent),
            Err(e) if e.is_transient() => Err(SendError::Transient),
            Err(_) => Err(SendError::Connection),
        }
    }
}

/// `Name <address>` with the name quoted or encoded as the standard requires;
/// `None` when the address is not valid.
pub fn format_mailbox(name: &str, address: &str) -> Option<String> {
    let address = address.parse().ok()?;
    let name = name.trim();
    Some(Mailbox::new((!name.is_empty()).then(|| name.to_owned()), address).to_string())
}
