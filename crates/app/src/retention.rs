//! Retention (gallring): rules per scope with versions, the regime's minimums and
//! reasons, legal holds, the preview, and the engine that deletes or anonymises
//! what is due, in small batches, idempotently, on one node at a time.
//!
//! The engine is resumable by construction: an item is due while it exists (delete)
//! or has no `anonymised_at` (anonymise), and each batch removes its items in one
//! short transaction, so a run killed anywhere leaves only whole batches done and
//! the next run finds exactly what is left.

use crate::intake::scanner;
use crate::{App, AppError, Capability, Principal, Result};
use domain::audit::{Action, Actor, DetailValue, NewEvent, Target};
use domain::org::Organisation;
use domain::retention::{
    Applies, Clock, Disposal, GRACE_DAYS, HoldTarget, Module, PREVIEW_DAYS, Terms, check_regime, check_terms,
    default_terms, kinds,
};
use domain::{OrgId, Timestamp};
use privacy::registry::{Item, OnAnonymise, PERSONAL, Subject};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};
pub use storage::holds::HoldRow;
use storage::retention::{Coverage, Kind, NewRuleVersion, NewRun, Selection, Treatment};
pub use storage::retention::{LegalBasisRow, RuleRow, RunRow};

/// Items removed per transaction: small enough that a chat message never waits long
/// for the writer.
const BATCH: i64 = 200;

/// What a legal hold is placed on: a conversation, case or forum question, or a person.
#[derive(Debug, Clone)]
pub enum HoldOn {
    Item(HoldTarget, i64),
    Person(crate::people::Person),
}

impl HoldOn {
    /// Reads what a form or API call names: `target` conversation, case or forum_post
    /// with `target_id` (a `#` before the number is allowed), or person with `kind`
    /// (email, phone, personnummer; guessed when empty) and `identifier`.
    pub fn parse(target: &str, target_id: &str, kind: &str, identifier: &str) -> Result<HoldOn> {
        match target.parse::<HoldTarget>()? {
            HoldTarget::Person => {
                let kind = match kind.trim() {
                    "" => None,
                    k => Some(k.parse::<domain::people::KeyKind>()?),
                };
                Ok(HoldOn::Person(crate::people::Person::parse(kind, identifier)?))
            }
            target => {
                let id = target_id
                    .trim()
                    .trim_start_matches('#')
                    .parse::<i64>()
                    .map_err(|_| domain::Invalid::new("target_id", domain::InvalidReason::BadFormat))?;
                Ok(HoldOn::Item(target, id))
            }
        }
    }
}

/// A rule as set by an admin or DPO.
#[derive(Debug, Clone)]
pub struct RuleInput {
    pub module: Module,
    /// 0: the whole module; else a chat flow, forum category or mail inbox.
    pub scope_id: i64,
    pub applies: Applies,
    /// `None`: remove the scope's own rule (the module's rule or the default applies).
    pub terms: Option<Terms>,
    pub legal_basis_id: Option<i64>,
    pub reason: String,
    /// Take effect now even if it removes something at once (admin only).
    pub confirm: bool,
}

/// A rule in force: the organisation's own version, or the built-in default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InForce {
    pub module: Module,
    pub applies: Applies,
    pub scope_id: i64,
    pub terms: Terms,
    /// The rule version's row id; `None` for the built-in default.
    pub rule_id: Option<i64>,
    pub version: i64,
    pub legal_basis_id: Option<i64>,
    pub since: Option<i64>,
}

