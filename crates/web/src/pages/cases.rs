//! E-mail cases for agents (list, case page with reply, note, status and
//! assignment) and inboxes for admins.

use crate::AppState;
use crate::error::{PageError, classify};
use crate::extract::{FormInput, Staff};
use crate::findings::{self, Maskable, Segment};
use crate::i18n::Tr;
use crate::markdown::clean_mail_html;
use crate::pages::{SensitiveAsk, Shell, confirmed, form_message, render};
use app::AppError;
use app::cases::{AttachmentInfo, CaseMessageRow, CaseRow, InboxRow};
use app::sensitive::Mask;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::cases::CaseStatus;
use domain::{CaseId, GroupId, UserId};

pub struct CaseItem {
    pub id: i64,
    pub number: i64,
    pub subject: String,
    pub status: &'static str,
    pub status_label: String,
    pub customer: String,
    pub last: String,
    pub group: String,
}

fn item(staff: &Staff, zone: &jiff::tz::TimeZone, c: &CaseRow, groups: &[(i64, String)]) -> CaseItem {
    CaseItem {
        id: c.id,
        number: c.number,
        subject: c.subject.clone(),
        status: c.status().as_str(),
        status_label: staff.tr.tk("case-status-", c.status().as_str(), ""),
        customer: c.customer_name.clone().or_else(|| c.customer_email.clone()).unwrap_or_default(),
        last: domain::Timestamp(c.last_message_at).format_in(zone),
        group: c
            .group_id
            .and_then(|g| groups.iter().find(|(id, _)| *id == g).map(|(_, name)| name.clone()))
            .unwrap_or_default(),
    }
}

/// The organisation's groups as (id, name), for menus and labels.
async fn group_names(state: &AppState, staff: &Staff) -> Result<Vec<(i64, String)>, AppError> {
    Ok(state.app.groups(&staff.principal).await?.into_iter().map(|g| (g.id, g.name)).collect())
}

#[derive(Template)]
#[template(path = "cases.html")]
struct ListPage {
    shell: Shell,
    cases: Vec<CaseItem>,
    filter: String,
    statuses: Vec<(&'static str, String)>,
    mine: bool,
    tag: String,
    groups: Vec<(i64, String)>,
    /// `mine`, a group id, or empty.
    group: String,
}

#[derive(serde::Deserialize)]
pub struct ListQuery {
    status: Option<String>,
    /// `me`: only cases assigned to the signed-in staff member.
    assignee: Option<String>,
    tag: Option<String>,
    /// `mine`: cases routed to the signed-in member's groups; or a group id.
    group: Option<String>,
}

pub async fn list(State(state): State<AppState>, staff: Staff, Query(q): Query<ListQuery>) -> Response {
    let status = match q.status.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => match s.parse::<CaseStatus>() {
            Ok(s) => Some(s),
            Err(e) => return PageError::new(e.into(), staff.tr.0).into_response(),
        },
    };
    let mine = q.assignee.as_deref() == Some("me");
    let tag = q.tag.clone().map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty());
    let group = q.group.as_deref().map(str::trim).unwrap_or_default().to_owned();
    let filter = app::cases::CaseFilter {
        status,
        assignee: mine.then_some(staff.principal.user.id),
        inbox: None,
        tag: tag.clone(),
        group: group.parse().ok().map(GroupId),
        groups_of: (group == "mine").then_some(staff.principal.user.id),
    };
    let loaded = async {
        let org = state.app.organisation(&staff.principal).await?;
        let groups = group_names(&state, &staff).await?;
        Ok::<_, AppError>((org, groups, state.app.case_list(&staff.principal, &filter).await?))
    }
    .await;
    match loaded {
        Ok((org, groups, cases)) => {
            let zone = org.time_zone.zone();
            let page = ListPage {
                shell: Shell::new(&state, &staff, "cases").await,
                cases: cases.iter().map(|c| item(&staff, &zone, c, &groups)).collect(),
                filter: status.map_or("", CaseStatus::as_str).to_owned(),
                statuses: CaseStatus::ALL
                    .iter()
                    .map(|s| (s.as_str(), staff.tr.tk("case-status-", s.as_str(), "")))
                    .collect(),
                mine,
                tag: tag.unwrap_or_default(),
                groups,
                group,
            };
            render(&page, StatusCode::OK)
        }
        Err(e) => PageError::new(e, staff.tr.0).into_response(),
    }
}

