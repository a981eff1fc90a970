//! The knowledge base for staff: the list of guides (drafts too), the editor with its
//! revision history and reader statistics, publishing, categories and image uploads.

use crate::AppState;
use crate::error::{PageError, classify};
use crate::extract::{FormInput, Staff};
use crate::pages::{SensitiveAsk, Shell, confirmed, form_message, render};
use app::AppError;
use app::guides::GuideInput;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::guides::{GuideStatus, Visibility};

pub struct GuideLine {
    pub id: i64,
    pub title: String,
    pub category: String,
    pub visibility: String,
    pub status: String,
    pub helpful: i64,
    pub not_helpful: i64,
}

#[derive(Template)]
#[template(path = "guides.html")]
struct GuidesPage {
    shell: Shell,
    guides: Vec<GuideLine>,
    categories: Vec<(i64, String)>,
    can_manage: bool,
    slug: String,
    error: Option<String>,
    /// The Markdown to paste for an image just uploaded.
    image_markdown: Option<String>,
    // The new-guide form's fields (shared with the editor).
    title: String,
    body: String,
    /// 0: none.
    category: i64,
    visibility: String,
    /// The new guide asks before storing personal identifiers.
    sensitive: Option<SensitiveAsk>,
}

async fn list_page(state: &AppState, staff: &Staff, error: Option<String>, image: Option<i64>) -> Response {
    list_page_with(state, staff, error, image, None).await
}

/// The list with the new-guide form filled in again after a refusal.
async fn list_page_with(
    state: &AppState,
    staff: &Staff,
    error: Option<String>,
    image: Option<i64>,
    kept: Option<(GuideForm, Option<SensitiveAsk>)>,
) -> Response {
    let tr = staff.tr;
    let loaded = async {
        let org = state.app.organisation(&staff.principal).await?;
        let categories = state.app.kb_categories(&staff.principal).await?;
        Ok::<_, AppError>((org, categories, state.app.all_guides(&staff.principal).await?))
    }
    .await;
    let (org, categories, guides) = match loaded {
        Ok(v) => v,
        Err(e) => return PageError::new(e, tr.0).into_response(),
    };
    let name_of =
        |id: Option<i64>| categories.iter().find(|c| Some(c.id) == id).map(|c| c.name.clone()).unwrap_or_default();
    let mut page = GuidesPage {
        guides: guides
            .iter()
            .map(|g| GuideLine {
                id: g.id,
                title: g.title.clone(),
                category: name_of(g.category_id),
                visibility: tr.tk("guide-visibility-", &g.visibility, ""),
                status: tr.tk("guide-status-", &g.status, ""),
                helpful: g.helpful,
                not_helpful: g.not_helpful,
            })
            .collect(),
        categories: categories.iter().map(|c| (c.id, c.name.clone())).collect(),
        can_manage: staff.principal.can(app::Capability::ManageOrganisation),
        image_markdown: image
            .map(|id| format!("![{}](/help/{}/images/{id})", tr.t("guide-image-alt"), org.slug.as_str())),
        slug: org.slug.to_string(),
        shell: Shell::new(state, staff, "guides").await,
        error,
        title: String::new(),
        body: String::new(),
        category: 0,
        visibility: "public".into(),
        sensitive: None,
    };
    if let Some((form, sensitive)) = kept {
        (page.title, page.body, page.category, page.visibility) = form.fields();
        page.sensitive = sensitive;
    }
    let status = if page.error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    render(&page, status)
}

pub async fn list(State(state): State<AppState>, staff: Staff) -> Response {
    list_page(&state, &staff, None, None).await
}

#[derive(serde::Deserialize)]
pub struct GuideForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    visibility: String,
    /// Present when the staff member confirmed storing the identifiers found.
    confirm_sensitive: Option<String>,
}

impl GuideForm {
    /// The fields as typed, to show again after a refusal: title, body, category (0: none),
    /// visibility.
    fn fields(self) -> (String, String, i64, String) {
        (self.title, self.body, self.category.trim().parse().unwrap_or(0), self.visibility)
    }

    fn input(&self) -> Result<GuideInput<'_>, AppError> {
        Ok(GuideInput {
            category: match self.category.trim() {
                "" => None,
                c => Some(c.parse().map_err(|_| domain::Invalid::new("category", domain::InvalidReason::Unknown))?),
            },
            title: &self.title,
            body: &self.body,
            visibility: self.visibility.parse::<Visibility>()?,
        })
    }
}

