//! The public customer forum at `/forum/{org}/`: server-rendered, readable
//! without JavaScript, indexable (canonical URLs, descriptions, sitemap.xml).
//!
//! Visitors post without an account. Nothing identifying is kept about them
//! beyond what they typed: the client address only keys an in-memory rate
//! limit, and "one helpful vote per browser" is remembered by the browser's own
//! cookie, set when the visitor votes.

use crate::AppState;
use crate::error::{PageError, classify};
use crate::extract::{FormInput, cookie};
use crate::i18n::Tr;
use crate::markdown;
use crate::pages::render;
use app::AppError;
use app::forum::{CategoryRow, PostForm, PostRow, Posted};
use askama::Template;
use axum::Router;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use domain::PostId;
use domain::forum::{HoldReason, PostStatus, QuestionSort, ReportReason};
use domain::org::Organisation;
use domain::search::Piece;
use serde::Deserialize;
use std::net::SocketAddr;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/forum/{org}",
            get(|Path(org): Path<String>| async move { Redirect::permanent(&format!("/forum/{org}/")) }),
        )
        .route("/forum/{org}/", get(list))
        .route("/forum/{org}/c/{category}", get(list_category))
        .route("/forum/{org}/questions/{id}", get(question))
        .route("/forum/{org}/questions/{id}/answers", post(answer))
        .route("/forum/{org}/ask", get(ask_form).post(ask))
        .route("/forum/{org}/search", get(search))
        .route("/forum/{org}/sitemap.xml", get(sitemap))
        .route("/forum/{org}/posts/{id}/helpful", post(helpful))
        .route("/forum/{org}/posts/{id}/report", post(report))
        .route("/forum/{org}/manage/{token}", get(manage))
        .route("/forum/{org}/manage/{token}/delete", post(manage_delete))
        .route("/forum/{org}/manage/{token}/anonymise", post(manage_anonymise))
        .route("/forum/{org}/unsubscribe/{token}", get(unsubscribe_form).post(unsubscribe))
        .route("/privacy/{org}", get(privacy))
        // Public forms: no session to protect, but a foreign site must not post (or vote) through a visitor's browser.
        .layer(tower_http::csrf::CsrfLayer::new())
}

/// What every public page's frame needs (`public_base.html`): the forum's and the help pages'.
pub struct Frame {
    /// `forum` or `help`: the path segment and the prefix of the frame's texts.
    pub site: &'static str,
    pub tr: Tr,
    pub org_name: String,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub canonical: Option<String>,
    /// Pages that must not be indexed: forms, search results, private links.
    pub noindex: bool,
    pub query: String,
}

impl Frame {
    fn new(org: &Organisation, title: String) -> Self {
        Self::for_site("forum", org, title)
    }

    pub(crate) fn for_site(site: &'static str, org: &Organisation, title: String) -> Self {
        let tr = Tr(org.language);
        let description = tr.t1(&format!("{site}-description"), "org", &org.name);
        Self {
            site,
            tr,
            org_name: org.name.clone(),
            slug: org.slug.to_string(),
            title,
            description,
            canonical: None,
            noindex: false,
            query: String::new(),
        }
    }

    pub(crate) fn canonical(mut self, state: &AppState, path: &str) -> Self {
        self.canonical = Some(format!("{}{path}", state.app.config().public_url));
        self
    }

    pub(crate) fn noindex(mut self) -> Self {
        self.noindex = true;
        self
    }
}

/// A post prepared for a page: Markdown already rendered and sanitised.
pub struct PostView {
    pub id: i64,
    pub title: String,
    pub html: String,
    pub author: String,
    pub date: String,
    pub official: bool,
    pub accepted: bool,
    pub helpful: i64,
    pub edited: bool,
}