pub struct MessageItem {
    pub id: i64,
    pub direction: String,
    pub from: String,
    pub reply_to: String,
    /// The subject and text, cut at the stored findings (highlighted).
    pub subject: Vec<Segment>,
    pub text: Vec<Segment>,
    pub html: String,
    pub at: String,
    pub automatic: bool,
    pub files: Vec<FileItem>,
    /// The findings staff can mask, and where.
    pub findings: Vec<Maskable>,
    pub mask_action: String,
}

pub struct FileItem {
    pub id: i64,
    pub name: String,
    pub size: i64,
    pub findings: Vec<Maskable>,
    pub mask_action: String,
}

fn message_item(tr: Tr, zone: &jiff::tz::TimeZone, m: &CaseMessageRow, attachments: &[AttachmentInfo]) -> MessageItem {
    // A case message's findings are spans of its subject and text with a newline between.
    let stored = findings::parse(&m.findings);
    let scanned = format!("{}\n{}", m.subject, m.body_text);
    MessageItem {
        id: m.id,
        direction: m.direction.clone(),
        from: match (&m.from_name, &m.from_address) {
            (Some(n), Some(a)) => format!("{n} <{a}>"),
            (Some(n), None) => n.clone(),
            (None, Some(a)) => a.clone(),
            (None, None) => String::new(),
        },
        reply_to: m.reply_to.clone().filter(|r| Some(r) != m.from_address.as_ref()).unwrap_or_default(),
        subject: if m.subject.is_empty() { Vec::new() } else { findings::segments(tr, &m.subject, 0, &stored) },
        text: findings::segments(tr, &m.body_text, m.subject.len() + 1, &stored),
        html: m.body_html.as_deref().map(clean_mail_html).unwrap_or_default(),
        at: domain::Timestamp(m.created_at).format_in(zone),
        automatic: m.automatic,
        files: attachments
            .iter()
            .filter(|a| a.case_message_id == m.id)
            .map(|a| FileItem {
                id: a.id,
                name: a.file_name.clone(),
                size: a.size_bytes,
                findings: findings::maskable(
                    tr,
                    &a.file_name,
                    &findings::parse(&app::sensitive::findings_json(&a.file_name)),
                ),
                mask_action: format!("/cases/{}/attachments/{}/mask", m.case_id, a.id),
            })
            .collect(),
        findings: findings::maskable(tr, &scanned, &stored),
        mask_action: format!("/cases/{}/messages/{}/mask", m.case_id, m.id),
    }
}

