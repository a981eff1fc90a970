//! Organisations: created by the operator; the only rows not owned by an organisation.

use crate::{Db, OrgScope, OrgWrite, Result, StorageError};
use domain::audit::{Action, Actor, GENESIS_HASH, NewEvent, Target};
use domain::org::{Language, Module, NewOrganisation, OrgSettings, Organisation, Regime, Slug, TimeZoneName};
use domain::{OrgId, Timestamp};

#[derive(sqlx::FromRow)]
struct OrgRow {
    id: i64,
    slug: String,
    name: String,
    time_zone: String,
    language: String,
    regime: String,
}

impl TryFrom<OrgRow> for Organisation {
    type Error = StorageError;
    fn try_from(row: OrgRow) -> Result<Self> {
        Ok(Organisation {
            id: OrgId(row.id),
            slug: Slug::parse(&row.slug).map_err(|_| StorageError::Corrupt("organisations.slug"))?,
            name: row.name,
            time_zone: TimeZoneName::parse(&row.time_zone)
                .map_err(|_| StorageError::Corrupt("organisations.time_zone"))?,
            language: row.language.parse::<Language>().map_err(|_| StorageError::Corrupt("organisations.language"))?,
            regime: row.regime.parse::<Regime>().map_err(|_| StorageError::Corrupt("organisations.regime"))?,
        })
    }
}

const SELECT_BY_SLUG: &str = "SELECT id, slug, name, time_zone, language, regime FROM organisations WHERE slug = $1";
const SELECT_BY_ID: &str = "SELECT id, slug, name, time_zone, language, regime FROM organisations WHERE id = $1";
const SELECT_ALL: &str = "SELECT id, slug, name, time_zone, language, regime FROM organisations ORDER BY slug";
const INSERT_ORG: &str = "INSERT INTO organisations (slug, name, time_zone, language, regime, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
const INSERT_HEAD: &str = "INSERT INTO audit_chain_heads (org_id, last_seq, last_hash) VALUES ($1, 0, $2)";
const INSERT_MODULE: &str = "INSERT INTO org_modules (org_id, module, enabled) VALUES ($1, $2, $3)";

impl Db {
    /// Creates an organisation with its audit chain, all modules enabled, and an
    /// `org.created` event, in one transaction.
    pub async fn create_org(&self, new: &NewOrganisation, actor: Actor) -> Result<Organisation> {
        let mut tx = self.begin_write().await?;
        let now = Timestamp::now();
        let id: i64 = on_tx!(&mut tx, |conn| {
            sqlx::query_scalar(INSERT_ORG)
                .bind(new.slug.as_str())
                .bind(&new.name)
                .bind(new.time_zone.as_str())
                .bind(new.language.as_str())
                .bind(new.regime.as_str())
                .bind(now.micros())
                .fetch_one(conn)
                .await
        })?;
        on_tx!(&mut tx, |conn| sqlx::query(INSERT_HEAD)
            .bind(id)
            .bind(GENESIS_HASH)
            .execute(conn)
            .await
            .map(|r| r.rows_affected()))?;
        for module in Module::ALL {
            on_tx!(&mut tx, |conn| {
                sqlx::query(INSERT_MODULE)
                    .bind(id)
                    .bind(module.as_str())
                    .bind(true)
                    .execute(conn)
                    .await
                    .map(|r| r.rows_affected())
            })?;
        }
        let org_id = OrgId(id);
        let mut write = OrgWrite { tx, org: org_id };
        write.audit(NewEvent::new(actor, Action::OrgCreated).target(Target::org(org_id))).await?;
        write.commit().await?;
        Ok(Organisation {
            id: org_id,
            slug: new.slug.clone(),
            name: new.name.clone(),
            time_zone: new.time_zone.clone(),
            language: new.language,
            regime: new.regime,
        })
    }

    pub async fn org_by_slug(&self, slug: &str) -> Result<Option<Organisation>> {
        let row: Option<OrgRow> =
            on_pool!(self, |pool| sqlx::query_as(SELECT_BY_SLUG).bind(slug).fetch_optional(pool).await)?;
        row.map(Organisation::try_from).transpose()
    }

    pub async fn org_by_id(&self, id: OrgId) -> Result<Option<Organisation>> {
        let row: Option<OrgRow> =
            on_pool!(self, |pool| sqlx::query_as(SELECT_BY_ID).bind(id.0).fetch_optional(pool).await)?;
        row.map(Organisation::try_from).transpose()
    }

    pub async fn list_orgs(&self) -> Result<Vec<Organisation>> {
        let rows: Vec<OrgRow> = on_pool!(self, |pool| sqlx::query_as(SELECT_ALL).fetch_all(pool).await)?;
        rows.into_iter().map(Organisation::try_from).collect()
    }

    pub async fn count_orgs(&self) -> Result<i64> {
        Ok(on_pool!(self, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM organisations").fetch_one(pool).await)?)
    }
}

impl OrgScope<'_> {
    /// The organisation itself.
    pub async fn organisation(&self) -> Result<Organisation> {
        self.db.org_by_id(self.org).await?.ok_or(StorageError::NotFound)
    }

    /// Enabled flag per module, in `Module::ALL` order.
    pub async fn modules(&self) -> Result<Vec<(Module, bool)>> {
        let rows: Vec<(String, bool)> = on_pool!(self.db, |pool| {
            sqlx::query_as("SELECT module, enabled FROM org_modules WHERE org_id = $1")
                .bind(self.org.0)
                .fetch_all(pool)
                .await
        })?;
        Ok(Module::ALL.into_iter().map(|m| (m, rows.iter().any(|(name, on)| name == m.as_str() && *on))).collect())
    }
}

impl OrgWrite {
    pub async fn update_settings(&mut self, settings: &OrgSettings) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("UPDATE organisations SET name = $2, time_zone = $3, language = $4 WHERE id = $1")
                .bind(org)
                .bind(&settings.name)
                .bind(settings.time_zone.as_str())
                .bind(settings.language.as_str())
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn set_module(&mut self, module: Module, enabled: bool) -> Result<()> {
        let org = self.org.0;
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "INSERT INTO org_modules (org_id, module, enabled) VALUES ($1, $2, $3) \
                 ON CONFLICT (org_id, module) DO UPDATE SET enabled = excluded.enabled",
            )
            .bind(org)
            .bind(module.as_str())
            .bind(enabled)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }
}
