//! Customer forum use cases: the public side (read, search, ask, answer, vote,
//! report, manage one's own post through a secret link) and the staff side
//! (moderate, answer officially, accept, edit, move, settings).
//!
//! Privacy by default (GDPR Art. 25(2)): only the display name an author chose
//! and their text are ever public. The optional e-mail address is used for the
//! answer notification and the management link, never shown, and forgotten on
//! unsubscribe. No client address is stored; rate limits live in memory.

use crate::intake;
use crate::secrets::{random_token, token_hash};
use crate::sensitive::{self, Ask, Confirmed};
use crate::{App, AppError, Capability, Principal, Result};
use domain::audit::{Action, Actor, DetailValue, NewEvent, Target};
use domain::forum::{
    ForumSettings, HoldReason, Moderation, ModerationAction, PostStatus, QuestionSort, ReportReason,
    contains_blocked_word, parse_author_name, parse_blocked_words, parse_body, parse_category_name, parse_title,
};
use domain::org::{Language, Module, Organisation, Slug};
use domain::retention::Module as StatModule;
use domain::staff::Email;
use domain::stats::{Fact, Outcome};
use domain::{CategoryId, Invalid, InvalidReason, OrgId, PostId, Timestamp};
pub use storage::forum::TermMatch;
pub use storage::forum::{CategoryRow, PostRow};
use storage::forum::{NewPost, QuestionQuery};
use storage::outbox::NewMail;

/// Questions per page in lists and search results.
pub const PAGE_SIZE: i64 = 20;
/// The highest page number served: deep paging is a scraper's tool, not a reader's.
pub const MAX_PAGE: i64 = 500;

/// The privacy notice shown on the forum's forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForumNotice {
    /// 0 is Samtal's built-in text, used until the organisation publishes its own.
    pub version: i64,
    pub body: String,
}

fn builtin_notice(language: Language) -> &'static str {
    match language {
        Language::Sv => {
            "{controller} behandlar det du skriver här för att publicera och besvara din fråga. Visningsnamnet och \
             texten blir offentliga, så skriv inga personnummer, adresser eller uppgifter om hälsa. E-postadressen \
             är frivillig, visas aldrig och används bara för att meddela dig när du fått svar och skicka länken till \
             ditt inlägg. Du kan när som helst ta bort inlägget eller ditt namn via den länken. Inlägg sparas \
             {retention_forum}. Frågor om dataskydd: {dpo}. Mer på {privacy_page}."
        }
        Language::En => {
            "{controller} processes what you write here to publish and answer your question. Your display name and \
             text become public, so do not write identity numbers, addresses or health details. The e-mail address \
             is optional, never shown, and used only to tell you when you have an answer and to send you the link to \
             your post. Through that link you can delete the post or your name at any time. Posts are kept \
             {retention_forum}. Data protection questions: {dpo}. More at {privacy_page}."
        }
    }
}

/// A page of questions.
#[derive(Debug, Clone)]
pub struct QuestionPage {
    pub org: Organisation,
    pub categories: Vec<CategoryRow>,
    pub category: Option<CategoryRow>,
    pub sort: QuestionSort,
    pub questions: Vec<PostRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

/// A question with its public answers: accepted first, then official staff
/// answers, then the rest oldest first.
#[derive(Debug, Clone)]
pub struct Thread {
    pub org: Organisation,
    pub category: Option<CategoryRow>,
    pub question: PostRow,
    pub answers: Vec<PostRow>,
}

/// A question that matched, with the text to quote: the question's own, or
/// the first published answer that holds a match.
#[derive(Debug, Clone)]
pub struct SearchHit {
    pub question: PostRow,
    pub matched_text: String,
}

#[derive(Debug, Clone)]
pub struct SearchResults {
    pub org: Organisation,
    pub terms: Vec<String>,
    pub hits: Vec<SearchHit>,
    pub page: i64,
    pub has_more: bool,
}

/// What a visitor sends to ask or answer.
#[derive(Debug, Clone, Default)]
pub struct PostForm<'a> {
    /// Questions only.
    pub category: Option<CategoryId>,
    /// Questions only.
    pub title: &'a str,
    pub body: &'a str,
    pub display_name: &'a str,
    /// Optional; turns on the answer notification and mails the management link.
    pub email: &'a str,
    /// The notice version the form showed.
    pub notice_version: i64,
    /// A field hidden from people; only bots fill it in.
    pub honeypot: &'a str,
}