#[derive(Template)]
#[template(path = "case.html")]
struct CasePage {
    shell: Shell,
    case: CaseItem,
    inbox: String,
    customer_email: String,
    assignee: i64,
    colleagues: Vec<(i64, String)>,
    group: i64,
    groups: Vec<(i64, String)>,
    messages: Vec<MessageItem>,
    failed: usize,
    statuses: Vec<(&'static str, String)>,
    error: Option<String>,
    /// Saved replies (shared with chat): (id, title).
    replies: Vec<(i64, String)>,
    /// The reply box's text: a chosen saved reply, or what was typed before an error.
    draft: String,
    /// The note box's text, kept after an error.
    note_draft: String,
    /// The reply was to close the case (kept after an error).
    close_after: bool,
    /// The reply or note asks before sending sensitive data.
    sensitive: Option<SensitiveAsk>,
    tags: Vec<String>,
    /// Guides that match the case's text: (id, title, internal).
    guides: Vec<(i64, String, bool)>,
}

async fn case_page(state: &AppState, staff: &Staff, id: CaseId, error: Option<String>, status: StatusCode) -> Response {
    case_page_with(state, staff, id, error, status, Start::Empty).await
}

/// What the reply and note boxes start from.
enum Start {
    Empty,
    SavedReply(i64),
    Guide(i64),
    /// What was typed in a form that was refused, shown again.
    Kept(Kept),
}

/// A refused reply or note: its text, and what the refusal asks.
struct Kept {
    form: &'static str,
    text: String,
    close_after: bool,
    sensitive: Option<SensitiveAsk>,
}

async fn case_page_with(
    state: &AppState,
    staff: &Staff,
    id: CaseId,
    error: Option<String>,
    status: StatusCode,
    start: Start,
) -> Response {
    let p = &staff.principal;
    let loaded = async {
        let org = state.app.organisation(p).await?;
        let view = state.app.case_view(p, id).await?;
        let mut colleagues: Vec<(i64, String)> =
            state.app.colleagues(p).await?.into_iter().map(|(id, n)| (id.0, n)).collect();
        colleagues.insert(0, (p.user.id.0, p.user.display_name.clone()));
        let replies = state.app.saved_replies(p).await?;
        let groups = group_names(state, staff).await?;
        // Suggestions from what the customer wrote (the subject and incoming mail).
        let text: String = std::iter::once(view.case.subject.as_str())
            .chain(view.messages.iter().filter(|m| m.direction == "in").map(|m| m.body_text.as_str()))
            .collect::<Vec<_>>()
            .join("\n");
        let guides = state.app.suggest_guides(p, &text).await?;
        let chosen = match &start {
            Start::Guide(g) => Some(state.app.staff_guide(p, *g).await?.0.body),
            _ => None,
        };
        Ok::<_, AppError>((org, view, colleagues, replies, groups, guides, chosen))
    }
    .await;
    let (org, view, colleagues, saved, groups, guides, chosen) = match loaded {
        Ok(v) => v,
        Err(e) => return PageError::new(e, staff.tr.0).into_response(),
    };
    let zone = org.time_zone.zone();
    let messages = view.messages.iter().map(|m| message_item(staff.tr, &zone, m, &view.attachments)).collect();
    let (draft, note_draft, close_after, sensitive) = match start {
        Start::SavedReply(t) => {
            (saved.iter().find(|(id, _, _)| *id == t).map(|(_, _, body)| body.clone()), None, false, None)
        }
        Start::Guide(_) => (chosen, None, false, None),
        Start::Kept(k) if k.form == "note" => (None, Some(k.text), false, k.sensitive),
        Start::Kept(k) => (Some(k.text), None, k.close_after, k.sensitive),
        Start::Empty => (None, None, false, None),
    };
    let page = CasePage {
        shell: Shell::new(state, staff, "cases").await,
        case: item(staff, &zone, &view.case, &groups),
        group: view.case.group_id.unwrap_or_default(),
        groups,
        inbox: view.inbox.map(|i| i.address).unwrap_or_default(),
        customer_email: view.case.customer_email.clone().unwrap_or_default(),
        assignee: view.case.assignee_id.unwrap_or_default(),
        colleagues,
        messages,
        failed: view.failed_mail.len(),
        statuses: CaseStatus::ALL.iter().map(|s| (s.as_str(), staff.tr.tk("case-status-", s.as_str(), ""))).collect(),
        error,
        draft: draft.unwrap_or_default(),
        note_draft: note_draft.unwrap_or_default(),
        close_after,
        sensitive,
        replies: saved.into_iter().map(|(id, title, _)| (id, title)).collect(),
        tags: view.tags,
        guides: guides.into_iter().map(|g| (g.id, g.title, g.visibility == "internal")).collect(),
    };
    render(&page, status)
}

#[derive(serde::Deserialize)]
pub struct ViewQuery {
    /// A saved reply to start the answer from.
    template: Option<i64>,
    /// A guide whose text starts the answer.
    guide: Option<i64>,
}

pub async fn view(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    Query(q): Query<ViewQuery>,
) -> Response {
    let start = match (q.template, q.guide) {
        (Some(t), _) => Start::SavedReply(t),
        (None, Some(g)) => Start::Guide(g),
        (None, None) => Start::Empty,
    };
    case_page_with(&state, &staff, CaseId(id), None, StatusCode::OK, start).await
}

async fn done(state: &AppState, staff: &Staff, id: i64, result: Result<(), AppError>) -> Response {
    match result {
        Ok(()) => Redirect::to(&format!("/cases/{id}")).into_response(),
        Err(e @ (AppError::Forbidden | AppError::NotFound)) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => {
            let (status, _) = classify(&e);
            case_page(state, staff, CaseId(id), Some(form_message(staff.tr, &e)), status).await
        }
    }
}

#[derive(serde::Deserialize)]
pub struct ReplyForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    then: String,
    /// Present when the staff member confirmed sending the sensitive data found.
    confirm_sensitive: Option<String>,
}

