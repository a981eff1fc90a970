//! The knowledge base. Staff (admins and agents) write guides in Markdown, public or
//! internal, as drafts, and publish them; every save is a new revision. The public
//! finds published public guides on the help pages, in one search with the forum's
//! answers, and in the chat widget before asking; nothing about those searches is
//! stored. Readers say whether a guide helped, with an optional comment that passes
//! the scanner (identifiers masked) and is stored without e-mail or address. Agents
//! get guides (internal ones too) suggested from the text of what they are answering.
//!
//! Sensitive data in guides: a guide is written for many readers, not about one person,
//! so it asks about personal identifiers only, never about Art. 9/10 words (a guide on
//! home care or disability support names health as its subject). A municipality's guide
//! rightly holds its switchboard number, functional e-mail addresses or bankgiro, and
//! asking at every save would teach staff to click past the question; so a save asks
//! only about identifiers the guide did not already hold (compared by kind and digits),
//! and publishing a public guide (or making a published guide public) asks about every
//! identifier in it, once, at the moment it becomes public.

use crate::forum::{SearchHit, TermMatch};
use crate::sensitive::{self, Ask, Confirmed};
use crate::{App, AppError, Capability, Principal, Result};
use domain::audit::{Action, DetailValue, NewEvent};
use domain::guides::{GuideStatus, HelpKind, Visibility, parse_comment, parse_guide_body, parse_title};
use domain::org::{Module, Organisation, Slug};
use domain::{Invalid, InvalidReason};
pub use storage::guides::{Audience, FeedbackRow, GuideRow, KbCategoryRow, RevisionRow};

/// Results per help search, and suggestions in the widget and the inbox.
pub const HELP_PAGE: i64 = 20;
pub const SUGGESTIONS: i64 = 5;
/// The largest image staff may upload, and the largest side kept.
pub const IMAGE_MAX_BYTES: usize = 5 * 1024 * 1024;
pub const IMAGE_MAX_SIDE: u32 = 4000;

/// What staff write.
pub struct GuideInput<'a> {
    pub category: Option<i64>,
    pub title: &'a str,
    pub body: &'a str,
    pub visibility: Visibility,
}

impl GuideInput<'_> {
    /// The content to store, with the title and body already checked.
    fn content<'a>(&'a self, title: &'a str, body: &'a str) -> storage::guides::GuideContent<'a> {
        storage::guides::GuideContent { category: self.category, title, body, visibility: self.visibility.as_str() }
    }
}

/// The help front page: categories with their public guides.
pub struct HelpIndex {
    pub org: Organisation,
    pub categories: Vec<KbCategoryRow>,
    pub guides: Vec<GuideRow>,
}

/// One search over guides and forum questions.
pub struct HelpResults {
    pub org: Organisation,
    pub terms: Vec<String>,
    pub guides: Vec<GuideRow>,
    pub forum: Vec<SearchHit>,
}

/// Statistics of one guide for its editors.
pub struct GuideStats {
    pub helpful: i64,
    pub not_helpful: i64,
    pub comments: Vec<FeedbackRow>,
}

fn check_query(query: &str) -> Result<()> {
    if query.chars().count() > 200 {
        return Err(Invalid::new("q", InvalidReason::TooLong { max: 200 }).into());
    }
    Ok(())
}

impl App {
    /// The organisation of a public help URL; unknown, or knowledge base switched off: not found.
    pub async fn help_org(&self, slug: &str) -> Result<Organisation> {
        let org = self.db().org_by_slug(slug).await?.ok_or(AppError::NotFound)?;
        let modules = self.db().org(org.id).modules().await?;
        if !modules.iter().any(|(m, on)| *m == Module::KnowledgeBase && *on) {
            return Err(AppError::NotFound);
        }
        Ok(org)
    }

    pub async fn help_index(&self, slug: &str) -> Result<HelpIndex> {
        let org = self.help_org(slug).await?;
        let scope = self.db().org(org.id);
        Ok(HelpIndex { categories: scope.kb_categories().await?, guides: scope.guides(Audience::Public).await?, org })
    }

