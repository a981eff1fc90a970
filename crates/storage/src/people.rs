//! One person's data, found, gathered and erased table by table as the privacy
//! registry declares it (`privacy::registry`): which columns name a person and how,
//! which item each row belongs to, what an export and an erasure do. No table is
//! named here; a table added to the registry is searched, exported and erased.

use crate::db::id_list;
use crate::{OrgScope, OrgWrite, Result};
use privacy::registry::{self, Belongs, Finds, Item, OnErase, OnExport, Own, PersonalColumn, PersonalTable};
use std::collections::{BTreeMap, BTreeSet};

/// A row that holds (or may hold) the person's data, and why it matched.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PersonRow {
    pub table: &'static str,
    /// The column that matched.
    pub column: &'static str,
    pub id: i64,
    /// The item the row belongs to (what export and erasure reach).
    pub item: Item,
    pub item_id: i64,
    pub at: i64,
}

/// One person a name search found: the name as written and the e-mail beside it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NameRow {
    pub table: &'static str,
    pub id: i64,
    pub item: Item,
    pub item_id: i64,
    pub name: Option<String>,
    pub email: Option<String>,
    pub at: i64,
}

/// A name column's match, as read.
#[derive(sqlx::FromRow)]
struct NameHit {
    id: i64,
    item_id: i64,
    name: Option<String>,
    email: Option<String>,
    at: i64,
}

/// A free text (or a number column) to check for a phone number or personnummer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextRow {
    pub id: i64,
    pub item_id: i64,
    pub at: i64,
    pub text: String,
}

/// The SQL for the id of the item a row of `table` (alias `t`) belongs to; `None` for
/// rows that are not searched by themselves (visitor sessions, search indexes).
fn item_of_row(table: &PersonalTable) -> Option<String> {
    match table.belongs {
        Belongs::Item(_) => Some("t.id".to_owned()),
        Belongs::Column { column, .. } => Some(format!("t.{column}")),
        Belongs::Through { column, table, item_column, .. } => {
            Some(format!("(SELECT v.{item_column} FROM {table} v WHERE v.id = t.{column})"))
        }
        Belongs::Referenced { .. } | Belongs::Index(_) => None,
    }
}

/// The SQL condition for the rows that are the person's own words.
fn own_rows(own: Own) -> String {
    match own {
        Own::All => "1 = 1".to_owned(),
        Own::None => "1 = 0".to_owned(),
        Own::When { column, value } => format!("t.{column} = '{value}'"),
        Own::WhenNull(column) => format!("t.{column} IS NULL"),
    }
}

