//! Mail protocols, without business rules: incoming mail parsed into plain values
//! (`inbound`), polling of IMAP mailboxes (`imap`), the SMTP listener mail servers deliver to (`smtp_server`), and
//! outgoing mail handed to the operator's SMTP relay (`outbound`).

pub mod imap;
pub mod inbound;
pub mod outbound;
pub mod smtp_server;

pub use inbound::{InboundAttachment, InboundMail, ParseError};
pub use outbound::{OutgoingMail, Relay, RelayError, SendError};
/// The TLS library the listener and the IMAP client use (for its configuration types).
pub use tokio_rustls::rustls;
