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