pub async fn create(State(state): State<AppState>, staff: Staff, FormInput(form): FormInput<GuideForm>) -> Response {
    let confirmed = confirmed(&form.confirm_sensitive);
    let result = async { state.app.create_guide(&staff.principal, &form.input()?, confirmed).await }.await;
    match result {
        Ok(id) => Redirect::to(&format!("/guides/{id}")).into_response(),
        Err(e @ AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => {
            let sensitive = SensitiveAsk::from_error(staff.tr, "guide", &e);
            let error = sensitive.is_none().then(|| form_message(staff.tr, &e));
            let mut res = list_page_with(&state, &staff, error, None, Some((form, sensitive))).await;
            *res.status_mut() = classify(&e).0;
            res
        }
    }
}

#[derive(serde::Deserialize)]
pub struct CategoryForm {
    #[serde(default)]
    name: String,
}

pub async fn create_category(
    State(state): State<AppState>,
    staff: Staff,
    FormInput(form): FormInput<CategoryForm>,
) -> Response {
    match state.app.create_kb_category(&staff.principal, &form.name).await {
        Ok(_) => Redirect::to("/guides").into_response(),
        Err(e @ AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => list_page(&state, &staff, Some(form_message(staff.tr, &e)), None).await,
    }
}

/// An image from the upload form: re-encoded, then its Markdown is shown to paste.
pub async fn upload_image(State(state): State<AppState>, staff: Staff, mut form: Multipart) -> Response {
    let mut bytes = Vec::new();
    let mut too_large = false;
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some("image") {
            match field.bytes().await {
                Ok(b) => bytes = b.to_vec(),
                Err(_) => {
                    too_large = true;
                    break;
                }
            }
        }
    }
    let result = if too_large {
        let max = app::guides::IMAGE_MAX_BYTES;
        Err(domain::Invalid::new("image", domain::InvalidReason::TooLong { max }).into())
    } else {
        state.app.upload_guide_image(&staff.principal, &bytes).await
    };
    match result {
        Ok(id) => list_page(&state, &staff, None, Some(id)).await,
        Err(e @ AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => list_page(&state, &staff, Some(form_message(staff.tr, &e)), None).await,
    }
}

pub struct RevisionLine {
    pub revision: i64,
    pub title: String,
    pub at: String,
}

#[derive(Template)]
#[template(path = "guide_edit.html")]
struct EditPage {
    shell: Shell,
    id: i64,
    title: String,
    body: String,
    /// 0: none.
    category: i64,
    visibility: String,
    published: bool,
    public_url: Option<String>,
    categories: Vec<(i64, String)>,
    revisions: Vec<RevisionLine>,
    helpful: i64,
    not_helpful: i64,
    comments: Vec<(bool, String, String)>,
    error: Option<String>,
    /// Saving (`guide`) or publishing (`publish`) asks before storing or showing identifiers.
    sensitive: Option<SensitiveAsk>,
}

async fn edit_page(state: &AppState, staff: &Staff, id: i64, error: Option<String>) -> Response {
    edit_page_with(state, staff, id, error, None, None).await
}

/// The editor, with the fields as typed after a refused save, and a question about
/// sensitive data when saving or publishing asked one.
async fn edit_page_with(
    state: &AppState,
    staff: &Staff,
    id: i64,
    error: Option<String>,
    kept: Option<GuideForm>,
    sensitive: Option<SensitiveAsk>,
) -> Response {
    let tr = staff.tr;
    let loaded = async {
        let org = state.app.organisation(&staff.principal).await?;
        let categories = state.app.kb_categories(&staff.principal).await?;
        Ok::<_, AppError>((org, categories, state.app.staff_guide(&staff.principal, id).await?))
    }
    .await;
    let (org, categories, (guide, revisions, stats)) = match loaded {
        Ok(v) => v,
        Err(e) => return PageError::new(e, tr.0).into_response(),
    };
    let zone = org.time_zone.zone();
    let published = guide.status == GuideStatus::Published.as_str();
    let mut page = EditPage {
        shell: Shell::new(state, staff, "guides").await,
        id: guide.id,
        public_url: (published && guide.visibility == "public")
            .then(|| format!("/help/{}/guides/{}", org.slug.as_str(), guide.slug)),
        title: guide.title,
        body: guide.body,
        category: guide.category_id.unwrap_or(0),
        visibility: guide.visibility,
        published,
        categories: categories.into_iter().map(|c| (c.id, c.name)).collect(),
        revisions: revisions
            .into_iter()
            .map(|r| RevisionLine {
                revision: r.revision,
                title: r.title,
                at: domain::Timestamp(r.created_at).format_in(&zone),
            })
            .collect(),
        helpful: stats.helpful,
        not_helpful: stats.not_helpful,
        comments: stats
            .comments
            .into_iter()
            .filter_map(|f| f.comment.map(|c| (f.helpful, c, domain::Timestamp(f.created_at).format_in(&zone))))
            .collect(),
        error,
        sensitive,
    };
    if let Some(form) = kept {
        (page.title, page.body, page.category, page.visibility) = form.fields();
    }
    let status = if page.error.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    render(&page, status)
}

pub async fn edit(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Response {
    edit_page(&state, &staff, id, None).await
}

pub async fn save(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<GuideForm>,
) -> Response {
    let confirmed = confirmed(&form.confirm_sensitive);
    let result = async { state.app.update_guide(&staff.principal, id, &form.input()?, confirmed).await }.await;
    match result {
        Ok(_) => Redirect::to(&format!("/guides/{id}")).into_response(),
        Err(e @ (AppError::Forbidden | AppError::NotFound)) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => {
            let sensitive = SensitiveAsk::from_error(staff.tr, "guide", &e);
            let error = sensitive.is_none().then(|| form_message(staff.tr, &e));
            let mut res = edit_page_with(&state, &staff, id, error, Some(form), sensitive).await;
            *res.status_mut() = classify(&e).0;
            res
        }
    }
}

#[derive(serde::Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
    /// Present when the staff member confirmed publishing the identifiers found.
    confirm_sensitive: Option<String>,
}

pub async fn set_status(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
    FormInput(form): FormInput<StatusForm>,
) -> Response {
    let confirmed = confirmed(&form.confirm_sensitive);
    let result =
        async { state.app.set_guide_status(&staff.principal, id, form.status.parse()?, confirmed).await }.await;
    match result {
        Ok(()) => Redirect::to(&format!("/guides/{id}")).into_response(),
        Err(e) => match SensitiveAsk::from_error(staff.tr, "publish", &e) {
            Some(sensitive) => {
                let mut res = edit_page_with(&state, &staff, id, None, None, Some(sensitive)).await;
                *res.status_mut() = classify(&e).0;
                res
            }
            None => PageError::new(e, staff.tr.0).into_response(),
        },
    }
}

pub async fn delete(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Response {
    match state.app.delete_guide(&staff.principal, id).await {
        Ok(()) => Redirect::to("/guides").into_response(),
        Err(e) => PageError::new(e, staff.tr.0).into_response(),
    }
}
