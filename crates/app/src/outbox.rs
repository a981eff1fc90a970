//! Delivery of the outbound mail queue through the operator's relay.
//!
//! Mail is queued in the transaction of the change that causes it (a forum
//! answer, a chat transcript); this worker sends it. Delivered mail is deleted
//! from the queue; a transient failure is retried with growing pauses; a
//! permanent refusal or too many attempts leaves the row as `failed`.

use crate::{App, Result};
use domain::Timestamp;
use mail::{OutgoingMail, Relay, SendError};
use std::time::Duration;

/// The outbox kind of a reply written by staff to a case (the only mail a person writes).
pub const CASE_REPLY: &str = "case_reply";

/// How long one attempt may hold a claimed mail before another worker may retry it.
const LEASE_SECONDS: i64 = 600;
/// After this many attempts a mail is given up.
pub const MAX_ATTEMPTS: i64 = 10;

/// The pause before attempt `attempts + 1`: 1, 2, 4 … minutes, at most 6 hours.
fn backoff(attempts: i64) -> i64 {
    60 * (1_i64 << (attempts.clamp(1, 10) - 1)).min(360)
}

impl App {
    /// Sends the mail that is due; returns how many were delivered.
    pub async fn deliver_mail(&self, relay: &Relay) -> Result<usize> {
        let mut delivered = 0;
        loop {
            let batch = self.db().claim_mail(Timestamp::now(), LEASE_SECONDS, 20).await?;
            if batch.is_empty() {
                return Ok(delivered);
            }
            for mail in batch {
                let outgoing = OutgoingMail {
                    to: &mail.recipient,
                    subject: &mail.subject,
                    body: &mail.body,
                    from: mail.sender.as_deref(),
                    message_id: mail.header_message_id.as_deref(),
                    in_reply_to: mail.in_reply_to.as_deref(),
                    references: mail.reference_ids.as_deref(),
                    automatic: mail.kind != CASE_REPLY,
                };
                match relay.send(&outgoing).await {
                    Ok(()) => {
                        self.db().mail_delivered(mail.id).await?;
                        metrics::counter!("samtal_mail_sent_total").increment(1);
                        delivered += 1;
                    }
                    Err(err) => {
                        let give_up =
                            matches!(err, SendError::Permanent | SendError::Invalid) || mail.attempts >= MAX_ATTEMPTS;
                        let retry_at = (!give_up).then(|| Timestamp::now().plus_seconds(backoff(mail.attempts)));
                        self.db().mail_attempt_failed(mail.id, err.code(), retry_at).await?;
                        metrics::counter!("samtal_mail_failed_total", "reason" => err.code()).increment(1);
                        // The mail id and a code only: never the address or the relay's reply.
                        tracing::warn!(
                            mail = mail.id,
                            reason = err.code(),
                            attempts = mail.attempts,
                            give_up,
                            "mail not delivered"
                        );
                        if err == SendError::Connection {
                            return Ok(delivered); // the relay is down: try again on the next round
                        }
                    }
                }
            }
        }
    }

    /// Runs delivery every `interval` for as long as the process lives.
    pub fn start_mail_delivery(&self, relay: Relay, interval: Duration) {
        let app = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(interval);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                if let Err(err) = app.deliver_mail(&relay).await {
                    tracing::error!(error = %err, "mail delivery round failed");
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(super::backoff(1), 60);
        assert_eq!(super::backoff(2), 120);
        assert_eq!(super::backoff(4), 480);
        assert_eq!(super::backoff(20), 6 * 3600);
    }
}
