//! The public help pages at `/help/{org}/`: published public guides by category, one
//! search over guides and the forum's answers, readers' feedback, the guides' images,
//! and the suggestions the chat widget shows before a visitor asks. Server-rendered,
//! readable without JavaScript; nothing about a search or a reader is stored.

use crate::AppState;
use crate::error::{ApiError, PageError, classify};
use crate::extract::FormInput;
use crate::forum::Frame;
use crate::i18n::Tr;
use crate::markdown;
use crate::pages::render;
use app::AppError;
use app::forum::TermMatch;
use app::guides::{HELP_PAGE, SUGGESTIONS};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use domain::guides::HelpKind;
use domain::org::Organisation;
use serde::Deserialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/help/{org}", get(to_index))
        .route("/help/{org}/", get(index))
        .route("/help/{org}/guides/{slug}", get(guide))
        .route("/help/{org}/guides/{slug}/feedback", post(feedback))
        .route("/help/{org}/search", get(search))
        .route("/help/{org}/images/{id}", get(image))
        .layer(tower_http::csrf::CsrfLayer::new())
        // Called by the widget on the organisation's own site: a cross-site POST by design,
        // carrying no cookie and changing nothing.
        .route("/help/{org}/suggest", post(suggest).options(preflight))
}

/// `/help/{org}` → `/help/{org}/`, for a well-formed organisation slug only.
async fn to_index(Path(org): Path<String>) -> Response {
    match domain::org::Slug::parse(&org) {
        Ok(slug) => Redirect::permanent(&format!("/help/{}/", slug.as_str())).into_response(),
        Err(_) => failed(AppError::NotFound, None),
    }
}

/// A help page's frame: canonical when it has a public path, else not indexed.
fn frame(state: &AppState, org: &Organisation, title: String, path: Option<&str>) -> Frame {
    let frame = Frame::for_site("help", org, title);
    match path {
        Some(p) => frame.canonical(state, p),
        None => frame.noindex(),
    }
}

/// A guide in a list.
pub struct GuideItem {
    pub slug: String,
    pub title: String,
    pub excerpt: String,
}

fn item(guide: &app::guides::GuideRow) -> GuideItem {
    let text = markdown::plain_text(&guide.body);
    let mut excerpt: String = text.chars().take(160).collect();
    if text.chars().count() > 160 {
        excerpt.push('…');
    }
    GuideItem { slug: guide.slug.clone(), title: guide.title.clone(), excerpt }
}

#[derive(Template)]
#[template(path = "help/index.html")]
struct IndexPage {
    frame: Frame,
    /// (category name, guides); guides without a category last.
    sections: Vec<(String, Vec<GuideItem>)>,
}

fn failed(err: AppError, org: Option<&Organisation>) -> Response {
    PageError::new(err, org.map_or(domain::org::Language::Sv, |o| o.language)).into_response()
}

async fn index(State(state): State<AppState>, Path(org): Path<String>) -> Response {
    let help = match state.app.help_index(&org).await {
        Ok(h) => h,
        Err(e) => return failed(e, None),
    };
    let tr = Tr(help.org.language);
    let mut sections: Vec<(String, Vec<GuideItem>)> = help
        .categories
        .iter()
        .map(|c| (c.name.clone(), help.guides.iter().filter(|g| g.category_id == Some(c.id)).map(item).collect()))
        .filter(|(_, guides): &(String, Vec<GuideItem>)| !guides.is_empty())
        .collect();
    let loose: Vec<GuideItem> =
        help.guides.iter().filter(|g| !help.categories.iter().any(|c| Some(c.id) == g.category_id)).map(item).collect();
    if !loose.is_empty() {
        sections.push((tr.t("help-other"), loose));
    }
    let path = format!("/help/{}/", help.org.slug.as_str());
    let frame = frame(&state, &help.org, tr.t("help-title"), Some(&path));
    render(&IndexPage { frame, sections }, StatusCode::OK)
}

#[derive(Template)]
#[template(path = "help/guide.html")]
struct GuidePage {
    frame: Frame,
    guide_slug: String,
    category: Option<String>,
    html: String,
    updated: String,
    sent: bool,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct GuideQuery {
    #[serde(default)]
    sent: Option<String>,
}

async fn guide_page(state: &AppState, org: &str, slug: &str, sent: bool, error: Option<String>) -> Response {
    let (org, guide, category) = match state.app.help_guide(org, slug).await {
        Ok(v) => v,
        Err(e) => return failed(e, None),
    };
    let path = format!("/help/{}/guides/{}", org.slug.as_str(), guide.slug);
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let page = GuidePage {
        frame: frame(state, &org, guide.title.clone(), Some(&path)),
        guide_slug: guide.slug.clone(),
        category: category.map(|c| c.name),
        html: markdown::render_guide(&guide.body),
        updated: domain::Timestamp(guide.updated_at).format_in(&org.time_zone.zone()),
        sent,
        error,
    };
    render(&page, status)
}

async fn guide(
    State(state): State<AppState>,
    Path((org, slug)): Path<(String, String)>,
    Query(q): Query<GuideQuery>,
) -> Response {
    guide_page(&state, &org, &slug, q.sent.is_some(), None).await
}

#[derive(Deserialize)]
pub struct FeedbackForm {
    #[serde(default)]
    helpful: String,
    #[serde(default)]
    comment: String,
}

async fn feedback(
    State(state): State<AppState>,
    Path((org, slug)): Path<(String, String)>,
    axum::extract::ConnectInfo(peer): axum::extract::ConnectInfo<std::net::SocketAddr>,
    FormInput(form): FormInput<FeedbackForm>,
) -> Response {
    let helpful = match form.helpful.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            let tr = state.app.help_org(&org).await.map(|o| Tr(o.language)).unwrap_or(Tr(domain::org::Language::Sv));
            return guide_page(&state, &org, &slug, false, Some(tr.t("help-feedback-choose"))).await;
        }
    };
    match state.app.guide_feedback(&org, &peer.ip().to_string(), &slug, helpful, &form.comment).await {
        Ok(()) => Redirect::to(&format!("/help/{org}/guides/{slug}?sent=1#feedback")).into_response(),
        Err(e @ AppError::Invalid(_)) => {
            let tr = state.app.help_org(&org).await.map(|o| Tr(o.language)).unwrap_or(Tr(domain::org::Language::Sv));
            let message = crate::pages::form_message(tr, &e);
            guide_page(&state, &org, &slug, false, Some(message)).await
        }
        Err(e @ AppError::RateLimited) => {
            let (status, _) = classify(&e);
            let mut res = failed(e, None);
            *res.status_mut() = status;
            res
        }
        Err(e) => failed(e, None),
    }
}

