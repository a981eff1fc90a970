//! The privacy notices an organisation shows: each chat flow's and the forum's, per
//! language and versioned, gathered on one public page that mail (auto-replies) links
//! to. A notice may hold placeholders ({controller}, {dpo}, {retention_chat}, …) that are
//! filled from the live configuration whenever it is shown, so that a notice never
//! contradicts what the system does; unknown placeholders are refused when published.

use crate::{App, AppError, Result};
use domain::org::{Language, Organisation};

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

/// The chat flow, forum category or mail inbox a notice is shown for, to quote the
/// retention rule that applies there rather than only the module's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoticeScope {
    pub module: domain::retention::Module,
    pub scope_id: i64,
}

/// How long something is kept, as one sentence in the notice's language.
pub fn retention_sentence(terms: &domain::retention::Terms, language: Language) -> String {
    use domain::retention::{Clock, Disposal};
    let days = terms.days;
    match language {
        Language::Sv => format!(
            "{days} dagar efter {}, därefter {}",
            match terms.clock {
                Clock::Closed => "att ärendet eller samtalet avslutats",
                Clock::LastActivity => "den senaste aktiviteten",
                Clock::Created => "att det skapades",
            },
            match terms.action {
                Disposal::Delete => "raderas uppgifterna",
                Disposal::Anonymise => "anonymiseras uppgifterna",
            }
        ),
        Language::En => format!(
            "{days} days after {}, then the data is {}",
            match terms.clock {
                Clock::Closed => "the case or conversation was closed",
                Clock::LastActivity => "the last activity",
                Clock::Created => "it was created",
            },
            match terms.action {
                Disposal::Delete => "deleted",
                Disposal::Anonymise => "anonymised",
            }
        ),
    }
}

/// Refuses a notice that holds a `{…}` that is not a known placeholder.
pub fn check_placeholders(body: &str) -> Result<()> {
    match domain::processors::unknown_placeholder(body) {
        Some(_) => Err(AppError::Refused(
            "the notice holds an unknown placeholder; use {controller}, {dpo}, {retention_chat}, {retention_forum}, \
             {retention_mail} or {privacy_page}",
        )),
        None => Ok(()),
    }
}

impl App {
    /// A notice's text with its placeholders filled from the configuration in force.
    pub async fn fill_notice(
        &self,
        org: &Organisation,
        language: Language,
        shown_for: Option<NoticeScope>,
        body: &str,
    ) -> Result<String> {
        use domain::retention::{Applies, Module};
        if !body.contains('{') {
            return Ok(body.to_owned());
        }
        let rules = self.retention_in_force(org.id).await?;
        let sentence = |module: Module| {
            let scope = shown_for.filter(|s| s.module == module).map_or(0, |s| s.scope_id);
            rules
                .iter()
                .filter(|r| r.module == module && r.applies == Applies::Records)
                .find(|r| r.scope_id == scope)
                .or_else(|| {
                    rules.iter().find(|r| r.module == module && r.applies == Applies::Records && r.scope_id == 0)
                })
                .map(|r| retention_sentence(&r.terms, language))
                .unwrap_or_default()
        };
        let dpo = self.db().org(org.id).privacy_profile().await?.dpo_contact;
        let dpo = if dpo.is_empty() {
            match language {
                Language::Sv => format!("dataskyddsombudet hos {}", org.name),
                Language::En => format!("the data protection officer of {}", org.name),
            }
        } else {
            dpo
        };
        let page = format!("{}/privacy/{}", self.config().public_url.trim_end_matches('/'), org.slug.as_str());
        Ok(domain::processors::fill_placeholders(
            body,
            &[
                ("{controller}", org.name.clone()),
                ("{dpo}", dpo),
                ("{retention_chat}", sentence(Module::Chat)),
                ("{retention_forum}", sentence(Module::Forum)),
                ("{retention_mail}", sentence(Module::Mail)),
                ("{privacy_page}", page),
            ],
        ))
    }

    /// The forum's notice as the public reads it (placeholders filled).
    pub async fn shown_forum_notice(&self, org: &Organisation) -> Result<crate::forum::ForumNotice> {
        let mut notice = self.forum_notice(org.id, org.language).await?;
        let scope = NoticeScope { module: domain::retention::Module::Forum, scope_id: 0 };
        notice.body = self.fill_notice(org, org.language, Some(scope), &notice.body).await?;
        Ok(notice)
    }

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
                let shown_for = NoticeScope { module: domain::retention::Module::Chat, scope_id: flow.id.0 };
                notices.push(PublicNotice {
                    chat_flow: Some(flow.settings.name.clone()),
                    version: n.version,
                    body: self.fill_notice(&org, org.language, Some(shown_for), &n.body).await?,
                });
            }
        }
        let forum = self.shown_forum_notice(&org).await?;
        notices.push(PublicNotice { chat_flow: None, version: forum.version, body: forum.body });
        Ok((org, notices))
    }
}
