//! Statistics rows: facts (one per conversation, case and forum question, no personal
//! data), the per-day versions that tell which pre-aggregates are current, and the
//! pre-aggregates themselves. Retention and erasure never reach these tables.

use crate::db::id_list;
use crate::{OrgScope, OrgWrite, Result, StorageError};
use domain::Timestamp;
use domain::retention::Module;
use domain::stats::{Cell, CellKey, Fact, Figures};

/// A day's version and the version its pre-aggregates were built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct DayVersion {
    pub day: i64,
    pub version: i64,
    pub built_version: i64,
}

impl DayVersion {
    pub fn is_current(&self) -> bool {
        self.version == self.built_version
    }
}

#[derive(sqlx::FromRow)]
struct FactRow {
    module: String,
    source_id: i64,
    scope_id: i64,
    agent_id: Option<i64>,
    opened_at: i64,
    opened_day: i64,
    opened_hour: i64,
    first_response_at: Option<i64>,
    closed_at: Option<i64>,
    outcome: String,
    transfers: i64,
}

impl TryFrom<FactRow> for Fact {
    type Error = StorageError;
    fn try_from(r: FactRow) -> Result<Self> {
        Ok(Fact {
            module: r.module.parse().map_err(|_| StorageError::Corrupt("stat_facts.module"))?,
            source_id: r.source_id,
            scope_id: r.scope_id,
            agent_id: r.agent_id,
            opened_at: Timestamp(r.opened_at),
            opened_day: r.opened_day,
            opened_hour: r.opened_hour,
            first_response_at: r.first_response_at.map(Timestamp),
            closed_at: r.closed_at.map(Timestamp),
            outcome: r.outcome.parse().map_err(|_| StorageError::Corrupt("stat_facts.outcome"))?,
            transfers: r.transfers,
        })
    }
}

/// A day's cells of one module as one value: per cell its scope and agent, six counts,
/// 24 hour counts, then the response and the close durations, each list preceded by
/// its length. All little-endian.
fn encode_cells<'a>(cells: impl Iterator<Item = &'a Cell>) -> Vec<u8> {
    let mut out = Vec::new();
    let put = |v: u32, out: &mut Vec<u8>| out.extend_from_slice(&v.to_le_bytes());
    for cell in cells {
        let f = &cell.figures;
        out.extend_from_slice(&cell.key.scope_id.to_le_bytes());
        out.extend_from_slice(&cell.key.agent_id.to_le_bytes());
        for v in [f.opened, f.answered, f.missed, f.offline, f.transferred, f.still_open].into_iter().chain(f.hours) {
            put(v, &mut out);
        }
        for list in [&f.first_response, &f.to_close] {
            put(u32::try_from(list.len()).unwrap_or(u32::MAX), &mut out);
            for v in list.iter() {
                put(*v, &mut out);
            }
        }
    }
    out
}

/// Reads little-endian values off the front of a byte slice.
struct Cursor<'a>(&'a [u8]);

impl Cursor<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8]> {
        if self.0.len() < n {
            return Err(StorageError::Corrupt("stat_daily.cells"));
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Ok(head)
    }