    /// A published public guide; drafts and internal guides are not found.
    pub async fn help_guide(&self, slug: &str, guide: &str) -> Result<(Organisation, GuideRow, Option<KbCategoryRow>)> {
        let org = self.help_org(slug).await?;
        let scope = self.db().org(org.id);
        let guide = scope.guide_by_slug(guide).await?.ok_or(AppError::NotFound)?;
        if guide.status != GuideStatus::Published.as_str() || guide.visibility != Visibility::Public.as_str() {
            return Err(AppError::NotFound);
        }
        let category = scope.kb_categories().await?.into_iter().find(|c| Some(c.id) == guide.category_id);
        Ok((org, guide, category))
    }

    /// One search over public guides and the forum's published questions (with their
    /// answers), optionally of one kind. Nothing about the search is stored.
    pub async fn help_search(
        &self,
        slug: &str,
        query: &str,
        kind: Option<HelpKind>,
        matching: TermMatch,
        limit: i64,
    ) -> Result<HelpResults> {
        let org = self.db().org_by_slug(slug).await?.ok_or(AppError::NotFound)?;
        let modules = self.db().org(org.id).modules().await?;
        let on = |module: Module| modules.iter().any(|(m, enabled)| *m == module && *enabled);
        if !on(Module::KnowledgeBase) {
            return Err(AppError::NotFound);
        }
        check_query(query)?;
        let terms = match matching {
            TermMatch::All => domain::search::query_terms(query, org.language),
            // A typed question: its longest words say most about it, and bound the work.
            TermMatch::Any => domain::search::longest_terms(query, org.language, 4),
        };
        let scope = self.db().org(org.id);
        // The two indexes are searched at once: the page waits for the slower, not for both.
        let guides = async {
            match kind {
                Some(HelpKind::Forum) => Ok(Vec::new()),
                _ => scope.search_guides(&terms, matching, Audience::Public, limit).await,
            }
        };
        let forum = async {
            match kind {
                Some(HelpKind::Guide) => Ok(Vec::new()),
                _ if !on(Module::Forum) || terms.is_empty() => Ok(Vec::new()),
                _ => self.forum_hits(&org, &terms, matching, limit, 0, false).await.map(|(hits, _)| hits),
            }
        };
        let (guides, forum) = tokio::join!(guides, forum);
        let (guides, forum) = (guides?, forum?);
        Ok(HelpResults { org, terms, guides, forum })
    }

    /// Records a reader's vote; the comment's identifiers are masked before it is stored.
    pub async fn guide_feedback(
        &self,
        slug: &str,
        client: &str,
        guide: &str,
        helpful: bool,
        comment: &str,
    ) -> Result<()> {
        let (org, guide, _) = self.help_guide(slug, guide).await?;
        // The same in-memory limit as forum votes, keyed on the address (never stored).
        self.forum_vote_limit(client)?;
        let comment = parse_comment(comment)?.map(|c| crate::retention::mask_identifiers(&c));
        let mut w = self.db().write(org.id).await?;
        w.add_guide_feedback(guide.id, helpful, comment.as_deref()).await?;
        w.commit().await?;
        Ok(())
    }

    /// Published guides, internal ones too, that match the text an agent is answering.
    pub async fn suggest_guides(&self, principal: &Principal, text: &str) -> Result<Vec<GuideRow>> {
        principal.require(Capability::UseInbox)?;
        let org = self.db().org_by_id(principal.org_id()).await?.ok_or(AppError::NotFound)?;
        // The most distinctive words of a long text: the longest stems, at most eight, as
        // alternatives, so that a guide need not contain them all.
        let terms = domain::search::longest_terms(&text.chars().take(4000).collect::<String>(), org.language, 8);
        let scope = self.db().org(org.id);
        let mut found = scope.search_guides(&terms, TermMatch::Any, Audience::Staff, SUGGESTIONS * 4).await?;
        // Guides that match more of the words first.
        found.sort_by_key(|g| {
            let text = format!("{} {}", g.title, g.body);
            std::cmp::Reverse(
                terms.iter().filter(|t| domain::search::matches(&text, std::slice::from_ref(t), org.language)).count(),
            )
        });
        found.truncate(SUGGESTIONS as usize);
        Ok(found)
    }
}

impl App {
    /// Guides for the chat conversation an agent has open, from what the visitor wrote.
    pub async fn suggest_guides_for_conversation(
        &self,
        principal: &Principal,
        id: domain::ConversationId,
    ) -> Result<Vec<GuideRow>> {
        principal.require(Capability::UseInbox)?;
        let scope = self.db().org(principal.org_id());
        scope.conversation(id).await?.ok_or(AppError::NotFound)?;
        let text: Vec<String> = scope
            .messages_after(id, 0, false)
            .await?
            .into_iter()
            .filter(|m| m.sender == "visitor")
            .map(|m| m.body)
            .collect();
        self.suggest_guides(principal, &text.join("\n")).await
    }

