//! IMAP intake: mailboxes the operator configured are polled on a timer, and every
//! new message becomes (or threads into) a case of the inbox the source names.
//!
//! The UID cursor is saved after each stored message, so a poll cut off at any point
//! (a restart, a dropped connection) resumes after the last message stored; a message
//! stored but not yet counted by the cursor is recognised again by its Message-ID.
//! With several nodes, one node polls a mailbox at a time.

use crate::{App, Result};
use domain::InboxId;
use mail::imap::{Cursor, Fetched, ImapAccount, ImapError, MailboxSink, PollReport};
use sha2::{Digest, Sha256};
use std::time::Duration;
use storage::cases::InboxRow;

/// One mailbox to poll and the inbox its mail goes to.
#[derive(Debug, Clone)]
pub struct ImapSource {
    /// The address of the Samtal inbox the mail is for.
    pub inbox_address: String,
    pub account: ImapAccount,
    pub every: Duration,
}

impl ImapSource {
    /// Identifies the source's cursor without storing the server or account names. The
    /// port is left out: the same mailbox reached over 993 instead of 143 keeps its place.
    pub fn key(&self) -> String {
        let a = &self.account;
        let id = format!("{}\0{}\0{}", a.host.to_ascii_lowercase(), a.user, a.mailbox);
        hex::encode(&Sha256::digest(id.as_bytes())[..16])
    }
}

/// What one poll did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PollOutcome {
    Polled(PollReport),
    /// Another node is polling this mailbox.
    Busy,
}

#[derive(Debug, thiserror::Error)]
pub enum ImapPollError {
    #[error("no inbox has the address this IMAP source delivers to")]
    NoInbox,
    #[error(transparent)]
    Imap(#[from] ImapError),
    #[error(transparent)]
    App(#[from] crate::AppError),
}

impl ImapPollError {
    /// The fixed code stored with the cursor and shown to admins.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NoInbox => "no_inbox",
            Self::Imap(ImapError::Connect(_) | ImapError::Timeout) => "connect",
            Self::Imap(ImapError::Tls(_) | ImapError::NoStartTls) => "tls",
            Self::Imap(ImapError::Login) => "login",
            Self::Imap(ImapError::Mailbox | ImapError::NoUids) => "mailbox",
            Self::Imap(ImapError::AfterImport) => "after_import",
            Self::Imap(ImapError::ConnectionLost | ImapError::Protocol) => "connection",
            Self::Imap(ImapError::Store) | Self::App(_) => "store",
        }
    }
}

/// Stores each fetched message and moves the cursor after it.
struct CaseSink<'a> {
    app: &'a App,
    inbox: &'a InboxRow,
    key: String,
    /// Stored since the cursor was last saved.
    unsaved: i64,
}

impl MailboxSink for CaseSink<'_> {
    async fn store(&mut self, item: Fetched) -> bool {
        match item {
            Fetched::Message { raw, .. } => match self.app.receive_mailbox_message(self.inbox, &raw).await {
                Ok(_) => {
                    self.unsaved += 1;
                    true
                }
                // Unreadable mail is skipped: retrying cannot make it readable.
                Err(crate::AppError::Refused(_) | crate::AppError::Invalid(_)) => {
                    tracing::warn!(inbox = self.inbox.id, "skipped an unreadable message in a polled mailbox");
                    true
                }
                Err(err) => {
                    tracing::error!(error = %err, inbox = self.inbox.id, "a fetched message could not be stored");
                    false
                }
            },
            Fetched::TooLarge { size, .. } => {
                tracing::warn!(
                    inbox = self.inbox.id,
                    size,
                    "skipped a message above the size limit in a polled mailbox"
                );
                true
            }
        }
    }

    async fn advance(&mut self, cursor: Cursor) -> bool {
        let imported = std::mem::take(&mut self.unsaved);
        match self.app.save_cursor(self.inbox, &self.key, cursor, imported, None).await {
            Ok(()) => true,
            Err(err) => {
                tracing::error!(error = %err, "the IMAP cursor could not be saved");
                false
            }
        }
    }
}

