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

/// How long something is kept, as the public reads it: the rules in force, never a
/// promise the engine does not keep.
#[derive(Debug, Clone)]
pub struct RetentionStatement {
    pub module: domain::retention::Module,
    /// The chat flow, forum category or inbox the rule is limited to.
    pub scope: Option<String>,
    pub applies: domain::retention::Applies,
    pub terms: domain::retention::Terms,
}

impl App {
    /// The retention rules in force for an organisation, for its privacy page.
    pub async fn retention_statements(&self, org: &Organisation) -> Result<Vec<RetentionStatement>> {
        use domain::retention::Module;
        let scope = self.db().org(org.id);
        let mut names: Vec<(Module, i64, String)> = Vec::new();
        names.extend(scope.flows().await?.into_iter().map(|f| (Module::Chat, f.id.0, f.settings.name)));
        names.extend(scope.forum_categories().await?.into_iter().map(|c| (Module::Forum, c.id, c.name)));
        names.extend(scope.inboxes().await?.into_iter().map(|i| (Module::Mail, i.id, i.name)));
        Ok(self
            .retention_in_force(org.id)
            .await?
            .into_iter()
            .map(|rule| RetentionStatement {
                module: rule.module,
                scope: (rule.scope_id != 0).then(|| {
                    names
                        .iter()
                        .find(|(m, id, _)| *m == rule.module && *id == rule.scope_id)
                        .map(|(_, _, n)| n.clone())
                        .unwrap_or_default()
                }),
                applies: rule.applies,
                terms: rule.terms,
            })
            .collect())
    }

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
