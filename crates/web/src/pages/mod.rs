//! The server-rendered staff UI: sign-in, start page, settings, audit log.

mod audit;
mod auth;
mod cases;
mod flows;
mod forum;
mod groups;
mod guides;
mod home;
mod inbox;
mod people;
mod privacy;
mod record;
mod reports;
mod requests;
mod retention;
mod settings;

pub use auth::render;

use crate::AppState;
use crate::extract::Staff;
use crate::i18n::Tr;
use app::Capability;
use axum::Router;
use axum::routing::{get, post};
use domain::Invalid;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home::start))
        .route("/login", get(auth::login_form).post(auth::login))
        .route("/logout", post(auth::logout))
        .route("/language", post(auth::set_language))
        .route("/account/password", get(auth::password_form).post(auth::change_password))
        .route("/settings/organisation", get(settings::organisation).post(settings::save_organisation))
        .route("/settings/modules", post(settings::save_modules))
        .route("/settings/users", get(settings::users).post(settings::create_user))
        .route("/settings/users/{id}/role", post(settings::change_role))
        .route("/settings/users/{id}/active", post(settings::change_active))
        .route("/settings/tokens", get(settings::tokens).post(settings::create_token))
        .route("/settings/tokens/{id}/revoke", post(settings::revoke_token))
        .route("/inbox", get(inbox::inbox))
        .route("/guides", get(guides::list).post(guides::create))
        .route("/guides/categories", post(guides::create_category))
        .route(
            "/guides/images",
            post(guides::upload_image)
                .layer(axum::extract::DefaultBodyLimit::max(app::guides::IMAGE_MAX_BYTES + 64 * 1024)),
        )
        .route("/guides/{id}", get(guides::edit).post(guides::save))
        .route("/guides/{id}/status", post(guides::set_status))
        .route("/guides/{id}/delete", post(guides::delete))
        .route("/settings/flows", get(flows::list).post(flows::create))
        .route("/settings/flows/{id}", post(flows::save))
        .route("/settings/flows/{id}/agents", post(flows::agents))
        .route("/settings/flows/{id}/notice", post(flows::notice))
        .route("/settings/replies", post(flows::add_reply))
        .route("/cases", get(cases::list))
        .route("/cases/{id}", get(cases::view))
        .route("/cases/{id}/reply", post(cases::reply))
        .route("/cases/{id}/note", post(cases::note))
        .route("/cases/{id}/update", post(cases::update))
        .route("/cases/{id}/tags", post(cases::tags))
        .route("/cases/attachments/{id}", get(cases::attachment))
        .route("/cases/{id}/messages/{message}/mask", post(cases::mask_message))
        .route("/cases/{id}/attachments/{attachment}/mask", post(cases::mask_attachment))
        .route("/settings/inboxes", get(cases::inboxes).post(cases::create_inbox))
        .route("/settings/inboxes/{id}", post(cases::update_inbox))
        .route("/settings/inboxes/{id}/rules", post(cases::add_rule))
        .route("/settings/inbox-rules/{id}/delete", post(cases::delete_rule))
        .route("/cases/{id}/group", post(cases::route))
        .route("/settings/groups", get(groups::list).post(groups::create))
        .route("/people", get(people::form).post(people::search))
        .route("/people/erase", post(people::erase))
        .route("/people/export", post(people::export))
        .route("/record", get(record::show))
        .route("/record/{format}", get(record::download))
        .route("/settings/privacy", get(privacy::show).post(privacy::save_profile))
        .route("/settings/privacy/purposes/{module}", post(privacy::save_purpose))
        .route("/settings/privacy/processors", post(privacy::add_processor))
        .route("/settings/privacy/processors/{id}/remove", post(privacy::remove_processor))
        .route("/requests", get(requests::list).post(requests::register))
        .route("/requests/{id}/identity", post(requests::identity))
        .route("/requests/{id}/refuse", post(requests::refuse))
        .route("/requests/{id}/extend", post(requests::extend))
        .route("/requests/{id}/complete", post(requests::complete))
        .route("/settings/retention", get(retention::show))
        .route("/settings/retention/rules", post(retention::set_rule))
        .route("/settings/retention/rules/{id}/confirm", post(retention::confirm))
        .route("/settings/retention/legal-bases", post(retention::add_basis))
        .route("/settings/retention/holds", post(retention::place_hold))
        .route("/settings/retention/holds/{id}/release", post(retention::release_hold))
        .route("/settings/groups/{id}/members", post(groups::members))
        .route("/settings/groups/{id}/delete", post(groups::delete))
        .route("/moderation", get(forum::queue))
        .route("/moderation/questions/{id}", get(forum::question))
        .route("/moderation/questions/{id}/move", post(forum::move_question))
        .route("/moderation/questions/{id}/accept", post(forum::accept))
        .route("/moderation/questions/{id}/answer", post(forum::answer))
        .route("/moderation/posts/{id}/moderate", post(forum::moderate))
        .route("/moderation/posts/{id}/edit", post(forum::edit))
        .route("/moderation/posts/{id}/mask", post(forum::mask))
        .route("/moderation/posts/{id}/dismiss", post(forum::dismiss))
        .route("/settings/forum", get(forum::settings).post(forum::save_settings))
        .route("/settings/forum/categories", post(forum::create_category))
        .route("/settings/forum/notice", post(forum::publish_notice))
        .route("/reports", get(reports::start))
        .route("/reports/settings", post(reports::save_settings))
        .route("/reports/{module}", get(reports::show))
        .route("/reports/{module}/{file}", get(reports::download))
        .route("/audit", get(audit::log))
        .route("/audit/verify", post(audit::verify))
}

