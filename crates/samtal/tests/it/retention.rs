//! Retention on both backends: rules and the regime, holds, the preview, the engine
//! (what goes, what stays, nothing twice), receipts, a model-based random test, a
//! crash mid-run, and proof that anonymised text is gone from the database file.

use crate::support::{PASSWORD, TestServer, exec, samtal_bin};
use app::Principal;
use app::retention::HoldOn;
use domain::org::{Language, Regime};
use domain::retention::{Applies, Clock, Disposal, HoldTarget, Module, Terms};
use domain::staff::Role;
use domain::{FlowId, OrgId, Timestamp};
use serde_json::json;

pub struct World {
    pub server: TestServer,
    pub org: OrgId,
    pub admin: Principal,
    pub flow: FlowId,
}

/// An organisation with an admin, a chat flow and a mail inbox (shared with the person-search tests).
pub async fn world(regime: Regime) -> World {
    let server = TestServer::start().await;
    let org = server.org("kommun", regime).await;
    let admin_user = server.user(&org, "admin@kommun.se", Role::Admin).await;
    let admin = Principal { user: admin_user, via: app::authz::Via::Session };
    let flow = server
        .app
        .create_flow(
            &admin,
            app::chat::NewFlow { slug: "bygglov", settings: app::chat::default_flow_settings("Bygglov") },
        )
        .await
        .unwrap();
    server.app.create_inbox_as_operator(org.id, "kundtjanst@kommun.se", "Kundtjänst").await.unwrap();
    World { server, org: org.id, admin, flow }
}

fn days_ago(days: i64) -> i64 {
    Timestamp::now().plus_days(-days).micros()
}

impl World {
    pub fn db(&self) -> &storage::Db {
        self.server.app.db()
    }

    /// Another chat flow of the organisation.
    pub async fn another_flow(&self, slug: &str, name: &str) -> FlowId {
        let settings = app::chat::default_flow_settings(name);
        self.server.app.create_flow(&self.admin, app::chat::NewFlow { slug, settings }).await.unwrap()
    }

    /// A closed chat conversation `age` days old with one visitor message.
    pub async fn conversation(&self, email: Option<&str>, body: &str, age: i64) -> i64 {
        let mut w = self.db().write(self.org).await.unwrap();
        let visitor = w.insert_visitor(&format!("token-{}", rand::random::<u64>())).await.unwrap();
        let id = w
            .insert_conversation(&storage::chat::NewConversation {
                flow: self.flow,
                visitor_id: visitor,
                status: domain::chat::ConversationStatus::Closed,
                language: Language::Sv,
                notice_version: None,
                visitor_name: email.map(|_| "Kim Andersson".to_owned()),
                visitor_email: email.map(str::to_owned),
            })
            .await
            .unwrap();
        w.append_message(id, domain::chat::Sender::Visitor, None, false, body, "[]").await.unwrap();
        w.commit().await.unwrap();
        let t = days_ago(age);
        exec(
            self.db(),
            format!(
                "UPDATE chat_conversations SET created_at = {t}, closed_at = {t}, last_activity_at = {t} WHERE id = {}",
                id.0
            ),
        )
        .await
        .unwrap();
        id.0
    }

    /// A case from a mail with an attachment, closed `age` days ago.
    pub async fn case(&self, from: &str, body: &str, attachment: &str, age: i64) -> i64 {
        let raw = format!(
            "From: Kim <{from}>\r\nTo: kundtjanst@kommun.se\r\nSubject: Fråga\r\nMessage-ID: <{}@example.se>\r\n\
             MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n--b\r\nContent-Type: text/plain\r\n\
             Content-Disposition: attachment; filename=\"bilaga.txt\"\r\n\r\n{attachment}\r\n--b--\r\n",
            rand::random::<u64>()
        );
        let received = self
            .server
            .app
            .receive_mail(Some(from), &["kundtjanst@kommun.se".to_owned()], raw.as_bytes())
            .await
            .unwrap()
            .remove(0);
        let t = days_ago(age);
        let id = received.case.0;
        exec(
            self.db(),
            format!(
                "UPDATE cases SET status = 'closed', created_at = {t}, last_message_at = {t}, closed_at = {t} WHERE id = {id}"
            ),
        )
        .await
        .unwrap();
        exec(
            self.db(),
            format!(
                "UPDATE case_attachments SET created_at = {t} WHERE case_message_id IN \
                 (SELECT id FROM case_messages WHERE case_id = {id})"
            ),
        )
        .await
        .unwrap();
        id
    }

    /// A published forum question whose last activity was `age` days ago.
    pub async fn question(&self, email: &str, body: &str, age: i64) -> i64 {
        let categories = self.db().org(self.org).forum_categories().await.unwrap();
        let category = match categories.first() {
            Some(c) => domain::CategoryId(c.id),
            None => self.server.app.create_category(&self.admin, "Allmänt", "").await.unwrap(),
        };
        let notice = self.server.app.forum_notice(self.org, Language::Sv).await.unwrap();
        let posted = self
            .server
            .app
            .ask_question(
                "kommun",
                &format!("10.0.0.{}", rand::random::<u8>()),
                &app::forum::PostForm {
                    category: Some(category),
                    title: "Hur lång tid tar ett bygglov?",
                    body,
                    display_name: "Kim",
                    email,
                    notice_version: notice.version,
                    honeypot: "",
                },
            )
            .await
            .unwrap();
        let t = days_ago(age);
        exec(
            self.db(),
            format!(
                "UPDATE forum_posts SET status = 'published', created_at = {t}, last_activity_at = {t} WHERE id = {}",
                posted.post.0
            ),
        )
        .await
        .unwrap();
        self.db()
            .write(self.org)
            .await
            .map(|mut w| async move {
                w.reindex_question(posted.post, Language::Sv).await.unwrap();
                w.commit().await.unwrap();
            })
            .unwrap()
            .await;
        posted.post.0
    }