/// Which rule versions are in force at `at`, module-wide rules (own or default) first.
pub fn rules_in_force(rows: &[RuleRow], at: Timestamp) -> Vec<InForce> {
    let mut latest: BTreeMap<(String, i64, String), &RuleRow> = BTreeMap::new();
    for row in rows.iter().filter(|r| r.effective_at <= at.micros()) {
        let key = (row.module.clone(), row.scope_id, row.applies_to.clone());
        if latest.get(&key).is_none_or(|r| r.version < row.version) {
            latest.insert(key, row);
        }
    }
    let own = |row: &RuleRow| -> Option<Terms> {
        Some(Terms {
            clock: row.clock.as_deref()?.parse().ok()?,
            days: row.days?,
            action: row.action.as_deref()?.parse().ok()?,
        })
    };
    let mut out = Vec::new();
    for (module, applies) in kinds() {
        let module_row = latest.get(&(module.as_str().to_owned(), 0, applies.as_str().to_owned()));
        match module_row.and_then(|r| own(r).map(|t| (r, t))) {
            Some((row, terms)) => out.push(InForce {
                module,
                applies,
                scope_id: 0,
                terms,
                rule_id: Some(row.id),
                version: row.version,
                legal_basis_id: row.legal_basis_id,
                since: Some(row.effective_at),
            }),
            None => out.push(InForce {
                module,
                applies,
                scope_id: 0,
                terms: default_terms(module, applies),
                rule_id: None,
                version: 0,
                legal_basis_id: None,
                since: None,
            }),
        }
        for ((m, scope, a), row) in &latest {
            if *scope != 0
                && m == module.as_str()
                && a == applies.as_str()
                && let Some(terms) = own(row)
            {
                out.push(InForce {
                    module,
                    applies,
                    scope_id: *scope,
                    terms,
                    rule_id: Some(row.id),
                    version: row.version,
                    legal_basis_id: row.legal_basis_id,
                    since: Some(row.effective_at),
                });
            }
        }
    }
    out
}

/// What the engine applies for each rule in force.
fn selections(rules: &[InForce]) -> Vec<(InForce, Selection)> {
    rules
        .iter()
        .filter_map(|rule| {
            let kind = Kind::of(rule.module, rule.applies)?;
            let coverage = if rule.scope_id == 0 {
                Coverage::AllBut(
                    rules
                        .iter()
                        .filter(|r| r.module == rule.module && r.applies == rule.applies && r.scope_id != 0)
                        .map(|r| r.scope_id)
                        .collect(),
                )
            } else {
                Coverage::Scope(rule.scope_id)
            };
            let selection = Selection {
                kind,
                coverage,
                clock: rule.terms.clock,
                days: rule.terms.days,
                action: rule.terms.action,
                held_by_person: Vec::new(),
            };
            Some((rule.clone(), selection))
        })
        .collect()
}

impl App {
    /// The rules' selections for `org` at `as_of`, with the items that holds on a person
    /// keep (resolved once: a person is found by search, not by one column).
    async fn held_selections(
        &self,
        org: OrgId,
        rules: &[InForce],
        as_of: Timestamp,
    ) -> Result<Vec<(InForce, Selection)>> {
        let holds = self.person_holds(org, as_of).await?;
        let mut held = crate::people::PersonItems::default();
        for hold in holds {
            held.merge(hold.items);
        }
        Ok(selections(rules)
            .into_iter()
            .map(|(rule, mut selection)| {
                selection.held_by_person = match selection.kind {
                    Kind::ChatConversations | Kind::ChatFiles => held.ids(Item::Conversation),
                    Kind::MailCases | Kind::CaseAttachments => held.ids(Item::Case),
                    Kind::ForumQuestions => held.ids(Item::ForumPost),
                };
                (rule, selection)
            })
            .collect())
    }
}

/// The registry's anonymisation plan for a table (data subjects' columns only).
fn registry_plan(table: &str) -> Vec<(&'static str, Treatment)> {
    PERSONAL
        .iter()
        .filter(|c| c.table == table && c.subject == Subject::Contact)
        .filter_map(|c| {
            let treatment = match c.anonymise {
                OnAnonymise::Pseudonym => Treatment::Pseudonym,
                OnAnonymise::Erase => Treatment::Erase,
                OnAnonymise::MaskText => Treatment::MaskText,
                OnAnonymise::DeleteRow => Treatment::DeleteRow,
                OnAnonymise::Keep => return None,
            };
            Some((c.column, treatment))
        })
        .collect()
}

