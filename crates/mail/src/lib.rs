//! Mail protocols, without business rules: today the outbound side (a message
//! built and handed to the operator's SMTP relay). Intake (SMTP listener, IMAP)
//! joins it with the e-mail case issue.

pub mod outbound;

pub use outbound::{OutgoingMail, Relay, RelayError, SendError};