    async fn conversation_row(&self, id: i64) -> Option<(Option<String>, Option<String>, Option<i64>)> {
        let conv = self.db().org(self.org).conversation(domain::ConversationId(id)).await.unwrap()?;
        Some((conv.visitor_name, conv.visitor_email, conv.anonymised_at))
    }

    async fn messages(&self, id: i64) -> Vec<String> {
        self.db()
            .org(self.org)
            .messages_after(domain::ConversationId(id), 0, true)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.body)
            .collect()
    }

    async fn run(&self) -> app::retention::RunReport {
        self.server.app.run_retention(self.org, Timestamp::now(), false).await.unwrap()
    }
}

#[tokio::test]
async fn the_engine_anonymises_and_deletes_what_is_due_and_nothing_else() {
    let w = world(Regime::Private).await;
    // Chat by default: anonymised 180 days after close.
    let old =
        w.conversation(Some("kim@example.se"), "Mitt personnummer är 811218-9876, ring 070-123 45 67.", 200).await;
    let recent = w.conversation(Some("eva@example.se"), "Ring mig på 070-765 43 21.", 10).await;
    let held = w.conversation(Some("per@example.se"), "Jag heter Per, 070-111 22 33.", 400).await;
    w.server
        .app
        .place_legal_hold(&w.admin, &HoldOn::Item(HoldTarget::Conversation, held), "Tvist om bygglovet", None, false)
        .await
        .unwrap();
    // Mail by default: deleted 730 days after close, with attachments and queued mail.
    let old_case = w.case("kim@example.se", "Hej, se bilagan.", "Bilaga med 811218-9876", 800).await;
    let young_case = w.case("eva@example.se", "Ny fråga.", "Ny bilaga", 100).await;
    // Forum by default: anonymised 1095 days after last activity.
    let old_question = w.question("anna@example.se", "Jag bor på Storgatan 1, anna@example.se.", 1200).await;
    w.server
        .app
        .staff_answer(&w.admin, domain::PostId(old_question), "Svar från kommunen.", app::sensitive::Confirmed(false))
        .await
        .unwrap();
    exec(w.db(), format!("UPDATE forum_posts SET last_activity_at = {} WHERE id = {old_question}", days_ago(1200)))
        .await
        .unwrap();

    // The overdue metric sees the most overdue item: the old case's attachment (800 days
    // old, attachments kept 365 days), 435 days over.
    let overdue = w.server.app.oldest_overdue_seconds(Timestamp::now()).await.unwrap();
    assert!((434 * 86_400..436 * 86_400).contains(&overdue), "{overdue}");
    // A dry run counts and removes nothing.
    let dry = w.server.app.run_retention(w.org, Timestamp::now(), true).await.unwrap();
    // Counted per rule: the old case's attachment is due under the attachment rule as well
    // (in the real run it goes with its case).
    assert_eq!((dry.removed, dry.dry_run), (4, true), "{dry:?}");
    assert!(w.conversation_row(old).await.unwrap().2.is_none());

    let report = w.run().await;
    assert_eq!(report.held, 1);
    assert!(report.skipped.is_empty());
    assert_eq!(w.server.app.oldest_overdue_seconds(Timestamp::now()).await.unwrap(), 0, "nothing overdue but held");

    let (name, email, anonymised) = w.conversation_row(old).await.unwrap();
    assert!(name.unwrap().starts_with("Besökare "), "a stable pseudonym replaces the name");
    assert_eq!(email, None);
    assert!(anonymised.is_some());
    let text = w.messages(old).await.join(" ");
    assert!(!text.contains("811218-9876") && !text.contains("070-123 45 67"), "{text}");
    assert!(text.contains("[personnummer]"), "identifiers become typed placeholders: {text}");
    assert_eq!(w.conversation_row(recent).await.unwrap().1.as_deref(), Some("eva@example.se"));
    assert_eq!(w.conversation_row(held).await.unwrap().1.as_deref(), Some("per@example.se"), "held");
    assert!(w.messages(held).await[0].contains("070-111 22 33"));

    let scope = w.db().org(w.org);
    assert!(scope.case(domain::CaseId(old_case)).await.unwrap().is_none(), "the old case is deleted");
    assert!(scope.case_messages(domain::CaseId(old_case)).await.unwrap().is_empty());
    assert!(scope.case(domain::CaseId(young_case)).await.unwrap().is_some());
    assert_eq!(scope.case_attachments(domain::CaseId(young_case)).await.unwrap().len(), 1);

    let thread = w.server.app.forum_thread("kommun", domain::PostId(old_question)).await.unwrap();
    assert!(thread.question.author_name.starts_with("Besökare "));
    assert_eq!(thread.answers.len(), 1);
    assert_eq!(thread.answers[0].author_name, "Org kommun", "staff keep their name; only the visitor's is replaced");
    assert!(!thread.question.body.contains("anna@example.se"), "{}", thread.question.body);
    let found = w.server.app.forum_search("kommun", "anna@example.se", 1).await.unwrap();
    assert!(found.hits.is_empty(), "the search index no longer holds the address");

    // A second run changes nothing; each run leaves a receipt in the audit log.
    let again = w.run().await;
    assert_eq!(again.removed, 0, "{again:?}");
    assert_eq!(again.held, 1);
    let runs = scope.retention_runs(10).await.unwrap();
    assert_eq!(runs.len(), 3, "the dry run, the run and the second run");
    assert_eq!(runs[1].removed, report.removed);
    let out = std::process::Command::new(samtal_bin())
        .env("DATABASE_URL", &w.server.db.url)
        .env("SAMTAL_DATA_DIR", w.server.db.dir.path())
        .args(["retention", "receipts", "--org", "kommun"])
        .output()
        .unwrap();
    let receipts = String::from_utf8_lossy(&out.stdout);
    assert_eq!(receipts.lines().count(), 3, "{receipts}");
    assert!(receipts.lines().all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()));
    assert!(!receipts.contains("example.se"));
    assert!(runs[1].counts.contains("\"module\":\"chat\"") && !runs[1].counts.contains("example.se"));
    let audit = scope.audit_events_before(i64::MAX, 500).await.unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "retention.run").count(), 3);
    assert!(matches!(w.server.app.verify_audit_chain(w.org).await.unwrap(), app::audit::Verification::Intact { .. }));
}

