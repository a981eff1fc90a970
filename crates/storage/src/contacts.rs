//! Contacts: the data subjects an organisation serves. Channels attach their
//! personal data to a contact; export and erasure start here.

use crate::{OrgScope, OrgWrite, Result};
use domain::{ContactId, Timestamp};
use serde::Serialize;

#[derive(Debug, Clone, Default)]
pub struct NewContact {
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub personnummer: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Contact {
    pub id: i64,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub personnummer: Option<String>,
    pub created_at: i64,
}

impl OrgWrite {
    pub async fn insert_contact(&mut self, new: &NewContact) -> Result<ContactId> {
        let (org, now) = (self.org.0, Timestamp::now().micros());
        let id: i64 = on_tx!(&mut self.tx, |conn| {
            sqlx::query_scalar(
                "INSERT INTO contacts (org_id, display_name, email, phone, personnummer, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
            )
            .bind(org)
            .bind(&new.display_name)
            .bind(&new.email)
            .bind(&new.phone)
            .bind(&new.personnummer)
            .bind(now)
            .fetch_one(conn)
            .await
        })?;
        Ok(ContactId(id))
    }
}

impl OrgScope<'_> {
    pub async fn contact(&self, id: ContactId) -> Result<Option<Contact>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, display_name, email, phone, personnummer, created_at FROM contacts \
                 WHERE org_id = $1 AND id = $2",
            )
            .bind(self.org.0)
            .bind(id.0)
            .fetch_optional(pool)
            .await
        })?)
    }

    pub async fn contacts_by_email(&self, email: &str) -> Result<Vec<Contact>> {
        Ok(on_pool!(self.db, |pool| {
            sqlx::query_as(
                "SELECT id, display_name, email, phone, personnummer, created_at FROM contacts \
                 WHERE org_id = $1 AND email = $2 ORDER BY id",
            )
            .bind(self.org.0)
            .bind(email)
            .fetch_all(pool)
            .await
        })?)
    }
}
