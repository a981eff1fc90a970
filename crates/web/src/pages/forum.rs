//! Forum moderation (agents) and forum settings (admins).

use crate::AppState;
use crate::error::{PageError, classify};
use crate::extract::{FormInput, Staff};
use crate::findings::{self, Maskable};
use crate::markdown;
use crate::pages::auth::render;
use crate::pages::{SensitiveAsk, Shell, confirmed, form_message};
use app::AppError;
use app::forum::CategoryRow;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::forum::{ModerationAction, QuestionSort};
use domain::org::Language;
use domain::{CategoryId, PostId};

/// A post as staff see it: every status, findings and reports.
pub struct StaffPost {
    pub id: i64,
    pub question_id: i64,
    pub title: String,
    pub body: String,
    pub html: String,
    pub author: String,
    pub date: String,
    pub status: &'static str,
    pub status_label: String,
    pub hold_label: String,
    pub official: bool,
    pub accepted: bool,
    pub helpful: i64,
    pub reports: String,
    /// The kinds found, for a line above the post.
    pub findings: String,
    /// The findings staff can mask (in a question's title and text), and where.
    pub maskable: Vec<Maskable>,
    pub mask_action: String,
}

fn staff_post(
    staff: &Staff,
    zone: &jiff::tz::TimeZone,
    post: &app::forum::PostRow,
    accepted: Option<i64>,
) -> StaffPost {
    let tr = staff.tr;
    // A post's findings are spans of a question's title and text with a newline between,
    // or of an answer's text.
    let stored = findings::parse(&post.findings);
    let scanned = match &post.title {
        Some(title) => format!("{title}\n{}", post.body),
        None => post.body.clone(),
    };
    let mut kinds: Vec<&str> = Vec::new();
    for f in &stored {
        if !kinds.contains(&f.code.as_str()) {
            kinds.push(&f.code);
        }
    }
    StaffPost {
        id: post.id,
        question_id: post.thread_id().0,
        title: post.title.clone().unwrap_or_default(),
        body: post.body.clone(),
        html: markdown::render(&post.body),
        author: post.author_name.clone(),
        date: domain::Timestamp(post.created_at).format_in(zone),
        status: post.status().as_str(),
        status_label: tr.tk("forum-status-", post.status().as_str(), ""),
        hold_label: post.hold().map(|h| tr.tk("moderation-hold-", h.as_str(), "")).unwrap_or_default(),
        official: post.official,
        accepted: accepted == Some(post.id),
        helpful: post.helpful_count,
        reports: String::new(),
        findings: findings::kind_list(tr, &kinds),
        maskable: findings::maskable(tr, &scanned, &stored),
        mask_action: format!("/moderation/posts/{}/mask", post.id),
    }
}

fn report_text(staff: &Staff, reports: &[(String, i64)]) -> String {
    reports.iter().map(|(r, n)| format!("{} × {n}", staff.tr.tk("forum-report-", r, ""))).collect::<Vec<_>>().join(", ")
}

