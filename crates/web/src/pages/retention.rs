//! Retention (admin and DPO): the rules in force with their legal basis, rule
//! changes with the grace period, the preview, legal bases, legal holds and the
//! runs' receipts.

use crate::AppState;
use crate::error::PageError;
use crate::extract::{FormInput, Staff};
use crate::pages::{Shell, form_message, render};
use app::AppError;
use app::retention::{Overview, PreviewLine, RuleInput};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::Timestamp;
use domain::people::KeyKind;
use domain::retention::{Applies, Clock, Disposal, HoldTarget, Module, Terms};

pub struct RuleItem {
    pub area: String,
    pub applies: String,
    pub clock: String,
    pub days: i64,
    pub action: String,
    pub basis: String,
    pub version: String,
    pub default: bool,
}

pub struct WaitingItem {
    pub id: i64,
    pub area: String,
    pub summary: String,
    pub effective: String,
}

pub struct HistoryItem {
    pub when: String,
    pub area: String,
    pub summary: String,
    pub reason: String,
    pub who: String,
    pub effective: String,
}

pub struct PreviewItem {
    pub area: String,
    pub action: String,
    pub today: i64,
    pub later: String,
    pub total: i64,
    pub held: i64,
}

pub struct HoldItem {
    pub id: i64,
    pub target: String,
    pub reason: String,
    pub expires: String,
    pub created: String,
    pub active: bool,
}

pub struct RunItem {
    pub id: i64,
    pub finished: String,
    pub removed: i64,
    pub held: i64,
    pub skipped: i64,
    pub dry_run: bool,
}

