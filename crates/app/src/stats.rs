//! Statistics: reports over the facts that conversations, cases and forum questions
//! leave behind (see `domain::stats`), and how long agent ids stay in them.
//!
//! A report reads each day's pre-aggregates while they are current and rebuilds the
//! days whose facts changed since, storing the rebuild for the next report.

use crate::{App, AppError, Capability, Principal, Result};
use domain::OrgId;
use domain::Timestamp;
use domain::audit::{Action, DetailValue, NewEvent};
use domain::retention::Module;
use domain::stats::{Cell, Report, ReportQuery};
use std::collections::{BTreeMap, HashSet};
use storage::stats::DayVersion;

/// The longest an organisation may keep agent ids in statistics.
pub const MAX_AGENT_DAYS: i64 = 3650;

/// What a report asks for; a missing day falls back to this month (see
/// [`ReportQuery::with_defaults`]).
#[derive(Debug, Clone, Copy)]
pub struct ReportRequest {
    pub module: Module,
    pub from: Option<jiff::civil::Date>,
    pub to: Option<jiff::civil::Date>,
    pub scope_id: Option<i64>,
}

/// A report with the names of its flows, inboxes or categories and of its agents.
#[derive(Debug, Clone)]
pub struct ReportView {
    pub query: ReportQuery,
    /// The organisation's local date when the report was made.
    pub today: jiff::civil::Date,
    /// The organisation's language (headings of exports made without a signed-in page).
    pub language: domain::org::Language,
    pub report: Report,
    /// Scope id → name (flows for chat, inboxes for mail, categories for the forum).
    pub scope_names: BTreeMap<i64, String>,
    /// Staff user id → display name.
    pub agent_names: BTreeMap<i64, String>,
}

impl ReportView {
    pub fn scope_name(&self, id: i64) -> String {
        self.scope_names.get(&id).cloned().unwrap_or_else(|| format!("#{id}"))
    }

    /// None for facts without an agent (none yet, or the id was dropped).
    pub fn agent_name(&self, id: i64) -> Option<String> {
        (id != 0).then(|| self.agent_names.get(&id).cloned().unwrap_or_else(|| format!("#{id}")))
    }
}

impl App {
    /// A report for the organisation's staff who may read statistics.
    pub async fn statistics(&self, principal: &Principal, request: ReportRequest) -> Result<ReportView> {
        principal.require(Capability::ReadReports)?;
        let organisation = self.organisation(principal).await?;
        let today = Timestamp::now().date_in(&organisation.time_zone.zone());
        let query = ReportQuery::with_defaults(request.module, request.from, request.to, request.scope_id, today)?;
        let org = principal.org_id();
        let scope_names: BTreeMap<i64, String> = self.scope_names(org, query.module).await?;
        if let Some(scope) = query.scope_id
            && !scope_names.contains_key(&scope)
        {
            return Err(AppError::NotFound);
        }
        let cells = self.stat_cells(org, &query).await?;
        let report = domain::stats::report(&query, &cells);
        let agent_names = self.db().org(org).users().await?.into_iter().map(|u| (u.id.0, u.display_name)).collect();
        Ok(ReportView { query, today, language: organisation.language, report, scope_names, agent_names })
    }

    /// The flows, inboxes or forum categories of a module, by id.
    async fn scope_names(&self, org: OrgId, module: Module) -> Result<BTreeMap<i64, String>> {
        let scope = self.db().org(org);
        Ok(match module {
            Module::Chat => scope.flows().await?.into_iter().map(|f| (f.id.0, f.settings.name)).collect(),
            Module::Mail => scope.inboxes().await?.into_iter().map(|i| (i.id, i.name)).collect(),
            Module::Forum => scope.forum_categories().await?.into_iter().map(|c| (c.id, c.name)).collect(),
        })
    }

    /// The cells of a report's period: current pre-aggregates, and fresh ones for the
    /// days whose facts changed (stored for the next report when nothing changed meanwhile).
    async fn stat_cells(&self, org: OrgId, query: &ReportQuery) -> Result<Vec<Cell>> {
        let scope = self.db().org(org);
        let (first, last) = (query.first_day(), query.last_day());
        let days = scope.stat_days(first, last).await?;
        let stale: Vec<DayVersion> = days.into_iter().filter(|d| !d.is_current()).collect();
        let mut cells = scope.stat_cells(query.module, first, last, query.scope_id).await?;
        if stale.is_empty() {
            return Ok(cells);
        }
        let stale_days: Vec<i64> = stale.iter().map(|d| d.day).collect();
        let rebuilt: HashSet<i64> = stale_days.iter().copied().collect();
        cells.retain(|c| !rebuilt.contains(&c.key.day));
        let fresh = domain::stats::aggregate(&scope.stat_facts_on(&stale_days).await?);
        if let Err(err) = self.store_stat_days(org, &stale, &fresh).await {
            // The report is right either way; the next one rebuilds these days again.
            tracing::warn!(error = %err, "could not store statistics pre-aggregates");
        }
        cells.extend(fresh);
        Ok(cells)
    }

    async fn store_stat_days(&self, org: OrgId, days: &[DayVersion], cells: &[Cell]) -> Result<()> {
        let mut w = self.db().write(org).await?;
        for day in days {
            w.store_stat_day(*day, cells).await?;
        }
        w.commit().await?;
        Ok(())
    }

    /// Days agent ids stay on statistics facts; None: as long as the facts.
    pub async fn statistics_agent_days(&self, principal: &Principal) -> Result<Option<i64>> {
        principal.require(Capability::ReadReports)?;
        Ok(self.db().org(principal.org_id()).stat_agent_days().await?)
    }

    /// Chooses how long agent ids stay on statistics facts and drops the older ones now.
    pub async fn set_statistics_agent_days(&self, principal: &Principal, days: Option<i64>) -> Result<u64> {
        principal.require(Capability::ReadReports)?;
        if let Some(d) = days
            && !(1..=MAX_AGENT_DAYS).contains(&d)
        {
            let reason = if d < 1 {
                domain::InvalidReason::TooShort { min: 1 }
            } else {
                domain::InvalidReason::TooLong { max: MAX_AGENT_DAYS as usize }
            };
            return Err(domain::Invalid::new("agent_days", reason).into());
        }
        let mut w = self.db().write(principal.org_id()).await?;
        w.set_stat_agent_days(days).await?;
        let dropped = match days {
            Some(d) => w.drop_stat_agents(Timestamp::now().plus_days(-d)).await?,
            None => 0,
        };
        let mut event = NewEvent::new(principal.actor(), Action::StatisticsAgentDaysSet)
            .detail("dropped", DetailValue::Count(dropped as i64));
        if let Some(d) = days {
            event = event.detail("days", DetailValue::Count(d));
        }
        w.audit(event).await?;
        w.commit().await?;
        Ok(dropped)
    }

    /// Drops agent ids older than the organisation's choice (run with retention, daily).
    pub async fn drop_statistics_agents(&self, org: OrgId, as_of: Timestamp) -> Result<u64> {
        let Some(days) = self.db().org(org).stat_agent_days().await? else { return Ok(0) };
        let mut w = self.db().write(org).await?;
        let dropped = w.drop_stat_agents(as_of.plus_days(-days)).await?;
        w.commit().await?;
        Ok(dropped)
    }
}