fn view(org: &Organisation, post: &PostRow, accepted: Option<i64>) -> PostView {
    PostView {
        id: post.id,
        title: post.title.clone().unwrap_or_default(),
        html: markdown::render(&post.body),
        author: post.author_name.clone(),
        date: domain::Timestamp(post.created_at).format_in(&org.time_zone.zone()),
        official: post.official,
        accepted: accepted == Some(post.id),
        helpful: post.helpful_count,
        edited: post.edited_at.is_some(),
    }
}

/// A question in a list: title, excerpt and counts.
pub struct ListItem {
    pub id: i64,
    pub title: String,
    pub excerpt: String,
    pub author: String,
    pub date: String,
    pub answers: i64,
    pub helpful: i64,
    pub answered: bool,
}

fn list_item(org: &Organisation, post: &PostRow) -> ListItem {
    ListItem {
        id: post.id,
        title: post.title.clone().unwrap_or_default(),
        excerpt: markdown::shorten(&markdown::plain_text(&post.body), 180),
        author: post.author_name.clone(),
        date: domain::Timestamp(post.last_activity_at).format_in(&org.time_zone.zone()),
        answers: post.answer_count,
        helpful: post.helpful_count,
        answered: post.accepted_answer_id.is_some() || post.answer_count > 0,
    }
}

/// The client address, used only as an in-memory rate-limit key.
fn client(peer: &SocketAddr) -> String {
    peer.ip().to_string()
}

fn page_error(err: AppError, org_lang: Option<domain::org::Language>) -> Response {
    PageError::new(err, org_lang.unwrap_or_default()).into_response()
}

/// A forum use-case error as a sentence for the form.
fn forum_message(tr: Tr, err: &AppError) -> String {
    match err {
        AppError::RateLimited => tr.t("forum-too-fast"),
        AppError::Conflict(_) => tr.t("forum-notice-changed"),
        AppError::Refused(_) => tr.t("forum-refused"),
        AppError::NotFound => tr.t("forum-not-found"),
        other => crate::pages::form_message(tr, other),
    }
}

