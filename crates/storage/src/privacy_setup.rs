//! The controller's privacy setup: the DPO contact and the EU/EEA-only choice, the
//! purpose texts of the record of processing, and the register of sub-processors.

use crate::{Db, OrgScope, Result};
use domain::Timestamp;

/// An organisation's privacy profile (defaults when never saved).
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct PrivacyProfile {
    pub dpo_contact: String,
    pub eu_only: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct SubProcessorRow {
    pub id: i64,
    pub name: String,
    pub service: String,
    pub data_categories: String,
    pub country: String,
    pub transfer_mechanism: String,
    pub created_at: i64,
}

/// A sub-processor to add (checked by the caller).
pub struct NewSubProcessor<'a> {
    pub name: &'a str,
    pub service: &'a str,
    pub data_categories: &'a str,
    pub country: &'a str,
    pub transfer_mechanism: &'a str,
}

impl Db {
    /// The slugs of the organisations that keep all processing inside the EU/EEA.
    pub async fn eu_only_orgs(&self) -> Result<Vec<String>> {
        Ok(on_pool!(self, |pool| sqlx::query_scalar(
            "SELECT o.slug FROM privacy_profiles p JOIN organisations o ON o.id = p.org_id WHERE p.eu_only ORDER BY 1"
        )
        .fetch_all(pool)
        .await)?)
    }
}

impl OrgScope<'_> {
    pub async fn privacy_profile(&self) -> Result<PrivacyProfile> {
        let row: Option<PrivacyProfile> = on_pool!(self.db, |pool| {
            sqlx::query_as("SELECT dpo_contact, eu_only FROM privacy_profiles WHERE org_id = $1")
                .bind(self.org.0)
                .fetch_optional(pool)
                .await
        })?;
        Ok(row.unwrap_or_default())
    }

    /// The purpose texts the organisation wrote, per module.
    pub async fn processing_purposes(&self) -> Result<Vec<(String, String)>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as("SELECT module, purpose FROM processing_purposes WHERE org_id = $1 ORDER BY module")
                .bind(self.org.0)
                .fetch_all(pool)
                .await
        })?)
    }

    pub async fn sub_processors(&self) -> Result<Vec<SubProcessorRow>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, name, service, data_categories, country, transfer_mechanism, created_at \
                 FROM sub_processors WHERE org_id = $1 ORDER BY name, id",
            )
            .bind(self.org.0)
            .fetch_all(pool)
            .await
        })?)
    }
}

impl crate::OrgWrite {
    pub async fn set_privacy_profile(&mut self, profile: &PrivacyProfile) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        on_tx!(&mut self.tx, |conn| {
            sqlx::query(
                "INSERT INTO privacy_profiles (org_id, dpo_contact, eu_only, updated_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (org_id) DO UPDATE SET dpo_contact = excluded.dpo_contact, eu_only = excluded.eu_only, \
                 updated_at = excluded.updated_at",
            )
            .bind(org)
            .bind(&profile.dpo_contact)
            .bind(profile.eu_only)
            .bind(now)
            .execute(conn)
            .await
            .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Sets a module's purpose text; an empty text returns to the built-in one.
    pub async fn set_processing_purpose(&mut self, module: &str, purpose: &str) -> Result<()> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        on_tx!(&mut self.tx, |conn| {
            sqlx::query("DELETE FROM processing_purposes WHERE org_id = $1 AND module = $2")
                .bind(org)
                .bind(module)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
        })?;
        if !purpose.is_empty() {
            on_tx!(&mut self.tx, |conn| {
                sqlx::query(
                    "INSERT INTO processing_purposes (org_id, module, purpose, updated_at) VALUES ($1, $2, $3, $4)",
                )
                .bind(org)
                .bind(module)
                .bind(purpose)
                .bind(now)
                .execute(conn)
                .await
                .map(|r| r.rows_affected())
            })?;
        }
        Ok(())
    }

    pub async fn add_sub_processor(&mut self, entry: &NewSubProcessor<'_>) -> Result<i64> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        Ok(on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO sub_processors (org_id, name, service, data_categories, country, transfer_mechanism, \
                 created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(org)
            .bind(entry.name)
            .bind(entry.service)
            .bind(entry.data_categories)
            .bind(entry.country)
            .bind(entry.transfer_mechanism)
            .bind(now)
            .fetch_one(conn)
            .await
        })?)
    }

    pub async fn remove_sub_processor(&mut self, id: i64) -> Result<()> {
        self.delete_row("sub_processors", id).await
    }
}