#[derive(Template)]
#[template(path = "moderation.html")]
struct QueuePage {
    shell: Shell,
    org_slug: String,
    queue: Vec<StaffPost>,
    unanswered: Vec<StaffPost>,
    actions: Vec<(&'static str, String)>,
}

fn actions(staff: &Staff) -> Vec<(&'static str, String)> {
    ModerationAction::ALL.iter().map(|a| (a.as_str(), staff.tr.tk("moderation-action-", a.as_str(), ""))).collect()
}

pub async fn queue(State(state): State<AppState>, staff: Staff) -> Response {
    let p = &staff.principal;
    let loaded = async {
        let org = state.app.organisation(p).await?;
        let zone = org.time_zone.zone();
        let mut queue = Vec::new();
        for item in state.app.moderation_queue(p).await? {
            let mut post = staff_post(&staff, &zone, &item.post, None);
            post.reports = report_text(&staff, &item.reports);
            if let Some(t) = item.question_title {
                post.title = t;
            }
            queue.push(post);
        }
        let unanswered = match state.app.forum_questions(org.slug.as_str(), None, QuestionSort::Unanswered, 1).await {
            Ok(page) => page.questions.iter().map(|q| staff_post(&staff, &zone, q, None)).collect(),
            Err(AppError::NotFound) => Vec::new(), // the forum module is off
            Err(e) => return Err(e),
        };
        Ok::<_, AppError>((org, queue, unanswered))
    }
    .await;
    match loaded {
        Ok((org, queue, unanswered)) => {
            let page = QueuePage {
                shell: Shell::new(&state, &staff, "moderation").await,
                org_slug: org.slug.to_string(),
                queue,
                unanswered,
                actions: actions(&staff),
            };
            render(&page, StatusCode::OK)
        }
        Err(e) => PageError::new(e, staff.tr.0).into_response(),
    }
}

#[derive(Template)]
#[template(path = "moderation_question.html")]
struct ThreadPage {
    shell: Shell,
    org_slug: String,
    question: StaffPost,
    category_id: i64,
    answers: Vec<StaffPost>,
    categories: Vec<CategoryRow>,
    actions: Vec<(&'static str, String)>,
    error: Option<String>,
    /// The official answer's text, kept after a refusal.
    answer_draft: String,
    /// The official answer asks before publishing sensitive data.
    sensitive: Option<SensitiveAsk>,
}

async fn thread_page(
    state: &AppState,
    staff: &Staff,
    id: PostId,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    thread_page_with(state, staff, id, error, status, String::new(), None).await
}

async fn thread_page_with(
    state: &AppState,
    staff: &Staff,
    id: PostId,
    error: Option<String>,
    status: StatusCode,
    answer_draft: String,
    sensitive: Option<SensitiveAsk>,
) -> Response {
    let p = &staff.principal;
    let loaded = async {
        let org = state.app.organisation(p).await?;
        let thread = state.app.staff_thread(p, id).await?;
        Ok::<_, AppError>((org, thread))
    }
    .await;
    let (org, thread) = match loaded {
        Ok(v) => v,
        Err(e) => return PageError::new(e, staff.tr.0).into_response(),
    };
    let zone = org.time_zone.zone();
    let accepted = thread.question.accepted_answer_id;
    let with_reports = |mut post: StaffPost| {
        if let Some((_, r)) = thread.reports.iter().find(|(pid, _)| *pid == post.id) {
            post.reports = report_text(staff, r);
        }
        post
    };
    let page = ThreadPage {
        shell: Shell::new(state, staff, "moderation").await,
        org_slug: org.slug.to_string(),
        question: with_reports(staff_post(staff, &zone, &thread.question, None)),
        category_id: thread.question.category_id.unwrap_or_default(),
        answers: thread.answers.iter().map(|a| with_reports(staff_post(staff, &zone, a, accepted))).collect(),
        categories: thread.categories,
        actions: actions(staff),
        error,
        answer_draft,
        sensitive,
    };
    render(&page, status)
}

pub async fn question(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Response {
    thread_page(&state, &staff, PostId(id), None, StatusCode::OK).await
}

/// After a staff action: back to the thread, or the thread with the error.
async fn done(state: &AppState, staff: &Staff, question: i64, result: Result<(), AppError>) -> Response {
    match result {
        Ok(()) => Redirect::to(&format!("/moderation/questions/{question}")).into_response(),
        Err(e @ (AppError::Forbidden | AppError::NotFound)) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => {
            let (status, _) = classify(&e);
            thread_page(state, staff, PostId(question), Some(form_message(staff.tr, &e)), status).await
        }
    }
}

#[derive(serde::Deserialize)]
pub struct ModerateForm {
    #[serde(default)]
    action: String,
    /// The question to return to (0: the queue).
    #[serde(default)]
    question: i64,
}

pub async fn moderate(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<ModerateForm>,
) -> Response {
    let result = match form.action.parse::<ModerationAction>() {
        Ok(action) => state.app.moderate_post(&staff.principal, PostId(id), action).await,
        Err(e) => Err(e.into()),
    };
    // A deleted question has no page to return to.
    let deleted_question = form.action == "delete" && form.question == id;
    if form.question == 0 || (deleted_question && result.is_ok()) {
        return match result {
            Ok(()) => Redirect::to("/moderation").into_response(),
            Err(e) => PageError::new(e, staff.tr.0).into_response(),
        };
    }
    done(&state, &staff, form.question, result).await
}

#[derive(serde::Deserialize)]
pub struct EditForm {
    title: Option<String>,
    #[serde(default)]
    body: String,
    #[serde(default)]
    question: i64,
}

pub async fn edit(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<EditForm>,
) -> Response {
    let result = state.app.staff_edit_post(&staff.principal, PostId(id), form.title.as_deref(), &form.body).await;
    done(&state, &staff, form.question, result).await
}

#[derive(serde::Deserialize)]
pub struct QuestionForm {
    #[serde(default)]
    question: i64,
}

pub async fn dismiss(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<QuestionForm>,
) -> Response {
    let result = state.app.dismiss_reports(&staff.principal, PostId(id)).await;
    if form.question == 0 {
        return match result {
            Ok(()) => Redirect::to("/moderation").into_response(),
            Err(e) => PageError::new(e, staff.tr.0).into_response(),
        };
    }
    done(&state, &staff, form.question, result).await
}

#[derive(serde::Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    category: i64,
}

pub async fn move_question(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<MoveForm>,
) -> Response {
    let result = state.app.staff_move_question(&staff.principal, PostId(id), CategoryId(form.category)).await;
    done(&state, &staff, id, result).await
}

#[derive(serde::Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    answer: String,
}

pub async fn accept(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<AcceptForm>,
) -> Response {
    let answer = form.answer.trim().parse().ok().map(PostId);
    let result = state.app.accept_answer(&staff.principal, PostId(id), answer).await;
    done(&state, &staff, id, result).await
}

#[derive(serde::Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    body: String,
    /// Present when the staff member confirmed publishing the sensitive data found.
    confirm_sensitive: Option<String>,
}

