use crate::error::{ConnectError, StorageError};
use domain::OrgId;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, Postgres, Sqlite, SqlitePool};
use std::str::FromStr;
use std::time::Duration;

/// A connection pool to one of the two supported databases.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqliteDb),
    Postgres(PgPool),
}

/// SQLite has one writer at a time: writes queue for a single connection (fair, no
/// busy-waiting), reads use a pool of read-only connections beside it (WAL).
#[derive(Clone, Debug)]
pub struct SqliteDb {
    pub reads: SqlitePool,
    pub writes: SqlitePool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A write transaction. On SQLite it takes the write lock at BEGIN
/// (`BEGIN IMMEDIATE`), so two writers never deadlock upgrading a read lock.
pub enum Tx {
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

impl Tx {
    /// What a `SELECT` appends to lock the rows it reads until commit: `FOR UPDATE` on
    /// PostgreSQL; nothing on SQLite, whose write transaction already holds the lock.
    pub(crate) fn row_lock(&self) -> &'static str {
        match self {
            Tx::Sqlite(_) => "",
            Tx::Postgres(_) => " FOR UPDATE",
        }
    }

    pub(crate) async fn commit(self) -> crate::Result<()> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await?,
            Tx::Postgres(tx) => tx.commit().await?,
        }
        Ok(())
    }
}

/// The URL with any password replaced, safe to print.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("********"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}

/// Opens the database at `url` (`sqlite:PATH` or `postgres://…`) and applies migrations.
pub async fn connect(url: &str) -> Result<Db, ConnectError> {
    let db = open(url).await?;
    db.migrate().await.map_err(|err| match err {
        StorageError::Migrate(source) => ConnectError::Migrate { url: redact_url(url), source },
        StorageError::Database(source) => ConnectError::Open { url: redact_url(url), source },
        other => ConnectError::Open { url: redact_url(url), source: sqlx::Error::Protocol(other.to_string()) },
    })?;
    Ok(db)
}

async fn open(url: &str) -> Result<Db, ConnectError> {
    let open_err = |source| ConnectError::Open { url: redact_url(url), source };
    if url.starts_with("sqlite:") {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(open_err)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // Erased text is overwritten on disk, not merely unlinked from the b-tree.
            .pragma("secure_delete", "ON");
        let writes = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options.clone())
            .await
            .map_err(open_err)?;
        // Readers map the file (search doclists are read without copying into each
        // connection's own page cache) and keep a larger cache of their own.
        let read_options = options.read_only(true).pragma("mmap_size", "268435456").pragma("cache_size", "-16384");
        let reads = SqlitePoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(read_options)
            .await
            .map_err(open_err)?;
        Ok(Db::Sqlite(SqliteDb { reads, writes }))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let options = PgConnectOptions::from_str(url).map_err(open_err)?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await
            .map_err(open_err)?;
        Ok(Db::Postgres(pool))
    } else {
        Err(ConnectError::UnknownScheme(redact_url(url)))
    }
}

impl Db {
    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies pending migrations for this backend.
    pub async fn migrate(&self) -> crate::Result<()> {
        match self {
            Db::Sqlite(db) => {
                sqlx::migrate!("./migrations/sqlite").run(&db.writes).await?;
                crate::schema::sqlite_ids_never_reused(&db.writes).await?;
            }
            Db::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await?,
        }
        Ok(())
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> crate::Result<()> {
        on_pool!(self, |pool| sqlx::query("SELECT 1").execute(pool).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(db) => {
                db.reads.close().await;
                db.writes.close().await;
            }
            Db::Postgres(pool) => pool.close().await,
        }
    }

    pub(crate) async fn begin_write(&self) -> crate::Result<Tx> {
        Ok(match self {
            Db::Sqlite(db) => Tx::Sqlite(db.writes.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Leadership of the job `name` across nodes: `None` while another node holds it.
    /// On PostgreSQL a session advisory lock on a connection of its own, released when
    /// the guard is dropped (the connection is closed, so a crash releases it too); on
    /// SQLite, which serves one node, always granted.
    pub async fn lead(&self, name: &str) -> crate::Result<Option<Leadership>> {
        match self {
            Db::Sqlite(_) => Ok(Some(Leadership { lock: None })),
            Db::Postgres(pool) => {
                let mut conn = pool.acquire().await?;
                conn.close_on_drop();
                let granted: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock(hashtextextended($1, 7))")
                    .bind(name)
                    .fetch_one(&mut *conn)
                    .await?;
                Ok(granted.then_some(Leadership { lock: Some(conn) }))
            }
        }
    }

    /// Reads scoped to one organisation.
    pub fn org(&self, org: OrgId) -> OrgScope<'_> {
        OrgScope { db: self, org }
    }

    /// A write transaction scoped to one organisation; nothing is stored until `commit`.
    pub async fn write(&self, org: OrgId) -> crate::Result<OrgWrite> {
        Ok(OrgWrite { tx: self.begin_write().await?, org })
    }
}

/// Held while this node runs a job that must run on one node at a time. Dropped, its
/// connection is closed and PostgreSQL frees the lock a moment later; `release` frees it
/// before returning, so the next run (on any node) finds it free.
pub struct Leadership {
    lock: Option<sqlx::pool::PoolConnection<sqlx::Postgres>>,
}

impl Leadership {
    pub async fn release(mut self) {
        if let Some(mut conn) = self.lock.take() {
            // A failed unlock is no loss: closing the connection (on drop) frees it too.
            let _ = sqlx::query("SELECT pg_advisory_unlock_all()").execute(&mut *conn).await;
        }
    }
}

/// Read access to one organisation's rows. Every statement filters on `org`.
#[derive(Clone, Copy)]
pub struct OrgScope<'a> {
    pub(crate) db: &'a Db,
    pub(crate) org: OrgId,
}

impl OrgScope<'_> {
    pub fn org_id(&self) -> OrgId {
        self.org
    }
}

/// A write transaction bound to one organisation. Every statement filters on
/// or sets `org`; the audit events it appends commit with the change they record.
pub struct OrgWrite {
    pub(crate) tx: Tx,
    pub(crate) org: OrgId,
}

impl OrgWrite {
    pub fn org_id(&self) -> OrgId {
        self.org
    }

    pub async fn commit(self) -> crate::Result<()> {
        self.tx.commit().await
    }

    /// Runs a statement whose only parameter is the organisation (`$1`).
    pub(crate) async fn execute_for_org(&mut self, sql: &str) -> crate::Result<u64> {
        let org = self.org.0;
        Ok(on_tx!(&mut self.tx, |conn| sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()))
            .bind(org)
            .execute(conn)
            .await
            .map(|r| r.rows_affected()))?)
    }

