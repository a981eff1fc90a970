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
        self.seed_demo_forum(org.id).await?;
        Ok(Some(DemoCredentials { org_slug: DEMO_SLUG.into(), email: DEMO_ADMIN_EMAIL.into(), password }))
    }

    /// A few forum categories and one answered question, so the public forum is not empty.
    async fn seed_demo_forum(&self, org: domain::OrgId) -> Result<()> {
        use domain::forum::PostStatus;
        use storage::forum::NewPost;
        let mut w = self.db().write(org).await?;
        let bygglov = w.create_category("bygglov", "Bygglov", "Bygga nytt, bygga till, riva och ändra.").await?;
        w.create_category("skola-och-forskola", "Skola och förskola", "Ansökan, skolskjuts och placering.").await?;
        w.create_category("avfall", "Avfall och återvinning", "Sophämtning, återvinningscentraler och taxor.").await?;
        let post = |question, category, title, body, author: &'static str, official| NewPost {
            question,
            category,
            title,
            body,
            author_name: author,
            author_email: None,
            notify_on_answer: false,
            unsubscribe_token: None,
            staff_user: None,
            official,
            status: PostStatus::Published,
            hold: None,
            manage_token_hash: "",
            notice_version: Some(0),
            findings: "[]",
        };
        let question_hash = secrets::token_hash(&secrets::random_token());
        let answer_hash = secrets::token_hash(&secrets::random_token());
        let question = w
            .insert_post(&NewPost {
                manage_token_hash: &question_hash,
                ..post(
                    None,
                    Some(bygglov),
                    Some("Behöver jag bygglov för ett förråd på 15 kvadratmeter?"),
                    "Vi vill bygga ett förråd på tomten, ungefär 15 m². Krävs bygglovet eller räcker en anmälan?",
                    "Kerstin",
                    false,
                )
            })
            .await?;
        w.insert_post(&NewPost {
            manage_token_hash: &answer_hash,
            ..post(
                Some(question),
                None,
                None,
                "Ett **attefallshus** på upp till 30 m² kräver ingen bygglov men en *anmälan* till byggnadsnämnden. \
                 Ett friggebod på högst 15 m² kräver varken lov eller anmälan om den står minst 4,5 meter från \
                 tomtgränsen.",
                "Exempelkommun",
                true,
            )
        })
        .await?;
        w.refresh_question(question, true).await?;
        w.reindex_question(question, Language::Sv).await?;
        w.commit().await?;
        Ok(())
    }
}
