//! Signals between nodes. On PostgreSQL, `pg_notify` inside the writing transaction
//! (delivered on commit) and a `PgListener` per node; payloads carry ids only, never
//! content, and stay far below PostgreSQL's 8000-byte limit. SQLite is single-node:
//! notifying is a no-op and there is nothing to listen to.

use crate::db::Tx;
use crate::{Db, OrgWrite, Result};
use tokio::sync::mpsc;

/// The channel Samtal's nodes talk on.
pub const CHANNEL: &str = "samtal_events";

impl OrgWrite {
    /// Sends `payload` to every node when this transaction commits (PostgreSQL only).
    pub async fn notify(&mut self, payload: &str) -> Result<()> {
        if let Tx::Postgres(tx) = &mut self.tx {
            sqlx::query("SELECT pg_notify($1, $2)").bind(CHANNEL).bind(payload).execute(&mut **tx).await?;
        }
        Ok(())
    }
}

impl Db {
    /// Sends `payload` to every node now (PostgreSQL only), for signals that store nothing.
    pub async fn notify(&self, payload: &str) -> Result<()> {
        if let Db::Postgres(pool) = self {
            sqlx::query("SELECT pg_notify($1, $2)").bind(CHANNEL).bind(payload).execute(pool).await?;
        }
        Ok(())
    }

    /// Payloads sent by any node, as they arrive; `None` on SQLite. The listener
    /// reconnects by itself after a lost connection.
    pub async fn listen(&self) -> Result<Option<mpsc::Receiver<String>>> {
        let Db::Postgres(pool) = self else { return Ok(None) };
        let mut listener = sqlx::postgres::PgListener::connect_with(pool).await?;
        listener.listen(CHANNEL).await?;
        let (tx, rx) = mpsc::channel(4096);
        tokio::spawn(async move {
            loop {
                match listener.recv().await {
                    Ok(n) => {
                        if tx.send(n.payload().to_owned()).await.is_err() {
                            return; // nobody listens any more
                        }
                    }
                    Err(sqlx::Error::PoolClosed) => return, // shutting down
                    Err(err) => {
                        tracing::warn!(error = %err, "notification listener failed; retrying");
                        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    }
                }
            }
        });
        Ok(Some(rx))
    }
}