#[derive(Template)]
#[template(path = "forum/list.html")]
struct ListPage {
    frame: Frame,
    heading: String,
    intro: String,
    categories: Vec<CategoryRow>,
    current_category: String,
    base_path: String,
    sort: &'static str,
    sorts: Vec<(&'static str, String)>,
    questions: Vec<ListItem>,
    total: i64,
    page: i64,
    pages: i64,
}

#[derive(Deserialize)]
struct ListQuery {
    sort: Option<String>,
    page: Option<String>,
}

fn parse_page(raw: Option<&str>) -> Result<i64, AppError> {
    match raw {
        None | Some("") => Ok(1),
        Some(p) => p.parse().map_err(|_| domain::Invalid::new("page", domain::InvalidReason::BadFormat).into()),
    }
}

async fn list(state: State<AppState>, Path(org): Path<String>, q: Query<ListQuery>) -> Response {
    render_list(state, org, None, q).await
}

async fn list_category(
    state: State<AppState>,
    Path((org, category)): Path<(String, String)>,
    q: Query<ListQuery>,
) -> Response {
    render_list(state, org, Some(category), q).await
}

async fn render_list(
    State(state): State<AppState>,
    org: String,
    category: Option<String>,
    Query(q): Query<ListQuery>,
) -> Response {
    let sort = match q.sort.as_deref() {
        None | Some("") => Ok(QuestionSort::Latest),
        Some(s) => s.parse::<QuestionSort>().map_err(AppError::from),
    };
    let result = match (sort, parse_page(q.page.as_deref())) {
        (Ok(sort), Ok(page)) => state.app.forum_questions(&org, category.as_deref(), sort, page).await,
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    let data = match result {
        Ok(d) => d,
        Err(e) => return page_error(e, None),
    };
    let tr = Tr(data.org.language);
    let (heading, intro, base_path) = match &data.category {
        Some(c) => (c.name.clone(), c.description.clone(), format!("/forum/{}/c/{}", data.org.slug, c.slug)),
        None => (tr.t("forum-title"), String::new(), format!("/forum/{}/", data.org.slug)),
    };
    let mut path = base_path.clone();
    let mut query = Vec::new();
    if data.sort != QuestionSort::Latest {
        query.push(format!("sort={}", data.sort.as_str()));
    }
    if data.page > 1 {
        query.push(format!("page={}", data.page));
    }
    if !query.is_empty() {
        path = format!("{path}?{}", query.join("&"));
    }
    let mut frame = Frame::new(&data.org, heading.clone()).canonical(&state, &path);
    if !intro.is_empty() {
        frame.description = markdown::shorten(&intro, 160);
    }
    let sorts = QuestionSort::ALL.iter().map(|s| (s.as_str(), tr.tk("forum-sort-", s.as_str(), ""))).collect();
    let page = ListPage {
        heading,
        intro,
        current_category: data.category.as_ref().map(|c| c.slug.clone()).unwrap_or_default(),
        categories: data.categories,
        base_path,
        sort: data.sort.as_str(),
        sorts,
        questions: data.questions.iter().map(|p| list_item(&data.org, p)).collect(),
        total: data.total,
        page: data.page,
        pages: data.pages,
        frame,
    };
    render(&page, StatusCode::OK)
}

/// The answer or question form's fields, echoed back after an error.
#[derive(Deserialize, Default, Clone)]
pub struct PostFields {
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub notice_version: String,
    /// The honeypot: hidden from people, tempting to bots.
    #[serde(default)]
    pub website: String,
}

impl PostFields {
    fn form(&self) -> PostForm<'_> {
        PostForm {
            category: self.category.parse().ok().map(domain::CategoryId),
            title: &self.title,
            body: &self.body,
            display_name: &self.display_name,
            email: &self.email,
            notice_version: self.notice_version.parse().unwrap_or(-1),
            honeypot: &self.website,
        }
    }
}

/// The privacy notice as shown on a form.
pub struct NoticeView {
    pub version: i64,
    pub paragraphs: Vec<String>,
}

async fn notice_view(state: &AppState, org: &Organisation) -> Result<NoticeView, AppError> {
    let notice = state.app.shown_forum_notice(org).await?;
    Ok(NoticeView {
        version: notice.version,
        paragraphs: notice.body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned).collect(),
    })
}