    pub async fn kb_categories(&self, principal: &Principal) -> Result<Vec<KbCategoryRow>> {
        principal.require(Capability::UseInbox)?;
        Ok(self.db().org(principal.org_id()).kb_categories().await?)
    }

    pub async fn create_kb_category(&self, principal: &Principal, name: &str) -> Result<i64> {
        principal.require(Capability::ManageOrganisation)?;
        let name = domain::bounded_text("name", name, 100)?;
        let slug = Slug::from_name(&name, "c-")?;
        let mut w = self.db().write(principal.org_id()).await?;
        let id = w.create_kb_category(slug.as_str(), &name).await.map_err(|e| match e {
            storage::StorageError::Conflict => AppError::Conflict("a category with that name exists"),
            other => other.into(),
        })?;
        w.audit(NewEvent::new(principal.actor(), Action::GuideChanged).detail("category", DetailValue::Id(id))).await?;
        w.commit().await?;
        Ok(id)
    }

    /// Every guide, drafts too, for those who write them.
    pub async fn all_guides(&self, principal: &Principal) -> Result<Vec<GuideRow>> {
        principal.require(Capability::UseInbox)?;
        Ok(self.db().org(principal.org_id()).guides(Audience::Editors).await?)
    }

    pub async fn staff_guide(
        &self,
        principal: &Principal,
        id: i64,
    ) -> Result<(GuideRow, Vec<RevisionRow>, GuideStats)> {
        principal.require(Capability::UseInbox)?;
        let scope = self.db().org(principal.org_id());
        let guide = scope.guide(id).await?.ok_or(AppError::NotFound)?;
        let stats = GuideStats {
            helpful: guide.helpful,
            not_helpful: guide.not_helpful,
            comments: scope.guide_feedback(id, 50).await?,
        };
        Ok((guide, scope.guide_revisions(id).await?, stats))
    }

    /// A new draft; its address comes from the title (made unique with a number). Personal
    /// identifiers in it are refused until `confirmed`.
    pub async fn create_guide(
        &self,
        principal: &Principal,
        input: &GuideInput<'_>,
        confirmed: Confirmed,
    ) -> Result<i64> {
        principal.require(Capability::UseInbox)?;
        let (title, body) = (parse_title(input.title)?, parse_guide_body(input.body)?);
        sensitive::confirm_new_identifiers(&guide_text(&title, &body), "", confirmed)?;
        let base = Slug::from_name(&title, "g-")?;
        let scope = self.db().org(principal.org_id());
        let mut slug = base.as_str().to_owned();
        let mut n = 2;
        while scope.guide_by_slug(&slug).await?.is_some() {
            slug = format!("{}-{n}", base.as_str().chars().take(Slug::MAX_LEN - 6).collect::<String>());
            n += 1;
        }
        let content = input.content(&title, &body);
        let mut w = self.db().write(principal.org_id()).await?;
        let id = w.insert_guide(&slug, &content, principal.user.id).await.map_err(|e| match e {
            storage::StorageError::Conflict => AppError::Conflict("a guide with that title was just saved; try again"),
            other => other.into(),
        })?;
        w.audit(NewEvent::new(principal.actor(), Action::GuideChanged).detail("guide", DetailValue::Id(id))).await?;
        w.commit().await?;
        Ok(id)
    }