impl App {
    async fn save_cursor(
        &self,
        inbox: &InboxRow,
        key: &str,
        cursor: Cursor,
        imported: i64,
        error: Option<&str>,
    ) -> Result<()> {
        let mut w = self.db().write(domain::OrgId(inbox.org_id)).await?;
        w.save_imap_cursor(key, InboxId(inbox.id), cursor.uid_validity, cursor.last_uid, imported, error).await?;
        w.commit().await?;
        Ok(())
    }

    /// The organisation's polled mailboxes with their last outcome (admin).
    pub async fn polled_mailboxes(&self, principal: &crate::Principal) -> Result<Vec<storage::imap::ImapCursorRow>> {
        principal.require(crate::Capability::ManageOrganisation)?;
        Ok(self.db().org(principal.org_id()).imap_cursors().await?)
    }

    /// Polls one mailbox once (unless another node is polling it).
    pub async fn poll_imap(&self, source: &ImapSource) -> std::result::Result<PollOutcome, ImapPollError> {
        let key = source.key();
        let Some(leadership) = self.db().lead(&format!("imap:{key}")).await.map_err(crate::AppError::from)? else {
            return Ok(PollOutcome::Busy);
        };
        let outcome = self.poll_imap_leading(source, &key).await;
        leadership.release().await;
        outcome
    }

    /// One poll, while this node holds the mailbox's lock.
    async fn poll_imap_leading(
        &self,
        source: &ImapSource,
        key: &str,
    ) -> std::result::Result<PollOutcome, ImapPollError> {
        let inbox = self
            .db()
            .inbox_by_address(&source.inbox_address)
            .await
            .map_err(crate::AppError::from)?
            .ok_or(ImapPollError::NoInbox)?;
        let saved = self.db().imap_cursor(key).await.map_err(crate::AppError::from)?;
        let cursor = saved.as_ref().map(|row| Cursor {
            uid_validity: u32::try_from(row.uid_validity).unwrap_or(0),
            last_uid: u32::try_from(row.last_uid).unwrap_or(0),
        });
        let mut sink = CaseSink { app: self, inbox: &inbox, key: key.to_owned(), unsaved: 0 };
        let result = mail::imap::poll(&source.account, cursor, &mut sink).await;
        let (report, error) = match result {
            Ok(report) => (Ok(report), None),
            Err(err) => {
                let err = ImapPollError::from(err);
                let code = err.code();
                (Err(err), Some(code))
            }
        };
        // Record the outcome (and the cursor where it stands) for the settings page.
        let current = match (&report, self.db().imap_cursor(key).await) {
            (Ok(r), _) => Some(r.cursor),
            (Err(_), Ok(Some(row))) => Some(Cursor {
                uid_validity: u32::try_from(row.uid_validity).unwrap_or(0),
                last_uid: u32::try_from(row.last_uid).unwrap_or(0),
            }),
            _ => cursor,
        };
        self.save_cursor(&inbox, key, current.unwrap_or_default(), 0, error).await?;
        report.map(PollOutcome::Polled)
    }

    /// Polls every source on its own timer, for as long as the process runs.
    pub fn start_imap_polling(&self, sources: Vec<ImapSource>) {
        for source in sources {
            let app = self.clone();
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(source.every);
                tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                loop {
                    tick.tick().await;
                    match app.poll_imap(&source).await {
                        Ok(PollOutcome::Polled(report)) if report.stored + report.too_large > 0 => {
                            tracing::info!(stored = report.stored, too_large = report.too_large, "polled a mailbox")
                        }
                        Ok(_) => {}
                        // The error names its kind only: no host, user or server text.
                        Err(err) => tracing::warn!(error = %err, code = err.code(), "polling a mailbox failed"),
                    }
                }
            });
        }
    }
}