impl OrgScope<'_> {
    /// Rows whose address columns hold `email` (compared in lower case), and free texts that mention it.
    pub async fn person_by_email(&self, email: &str) -> Result<Vec<PersonRow>> {
        let email = email.trim().to_lowercase();
        // `_` in the address matches any one character here: a slightly wider net for mentions.
        let mention = format!("%{}%", email.replace('%', ""));
        let mut rows = Vec::new();
        for (table, column) in registry::subject_columns() {
            let Some(item) = item_of_row(table) else { continue };
            let (test, value) = match column.finds {
                Finds::Email => ("=", &email),
                Finds::Text => ("LIKE", &mention),
                _ => continue,
            };
            let sql = format!(
                "SELECT t.id, {item}, t.created_at FROM {} t WHERE t.org_id = $1 AND LOWER(t.{}) {test} $2",
                table.table, column.column
            );
            let found: Vec<(i64, i64, i64)> =
                on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                    .bind(self.org.0)
                    .bind(value)
                    .fetch_all(pool)
                    .await)?;
            rows.extend(found.into_iter().map(|(id, item_id, at)| PersonRow {
                table: table.table,
                column: column.column,
                id,
                item: table.belongs.item(),
                item_id,
                at,
            }));
        }
        rows.sort_by_key(|r| (r.at, r.table, r.id));
        Ok(rows)
    }

    /// Rows whose name columns contain `name` (case-insensitive) in the person's own
    /// rows, with the e-mail beside it so that several people of one name can be told apart.
    pub async fn people_by_name(&self, name: &str) -> Result<Vec<NameRow>> {
        let pattern = format!("%{}%", name.trim().to_lowercase().replace(['%', '_'], ""));
        let mut rows = Vec::new();
        for (table, column) in registry::subject_columns().filter(|(_, c)| c.finds == Finds::Name) {
            let Some(item) = item_of_row(table) else { continue };
            let email = registry::personal_columns(table.table)
                .find(|c| c.finds == Finds::Email)
                .map_or("CAST(NULL AS TEXT)".to_owned(), |c| format!("t.{}", c.column));
            let sql = format!(
                "SELECT t.id, {item} AS item_id, t.{name} AS name, {email} AS email, t.created_at AS at FROM {table} t \
                 WHERE t.org_id = $1 AND {own} AND LOWER(t.{name}) LIKE $2 ORDER BY t.id LIMIT 500",
                name = column.column,
                table = table.table,
                own = own_rows(table.own),
            );
            let found: Vec<NameHit> = on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(self.org.0)
                .bind(&pattern)
                .fetch_all(pool)
                .await)?;
            rows.extend(found.into_iter().map(|hit| NameRow {
                table: table.table,
                id: hit.id,
                item: table.belongs.item(),
                item_id: hit.item_id,
                name: hit.name,
                email: hit.email,
                at: hit.at,
            }));
        }
        rows.sort_by_key(|r| (r.at, r.table, r.id));
        rows.truncate(500);
        Ok(rows)
    }

    /// Rows that name the widget visitor number `visitor`.
    pub async fn person_by_visitor(&self, visitor: i64) -> Result<Vec<PersonRow>> {
        let mut rows = Vec::new();
        for (table, column) in registry::subject_columns().filter(|(_, c)| c.finds == Finds::Visitor) {
            let Some(item) = item_of_row(table) else { continue };
            let sql = format!(
                "SELECT t.id, {item}, t.created_at FROM {} t WHERE t.org_id = $1 AND t.{} = $2 ORDER BY t.id",
                table.table, column.column
            );
            let found: Vec<(i64, i64, i64)> =
                on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                    .bind(self.org.0)
                    .bind(visitor)
                    .fetch_all(pool)
                    .await)?;
            rows.extend(found.into_iter().map(|(id, item_id, at)| PersonRow {
                table: table.table,
                column: column.column,
                id,
                item: table.belongs.item(),
                item_id,
                at,
            }));
        }
        Ok(rows)
    }

    /// A page of one column's values after row `after`, for checking numbers written in any form.
    pub async fn texts_after(
        &self,
        table: &PersonalTable,
        column: &PersonalColumn,
        after: i64,
        limit: i64,
    ) -> Result<Vec<TextRow>> {
        let Some(item) = item_of_row(table) else { return Ok(Vec::new()) };
        let sql = format!(
            "SELECT t.id, {item}, t.created_at, CAST(t.{column} AS TEXT) FROM {table} t \
             WHERE t.org_id = $1 AND t.id > $2 AND t.{column} IS NOT NULL ORDER BY t.id LIMIT $3",
            column = column.column,
            table = table.table
        );
        let rows: Vec<(i64, i64, i64, String)> =
            on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(self.org.0)
                .bind(after)
                .bind(limit)
                .fetch_all(pool)
                .await)?;
        Ok(rows.into_iter().map(|(id, item_id, at, text)| TextRow { id, item_id, at, text }).collect())
    }
}

/// The items of one person: what an export gathers and an erasure removes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonItems(pub BTreeMap<Item, BTreeSet<i64>>);

impl PersonItems {
    pub fn add(&mut self, item: Item, id: i64) {
        self.0.entry(item).or_default().insert(id);
    }

    pub fn ids(&self, item: Item) -> Vec<i64> {
        self.0.get(&item).map(|ids| ids.iter().copied().collect()).unwrap_or_default()
    }

    pub fn merge(&mut self, other: PersonItems) {
        for (item, ids) in other.0 {
            self.0.entry(item).or_default().extend(ids);
        }
    }

    pub fn contains(&self, item: Item, id: i64) -> bool {
        self.0.get(&item).is_some_and(|ids| ids.contains(&id))
    }

    pub fn overlaps(&self, other: &PersonItems) -> bool {
        other.0.iter().any(|(item, ids)| ids.iter().any(|id| self.contains(*item, *id)))
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(BTreeSet::is_empty)
    }
}

