//! Retention rows: rule versions, legal bases, legal holds, run receipts; and the
//! statements the engine runs: which items are due, and removing or anonymising them.
//!
//! What anonymisation does to each column is not decided here: the caller passes the
//! privacy registry's plan for each table (`Plan`), and this module only knows how
//! the tables of an item hang together (`family`).

use crate::db::id_list;
use crate::{OrgScope, OrgWrite, Result};
use domain::Timestamp;
use domain::retention::{Applies, Clock, Disposal, Module};

/// One version of a rule.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RuleRow {
    pub id: i64,
    pub module: String,
    pub scope_id: i64,
    pub applies_to: String,
    pub version: i64,
    pub clock: Option<String>,
    pub days: Option<i64>,
    pub action: Option<String>,
    pub legal_basis_id: Option<i64>,
    pub reason: String,
    pub changed_by: Option<i64>,
    pub changed_at: i64,
    pub effective_at: i64,
    pub confirmed_by: Option<i64>,
}

const RULE_COLUMNS: &str = "id, module, scope_id, applies_to, version, clock, days, action, legal_basis_id, reason, \
    changed_by, changed_at, effective_at, confirmed_by";

/// A rule version to store.
#[derive(Debug, Clone)]
pub struct NewRuleVersion<'a> {
    pub module: Module,
    pub scope_id: i64,
    pub applies: Applies,
    /// `None`: the scope no longer has a rule of its own.
    pub terms: Option<domain::retention::Terms>,
    pub legal_basis_id: Option<i64>,
    pub reason: &'a str,
    pub changed_by: Option<domain::UserId>,
    pub effective_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct LegalBasisRow {
    pub id: i64,
    pub reference: String,
    pub min_days: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RunRow {
    pub id: i64,
    pub started_at: i64,
    pub finished_at: i64,
    pub as_of: i64,
    pub dry_run: bool,
    pub removed: i64,
    pub held: i64,
    pub skipped: i64,
    pub counts: String,
    pub rule_versions: String,
}

/// A run's receipt to store.
#[derive(Debug, Clone)]
pub struct NewRun<'a> {
    pub started_at: Timestamp,
    pub as_of: Timestamp,
    pub dry_run: bool,
    pub removed: i64,
    pub held: i64,
    pub skipped: i64,
    pub counts: &'a str,
    pub rule_versions: &'a str,
}

/// What a retention rule removes: the items of a module, or their attachments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    ChatConversations,
    ChatFiles,
    ForumQuestions,
    MailCases,
    CaseAttachments,
}

impl Kind {
    pub fn of(module: Module, applies: Applies) -> Option<Kind> {
        match (module, applies) {
            (Module::Chat, Applies::Records) => Some(Kind::ChatConversations),
            (Module::Chat, Applies::Attachments) => Some(Kind::ChatFiles),
            (Module::Forum, Applies::Records) => Some(Kind::ForumQuestions),
            (Module::Forum, Applies::Attachments) => None,
            (Module::Mail, Applies::Records) => Some(Kind::MailCases),
            (Module::Mail, Applies::Attachments) => Some(Kind::CaseAttachments),
        }
    }