    /// Deletes one row of this organisation by id; NotFound when there is none.
    /// `table` is a name from this crate, never input.
    pub(crate) async fn delete_row(&mut self, table: &str, id: i64) -> crate::Result<()> {
        let (org, sql) = (self.org.0, format!("DELETE FROM {table} WHERE org_id = $1 AND id = $2"));
        let gone = on_tx!(&mut self.tx, |conn| sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .bind(org)
            .bind(id)
            .execute(conn)
            .await
            .map(|r| r.rows_affected()))?;
        crate::error::found(gone)
    }

    /// Sets one text column of a row of this organisation; NotFound when there is none.
    /// `table` and `column` are names from this crate, never input.
    pub(crate) async fn set_text(&mut self, table: &str, column: &str, id: i64, value: &str) -> crate::Result<()> {
        let (org, sql) = (self.org.0, format!("UPDATE {table} SET {column} = $3 WHERE org_id = $1 AND id = $2"));
        let changed = on_tx!(&mut self.tx, |conn| sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .bind(org)
            .bind(id)
            .bind(value)
            .execute(conn)
            .await
            .map(|r| r.rows_affected()))?;
        crate::error::found(changed)
    }

    /// Replaces the set of users linked to `owner` in a membership table
    /// (`org_id, {owner_column}, user_id`); users of other organisations are left out
    /// by the join. `table` and `owner_column` are names from this crate, never input.
    pub(crate) async fn replace_users(
        &mut self,
        table: &str,
        owner_column: &str,
        owner: i64,
        users: &[domain::UserId],
    ) -> crate::Result<()> {
        let org = self.org.0;
        let delete = format!("DELETE FROM {table} WHERE org_id = $1 AND {owner_column} = $2");
        on_tx!(&mut self.tx, |conn| sqlx::query(sqlx::AssertSqlSafe(delete.clone()))
            .bind(org)
            .bind(owner)
            .execute(conn)
            .await
            .map(|r| r.rows_affected()))?;
        let insert = format!(
            "INSERT INTO {table} (org_id, {owner_column}, user_id) SELECT $1, $2, id FROM users WHERE org_id = $1 AND id = $3"
        );
        for user in users {
            on_tx!(&mut self.tx, |conn| sqlx::query(sqlx::AssertSqlSafe(insert.clone()))
                .bind(org)
                .bind(owner)
                .bind(user.0)
                .execute(conn)
                .await
                .map(|r| r.rows_affected()))?;
        }
        Ok(())
    }
}

/// Row ids as a SQL list for `IN (…)`; ids come from the database, never from input.
/// An empty list gives `NULL`, which matches nothing.
pub(crate) fn id_list(ids: &[i64]) -> String {
    if ids.is_empty() {
        return "NULL".to_owned();
    }
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
}

/// A stored file's metadata row and its content, read by one statement.
#[derive(sqlx::FromRow)]
pub(crate) struct WithContent<T> {
    #[sqlx(flatten)]
    pub info: T,
    pub content: Vec<u8>,
}

impl<T> WithContent<T> {
    pub fn into_parts(self) -> (T, Vec<u8>) {
        (self.info, self.content)
    }
}