pub async fn reply(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<ReplyForm>,
) -> Response {
    let then = if form.then == "closed" { CaseStatus::Closed } else { CaseStatus::Waiting };
    let confirmed = confirmed(&form.confirm_sensitive);
    let result = state.app.reply_to_case(&staff.principal, CaseId(id), &form.body, then, confirmed).await;
    composed(&state, &staff, id, "reply", form, result).await
}

pub async fn note(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<ReplyForm>,
) -> Response {
    let confirmed = confirmed(&form.confirm_sensitive);
    let result = state.app.add_case_note(&staff.principal, CaseId(id), &form.body, confirmed).await;
    composed(&state, &staff, id, "note", form, result).await
}

/// After a reply or note: back to the case, or the case with the text kept and what
/// the refusal says (a question about sensitive data beside the form it is about).
async fn composed(
    state: &AppState,
    staff: &Staff,
    id: i64,
    form_name: &'static str,
    form: ReplyForm,
    result: Result<(), AppError>,
) -> Response {
    match result {
        Err(e @ (AppError::Forbidden | AppError::NotFound)) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => {
            let sensitive = SensitiveAsk::from_error(staff.tr, form_name, &e);
            let error = sensitive.is_none().then(|| form_message(staff.tr, &e));
            let kept = Kept { form: form_name, text: form.body, close_after: form.then == "closed", sensitive };
            case_page_with(state, staff, CaseId(id), error, classify(&e).0, Start::Kept(kept)).await
        }
        ok => done(state, staff, id, ok).await,
    }
}

#[derive(serde::Deserialize)]
pub struct MaskForm {
    /// The finding's byte span, as the page listed it; or `all`.
    start: Option<usize>,
    end: Option<usize>,
    all: Option<String>,
}

impl MaskForm {
    fn mask(&self) -> Result<Mask, AppError> {
        findings::mask_choice(self.all.is_some(), self.start, self.end)
    }
}

/// Masks a finding (or all) in a message or note of the case.
pub async fn mask_message(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, message)): Path<(i64, i64)>,
    FormInput(form): FormInput<MaskForm>,
) -> Response {
    let result = async { state.app.mask_case_message(&staff.principal, CaseId(id), message, form.mask()?).await }.await;
    done(&state, &staff, id, result.map(|_| ())).await
}

/// Masks a finding (or all) in the name of a file received with the case.
pub async fn mask_attachment(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, attachment)): Path<(i64, i64)>,
    FormInput(form): FormInput<MaskForm>,
) -> Response {
    let result =
        async { state.app.mask_case_attachment(&staff.principal, CaseId(id), attachment, form.mask()?).await }.await;
    done(&state, &staff, id, result.map(|_| ())).await
}