/// The result of posting: the secret link is shown once and never stored in clear.
#[derive(Debug, Clone)]
pub struct Posted {
    pub org: Organisation,
    pub post: PostId,
    pub question: PostId,
    pub status: PostStatus,
    pub hold: Option<HoldReason>,
    /// Path of the private management page, e.g. `/forum/demo/manage/…`.
    pub manage_path: String,
}

/// A post as its author sees it through the private link.
#[derive(Debug, Clone)]
pub struct ManagedPost {
    pub org: Organisation,
    pub post: PostRow,
    /// The question, when the post is an answer.
    pub question: Option<PostRow>,
}

/// A post in the moderation queue.
#[derive(Debug, Clone)]
pub struct QueueItem {
    pub post: PostRow,
    pub reports: Vec<(String, i64)>,
    /// The question's title, for answers.
    pub question_title: Option<String>,
}

/// A question with every answer, in any status, for staff.
#[derive(Debug, Clone)]
pub struct StaffThread {
    pub question: PostRow,
    pub answers: Vec<PostRow>,
    pub categories: Vec<CategoryRow>,
    pub reports: Vec<(i64, Vec<(String, i64)>)>,
}

/// The forum's settings as an admin edits them.
#[derive(Debug, Clone)]
pub struct ForumAdmin {
    pub settings: ForumSettings,
    pub categories: Vec<CategoryRow>,
    pub notices: Vec<(Language, ForumNotice)>,
}

fn page_offset(page: i64) -> Result<i64> {
    if !(1..=MAX_PAGE).contains(&page) {
        return Err(Invalid::new("page", InvalidReason::Unknown).into());
    }
    Ok((page - 1) * PAGE_SIZE)
}

/// A category slug from its name: "Bygglov & mark" → "bygglov-mark".
fn category_slug(name: &str) -> Result<Slug> {
    Ok(Slug::from_name(name, "c-")?)
}

/// What a post's findings are spans of: a question's title and text with a newline
/// between, an answer's text.
pub(crate) fn post_text(title: Option<&str>, body: &str) -> String {
    match title {
        Some(title) => format!("{title}\n{body}"),
        None => body.to_owned(),
    }
}

/// Answers in reading order: accepted, official, then by time.
fn reading_order(question: &PostRow, mut answers: Vec<PostRow>) -> Vec<PostRow> {
    answers.sort_by_key(|a| (Some(a.id) != question.accepted_answer_id, !a.official, a.created_at, a.id));
    answers
}

impl App {
    /// The organisation of a public forum URL; unknown, or forum switched off: not found.
    pub async fn forum_org(&self, slug: &str) -> Result<Organisation> {
        let org = self.db().org_by_slug(slug).await?.ok_or(AppError::NotFound)?;
        let modules = self.db().org(org.id).modules().await?;
        if !modules.iter().any(|(m, on)| *m == Module::Forum && *on) {
            return Err(AppError::NotFound);
        }
        Ok(org)
    }

    pub async fn forum_notice(&self, org: OrgId, language: Language) -> Result<ForumNotice> {
        Ok(match self.db().org(org).forum_notice(language).await? {
            Some((version, body)) => ForumNotice { version, body },
            None => ForumNotice { version: 0, body: builtin_notice(language).to_owned() },
        })
    }

    /// The categories of a public forum, with their counts of published questions.
    pub async fn forum_categories(&self, slug: &str) -> Result<(Organisation, Vec<CategoryRow>)> {
        let org = self.forum_org(slug).await?;
        let categories = self.db().org(org.id).forum_categories().await?;
        Ok((org, categories))
    }

