//! Person search across chat, forum and e-mail: by every kind of identifier, with the
//! reason each row matched, candidates for ambiguous names, nothing of other people
//! or other organisations, and an audit entry that holds no identifier.

use crate::retention::world;
use crate::support::samtal_bin;
use app::retention::HoldOn;
use domain::org::Regime;
use domain::staff::Role;
use serde_json::json;

async fn search(server: &crate::support::TestServer, token: &str, body: serde_json::Value) -> (u16, serde_json::Value) {
    let res = reqwest::Client::new()
        .post(server.url("/api/v1/people/search"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.json().await.unwrap_or_default())
}

fn items(found: &serde_json::Value) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = found["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["table"].as_str().unwrap().to_owned(), m["column"].as_str().unwrap().to_owned()))
        .collect();
    v.sort();
    v
}

#[tokio::test]
async fn a_person_is_found_everywhere_by_any_identifier_and_nobody_else_is() {
    let w = world(Regime::PublicAuthority).await;
    let kim = w.conversation(Some("Kim@Example.se"), "Ring mig på 070-123 45 67, personnummer 811218-9876.", 5).await;
    let eva = w.conversation(Some("eva@example.se"), "Mitt nummer är 070-765 43 21.", 5).await;
    w.case("kim@example.se", "Hej, det gäller bygglovet.", "bilaga", 5).await;
    w.question("kim@example.se", "Var hittar jag blanketten? Mejla kim@example.se.", 5).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    w.server.user(&org, "dpo@kommun.se", Role::Dpo).await;
    let dpo = w.server.token(&org, "dpo@kommun.se").await;

    let (status, found) =
        search(&w.server, &dpo, json!({"identifier": "KIM@example.se", "purpose": "access_request"})).await;
    assert_eq!(status, 200, "{found}");
    assert_eq!(found["kind"], "email");
    let got = items(&found);
    for expected in [
        ("chat_conversations", "visitor_email"),
        ("cases", "customer_email"),
        ("case_messages", "from_address"),
        ("forum_posts", "author_email"),
        ("forum_posts", "body"),
    ] {
        assert!(got.contains(&(expected.0.into(), expected.1.into())), "{expected:?} missing from {got:?}");
    }
    assert!(found["matches"].as_array().unwrap().iter().all(|m| m["item_id"] != eva || m["item"] != "conversation"));

    // Numbers in any written form, found inside free text.
    for (identifier, kind) in
        [("+46 70 123 45 67", "phone"), ("0701234567", "phone"), ("19811218-9876", "personnummer")]
    {
        let (status, found) =
            search(&w.server, &dpo, json!({"identifier": identifier, "purpose": "access_request"})).await;
        assert_eq!((status, found["kind"].as_str()), (200, Some(kind)), "{identifier}: {found}");
        let ids: Vec<i64> =
            found["matches"].as_array().unwrap().iter().map(|m| m["item_id"].as_i64().unwrap()).collect();
        assert_eq!(ids, vec![kim], "{identifier}: only Kim's message");
    }

    // A name that fits two people lists them; an unknown person is an empty answer.
    w.conversation(Some("kim.berg@example.se"), "Hej", 5).await;
    let (_, found) =
        search(&w.server, &dpo, json!({"identifier": "kim andersson", "kind": "name", "purpose": "access_request"}))
            .await;
    assert!(found["matches"].as_array().unwrap().is_empty());
    let emails: Vec<&str> =
        found["candidates"].as_array().unwrap().iter().filter_map(|c| c["email"].as_str()).collect();
    assert!(emails.contains(&"Kim@Example.se") && emails.contains(&"kim.berg@example.se"), "{found}");
    let (status, found) =
        search(&w.server, &dpo, json!({"identifier": "nobody@example.se", "purpose": "access_request"})).await;
    assert_eq!(status, 200);
    assert!(found["matches"].as_array().unwrap().is_empty() && found["candidates"].as_array().unwrap().is_empty());

    // Bad input and roles.
    let (status, _) = search(&w.server, &dpo, json!({"identifier": "kim@example.se", "purpose": "curiosity"})).await;
    assert_eq!(status, 400, "a purpose is one of the listed ones");
    let (status, _) =
        search(&w.server, &dpo, json!({"identifier": "123", "kind": "personnummer", "purpose": "access_request"}))
            .await;
    assert_eq!(status, 400);
    w.server.user(&org, "agent@kommun.se", Role::Agent).await;
    let agent = w.server.token(&org, "agent@kommun.se").await;
    let (status, _) =
        search(&w.server, &agent, json!({"identifier": "kim@example.se", "purpose": "access_request"})).await;
    assert_eq!(status, 403);
    let audit = w.db().org(w.org).audit_events_before(i64::MAX, 500).await.unwrap();
    let searches: Vec<_> = audit.iter().filter(|e| e.action == "dsr.person_searched").collect();
    assert!(searches.iter().any(|e| e.details.contains("refused")), "the agent's attempt is audited");
    assert!(searches.iter().any(|e| e.details.contains("access_request")));
    assert!(audit.iter().all(|e| !e.details.to_lowercase().contains("kim") && !e.details.contains("9876")));

    // Another organisation finds nothing of Kim's.
    let other = w.server.org("annan", Regime::Private).await;
    w.server.user(&other, "admin@annan.se", Role::Admin).await;
    let foreign = w.server.token(&other, "admin@annan.se").await;
    let (_, found) =
        search(&w.server, &foreign, json!({"identifier": "kim@example.se", "purpose": "access_request"})).await;
    assert!(found["matches"].as_array().unwrap().is_empty());

    // The page and the CLI give the same.
    let dpo_ui = w.server.signed_in(&org, "dpo@kommun.se").await;
    let page = dpo_ui
        .post(w.server.url("/people"))
        .form(&[("identifier", "kim@example.se"), ("kind", ""), ("purpose", "access_request")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Chattsamtal") && page.contains("besökarens e-post"), "{page}");
    crate::support::assert_inert(&page);
    let out = std::process::Command::new(samtal_bin())
        .env("DATABASE_URL", &w.server.db.url)
        .env("SAMTAL_DATA_DIR", w.server.db.dir.path())
        .args(["dsr", "search", "--org", "kommun", "--phone", "070-123 45 67", "--purpose", "access_request"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let line: serde_json::Value = serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!((line["table"].as_str(), line["item_id"].as_i64()), (Some("chat_messages"), Some(kim)));
}

#[tokio::test]
async fn erasure_removes_a_person_everywhere_respecting_holds_and_the_regime() {
    use domain::retention::HoldTarget;
    let w = world(Regime::PublicAuthority).await;
    let marker = "qwzxplant9182";
    let email = format!("{marker}@example.se");
    let conversation = w.conversation(Some(&email), &format!("Hej, skriv till {email}."), 5).await;
    w.case(&email, &format!("Se bilagan, {marker}."), &format!("Bilaga om {marker}"), 5).await;
    w.question(&email, &format!("Min fråga, {marker}."), 5).await;
    let other = w.conversation(Some("eva@example.se"), "Evas meddelande.", 5).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let token = w.server.token(&org, "admin@kommun.se").await;
    let erase = |body: serde_json::Value| {
        let (url, token) = (w.server.url("/api/v1/people/erase"), token.clone());
        async move {
            let res = reqwest::Client::new().post(url).bearer_auth(token).json(&body).send().await.unwrap();
            (res.status().as_u16(), res.json::<serde_json::Value>().await.unwrap_or_default())
        }
    };

    // A dry run counts; a public authority must name its decision; a hold stops it, named.
    let (status, dry) = erase(json!({"email": email, "dry_run": true})).await;
    assert_eq!(status, 200, "{dry}");
    assert_eq!(
        (dry["conversations"].as_i64(), dry["cases"].as_i64(), dry["forum_posts"].as_i64()),
        (Some(1), Some(1), Some(1))
    );
    let (status, answer) = erase(json!({"email": email})).await;
    assert_eq!(status, 422, "restrict and review first: {answer}");
    let hold = w
        .server
        .app
        .place_legal_hold(&w.admin, &HoldOn::Item(HoldTarget::Conversation, conversation), "Tvist", None, false)
        .await
        .unwrap();
    let (status, answer) = erase(json!({"email": email, "decision": "DPO-beslut 2026/4"})).await;
    assert_eq!((status, answer["error"]["code"].as_str()), (409, Some("held")));
    assert!(answer["error"]["message"].as_str().unwrap().contains(&format!("#{hold}")), "{answer}");
    w.server.app.release_legal_hold(&w.admin, hold).await.unwrap();

    let (status, done) = erase(json!({"email": email, "decision": "DPO-beslut 2026/4"})).await;
    assert_eq!(status, 200, "{done}");
    let (_, found) = search(&w.server, &token, json!({"identifier": email, "purpose": "erasure_request"})).await;
    assert!(found["matches"].as_array().unwrap().is_empty(), "nothing left: {found}");
    assert!(w.server.app.forum_search("kommun", marker, 1).await.unwrap().hits.is_empty());
    assert!(w.db().org(w.org).conversation(domain::ConversationId(other)).await.unwrap().is_some(), "Eva's stays");
    let audit = w.db().org(w.org).audit_events_before(i64::MAX, 500).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "dsr.person_erased"));
    assert!(audit.iter().all(|e| !e.details.contains(marker)));
    if w.server.db.is_postgres() {
        for (table, column) in [
            ("chat_messages", "body"),
            ("forum_posts", "body"),
            ("case_messages", "body_text"),
            ("forum_search", "CAST(terms AS TEXT)"),
        ] {
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE {column} LIKE '%{marker}%'");
            assert_eq!(crate::support::scalar_i64(w.db(), &sql).await, 0, "{table}");
        }
    } else {
        for entry in std::fs::read_dir(w.server.db.dir.path()).unwrap() {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            assert!(!bytes.windows(marker.len()).any(|x| x == marker.as_bytes()), "{} holds it", path.display());
        }
    }

    // The CLI: an unknown address erases nothing; a bad address is refused clearly.
    let cli = |args: &[&str]| {
        std::process::Command::new(samtal_bin())
            .env("DATABASE_URL", &w.server.db.url)
            .env("SAMTAL_DATA_DIR", w.server.db.dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    let out = cli(&["dsr", "erase", "--org", "kommun", "--email", "nobody@example.se", "--dry-run"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"conversation\":0"));
    let out = cli(&["dsr", "erase", "--org", "kommun", "--email", "not an address", "--dry-run"]);
    assert!(!out.status.success());
}

#[tokio::test]
async fn the_export_holds_everything_the_registry_declares_and_nothing_of_others() {
    use std::io::Read;
    let w = world(Regime::Private).await;
    let email = "kim@example.se";
    let conversation = w.conversation(Some(email), "Jag undrar över bygglovet.", 5).await;
    {
        let mut write = w.db().write(w.org).await.unwrap();
        write
            .append_message(
                domain::ConversationId(conversation),
                domain::chat::Sender::Agent,
                None,
                false,
                "Din granne Eva (eva@example.se, 070-765 43 21) har också frågat.",
                "[]",
            )
            .await
            .unwrap();
        write
            .insert_contact(&storage::NewContact {
                display_name: Some("Kim Andersson".into()),
                email: Some(email.into()),
                phone: Some("070-123 45 67".into()),
                personnummer: Some("19811218-9876".into()),
            })
            .await
            .unwrap();
        write.commit().await.unwrap();
    }
    w.case(email, "Se bilagan om carporten.", "Ritning av carporten", 5).await;
    w.question(email, "Behövs bygglov för en carport på tomten?", 5).await;
    w.conversation(Some("eva@example.se"), "Evas egen fråga om strandskydd.", 5).await;

    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let token = w.server.token(&org, "admin@kommun.se").await;
    let res = reqwest::Client::new()
        .post(w.server.url("/api/v1/people/export"))
        .bearer_auth(&token)
        .json(&json!({"email": "KIM@example.se"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    let bytes = res.bytes().await.unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let names: Vec<String> = archive.file_names().map(|n| n.unwrap().into_owned()).collect();
    for expected in ["LÄSMIG.txt", "export.json", "index.html"] {
        assert!(names.iter().any(|n| n == expected), "{names:?}");
    }
    let attachment = names.iter().find(|n| n.starts_with("filer/case_attachments-")).expect("the attachment").clone();
    let mut content = String::new();
    archive.by_name(&attachment).unwrap().read_to_string(&mut content).unwrap();
    assert!(content.contains("Ritning av carporten"));
    let mut json = String::new();
    archive.by_name("export.json").unwrap().read_to_string(&mut json).unwrap();
    let export: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!((export["format"].as_str(), export["version"].as_i64()), (Some("samtal-export"), Some(2)));
    let mut html = String::new();
    archive.by_name("index.html").unwrap().read_to_string(&mut html).unwrap();
    assert!(html.contains("Registerutdrag") && !html.contains("<script"));

    // Every column the registry declares for a data subject, in the tables this person has
    // rows in, is in the export with the planted value, or listed here with why not.
    let planted: &[(&str, &str, &str)] = &[
        ("chat_conversations", "visitor_name", "Kim Andersson"),
        ("chat_conversations", "visitor_email", email),
        ("chat_messages", "body", "Jag undrar över bygglovet."),
        ("cases", "subject", "Fråga"),
        ("cases", "customer_email", email),
        ("cases", "customer_name", "Kim"),
        ("case_messages", "from_address", email),
        ("case_messages", "from_name", "Kim"),
        ("case_messages", "subject", "Fråga"),
        ("case_messages", "body_text", "Se bilagan om carporten."),
        ("case_attachments", "file_name", "bilaga.txt"),
        ("forum_posts", "title", "Hur lång tid tar ett bygglov?"),
        ("forum_posts", "body", "Behövs bygglov för en carport på tomten?"),
        ("forum_posts", "author_name", "Kim"),
        ("forum_posts", "author_email", email),
        ("contacts", "display_name", "Kim Andersson"),
        ("contacts", "email", email),
        ("contacts", "phone", "070-123 45 67"),
        ("contacts", "personnummer", "19811218-9876"),
    ];
    // Every column left out is named with the registry's reason.
    let left_out = export["left_out"].as_array().unwrap();
    assert!(left_out.iter().any(|c| c["table"] == "chat_visitors" && c["why"].as_str().unwrap().len() > 20));
    for (table, column, value) in planted {
        assert!(json.contains(value) || content.contains(value), "{table}.{column}: {value:?} missing from the export");
    }
    // Nothing of Eva: her own conversation is absent, her identifiers in staff text are masked.
    assert!(!json.contains("Evas egen fråga") && !json.contains("eva@example.se") && !json.contains("070-765 43 21"));
    assert!(json.contains("[e-post]") && json.contains("[telefon]"));
    assert!(export["information"]["complaint"].as_str().unwrap().contains("IMY"));
    assert!(export["information"]["retention"].as_array().unwrap().iter().any(|r| r["module"] == "chat"));

    // The CLI writes the same zip and never overwrites a file.
    let out = w.server.db.dir.path().join("kim.zip");
    let cli = || {
        std::process::Command::new(samtal_bin())
            .env("DATABASE_URL", &w.server.db.url)
            .env("SAMTAL_DATA_DIR", w.server.db.dir.path())
            .args(["dsr", "export", "--org", "kommun", "--email", email, "--out"])
            .arg(&out)
            .output()
            .unwrap()
    };
    assert!(cli().status.success());
    assert!(zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap().len() >= 4);
    let again = cli();
    assert!(!again.status.success() && String::from_utf8_lossy(&again.stderr).contains("must not exist"));
}

#[tokio::test]
async fn requests_go_from_registration_to_a_receipt_in_the_ui() {
    let w = world(Regime::PublicAuthority).await;
    w.conversation(Some("kim@example.se"), "Hej från Kim.", 5).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    w.server.user(&org, "dpo@kommun.se", Role::Dpo).await;
    let dpo = w.server.signed_in(&org, "dpo@kommun.se").await;
    let register = |kind: &str, email: &str, received: &str| {
        let body = [("kind", kind.to_owned()), ("email", email.to_owned()), ("received_on", received.to_owned())];
        dpo.post(w.server.url("/requests")).form(&body).send()
    };
    assert_eq!(register("access", "kim@example.se", "2026-01-31").await.unwrap().status(), 303);
    let res = register("portability", "kim@example.se", "2026-01-31").await.unwrap();
    assert_eq!(res.status(), 422, "no portability for a public authority");
    assert_eq!(register("access", "kim@example.se", "31/01/2026").await.unwrap().status(), 400);
    assert_eq!(register("access", "kim@example.se", "2099-01-01").await.unwrap().status(), 400, "not in the future");

    let requests = w.db().org(w.org).requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    let access = &requests[0];
    assert_eq!(access.due_on, "2026-02-28", "31 January gives the last day of February");
    let page = dpo.get(w.server.url("/requests")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("2026-02-28") && page.contains("försenad"), "an old request shows as overdue");
    crate::support::assert_inert(&page);
    // The dashboard reminds of the overdue request while it is open, only to those who handle requests.
    let home = dpo.get(w.server.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Begäranden som snart ska besvaras") && home.contains(&format!("#{}", access.id)), "{home}");
    let agent_home = {
        w.server.user(&org, "agent2@kommun.se", Role::Agent).await;
        w.server.signed_in(&org, "agent2@kommun.se").await.get(w.server.url("/")).send().await.unwrap()
    };
    assert!(!agent_home.text().await.unwrap().contains("Begäranden som snart"));

    // Completing before the identity check is refused; the extension comes too late here.
    let complete =
        |id: i64| dpo.post(w.server.url(&format!("/requests/{id}/complete"))).form(&[("decision", "")]).send();
    assert_eq!(complete(access.id).await.unwrap().status(), 422);
    let res = dpo
        .post(w.server.url(&format!("/requests/{}/extend", access.id)))
        .form(&[("months", "2"), ("reason", "Omfattande material")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422, "after the first deadline no extension");
    let identity = |id: i64, steps: &'static str| {
        dpo.post(w.server.url(&format!("/requests/{id}/identity")))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(steps)
            .send()
    };
    assert_eq!(identity(access.id, "step=matches_records").await.unwrap().status(), 303);
    assert_eq!(complete(access.id).await.unwrap().status(), 422, "one required step is not enough");
    assert_eq!(identity(access.id, "step=matches_records&step=bogus").await.unwrap().status(), 400);
    assert_eq!(identity(access.id, "step=matches_records&step=identity_proven").await.unwrap().status(), 303);
    let res = complete(access.id).await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains("registerutdrag"));
    let zip = res.bytes().await.unwrap();
    assert!(zip.starts_with(b"PK"), "a zip");
    assert_eq!(complete(access.id).await.unwrap().status(), 409, "closed");

    // An erasure request, received today, extended once, then completed with its receipt.
    let today = domain::Timestamp::now().date_in(&org.time_zone.zone()).to_string();
    assert_eq!(register("erasure", "kim@example.se", &today).await.unwrap().status(), 303);
    let erasure = w.db().org(w.org).requests().await.unwrap().into_iter().find(|r| r.kind == "erasure").unwrap();
    let res = dpo
        .post(w.server.url(&format!("/requests/{}/extend", erasure.id)))
        .form(&[("months", "2"), ("reason", "Omfattande material")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let extended = w.db().org(w.org).request(erasure.id).await.unwrap().unwrap();
    assert!(extended.due_on > erasure.due_on && extended.extension_reason.is_some());
    let letter = w.db().org(w.org).outbox(10).await.unwrap().into_iter().find(|m| m.kind == "request_extension");
    let letter = letter.expect("the reason is mailed to the requester");
    assert_eq!(letter.recipient, "kim@example.se");
    assert!(letter.body.contains("Omfattande material") && letter.body.contains(&extended.due_on), "{}", letter.body);
    let res = dpo
        .post(w.server.url(&format!("/requests/{}/extend", erasure.id)))
        .form(&[("months", "1"), ("reason", "Igen")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409, "only one extension");

    identity(erasure.id, "step=matches_records&step=identity_proven").await.unwrap();
    let res = complete(erasure.id).await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("raderades"));
    assert!(w.db().org(w.org).person_by_email("kim@example.se").await.unwrap().is_empty());
    let audit = w.db().org(w.org).audit_events_before(i64::MAX, 500).await.unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "dsr.request_completed").count(), 2, "a receipt per request");

    // Agents have no access to the register.
    w.server.user(&org, "agent@kommun.se", Role::Agent).await;
    let agent = w.server.signed_in(&org, "agent@kommun.se").await;
    assert_eq!(agent.get(w.server.url("/requests")).send().await.unwrap().status(), 403);
}

#[tokio::test]
async fn the_record_of_processing_follows_the_live_configuration() {
    let config = app::AppConfig {
        endpoints: vec![app::Endpoint {
            service: "smtp_relay",
            host: "relay.kommun.se".into(),
            country: Some("SE".into()),
        }],
        ..Default::default()
    };
    let server = crate::support::TestServer::start_with(config).await;
    let org = server.org("kommun", Regime::PublicAuthority).await;
    server.user(&org, "dpo@kommun.se", Role::Dpo).await;
    server.user(&org, "agent@kommun.se", Role::Agent).await;
    let dpo = server.token(&org, "dpo@kommun.se").await;
    let get = |token: String| {
        let url = server.url("/api/v1/record");
        async move { reqwest::Client::new().get(url).bearer_auth(token).send().await.unwrap() }
    };
    let record: serde_json::Value = get(dpo.clone()).await.json().await.unwrap();
    assert_eq!(record["controller"]["regime"], "public-authority");
    let text = record.to_string();
    assert!(text.contains("chat_messages.body") && text.contains("customers_and_visitors") && text.contains("staff"));
    assert!(text.contains("relay.kommun.se"), "the configured relay is a listed recipient");
    let chat = record["retention"].as_array().unwrap().iter().find(|r| r["module"] == "chat").unwrap().clone();
    assert_eq!(chat["days"], 180);

    // A changed rule shows at once.
    let admin_user = server.user(&org, "admin@kommun.se", Role::Admin).await;
    let admin = app::Principal { user: admin_user, via: app::authz::Via::Session };
    let basis = server.app.add_legal_basis(&admin, "Gallringsbeslut 2026/1", 30).await.unwrap();
    server
        .app
        .set_retention_rule(
            &admin,
            &app::retention::RuleInput {
                module: domain::retention::Module::Chat,
                scope_id: 0,
                applies: domain::retention::Applies::Records,
                terms: Some(domain::retention::Terms {
                    clock: domain::retention::Clock::Closed,
                    days: 90,
                    action: domain::retention::Disposal::Delete,
                }),
                legal_basis_id: Some(basis),
                reason: "Nytt beslut".into(),
                confirm: true,
            },
        )
        .await
        .unwrap();
    let record: serde_json::Value = get(dpo).await.json().await.unwrap();
    let chat = record["retention"].as_array().unwrap().iter().find(|r| r["module"] == "chat").unwrap().clone();
    assert_eq!((chat["days"].as_i64(), chat["then"].as_str()), (Some(90), Some("delete")));

    let agent = server.token(&org, "agent@kommun.se").await;
    assert_eq!(get(agent).await.status(), 403);
    let page = server.signed_in(&org, "dpo@kommun.se").await.get(server.url("/record")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("Förteckning över behandlingar") && page.contains("relay.kommun.se"));
    crate::support::assert_inert(&page);
}