    /// Saves a new revision; a published guide's search entry follows at once. Personal
    /// identifiers the guide did not hold yet are refused until `confirmed`.
    pub async fn update_guide(
        &self,
        principal: &Principal,
        id: i64,
        input: &GuideInput<'_>,
        confirmed: Confirmed,
    ) -> Result<i64> {
        principal.require(Capability::UseInbox)?;
        let (title, body) = (parse_title(input.title)?, parse_guide_body(input.body)?);
        let current = self.db().org(principal.org_id()).guide(id).await?.ok_or(AppError::NotFound)?;
        let goes_public = current.status == GuideStatus::Published.as_str()
            && current.visibility != Visibility::Public.as_str()
            && input.visibility == Visibility::Public;
        let before = if goes_public { String::new() } else { guide_text(&current.title, &current.body) };
        sensitive::confirm_new_identifiers(&guide_text(&title, &body), &before, confirmed)?;
        let org = self.db().org_by_id(principal.org_id()).await?.ok_or(AppError::NotFound)?;
        let content = input.content(&title, &body);
        let mut w = self.db().write(principal.org_id()).await?;
        let revision = w.update_guide(id, &content, principal.user.id).await?;
        w.reindex_guide(id, org.language).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::GuideChanged)
                .detail("guide", DetailValue::Id(id))
                .detail("revision", DetailValue::Count(revision)),
        )
        .await?;
        w.commit().await?;
        Ok(revision)
    }

    /// Publishes or withdraws a guide. Publishing a public guide that holds personal
    /// identifiers is refused until `confirmed`.
    pub async fn set_guide_status(
        &self,
        principal: &Principal,
        id: i64,
        status: GuideStatus,
        confirmed: Confirmed,
    ) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let guide = self.db().org(principal.org_id()).guide(id).await?.ok_or(AppError::NotFound)?;
        if status == GuideStatus::Published && guide.visibility == Visibility::Public.as_str() {
            sensitive::confirm(&guide_text(&guide.title, &guide.body), Ask::Identifiers, confirmed)?;
        }
        let org = self.db().org_by_id(principal.org_id()).await?.ok_or(AppError::NotFound)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.set_guide_status(id, status.as_str()).await?;
        w.reindex_guide(id, org.language).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::GuidePublished)
                .detail("guide", DetailValue::Id(id))
                .detail("status", DetailValue::Code(status.as_str())),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn delete_guide(&self, principal: &Principal, id: i64) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.delete_guide(id).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::GuideChanged)
                .detail("guide", DetailValue::Id(id))
                .detail("deleted", DetailValue::Flag(true)),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Stores an image for guides: decoded and written anew as PNG, so that no metadata
    /// and nothing but pixels survive. Returns its id.
    pub async fn upload_guide_image(&self, principal: &Principal, bytes: &[u8]) -> Result<i64> {
        principal.require(Capability::UseInbox)?;
        if bytes.len() > IMAGE_MAX_BYTES {
            return Err(Invalid::new("image", InvalidReason::TooLong { max: IMAGE_MAX_BYTES }).into());
        }
        let (png, size) = reencode_image(bytes)?;
        let mut w = self.db().write(principal.org_id()).await?;
        let id = w.insert_guide_image(&png, "image/png", size, principal.user.id).await?;
        w.audit(NewEvent::new(principal.actor(), Action::GuideChanged).detail("image", DetailValue::Id(id))).await?;
        w.commit().await?;
        Ok(id)
    }

    /// A guide image as the public fetches it (from an organisation with the knowledge base on).
    /// Only an image that a published public guide of the organisation shows is public;
    /// those of drafts and internal guides are not found.
    pub async fn guide_image(&self, slug: &str, id: i64) -> Result<Vec<u8>> {
        let org = self.help_org(slug).await?;
        let scope = self.db().org(org.id);
        if !scope.image_in_public_guide(&format!("/help/{}/images/{id}", org.slug.as_str())).await? {
            return Err(AppError::NotFound);
        }
        Ok(scope.guide_image(id).await?.ok_or(AppError::NotFound)?.0)
    }
}

/// What a guide shows its readers: the title and the text.
fn guide_text(title: &str, body: &str) -> String {
    format!("{title}\n{body}")
}

/// Decodes a PNG or JPEG (recognised by its bytes, never its name) and encodes the pixels
/// as a fresh PNG.
fn reencode_image(bytes: &[u8]) -> Result<(Vec<u8>, (u32, u32))> {
    let bad = || AppError::from(Invalid::new("image", InvalidReason::BadFormat));
    let format = match image::guess_format(bytes) {
        Ok(f @ (image::ImageFormat::Png | image::ImageFormat::Jpeg)) => f,
        _ => return Err(bad()),
    };
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(IMAGE_MAX_SIDE);
    limits.max_image_height = Some(IMAGE_MAX_SIDE);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let picture = reader.decode().map_err(|_| bad())?;
    let mut out = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut out, image::ImageFormat::Png).map_err(|_| AppError::Internal("image encoding"))?;
    Ok((out.into_inner(), (picture.width(), picture.height())))
}