#[derive(serde::Deserialize)]
pub struct TagsForm {
    #[serde(default)]
    tags: String,
}

pub async fn tags(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<TagsForm>,
) -> Response {
    let result = state.app.set_case_tags(&staff.principal, CaseId(id), &form.tags).await;
    done(&state, &staff, id, result).await
}

#[derive(serde::Deserialize)]
pub struct CaseForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    assignee: String,
}

pub async fn update(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<CaseForm>,
) -> Response {
    let result = async {
        let status: CaseStatus = form.status.parse()?;
        state.app.set_case_status(&staff.principal, CaseId(id), status).await?;
        let assignee = form.assignee.trim().parse::<i64>().ok().filter(|a| *a > 0).map(UserId);
        state.app.assign_case(&staff.principal, CaseId(id), assignee).await
    }
    .await;
    done(&state, &staff, id, result).await
}

#[derive(serde::Deserialize)]
pub struct GroupForm {
    #[serde(default)]
    group: String,
}

pub async fn route(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<GroupForm>,
) -> Response {
    let group = form.group.trim().parse::<i64>().ok().filter(|g| *g > 0).map(GroupId);
    let result = state.app.route_case(&staff.principal, CaseId(id), group).await;
    done(&state, &staff, id, result).await
}

/// A received file: a download only, never shown inline on Samtal's origin.
pub async fn attachment(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Response {
    match state.app.case_attachment(&staff.principal, id).await {
        Ok((info, content)) => crate::download::attachment(&info.file_name, content),
        Err(e) => PageError::new(e, staff.tr.0).into_response(),
    }
}

pub struct RuleItem {
    pub id: i64,
    pub field: String,
    pub pattern: String,
    pub assignee: String,
    pub group: String,
    pub tag: String,
}

/// A polled IMAP mailbox of an inbox, as admins see it (no host or account names:
/// those live in the operator's configuration).
pub struct PolledItem {
    pub polled: String,
    pub imported: i64,
    pub error: String,
}

#[derive(Template)]
#[template(path = "inboxes.html")]
struct InboxesPage {
    shell: Shell,
    inboxes: Vec<(InboxRow, Vec<RuleItem>, Vec<PolledItem>)>,
    colleagues: Vec<(i64, String)>,
    groups: Vec<(i64, String)>,
    fields: Vec<(&'static str, String)>,
    error: Option<String>,
}

async fn inboxes_page(state: &AppState, staff: &Staff, error: Option<String>) -> Response {
    if let Err(e) = staff.principal.require(app::Capability::ManageOrganisation) {
        return PageError::new(e, staff.tr.0).into_response();
    }
    let p = &staff.principal;
    let loaded = async {
        let mut colleagues: Vec<(i64, String)> =
            state.app.colleagues(p).await?.into_iter().map(|(id, n)| (id.0, n)).collect();
        colleagues.insert(0, (p.user.id.0, p.user.display_name.clone()));
        let groups = group_names(state, staff).await?;
        let zone = state.app.organisation(p).await?.time_zone.zone();
        let polled = state.app.polled_mailboxes(p).await?;
        let mut inboxes = Vec::new();
        for inbox in state.app.inboxes(p).await? {
            let rules = state
                .app
                .inbox_rules(p, domain::InboxId(inbox.id))
                .await?
                .into_iter()
                .map(|r| RuleItem {
                    id: r.id,
                    field: staff.tr.tk("rule-field-", &r.match_field, ""),
                    pattern: r.pattern,
                    assignee: r
                        .assignee_id
                        .and_then(|a| colleagues.iter().find(|(id, _)| *id == a).map(|(_, n)| n.clone()))
                        .unwrap_or_default(),
                    group: r
                        .group_id
                        .and_then(|g| groups.iter().find(|(id, _)| *id == g).map(|(_, n)| n.clone()))
                        .unwrap_or_default(),
                    tag: r.tag.unwrap_or_default(),
                })
                .collect();
            let mailboxes = polled
                .iter()
                .filter(|m| m.inbox_id == inbox.id)
                .map(|m| PolledItem {
                    polled: domain::Timestamp(m.polled_at).format_in(&zone),
                    imported: m.imported,
                    error: m.error_code.as_deref().map(|code| staff.tr.tk("imap-error-", code, "")).unwrap_or_default(),
                })
                .collect();
            inboxes.push((inbox, rules, mailboxes));
        }
        Ok::<_, AppError>((inboxes, colleagues, groups))
    }
    .await;
    match loaded {
        Ok((inboxes, colleagues, groups)) => {
            let status = if error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
            let fields = domain::cases::RuleField::ALL
                .iter()
                .map(|f| (f.as_str(), staff.tr.tk("rule-field-", f.as_str(), "")))
                .collect();
            let page = InboxesPage {
                shell: Shell::new(state, staff, "inboxes").await,
                inboxes,
                colleagues,
                groups,
                fields,
                error,
            };
            render(&page, status)
        }
        Err(e) => PageError::new(e, staff.tr.0).into_response(),
    }
}

pub async fn inboxes(State(state): State<AppState>, staff: Staff) -> Response {
    inboxes_page(&state, &staff, None).await
}

#[derive(serde::Deserialize)]
pub struct InboxForm {
    #[serde(default)]
    address: String,
    #[serde(default)]
    name: String,
}

pub async fn create_inbox(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<InboxForm>,
) -> Response {
    let name = if form.name.trim().is_empty() { form.address.clone() } else { form.name.clone() };
    match state.app.create_inbox(&staff.principal, &form.address, &name).await {
        Ok(_) => Redirect::to("/settings/inboxes").into_response(),
        Err(e @ AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => inboxes_page(&state, &staff, Some(form_message(staff.tr, &e))).await,
    }
}

#[derive(serde::Deserialize)]
pub struct InboxSettingsForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    signature: String,
    auto_reply: Option<String>,
}

pub async fn update_inbox(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<InboxSettingsForm>,
) -> Response {
    let settings =
        app::cases::InboxSettings { name: form.name, signature: form.signature, auto_reply: form.auto_reply.is_some() };
    match state.app.update_inbox(&staff.principal, domain::InboxId(id), &settings).await {
        Ok(()) => Redirect::to("/settings/inboxes").into_response(),
        Err(e @ (AppError::Forbidden | AppError::NotFound)) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => inboxes_page(&state, &staff, Some(form_message(staff.tr, &e))).await,
    }
}

#[derive(serde::Deserialize)]
pub struct RuleForm {
    #[serde(default)]
    field: String,
    #[serde(default)]
    pattern: String,
    #[serde(default)]
    assignee: String,
    #[serde(default)]
    group: String,
    #[serde(default)]
    tag: String,
}

pub async fn add_rule(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<RuleForm>,
) -> Response {
    let action = app::cases::RuleAction {
        assignee: form.assignee.trim().parse::<i64>().ok().filter(|a| *a > 0).map(UserId),
        group: form.group.trim().parse::<i64>().ok().filter(|g| *g > 0).map(GroupId),
        tag: Some(form.tag).filter(|t| !t.trim().is_empty()),
    };
    match state.app.add_inbox_rule(&staff.principal, domain::InboxId(id), &form.field, &form.pattern, &action).await {
        Ok(_) => Redirect::to("/settings/inboxes").into_response(),
        Err(e @ (AppError::Forbidden | AppError::NotFound)) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => inboxes_page(&state, &staff, Some(form_message(staff.tr, &e))).await,
    }
}

pub async fn delete_rule(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Response {
    match state.app.delete_inbox_rule(&staff.principal, id).await {
        Ok(()) => Redirect::to("/settings/inboxes").into_response(),
        Err(e) => PageError::new(e, staff.tr.0).into_response(),
    }
}