    fn i64(&mut self) -> Result<i64> {
        let b = self.take(8)?;
        Ok(i64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
    }

    fn u32s(&mut self, n: usize) -> Result<Vec<u32>> {
        let bytes = self.take(n.checked_mul(4).ok_or(StorageError::Corrupt("stat_daily.cells"))?)?;
        Ok(bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
    }

    fn list(&mut self) -> Result<Vec<u32>> {
        let n = self.u32s(1)?[0] as usize;
        self.u32s(n)
    }
}

/// Reads what [`encode_cells`] wrote.
fn decode_cells(day: i64, module: Module, bytes: &[u8]) -> Result<Vec<Cell>> {
    let mut cursor = Cursor(bytes);
    let mut cells = Vec::new();
    while !cursor.0.is_empty() {
        let scope_id = cursor.i64()?;
        let agent_id = cursor.i64()?;
        let counts = cursor.u32s(30)?;
        let mut hours = [0u32; 24];
        hours.copy_from_slice(&counts[6..30]);
        let first_response = cursor.list()?;
        let to_close = cursor.list()?;
        cells.push(Cell {
            key: CellKey { day, module, scope_id, agent_id },
            figures: Figures {
                opened: counts[0],
                answered: counts[1],
                missed: counts[2],
                offline: counts[3],
                transferred: counts[4],
                still_open: counts[5],
                hours,
                first_response,
                to_close,
            },
        });
    }
    Ok(cells)
}

#[derive(sqlx::FromRow)]
struct DayRow {
    day: i64,
    cells: Vec<u8>,
}

const FACT_COLUMNS: &str = "module, source_id, scope_id, agent_id, opened_at, opened_day, opened_hour, \
    first_response_at, closed_at, outcome, transfers";

impl OrgScope<'_> {
    /// The days of a period that have facts, with their versions.
    pub async fn stat_days(&self, first_day: i64, last_day: i64) -> Result<Vec<DayVersion>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT day, version, built_version FROM stat_days WHERE org_id = $1 AND day BETWEEN $2 AND $3 ORDER BY day",
            )
            .bind(self.org.0)
            .bind(first_day)
            .bind(last_day)
            .fetch_all(pool)
            .await
        })?)
    }

    /// The pre-aggregated cells of a period for one module (and scope).
    pub async fn stat_cells(
        &self,
        module: Module,
        first_day: i64,
        last_day: i64,
        scope: Option<i64>,
    ) -> Result<Vec<Cell>> {
        let rows: Vec<DayRow> = on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT day, cells FROM stat_daily WHERE org_id = $1 AND module = $2 AND day BETWEEN $3 AND $4",
            )
            .bind(self.org.0)
            .bind(module.as_str())
            .bind(first_day)
            .bind(last_day)
            .fetch_all(pool)
            .await
        })?;
        let mut cells = Vec::new();
        for row in rows {
            let day = decode_cells(row.day, module, &row.cells)?;
            cells.extend(day.into_iter().filter(|c| scope.is_none_or(|s| s == c.key.scope_id)));
        }
        Ok(cells)
    }

    /// Every fact opened on the given days (taken from [`Self::stat_days`], never input).
    pub async fn stat_facts_on(&self, days: &[i64]) -> Result<Vec<Fact>> {
        let sql =
            format!("SELECT {FACT_COLUMNS} FROM stat_facts WHERE org_id = $1 AND opened_day IN ({})", id_list(days));
        let rows: Vec<FactRow> = on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(self.org.0).fetch_all(pool).await
        })?;
        rows.into_iter().map(Fact::try_from).collect()
    }

    /// One fact, by what it describes.
    pub async fn stat_fact(&self, module: Module, source_id: i64) -> Result<Option<Fact>> {
        let sql = format!("SELECT {FACT_COLUMNS} FROM stat_facts WHERE org_id = $1 AND module = $2 AND source_id = $3");
        let row: Option<FactRow> = on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(self.org.0)
                .bind(module.as_str())
                .bind(source_id)
                .fetch_optional(pool)
                .await
        })?;
        row.map(Fact::try_from).transpose()
    }

    /// Days the agent id stays on a fact; None: as long as the fact.
    pub async fn stat_agent_days(&self) -> Result<Option<i64>> {
        let days: Option<Option<i64>> = on_pool!(self.db, |pool| {
            sqlx::query_scalar("SELECT agent_days FROM stat_settings WHERE org_id = $1")
                .bind(self.org.0)
                .fetch_optional(pool)
                .await
        })?;
        Ok(days.flatten())
    }
}