/// A hit in the combined search.
pub struct HitItem {
    pub kind: &'static str,
    pub url: String,
    pub title: String,
    pub excerpt: Vec<domain::search::Piece>,
}

#[derive(Template)]
#[template(path = "help/search.html")]
struct SearchPage {
    frame: Frame,
    kind: String,
    hits: Vec<HitItem>,
    searched: bool,
}

#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default, rename = "type")]
    kind: String,
}

fn hits(results: &app::guides::HelpResults) -> Vec<HitItem> {
    let org = &results.org;
    let mut guides = results.guides.iter().map(|g| HitItem {
        kind: "guide",
        url: format!("/help/{}/guides/{}", org.slug.as_str(), g.slug),
        title: g.title.clone(),
        excerpt: domain::search::excerpt(&markdown::plain_text(&g.body), &results.terms, org.language, 200),
    });
    let mut forum = results.forum.iter().map(|h| HitItem {
        kind: "forum",
        url: format!("/forum/{}/questions/{}", org.slug.as_str(), h.question.id),
        title: h.question.title.clone().unwrap_or_default(),
        excerpt: domain::search::excerpt(&markdown::plain_text(&h.matched_text), &results.terms, org.language, 200),
    });
    // Guides and forum answers interleaved, each in its own rank order: the two indexes
    // score on different scales, and a curated guide leads its pair.
    let mut out = Vec::new();
    loop {
        let (g, f) = (guides.next(), forum.next());
        if g.is_none() && f.is_none() {
            break out;
        }
        out.extend(g);
        out.extend(f);
    }
}

async fn search(State(state): State<AppState>, Path(org): Path<String>, Query(q): Query<SearchQuery>) -> Response {
    let kind = match q.kind.as_str() {
        "" => None,
        k => match k.parse::<HelpKind>() {
            Ok(k) => Some(k),
            Err(e) => return failed(e.into(), None),
        },
    };
    let results = match state.app.help_search(&org, &q.q, kind, TermMatch::All, HELP_PAGE).await {
        Ok(r) => r,
        Err(e) => {
            let (status, _) = classify(&e);
            let mut res = failed(e, None);
            *res.status_mut() = status;
            return res;
        }
    };
    let tr = Tr(results.org.language);
    let mut frame = frame(&state, &results.org, tr.t("help-search-title"), None);
    frame.query = q.q.clone();
    let page = SearchPage { searched: !q.q.trim().is_empty(), hits: hits(&results), kind: q.kind.clone(), frame };
    render(&page, StatusCode::OK)
}

async fn image(State(state): State<AppState>, Path((org, id)): Path<(String, i64)>) -> Response {
    match state.app.guide_image(&org, id).await {
        Ok(bytes) => {
            let mut res = bytes.into_response();
            let h = res.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/png"));
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=86400"));
            // Even opened directly, the image can run nothing.
            h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("default-src 'none'; sandbox"));
            res
        }
        Err(e) => ApiError(e).into_response(),
    }
}

#[derive(serde::Serialize)]
struct Suggestion {
    /// guide or forum.
    kind: &'static str,
    title: String,
    url: String,
}

async fn preflight() -> Response {
    let mut res = StatusCode::NO_CONTENT.into_response();
    let h = res.headers_mut();
    h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("POST, OPTIONS"));
    h.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    res
}

/// For the chat widget, as the visitor types: the best public guides and forum answers.
/// The question comes as the plain-text body of a POST (never in a URL, which proxies log);
/// called from other sites (CORS); nothing about it is stored or logged.
async fn suggest(State(state): State<AppState>, Path(org): Path<String>, question: String) -> Response {
    let question: String = question.chars().take(200).collect();
    let result = state.app.help_search(&org, &question, None, TermMatch::Any, SUGGESTIONS).await;
    let mut res = match result {
        Ok(results) => {
            let base = state.app.config().public_url.trim_end_matches('/').to_owned();
            let list: Vec<Suggestion> = hits(&results)
                .into_iter()
                .take(SUGGESTIONS as usize)
                .map(|h| Suggestion { kind: h.kind, title: h.title, url: format!("{base}{}", h.url) })
                .collect();
            axum::Json(list).into_response()
        }
        Err(e) => ApiError(e).into_response(),
    };
    res.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
