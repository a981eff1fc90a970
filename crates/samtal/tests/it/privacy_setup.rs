//! The rest of the data-subject work on both backends: requests over the API and the
//! command line (with restriction), export and erasure by phone or personnummer, the
//! sub-processor register with the EU/EEA-only mode, purposes in the record of
//! processing, and privacy notices whose placeholders follow the live configuration.

use crate::retention::world;
use crate::support::{TestServer, samtal_bin};
use domain::org::Regime;
use domain::staff::Role;
use serde_json::{Value, json};

/// A bearer-token JSON client for one server.
struct Api<'a> {
    server: &'a TestServer,
    token: String,
}

impl Api<'_> {
    async fn send(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> (u16, Value, Vec<u8>) {
        let mut req = reqwest::Client::new().request(method, self.server.url(path)).bearer_auth(&self.token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        let bytes = res.bytes().await.unwrap().to_vec();
        (status, serde_json::from_slice(&bytes).unwrap_or_default(), bytes)
    }

    async fn get(&self, path: &str) -> (u16, Value) {
        let (s, v, _) = self.send(reqwest::Method::GET, path, None).await;
        (s, v)
    }

    async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        let (s, v, _) = self.send(reqwest::Method::POST, path, Some(body)).await;
        (s, v)
    }

    async fn put(&self, path: &str, body: Value) -> (u16, Value) {
        let (s, v, _) = self.send(reqwest::Method::PUT, path, Some(body)).await;
        (s, v)
    }
}

