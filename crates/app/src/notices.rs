//! The privacy notices an organisation shows, gathered on one public page that
//! mail (auto-replies) can link to. Per-module notices with placeholders from
//! the live configuration (the data-subject issue) will extend this page.

use crate::{App, AppError, Result};
use domain::org::Organisation;

/// One notice as the public reads it.
#[derive(Debug, Clone)]
pub struct PublicNotice {
    /// What it applies to: a chat flow's name, or `None` for the forum.
    pub chat_flow: Option<String>,
    pub version: i64,
    pub body: String,
}

impl App {
    /// The organisation's current notices in its language: each chat flow's and the forum's.
    pub async fn public_notices(&self, slug: &str) -> Result<(Organisation, Vec<PublicNotice>)> {
        let org = self.db().org_by_slug(slug).await?.ok_or(AppError::NotFound)?;
        let scope = self.db().org(org.id);
        let mut notices = Vec::new();
        for flow in scope.flows().await? {
            if let Some(n) = scope.current_notice(flow.id, org.language).await? {
                notices.push(PublicNotice {
                    chat_flow: Some(flow.settings.name.clone()),
                    version: n.version,
                    body: n.body,
                });
            }
        }
        let forum = self.forum_notice(org.id, org.language).await?;
        notices.push(PublicNotice { chat_flow: None, version: forum.version, body: forum.body });
        Ok((org, notices))
    }
}