pub async fn answer(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<AnswerForm>,
) -> Response {
    let confirmed = confirmed(&form.confirm_sensitive);
    match state.app.staff_answer(&staff.principal, PostId(id), &form.body, confirmed).await {
        Err(e @ (AppError::Forbidden | AppError::NotFound)) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => {
            // The text stays in the form, with the question about sensitive data or the error.
            let sensitive = SensitiveAsk::from_error(staff.tr, "answer", &e);
            let error = sensitive.is_none().then(|| form_message(staff.tr, &e));
            thread_page_with(&state, &staff, PostId(id), error, classify(&e).0, form.body, sensitive).await
        }
        Ok(_) => done(&state, &staff, id, Ok(())).await,
    }
}

#[derive(serde::Deserialize)]
pub struct MaskForm {
    /// The finding's byte span, as the page listed it; or `all`.
    start: Option<usize>,
    end: Option<usize>,
    all: Option<String>,
    /// The question to return to (0: the queue).
    #[serde(default)]
    question: i64,
}

/// Masks a finding (or all) in a post; the search index follows.
pub async fn mask(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<MaskForm>,
) -> Response {
    let result = async {
        state
            .app
            .mask_forum_post(
                &staff.principal,
                PostId(id),
                findings::mask_choice(form.all.is_some(), form.start, form.end)?,
            )
            .await
    }
    .await;
    let result = result.map(|_| ());
    if form.question == 0 {
        return match result {
            Ok(()) => Redirect::to("/moderation").into_response(),
            Err(e) => PageError::new(e, staff.tr.0).into_response(),
        };
    }
    done(&state, &staff, form.question, result).await
}

// ---- Settings (admin) ----

pub struct NoticeRow {
    pub language: &'static str,
    pub version: i64,
    pub body: String,
}

#[derive(Template)]
#[template(path = "forum_settings.html")]
struct SettingsPage {
    shell: Shell,
    org_slug: String,
    moderation: &'static str,
    blocked_words: String,
    categories: Vec<CategoryRow>,
    notices: Vec<NoticeRow>,
    error: Option<String>,
    saved: Option<String>,
}

async fn settings_page(state: &AppState, staff: &Staff, error: Option<String>, saved: Option<String>) -> Response {
    let p = &staff.principal;
    let loaded = async { Ok::<_, AppError>((state.app.organisation(p).await?, state.app.forum_admin(p).await?)) }.await;
    let (org, admin) = match loaded {
        Ok(v) => v,
        Err(e) => return PageError::new(e, staff.tr.0).into_response(),
    };
    let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let page = SettingsPage {
        shell: Shell::new(state, staff, "forum-settings").await,
        org_slug: org.slug.to_string(),
        moderation: admin.settings.moderation.as_str(),
        blocked_words: admin.settings.blocked_words.join("\n"),
        categories: admin.categories,
        notices: admin
            .notices
            .into_iter()
            .map(|(l, n)| NoticeRow { language: l.as_str(), version: n.version, body: n.body })
            .collect(),
        error,
        saved,
    };
    render(&page, status)
}

pub async fn settings(State(state): State<AppState>, staff: Staff) -> Response {
    settings_page(&state, &staff, None, None).await
}

async fn settings_done(state: &AppState, staff: &Staff, result: Result<(), AppError>) -> Response {
    match result {
        Ok(()) => settings_page(state, staff, None, Some(staff.tr.t("saved"))).await,
        Err(e @ AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => settings_page(state, staff, Some(form_message(staff.tr, &e)), None).await,
    }
}

#[derive(serde::Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    moderation: String,
    #[serde(default)]
    blocked_words: String,
}

pub async fn save_settings(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<SettingsForm>,
) -> Response {
    let result = state.app.save_forum_settings(&staff.principal, &form.moderation, &form.blocked_words).await;
    settings_done(&state, &staff, result).await
}

#[derive(serde::Deserialize)]
pub struct CategoryForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
}

pub async fn create_category(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<CategoryForm>,
) -> Response {
    let result = state.app.create_category(&staff.principal, &form.name, &form.description).await.map(|_| ());
    settings_done(&state, &staff, result).await
}

#[derive(serde::Deserialize)]
pub struct NoticeForm {
    #[serde(default)]
    language: String,
    #[serde(default)]
    body: String,
}

pub async fn publish_notice(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<NoticeForm>,
) -> Response {
    let result = match form.language.parse::<Language>() {
        Ok(language) => state.app.publish_forum_notice(&staff.principal, language, &form.body).await.map(|_| ()),
        Err(e) => Err(e.into()),
    };
    settings_done(&state, &staff, result).await
}