#[tokio::test]
async fn requests_over_the_api_and_the_command_line_including_restriction() {
    let w = world(Regime::Private).await;
    w.conversation(Some("kim@example.se"), "Hej från Kim.", 5).await;
    let case = w.case("kim@example.se", "Min fråga om bygglov.", "bilaga", 5).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    w.server.user(&org, "dpo@kommun.se", Role::Dpo).await;
    let api = Api { server: &w.server, token: w.server.token(&org, "dpo@kommun.se").await };
    let today = domain::Timestamp::now().date_in(&org.time_zone.zone()).to_string();

    // Registration over the API, with bad input refused clearly.
    let (status, body) = api
        .post("/api/v1/requests", json!({"kind": "restriction", "email": "kim@example.se", "received_on": today}))
        .await;
    assert_eq!(status, 201, "{body}");
    let restriction = body["id"].as_i64().unwrap();
    let (status, body) = api
        .post("/api/v1/requests", json!({"kind": "deletion", "email": "kim@example.se", "received_on": today}))
        .await;
    assert_eq!((status, body["error"]["code"].as_str()), (400, Some("invalid_input")), "{body}");
    let (status, _) =
        api.post("/api/v1/requests", json!({"kind": "access", "email": "kim", "received_on": today})).await;
    assert_eq!(status, 400);
    let (status, list) = api.get("/api/v1/requests").await;
    assert_eq!(status, 200);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["due_on"].as_str().unwrap(), domain::people::answer_due(today.parse().unwrap()).to_string());
    assert_eq!(list[0]["identity_checked"], false);

    let path = |action: &str| format!("/api/v1/requests/{restriction}/{action}");
    let (status, _) = api.post(&path("complete"), json!({})).await;
    assert_eq!(status, 422, "identity first");
    let (status, _) = api.post(&path("identity"), json!({"steps": ["matches_records", "nonsense"]})).await;
    assert_eq!(status, 400);
    let (status, _) = api.post(&path("identity"), json!({"steps": ["matches_records", "identity_proven"]})).await;
    assert_eq!(status, 204);
    let (status, _) = api.post(&path("extend"), json!({"months": 3, "reason": "x"})).await;
    assert_eq!(status, 400, "at most two months");
    let (status, done) = api.post(&path("complete"), json!({})).await;
    assert_eq!(status, 200, "{done}");
    let hold = done["restriction_hold"].as_i64().expect("a restriction hold");

    // Restricted: kept, but staff cannot reply, and erasure is refused naming the hold.
    let admin = Api { server: &w.server, token: w.server.token(&org, "admin@kommun.se").await };
    let (status, body) = admin.post(&format!("/api/v1/cases/{case}/replies"), json!({"body": "Svar till Kim"})).await;
    assert_eq!((status, body["error"]["code"].as_str()), (409, Some("restricted")), "{body}");
    let (status, body) = admin.post("/api/v1/people/erase", json!({"email": "kim@example.se"})).await;
    assert_eq!((status, body["error"]["code"].as_str()), (409, Some("held")), "{body}");
    assert!(body["error"]["message"].as_str().unwrap().contains(&format!("#{hold}")));
    assert!(w.db().org(w.org).outbox(10).await.unwrap().iter().all(|m| m.recipient != "kim@example.se"));
    // Lifting the restriction (releasing its hold) lets processing go on.
    w.server.app.release_legal_hold(&w.admin, hold).await.unwrap();
    let (status, _) = admin.post(&format!("/api/v1/cases/{case}/replies"), json!({"body": "Svar till Kim"})).await;
    assert_eq!(status, 202);

    // The command line takes an access request from registration to the export.
    let cli = |args: &[&str]| {
        std::process::Command::new(samtal_bin())
            .env("DATABASE_URL", &w.server.db.url)
            .env("SAMTAL_DATA_DIR", w.server.db.dir.path())
            .args(["dsr", "request"])
            .args(args)
            .output()
            .unwrap()
    };
    let text = |out: &std::process::Output| {
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    };
    let out = cli(&["register", "--org", "kommun", "--kind", "access", "--email", "kim@example.se"]);
    assert!(out.status.success(), "{}", text(&out));
    let id: String = text(&out).split_whitespace().nth(2).unwrap().trim_end_matches(',').to_owned();
    let out = cli(&[
        "register",
        "--org",
        "kommun",
        "--kind",
        "access",
        "--email",
        "kim@example.se",
        "--received-on",
        "2026-13-01",
    ]);
    assert!(!out.status.success() && text(&out).contains("received_on"), "{}", text(&out));
    let out = cli(&["identity", "--org", "kommun", "--id", &id, "--step", "matches_records", "--step", "wrong"]);
    assert!(!out.status.success() && text(&out).contains("invalid --step"));
    let out =
        cli(&["identity", "--org", "kommun", "--id", &id, "--step", "matches_records", "--step", "identity_proven"]);
    assert!(out.status.success() && text(&out).contains("identity checked"), "{}", text(&out));
    let zip = w.server.db.dir.path().join("cli-export.zip");
    let out = cli(&["complete", "--org", "kommun", "--id", &id]);
    assert!(!out.status.success() && text(&out).contains("--out"), "an access request needs --out");
    let out = cli(&["complete", "--org", "kommun", "--id", &id, "--out", zip.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(zip::ZipArchive::new(std::fs::File::open(&zip).unwrap()).unwrap().len() >= 3);
    let out = cli(&["list", "--org", "kommun"]);
    let lines: Vec<Value> = text(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(lines.iter().all(|r| r["status"] == "done"), "{lines:?}");
    let audit = w.db().org(w.org).audit_events_before(i64::MAX, 500).await.unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "dsr.request_completed").count(), 2);
    assert!(audit.iter().all(|e| !e.details.contains("kim@")), "no identifier in the audit log");
}