/// Free text with identifiers replaced by typed placeholders (`[personnummer]`, `[e-post]`).
pub fn mask_identifiers(text: &str) -> String {
    scanner().redact(text, &privacy::scanner::ScanOptions::today(), &privacy::scanner::MaskOptions::default())
}

/// One scope's line in a preview or a receipt.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ScopeCount {
    pub module: Module,
    pub applies: Applies,
    /// 0: the module outside scopes with rules of their own.
    pub scope_id: i64,
    pub action: Disposal,
    pub count: i64,
}

/// Per scope: items due at the moment asked (`days[0]`, overdue included) and
/// falling due on each of the next 30 days; and held items.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PreviewLine {
    pub module: Module,
    pub applies: Applies,
    pub scope_id: i64,
    pub clock: Clock,
    pub keep_days: i64,
    pub action: Disposal,
    pub rule_version: i64,
    pub days: Vec<i64>,
    pub held: i64,
}

/// What a run did (also stored as its receipt).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RunReport {
    pub run_id: Option<i64>,
    pub org: i64,
    pub dry_run: bool,
    pub as_of: String,
    pub counts: Vec<ScopeCount>,
    pub removed: i64,
    pub held: i64,
    pub skipped: Vec<i64>,
    pub rule_versions: Vec<i64>,
    pub duration_ms: i64,
}

/// Rules, bases, holds and pending changes, for the settings page and the API.
#[derive(Debug, Clone)]
pub struct Overview {
    pub in_force: Vec<InForce>,
    /// Versions that take effect later (after the grace period) unless confirmed.
    pub waiting: Vec<RuleRow>,
    pub history: Vec<RuleRow>,
    pub legal_bases: Vec<LegalBasisRow>,
    pub holds: Vec<HoldRow>,
    /// The scopes rules can name: (module, id, name).
    pub scopes: Vec<(Module, i64, String)>,
    /// Staff names by id, for who changed a rule.
    pub staff: Vec<(i64, String)>,
    pub regime: domain::org::Regime,
}

impl App {
    pub async fn retention_overview(&self, principal: &Principal) -> Result<Overview> {
        principal.require(Capability::ManageRetention)?;
        let scope = self.db().org(principal.org_id());
        let rows = scope.retention_rules().await?;
        let now = Timestamp::now();
        let mut scopes: Vec<(Module, i64, String)> = Vec::new();
        scopes.extend(scope.flows().await?.into_iter().map(|f| (Module::Chat, f.id.0, f.settings.name)));
        scopes.extend(scope.forum_categories().await?.into_iter().map(|c| (Module::Forum, c.id, c.name)));
        scopes.extend(scope.inboxes().await?.into_iter().map(|i| (Module::Mail, i.id, i.name)));
        let staff = scope.users().await?.into_iter().map(|u| (u.id.0, u.display_name)).collect();
        Ok(Overview {
            scopes,
            staff,
            regime: scope.organisation().await?.regime,
            in_force: rules_in_force(&rows, now),
            waiting: rows.iter().filter(|r| r.effective_at > now.micros()).cloned().collect(),
            history: rows.iter().rev().take(50).cloned().collect(),
            legal_bases: scope.legal_bases().await?,
            holds: scope.legal_holds().await?,
        })
    }

    /// The rules in force for an organisation now (for the privacy notices).
    pub async fn retention_in_force(&self, org: OrgId) -> Result<Vec<InForce>> {
        Ok(rules_in_force(&self.db().org(org).retention_rules().await?, Timestamp::now()))
    }