    fn sql(self) -> KindSql {
        // `$2` is the moment holds are judged at. Holds on a person are resolved to the
        // items they cover by the caller (`Selection::held_by_person`).
        let held = |item: &str, target: &str| {
            format!(
                "EXISTS (SELECT 1 FROM legal_holds h WHERE h.org_id = $1 AND h.released_at IS NULL \
                 AND (h.expires_at IS NULL OR h.expires_at > $2) AND h.target = '{target}' AND h.target_id = {item})"
            )
        };
        match self {
            Kind::ChatConversations => KindSql {
                from: "chat_conversations i",
                scope: "i.flow_id",
                closed: "COALESCE(i.closed_at, i.last_activity_at)",
                last_activity: "i.last_activity_at",
                created: "i.created_at",
                anonymised: Some("i.anonymised_at"),
                extra: "1 = 1",
                held: held("i.id", "conversation"),
            },
            Kind::ChatFiles => KindSql {
                from: "chat_files i JOIN chat_conversations c ON c.id = i.conversation_id",
                scope: "c.flow_id",
                closed: "i.created_at",
                last_activity: "i.created_at",
                created: "i.created_at",
                anonymised: None,
                extra: "1 = 1",
                held: held("c.id", "conversation"),
            },
            Kind::ForumQuestions => KindSql {
                from: "forum_posts i",
                scope: "i.category_id",
                // A forum question is never closed: it counts from its last activity.
                closed: "i.last_activity_at",
                last_activity: "i.last_activity_at",
                created: "i.created_at",
                anonymised: Some("i.anonymised_at"),
                extra: "i.question_id IS NULL",
                held: held("i.id", "forum_post"),
            },
            Kind::MailCases => KindSql {
                from: "cases i",
                scope: "i.inbox_id",
                closed: "COALESCE(i.closed_at, i.last_message_at)",
                last_activity: "i.last_message_at",
                created: "i.created_at",
                anonymised: Some("i.anonymised_at"),
                extra: "1 = 1",
                held: held("i.id", "case"),
            },
            Kind::CaseAttachments => KindSql {
                from: "case_attachments i JOIN case_messages m ON m.id = i.case_message_id JOIN cases c ON c.id = m.case_id",
                scope: "c.inbox_id",
                closed: "i.created_at",
                last_activity: "i.created_at",
                created: "i.created_at",
                anonymised: None,
                extra: "1 = 1",
                held: held("c.id", "case"),
            },
        }
    }
}

struct KindSql {
    from: &'static str,
    scope: &'static str,
    closed: &'static str,
    last_activity: &'static str,
    created: &'static str,
    anonymised: Option<&'static str>,
    extra: &'static str,
    held: String,
}

impl KindSql {
    fn clock(&self, clock: Clock) -> &'static str {
        match clock {
            Clock::Closed => self.closed,
            Clock::LastActivity => self.last_activity,
            Clock::Created => self.created,
        }
    }
}

/// Which items of a kind a rule covers: one scope, or the module minus the scopes
/// that have rules of their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Coverage {
    Scope(i64),
    AllBut(Vec<i64>),
}

/// A rule as the engine applies it.
#[derive(Debug, Clone)]
pub struct Selection {
    pub kind: Kind,
    pub coverage: Coverage,
    pub clock: Clock,
    pub days: i64,
    pub action: Disposal,
    /// Items a hold on a person covers (conversations, cases or forum posts, by the
    /// kind's item): resolved by the caller, which knows how a person is found.
    pub held_by_person: Vec<i64>,
}

impl Selection {
    /// The WHERE clause shared by every query about this selection. Placeholders:
    /// `$1` org, `$2` the moment holds are judged at, `$3` the clock's cutoff.
    fn filter(&self, held: bool) -> String {
        let sql = self.kind.sql();
        let scope = match &self.coverage {
            Coverage::Scope(id) => format!("{} = {id}", sql.scope),
            Coverage::AllBut(ids) if ids.is_empty() => "1 = 1".to_owned(),
            Coverage::AllBut(ids) => format!("({0} IS NULL OR {0} NOT IN ({1}))", sql.scope, id_list(ids)),
        };
        let fresh = match (self.action, sql.anonymised) {
            (Disposal::Anonymise, Some(column)) => format!("{column} IS NULL"),
            _ => "1 = 1".to_owned(),
        };
        let list = id_list(&self.held_by_person);
        // NOT (… OR x IN (NULL)) would be NULL, never true: an empty list must be false.
        let by_person = match self.kind {
            _ if self.held_by_person.is_empty() => "1 = 0".to_owned(),
            Kind::ChatConversations | Kind::MailCases => format!("i.id IN ({list})"),
            Kind::ChatFiles => format!("i.conversation_id IN ({list})"),
            Kind::CaseAttachments => format!("m.case_id IN ({list})"),
            // A question is held when it or one of its answers is the person's.
            Kind::ForumQuestions => format!(
                "(i.id IN ({list}) OR EXISTS (SELECT 1 FROM forum_posts a WHERE a.question_id = i.id AND a.id IN ({list})))"
            ),
        };
        let any_hold = format!("({} OR {by_person})", sql.held);
        let hold = if held { any_hold } else { format!("NOT {any_hold}") };
        format!(
            "FROM {} WHERE i.org_id = $1 AND {} AND {scope} AND {fresh} AND {} <= $3 AND {hold}",
            sql.from,
            sql.extra,
            sql.clock(self.clock)
        )
    }