#[tokio::test]
async fn export_and_erasure_by_phone_or_personnummer() {
    let w = world(Regime::Private).await;
    let kim = w.conversation(Some("kim@example.se"), "Ring mig på 070-123 45 67.", 5).await;
    let kim_case = w.case("kim@example.se", "Mitt personnummer är 19811218-9876.", "bilaga", 5).await;
    let eva = w.conversation(Some("eva@example.se"), "Min son har 070-111 22 33.", 5).await;
    let bo = w.conversation(Some("bo@example.se"), "Sonen till Eva har nummer 070-111 22 33.", 5).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let api = Api { server: &w.server, token: w.server.token(&org, "admin@kommun.se").await };

    // A phone number written under one address reaches everything under that address.
    let (status, _, bytes) =
        api.send(reqwest::Method::POST, "/api/v1/people/export", Some(json!({"phone": "+46 70 123 45 67"}))).await;
    assert_eq!(status, 200);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let export: Value = serde_json::from_reader(archive.by_name("export.json").unwrap()).unwrap();
    assert_eq!(export["subject"]["phone"], "701234567");
    let of_kind = |kind: &str| {
        export["items"].as_array().unwrap().iter().filter(|i| i["kind"] == kind).cloned().collect::<Vec<_>>()
    };
    assert_eq!(of_kind("conversation").len(), 1);
    assert_eq!(of_kind("conversation")[0]["id"], kim);
    assert_eq!(of_kind("case").len(), 1, "the case under the same address comes along");
    assert!(!export.to_string().contains("eva@example.se"));

    // Written under two addresses, the number is ambiguous: nothing is guessed or erased.
    let (status, body) = api.post("/api/v1/people/erase", json!({"phone": "070-111 22 33"})).await;
    assert_eq!((status, body["error"]["code"].as_str()), (409, Some("ambiguous")), "{body}");
    assert!(!body.to_string().contains("@example.se"), "the answer names no one");
    assert!(w.db().org(w.org).conversation(domain::ConversationId(eva)).await.unwrap().is_some());
    assert!(w.db().org(w.org).conversation(domain::ConversationId(bo)).await.unwrap().is_some());
    let (status, _) = api.post("/api/v1/people/erase", json!({"phone": "070", "email": "kim@example.se"})).await;
    assert_eq!(status, 422, "exactly one identifier");
    let (status, _) = api.post("/api/v1/people/erase", json!({"personnummer": "1234"})).await;
    assert_eq!(status, 400);

    // The personnummer in another form erases Kim everywhere; Eva and Bo stay.
    let (status, dry) = api.post("/api/v1/people/erase", json!({"personnummer": "811218-9876", "dry_run": true})).await;
    assert_eq!((status, dry["conversations"].as_i64(), dry["cases"].as_i64()), (200, Some(1), Some(1)), "{dry}");
    let (status, done) = api.post("/api/v1/people/erase", json!({"personnummer": "811218-9876"})).await;
    assert_eq!(status, 200, "{done}");
    let scope = w.db().org(w.org);
    assert!(scope.conversation(domain::ConversationId(kim)).await.unwrap().is_none());
    assert!(scope.case(domain::CaseId(kim_case)).await.unwrap().is_none());
    assert!(scope.conversation(domain::ConversationId(eva)).await.unwrap().is_some());

    // The command line names a person the same ways, and refuses two at once.
    let cli = |args: &[&str]| {
        std::process::Command::new(samtal_bin())
            .env("DATABASE_URL", &w.server.db.url)
            .env("SAMTAL_DATA_DIR", w.server.db.dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    let out = cli(&["dsr", "erase", "--org", "kommun", "--phone", "0701112233", "--dry-run"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("different e-mail addresses"));
    let out = cli(&["dsr", "erase", "--org", "kommun", "--phone", "1", "--email", "a@b.se"]);
    assert!(!out.status.success());
}

#[tokio::test]
async fn sub_processors_purposes_and_the_eu_only_mode() {
    let config = app::AppConfig {
        endpoints: vec![
            app::Endpoint { service: "smtp_relay", host: "relay.kommun.se".into(), country: Some("SE".into()) },
            app::Endpoint { service: "imap", host: "127.0.0.1".into(), country: None },
        ],
        ..Default::default()
    };
    let server = TestServer::start_with(config).await;
    let org = server.org("kommun", Regime::PublicAuthority).await;
    let other = server.org("annan", Regime::Private).await;
    server.user(&org, "dpo@kommun.se", Role::Dpo).await;
    server.user(&org, "agent@kommun.se", Role::Agent).await;
    server.user(&other, "admin@annan.se", Role::Admin).await;
    let api = Api { server: &server, token: server.token(&org, "dpo@kommun.se").await };

    let us = json!({"name": "Moln AB", "service": "Säkerhetskopior", "data_categories": "allt",
                    "country": "us", "transfer_mechanism": "standard_contractual_clauses"});
    let (status, created) = api.post("/api/v1/privacy/sub-processors", us.clone()).await;
    assert_eq!(status, 201, "{created}");
    let us_id = created["id"].as_i64().unwrap();
    for (bad, code) in [
        (json!({"country": "Sverige"}), 400),
        (json!({"transfer_mechanism": "trust_us"}), 400),
        (json!({"transfer_mechanism": "within_eea"}), 422),
        (json!({"country": "DE", "transfer_mechanism": "adequacy"}), 422),
        (json!({"name": ""}), 400),
    ] {
        let mut body = us.clone();
        body.as_object_mut().unwrap().extend(bad.as_object().unwrap().clone());
        let (status, answer) = api.post("/api/v1/privacy/sub-processors", body).await;
        assert_eq!(status, code, "{bad}: {answer}");
    }
    // EU/EEA-only is refused while an entry lies outside; then entries outside are refused.
    let (status, body) = api
        .put("/api/v1/privacy/profile", json!({"dpo_contact": "Dataskyddsombudet, dso@kommun.se", "eu_eea_only": true}))
        .await;
    assert_eq!(status, 422, "{body}");
    let (status, _, _) =
        api.send(reqwest::Method::DELETE, &format!("/api/v1/privacy/sub-processors/{us_id}"), None).await;
    assert_eq!(status, 204);
    let (status, _) = api
        .put("/api/v1/privacy/profile", json!({"dpo_contact": "Dataskyddsombudet, dso@kommun.se", "eu_eea_only": true}))
        .await;
    assert_eq!(status, 204);
    let (status, body) = api.post("/api/v1/privacy/sub-processors", us.clone()).await;
    assert_eq!((status, body["error"]["code"].as_str()), (422, Some("refused")), "{body}");
    let se = json!({"name": "Drift i Norr AB", "service": "Drift av servern", "data_categories": "allt i Samtal",
                    "country": "SE", "transfer_mechanism": "within_eea"});
    assert_eq!(api.post("/api/v1/privacy/sub-processors", se).await.0, 201);
    let (status, _) =
        api.put("/api/v1/privacy/purposes/chat", json!({"purpose": "Att svara invånare om bygglov."})).await;
    assert_eq!(status, 204);
    assert_eq!(api.put("/api/v1/privacy/purposes/telepathy", json!({"purpose": "x"})).await.0, 400);

    let (_, setup) = api.get("/api/v1/privacy").await;
    let names: Vec<&str> =
        setup["sub_processors"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["Drift i Norr AB", "relay.kommun.se", "127.0.0.1"], "configured servers listed too");
    let (_, record) = api.get("/api/v1/record").await;
    let text = record.to_string();
    assert!(text.contains("Att svara invånare om bygglov.") && text.contains("Drift i Norr AB"), "{text}");
    assert_eq!(record["controller"]["dpo_contact"], "Dataskyddsombudet, dso@kommun.se");
    assert_eq!(record["controller"]["eu_eea_only"], true);
    assert_eq!(record["transfers_outside_eu"], json!([]));

    // The record downloads as one self-contained HTML page, and as JSON.
    let dpo = server.signed_in(&org, "dpo@kommun.se").await;
    let res = dpo.get(server.url("/record/record.html")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains("behandlingsregister.html"));
    let html = res.text().await.unwrap();
    assert!(html.contains("Att svara invånare om bygglov.") && html.contains("Drift i Norr AB"));
    assert!(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"), "self-contained");
    let json_download: Value = dpo.get(server.url("/record/record.json")).send().await.unwrap().json().await.unwrap();
    assert_eq!(json_download["format"], "samtal-record");
    assert_eq!(dpo.get(server.url("/record/record.exe")).send().await.unwrap().status(), 404);
    let page = dpo.get(server.url("/settings/privacy")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Drift i Norr AB") && page.contains("relay.kommun.se") && page.contains("eget nät"));
    crate::support::assert_inert(&page);

    // Agents and other organisations see and change nothing.
    let agent = Api { server: &server, token: server.token(&org, "agent@kommun.se").await };
    assert_eq!(agent.get("/api/v1/privacy").await.0, 403);
    assert_eq!(agent.post("/api/v1/privacy/sub-processors", us.clone()).await.0, 403);
    let outsider = Api { server: &server, token: server.token(&other, "admin@annan.se").await };
    let (_, theirs) = outsider.get("/api/v1/privacy").await;
    assert!(!theirs.to_string().contains("Drift i Norr"), "{theirs}");
    let own_id = setup["sub_processors"][0]["id"].as_i64().unwrap();
    let (status, _, _) =
        outsider.send(reqwest::Method::DELETE, &format!("/api/v1/privacy/sub-processors/{own_id}"), None).await;
    assert_eq!(status, 404);
    assert_eq!(api.get("/api/v1/privacy").await.1["sub_processors"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn an_eu_only_organisation_refuses_a_server_configured_outside_the_eea() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::PublicAuthority).await;
    let dpo = server.user(&org, "dpo@kommun.se", Role::Dpo).await;
    let dpo = app::Principal { user: dpo, via: app::authz::Via::Session };
    server.app.save_privacy_profile(&dpo, "", true).await.unwrap();
    let config = server.db.dir.path().join("samtal.toml");
    let start = |relay_country: &str| {
        std::fs::write(
            &config,
            format!(
                "smtp_relay = \"smtp://relay.example.com:2525\"\nsmtp_relay_country = \"{relay_country}\"\n\
                 mail_from = \"Kundtjänst <noreply@kommun.se>\"\nsmtp_listen = \"off\"\nmetrics_listen = \"off\"\n"
            ),
        )
        .unwrap();
        std::process::Command::new(samtal_bin())
            .env("DATABASE_URL", &server.db.url)
            .env("SAMTAL_DATA_DIR", server.db.dir.path())
            .arg("--config")
            .arg(&config)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    let out = start("US");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("kommun") && stderr.contains("EU/EEA") && stderr.contains("relay.example.com"), "{stderr}");
    let out = start("Sweden");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("smtp_relay_country"));
}

#[tokio::test]
async fn notices_fill_their_placeholders_from_the_live_configuration() {
    let w = world(Regime::PublicAuthority).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let api = Api { server: &w.server, token: w.server.token(&org, "admin@kommun.se").await };
    let (status, body) = api
        .post(
            &format!("/api/v1/chat/flows/{}/notices", w.flow.0),
            json!({"language": "sv", "body": "Sparas {retention_kb}.", "require_ack": false}),
        )
        .await;
    assert_eq!((status, body["error"]["code"].as_str()), (422, Some("refused")), "unknown placeholder: {body}");
    let (status, body) = api
        .post(
            &format!("/api/v1/chat/flows/{}/notices", w.flow.0),
            json!({"language": "sv", "body": "{controller} sparar chatten {retention_chat}. Frågor: {dpo}.", "require_ack": false}),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    w.server.app.save_privacy_profile(&w.admin, "dso@kommun.se", false).await.unwrap();

    let widget = || async {
        let res = reqwest::get(w.server.url("/chat/kommun/bygglov/config")).await.unwrap();
        res.json::<Value>().await.unwrap()["notice"]["body"].as_str().unwrap_or_default().to_owned()
    };
    let shown = widget().await;
    assert_eq!(
        shown,
        "Org kommun sparar chatten 180 dagar efter att ärendet eller samtalet avslutats, därefter anonymiseras \
         uppgifterna. Frågor: dso@kommun.se."
    );
    // A rule for this flow changes what the notice says at once, with no new version.
    let basis = w.server.app.add_legal_basis(&w.admin, "Gallringsbeslut 2026/2", 30).await.unwrap();
    w.server
        .app
        .set_retention_rule(
            &w.admin,
            &app::retention::RuleInput {
                module: domain::retention::Module::Chat,
                scope_id: w.flow.0,
                applies: domain::retention::Applies::Records,
                terms: Some(domain::retention::Terms {
                    clock: domain::retention::Clock::Closed,
                    days: 60,
                    action: domain::retention::Disposal::Delete,
                }),
                legal_basis_id: Some(basis),
                reason: "Kortare för bygglov".into(),
                confirm: true,
            },
        )
        .await
        .unwrap();
    assert!(widget().await.contains("60 dagar efter att ärendet eller samtalet avslutats, därefter raderas"));

    // The forum's form and the public privacy page show filled text too; the stored version is the raw one.
    w.server.app.create_category(&w.admin, "Allmänt", "").await.unwrap();
    let form = reqwest::get(w.server.url("/forum/kommun/ask")).await.unwrap().text().await.unwrap();
    assert!(
        form.contains("Org kommun behandlar") && form.contains("dso@kommun.se") && !form.contains("{controller}"),
        "{form}"
    );
    assert!(form.contains("1095 dagar efter den senaste aktiviteten"), "the forum's rule in force");
    let privacy = reqwest::get(w.server.url("/privacy/kommun")).await.unwrap().text().await.unwrap();
    assert!(privacy.contains("60 dagar") && !privacy.contains("{retention_chat}"));
    let stored = w.db().org(w.org).current_notice(w.flow, domain::org::Language::Sv).await.unwrap().unwrap();
    assert!(stored.body.contains("{retention_chat}"));
}