/// What the page frame needs: language, who is signed in, which links to show.
pub struct Shell {
    pub tr: Tr,
    pub org_name: String,
    pub user_name: String,
    pub role: &'static str,
    pub can_manage: bool,
    pub can_audit: bool,
    pub can_inbox: bool,
    pub can_retain: bool,
    pub can_people: bool,
    pub can_record: bool,
    pub can_reports: bool,
    pub current: &'static str,
}

impl Shell {
    pub async fn new(state: &AppState, staff: &Staff, current: &'static str) -> Self {
        let org_name = state.app.organisation(&staff.principal).await.map(|o| o.name).unwrap_or_default();
        Self {
            tr: staff.tr,
            org_name,
            user_name: staff.principal.user.display_name.clone(),
            role: staff.principal.user.role.as_str(),
            can_manage: staff.principal.can(Capability::ManageUsers),
            can_audit: staff.principal.can(Capability::ReadAudit),
            can_inbox: staff.principal.can(Capability::UseInbox),
            can_retain: staff.principal.can(Capability::ManageRetention),
            can_people: staff.principal.can(Capability::HandlePersonalData),
            can_record: staff.principal.can(Capability::ReadAudit)
                || staff.principal.can(Capability::HandlePersonalData),
            can_reports: staff.principal.can(Capability::ReadReports),
            current,
        }
    }

    /// `aria-current` for the navigation link of this page.
    pub fn aria_current(&self, page: &str) -> &'static str {
        if self.current == page { "page" } else { "false" }
    }
}

/// A composer's text refused for sensitive data the staff member has not confirmed: the
/// page shows the form again with the text, what was found and a button that confirms
/// (`confirm_sensitive`).
pub struct SensitiveAsk {
    /// Which form on the page asked.
    pub form: &'static str,
    pub message: String,
}

impl SensitiveAsk {
    pub fn from_error(tr: Tr, form: &'static str, err: &app::AppError) -> Option<Self> {
        matches!(err, app::AppError::SensitiveUnconfirmed(_)).then(|| Self { form, message: form_message(tr, err) })
    }
}

/// A form's `confirm_sensitive` field: present (any value) when the staff member confirmed.
pub fn confirmed(field: &Option<String>) -> app::sensitive::Confirmed {
    app::sensitive::Confirmed(field.is_some())
}

/// A validation error in the user's language: "E-mail: must not be empty."
pub fn invalid_message(tr: Tr, invalid: &Invalid) -> String {
    let field = tr.t(&format!("field-{}", invalid.field.replace('_', "-")));
    let reason = match invalid.reason {
        domain::InvalidReason::TooShort { min } => tr.t1("invalid-too-short", "min", min),
        domain::InvalidReason::TooLong { max } => tr.t1("invalid-too-long", "max", max),
        other => tr.t(&format!("invalid-{}", other.code().replace('_', "-"))),
    };
    format!("{field}: {reason}")
}

/// A use-case error as a message for a form on the page.
pub fn form_message(tr: Tr, err: &app::AppError) -> String {
    use app::AppError::*;
    match err {
        Invalid(inv) => invalid_message(tr, inv),
        BadCredentials => tr.t("sign-in-failed"),
        RateLimited => tr.t("sign-in-throttled"),
        Conflict(_) => tr.t("error-conflict"),
        Refused(reason) => tr.t1("error-refused", "reason", reason),
        RetentionRefused(domain::retention::RegimeRefusal::LegalBasisRequired) => tr.t("retention-basis-required"),
        RetentionRefused(domain::retention::RegimeRefusal::ShorterThanBasis { min_days }) => {
            tr.t1("retention-shorter-than-basis", "days", min_days)
        }
        RetentionRefused(domain::retention::RegimeRefusal::ReasonRequired) => tr.t("retention-reason-required"),
        Held(hold) => tr.t1("people-held", "hold", hold),
        Ambiguous(count) => tr.t1("people-ambiguous", "count", count),
        Restricted(hold) => tr.t1("people-restricted", "hold", hold),
        SensitiveUnconfirmed(kinds) => tr.t1("sensitive-ask", "kinds", crate::findings::kind_list(tr, kinds)),
        MaskRefused(refusal) => tr.tk("mask-refused-", refusal.code(), ""),
        Forbidden => tr.t("error-forbidden"),
        NotFound => tr.t("error-not-found"),
        _ => tr.t("error-internal"),
    }
}