#[derive(Template)]
#[template(path = "retention.html")]
struct RetentionPage {
    shell: Shell,
    public_authority: bool,
    is_admin: bool,
    rules: Vec<RuleItem>,
    waiting: Vec<WaitingItem>,
    history: Vec<HistoryItem>,
    preview: Vec<PreviewItem>,
    /// (value `module:scope`, label)
    areas: Vec<(String, String)>,
    clocks: Vec<(&'static str, String)>,
    bases: Vec<(i64, String)>,
    holds: Vec<HoldItem>,
    hold_targets: Vec<(&'static str, String)>,
    /// The keys a hold on a person can name.
    person_kinds: Vec<(&'static str, String)>,
    runs: Vec<RunItem>,
    error: Option<String>,
    saved: Option<String>,
}

fn area_name(staff: &Staff, overview: &Overview, module: Module, scope: i64) -> String {
    let module_name = staff.tr.tk("retention-module-", module.as_str(), "");
    if scope == 0 {
        return module_name;
    }
    let name = overview
        .scopes
        .iter()
        .find(|(m, id, _)| *m == module && *id == scope)
        .map(|(_, _, n)| n.clone())
        .unwrap_or_else(|| format!("#{scope}"));
    format!("{module_name}: {name}")
}

/// "400 dagar (räknat från avslut), sedan radera".
fn terms_text(staff: &Staff, terms: &Terms) -> String {
    let tr = staff.tr;
    format!(
        "{} ({} {}), {} {}",
        tr.t1("retention-days", "days", terms.days),
        tr.t("retention-after").to_lowercase(),
        tr.tk("retention-clock-", terms.clock.as_str(), ""),
        tr.t("retention-then").to_lowercase(),
        tr.tk("retention-action-", terms.action.as_str(), "")
    )
}

async fn page(state: &AppState, staff: &Staff, error: Option<String>, saved: Option<String>) -> Response {
    let p = &staff.principal;
    let loaded = async {
        let overview = state.app.retention_overview(p).await?;
        let preview = state.app.retention_preview_for(p, Timestamp::now()).await?;
        let runs = state.app.retention_receipts(p).await?;
        let org = state.app.organisation(p).await?;
        Ok::<_, AppError>((overview, preview, runs, org))
    }
    .await;
    let (overview, preview, runs, org) = match loaded {
        Ok(v) => v,
        Err(e) => return PageError::new(e, staff.tr.0).into_response(),
    };
    let zone = org.time_zone.zone();
    let tr = staff.tr;
    let basis_name = |id: Option<i64>| {
        id.and_then(|id| overview.legal_bases.iter().find(|b| b.id == id))
            .map(|b| b.reference.clone())
            .unwrap_or_default()
    };
    let rules = overview
        .in_force
        .iter()
        .map(|r| RuleItem {
            area: area_name(staff, &overview, r.module, r.scope_id),
            applies: tr.tk("retention-applies-", r.applies.as_str(), ""),
            clock: tr.tk("retention-clock-", r.terms.clock.as_str(), ""),
            days: r.terms.days,
            action: tr.tk("retention-action-", r.terms.action.as_str(), ""),
            basis: basis_name(r.legal_basis_id),
            version: r.since.map(|s| format!("v{} · {}", r.version, Timestamp(s).format_in(&zone))).unwrap_or_default(),
            default: r.rule_id.is_none(),
        })
        .collect();
    // (area, summary) of a stored rule version.
    let describe = |row: &app::retention::RuleRow| -> Option<(String, String)> {
        let module: Module = row.module.parse().ok()?;
        let summary = match (row.clock.as_deref(), row.days, row.action.as_deref()) {
            (Some(c), Some(d), Some(a)) => {
                terms_text(staff, &Terms { clock: c.parse().ok()?, days: d, action: a.parse().ok()? })
            }
            _ => tr.t("retention-inherit"),
        };
        let area = format!(
            "{} ({})",
            area_name(staff, &overview, module, row.scope_id),
            tr.tk("retention-applies-", &row.applies_to, "")
        );
        Some((area, summary))
    };
    let waiting = overview
        .waiting
        .iter()
        .filter_map(|row| {
            let (area, summary) = describe(row)?;
            Some(WaitingItem { id: row.id, area, summary, effective: Timestamp(row.effective_at).format_in(&zone) })
        })
        .collect();
    let history = overview
        .history
        .iter()
        .filter_map(|row| {
            let (area, summary) = describe(row)?;
            Some(HistoryItem {
                when: Timestamp(row.changed_at).format_in(&zone),
                area,
                summary: format!("v{}: {summary}", row.version),
                reason: row.reason.clone(),
                who: row
                    .changed_by
                    .and_then(|id| overview.staff.iter().find(|(s, _)| *s == id).map(|(_, n)| n.clone()))
                    .unwrap_or_default(),
                effective: Timestamp(row.effective_at).format_in(&zone),
            })
        })
        .collect();
    let preview = preview
        .iter()
        .map(|line: &PreviewLine| {
            let later: Vec<String> = line
                .days
                .iter()
                .enumerate()
                .skip(1)
                .filter(|(_, n)| **n > 0)
                .map(|(d, n)| {
                    format!(
                        "{}: {n}",
                        Timestamp::now().plus_days(d as i64).format_in(&zone).get(..10).unwrap_or_default()
                    )
                })
                .collect();
            PreviewItem {
                area: format!(
                    "{} ({})",
                    area_name(staff, &overview, line.module, line.scope_id),
                    tr.tk("retention-applies-", line.applies.as_str(), "")
                ),
                action: tr.tk("retention-action-", line.action.as_str(), ""),
                today: line.days[0],
                later: later.join(", "),
                total: line.days.iter().sum(),
                held: line.held,
            }
        })
        .collect();
    let mut areas: Vec<(String, String)> = Vec::new();
    for module in Module::ALL {
        areas.push((format!("{}:0", module.as_str()), area_name(staff, &overview, *module, 0)));
        for (m, id, _) in overview.scopes.iter().filter(|(m, _, _)| m == module) {
            areas.push((format!("{}:{id}", m.as_str()), area_name(staff, &overview, *m, *id)));
        }
    }
    let holds = overview
        .holds
        .iter()
        .map(|h| HoldItem {
            id: h.id,
            target: match h.person() {
                Some((kind, key)) => format!(
                    "{}{}: {key}",
                    tr.tk("people-kind-", kind.as_str(), ""),
                    if h.restriction { format!(" ({})", tr.t("retention-restriction")) } else { String::new() }
                ),
                None => format!("{} #{}", tr.tk("retention-hold-", &h.target, ""), h.target_id),
            },
            reason: h.reason.clone(),
            expires: h.expires_at.map(|e| Timestamp(e).format_in(&zone)).unwrap_or_default(),
            created: Timestamp(h.created_at).format_in(&zone),
            active: h.released_at.is_none() && h.expires_at.is_none_or(|e| e > Timestamp::now().micros()),
        })
        .collect();
    let runs = runs
        .iter()
        .map(|r| RunItem {
            id: r.id,
            finished: Timestamp(r.finished_at).format_in(&zone),
            removed: r.removed,
            held: r.held,
            skipped: r.skipped,
            dry_run: r.dry_run,
        })
        .collect();
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = RetentionPage {
        shell: Shell::new(state, staff, "retention").await,
        public_authority: overview.regime == domain::org::Regime::PublicAuthority,
        is_admin: staff.principal.user.role == domain::staff::Role::Admin,
        rules,
        waiting,
        history,
        preview,
        areas,
        clocks: Clock::ALL.iter().map(|c| (c.as_str(), tr.tk("retention-clock-", c.as_str(), ""))).collect(),
        bases: overview
            .legal_bases
            .iter()
            .map(|b| (b.id, format!("{} · {}", b.reference, tr.t1("retention-min-days", "days", b.min_days))))
            .collect(),
        holds,
        hold_targets: HoldTarget::ALL.iter().map(|t| (t.as_str(), tr.tk("retention-hold-", t.as_str(), ""))).collect(),
        person_kinds: [KeyKind::Email, KeyKind::Phone, KeyKind::Personnummer]
            .iter()
            .map(|k| (k.as_str(), tr.tk("people-kind-", k.as_str(), "")))
            .collect(),
        runs,
        error,
        saved,
    };
    render(&page, status)
}

pub async fn show(State(state): State<AppState>, staff: Staff) -> Response {
    page(&state, &staff, None, None).await
}

async fn after(state: &AppState, staff: &Staff, result: Result<Option<String>, AppError>) -> Response {
    match result {
        Ok(None) => Redirect::to("/settings/retention").into_response(),
        Ok(Some(message)) => page(state, staff, None, Some(message)).await,
        Err(e @ AppError::Forbidden) => PageError::new(e, staff.tr.0).into_response(),
        Err(e) => page(state, staff, Some(form_message(staff.tr, &e)), None).await,
    }
}

#[derive(serde::Deserialize)]
pub struct RuleForm {
    #[serde(default)]
    area: String,
    #[serde(default)]
    applies: String,
    #[serde(default)]
    clock: String,
    #[serde(default)]
    days: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    legal_basis: String,
    #[serde(default)]
    reason: String,
    confirm: Option<String>,
}

fn parse_area(raw: &str) -> Result<(Module, i64), AppError> {
    let bad = || AppError::from(domain::Invalid::new("area", domain::InvalidReason::Unknown));
    let (module, scope) = raw.split_once(':').ok_or_else(bad)?;
    Ok((module.parse()?, scope.parse().map_err(|_| bad())?))
}

/// A rule from the form: `action` "inherit" removes the scope's own rule.
fn rule_input(form: &RuleForm) -> Result<RuleInput, AppError> {
    let (module, scope_id) = parse_area(&form.area)?;
    let applies: Applies = form.applies.parse()?;
    let terms = if form.action == "inherit" {
        None
    } else {
        let days = form
            .days
            .trim()
            .parse::<i64>()
            .map_err(|_| domain::Invalid::new("days", domain::InvalidReason::BadFormat))?;
        Some(Terms { clock: form.clock.parse()?, days, action: form.action.parse::<Disposal>()? })
    };
    Ok(RuleInput {
        module,
        scope_id,
        applies,
        terms,
        legal_basis_id: form.legal_basis.trim().parse().ok().filter(|id: &i64| *id > 0),
        reason: form.reason.clone(),
        confirm: form.confirm.is_some(),
    })
}

pub async fn set_rule(State(state): State<AppState>, staff: Staff, FormInput(form): FormInput<RuleForm>) -> Response {
    let result = async {
        let input = rule_input(&form)?;
        let (_, effective) = state.app.set_retention_rule(&staff.principal, &input).await?;
        Ok(if effective > Timestamp::now() {
            Some(staff.tr.t1("retention-waits", "date", effective.rfc3339().get(..10).unwrap_or_default()))
        } else {
            None
        })
    }
    .await;
    after(&state, &staff, result).await
}

pub async fn confirm(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Response {
    let result = state.app.confirm_retention_rule(&staff.principal, id).await.map(|()| None);
    after(&state, &staff, result).await
}

#[derive(serde::Deserialize)]
pub struct BasisForm {
    #[serde(default)]
    reference: String,
    #[serde(default)]
    min_days: String,
}

pub async fn add_basis(State(state): State<AppState>, staff: Staff, FormInput(form): FormInput<BasisForm>) -> Response {
    let result = async {
        let min_days = form
            .min_days
            .trim()
            .parse::<i64>()
            .map_err(|_| domain::Invalid::new("min_days", domain::InvalidReason::BadFormat))?;
        state.app.add_legal_basis(&staff.principal, &form.reference, min_days).await?;
        Ok(None)
    }
    .await;
    after(&state, &staff, result).await
}

#[derive(serde::Deserialize)]
pub struct HoldForm {
    #[serde(default)]
    target: String,
    #[serde(default)]
    target_id: String,
    /// For a person: email, phone or personnummer (guessed when empty), and the value.
    #[serde(default)]
    kind: String,
    #[serde(default)]
    identifier: String,
    /// "on" for a restriction of processing (Art. 18).
    #[serde(default)]
    restriction: String,
    /// The case page or the inbox the form was sent from, to return to.
    #[serde(default)]
    back: String,
    #[serde(default)]
    reason: String,
    /// YYYY-MM-DD, optional.
    #[serde(default)]
    expires: String,
}

pub async fn place_hold(State(state): State<AppState>, staff: Staff, FormInput(form): FormInput<HoldForm>) -> Response {
    let result = async {
        let on = app::retention::HoldOn::parse(&form.target, &form.target_id, &form.kind, &form.identifier)?;
        let expires = match form.expires.trim() {
            "" => None,
            raw => Some(Timestamp::parse_typed("expires_at", raw)?),
        };
        state.app.place_legal_hold(&staff.principal, &on, &form.reason, expires, !form.restriction.is_empty()).await?;
        Ok(None)
    }
    .await;
    // Back to the case or inbox the hold was placed from (only those pages of this site).
    let known_page =
        form.back == "/inbox" || form.back.strip_prefix("/cases/").is_some_and(|id| id.parse::<u64>().is_ok());
    if known_page && result.is_ok() {
        return Redirect::to(&form.back).into_response();
    }
    after(&state, &staff, result).await
}

pub async fn release_hold(State(state): State<AppState>, staff: Staff, Path(id): Path<i64>) -> Response {
    let result = state.app.release_legal_hold(&staff.principal, id).await.map(|()| None);
    after(&state, &staff, result).await
}