#[derive(Template)]
#[template(path = "forum/question.html")]
struct QuestionPage {
    frame: Frame,
    category: Option<CategoryRow>,
    question: PostView,
    answers: Vec<PostView>,
    notice: NoticeView,
    fields: PostFields,
    error: String,
    voted: Vec<i64>,
    reasons: Vec<(&'static str, String)>,
}

fn reasons(tr: Tr) -> Vec<(&'static str, String)> {
    ReportReason::ALL.iter().map(|r| (r.as_str(), tr.tk("forum-report-", r.as_str(), ""))).collect()
}

/// Post ids this browser has voted for (its own cookie; the server keeps no list).
fn voted(headers: &HeaderMap) -> Vec<i64> {
    cookie(headers, VOTES_COOKIE).map(|v| v.split('.').filter_map(|id| id.parse().ok()).collect()).unwrap_or_default()
}

const VOTES_COOKIE: &str = "samtal_forum_votes";
/// The cookie remembers this many votes, newest kept.
const VOTES_REMEMBERED: usize = 300;

async fn question(State(state): State<AppState>, Path((org, id)): Path<(String, i64)>, headers: HeaderMap) -> Response {
    render_question(&state, &org, PostId(id), &headers, PostFields::default(), String::new(), StatusCode::OK).await
}

async fn render_question(
    state: &AppState,
    org: &str,
    id: PostId,
    headers: &HeaderMap,
    fields: PostFields,
    error: String,
    status: StatusCode,
) -> Response {
    let thread = match state.app.forum_thread(org, id).await {
        Ok(t) => t,
        Err(e) => return page_error(e, None),
    };
    let notice = match notice_view(state, &thread.org).await {
        Ok(n) => n,
        Err(e) => return page_error(e, Some(thread.org.language)),
    };
    let tr = Tr(thread.org.language);
    let accepted = thread.question.accepted_answer_id;
    let title = thread.question.title.clone().unwrap_or_default();
    let mut frame =
        Frame::new(&thread.org, title).canonical(state, &format!("/forum/{}/questions/{}", thread.org.slug, id.0));
    frame.description = markdown::shorten(&markdown::plain_text(&thread.question.body), 160);
    let page = QuestionPage {
        frame,
        category: thread.category,
        question: view(&thread.org, &thread.question, None),
        answers: thread.answers.iter().map(|a| view(&thread.org, a, accepted)).collect(),
        notice,
        fields,
        error,
        voted: voted(headers),
        reasons: reasons(tr),
    };
    render(&page, status)
}

async fn answer(
    State(state): State<AppState>,
    Path((org, id)): Path<(String, i64)>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    FormInput(fields): FormInput<PostFields>,
) -> Response {
    match state.app.answer_question(&org, &client(&peer), PostId(id), &fields.form()).await {
        Ok(posted) => posted_page(&state, posted),
        Err(AppError::NotFound) => page_error(AppError::NotFound, None),
        Err(err) => {
            let (status, _) = classify(&err);
            let lang = state.app.forum_org(&org).await.map(|o| o.language).unwrap_or_default();
            let message = forum_message(Tr(lang), &err);
            render_question(&state, &org, PostId(id), &headers, fields, message, status).await
        }
    }
}

#[derive(Template)]
#[template(path = "forum/ask.html")]
struct AskPage {
    frame: Frame,
    categories: Vec<CategoryRow>,
    notice: NoticeView,
    fields: PostFields,
    error: String,
}

#[derive(Deserialize)]
struct AskQuery {
    category: Option<String>,
}

async fn ask_form(State(state): State<AppState>, Path(org): Path<String>, Query(q): Query<AskQuery>) -> Response {
    let fields = PostFields { category: q.category.unwrap_or_default(), ..Default::default() };
    render_ask(&state, &org, fields, String::new(), StatusCode::OK).await
}

async fn render_ask(state: &AppState, org: &str, fields: PostFields, error: String, status: StatusCode) -> Response {
    let (org, categories) = match state.app.forum_categories(org).await {
        Ok(d) => d,
        Err(e) => return page_error(e, None),
    };
    let notice = match notice_view(state, &org).await {
        Ok(n) => n,
        Err(e) => return page_error(e, Some(org.language)),
    };
    let tr = Tr(org.language);
    // A category may be preselected by slug (links from a category page) or by id (a resent form).
    let mut fields = fields;
    if let Some(c) = categories.iter().find(|c| c.slug == fields.category) {
        fields.category = c.id.to_string();
    }
    let page = AskPage { frame: Frame::new(&org, tr.t("forum-ask")).noindex(), categories, notice, fields, error };
    render(&page, status)
}

async fn ask(
    State(state): State<AppState>,
    Path(org): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    FormInput(fields): FormInput<PostFields>,
) -> Response {
    match state.app.ask_question(&org, &client(&peer), &fields.form()).await {
        Ok(posted) => posted_page(&state, posted),
        Err(err) => {
            let (status, _) = classify(&err);
            let lang = match state.app.forum_org(&org).await {
                Ok(o) => o.language,
                Err(e) => return page_error(e, None),
            };
            let message = forum_message(Tr(lang), &err);
            render_ask(&state, &org, fields, message, status).await
        }
    }
}

#[derive(Template)]
#[template(path = "forum/posted.html")]
struct PostedPage {
    frame: Frame,
    published: bool,
    hold: &'static str,
    question: i64,
    manage_url: String,
}

fn posted_page(state: &AppState, posted: Posted) -> Response {
    let org = &posted.org;
    let tr = Tr(org.language);
    let page = PostedPage {
        frame: Frame::new(org, tr.t("forum-posted-title")).noindex(),
        published: posted.status == PostStatus::Published,
        hold: posted.hold.map_or("", HoldReason::as_str),
        question: posted.question.0,
        manage_url: format!("{}{}", state.app.config().public_url, posted.manage_path),
    };
    render(&page, StatusCode::CREATED)
}

#[derive(Template)]
#[template(path = "forum/search.html")]
struct SearchPage {
    frame: Frame,
    searched: bool,
    hits: Vec<(ListItem, Vec<Piece>)>,
    page: i64,
    has_more: bool,
}

#[derive(Deserialize)]
struct SearchQuery {
    q: Option<String>,
    page: Option<String>,
}

async fn search(State(state): State<AppState>, Path(org): Path<String>, Query(q): Query<SearchQuery>) -> Response {
    let query = q.q.unwrap_or_default();
    let result = match parse_page(q.page.as_deref()) {
        Ok(page) => state.app.forum_search(&org, &query, page).await,
        Err(e) => Err(e),
    };
    let results = match result {
        Ok(r) => r,
        Err(e) => return page_error(e, None),
    };
    let tr = Tr(results.org.language);
    let hits = results
        .hits
        .iter()
        .map(|hit| {
            let item = list_item(&results.org, &hit.question);
            let text = markdown::plain_text(&hit.matched_text);
            (item, domain::search::excerpt(&text, &results.terms, results.org.language, 220))
        })
        .collect();
    let mut frame = Frame::new(&results.org, tr.t("forum-search")).noindex();
    frame.query = query.clone();
    let page =
        SearchPage { frame, searched: !query.trim().is_empty(), hits, page: results.page, has_more: results.has_more };
    render(&page, StatusCode::OK)
}

async fn sitemap(State(state): State<AppState>, Path(org): Path<String>) -> Response {
    let (org, categories, questions) = match state.app.forum_sitemap(&org).await {
        Ok(d) => d,
        Err(e) => return page_error(e, None),
    };
    let base = format!("{}/forum/{}", state.app.config().public_url, org.slug);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut url = |loc: String, lastmod: Option<i64>| {
        xml.push_str("<url><loc>");
        xml.push_str(&xml_escape(&loc));
        xml.push_str("</loc>");
        if let Some(at) = lastmod {
            xml.push_str("<lastmod>");
            xml.push_str(&domain::Timestamp(at).rfc3339());
            xml.push_str("</lastmod>");
        }
        xml.push_str("</url>\n");
    };
    url(format!("{base}/"), None);
    for c in &categories {
        url(format!("{base}/c/{}", c.slug), None);
    }
    for (id, at) in &questions {
        url(format!("{base}/questions/{id}"), Some(*at));
    }
    xml.push_str("</urlset>\n");
    let mut res = xml.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/xml; charset=utf-8"));
    res
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[derive(Template)]
#[template(path = "forum/message.html")]
struct MessagePage {
    frame: Frame,
    heading: String,
    message: String,
    back: String,
}

fn message(org: &Organisation, status: StatusCode, key: &str, back: String) -> Response {
    let tr = Tr(org.language);
    let heading = tr.t(&format!("{key}-title"));
    let page = MessagePage { frame: Frame::new(org, heading.clone()).noindex(), heading, message: tr.t(key), back };
    render(&page, status)
}

#[derive(Deserialize)]
struct VoteFields {
    /// The question page to return to.
    #[serde(default)]
    question: String,
}

async fn helpful(
    State(state): State<AppState>,
    Path((org, id)): Path<(String, i64)>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    FormInput(fields): FormInput<VoteFields>,
) -> Response {
    let organisation = match state.app.forum_org(&org).await {
        Ok(o) => o,
        Err(e) => return page_error(e, None),
    };
    let back = match fields.question.parse::<i64>() {
        Ok(q) => format!("/forum/{org}/questions/{q}#post-{id}"),
        Err(_) => format!("/forum/{org}/"),
    };
    let mut seen = voted(&headers);
    if seen.contains(&id) {
        return message(&organisation, StatusCode::CONFLICT, "forum-already-voted", back);
    }
    match state.app.vote_helpful(&org, &client(&peer), PostId(id)).await {
        Ok(_) => {
            seen.push(id);
            let keep = seen.len().saturating_sub(VOTES_REMEMBERED);
            let value = seen[keep..].iter().map(i64::to_string).collect::<Vec<_>>().join(".");
            let secure = if state.config.secure_cookies { "; Secure" } else { "" };
            let cookie =
                format!("{VOTES_COOKIE}={value}; Path=/forum/{org}/; HttpOnly; SameSite=Lax; Max-Age=31536000{secure}");
            let mut res = Redirect::to(&back).into_response();
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                res.headers_mut().insert(header::SET_COOKIE, v);
            }
            res
        }
        Err(AppError::RateLimited) => message(&organisation, StatusCode::TOO_MANY_REQUESTS, "forum-too-fast", back),
        Err(e) => page_error(e, Some(organisation.language)),
    }
}

#[derive(Deserialize)]
struct ReportFields {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    question: String,
}

async fn report(
    State(state): State<AppState>,
    Path((org, id)): Path<(String, i64)>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    FormInput(fields): FormInput<ReportFields>,
) -> Response {
    let organisation = match state.app.forum_org(&org).await {
        Ok(o) => o,
        Err(e) => return page_error(e, None),
    };
    let back = match fields.question.parse::<i64>() {
        Ok(q) => format!("/forum/{org}/questions/{q}"),
        Err(_) => format!("/forum/{org}/"),
    };
    let reason = match fields.reason.parse::<ReportReason>() {
        Ok(r) => r,
        Err(e) => return page_error(e.into(), Some(organisation.language)),
    };
    match state.app.report_post(&org, &client(&peer), PostId(id), reason).await {
        Ok(()) => message(&organisation, StatusCode::OK, "forum-reported", back),
        Err(AppError::RateLimited) => message(&organisation, StatusCode::TOO_MANY_REQUESTS, "forum-too-fast", back),
        Err(e) => page_error(e, Some(organisation.language)),
    }
}

#[derive(Template)]
#[template(path = "forum/manage.html")]
struct ManagePage {
    frame: Frame,
    token: String,
    post: PostView,
    is_question: bool,
    question_id: i64,
    question_title: String,
    status: String,
    public: bool,
    notified: bool,
}

async fn manage(State(state): State<AppState>, Path((org, token)): Path<(String, String)>) -> Response {
    let managed = match state.app.managed_post(&org, &token).await {
        Ok(m) => m,
        Err(e) => return page_error(e, None),
    };
    let tr = Tr(managed.org.language);
    let post = &managed.post;
    let question = managed.question.as_ref().unwrap_or(post);
    let page = ManagePage {
        frame: Frame::new(&managed.org, tr.t("forum-manage-title")).noindex(),
        token,
        post: view(&managed.org, post, None),
        is_question: post.is_question(),
        question_id: question.id,
        question_title: question.title.clone().unwrap_or_default(),
        status: tr.tk("forum-status-", post.status().as_str(), ""),
        public: post.status() == PostStatus::Published && question.status() == PostStatus::Published,
        notified: post.notify_on_answer,
    };
    render(&page, StatusCode::OK)
}

#[derive(Deserialize)]
struct ConfirmFields {
    #[serde(default)]
    confirm: String,
}

async fn manage_delete(
    State(state): State<AppState>,
    Path((org, token)): Path<(String, String)>,
    FormInput(fields): FormInput<ConfirmFields>,
) -> Response {
    let organisation = match state.app.forum_org(&org).await {
        Ok(o) => o,
        Err(e) => return page_error(e, None),
    };
    if fields.confirm != "yes" {
        let back = format!("/forum/{org}/manage/{token}");
        return message(&organisation, StatusCode::BAD_REQUEST, "forum-confirm-needed", back);
    }
    match state.app.author_delete(&org, &token).await {
        Ok(()) => message(&organisation, StatusCode::OK, "forum-deleted", format!("/forum/{org}/")),
        Err(e) => page_error(e, Some(organisation.language)),
    }
}

async fn manage_anonymise(State(state): State<AppState>, Path((org, token)): Path<(String, String)>) -> Response {
    let organisation = match state.app.forum_org(&org).await {
        Ok(o) => o,
        Err(e) => return page_error(e, None),
    };
    match state.app.author_anonymise(&org, &token).await {
        Ok(()) => message(&organisation, StatusCode::OK, "forum-anonymised", format!("/forum/{org}/manage/{token}")),
        Err(e) => page_error(e, Some(organisation.language)),
    }
}

#[derive(Template)]
#[template(path = "forum/unsubscribe.html")]
struct UnsubscribePage {
    frame: Frame,
    title: String,
    token: String,
}

async fn unsubscribe_form(State(state): State<AppState>, Path((org, token)): Path<(String, String)>) -> Response {
    match state.app.unsubscribe_target(&org, &token).await {
        Ok((org, post)) => {
            let tr = Tr(org.language);
            let page = UnsubscribePage {
                frame: Frame::new(&org, tr.t("forum-unsubscribe-title")).noindex(),
                title: post.title.unwrap_or_default(),
                token,
            };
            render(&page, StatusCode::OK)
        }
        Err(e) => page_error(e, None),
    }
}

async fn unsubscribe(State(state): State<AppState>, Path((org, token)): Path<(String, String)>) -> Response {
    let organisation = match state.app.forum_org(&org).await {
        Ok(o) => o,
        Err(e) => return page_error(e, None),
    };
    match state.app.unsubscribe(&org, &token).await {
        Ok(()) => message(&organisation, StatusCode::OK, "forum-unsubscribed", format!("/forum/{org}/")),
        Err(e) => page_error(e, Some(organisation.language)),
    }
}

#[derive(Template)]
#[template(path = "forum/privacy.html")]
struct PrivacyPage {
    frame: Frame,
    notices: Vec<app::notices::PublicNotice>,
    /// "Chat (Bygglov), conversations: anonymised 180 days after closing."
    retention: Vec<String>,
}

/// The organisation's privacy notices on one public page (linked from auto-replies).
async fn privacy(State(state): State<AppState>, Path(org): Path<String>) -> Response {
    let loaded = async {
        let (org, notices) = state.app.public_notices(&org).await?;
        let rules = state.app.retention_statements(&org).await?;
        Ok::<_, app::AppError>((org, notices, rules))
    }
    .await;
    match loaded {
        Ok((org, notices, rules)) => {
            let tr = Tr(org.language);
            let retention = rules
                .iter()
                .map(|r| {
                    let module = tr.tk("retention-module-", r.module.as_str(), "");
                    let area = match &r.scope {
                        Some(scope) => format!("{module} ({scope})"),
                        None => module,
                    };
                    format!(
                        "{area}, {}: {} {} {}.",
                        tr.tk("retention-applies-", r.applies.as_str(), "").to_lowercase(),
                        tr.tk("privacy-retention-", r.terms.action.as_str(), ""),
                        tr.t1("retention-days", "days", r.terms.days),
                        tr.tk("privacy-retention-after-", r.terms.clock.as_str(), "")
                    )
                })
                .collect();
            let page = PrivacyPage {
                frame: Frame::new(&org, tr.t("privacy-title")).canonical(&state, &format!("/privacy/{}", org.slug)),
                notices,
                retention,
            };
            render(&page, StatusCode::OK)
        }
        Err(e) => page_error(e, None),
    }
}