impl OrgWrite {
    /// Marks a day's pre-aggregates as out of date.
    async fn touch_stat_day(&mut self, day: i64) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "INSERT INTO stat_days (org_id, day, version, built_version) VALUES ($1, $2, 1, 0) \
                 ON CONFLICT (org_id, day) DO UPDATE SET version = stat_days.version + 1",
            )
            .bind(org)
            .bind(day)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Records a new conversation, case or question (nothing when it is already recorded).
    pub async fn stat_opened(&mut self, fact: &Fact) -> Result<()> {
        let org = self.org.0;
        // Whole seconds: nothing finer is reported, and a coarser time is harder to link.
        let whole = |t: Timestamp| t.0 - t.0.rem_euclid(Timestamp::MICROS_PER_SECOND);
        let inserted = on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "INSERT INTO stat_facts (org_id, module, source_id, scope_id, agent_id, opened_at, opened_day, \
                 opened_hour, first_response_at, closed_at, outcome, transfers) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
                 ON CONFLICT (org_id, module, source_id) DO NOTHING",
            )
            .bind(org)
            .bind(fact.module.as_str())
            .bind(fact.source_id)
            .bind(fact.scope_id)
            .bind(fact.agent_id)
            .bind(whole(fact.opened_at))
            .bind(fact.opened_day)
            .bind(fact.opened_hour)
            .bind(fact.first_response_at.map(whole))
            .bind(fact.closed_at.map(whole))
            .bind(fact.outcome.as_str())
            .bind(fact.transfers)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        if inserted > 0 {
            self.touch_stat_day(fact.opened_day).await?;
        }
        Ok(())
    }

    /// Applies `set` (an SQL assignment list whose parameters, from $4, are `values`) to one fact.
    async fn update_fact(&mut self, module: Module, source_id: i64, set: &str, values: &[Option<i64>]) -> Result<()> {
        let org = self.org.0;
        let sql = format!(
            "UPDATE stat_facts SET {set} WHERE org_id = $1 AND module = $2 AND source_id = $3 RETURNING opened_day"
        );
        let day: Option<i64> = on_tx!(&mut self.tx, |conn| {
            let mut query =
                sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone())).bind(org).bind(module.as_str()).bind(source_id);
            for value in values {
                query = query.bind(*value);
            }
            query.fetch_optional(conn).await
        })?;
        match day {
            Some(day) => self.touch_stat_day(day).await,
            None => Ok(()),
        }
    }

    /// The first response (later ones keep the first time); an open fact becomes answered.
    pub async fn stat_responded(
        &mut self,
        module: Module,
        source_id: i64,
        at: Timestamp,
        agent: Option<domain::UserId>,
    ) -> Result<()> {
        let set = "first_response_at = COALESCE(first_response_at, $4 - $4 % 1000000), \
                   agent_id = COALESCE($5, agent_id), \
                   outcome = CASE WHEN outcome IN ('open', 'missed') THEN 'answered' ELSE outcome END";
        self.update_fact(module, source_id, set, &[Some(at.0), agent.map(|a| a.0)]).await
    }

    /// Closed now; never answered means missed.
    pub async fn stat_closed(
        &mut self,
        module: Module,
        source_id: i64,
        at: Timestamp,
        agent: Option<domain::UserId>,
    ) -> Result<()> {
        let set = "closed_at = $4 - $4 % 1000000, agent_id = COALESCE($5, agent_id), \
                   outcome = CASE WHEN outcome = 'open' THEN 'missed' ELSE outcome END";
        self.update_fact(module, source_id, set, &[Some(at.0), agent.map(|a| a.0)]).await
    }

    /// Open again (a customer wrote to a closed case): an unanswered one is open, not missed.
    pub async fn stat_reopened(&mut self, module: Module, source_id: i64) -> Result<()> {
        let set = "closed_at = NULL, outcome = CASE WHEN outcome = 'missed' THEN 'open' ELSE outcome END";
        self.update_fact(module, source_id, set, &[]).await
    }

    /// Handed to another flow, group or colleague; the fact follows it to `scope`.
    pub async fn stat_transferred(
        &mut self,
        module: Module,
        source_id: i64,
        scope: Option<i64>,
        agent: Option<domain::UserId>,
    ) -> Result<()> {
        let set = "transfers = transfers + 1, scope_id = COALESCE($4, scope_id), agent_id = COALESCE($5, agent_id)";
        self.update_fact(module, source_id, set, &[scope, agent.map(|a| a.0)]).await
    }

    /// Sets how long agent ids stay on facts (None: as long as the fact).
    pub async fn set_stat_agent_days(&mut self, days: Option<i64>) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "INSERT INTO stat_settings (org_id, agent_days) VALUES ($1, $2) \
                 ON CONFLICT (org_id) DO UPDATE SET agent_days = excluded.agent_days",
            )
            .bind(org)
            .bind(days)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Drops the agent id from facts opened before `before`; how many facts lost it.
    pub async fn drop_stat_agents(&mut self, before: Timestamp) -> Result<u64> {
        let org = self.org.0;
        let days: Vec<i64> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "UPDATE stat_facts SET agent_id = NULL WHERE org_id = $1 AND agent_id IS NOT NULL AND opened_at < $2 \
                 RETURNING opened_day",
            )
            .bind(org)
            .bind(before.0)
            .fetch_all(conn)
            .await
        })?;
        let dropped = days.len() as u64;
        let mut distinct = days;
        distinct.sort_unstable();
        distinct.dedup();
        for day in &distinct {
            self.touch_stat_day(*day).await?;
        }
        // The day's pre-aggregates hold the ids too: they go now, not at the next report.
        let sql = format!("DELETE FROM stat_daily WHERE org_id = $1 AND day IN ({})", id_list(&distinct));
        on_tx!(&mut self.tx, |conn| sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .bind(org)
            .execute(conn)
            .await
            .map(|r| r.rows_affected()))?;
        Ok(dropped)
    }

    /// Stores a day's pre-aggregates built from the facts of `version`; does nothing
    /// (false) when a fact of that day changed since, so a stale build is never kept.
    pub async fn store_stat_day(&mut self, day: DayVersion, cells: &[Cell]) -> Result<bool> {
        let org = self.org.0;
        let lock = self.tx.row_lock();
        let sql = format!("SELECT version FROM stat_days WHERE org_id = $1 AND day = $2{lock}");
        let current: Option<i64> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone())).bind(org).bind(day.day).fetch_optional(conn).await
        })?;
        if current != Some(day.version) {
            return Ok(false);
        }
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("DELETE FROM stat_daily WHERE org_id = $1 AND day = $2")
                .bind(org)
                .bind(day.day)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        for module in Module::ALL {
            let of_day = || cells.iter().filter(|c| c.key.day == day.day && c.key.module == *module);
            if of_day().next().is_none() {
                continue;
            }
            let encoded = encode_cells(of_day());
            on_tx!(&mut self.tx, |conn| {
                sqlx::query("INSERT INTO stat_daily (org_id, day, module, cells) VALUES ($1, $2, $3, $4)")
                    .bind(org)
                    .bind(day.day)
                    .bind(module.as_str())
                    .bind(&encoded)
                    .execute(conn)
                    .await
                    .map(|r| r.rows_affected())
            })?;
        }
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("UPDATE stat_days SET built_version = $3 WHERE org_id = $1 AND day = $2")
                .bind(org)
                .bind(day.day)
                .bind(day.version)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_survive_encoding() {
        let mut figures = Figures { opened: 3, answered: 2, missed: 1, still_open: 1, ..Default::default() };
        figures.hours[9] = 3;
        figures.first_response = vec![30, 90];
        figures.to_close = vec![600];
        let cells = vec![
            Cell { key: CellKey { day: 20261102, module: Module::Chat, scope_id: 7, agent_id: 0 }, figures },
            Cell {
                key: CellKey { day: 20261102, module: Module::Chat, scope_id: 8, agent_id: 42 },
                figures: Figures::default(),
            },
        ];
        let bytes = encode_cells(cells.iter());
        assert_eq!(decode_cells(20261102, Module::Chat, &bytes).unwrap(), cells);
        assert!(decode_cells(20261102, Module::Chat, &bytes[..bytes.len() - 1]).is_err());
        assert_eq!(decode_cells(20261102, Module::Chat, &[]).unwrap(), vec![]);
    }
}