    /// Records a legal basis with the shortest period it allows (admin or DPO).
    pub async fn add_legal_basis(&self, principal: &Principal, reference: &str, min_days: i64) -> Result<i64> {
        principal.require(Capability::ManageRetention)?;
        let reference = domain::retention::parse_legal_basis(reference)?;
        if !(0..=domain::retention::MAX_DAYS).contains(&min_days) {
            return Err(domain::Invalid::new("min_days", domain::InvalidReason::BadFormat).into());
        }
        let mut w = self.db().write(principal.org_id()).await?;
        let id = w.add_legal_basis(&reference, min_days).await.map_err(|e| match e {
            storage::StorageError::Conflict => AppError::Conflict("that legal basis is already recorded"),
            other => other.into(),
        })?;
        w.audit(
            NewEvent::new(principal.actor(), Action::RetentionLegalBasisAdded)
                .detail("legal_basis", DetailValue::Id(id))
                .detail("min_days", DetailValue::Count(min_days)),
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    /// Sets (a new version of) a rule. A rule that would remove something at once
    /// waits `GRACE_DAYS` unless an admin confirms it. Refusals by role are audited.
    pub async fn set_retention_rule(&self, principal: &Principal, input: &RuleInput) -> Result<(i64, Timestamp)> {
        self.require_audited(principal, Capability::ManageRetention, Action::RetentionRuleRefused).await?;
        let org_id = principal.org_id();
        let organisation = self.db().org_by_id(org_id).await?.ok_or(AppError::NotFound)?;
        // No terms: the scope's own rule goes (for a whole module the default comes back).
        if let Some(terms) = &input.terms {
            check_terms(input.module, input.applies, terms)?;
        }
        if Kind::of(input.module, input.applies).is_none() {
            return Err(domain::Invalid::new("applies_to", domain::InvalidReason::Unknown).into());
        }
        if input.scope_id != 0 && !self.scope_exists(org_id, input.module, input.scope_id).await? {
            return Err(AppError::NotFound);
        }
        let bases = self.db().org(org_id).legal_bases().await?;
        let basis = match input.legal_basis_id {
            Some(id) => Some(bases.iter().find(|b| b.id == id).ok_or(AppError::NotFound)?),
            None => None,
        };
        let reason = input.reason.trim();
        if reason.chars().count() > 1000 {
            return Err(domain::Invalid::new("reason", domain::InvalidReason::TooLong { max: 1000 }).into());
        }
        check_regime(organisation.regime, input.terms.as_ref(), basis.map(|b| b.min_days), reason)
            .map_err(AppError::RetentionRefused)?;
        // Would the new terms remove anything now?
        let now = Timestamp::now();
        let removes_now = match input.terms {
            Some(terms) => {
                let rows = self.db().org(org_id).retention_rules().await?;
                let mut rules = rules_in_force(&rows, now);
                rules.retain(|r| {
                    !(r.module == input.module && r.applies == input.applies && r.scope_id == input.scope_id)
                });
                rules.push(InForce {
                    module: input.module,
                    applies: input.applies,
                    scope_id: input.scope_id,
                    terms,
                    rule_id: None,
                    version: 0,
                    legal_basis_id: None,
                    since: None,
                });
                let mut due = 0;
                for (rule, selection) in self.held_selections(org_id, &rules, now).await? {
                    if rule.module == input.module && rule.applies == input.applies && rule.scope_id == input.scope_id {
                        due += self.db().org(org_id).due_by_day(&selection, now, 0).await?[0];
                    }
                }
                due > 0
            }
            None => false,
        };
        let confirmed = input.confirm && principal.user.role == domain::staff::Role::Admin;
        let effective_at = if removes_now && !confirmed { now.plus_days(GRACE_DAYS) } else { now };
        let mut w = self.db().write(org_id).await?;
        let (id, version) = w
            .add_rule_version(&NewRuleVersion {
                module: input.module,
                scope_id: input.scope_id,
                applies: input.applies,
                terms: input.terms,
                legal_basis_id: input.legal_basis_id,
                reason,
                changed_by: Some(principal.user.id),
                effective_at,
            })
            .await?;
        let mut event = NewEvent::new(principal.actor(), Action::RetentionRuleChanged)
            .target(Target::retention_rule(id))
            .detail("module", DetailValue::Code(input.module.as_str()))
            .detail("applies_to", DetailValue::Code(input.applies.as_str()))
            .detail("scope", DetailValue::Id(input.scope_id))
            .detail("version", DetailValue::Count(version))
            .detail("waits", DetailValue::Flag(effective_at > now));
        if let Some(terms) = input.terms {
            event = event
                .detail("days", DetailValue::Count(terms.days))
                .detail("after", DetailValue::Code(terms.clock.as_str()))
                .detail("action", DetailValue::Code(terms.action.as_str()));
        }
        if let Some(basis) = input.legal_basis_id {
            event = event.detail("legal_basis", DetailValue::Id(basis));
        }
        w.audit(event).await?;
        w.commit().await?;
        Ok((id, effective_at))
    }

    async fn scope_exists(&self, org: OrgId, module: Module, id: i64) -> Result<bool> {
        let scope = self.db().org(org);
        Ok(match module {
            Module::Chat => scope.flow(domain::FlowId(id)).await?.is_some(),
            Module::Forum => scope.forum_categories().await?.iter().any(|c| c.id == id),
            Module::Mail => scope.inboxes().await?.iter().any(|i| i.id == id),
        })
    }

    /// Makes a waiting rule version effective now (admin).
    pub async fn confirm_retention_rule(&self, principal: &Principal, rule_id: i64) -> Result<()> {
        principal.require(Capability::ManageOrganisation)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.confirm_rule_version(rule_id, principal.user.id).await?;
        w.audit(
            NewEvent::new(principal.actor(), Action::RetentionRuleConfirmed).target(Target::retention_rule(rule_id)),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// Places a legal hold on an item or a person (admin or DPO). A restriction
    /// (Art. 18) is a hold on a person that also stops staff replies to them.
    pub async fn place_legal_hold(
        &self,
        principal: &Principal,
        on: &HoldOn,
        reason: &str,
        expires_at: Option<Timestamp>,
        restriction: bool,
    ) -> Result<i64> {
        principal.require(Capability::ManageRetention)?;
        let reason = domain::bounded_text("reason", reason, 1000)?;
        if let Some(expiry) = expires_at
            && expiry <= Timestamp::now()
        {
            return Err(domain::Invalid::new("expires_at", domain::InvalidReason::BadFormat).into());
        }
        let (target, target_id, key) = match on {
            HoldOn::Item(HoldTarget::Person, _) => return Err(AppError::Refused("name the person to hold")),
            HoldOn::Item(_, _) if restriction => return Err(AppError::Refused("a restriction is placed on a person")),
            HoldOn::Item(target, id) => (*target, *id, None),
            HoldOn::Person(person) => (HoldTarget::Person, 0, Some(person.key())),
        };
        let mut w = self.db().write(principal.org_id()).await?;
        if !w.hold_target_exists(target, target_id).await? {
            return Err(AppError::NotFound);
        }
        let id = w
            .add_legal_hold(&storage::holds::NewHold {
                target,
                target_id,
                person: key.as_ref().map(|(kind, key)| (*kind, key.as_str())),
                reason: &reason,
                expires_at,
                restriction,
                by: Some(principal.user.id),
            })
            .await?;
        let mut event = NewEvent::new(principal.actor(), Action::LegalHoldPlaced)
            .target(Target::legal_hold(id))
            .detail("on", DetailValue::Code(target.as_str()))
            .detail("expires", DetailValue::Flag(expires_at.is_some()))
            .detail("restriction", DetailValue::Flag(restriction));
        event = match &key {
            Some((kind, _)) => event.detail("key", DetailValue::Code(kind.as_str())),
            None => event.detail("item", DetailValue::Id(target_id)),
        };
        w.audit(event).await?;
        w.commit().await?;
        Ok(id)
    }

    pub async fn release_legal_hold(&self, principal: &Principal, id: i64) -> Result<()> {
        principal.require(Capability::ManageRetention)?;
        let mut w = self.db().write(principal.org_id()).await?;
        w.release_legal_hold(id, principal.user.id).await?;
        w.audit(NewEvent::new(principal.actor(), Action::LegalHoldReleased).target(Target::legal_hold(id))).await?;
        w.commit().await?;
        Ok(())
    }

    /// The preview for an organisation at `as_of` (operator or staff with the right).
    pub async fn retention_preview(&self, org: OrgId, as_of: Timestamp) -> Result<Vec<PreviewLine>> {
        let scope = self.db().org(org);
        let rules = rules_in_force(&scope.retention_rules().await?, as_of);
        let mut lines = Vec::new();
        for (rule, selection) in self.held_selections(org, &rules, as_of).await? {
            lines.push(PreviewLine {
                module: rule.module,
                applies: rule.applies,
                scope_id: rule.scope_id,
                clock: rule.terms.clock,
                keep_days: rule.terms.days,
                action: rule.terms.action,
                rule_version: rule.version,
                days: scope.due_by_day(&selection, as_of, PREVIEW_DAYS).await?,
                held: scope.held_items(&selection, as_of).await?,
            });
        }
        Ok(lines)
    }

    pub async fn retention_preview_for(&self, principal: &Principal, as_of: Timestamp) -> Result<Vec<PreviewLine>> {
        principal.require(Capability::ManageRetention)?;
        self.retention_preview(principal.org_id(), as_of).await
    }

    /// Runs retention for the caller's organisation now (admin or DPO), unless another
    /// node is running it.
    pub async fn run_retention_now(&self, principal: &Principal, dry_run: bool) -> Result<RunReport> {
        principal.require(Capability::ManageRetention)?;
        let Some(leadership) = self.db().lead("retention").await? else {
            return Err(AppError::Conflict("retention is running on another node; try again when it is done"));
        };
        let report = self.run_retention(principal.org_id(), Timestamp::now(), dry_run).await;
        leadership.release().await;
        report
    }

    pub async fn retention_receipts(&self, principal: &Principal) -> Result<Vec<RunRow>> {
        principal.require(Capability::ManageRetention)?;
        Ok(self.db().org(principal.org_id()).retention_runs(50).await?)
    }

    /// Runs retention for one organisation at `as_of`: every rule in force, batch by
    /// batch, then a receipt in the audit log. A `dry_run` only counts.
    pub async fn run_retention(&self, org: OrgId, as_of: Timestamp, dry_run: bool) -> Result<RunReport> {
        let started = Instant::now();
        let started_at = Timestamp::now();
        let organisation = self.db().org_by_id(org).await?.ok_or(AppError::NotFound)?;
        let scope = self.db().org(org);
        let rules = rules_in_force(&scope.retention_rules().await?, as_of);
        let mut report = RunReport {
            run_id: None,
            org: org.0,
            dry_run,
            as_of: as_of.rfc3339(),
            counts: Vec::new(),
            removed: 0,
            held: 0,
            skipped: Vec::new(),
            rule_versions: rules.iter().filter_map(|r| r.rule_id).collect(),
            duration_ms: 0,
        };
        // Records before attachments: removing a record removes its files too.
        let mut ordered = self.held_selections(org, &rules, as_of).await?;
        ordered.sort_by_key(|(rule, _)| rule.applies == Applies::Attachments);
        for (rule, selection) in ordered {
            report.held += scope.held_items(&selection, as_of).await?;
            let count = if dry_run {
                scope.due_by_day(&selection, as_of, 0).await?[0]
            } else {
                self.remove_due(&organisation, &selection, as_of, &mut report.skipped).await?
            };
            report.removed += count;
            report.counts.push(ScopeCount {
                module: rule.module,
                applies: rule.applies,
                scope_id: rule.scope_id,
                action: rule.terms.action,
                count,
            });
        }
        if !dry_run && report.removed > 0 {
            let forum = report.counts.iter().any(|c| c.module == Module::Forum && c.count > 0);
            self.db().compact_after_removal(forum).await?;
        }
        report.duration_ms = started.elapsed().as_millis() as i64;
        let counts = serde_json::to_string(&report.counts).unwrap_or_else(|_| "[]".into());
        let versions = serde_json::to_string(&report.rule_versions).unwrap_or_else(|_| "[]".into());
        let mut w = self.db().write(org).await?;
        let run_id = w
            .add_retention_run(&NewRun {
                started_at,
                as_of,
                dry_run,
                removed: report.removed,
                held: report.held,
                skipped: report.skipped.len() as i64,
                counts: &counts,
                rule_versions: &versions,
            })
            .await?;
        w.audit(
            NewEvent::new(Actor::System, Action::RetentionRun)
                .target(Target::retention_run(run_id))
                .detail("removed", DetailValue::Count(report.removed))
                .detail("held", DetailValue::Count(report.held))
                .detail("skipped", DetailValue::Count(report.skipped.len() as i64))
                .detail("rules", DetailValue::Count(report.rule_versions.len() as i64))
                .detail("duration_ms", DetailValue::Count(report.duration_ms))
                .detail("dry_run", DetailValue::Flag(dry_run)),
        )
        .await?;
        w.commit().await?;
        report.run_id = Some(run_id);
        Ok(report)
    }

    /// Removes everything the selection finds due, a batch per transaction. An item
    /// whose batch fails is retried alone; one that still fails is logged by id,
    /// skipped and reported.
    async fn remove_due(
        &self,
        organisation: &Organisation,
        selection: &Selection,
        as_of: Timestamp,
        skipped: &mut Vec<i64>,
    ) -> Result<i64> {
        let org = organisation.id;
        let mut removed = 0;
        // Items are taken in id order after the last batch, so the table is walked once
        // and an item skipped after failing is not met again in this run.
        let mut after = 0;
        loop {
            let ids = self.db().org(org).due_items(selection, as_of, after, BATCH).await?;
            let Some(&last) = ids.last() else { break };
            after = last;
            let started = Instant::now();
            match self.remove_batch(organisation, selection, &ids).await {
                Ok(n) => removed += n,
                Err(_) => {
                    for id in ids {
                        match self.remove_batch(organisation, selection, &[id]).await {
                            Ok(n) => removed += n,
                            Err(err) => {
                                tracing::error!(org = org.0, item = id, kind = ?selection.kind, error = %err,
                                    "retention could not remove an item; skipped");
                                skipped.push(id);
                            }
                        }
                    }
                }
            }
            // Leave the writer to live traffic for a while between batches.
            tokio::time::sleep((started.elapsed() / 4).min(Duration::from_millis(50))).await;
        }
        Ok(removed)
    }

    async fn remove_batch(&self, organisation: &Organisation, selection: &Selection, ids: &[i64]) -> Result<i64> {
        let org = organisation.id;
        let mut w = self.db().write(org).await?;
        let n = match selection.action {
            Disposal::Delete => w.delete_items(selection.kind, ids).await?,
            Disposal::Anonymise => {
                let language = organisation.language;
                let pseudonym = move |person: &str| domain::retention::pseudonym(language, org.0, person);
                w.anonymise_items(selection.kind, ids, &registry_plan, &pseudonym, &mask_identifiers, language).await?
            }
        };
        w.commit().await?;
        Ok(n as i64)
    }

    /// The age in seconds of the oldest item that is due and not held, over all
    /// organisations (0 when nothing is overdue): a stalled engine shows here.
    pub async fn oldest_overdue_seconds(&self, as_of: Timestamp) -> Result<i64> {
        let mut oldest = 0;
        for org in self.db().list_orgs().await? {
            let scope = self.db().org(org.id);
            let rules = rules_in_force(&scope.retention_rules().await?, as_of);
            for (rule, selection) in self.held_selections(org.id, &rules, as_of).await? {
                if let Some(clock) = scope.oldest_due(&selection, as_of).await? {
                    let due = Timestamp(clock).plus_days(rule.terms.days);
                    oldest = oldest.max((as_of.micros() - due.micros()) / 1_000_000);
                }
            }
        }
        Ok(oldest)
    }

    /// Runs retention for every organisation, on one node at a time.
    pub async fn run_retention_everywhere(&self, as_of: Timestamp) -> Result<Option<Vec<RunReport>>> {
        let Some(leadership) = self.db().lead("retention").await? else { return Ok(None) };
        let reports = self.run_retention_for_all(as_of).await;
        leadership.release().await;
        reports.map(Some)
    }

    async fn run_retention_for_all(&self, as_of: Timestamp) -> Result<Vec<RunReport>> {
        let mut reports = Vec::new();
        for org in self.db().list_orgs().await? {
            reports.push(self.run_retention(org.id, as_of, false).await?);
            // Not retention (statistics facts are kept), but due on the same schedule.
            if let Err(err) = self.drop_statistics_agents(org.id, as_of).await {
                tracing::warn!(error = %err, org = org.id.0, "could not drop agent ids from statistics");
            }
        }
        Ok(reports)
    }

    /// Runs retention every `every` (the first run one period after start) on
    /// whichever node leads, and keeps the overdue metric fresh on every node.
    pub fn start_retention(&self, every: Duration) {
        let app = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                match app.run_retention_everywhere(Timestamp::now()).await {
                    Ok(Some(reports)) => {
                        let removed: i64 = reports.iter().map(|r| r.removed).sum();
                        tracing::info!(organisations = reports.len(), removed, "retention ran");
                    }
                    Ok(None) => {}
                    Err(err) => tracing::error!(error = %err, "retention run failed"),
                }
            }
        });
        let app = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(300));
            loop {
                tick.tick().await;
                match app.oldest_overdue_seconds(Timestamp::now()).await {
                    Ok(age) => metrics::gauge!("samtal_retention_oldest_overdue_seconds").set(age as f64),
                    Err(err) => tracing::warn!(error = %err, "could not measure overdue items"),
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use privacy::registry::{Retention, TABLES};

    #[test]
    fn what_the_registry_says_retention_reaches_it_reaches() {
        let reached = storage::retention::anonymised_tables();
        for table in TABLES.iter().filter(|t| t.retention == Retention::WithItem) {
            assert!(reached.contains(&table.table), "{} is declared as removed with its item", table.table);
        }
    }

    #[test]
    fn every_data_subject_table_is_anonymised_or_explained() {
        let reached = storage::retention::anonymised_tables();
        for column in PERSONAL.iter().filter(|c| c.subject == Subject::Contact) {
            assert!(
                reached.contains(&column.table)
                    || TABLES.iter().any(|t| t.table == column.table && matches!(t.retention, Retention::Not(_))),
                "{}.{} is personal but retention never reaches it",
                column.table,
                column.column
            );
        }
    }

    fn row(id: i64, scope: i64, version: i64, days: Option<i64>, effective: i64) -> RuleRow {
        RuleRow {
            id,
            module: "chat".into(),
            scope_id: scope,
            applies_to: "records".into(),
            version,
            clock: days.map(|_| "closed".into()),
            days,
            action: days.map(|_| "delete".into()),
            legal_basis_id: None,
            reason: String::new(),
            changed_by: None,
            changed_at: 0,
            effective_at: effective,
            confirmed_by: None,
        }
    }

    #[test]
    fn the_latest_effective_version_wins_and_defaults_fill_the_rest() {
        let rows = vec![row(1, 0, 1, Some(30), 0), row(2, 0, 2, Some(10), 1_000), row(3, 7, 1, Some(5), 0)];
        let at = |t| rules_in_force(&rows, Timestamp(t));
        let chat = |rules: Vec<InForce>, scope| {
            rules.into_iter().find(|r| r.module == Module::Chat && r.applies == Applies::Records && r.scope_id == scope)
        };
        assert_eq!(chat(at(500), 0).unwrap().terms.days, 30, "version 2 waits");
        assert_eq!(chat(at(1_000), 0).unwrap().terms.days, 10);
        assert_eq!(chat(at(0), 7).unwrap().terms.days, 5);
        let forum = at(0).into_iter().find(|r| r.module == Module::Forum).unwrap();
        assert_eq!((forum.rule_id, forum.terms), (None, default_terms(Module::Forum, Applies::Records)));
        // Removing a scope's rule brings back the module's.
        let mut rows = rows.clone();
        rows.push(row(4, 7, 2, None, 0));
        assert!(chat(rules_in_force(&rows, Timestamp(0)), 7).is_none());
        let sel = selections(&rules_in_force(&rows, Timestamp(0)));
        assert!(sel.iter().any(|(r, s)| r.scope_id == 0 && s.coverage == Coverage::AllBut(vec![])));
    }
}
