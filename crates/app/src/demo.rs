//! The demo organisation created on first start, so `cargo run` shows something.

use crate::admin::NewUser;
use crate::{App, AppError, Result, secrets};
use domain::org::{Language, NewOrganisation, Regime, Slug, TimeZoneName};
use domain::staff::Role;

pub const DEMO_SLUG: &str = "demo";
pub const DEMO_ADMIN_EMAIL: &str = "admin@demo.example";

/// Sign-in details for the demo admin; the password is one-time.
pub struct DemoCredentials {
    pub org_slug: String,
    pub email: String,
    pub password: String,
}

impl App {
    /// On an empty database, creates "Exempelkommun" (public authority) with an admin
    /// whose password must be changed at first sign-in. Returns the credentials once.
    pub async fn ensure_demo(&self) -> Result<Option<DemoCredentials>> {
        if self.db().count_orgs().await? > 0 {
            return Ok(None);
        }
        let created = self
            .create_org(&NewOrganisation {
                slug: Slug::parse(DEMO_SLUG)?,
                name: "Exempelkommun".into(),
                time_zone: TimeZoneName::stockholm(),
                language: Language::Sv,
                regime: Regime::PublicAuthority,
            })
            .await;
        let org = match created {
            Ok(org) => org,
            // Another node created it first (several nodes starting on one empty database).
            Err(AppError::Conflict(_)) => return Ok(None),
            Err(err) => return Err(err),
        };
        let password = secrets::readable_password();
        self.create_user_as_operator(
            org.id,
            NewUser {
                email: DEMO_ADMIN_EMAIL,
                display_name: Some("Demo Admin"),
                role: Role::Admin,
                password: &password,
                must_change_password: true,
            },
        )
        .await?;
        Ok(Some(DemoCredentials { org_slug: DEMO_SLUG.into(), email: DEMO_ADMIN_EMAIL.into(), password }))
    }
}
