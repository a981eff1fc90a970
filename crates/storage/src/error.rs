use thiserror::Error;

/// A storage failure, typed so that callers can tell "no such row" and
/// "already exists" from a broken database.
#[derive(Debug, Error)]
pub enum StorageError {
    #[error("not found")]
    NotFound,
    #[error("already exists")]
    Conflict,
    #[error("stored value in {0} is not valid")]
    Corrupt(&'static str),
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl From<sqlx::Error> for StorageError {
    fn from(err: sqlx::Error) -> Self {
        match &err {
            sqlx::Error::RowNotFound => Self::NotFound,
            sqlx::Error::Database(db) if db.is_unique_violation() => Self::Conflict,
            _ => Self::Database(err),
        }
    }
}

/// `NotFound` when a statement meant to change one row changed none (wrong id,
/// or a row of another organisation).
pub(crate) fn found(rows_changed: u64) -> Result<(), StorageError> {
    if rows_changed == 0 { Err(StorageError::NotFound) } else { Ok(()) }
}

/// Why the database could not be opened. Displayed to the operator as one line.
#[derive(Debug, Error)]
pub enum ConnectError {
    #[error("DATABASE_URL {0:?} is not a sqlite: or postgres:// URL")]
    UnknownScheme(String),
    #[error("cannot open database {url}: {source}")]
    Open {
        url: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot migrate database {url}: {source}")]
    Migrate {
        url: String,
        #[source]
        source: sqlx::migrate::MigrateError,
    },
}