    /// A page of published questions, optionally in one category.
    pub async fn forum_questions(
        &self,
        slug: &str,
        category: Option<&str>,
        sort: QuestionSort,
        page: i64,
    ) -> Result<QuestionPage> {
        let org = self.forum_org(slug).await?;
        let offset = page_offset(page)?;
        let scope = self.db().org(org.id);
        let categories = scope.forum_categories().await?;
        let category = match category {
            Some(c) => Some(categories.iter().find(|row| row.slug == c).cloned().ok_or(AppError::NotFound)?),
            None => None,
        };
        let query =
            QuestionQuery { category: category.as_ref().map(|c| CategoryId(c.id)), sort, limit: PAGE_SIZE, offset };
        let (questions, total) = scope.questions(query).await?;
        let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).clamp(1, MAX_PAGE);
        Ok(QuestionPage { org, categories, category, sort, questions, total, page, pages })
    }

    /// A published question with its published answers.
    pub async fn forum_thread(&self, slug: &str, id: PostId) -> Result<Thread> {
        let org = self.forum_org(slug).await?;
        let scope = self.db().org(org.id);
        let question = scope.forum_post(id).await?.ok_or(AppError::NotFound)?;
        if !question.is_question() || question.status() != PostStatus::Published {
            return Err(AppError::NotFound);
        }
        let answers: Vec<PostRow> =
            scope.forum_answers(id).await?.into_iter().filter(|a| a.status() == PostStatus::Published).collect();
        let category = match question.category_id {
            Some(c) => scope.forum_category(CategoryId(c)).await?,
            None => None,
        };
        let answers = reading_order(&question, answers);
        Ok(Thread { org, category, question, answers })
    }

    /// Published questions whose text or answers match `query`, best first.
    pub async fn forum_search(&self, slug: &str, query: &str, page: i64) -> Result<SearchResults> {
        let org = self.forum_org(slug).await?;
        let offset = page_offset(page)?;
        if query.chars().count() > 200 {
            return Err(Invalid::new("q", InvalidReason::TooLong { max: 200 }).into());
        }
        let terms = domain::search::query_terms(query, org.language);
        let (hits, has_more) = self.forum_hits(&org, &terms, TermMatch::All, PAGE_SIZE, offset, true).await?;
        Ok(SearchResults { org, terms, hits, page, has_more })
    }

    /// Published questions matching analysed terms, best first, and whether more follow.
    /// With `answer_text`, each hit carries the text that matched (the question's, or the
    /// first answer's that does); without it, the question's (one query fewer per hit).
    pub(crate) async fn forum_hits(
        &self,
        org: &Organisation,
        terms: &[String],
        matching: TermMatch,
        limit: i64,
        offset: i64,
        answer_text: bool,
    ) -> Result<(Vec<SearchHit>, bool)> {
        let scope = self.db().org(org.id);
        let mut questions = scope.search_questions(terms, matching, limit + 1, offset).await?;
        let has_more = questions.len() as i64 > limit;
        questions.truncate(limit as usize);
        let mut hits = Vec::with_capacity(questions.len());
        for question in questions {
            let own = format!("{} {}", question.title.as_deref().unwrap_or_default(), question.body);
            let matched_text = if !answer_text || domain::search::matches(&own, terms, org.language) {
                question.body.clone()
            } else {
                scope
                    .forum_answers(question.post_id())
                    .await?
                    .into_iter()
                    .filter(|a| a.status() == PostStatus::Published)
                    .find(|a| domain::search::matches(&a.body, terms, org.language))
                    .map_or_else(|| question.body.clone(), |a| a.body)
            };
            hits.push(SearchHit { question, matched_text });
        }
        Ok((hits, has_more))
    }

    /// Published questions for the sitemap.
    pub async fn forum_sitemap(&self, slug: &str) -> Result<(Organisation, Vec<CategoryRow>, Vec<(i64, i64)>)> {
        let org = self.forum_org(slug).await?;
        let scope = self.db().org(org.id);
        // The sitemap protocol allows 50,000 URLs per file.
        Ok((org.clone(), scope.forum_categories().await?, scope.sitemap_questions(49_000).await?))
    }

    fn forum_rate_limit(&self, client: &str) -> Result<()> {
        self.inner.forum_posts.check_key(&client.to_owned()).map_err(|_| AppError::RateLimited)
    }

    pub(crate) fn forum_vote_limit(&self, client: &str) -> Result<()> {
        self.inner.forum_votes.check_key(&client.to_owned()).map_err(|_| AppError::RateLimited)
    }

    /// Checks a visitor's form and decides whether the post waits for a moderator.
    async fn check_post(&self, org: &Organisation, client: &str, form: &PostForm<'_>) -> Result<CheckedPost> {
        if !form.honeypot.trim().is_empty() {
            return Err(AppError::Refused("the form was filled in automatically"));
        }
        let body = parse_body(form.body)?;
        let name = parse_author_name(form.display_name)?;
        let email = match form.email.trim() {
            "" => None,
            raw => Some(Email::parse(raw)?),
        };
        let notice = self.forum_notice(org.id, org.language).await?;
        if form.notice_version != notice.version {
            return Err(AppError::Conflict("the privacy notice has changed; read it and send again"));
        }
        let settings = self.db().org(org.id).forum_settings().await?;
        // Counted only for posts that would be stored: a person correcting a typo is not throttled.
        self.forum_rate_limit(client)?;
        Ok(CheckedPost { body, name, email, notice_version: notice.version, settings })
    }

    /// Stores a question from a visitor.
    pub async fn ask_question(&self, slug: &str, client: &str, form: &PostForm<'_>) -> Result<Posted> {
        let org = self.forum_org(slug).await?;
        let title = parse_title(form.title)?;
        let category = form.category.ok_or(Invalid::new("category", InvalidReason::Empty))?;
        if !self.db().org(org.id).forum_categories().await?.iter().any(|c| c.id == category.0) {
            return Err(AppError::NotFound);
        }
        let checked = self.check_post(&org, client, form).await?;
        let text = post_text(Some(&title), &checked.body);
        let scanned = intake::scan(&text);
        let hold = hold_reason(&checked.settings, scanned.has_identifier, &text);
        let status = if hold.is_some() { PostStatus::Pending } else { PostStatus::Published };
        let manage_token = random_token();
        let unsubscribe = checked.email.as_ref().map(|_| random_token());
        let mut w = self.db().write(org.id).await?;
        w.require_category(category).await?;
        let id = w
            .insert_post(&NewPost {
                question: None,
                category: Some(category),
                title: Some(&title),
                body: &checked.body,
                author_name: &checked.name,
                author_email: checked.email.as_ref().map(Email::as_str),
                notify_on_answer: checked.email.is_some(),
                unsubscribe_token: unsubscribe.as_deref(),
                staff_user: None,
                official: false,
                status,
                hold,
                manage_token_hash: &token_hash(&manage_token),
                notice_version: Some(checked.notice_version),
                findings: &scanned.json,
            })
            .await?;
        if status == PostStatus::Published {
            w.reindex_question(id, org.language).await?;
        }
        let zone = org.time_zone.zone();
        let fact = Fact::opened(StatModule::Forum, id.0, category.0, Timestamp::now(), &zone, Outcome::Open);
        w.stat_opened(&fact).await?;
        let manage_path = format!("/forum/{}/manage/{manage_token}", org.slug);
        if let Some(email) = &checked.email {
            self.queue_manage_link(&mut w, &org, id, email.as_str(), &title, &manage_path).await?;
        }
        w.commit().await?;
        Ok(Posted { org, post: id, question: id, status, hold, manage_path })
    }

    /// Stores an answer from a visitor to a published question.
    pub async fn answer_question(
        &self,
        slug: &str,
        client: &str,
        question: PostId,
        form: &PostForm<'_>,
    ) -> Result<Posted> {
        let org = self.forum_org(slug).await?;
        let checked = self.check_post(&org, client, form).await?;
        let scanned = intake::scan(&checked.body);
        let hold = hold_reason(&checked.settings, scanned.has_identifier, &checked.body);
        let status = if hold.is_some() { PostStatus::Pending } else { PostStatus::Published };
        let manage_token = random_token();
        let mut w = self.db().write(org.id).await?;
        let q = w.locked_forum_post(question).await?;
        if !q.is_question() || q.status() != PostStatus::Published {
            return Err(AppError::NotFound);
        }
        let id = w
            .insert_post(&NewPost {
                question: Some(question),
                category: None,
                title: None,
                body: &checked.body,
                author_name: &checked.name,
                author_email: checked.email.as_ref().map(Email::as_str),
                notify_on_answer: false,
                unsubscribe_token: None,
                staff_user: None,
                official: false,
                status,
                hold,
                manage_token_hash: &token_hash(&manage_token),
                notice_version: Some(checked.notice_version),
                findings: &scanned.json,
            })
            .await?;
        if status == PostStatus::Published {
            self.answer_published(&mut w, &org, &q).await?;
        }
        let manage_path = format!("/forum/{}/manage/{manage_token}", org.slug);
        if let Some(email) = &checked.email {
            let title = q.title.clone().unwrap_or_default();
            self.queue_manage_link(&mut w, &org, id, email.as_str(), &title, &manage_path).await?;
        }
        w.commit().await?;
        Ok(Posted { org, post: id, question, status, hold, manage_path })
    }

    /// After an answer became public: recount, re-index, tell the asker.
    async fn answer_published(&self, w: &mut storage::OrgWrite, org: &Organisation, question: &PostRow) -> Result<()> {
        let id = question.post_id();
        w.stat_responded(StatModule::Forum, id.0, Timestamp::now(), None).await?;
        w.refresh_question(id, true).await?;
        w.reindex_question(id, org.language).await?;
        let (Some(email), Some(token), true) =
            (&question.author_email, w.unsubscribe_token(id).await?, question.notify_on_answer)
        else {
            return Ok(());
        };
        let base = &self.config().public_url;
        let title = question.title.clone().unwrap_or_default();
        let link = format!("{base}/forum/{}/questions/{}", org.slug, question.id);
        let unsubscribe = format!("{base}/forum/{}/unsubscribe/{token}", org.slug);
        let (subject, body) = match org.language {
            Language::Sv => (
                format!("Nytt svar på din fråga: {title}"),
                format!(
                    "Hej!\n\nDin fråga \"{title}\" i {}s forum har fått ett svar:\n{link}\n\n\
                     Vill du inte få fler meddelanden om den här frågan? Avsluta här (din e-postadress tas då bort):\n\
                     {unsubscribe}\n",
                    org.name
                ),
            ),
            Language::En => (
                format!("New answer to your question: {title}"),
                format!(
                    "Hello,\n\nYour question \"{title}\" in the {} forum has a new answer:\n{link}\n\n\
                     To stop messages about this question (your e-mail address is then deleted):\n{unsubscribe}\n",
                    org.name
                ),
            ),
        };
        w.queue_mail(&NewMail {
            kind: "forum_answer",
            conversation: None,
            forum_post: Some(id),
            recipient: email,
            subject: &subject,
            body: &body,
            ..Default::default()
        })
        .await?;
        Ok(())
    }

    async fn queue_manage_link(
        &self,
        w: &mut storage::OrgWrite,
        org: &Organisation,
        post: PostId,
        email: &str,
        title: &str,
        manage_path: &str,
    ) -> Result<()> {
        let link = format!("{}{manage_path}", self.config().public_url);
        let (subject, body) = match org.language {
            Language::Sv => (
                format!("Din länk till inlägget: {title}"),
                format!(
                    "Hej!\n\nTack för ditt inlägg i {}s forum. Via den här privata länken kan du se inlägget, \
                     ta bort det eller ta bort ditt namn. Dela den inte med någon:\n{link}\n",
                    org.name
                ),
            ),
            Language::En => (
                format!("Your link to your post: {title}"),
                format!(
                    "Hello,\n\nThank you for posting in the {} forum. Through this private link you can see your \
                     post, delete it or remove your name. Do not share it:\n{link}\n",
                    org.name
                ),
            ),
        };
        w.queue_mail(&NewMail {
            kind: "forum_manage_link",
            conversation: None,
            forum_post: Some(post),
            recipient: email,
            subject: &subject,
            body: &body,
            ..Default::default()
        })
        .await?;
        Ok(())
    }

    /// One "helpful" vote for a published post. One per browser is kept by the
    /// browser's own cookie; the server stores only the count.
    pub async fn vote_helpful(&self, slug: &str, client: &str, post: PostId) -> Result<i64> {
        let org = self.forum_org(slug).await?;
        self.forum_vote_limit(client)?;
        let mut w = self.db().write(org.id).await?;
        let count = w.add_helpful_vote(post).await?;
        w.commit().await?;
        Ok(count)
    }

    /// A visitor's report of a published post, with a fixed reason.
    pub async fn report_post(&self, slug: &str, client: &str, post: PostId, reason: ReportReason) -> Result<()> {
        let org = self.forum_org(slug).await?;
        self.forum_vote_limit(client)?;
        let mut w = self.db().write(org.id).await?;
        if w.locked_forum_post(post).await?.status() != PostStatus::Published {
            return Err(AppError::NotFound);
        }
        w.add_report(post, reason).await?;
        w.commit().await?;
        Ok(())
    }

    /// The post behind a management link, in any status.
    pub async fn managed_post(&self, slug: &str, token: &str) -> Result<ManagedPost> {
        let org = self.forum_org(slug).await?;
        if token.len() != 43 {
            return Err(AppError::NotFound);
        }
        let scope = self.db().org(org.id);
        let post = scope.forum_post_by_manage_hash(&token_hash(token)).await?.ok_or(AppError::NotFound)?;
        let question = match post.question_id {
            Some(q) => scope.forum_post(PostId(q)).await?,
            None => None,
        };
        Ok(ManagedPost { org, post, question })
    }

    /// The author deletes their post (a question goes with its answers).
    pub async fn author_delete(&self, slug: &str, token: &str) -> Result<()> {
        let managed = self.managed_post(slug, token).await?;
        let post = &managed.post;
        let mut w = self.db().write(managed.org.id).await?;
        w.delete_post(post.post_id()).await?;
        match post.question_id {
            Some(q) => {
                w.refresh_question(PostId(q), false).await?;
                w.reindex_question(PostId(q), managed.org.language).await?;
            }
            None => w.stat_closed(StatModule::Forum, post.id, Timestamp::now(), None).await?,
        }
        w.audit(NewEvent::new(Actor::Anonymous, Action::ForumPostDeletedByAuthor).target(Target::post(post.post_id())))
            .await?;
        w.commit().await?;
        Ok(())
    }

    /// The author's name is replaced and their e-mail address forgotten; the text stays.
    pub async fn author_anonymise(&self, slug: &str, token: &str) -> Result<()> {
        let managed = self.managed_post(slug, token).await?;
        let pseudonym = match managed.org.language {
            Language::Sv => "Anonym",
            Language::En => "Anonymous",
        };
        let mut w = self.db().write(managed.org.id).await?;
        w.anonymise_author(managed.post.post_id(), pseudonym).await?;
        w.audit(
            NewEvent::new(Actor::Anonymous, Action::ForumAuthorAnonymised).target(Target::post(managed.post.post_id())),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// The question behind an unsubscribe link.
    pub async fn unsubscribe_target(&self, slug: &str, token: &str) -> Result<(Organisation, PostRow)> {
        let org = self.forum_org(slug).await?;
        if token.len() != 43 {
            return Err(AppError::NotFound);
        }
        let post = self.db().org(org.id).forum_post_by_unsubscribe(token).await?.ok_or(AppError::NotFound)?;
        Ok((org, post))
    }

    /// Stops answer notifications and deletes the e-mail address.
    pub async fn unsubscribe(&self, slug: &str, token: &str) -> Result<()> {
        let (org, post) = self.unsubscribe_target(slug, token).await?;
        let mut w = self.db().write(org.id).await?;
        w.unsubscribe_question(post.post_id()).await?;
        w.commit().await?;
        Ok(())
    }

    // ---- Staff ----

    /// Posts waiting for a moderator or reported by visitors.
    pub async fn moderation_queue(&self, principal: &Principal) -> Result<Vec<QueueItem>> {
        principal.require(Capability::UseInbox)?;
        let scope = self.db().org(principal.org_id());
        let mut items = Vec::new();
        for post in scope.moderation_queue(200).await? {
            let reports = scope.open_reports(post.post_id()).await?;
            let question_title = match post.question_id {
                Some(q) => scope.forum_post(PostId(q)).await?.and_then(|q| q.title),
                None => None,
            };
            items.push(QueueItem { post, reports, question_title });
        }
        Ok(items)
    }

    /// A question with every answer in any status.
    pub async fn staff_thread(&self, principal: &Principal, id: PostId) -> Result<StaffThread> {
        principal.require(Capability::UseInbox)?;
        let scope = self.db().org(principal.org_id());
        let question = scope.forum_post(id).await?.ok_or(AppError::NotFound)?;
        if !question.is_question() {
            return Err(AppError::NotFound);
        }
        let answers = reading_order(&question, scope.forum_answers(id).await?);
        let mut reports = Vec::new();
        for post in std::iter::once(&question).chain(answers.iter()).filter(|p| p.open_report_count > 0) {
            reports.push((post.id, scope.open_reports(post.post_id()).await?));
        }
        Ok(StaffThread { question, answers, categories: scope.forum_categories().await?, reports })
    }

    /// Publish, hide, archive or delete a post. Open reports count as handled.
    pub async fn moderate_post(&self, principal: &Principal, id: PostId, action: ModerationAction) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let org = self.organisation(principal).await?;
        let mut w = self.db().write(org.id).await?;
        let post = w.locked_forum_post(id).await?;
        let was_public = post.status() == PostStatus::Published;
        match action.resulting_status() {
            Some(status) => {
                w.set_post_status(id, status).await?;
                w.resolve_reports(id).await?;
            }
            None => w.delete_post(id).await?,
        }
        if post.is_question() && action != ModerationAction::Publish {
            // Archived, hidden (spam) or deleted: the question has ended.
            w.stat_closed(StatModule::Forum, id.0, Timestamp::now(), None).await?;
        }
        match post.question_id {
            None if action != ModerationAction::Delete => w.reindex_question(id, org.language).await?,
            None => {}
            Some(q) => {
                let question = w.locked_forum_post(PostId(q)).await?;
                if action == ModerationAction::Publish && !was_public && question.status() == PostStatus::Published {
                    self.answer_published(&mut w, &org, &question).await?;
                } else {
                    w.refresh_question(PostId(q), false).await?;
                    w.reindex_question(PostId(q), org.language).await?;
                }
            }
        }
        w.audit(
            NewEvent::new(principal.actor(), Action::ForumPostModerated)
                .target(Target::post(id))
                .detail("action", DetailValue::Code(action.as_str())),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// A moderator corrects a post's text (and a question's title).
    pub async fn staff_edit_post(
        &self,
        principal: &Principal,
        id: PostId,
        title: Option<&str>,
        body: &str,
    ) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let org = self.organisation(principal).await?;
        let body = parse_body(body)?;
        let mut w = self.db().write(org.id).await?;
        let post = w.locked_forum_post(id).await?;
        let title = match (post.is_question(), title) {
            (true, Some(t)) => Some(parse_title(t)?),
            _ => None,
        };
        let findings = intake::findings_json(&post_text(title.as_deref().or(post.title.as_deref()), &body));
        w.edit_post(id, title.as_deref(), &body, &findings).await?;
        w.reindex_question(post.thread_id(), org.language).await?;
        w.audit(NewEvent::new(principal.actor(), Action::ForumPostEdited).target(Target::post(id))).await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn staff_move_question(&self, principal: &Principal, id: PostId, category: CategoryId) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let mut w = self.db().write(principal.org_id()).await?;
        if !w.locked_forum_post(id).await?.is_question() {
            return Err(AppError::NotFound);
        }
        w.require_category(category).await?;
        w.move_question(id, category).await?;
        // Per-category figures follow the question to its new category.
        w.stat_transferred(StatModule::Forum, id.0, Some(category.0), None).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::ForumQuestionMoved)
                .target(Target::post(id))
                .detail("category", DetailValue::Id(category.0)),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// An official answer from staff, published at once, shown first. Text with identifiers
    /// or Art. 9/10 data is refused until `confirmed`: it becomes public.
    pub async fn staff_answer(
        &self,
        principal: &Principal,
        question: PostId,
        body: &str,
        confirmed: Confirmed,
    ) -> Result<PostId> {
        principal.require(Capability::UseInbox)?;
        let org = self.organisation(principal).await?;
        let body = parse_body(body)?;
        let mut w = self.db().write(org.id).await?;
        let q = w.locked_forum_post(question).await?;
        if !q.is_question() {
            return Err(AppError::NotFound);
        }
        sensitive::confirm(&body, Ask::Everything, confirmed)?;
        let id = w
            .insert_post(&NewPost {
                question: Some(question),
                category: None,
                title: None,
                body: &body,
                // Published under the organisation's name: the staff member's own name is not
                // made public by default (the post keeps their id for the organisation's records).
                author_name: &org.name,
                author_email: None,
                notify_on_answer: false,
                unsubscribe_token: None,
                staff_user: Some(principal.user.id),
                official: true,
                status: PostStatus::Published,
                hold: None,
                manage_token_hash: &token_hash(&random_token()),
                notice_version: None,
                findings: &intake::findings_json(&body),
            })
            .await?;
        w.stat_responded(StatModule::Forum, question.0, Timestamp::now(), Some(principal.user.id)).await?;
        if q.status() == PostStatus::Published {
            self.answer_published(&mut w, &org, &q).await?;
        } else {
            w.refresh_question(question, true).await?;
        }
        w.audit(
            NewEvent::new(principal.actor(), Action::ForumStaffAnswered)
                .target(Target::post(id))
                .detail("question", DetailValue::Id(question.0)),
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    /// Marks one published answer as the accepted one (or none).
    pub async fn accept_answer(&self, principal: &Principal, question: PostId, answer: Option<PostId>) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let mut w = self.db().write(principal.org_id()).await?;
        if !w.locked_forum_post(question).await?.is_question() {
            return Err(AppError::NotFound);
        }
        if let Some(a) = answer {
            let row = w.locked_forum_post(a).await?;
            if row.question_id != Some(question.0) || row.status() != PostStatus::Published {
                return Err(AppError::Refused("only a published answer to this question can be accepted"));
            }
        }
        w.set_accepted_answer(question, answer).await?;
        if answer.is_some() {
            w.stat_closed(StatModule::Forum, question.0, Timestamp::now(), None).await?;
        }
        let mut event = NewEvent::new(principal.actor(), Action::ForumAnswerAccepted).target(Target::post(question));
        if let Some(a) = answer {
            event = event.detail("answer", DetailValue::Id(a.0));
        }
        w.audit(event).await?;
        w.commit().await?;
        Ok(())
    }

    /// Marks a post's reports as handled without changing the post.
    pub async fn dismiss_reports(&self, principal: &Principal, id: PostId) -> Result<()> {
        principal.require(Capability::UseInbox)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.locked_forum_post(id).await?;
        w.resolve_reports(id).await?;
        w.audit(NewEvent::new(principal.actor(), Action::ForumReportsResolved).target(Target::post(id))).await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn forum_admin(&self, principal: &Principal) -> Result<ForumAdmin> {
        principal.require(Capability::ManageOrganisation)?;
        let scope = self.db().org(principal.org_id());
        let mut notices = Vec::new();
        for language in Language::ALL {
            notices.push((language, self.forum_notice(principal.org_id(), language).await?));
        }
        Ok(ForumAdmin { settings: scope.forum_settings().await?, categories: scope.forum_categories().await?, notices })
    }

    pub async fn save_forum_settings(
        &self,
        principal: &Principal,
        moderation: &str,
        blocked_words: &str,
    ) -> Result<()> {
        principal.require(Capability::ManageOrganisation)?;
        let settings = ForumSettings {
            moderation: moderation.parse::<Moderation>()?,
            blocked_words: parse_blocked_words(blocked_words)?,
        };
        let mut w = self.db().write(principal.org_id()).await?;
        w.save_forum_settings(&settings).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::ForumSettingsChanged)
                .detail("moderation", DetailValue::Code(settings.moderation.as_str()))
                .detail("blocked_words", DetailValue::Count(settings.blocked_words.len() as i64)),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn create_category(&self, principal: &Principal, name: &str, description: &str) -> Result<CategoryId> {
        principal.require(Capability::ManageOrganisation)?;
        let name = parse_category_name(name)?;
        let description = match description.trim() {
            "" => String::new(),
            d => domain::error::bounded_text("description", d, 300)?,
        };
        let slug = category_slug(&name)?;
        if self.db().org(principal.org_id()).forum_categories().await?.iter().any(|c| c.slug == slug.as_str()) {
            return Err(AppError::Conflict("a category with that name exists"));
        }
        let mut w = self.db().write(principal.org_id()).await?;
        let id = w.create_category(slug.as_str(), &name, &description).await?;
        w.audit(NewEvent::new(principal.actor(), Action::ForumCategoryCreated).target(Target::category(id))).await?;
        w.commit().await?;
        Ok(id)
    }

    pub async fn publish_forum_notice(&self, principal: &Principal, language: Language, body: &str) -> Result<i64> {
        principal.require(Capability::ManageOrganisation)?;
        let body = parse_body(body)?;
        crate::notices::check_placeholders(&body)?;
        let mut w = self.db().write(principal.org_id()).await?;
        let version = w.publish_forum_notice(language, &body).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::ForumNoticePublished)
                .detail("language", DetailValue::Code(language.as_str()))
                .detail("version", DetailValue::Count(version)),
        )
        .await?;
        w.commit().await?;
        Ok(version)
    }
}

struct CheckedPost {
    body: String,
    name: String,
    email: Option<Email>,
    notice_version: i64,
    settings: ForumSettings,
}

/// Why a new post waits for a moderator, if it does: identifiers first (they must
/// not go public by mistake), then blocked words, then the forum's mode.
fn hold_reason(settings: &ForumSettings, has_identifier: bool, text: &str) -> Option<HoldReason> {
    if has_identifier {
        Some(HoldReason::PersonalData)
    } else if contains_blocked_word(text, &settings.blocked_words) {
        Some(HoldReason::BlockedWord)
    } else if settings.moderation == Moderation::Pre {
        Some(HoldReason::PreModeration)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_slugs() {
        assert_eq!(category_slug("Bygglov & mark").unwrap().as_str(), "bygglov-mark");
        assert_eq!(category_slug("Förskola och skola").unwrap().as_str(), "forskola-och-skola");
        assert_eq!(category_slug("2024").unwrap().as_str(), "c-2024");
    }

    #[test]
    fn holds() {
        let pre = ForumSettings { moderation: Moderation::Pre, blocked_words: vec!["spam".into()] };
        assert_eq!(hold_reason(&pre, true, "spam"), Some(HoldReason::PersonalData));
        assert_eq!(hold_reason(&pre, false, "spam"), Some(HoldReason::BlockedWord));
        assert_eq!(hold_reason(&pre, false, "hej"), Some(HoldReason::PreModeration));
        assert_eq!(hold_reason(&ForumSettings::default(), false, "hej"), None);
    }
}