async fn api_rule(server: &TestServer, token: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
    let res = reqwest::Client::new()
        .put(server.url("/api/v1/retention/rules"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or_default())
}

#[tokio::test]
async fn rules_are_checked_against_the_regime_and_the_role() {
    let w = world(Regime::PublicAuthority).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let admin = w.server.token(&org, "admin@kommun.se").await;
    w.server.user(&org, "dpo@kommun.se", Role::Dpo).await;
    w.server.user(&org, "agent@kommun.se", Role::Agent).await;
    let dpo = w.server.token(&org, "dpo@kommun.se").await;
    let agent = w.server.token(&org, "agent@kommun.se").await;
    let rule =
        |days: i64| json!({"module": "chat", "after": "closed", "days": days, "action": "delete", "reason": "Beslut"});

    for (body, status) in [
        (json!({"module": "chat", "after": "closed", "days": -1, "action": "delete", "reason": "x"}), 400),
        (json!({"module": "chat", "after": "closed", "days": 0, "action": "delete", "reason": "x"}), 400),
        (json!({"module": "telefon", "after": "closed", "days": 5, "action": "delete"}), 400),
        (json!({"module": "chat", "after": "sometime", "days": 5, "action": "delete"}), 400),
        (
            json!({"module": "chat", "applies_to": "attachments", "after": "created", "days": 5, "action": "anonymise"}),
            400,
        ),
        (
            json!({"module": "forum", "applies_to": "attachments", "after": "created", "days": 5, "action": "delete"}),
            400,
        ),
        (json!({"module": "chat", "scope_id": 999_999, "after": "closed", "days": 5, "action": "delete"}), 404),
        (json!({"module": "chat", "days": 5}), 400),
        (rule(100), 422),
    ] {
        let (got, answer) = api_rule(&w.server, &admin, body.clone()).await;
        assert_eq!(got, status, "{body} → {answer}");
    }
    let (_, answer) = api_rule(&w.server, &admin, rule(100)).await;
    assert_eq!(answer["error"]["code"], "regime", "a public authority's rule needs a legal basis");

    let basis: serde_json::Value = reqwest::Client::new()
        .post(w.server.url("/api/v1/retention/legal-bases"))
        .bearer_auth(&dpo)
        .json(&json!({"reference": "Gallringsbeslut KS 2024/117", "min_days": 365}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let basis = basis["id"].as_i64().unwrap();
    let with = |days: i64, reason: &str| json!({"module": "chat", "after": "closed", "days": days, "action": "delete", "legal_basis_id": basis, "reason": reason});
    let (status, answer) = api_rule(&w.server, &admin, with(100, "Beslut")).await;
    assert_eq!((status, answer["error"]["code"].as_str()), (422, Some("regime")), "shorter than the basis: {answer}");
    assert_eq!(api_rule(&w.server, &admin, with(400, "")).await.0, 422, "no reason");
    assert_eq!(api_rule(&w.server, &agent, with(400, "Beslut")).await.0, 403, "an agent may not");
    let (status, saved) = api_rule(&w.server, &dpo, with(400, "Enligt beslut KS 2024/117")).await;
    assert_eq!(status, 200, "{saved}");

    // The refusal by role is in the audit log.
    let audit = w.db().org(w.org).audit_events_before(i64::MAX, 500).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "retention.rule_refused"));
    assert!(audit.iter().any(|e| e.action == "retention.rule_changed"));
    let rules: serde_json::Value = reqwest::Client::new()
        .get(w.server.url("/api/v1/retention/rules"))
        .bearer_auth(&dpo)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let chat = rules["in_force"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["module"] == "chat" && r["applies_to"] == "records")
        .unwrap();
    assert_eq!((chat["days"].as_i64(), chat["legal_basis_id"].as_i64()), (Some(400), Some(basis)));
    let forum = rules["in_force"].as_array().unwrap().iter().find(|r| r["module"] == "forum").unwrap();
    assert_eq!(forum["rule_id"], serde_json::Value::Null, "every module has a finite default");
    assert!(forum["days"].as_i64().unwrap() > 0);

    // Another organisation cannot use this one's legal basis or see its rules.
    let other = w.server.org("annan", Regime::Private).await;
    w.server.user(&other, "admin@annan.se", Role::Admin).await;
    let foreign = w.server.token(&other, "admin@annan.se").await;
    assert_eq!(api_rule(&w.server, &foreign, with(400, "x")).await.0, 404);
    let theirs: serde_json::Value = reqwest::Client::new()
        .get(w.server.url("/api/v1/retention/rules"))
        .bearer_auth(&foreign)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(theirs["in_force"].as_array().unwrap().iter().all(|r| r["rule_id"].is_null()));
}

#[tokio::test]
async fn a_rule_that_removes_at_once_waits_unless_confirmed_and_the_preview_shows_what_goes() {
    let w = world(Regime::Private).await;
    w.conversation(Some("a@example.se"), "Hej", 40).await;
    w.conversation(Some("b@example.se"), "Hej", 25).await;
    w.conversation(Some("c@example.se"), "Hej", 5).await;
    let held = w.conversation(Some("d@example.se"), "Hej", 45).await;
    w.server
        .app
        .place_legal_hold(&w.admin, &HoldOn::Item(HoldTarget::Conversation, held), "Utredning", None, false)
        .await
        .unwrap();

    let rule = |confirm| app::retention::RuleInput {
        module: Module::Chat,
        scope_id: 0,
        applies: Applies::Records,
        terms: Some(Terms { clock: Clock::Closed, days: 30, action: Disposal::Delete }),
        legal_basis_id: None,
        reason: "Kortare tid".into(),
        confirm,
    };
    let (_, effective) = w.server.app.set_retention_rule(&w.admin, &rule(false)).await.unwrap();
    assert!(effective > Timestamp::now().plus_days(6), "waits the grace period");
    // Until then the default (180 days) applies: nothing goes.
    assert_eq!(w.run().await.removed, 0);
    // The preview at the day the change takes effect shows it.
    let later = w.server.app.retention_preview(w.org, Timestamp::now().plus_days(8)).await.unwrap();
    let chat = later.iter().find(|l| l.module == Module::Chat && l.applies == Applies::Records).unwrap();
    assert_eq!((chat.keep_days, chat.days[0], chat.held), (30, 2, 1), "{chat:?}");
    assert_eq!(chat.days.len(), 31);
    assert_eq!(chat.days[17], 1, "the 5-day-old conversation falls due on day 17 after: {:?}", chat.days);

    let overview = w.server.app.retention_overview(&w.admin).await.unwrap();
    assert_eq!(overview.waiting.len(), 1);
    w.server.app.confirm_retention_rule(&w.admin, overview.waiting[0].id).await.unwrap();
    let now = w.server.app.retention_preview(w.org, Timestamp::now()).await.unwrap();
    let chat = now.iter().find(|l| l.module == Module::Chat && l.applies == Applies::Records).unwrap();
    assert_eq!((chat.days[0], chat.days[5], chat.days[25]), (1, 1, 1), "{:?}", chat.days);
    let report = w.run().await;
    assert_eq!((report.removed, report.held), (1, 1));

    // An admin may confirm at once; a shorter scope rule for one flow beats the module's.
    let mut scoped = rule(true);
    scoped.scope_id = w.flow.0;
    scoped.terms = Some(Terms { clock: Clock::Closed, days: 20, action: Disposal::Anonymise });
    let (_, effective) = w.server.app.set_retention_rule(&w.admin, &scoped).await.unwrap();
    assert!(effective <= Timestamp::now());
    let report = w.run().await;
    assert_eq!(report.removed, 1, "the 25-day-old conversation is anonymised by the flow's rule: {report:?}");

    // The CLI preview prints the same lines.
    let out = std::process::Command::new(samtal_bin())
        .env("DATABASE_URL", &w.server.db.url)
        .env("SAMTAL_DATA_DIR", w.server.db.dir.path())
        .args(["retention", "preview", "--org", "kommun", "--as-of", "2099-13-01"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid --as-of"));
    let out = std::process::Command::new(samtal_bin())
        .env("DATABASE_URL", &w.server.db.url)
        .env("SAMTAL_DATA_DIR", w.server.db.dir.path())
        .args(["retention", "preview", "--org", "kommun"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.lines().any(|l| l.starts_with(&format!("chat\trecords\t{}\tanonymise\t20", w.flow.0))), "{text}");
    let _ = PASSWORD;
}

#[tokio::test]
async fn holds_on_a_person_keep_everything_about_them_until_released_or_expired() {
    let w = world(Regime::Private).await;
    let kept = w.conversation(Some("Kim@Example.se"), "Hej", 400).await;
    let case = w.case("kim@example.se", "Hej", "bilaga", 900).await;
    let other = w.conversation(Some("eva@example.se"), "Hej", 400).await;
    // Held by e-mail address: the person wrote it differently than the hold names it.
    let kim = app::people::Person::parse(None, "KIM@example.se").unwrap();
    let hold = w
        .server
        .app
        .place_legal_hold(&w.admin, &HoldOn::Person(kim), "Begäran om utlämnande", None, false)
        .await
        .unwrap();
    let report = w.run().await;
    assert_eq!(report.held, 3, "the conversation, the case and its attachment: {report:?}");
    assert!(w.conversation_row(kept).await.unwrap().2.is_none());
    assert!(w.db().org(w.org).case(domain::CaseId(case)).await.unwrap().is_some());
    assert!(w.conversation_row(other).await.unwrap().2.is_some());

    // Released: the next run removes them.
    w.server.app.release_legal_hold(&w.admin, hold).await.unwrap();
    let report = w.run().await;
    assert_eq!((report.removed, report.held), (2, 0));

    // An expired hold no longer holds; bad holds are refused.
    let young = w.conversation(Some("ny@example.se"), "Hej", 400).await;
    let past = Timestamp::now().plus_days(-1);
    assert!(
        w.server
            .app
            .place_legal_hold(&w.admin, &HoldOn::Item(HoldTarget::Conversation, young), "x", Some(past), false)
            .await
            .is_err()
    );
    assert!(matches!(
        w.server.app.place_legal_hold(&w.admin, &HoldOn::Item(HoldTarget::Case, 999_999), "x", None, false).await,
        Err(app::AppError::NotFound)
    ));
    assert!(
        w.server
            .app
            .place_legal_hold(&w.admin, &HoldOn::Item(HoldTarget::Conversation, young), " ", None, false)
            .await
            .is_err()
    );
}

/// One item of the model: what the engine must do with it at any moment.
#[derive(Debug, Clone)]
struct Modelled {
    id: i64,
    case: bool,
    flow: i64,
    closed_days_ago: i64,
    held_until: Option<i64>,
}

#[tokio::test]
async fn model_based_random_rules_holds_and_clock_advances() {
    use rand::{Rng, SeedableRng};
    let seed: u64 = std::env::var("SAMTAL_MODEL_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(rand::random);
    println!("model seed {seed} (rerun with SAMTAL_MODEL_SEED={seed})");
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let w = world(Regime::Private).await;
    let second = w.another_flow("skola", "Skola").await;
    let people = ["a@example.se", "b@example.se", "c@example.se", "d@example.se"];
    let mut items = Vec::new();
    for _ in 0..24 {
        let email = people[rng.random_range(0..people.len())];
        let age = rng.random_range(0..400);
        let flow = if rng.random_bool(0.5) { w.flow } else { second };
        let mut write = w.db().write(w.org).await.unwrap();
        let visitor = write.insert_visitor(&format!("m-{}", rand::random::<u64>())).await.unwrap();
        let id = write
            .insert_conversation(&storage::chat::NewConversation {
                flow,
                visitor_id: visitor,
                status: domain::chat::ConversationStatus::Closed,
                language: Language::Sv,
                notice_version: None,
                visitor_name: Some("Kim".into()),
                visitor_email: Some(email.into()),
            })
            .await
            .unwrap();
        write.append_message(id, domain::chat::Sender::Visitor, None, false, "Ring 070-123 45 67", "[]").await.unwrap();
        write.commit().await.unwrap();
        let t = days_ago(age);
        exec(
            w.db(),
            format!(
                "UPDATE chat_conversations SET closed_at = {t}, last_activity_at = {t}, created_at = {t} WHERE id = {}",
                id.0
            ),
        )
        .await
        .unwrap();
        items.push(Modelled { id: id.0, case: false, flow: flow.0, closed_days_ago: age, held_until: None });
    }
    for _ in 0..8 {
        let email = people[rng.random_range(0..people.len())];
        let age = rng.random_range(0..400);
        let id = w.case(email, "Hej", "bilaga", age).await;
        items.push(Modelled { id, case: true, flow: 0, closed_days_ago: age, held_until: None });
    }
    // Random rules, in force at once.
    let chat_days = rng.random_range(1..300);
    let chat_action = if rng.random_bool(0.5) { Disposal::Delete } else { Disposal::Anonymise };
    let flow_rule = rng.random_bool(0.5).then(|| rng.random_range(1..300));
    let mail_days = rng.random_range(1..300);
    let mail_action = if rng.random_bool(0.5) { Disposal::Delete } else { Disposal::Anonymise };
    let set = |module, scope_id, days, action| app::retention::RuleInput {
        module,
        scope_id,
        applies: Applies::Records,
        terms: Some(Terms { clock: Clock::Closed, days, action }),
        legal_basis_id: None,
        reason: String::new(),
        confirm: true,
    };
    w.server.app.set_retention_rule(&w.admin, &set(Module::Chat, 0, chat_days, chat_action)).await.unwrap();
    w.server.app.set_retention_rule(&w.admin, &set(Module::Mail, 0, mail_days, mail_action)).await.unwrap();
    if let Some(days) = flow_rule {
        w.server
            .app
            .set_retention_rule(&w.admin, &set(Module::Chat, second.0, days, Disposal::Anonymise))
            .await
            .unwrap();
    }
    // Random holds: some items until a random day ahead or for good.
    for item in items.iter_mut() {
        if rng.random_bool(0.2) {
            let until = rng.random_bool(0.5).then(|| rng.random_range(1..200));
            let target = if item.case { HoldTarget::Case } else { HoldTarget::Conversation };
            let expires = until.map(|d| Timestamp::now().plus_days(d));
            w.server
                .app
                .place_legal_hold(&w.admin, &HoldOn::Item(target, item.id), "Modell", expires, false)
                .await
                .unwrap();
            item.held_until = Some(until.unwrap_or(i64::MAX));
        }
    }
    let terms_of = |item: &Modelled| -> (i64, Disposal) {
        if item.case {
            (mail_days, mail_action)
        } else if item.flow == second.0 && flow_rule.is_some() {
            (flow_rule.unwrap(), Disposal::Anonymise)
        } else {
            (chat_days, chat_action)
        }
    };
    let state = |w: &World, item: &Modelled| {
        let (db, org, item) = (w.db().clone(), w.org, item.clone());
        async move {
            if item.case {
                db.org(org).case(domain::CaseId(item.id)).await.unwrap().map(|c| c.anonymised_at.is_some())
            } else {
                db.org(org)
                    .conversation(domain::ConversationId(item.id))
                    .await
                    .unwrap()
                    .map(|c| c.anonymised_at.is_some())
            }
        }
    };
    // Advance the clock in random steps; after each run check every item against the model.
    let mut ahead = 0i64;
    for _ in 0..5 {
        ahead += rng.random_range(0..120);
        let as_of = Timestamp::now().plus_days(ahead);
        let before: Vec<Option<bool>> = {
            let mut v = Vec::new();
            for item in &items {
                v.push(state(&w, item).await);
            }
            v
        };
        w.server.app.run_retention(w.org, as_of, false).await.unwrap();
        for (item, was) in items.iter().zip(before) {
            let (days, action) = terms_of(item);
            let age_then = item.closed_days_ago + ahead;
            // A day of slack at each boundary: the test's own clock moves while it runs.
            let unsure = (age_then - days).abs() <= 1
                || item.held_until.is_some_and(|u| u != i64::MAX && (u - ahead).abs() <= 1);
            if unsure {
                continue;
            }
            let held = item.held_until.is_some_and(|until| until > ahead);
            let now = state(&w, item).await;
            let removed = match action {
                Disposal::Delete => now.is_none(),
                Disposal::Anonymise => now != Some(false),
            };
            if held {
                assert_eq!(now, was, "seed {seed}: held {item:?} changed on day {ahead}");
            } else if age_then < days {
                assert_eq!(now, was, "seed {seed}: {item:?} changed before its time (day {ahead}, keep {days})");
            } else {
                assert!(
                    removed,
                    "seed {seed}: {item:?} overdue on day {ahead} (keep {days}, {action:?}) but still here: {now:?}"
                );
            }
        }
        let again = w.server.app.run_retention(w.org, as_of, false).await.unwrap();
        assert_eq!(again.removed, 0, "seed {seed}: a second run at day {ahead} changed something: {again:?}");
    }
}

#[tokio::test]
async fn a_run_killed_midway_is_finished_by_the_next_with_nothing_twice() {
    let w = world(Regime::Private).await;
    let total = 6_000;
    let mut write = w.db().write(w.org).await.unwrap();
    write
        .bulk_load_conversations(
            w.flow,
            total,
            2,
            "Ring mig på 070-123 45 67 om ärendet.",
            Timestamp::now().plus_days(-400),
        )
        .await
        .unwrap();
    write.commit().await.unwrap();
    let count_anonymised = || async {
        let sql =
            format!("SELECT COUNT(*) FROM chat_conversations WHERE org_id = {} AND anonymised_at IS NOT NULL", w.org.0);
        crate::support::scalar_i64(w.db(), &sql).await
    };
    let samtal = || {
        let mut cmd = std::process::Command::new(samtal_bin());
        cmd.env("DATABASE_URL", &w.server.db.url)
            .env("SAMTAL_DATA_DIR", w.server.db.dir.path())
            .env("SAMTAL_METRICS_LISTEN", "off")
            .args(["retention", "run", "--org", "kommun"]);
        cmd
    };
    let mut child = samtal().stdout(std::process::Stdio::null()).spawn().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let done_before = loop {
        let n = count_anonymised().await;
        if n > 0 {
            break n;
        }
        assert!(std::time::Instant::now() < deadline, "the run never got going");
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    };
    std::process::Command::new("kill").args(["-KILL", &child.id().to_string()]).status().unwrap();
    let _ = child.wait();
    let after_kill = count_anonymised().await;
    assert!(after_kill < total, "the kill came after the end ({after_kill} of {total}): make the load larger");
    assert!(after_kill >= done_before);
    assert_eq!(after_kill % 200, 0, "only whole batches were committed ({after_kill})");

    let out = samtal().output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let receipt: serde_json::Value = serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(receipt["removed"].as_i64().unwrap(), total - after_kill, "the second run did exactly the rest");
    assert_eq!(count_anonymised().await, total);
    let messages = crate::support::scalar_i64(
        w.db(),
        &format!("SELECT COUNT(*) FROM chat_messages WHERE org_id = {} AND body LIKE '%070-123%'", w.org.0),
    )
    .await;
    assert_eq!(messages, 0, "every message masked");
    let kept =
        crate::support::scalar_i64(w.db(), &format!("SELECT COUNT(*) FROM chat_messages WHERE org_id = {}", w.org.0))
            .await;
    assert_eq!(kept, total * 2, "anonymising keeps the messages (for statistics)");
}

#[tokio::test]
async fn anonymised_text_is_gone_from_the_database_files_and_the_search_index() {
    let w = world(Regime::Private).await;
    let planted = "zqxjplant4711@example.se";
    let marker = "zqxjplant4711";
    w.conversation(Some("kim@example.se"), &format!("Skriv till {planted} tack."), 200).await;
    w.question("anna@example.se", &format!("Min adress är {planted} om ni undrar."), 1200).await;
    w.case("eva@example.se", "Se bilagan.", &format!("Bilagan nämner {marker} flera gånger: {marker}."), 50).await;
    let confirm = app::retention::RuleInput {
        module: Module::Mail,
        scope_id: 0,
        applies: Applies::Records,
        terms: Some(Terms { clock: Clock::Closed, days: 30, action: Disposal::Anonymise }),
        legal_basis_id: None,
        reason: String::new(),
        confirm: true,
    };
    w.server.app.set_retention_rule(&w.admin, &confirm).await.unwrap();
    let found = w.server.app.forum_search("kommun", marker, 1).await.unwrap();
    assert_eq!(found.hits.len(), 1, "indexed before");
    let report = w.run().await;
    assert_eq!(report.removed, 3, "{report:?}");
    assert!(w.server.app.forum_search("kommun", marker, 1).await.unwrap().hits.is_empty());
    if w.server.db.is_postgres() {
        for (table, column) in [
            ("chat_messages", "body"),
            ("forum_posts", "body"),
            ("case_attachments", "CAST(content AS TEXT)"),
            ("forum_search", "CAST(terms AS TEXT)"),
        ] {
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE {column} LIKE '%{marker}%'");
            assert_eq!(crate::support::scalar_i64(w.db(), &sql).await, 0, "{table}");
        }
        return;
    }
    // SQLite: not a byte of it in any file of the data folder (database, WAL, shared memory).
    for entry in std::fs::read_dir(w.server.db.dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !bytes.windows(marker.len()).any(|window| window == marker.as_bytes()),
            "{} still holds the planted text",
            path.display()
        );
    }
}

#[tokio::test]
async fn admins_set_preview_and_confirm_rules_in_the_ui_and_the_privacy_page_quotes_them() {
    let w = world(Regime::PublicAuthority).await;
    w.conversation(Some("kim@example.se"), "Hej", 50).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let admin = w.server.signed_in(&org, "admin@kommun.se").await;
    let page = admin.get(w.server.url("/settings/retention")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Gällande regler") && page.contains("Standardregel"), "defaults shown");
    crate::support::assert_inert(&page);

    // Without a legal basis a public authority's rule is refused with a clear message.
    let flow_area = format!("chat:{}", w.flow.0);
    let form = |basis: &str| {
        vec![
            ("area", flow_area.clone()),
            ("applies", "records".to_owned()),
            ("days", "30".to_owned()),
            ("clock", "closed".to_owned()),
            ("action", "anonymise".to_owned()),
            ("legal_basis", basis.to_owned()),
            ("reason", "Enligt gallringsbeslut".to_owned()),
        ]
    };
    let res = admin.post(w.server.url("/settings/retention/rules")).form(&form("")).send().await.unwrap();
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("rättslig grund"));
    let res = admin
        .post(w.server.url("/settings/retention/legal-bases"))
        .form(&[("reference", "Gallringsbeslut KS 2024/117"), ("min_days", "30")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let basis = w.db().org(w.org).legal_bases().await.unwrap()[0].id;
    let res =
        admin.post(w.server.url("/settings/retention/rules")).form(&form(&basis.to_string())).send().await.unwrap();
    assert_eq!(res.status(), 200, "saved, with a message that it waits");
    let page = res.text().await.unwrap();
    assert!(page.contains("Väntande ändringar") && page.contains("Bekräfta nu"), "the change waits");
    let waiting = w.server.app.retention_overview(&w.admin).await.unwrap().waiting[0].id;
    let res = admin.post(w.server.url(&format!("/settings/retention/rules/{waiting}/confirm"))).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let page = admin.get(w.server.url("/settings/retention")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Chatt: Bygglov") && page.contains("Gallringsbeslut KS 2024/117"));
    assert!(!page.contains("Väntande ändringar"));

    // A hold placed from the page; the public privacy page quotes the rules in force.
    let res = admin
        .post(w.server.url("/settings/retention/holds"))
        .form(&[("target", "conversation"), ("target_id", "#1"), ("reason", "Överklagande"), ("expires", "2099-01-31")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let res = admin
        .post(w.server.url("/settings/retention/holds"))
        .form(&[("target", "conversation"), ("target_id", "1"), ("reason", "x"), ("expires", "31/01/2099")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let privacy = reqwest::get(w.server.url("/privacy/kommun")).await.unwrap().text().await.unwrap();
    assert!(privacy.contains("Så länge sparar vi uppgifterna"));
    assert!(
        privacy.contains("Chatt (Bygglov), samtal, ärenden och inlägg: anonymiseras 30 dagar efter avslut."),
        "{privacy}"
    );
    assert!(privacy.contains("E-post, samtal, ärenden och inlägg: raderas 730 dagar efter avslut."));

    // Agents reach none of it.
    w.server.user(&org, "agent@kommun.se", Role::Agent).await;
    let agent = w.server.signed_in(&org, "agent@kommun.se").await;
    assert_eq!(agent.get(w.server.url("/settings/retention")).send().await.unwrap().status(), 403);
    let res =
        agent.post(w.server.url("/settings/retention/rules")).form(&form(&basis.to_string())).send().await.unwrap();
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn attachment_rules_remove_files_and_keep_the_records() {
    let w = world(Regime::Private).await;
    let case = w.case("kim@example.se", "Se bilagan", "Bilagans innehåll", 20).await;
    let rule = app::retention::RuleInput {
        module: Module::Mail,
        scope_id: 0,
        applies: Applies::Attachments,
        terms: Some(Terms { clock: Clock::Created, days: 10, action: Disposal::Delete }),
        legal_basis_id: None,
        reason: String::new(),
        confirm: true,
    };
    w.server.app.set_retention_rule(&w.admin, &rule).await.unwrap();
    let report = w.run().await;
    assert_eq!(report.removed, 1, "{report:?}");
    let scope = w.db().org(w.org);
    assert!(scope.case_attachments(domain::CaseId(case)).await.unwrap().is_empty());
    assert_eq!(scope.case_messages(domain::CaseId(case)).await.unwrap().len(), 1, "the mail itself stays");
}

#[tokio::test]
async fn a_row_that_cannot_be_processed_is_skipped_reported_and_the_rest_done() {
    let w = world(Regime::Private).await;
    let good = w.conversation(Some("a@example.se"), "Hej", 400).await;
    let bad = w.conversation(Some("b@example.se"), "Hej", 400).await;
    // A trigger makes one row refuse every change, as a damaged row would.
    let trigger = if w.server.db.is_postgres() {
        vec![
            format!(
                "CREATE FUNCTION refuse_row() RETURNS trigger AS $$ BEGIN IF OLD.id = {bad} THEN \
                 RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
            ),
            "CREATE TRIGGER refuse BEFORE UPDATE ON chat_conversations FOR EACH ROW EXECUTE FUNCTION refuse_row()"
                .into(),
        ]
    } else {
        vec![format!(
            "CREATE TRIGGER refuse BEFORE UPDATE ON chat_conversations WHEN OLD.id = {bad} \
             BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )]
    };
    for sql in trigger {
        exec(w.db(), sql).await.unwrap();
    }
    let report = w.run().await;
    assert_eq!(report.skipped, vec![bad], "{report:?}");
    assert_eq!(report.removed, 1);
    assert!(w.conversation_row(good).await.unwrap().2.is_some());
    assert!(w.conversation_row(bad).await.unwrap().2.is_none());
    let runs = w.db().org(w.org).retention_runs(1).await.unwrap();
    assert_eq!(runs[0].skipped, 1, "the receipt reports it");
}

#[tokio::test]
async fn only_one_node_runs_retention_at_a_time() {
    let w = world(Regime::Private).await;
    w.conversation(Some("a@example.se"), "Hej", 400).await;
    let other_node = w.server.db.app().await;
    let held = w.db().lead("retention").await.unwrap().expect("free");
    let outcome = other_node.run_retention_everywhere(Timestamp::now()).await.unwrap();
    if w.server.db.is_postgres() {
        assert!(outcome.is_none(), "another node leads: this one does nothing");
    } else {
        assert!(outcome.is_some(), "SQLite serves one node, which always leads");
    }
    drop(held);
    // The lock goes with its connection, which closes in the background.
    let mut reports = None;
    for _ in 0..100 {
        reports = other_node.run_retention_everywhere(Timestamp::now()).await.unwrap();
        if reports.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let reports = reports.expect("the lock is released once its holder is gone");
    let removed: i64 = reports.iter().map(|r| r.removed).sum();
    assert!(removed <= 1);
}

/// A hold on a person named by personnummer or phone (any written form) keeps what
/// mentions the number from retention and erasure; a restriction also stops replies;
/// both are placed from the API, the retention page and the case page; bad input is
/// refused clearly; another organisation's ids are not found.
#[tokio::test]
async fn holds_and_restrictions_on_a_person_by_number_from_every_place() {
    let w = world(Regime::Private).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let token = w.server.token(&org, "admin@kommun.se").await;
    let mentioned = w.conversation(Some("kim@example.se"), "Mitt personnummer är 19811218-9876.", 400).await;
    let other = w.conversation(Some("eva@example.se"), "Hej", 400).await;
    let post = |body: serde_json::Value| {
        let (url, token) = (w.server.url("/api/v1/retention/holds"), token.clone());
        async move {
            let res = reqwest::Client::new().post(url).bearer_auth(token).json(&body).send().await.unwrap();
            (res.status().as_u16(), res.json::<serde_json::Value>().await.unwrap_or_default())
        }
    };
    let (status, created) = post(json!({"target": "person", "kind": "personnummer", "identifier": "811218-9876",
        "reason": "Tvist"}))
    .await;
    assert_eq!(status, 201, "{created}");
    let report = w.run().await;
    assert!(w.conversation_row(mentioned).await.unwrap().2.is_none(), "held by the number in the text");
    assert!(w.conversation_row(other).await.unwrap().2.is_some(), "not held: {report:?}");
    let res = reqwest::Client::new()
        .post(w.server.url("/api/v1/people/erase"))
        .bearer_auth(&token)
        .json(&json!({"email": "kim@example.se"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409, "erasure by another key of the same person is held too");
    let holds: serde_json::Value = reqwest::Client::new()
        .get(w.server.url("/api/v1/retention/holds"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let hold = holds.as_array().unwrap().iter().find(|h| h["id"] == created["id"]).unwrap();
    assert_eq!((hold["person_kind"].as_str(), hold["person"].as_str()), (Some("personnummer"), Some("8112189876")));

    // Bad input: a clear 4xx, nothing stored.
    for (body, expected) in [
        (json!({"target": "person", "reason": "x"}), 400),
        (json!({"target": "person", "kind": "shoe_size", "identifier": "42", "reason": "x"}), 400),
        (json!({"target": "person", "kind": "personnummer", "identifier": "12", "reason": "x"}), 400),
        (json!({"target": "contact", "target_id": 1, "reason": "x"}), 400),
        (json!({"target": "conversation", "target_id": mentioned, "reason": "x", "restriction": true}), 422),
        (json!({"target": "case", "target_id": 999_999, "reason": "x"}), 404),
    ] {
        let (status, answer) = post(body.clone()).await;
        assert_eq!(status, expected, "{body}: {answer}");
    }

    // A restriction by phone from the case page stops replies to the customer.
    let case = w.case("bo@example.se", "Ring 070-555 66 77.", "bilaga", 1).await;
    let admin = w.server.signed_in(&org, "admin@kommun.se").await;
    let page = admin.get(w.server.url(&format!("/cases/{case}"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("action=\"/settings/retention/holds\""), "the case page offers a hold");
    let res = admin
        .post(w.server.url("/settings/retention/holds"))
        .form(&[
            ("back", format!("/cases/{case}")),
            ("target", "person".into()),
            ("kind", "phone".into()),
            ("identifier", "+46 70 555 66 77".into()),
            ("reason", "Begäran om begränsning".into()),
            ("restriction", "on".into()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], format!("/cases/{case}").as_str(), "back to the case");
    let reply = w
        .server
        .app
        .reply_to_case(
            &w.admin,
            domain::CaseId(case),
            "Hej Bo",
            domain::cases::CaseStatus::Waiting,
            app::sensitive::Confirmed(false),
        )
        .await;
    assert!(matches!(reply, Err(app::AppError::Restricted(_))), "{reply:?}");
    // An open redirect through `back` is not followed.
    let res = admin
        .post(w.server.url("/settings/retention/holds"))
        .form(&[("back", "//evil.example/x"), ("target", "case"), ("target_id", &case.to_string()), ("reason", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/settings/retention");

    // The inbox offers a hold on the open conversation (or its visitor), and returns there.
    let inbox = admin.get(w.server.url("/inbox")).send().await.unwrap().text().await.unwrap();
    assert!(inbox.contains("id=\"hold-panel\""), "the inbox offers a hold to an admin");
    let res = admin
        .post(w.server.url("/settings/retention/holds"))
        .form(&[("back", "/inbox"), ("target", "conversation"), ("target_id", &other.to_string()), ("reason", "Tvist")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["location"], "/inbox");
    assert!(
        w.db()
            .org(w.org)
            .legal_holds()
            .await
            .unwrap()
            .iter()
            .any(|h| h.target == "conversation" && h.target_id == other)
    );

    // Agents see no hold form; another organisation cannot hold this one's case.
    w.server.user(&org, "agent@kommun.se", Role::Agent).await;
    let agent = w.server.signed_in(&org, "agent@kommun.se").await;
    let page = agent.get(w.server.url(&format!("/cases/{case}"))).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("action=\"/settings/retention/holds\""));
    let inbox = agent.get(w.server.url("/inbox")).send().await.unwrap().text().await.unwrap();
    assert!(!inbox.contains("hold-panel"), "agents place no holds");
    let foreign = w.server.org("annan", Regime::Private).await;
    w.server.user(&foreign, "admin@annan.se", Role::Admin).await;
    let foreign_token = w.server.token(&foreign, "admin@annan.se").await;
    let res = reqwest::Client::new()
        .post(w.server.url("/api/v1/retention/holds"))
        .bearer_auth(foreign_token)
        .json(&json!({"target": "case", "target_id": case, "reason": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}
