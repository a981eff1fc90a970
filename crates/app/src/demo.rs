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
        let admin = self
            .create_user_as_operator(
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
        let bygglov = self.seed_demo_forum(org.id).await?;
        self.seed_demo_statistics(&org, admin.id, bygglov).await?;
        Ok(Some(DemoCredentials { org_slug: DEMO_SLUG.into(), email: DEMO_ADMIN_EMAIL.into(), password }))
    }

    /// A few forum categories and one answered question, so the public forum is not empty.
    async fn seed_demo_forum(&self, org: domain::OrgId) -> Result<domain::CategoryId> {
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
        Ok(bygglov)
    }

    /// A chat flow and sixty days of made-up statistics (no conversations behind them),
    /// so the report pages show something: office-hour chats and forum questions.
    async fn seed_demo_statistics(
        &self,
        org: &domain::org::Organisation,
        agent: domain::UserId,
        category: domain::CategoryId,
    ) -> Result<()> {
        use domain::retention::Module;
        use domain::stats::{Fact, Outcome};
        let zone = org.time_zone.zone();
        let mut w = self.db().write(org.id).await?;
        let flow = w.insert_flow("kundtjanst", &crate::chat::default_flow_settings("Kundtjänst")).await?;
        // A fixed sequence (linear congruential), so every demo looks the same.
        let mut seed: u64 = 0x5a17_a1de;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        let first_day = domain::Timestamp::now().plus_days(-61);
        let mut source = 0;
        for day in 0..60 {
            for _ in 0..(10 + next(25)) {
                // Negative: no real conversation or question has such an id.
                source -= 1;
                let opened = first_day.plus_days(day).plus_seconds((8 * 3600 + next(9 * 3600)) as i64);
                let (module, scope) = if next(6) == 0 { (Module::Forum, category.0) } else { (Module::Chat, flow.0) };
                let outcome = match next(10) {
                    0 => Outcome::Missed,
                    1 if module == Module::Chat => Outcome::Offline,
                    _ => Outcome::Answered,
                };
                let answered = outcome == Outcome::Answered;
                let wait = if module == Module::Chat { 10 + next(240) } else { 1800 + next(86_400) };
                let fact = Fact {
                    agent_id: answered.then_some(agent.0),
                    first_response_at: answered.then(|| opened.plus_seconds(wait as i64)),
                    closed_at: (module == Module::Chat).then(|| opened.plus_seconds((wait + 120 + next(900)) as i64)),
                    transfers: i64::from(answered && next(15) == 0),
                    ..Fact::opened(module, source, scope, opened, &zone, outcome)
                };
                w.stat_opened(&fact).await?;
            }
        }
        w.commit().await?;
        Ok(())
    }
}
