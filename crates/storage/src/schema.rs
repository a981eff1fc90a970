//! Introspection of the live schema, for the privacy-registry check.

use crate::{Db, Result};

const SQLITE_COLUMNS: &str = "SELECT m.name, p.name FROM sqlite_schema m JOIN pragma_table_info(m.name) p \
    WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' ORDER BY m.name, p.cid";
const POSTGRES_COLUMNS: &str = "SELECT table_name::text, column_name::text FROM information_schema.columns \
    WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%' ORDER BY table_name, ordinal_position";

impl Db {
    /// Every (table, column) of the application's schema.
    pub async fn columns(&self) -> Result<Vec<(String, String)>> {
        Ok(match self {
            Db::Sqlite(db) => sqlx::query_as(SQLITE_COLUMNS).fetch_all(&db.reads).await?,
            Db::Postgres(pool) => sqlx::query_as(POSTGRES_COLUMNS).fetch_all(pool).await?,
        })
    }
}

/// Makes every SQLite table whose `id` is its row id `AUTOINCREMENT`, so that an id
/// is never given out twice: without it SQLite reuses the highest id after that row is
/// deleted, and an erased conversation's statistics fact, audit entries and links would
/// point at the next one. PostgreSQL's identity columns never reuse a value.
///
/// SQLite cannot add `AUTOINCREMENT` to a table, so each table is rebuilt the way its
/// documentation prescribes (foreign keys off, new table, copy, drop, rename, indexes
/// and triggers again, foreign-key check, commit). It runs after the migrations, so a
/// table a later migration adds without `AUTOINCREMENT` is caught as well; once done it
/// finds nothing to do.
pub(crate) async fn sqlite_ids_never_reused(pool: &sqlx::SqlitePool) -> Result<()> {
    use sqlx::Connection;
    let mut conn = pool.acquire().await?;
    let tables: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name NOT LIKE '_sqlx%' AND sql NOT LIKE '%AUTOINCREMENT%' ORDER BY name",
    )
    .fetch_all(&mut *conn)
    .await?;
    let rebuilds: Vec<(String, String)> =
        // Full-text search keeps shadow tables ('forum_search_data', quoted): those are its own.
        tables
            .into_iter()
            .filter(|(name, sql)| sql.starts_with(&format!("CREATE TABLE {name} ")))
            .filter_map(|(name, sql)| with_autoincrement(&sql).map(|new| (name, new)))
            .collect();
    if rebuilds.is_empty() {
        return Ok(());
    }
    sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await?;
    let result = async {
        let mut tx = conn.begin().await?;
        for (name, new_sql) in &rebuilds {
            let dependants: Vec<String> = sqlx::query_scalar(
                "SELECT sql FROM sqlite_schema WHERE tbl_name = $1 AND type IN ('index', 'trigger') AND sql IS NOT NULL",
            )
            .bind(name)
            .fetch_all(&mut *tx)
            .await?;
            let create = new_sql.replacen(&format!("CREATE TABLE {name}"), "CREATE TABLE samtal_rebuild", 1);
            let steps = [
                create,
                format!("INSERT INTO samtal_rebuild SELECT * FROM {name}"),
                format!("DROP TABLE {name}"),
                format!("ALTER TABLE samtal_rebuild RENAME TO {name}"),
            ];
            for sql in steps.iter().chain(&dependants) {
                sqlx::query(sqlx::AssertSqlSafe(sql.clone())).execute(&mut *tx).await?;
            }
        }
        let broken: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check").fetch_all(&mut *tx).await?;
        if !broken.is_empty() {
            return Err(crate::StorageError::Corrupt("foreign keys after rebuilding tables"));
        }
        tx.commit().await?;
        Ok(())
    }
    .await;
    sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await?;
    tracing::info!(tables = rebuilds.len(), "SQLite tables rebuilt so that ids are never reused");
    result
}

/// The `CREATE TABLE` statement with `AUTOINCREMENT` on its `id INTEGER PRIMARY KEY`
/// column, or `None` when the table has no such column.
fn with_autoincrement(sql: &str) -> Option<String> {
    const KEY: &str = "INTEGER PRIMARY KEY";
    let at = sql.find(KEY)?;
    let before = sql[..at].trim_end();
    let named_id =
        before.ends_with("id") && before[..before.len() - 2].ends_with(|c: char| c.is_whitespace() || c == '(');
    let after = &sql[at + KEY.len()..];
    let plain = after.trim_start().starts_with(',') || after.trim_start().starts_with(')');
    (named_id && plain).then(|| format!("{}{KEY} AUTOINCREMENT{after}", &sql[..at]))
}

#[cfg(test)]
mod tests {
    use super::with_autoincrement;

    #[test]
    fn only_an_id_row_id_gets_autoincrement() {
        let table =
            "CREATE TABLE cases (\n    id               INTEGER PRIMARY KEY,\n    org_id INTEGER NOT NULL\n) STRICT";
        assert_eq!(
            with_autoincrement(table).unwrap(),
            "CREATE TABLE cases (\n    id               INTEGER PRIMARY KEY AUTOINCREMENT,\n    org_id INTEGER NOT NULL\n) STRICT"
        );
        assert_eq!(with_autoincrement("CREATE TABLE s (org_id INTEGER PRIMARY KEY REFERENCES o(id), x TEXT)"), None);
        assert_eq!(with_autoincrement("CREATE TABLE s (source_key TEXT PRIMARY KEY, org_id INTEGER)"), None);
        assert_eq!(with_autoincrement("CREATE TABLE s (a INTEGER, PRIMARY KEY (a))"), None);
    }
}