impl From<&[PersonRow]> for PersonItems {
    fn from(rows: &[PersonRow]) -> Self {
        let mut items = PersonItems::default();
        for row in rows {
            items.add(row.item, row.item_id);
        }
        items
    }
}

/// One row of a person's item for an export: its own columns as the registry says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRow {
    pub id: i64,
    pub item_id: i64,
    pub at: i64,
    /// Whether the person wrote it (else staff did: identifiers of others are masked by the caller).
    pub own: bool,
    pub values: Vec<(&'static PersonalColumn, ExportValue)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportValue {
    Text(String),
    File(Vec<u8>),
}

impl OrgScope<'_> {
    /// The e-mail addresses (lower case) the items were written under: the items' own
    /// address columns, in the person's own rows.
    pub async fn emails_of(&self, items: &PersonItems) -> Result<Vec<String>> {
        let mut emails = BTreeSet::new();
        for table in registry::TABLES {
            let Belongs::Item(item) = table.belongs else { continue };
            let ids = items.ids(item);
            if ids.is_empty() {
                continue;
            }
            for column in registry::personal_columns(table.table).filter(|c| c.finds == Finds::Email) {
                let sql = format!(
                    "SELECT DISTINCT LOWER(t.{column}) FROM {table} t WHERE t.org_id = $1 AND t.id IN ({ids}) \
                     AND {own} AND t.{column} IS NOT NULL AND t.{column} <> ''",
                    column = column.column,
                    table = table.table,
                    ids = id_list(&ids),
                    own = own_rows(table.own),
                );
                let found: Vec<String> =
                    on_pool!(self.db, |pool| sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone()))
                        .bind(self.org.0)
                        .fetch_all(pool)
                        .await)?;
                emails.extend(found);
            }
        }
        Ok(emails.into_iter().collect())
    }

    /// The rows of `table` that belong to the items `ids`, with the columns an export
    /// gives out (omitted columns are left out here).
    pub async fn export_rows(&self, table: &'static PersonalTable, ids: &[i64]) -> Result<Vec<ExportRow>> {
        let list = id_list(ids);
        let item_table = table.belongs.item().table();
        let (item, rows) = match table.belongs {
            Belongs::Item(_) => ("t.id".to_owned(), format!("t.id IN ({list})")),
            Belongs::Column { column, .. } => (format!("t.{column}"), format!("t.{column} IN ({list})")),
            Belongs::Through { column, table, item_column, .. } => (
                format!("(SELECT v.{item_column} FROM {table} v WHERE v.id = t.{column})"),
                format!("t.{column} IN (SELECT v.id FROM {table} v WHERE v.{item_column} IN ({list}))"),
            ),
            Belongs::Referenced { by, .. } => (
                format!("(SELECT MIN(r.id) FROM {item_table} r WHERE r.{by} = t.id AND r.id IN ({list}))"),
                format!("t.id IN (SELECT r.{by} FROM {item_table} r WHERE r.id IN ({list}))"),
            ),
            Belongs::Index(_) => return Ok(Vec::new()),
        };
        let sql = format!(
            "SELECT t.id, {item}, t.created_at, CASE WHEN {own} THEN 1 ELSE 0 END FROM {table} t \
             WHERE t.org_id = $1 AND {rows} ORDER BY t.id",
            own = own_rows(table.own),
            table = table.table
        );
        let base: Vec<(i64, i64, i64, i32)> =
            on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(self.org.0)
                .fetch_all(pool)
                .await)?;
        let mut out: Vec<ExportRow> = base
            .into_iter()
            .map(|(id, item_id, at, own)| ExportRow { id, item_id, at, own: own == 1, values: Vec::new() })
            .collect();
        for column in registry::personal_columns(table.table) {
            let value_sql = |value: &str| {
                format!(
                    "SELECT t.id, {value} FROM {table} t WHERE t.org_id = $1 AND {rows} AND t.{column} IS NOT NULL",
                    table = table.table,
                    column = column.column
                )
            };
            let values: Vec<(i64, ExportValue)> = match column.export {
                OnExport::Omit(_) => continue,
                OnExport::Include => {
                    let sql = value_sql(&format!("CAST(t.{} AS TEXT)", column.column));
                    let found: Vec<(i64, String)> =
                        on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                            .bind(self.org.0)
                            .fetch_all(pool)
                            .await)?;
                    found.into_iter().map(|(id, v)| (id, ExportValue::Text(v))).collect()
                }
                OnExport::File { .. } => {
                    let sql = value_sql(&format!("t.{}", column.column));
                    let found: Vec<(i64, Vec<u8>)> =
                        on_pool!(self.db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                            .bind(self.org.0)
                            .fetch_all(pool)
                            .await)?;
                    found.into_iter().map(|(id, v)| (id, ExportValue::File(v))).collect()
                }
            };
            for (id, value) in values {
                if let Some(row) = out.iter_mut().find(|r| r.id == id) {
                    row.values.push((column, value));
                }
            }
        }
        Ok(out)
    }
}