    fn cutoff(&self, as_of: Timestamp) -> i64 {
        as_of.plus_days(-self.days).micros()
    }
}

const DAY_MICROS: i64 = Timestamp::MICROS_PER_DAY;

impl crate::Db {
    /// After removing personal data: on SQLite, merge the search index's segments (so
    /// removed terms leave the file; only when forum posts changed) and fold the
    /// write-ahead log into the database and truncate it (so old page images do not
    /// linger); `secure_delete` has zeroed freed pages. This runs on a connection of its
    /// own, and the long part (a passive checkpoint) lets live writes go on meanwhile.
    /// PostgreSQL reclaims dead rows by autovacuum.
    pub async fn compact_after_removal(&self, forum_changed: bool) -> Result<()> {
        use sqlx::Connection;
        if let crate::Db::Sqlite(db) = self {
            let options = db.writes.connect_options();
            let mut conn = sqlx::SqliteConnection::connect_with(&options).await?;
            if forum_changed {
                sqlx::query("INSERT INTO forum_search (forum_search) VALUES ('optimize')").execute(&mut conn).await?;
            }
            sqlx::query("PRAGMA wal_checkpoint(PASSIVE)").execute(&mut conn).await?;
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&mut conn).await?;
            conn.close().await?;
        }
        Ok(())
    }
}

impl OrgScope<'_> {
    pub async fn retention_rules(&self) -> Result<Vec<RuleRow>> {
        let sql = format!("SELECT {RULE_COLUMNS} FROM retention_rules WHERE org_id = $1 ORDER BY id");
        Ok(on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(self.org.0).fetch_all(pool).await)?)
    }

    pub async fn legal_bases(&self) -> Result<Vec<LegalBasisRow>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, reference, min_days FROM retention_legal_bases WHERE org_id = $1 ORDER BY reference, id",
            )
            .bind(self.org.0)
            .fetch_all(pool)
            .await
        })?)
    }

    pub async fn retention_runs(&self, limit: i64) -> Result<Vec<RunRow>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, started_at, finished_at, as_of, dry_run, removed, held, skipped, counts, rule_versions \
                 FROM retention_runs WHERE org_id = $1 ORDER BY id DESC LIMIT $2",
            )
            .bind(self.org.0)
            .bind(limit)
            .fetch_all(pool)
            .await
        })?)
    }

    /// Ids of items the selection removes at `as_of` (held items left out), above
    /// `after`, in id order: the engine walks the table once, batch after batch.
    pub async fn due_items(&self, selection: &Selection, as_of: Timestamp, after: i64, limit: i64) -> Result<Vec<i64>> {
        let sql = format!("SELECT i.id {} AND i.id > $5 ORDER BY i.id LIMIT $4", selection.filter(false));
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone()))
                .bind(self.org.0)
                .bind(as_of.micros())
                .bind(selection.cutoff(as_of))
                .bind(limit)
                .bind(after)
                .fetch_all(pool)
                .await
        })?)
    }

    /// How many items the selection would remove but a hold keeps.
    pub async fn held_items(&self, selection: &Selection, as_of: Timestamp) -> Result<i64> {
        let sql = format!("SELECT CAST(COUNT(*) AS BIGINT) {}", selection.filter(true));
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone()))
                .bind(self.org.0)
                .bind(as_of.micros())
                .bind(selection.cutoff(as_of))
                .fetch_one(pool)
                .await
        })?)
    }

    /// Items becoming due per day: index 0 is everything due at `as_of` (overdue
    /// included), index d those falling due during day d after it, up to `days_ahead`.
    pub async fn due_by_day(&self, selection: &Selection, as_of: Timestamp, days_ahead: i64) -> Result<Vec<i64>> {
        let sql = selection.kind.sql();
        let clock = sql.clock(selection.clock);
        let days_micros = selection.days * DAY_MICROS;
        let query = format!(
            "SELECT CAST(CASE WHEN {clock} + {days_micros} <= $2 THEN 0 \
             ELSE ({clock} + {days_micros} - $2 - 1) / {DAY_MICROS} + 1 END AS BIGINT) AS day, \
             CAST(COUNT(*) AS BIGINT) AS n {} GROUP BY 1",
            selection.filter(false)
        );
        let horizon = Selection { days: selection.days - days_ahead, ..selection.clone() };
        let rows: Vec<(i64, i64)> = on_pool!(self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(query.clone()))
                .bind(self.org.0)
                .bind(as_of.micros())
                .bind(horizon.cutoff(as_of))
                .fetch_all(pool)
                .await
        })?;
        let mut out = vec![0i64; days_ahead as usize + 1];
        for (day, n) in rows {
            if let Some(slot) = usize::try_from(day).ok().and_then(|d| out.get_mut(d)) {
                *slot += n;
            }
        }
        Ok(out)
    }

    /// The clock value of the oldest item overdue at `as_of` (held items left out).
    pub async fn oldest_due(&self, selection: &Selection, as_of: Timestamp) -> Result<Option<i64>> {
        let clock = selection.kind.sql().clock(selection.clock);
        let sql = format!("SELECT MIN({clock}) {}", selection.filter(false));
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone()))
                .bind(self.org.0)
                .bind(as_of.micros())
                .bind(selection.cutoff(as_of))
                .fetch_one(pool)
                .await
        })?)
    }
}

/// What anonymisation does to a column (the registry's decision, passed in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Treatment {
    Pseudonym,
    Erase,
    MaskText,
    DeleteRow,
}

/// The registry's plan for one table: each personal column and its treatment.
pub type Plan<'a> = &'a (dyn Fn(&str) -> Vec<(&'static str, Treatment)> + Sync);

/// One table of an item's family: which of its rows belong to the batch, and the
/// column that names the person a row is about (for stable pseudonyms).
struct Member {
    table: &'static str,
    rows: String,
    person: Option<&'static str>,
    /// The value written by `Erase` where the column is NOT NULL.
    erased: Option<&'static str>,
    /// Which rows are the data subject's own, for pseudonyms (staff keep their names).
    subject_rows: &'static str,
}

/// The tables an item's personal data lives in. `ids` are the items' own ids.
fn family(kind: Kind, ids: &[i64]) -> Vec<Member> {
    let list = id_list(ids);
    let member = |table, rows: String, person| Member { table, rows, person, erased: None, subject_rows: "1 = 1" };
    match kind {
        Kind::ChatConversations => vec![
            member("chat_conversations", format!("id IN ({list})"), Some("visitor_email")),
            member("chat_messages", format!("conversation_id IN ({list})"), None),
            member("chat_files", format!("conversation_id IN ({list})"), None),
            member("mail_outbox", format!("conversation_id IN ({list})"), None),
            // A visitor's token is NOT NULL and unique: erased to a value no token hashes to,
            // once none of the visitor's conversations is left unanonymised.
            Member {
                table: "chat_visitors",
                rows: format!(
                    "id IN (SELECT visitor_id FROM chat_conversations WHERE id IN ({list})) AND NOT EXISTS \
                     (SELECT 1 FROM chat_conversations c WHERE c.visitor_id = chat_visitors.id \
                     AND c.anonymised_at IS NULL AND c.id NOT IN ({list}))"
                ),
                person: None,
                erased: Some("'erased:' || CAST(id AS TEXT)"),
                subject_rows: "1 = 1",
            },
        ],
        Kind::ForumQuestions => vec![
            Member {
                subject_rows: "staff_user_id IS NULL",
                ..member("forum_posts", format!("(id IN ({list}) OR question_id IN ({list}))"), Some("author_email"))
            },
            member(
                "mail_outbox",
                format!(
                    "forum_post_id IN (SELECT id FROM forum_posts WHERE id IN ({list}) OR question_id IN ({list}))"
                ),
                None,
            ),
        ],
        Kind::MailCases => vec![
            member("cases", format!("id IN ({list})"), Some("customer_email")),
            Member {
                subject_rows: "direction = 'in'",
                ..member("case_messages", format!("case_id IN ({list})"), Some("from_address"))
            },
            member(
                "case_attachments",
                format!("case_message_id IN (SELECT id FROM case_messages WHERE case_id IN ({list}))"),
                None,
            ),
            member("mail_outbox", format!("case_id IN ({list})"), None),
        ],
        Kind::ChatFiles | Kind::CaseAttachments => Vec::new(),
    }
}

/// The tables anonymisation reaches (for the registry's coverage test).
pub fn anonymised_tables() -> Vec<&'static str> {
    let mut tables: Vec<&'static str> = [Kind::ChatConversations, Kind::ForumQuestions, Kind::MailCases]
        .into_iter()
        .flat_map(|k| family(k, &[0]).into_iter().map(|m| m.table))
        .collect();
    tables.sort_unstable();
    tables.dedup();
    tables
}

impl OrgWrite {
    pub async fn add_legal_basis(&mut self, reference: &str, min_days: i64) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO retention_legal_bases (org_id, reference, min_days, created_at) VALUES ($1, $2, $3, $4) \
                 RETURNING id",
            )
            .bind(org)
            .bind(reference)
            .bind(min_days)
            .bind(now)
            .fetch_one(conn)
            .await
        })?)
    }

    /// Stores the next version of a rule; returns (row id, version).
    pub async fn add_rule_version(&mut self, new: &NewRuleVersion<'_>) -> Result<(i64, i64)> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let current: Option<i64> = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "SELECT MAX(version) FROM retention_rules WHERE org_id = $1 AND module = $2 AND scope_id = $3 \
                 AND applies_to = $4",
            )
            .bind(org)
            .bind(new.module.as_str())
            .bind(new.scope_id)
            .bind(new.applies.as_str())
            .fetch_one(conn)
            .await
        })?;
        let version = current.unwrap_or(0) + 1;
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO retention_rules (org_id, module, scope_id, applies_to, version, clock, days, action, \
                 legal_basis_id, reason, changed_by, changed_at, effective_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
            )
            .bind(org)
            .bind(new.module.as_str())
            .bind(new.scope_id)
            .bind(new.applies.as_str())
            .bind(version)
            .bind(new.terms.map(|t| t.clock.as_str()))
            .bind(new.terms.map(|t| t.days))
            .bind(new.terms.map(|t| t.action.as_str()))
            .bind(new.legal_basis_id)
            .bind(new.reason)
            .bind(new.changed_by.map(|u| u.0))
            .bind(now)
            .bind(new.effective_at.micros())
            .fetch_one(conn)
            .await
        })?;
        Ok((id, version))
    }

    /// Makes a waiting rule version effective now.
    pub async fn confirm_rule_version(&mut self, id: i64, by: domain::UserId) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let changed = on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "UPDATE retention_rules SET effective_at = $3, confirmed_by = $4 WHERE org_id = $1 AND id = $2 \
                 AND effective_at > $3",
            )
            .bind(org)
            .bind(id)
            .bind(now)
            .bind(by.0)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        crate::error::found(changed)
    }

    pub async fn add_retention_run(&mut self, run: &NewRun<'_>) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO retention_runs (org_id, started_at, finished_at, as_of, dry_run, removed, held, skipped, \
                 counts, rule_versions) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            )
            .bind(org)
            .bind(run.started_at.micros())
            .bind(now)
            .bind(run.as_of.micros())
            .bind(run.dry_run)
            .bind(run.removed)
            .bind(run.held)
            .bind(run.skipped)
            .bind(run.counts)
            .bind(run.rule_versions)
            .fetch_one(conn)
            .await
        })?)
    }

    /// Deletes items with everything that refers to them (messages, files, answers,
    /// queued mail and reports by cascade; search entries; visitor sessions left
    /// without a conversation). Returns how many items went.
    pub async fn delete_items(&mut self, kind: Kind, ids: &[i64]) -> Result<u64> {
        if ids.is_empty() {
            return Ok(0);
        }
        let (org, list) = (self.org.0, id_list(ids));
        let mut visitors: Vec<i64> = Vec::new();
        match kind {
            Kind::ChatConversations => {
                let sql =
                    format!("SELECT DISTINCT visitor_id FROM chat_conversations WHERE org_id = $1 AND id IN ({list})");
                visitors = on_tx!(&mut self.tx, |conn| sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone()))
                    .bind(org)
                    .fetch_all(conn)
                    .await)?;
            }
            Kind::ForumQuestions => {
                // One way to delete a forum question: with its answers, reports and search entry.
                for id in ids {
                    self.delete_post(domain::PostId(*id)).await?;
                }
                return Ok(ids.len() as u64);
            }
            Kind::ChatFiles => {
                let sql = format!("UPDATE chat_messages SET file_id = NULL WHERE org_id = $1 AND file_id IN ({list})");
                self.execute_for_org(&sql).await?;
            }
            Kind::MailCases | Kind::CaseAttachments => {}
        }
        let table = match kind {
            Kind::ChatConversations => "chat_conversations",
            Kind::ChatFiles => "chat_files",
            Kind::ForumQuestions => "forum_posts",
            Kind::MailCases => "cases",
            Kind::CaseAttachments => "case_attachments",
        };
        let removed =
            self.execute_for_org(&format!("DELETE FROM {table} WHERE org_id = $1 AND id IN ({list})")).await?;
        if !visitors.is_empty() {
            let sql = format!(
                "DELETE FROM chat_visitors WHERE org_id = $1 AND id IN ({}) AND NOT EXISTS \
                 (SELECT 1 FROM chat_conversations c WHERE c.visitor_id = chat_visitors.id)",
                id_list(&visitors)
            );
            self.execute_for_org(&sql).await?;
        }
        Ok(removed)
    }

    /// Sets `column` of many rows (by id) to their own values, a few hundred rows per
    /// statement (`UPDATE … FROM` a list of values: one round trip instead of one each).
    async fn update_values(&mut self, table: &str, column: &str, also: &str, values: &[(i64, String)]) -> Result<()> {
        const ROWS: usize = 400;
        let org = self.org.0;
        for chunk in values.chunks(ROWS) {
            let list: Vec<String> = (0..chunk.len())
                .map(|i| format!("SELECT CAST(${} AS BIGINT) AS id, CAST(${} AS TEXT) AS value", 2 * i + 2, 2 * i + 3))
                .collect();
            let sql = format!(
                "UPDATE {table} SET {column} = v.value{also} FROM ({}) AS v WHERE {table}.org_id = $1 AND {table}.id = v.id",
                list.join(" UNION ALL ")
            );
            on_tx!(&mut self.tx, |conn| {
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone())).bind(org);
                for (id, value) in chunk {
                    query = query.bind(*id).bind(value);
                }
                query.execute(conn).await.map(|r| r.rows_affected())
            })?;
        }
        Ok(())
    }

    /// Anonymises items as `plan` says for each table of their family: pseudonyms
    /// (from `pseudonym(person)`, where person is the row's e-mail or a stand-in),
    /// masked text (through `mask`), erased values, deleted rows (files, queued mail).
    /// Marks the items anonymised. Returns how many items were anonymised.
    pub async fn anonymise_items(
        &mut self,
        kind: Kind,
        ids: &[i64],
        plan: Plan<'_>,
        pseudonym: &(dyn Fn(&str) -> String + Sync),
        mask: &(dyn Fn(&str) -> String + Sync),
        language: domain::org::Language,
    ) -> Result<u64> {
        if ids.is_empty() {
            return Ok(0);
        }
        let org = self.org.0;
        for member in family(kind, ids) {
            let columns = plan(member.table);
            // Values derived from other columns first, while the e-mail is still there.
            for (column, treatment) in
                columns.iter().filter(|(_, t)| matches!(t, Treatment::Pseudonym | Treatment::MaskText))
            {
                let person = member.person.unwrap_or("NULL");
                let whose = if *treatment == Treatment::Pseudonym { member.subject_rows } else { "1 = 1" };
                let sql = format!(
                    "SELECT id, {column}, CAST({person} AS TEXT) FROM {} WHERE org_id = $1 AND {} AND {whose} \
                     AND {column} IS NOT NULL",
                    member.table, member.rows
                );
                let rows: Vec<(i64, String, Option<String>)> = on_tx!(&mut self.tx, |conn| {
                    sqlx::query_as(sqlx::AssertSqlSafe(sql.clone())).bind(org).fetch_all(conn).await
                })?;
                let findings = matches!(member.table, "chat_messages" | "case_messages");
                let changed: Vec<(i64, String)> = rows
                    .into_iter()
                    .filter_map(|(id, value, person)| {
                        let new = match treatment {
                            Treatment::Pseudonym => {
                                pseudonym(&person.unwrap_or_else(|| format!("{}:{id}", member.table)))
                            }
                            _ => mask(&value),
                        };
                        // Text without identifiers stays as it is, findings included.
                        (new != value).then_some((id, new))
                    })
                    .collect();
                let reset = if findings { ", findings = '[]'" } else { "" };
                self.update_values(member.table, column, reset, &changed).await?;
            }
            let erased: Vec<String> = columns
                .iter()
                .filter(|(_, t)| *t == Treatment::Erase)
                .map(|(column, _)| format!("{column} = {}", member.erased.unwrap_or("NULL")))
                .collect();
            if !erased.is_empty() {
                let sql =
                    format!("UPDATE {} SET {} WHERE org_id = $1 AND {}", member.table, erased.join(", "), member.rows);
                self.execute_for_org(&sql).await?;
            }
            if columns.iter().any(|(_, t)| *t == Treatment::DeleteRow) {
                self.execute_for_org(&format!("DELETE FROM {} WHERE org_id = $1 AND {}", member.table, member.rows))
                    .await?;
            }
        }
        let list = id_list(ids);
        let now = Timestamp::now().micros();
        let table = match kind {
            Kind::ChatConversations => "chat_conversations",
            Kind::ForumQuestions => "forum_posts",
            Kind::MailCases => "cases",
            Kind::ChatFiles | Kind::CaseAttachments => return Ok(0),
        };
        let sql = format!("UPDATE {table} SET anonymised_at = $2 WHERE org_id = $1 AND id IN ({list})");
        let marked = on_tx!(&mut self.tx, |conn| sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .bind(org)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected()))?;
        if kind == Kind::ForumQuestions {
            for id in ids {
                self.reindex_question(domain::PostId(*id), language).await?;
            }
        }
        Ok(marked)
    }
}