impl OrgWrite {
    /// Erases items as the registry says for their tables: conversations, cases and forum
    /// posts go with everything that hangs on them (messages, files, answers, search
    /// entries, visitor sessions); other items' rows go, or keep the row with the
    /// personal columns emptied. Returns how many items were erased.
    pub async fn erase_items(&mut self, item: Item, ids: &[i64], language: domain::org::Language) -> Result<u64> {
        use crate::retention::Kind;
        if ids.is_empty() {
            return Ok(0);
        }
        match item {
            Item::Conversation => return self.delete_items(Kind::ChatConversations, ids).await,
            Item::Case => return self.delete_items(Kind::MailCases, ids).await,
            Item::ForumPost => {
                let sql =
                    format!("SELECT id, question_id FROM forum_posts WHERE org_id = $1 AND id IN ({})", id_list(ids));
                let org = self.org.0;
                let threads: Vec<(i64, Option<i64>)> =
                    on_tx!(&mut self.tx, |conn| sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                        .bind(org)
                        .fetch_all(conn)
                        .await)?;
                let questions: Vec<i64> = threads.iter().filter(|(_, q)| q.is_none()).map(|(id, _)| *id).collect();
                self.delete_items(Kind::ForumQuestions, &questions).await?;
                for (answer, question) in threads.iter().filter_map(|(id, q)| q.map(|q| (*id, q))) {
                    if questions.contains(&question) {
                        continue;
                    }
                    self.delete_post(domain::PostId(answer)).await?;
                    self.refresh_question(domain::PostId(question), false).await?;
                    self.reindex_question(domain::PostId(question), language).await?;
                }
                return Ok(threads.len() as u64);
            }
            _ => {}
        }
        let table = item.table();
        let columns: Vec<&PersonalColumn> = registry::personal_columns(table).collect();
        let list = id_list(ids);
        if columns.iter().any(|c| c.erase == OnErase::DeleteRow) {
            return self.execute_for_org(&format!("DELETE FROM {table} WHERE org_id = $1 AND id IN ({list})")).await;
        }
        let set: Vec<String> = columns
            .iter()
            .map(|c| match c.erase {
                OnErase::Blank => format!("{} = ''", c.column),
                _ => format!("{} = NULL", c.column),
            })
            .collect();
        self.execute_for_org(&format!("UPDATE {table} SET {} WHERE org_id = $1 AND id IN ({list})", set.join(", ")))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Conversations, cases and forum posts are erased by deleting them with their family
    /// (`erase_items`): the registry must say the same of every column they reach.
    #[test]
    fn items_deleted_with_their_family_are_declared_deleted() {
        for (table, column) in registry::subject_columns() {
            if matches!(table.belongs.item(), Item::Conversation | Item::Case | Item::ForumPost) {
                assert_eq!(column.erase, OnErase::DeleteRow, "{}.{}", table.table, column.column);
            }
        }
    }

    #[test]
    fn own_rows_are_fixed_conditions() {
        assert_eq!(own_rows(Own::When { column: "sender", value: "visitor" }), "t.sender = 'visitor'");
        assert_eq!(own_rows(Own::WhenNull("staff_user_id")), "t.staff_user_id IS NULL");
        let attachments = registry::personal_table("case_attachments").unwrap();
        assert_eq!(
            item_of_row(attachments).unwrap(),
            "(SELECT v.case_id FROM case_messages v WHERE v.id = t.case_message_id)"
        );
        assert_eq!(item_of_row(registry::personal_table("forum_search").unwrap()), None);
    }
}