impl OrgWrite {
    /// Loads `conversations` closed chat conversations of `flow`, each with `messages`
    /// visitor messages saying `body`, all closed at `closed_at`: in a few statements,
    /// for benchmarks and tests of retention at scale.
    pub async fn bulk_load_conversations(
        &mut self,
        flow: domain::FlowId,
        conversations: i64,
        messages: i64,
        body: &str,
        closed_at: Timestamp,
    ) -> Result<()> {
        let (org, t, flow) = (self.org.0, closed_at.micros(), flow.0);
        let batch = format!("bulk-{}-", Timestamp::now().micros());
        let statements = [
            format!(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {conversations}) \
                 INSERT INTO chat_visitors (org_id, token_hash, created_at, last_seen_at) \
                 SELECT {org}, '{batch}' || CAST(i AS TEXT), {t}, {t} FROM n"
            ),
            format!(
                "INSERT INTO chat_conversations (org_id, flow_id, visitor_id, status, language, visitor_name, \
                 visitor_email, last_seq, created_at, closed_at, last_activity_at) \
                 SELECT {org}, {flow}, v.id, 'closed', 'sv', 'Kim Andersson', \
                 'kim' || CAST(v.id AS TEXT) || '@example.se', {messages}, {t}, {t}, {t} \
                 FROM chat_visitors v WHERE v.org_id = {org} AND v.token_hash LIKE '{batch}%'"
            ),
            format!(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {messages}) \
                 INSERT INTO chat_messages (org_id, conversation_id, seq, sender, body, created_at) \
                 SELECT {org}, c.id, n.i, 'visitor', $1, {t} FROM chat_conversations c \
                 JOIN chat_visitors v ON v.id = c.visitor_id, n \
                 WHERE c.org_id = {org} AND v.token_hash LIKE '{batch}%'"
            ),
        ];
        for sql in statements {
            on_tx!(&mut self.tx, |conn| {
                let query = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
                let query = if sql.contains("$1") { query.bind(body) } else { query };
                query.execute(conn).await.map(|r| r.rows_affected())
            })?;
        }
        Ok(())
    }
}
