//! Statistics on both backends: figures of a fixed data set checked against
//! hand-computed values, reports that stay the same when retention anonymises and
//! deletes what they count, CSV safe for spreadsheets, agent ids dropped on request,
//! bad input, and tenant isolation.

use crate::retention::world;
use crate::support::{PASSWORD, TestServer, exec};
use app::Principal;
use app::chat::{Presence, StartChat};
use app::sensitive::Confirmed;
use domain::org::{Language, Regime};
use domain::retention::Module;
use domain::staff::Role;
use domain::stats::{Fact, Outcome};
use domain::{OrgId, Timestamp, UserId};
use serde_json::{Value, json};

async fn get(server: &TestServer, token: &str, path: &str) -> (u16, String) {
    let res = reqwest::Client::new().get(server.url(path)).bearer_auth(token).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn get_json(server: &TestServer, token: &str, path: &str) -> Value {
    let (status, body) = get(server, token, path).await;
    assert_eq!(status, 200, "{path}: {body}");
    serde_json::from_str(&body).unwrap()
}

/// CSV rows as cells (after the byte-order mark).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').expect("CSV starts with a byte-order mark");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect()
}

/// A fact opened at `utc`, dated in Stockholm like the organisation's own.
#[allow(clippy::too_many_arguments)]
fn fact(
    module: Module,
    source: i64,
    scope: i64,
    agent: Option<UserId>,
    utc: &str,
    response_after: Option<i64>,
    close_after: Option<i64>,
    outcome: Outcome,
    transfers: i64,
) -> Fact {
    let at = Timestamp::from_jiff(utc.parse().unwrap());
    let zone = domain::org::TimeZoneName::stockholm().zone();
    Fact {
        agent_id: agent.map(|a| a.0),
        first_response_at: response_after.map(|s| at.plus_seconds(s)),
        closed_at: close_after.map(|s| at.plus_seconds(s)),
        transfers,
        ..Fact::opened(module, source, scope, at, &zone, outcome)
    }
}

async fn store(db: &storage::Db, org: OrgId, facts: &[Fact]) {
    let mut w = db.write(org).await.unwrap();
    for f in facts {
        w.stat_opened(f).await.unwrap();
    }
    w.commit().await.unwrap();
}

#[tokio::test]
async fn figures_of_a_fixed_data_set_match_hand_computed_values() {
    let w = world(Regime::Private).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let token = w.server.token(&org, "admin@kommun.se").await;
    let a = w.flow;
    let b = w.another_flow("skola", "Skola").await;
    let eva = w.server.user(&org, "eva@kommun.se", Role::Agent).await.id;
    let per = w.server.user(&org, "per@kommun.se", Role::Agent).await.id;
    use Outcome::*;
    // Stockholm is UTC+1 in November.
    let facts = [
        fact(Module::Chat, 1, a.0, Some(eva), "2026-11-02T08:10:00Z", Some(30), Some(600), Answered, 0),
        fact(Module::Chat, 2, a.0, Some(eva), "2026-11-02T08:40:00Z", Some(90), Some(300), Answered, 1),
        fact(Module::Chat, 3, a.0, None, "2026-11-02T13:05:00Z", None, Some(120), Missed, 0),
        // 00:30 on 4 November in Stockholm.
        fact(Module::Chat, 4, b.0, None, "2026-11-03T23:30:00Z", None, None, Offline, 0),
        fact(Module::Chat, 5, b.0, Some(per), "2026-11-10T09:00:00Z", Some(150), Some(900), Answered, 0),
        // 23:30 on 31 October in Stockholm: outside November.
        fact(Module::Chat, 6, a.0, Some(eva), "2026-10-31T22:30:00Z", Some(5), Some(5), Answered, 0),
        // The last second of November in Stockholm: inside.
        fact(Module::Chat, 7, a.0, Some(per), "2026-11-30T22:59:59Z", Some(10), None, Answered, 0),
        // Another module on the same day does not count in the chat report.
        fact(Module::Mail, 1, 1, None, "2026-11-02T08:10:00Z", Some(3600), None, Answered, 0),
        // A case closed without a reply.
        fact(Module::Mail, 2, 1, None, "2026-11-05T08:10:00Z", None, Some(600), Missed, 0),
    ];
    store(w.db(), w.org, &facts).await;

    let r = get_json(&w.server, &token, "/api/v1/reports/chat?from=2026-11-01&to=2026-11-30").await;
    let s = &r["summary"];
    assert_eq!(
        (&s["received"], &s["answered"], &s["missed"], &s["offline"], &s["transferred"], &s["still_open"]),
        (&json!(6), &json!(4), &json!(1), &json!(1), &json!(1), &json!(2)),
        "{s}"
    );
    // First responses 30, 90, 150, 10 → sorted 10, 30, 90, 150: median rank 2, p90 rank ⌈3.6⌉ = 4.
    assert_eq!(s["first_response"], json!({"count": 4, "median_seconds": 30, "p90_seconds": 150}));
    // Closed after 600, 300, 120, 900 → 120, 300, 600, 900.
    assert_eq!(s["to_close"], json!({"count": 4, "median_seconds": 300, "p90_seconds": 900}));
    let days = r["days"].as_array().unwrap();
    assert_eq!(days.len(), 30);
    let day = |date: &str| days.iter().find(|d| d["date"] == date).unwrap().clone();
    assert_eq!((day("2026-11-02")["received"].clone(), day("2026-11-02")["missed"].clone()), (json!(3), json!(1)));
    assert_eq!(day("2026-11-02")["first_response"]["median_seconds"], 30);
    assert_eq!(day("2026-11-03")["received"], 0);
    assert_eq!(day("2026-11-04")["received"], 1);
    assert_eq!(day("2026-11-30")["received"], 1);
    let hours: Vec<u64> = r["hours"].as_array().unwrap().iter().map(|h| h.as_u64().unwrap()).collect();
    assert_eq!((hours[9], hours[14], hours[0], hours[10], hours[23], hours.iter().sum::<u64>()), (2, 1, 1, 1, 1, 6));
    let weeks: Vec<(String, u64)> = r["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (w["week"].as_str().unwrap().to_owned(), w["received"].as_u64().unwrap()))
        .collect();
    assert_eq!(weeks.first(), Some(&("2026-W44".to_owned(), 0)));
    assert!(weeks.contains(&("2026-W45".to_owned(), 4)) && weeks.contains(&("2026-W46".to_owned(), 1)));
    assert_eq!(weeks.last(), Some(&("2026-W49".to_owned(), 1)));
    // Per flow: Bygglov has 1, 2, 3 and 7 (responses 30, 90, 10 → median 30, p90 rank 3 = 90).
    let scope = |name: &str| r["scopes"].as_array().unwrap().iter().find(|g| g["name"] == name).unwrap().clone();
    assert_eq!(scope("Bygglov")["summary"]["received"], 4);
    assert_eq!(scope("Bygglov")["summary"]["first_response"]["p90_seconds"], 90);
    assert_eq!(
        (scope("Skola")["summary"]["received"].clone(), scope("Skola")["summary"]["offline"].clone()),
        (json!(2), json!(1))
    );
    // Per agent: Eva 1 and 2, Per 5 and 7, none for 3 and 4.
    let agent = |id: i64| r["agents"].as_array().unwrap().iter().find(|g| g["id"] == id).unwrap().clone();
    assert_eq!(agent(eva.0)["summary"]["received"], 2);
    assert_eq!(agent(eva.0)["summary"]["first_response"]["median_seconds"], 30);
    assert_eq!(agent(per.0)["summary"]["received"], 2);
    assert_eq!((agent(0)["summary"]["received"].clone(), agent(0)["name"].clone()), (json!(2), Value::Null));

    // One flow only; October alone holds fact 6.
    let only_b =
        get_json(&w.server, &token, &format!("/api/v1/reports/chat?from=2026-11-01&to=2026-11-30&scope={}", b.0)).await;
    assert_eq!(only_b["summary"]["received"], 2);
    let october = get_json(&w.server, &token, "/api/v1/reports/chat?from=2026-10-01&to=2026-10-31").await;
    assert_eq!(october["summary"]["received"], 1);
    let mail = get_json(&w.server, &token, "/api/v1/reports/mail?from=2026-11-01&to=2026-11-30").await;
    assert_eq!(mail["summary"]["first_response"]["median_seconds"], 3600);
    assert_eq!((&mail["summary"]["missed"], &mail["summary"]["still_open"]), (&json!(1), &json!(1)));
    // The customer writes again: the unanswered case is open, not missed.
    let mut write = w.db().write(w.org).await.unwrap();
    write.stat_reopened(Module::Mail, 2).await.unwrap();
    write.commit().await.unwrap();
    let mail = get_json(&w.server, &token, "/api/v1/reports/mail?from=2026-11-01&to=2026-11-30").await;
    assert_eq!((&mail["summary"]["missed"], &mail["summary"]["still_open"]), (&json!(0), &json!(2)));

    // The same figures as CSV, durations in seconds.
    let (status, text) = get(&w.server, &token, "/api/v1/reports/chat/days?from=2026-11-01&to=2026-11-30").await;
    assert_eq!(status, 200);
    let rows = csv_rows(&text);
    assert_eq!(rows[0], ["Datum", "Chattar", "Besvarade", "Missade (lämnade kön utan svar)"]);
    assert!(rows.contains(&vec!["2026-11-02".into(), "3".into(), "2".into(), "1".into()]), "{text}");
    let (_, text) = get(&w.server, &token, "/api/v1/reports/chat/summary?from=2026-11-01&to=2026-11-30").await;
    let rows = csv_rows(&text);
    assert!(rows.contains(&vec!["Väntetid till svar, median".into(), "30".into()]), "{text}");
    assert!(rows.contains(&vec!["Chattens längd, 90:e percentil".into(), "900".into()]), "{text}");

    // A change to a fact of a pre-aggregated day shows in the next report: chat 7 closes
    // 3601 s after it opened (closing times 120, 300, 600, 900, 3601: median 600).
    let mut write = w.db().write(w.org).await.unwrap();
    let at = Timestamp::from_jiff("2026-12-01T00:00:00Z".parse().unwrap());
    write.stat_closed(Module::Chat, 7, at, None).await.unwrap();
    write.commit().await.unwrap();
    let again = get_json(&w.server, &token, "/api/v1/reports/chat?from=2026-11-01&to=2026-11-30").await;
    assert_eq!(again["summary"]["still_open"], 1);
    assert_eq!(again["summary"]["to_close"], json!({"count": 5, "median_seconds": 600, "p90_seconds": 3601}));

    // The page draws the charts with their tables and offers the downloads.
    let client = w.server.signed_in(&org, "admin@kommun.se").await;
    let page = client.get(w.server.url("/reports/chat?from=2026-11-01&to=2026-11-30")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 4, "four charts");
    assert!(html.contains("Chattar per dag") && html.contains("Chattar per timme på dygnet"));
    assert!(html.contains("<th scope=\"row\">2026-11-02</th><td class=\"num\">3</td>"), "a table under the chart");
    assert!(
        html.contains("/reports/chat/days.csv?from=2026-11-01&#38;to=2026-11-30"),
        "{}",
        &html[html.find("days.csv").unwrap_or(0)..][..80]
    );
    let csv = client.get(w.server.url("/reports/chat/days.csv?from=2026-11-01&to=2026-11-30")).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    assert!(csv.text().await.unwrap().contains("2026-11-02,3,2,1"));
    let json =
        client.get(w.server.url("/reports/chat/report.json?from=2026-11-01&to=2026-11-30")).send().await.unwrap();
    let body: Value = serde_json::from_slice(&json.bytes().await.unwrap()).unwrap();
    assert_eq!(body["summary"]["received"], 6);
}

/// Chats, cases and a forum question through the real use cases.
async fn activity(w: &crate::retention::World, agent: &Principal) {
    let app = &w.server.app;
    let start = |message: &'static str, email: Option<&'static str>| StartChat {
        language: Language::Sv,
        name: Some("Kim"),
        email,
        notice_version: None,
        message: Some(message),
    };
    app.set_presence(agent, Presence::Online).await.unwrap();
    // Answered and closed by the agent.
    let (_, c1) = app.start_chat("kommun", "bygglov", start("Hej!", None), "10.0.0.1").await.unwrap();
    app.accept(agent, c1.conversation_id()).await.unwrap();
    app.agent_send(agent, c1.conversation_id(), "Hej, vad gäller det?", false, Confirmed(false)).await.unwrap();
    app.agent_close(agent, c1.conversation_id()).await.unwrap();
    // The visitor leaves the queue: missed.
    let (token, c2) = app.start_chat("kommun", "bygglov", start("Är ni där?", None), "10.0.0.2").await.unwrap();
    let visitor = app.visitor(&token).await.unwrap();
    app.visitor_close(visitor, c2.conversation_id()).await.unwrap();
    // Taken, handed back to the queue, taken again, closed: transferred.
    let (_, c3) = app.start_chat("kommun", "bygglov", start("En fråga", None), "10.0.0.3").await.unwrap();
    app.accept(agent, c3.conversation_id()).await.unwrap();
    app.transfer(agent, c3.conversation_id(), None, Some(w.flow)).await.unwrap();
    app.accept(agent, c3.conversation_id()).await.unwrap();
    app.agent_close(agent, c3.conversation_id()).await.unwrap();
    // Handed straight from the queue to a colleague: answered and transferred.
    let (_, c4) = app.start_chat("kommun", "bygglov", start("Hallå", None), "10.0.0.5").await.unwrap();
    app.transfer(agent, c4.conversation_id(), Some(agent.user.id), None).await.unwrap();
    app.agent_close(agent, c4.conversation_id()).await.unwrap();
    // Nobody online: an offline message, which becomes a case.
    app.set_presence(agent, Presence::Offline).await.unwrap();
    app.start_chat("kommun", "bygglov", start("Ring mig på 070-123 45 67", Some("kim@example.se")), "10.0.0.4")
        .await
        .unwrap();
    // A mail answered and closed.
    let raw = "From: Eva <eva@example.se>\r\nTo: kundtjanst@kommun.se\r\nSubject: Bygglov\r\n\
               Message-ID: <stats-1@example.se>\r\n\r\nHej, hur går det med mitt bygglov?\r\n";
    let received = app.receive_mail(Some("eva@example.se"), &["kundtjanst@kommun.se".to_owned()], raw.as_bytes()).await;
    let case = received.unwrap().remove(0).case;
    app.reply_to_case(agent, case, "Det är klart nästa vecka.", domain::cases::CaseStatus::Closed, Confirmed(false))
        .await
        .unwrap();
    // A forum question with a staff answer.
    let question = w.question("anna@example.se", "Hur lång tid tar det?", 0).await;
    app.staff_answer(agent, domain::PostId(question), "Ungefär fyra veckor.", Confirmed(false)).await.unwrap();
    // Moved to another category: its figures follow it.
    let school = app.create_category(agent, "Skola", "").await.unwrap();
    app.staff_move_question(agent, domain::PostId(question), school).await.unwrap();
    // Spam, hidden by a moderator: ended without an answer.
    let spam = w.question("spam@example.se", "Köp billiga klockor här!", 0).await;
    app.moderate_post(agent, domain::PostId(spam), domain::forum::ModerationAction::Hide).await.unwrap();
}

#[tokio::test]
async fn reports_are_the_same_after_retention_anonymises_and_deletes_what_they_count() {
    let w = world(Regime::Private).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let token = w.server.token(&org, "admin@kommun.se").await;
    activity(&w, &w.admin).await;

    let report = |module: &'static str| {
        let (server, token) = (&w.server, token.clone());
        async move { get_json(server, &token, &format!("/api/v1/reports/{module}")).await }
    };
    let chat = report("chat").await;
    let s = &chat["summary"];
    assert_eq!(
        (&s["received"], &s["answered"], &s["missed"], &s["offline"], &s["transferred"]),
        (&json!(5), &json!(3), &json!(1), &json!(1), &json!(2)),
        "{s}"
    );
    // The offline message is counted but is not part of the live-chat wait.
    assert_eq!(s["first_response"]["count"], 3);
    let handled: Vec<&Value> = chat["agents"].as_array().unwrap().iter().filter(|g| g["id"] != 0).collect();
    assert_eq!(
        (handled.len(), &handled[0]["name"], &handled[0]["summary"]["received"]),
        (1, &json!("Test Person"), &json!(3))
    );
    let mail = report("mail").await;
    // The mail (answered, closed) and the offline chat's case (new, open).
    assert_eq!((&mail["summary"]["received"], &mail["summary"]["answered"]), (&json!(2), &json!(1)));
    assert_eq!(mail["summary"]["still_open"], 1);
    let forum = report("forum").await;
    let f = &forum["summary"];
    assert_eq!((&f["received"], &f["answered"], &f["missed"]), (&json!(2), &json!(1), &json!(1)), "{f}");
    let school = forum["scopes"].as_array().unwrap().iter().find(|g| g["name"] == "Skola").unwrap().clone();
    assert_eq!((&school["summary"]["received"], &school["summary"]["answered"]), (&json!(1), &json!(1)));
    let before = [chat, mail, forum];

    // Everything ages past its rule; retention runs.
    let long_ago = Timestamp::now().plus_days(-2000).micros();
    for sql in [
        format!(
            "UPDATE chat_conversations SET closed_at = {long_ago}, created_at = {long_ago}, last_activity_at = {long_ago}"
        ),
        format!(
            "UPDATE cases SET status = 'closed', closed_at = {long_ago}, created_at = {long_ago}, last_message_at = {long_ago}"
        ),
        format!("UPDATE forum_posts SET created_at = {long_ago}, last_activity_at = {long_ago}"),
    ] {
        exec(w.db(), sql).await.unwrap();
    }
    let run = w.server.app.run_retention(w.org, Timestamp::now(), false).await.unwrap();
    assert!(run.removed >= 6, "retention anonymised and deleted: {}", run.removed);
    let remaining_cases = crate::support::scalar_i64(w.db(), "SELECT COUNT(*) FROM cases").await;
    assert_eq!(remaining_cases, 0, "mail cases deleted");
    let named =
        crate::support::scalar_i64(w.db(), "SELECT COUNT(*) FROM chat_conversations WHERE anonymised_at IS NULL").await;
    assert_eq!(named, 0, "chats anonymised");
    let after = [report("chat").await, report("mail").await, report("forum").await];
    assert_eq!(before, after, "the reports did not change");
    // And an erasure of everything left about a person changes nothing either.
    let anna = app::people::Person::parse(None, "anna@example.se").unwrap();
    w.server.app.erase_person(app::authz::Handler::Staff(&w.admin), &anna, None, false).await.unwrap();
    assert_eq!(report("forum").await, after[2]);
}

#[tokio::test]
async fn csv_cells_that_look_like_formulas_are_defused() {
    let w = world(Regime::Private).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let token = w.server.token(&org, "admin@kommun.se").await;
    let names = ["=HYPERLINK(\"http://evil.example\";\"x\")", "+46 flöde", "-2+3", "@SUM(A1:A9)"];
    let mut flows = Vec::new();
    for (i, name) in names.iter().enumerate() {
        flows.push(w.another_flow(&format!("f{i}"), name).await);
    }
    let evil = w
        .server
        .app
        .create_user_as_operator(
            w.org,
            app::admin::NewUser {
                email: "evil@kommun.se",
                display_name: Some("=cmd|'/C calc'!A0"),
                role: Role::Agent,
                password: PASSWORD,
                must_change_password: false,
            },
        )
        .await
        .unwrap();
    let now = Timestamp::now().rfc3339();
    let facts: Vec<Fact> = flows
        .iter()
        .enumerate()
        .map(|(i, f)| fact(Module::Chat, i as i64 + 1, f.0, Some(evil.id), &now, Some(5), None, Outcome::Answered, 0))
        .collect();
    store(w.db(), w.org, &facts).await;
    let (status, text) = get(&w.server, &token, "/api/v1/reports/chat/scopes").await;
    assert_eq!(status, 200);
    let mut reader = csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let first_cells: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    for name in names {
        assert!(first_cells.contains(&format!("'{name}")), "{name} defused in {first_cells:?}");
    }
    assert!(first_cells.iter().all(|c| !c.starts_with(['=', '+', '-', '@'])), "{first_cells:?}");
    let (_, text) = get(&w.server, &token, "/api/v1/reports/chat/agents").await;
    assert!(text.contains("'=cmd|'/C calc'!A0"), "{text}");
    // The page shows the names as text.
    let client = w.server.signed_in(&org, "admin@kommun.se").await;
    let html = client.get(w.server.url("/reports/chat")).send().await.unwrap().text().await.unwrap();
    assert!(
        html.contains("=HYPERLINK(&quot;http://evil.example&quot;;&quot;x&quot;)") || html.contains("=HYPERLINK(&#34;")
    );
}

#[tokio::test]
async fn agent_ids_are_dropped_after_the_chosen_days() {
    let w = world(Regime::Private).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let token = w.server.token(&org, "admin@kommun.se").await;
    let eva = w.server.user(&org, "eva@kommun.se", Role::Agent).await.id;
    let old = Timestamp::now().plus_days(-10).rfc3339();
    let recent = Timestamp::now().plus_seconds(-60).rfc3339();
    store(
        w.db(),
        w.org,
        &[
            fact(Module::Chat, 1, w.flow.0, Some(eva), &old, Some(20), Some(60), Outcome::Answered, 0),
            fact(Module::Chat, 2, w.flow.0, Some(eva), &recent, Some(40), Some(60), Outcome::Answered, 0),
        ],
    )
    .await;
    let period = {
        let zone = org.time_zone.zone();
        format!("from={}&to={}", Timestamp::now().plus_days(-20).date_in(&zone), Timestamp::now().date_in(&zone))
    };
    let before = get_json(&w.server, &token, &format!("/api/v1/reports/chat?{period}")).await;
    assert_eq!(before["agents"].as_array().unwrap().len(), 1);
    let put = |body: Value| {
        let url = w.server.url("/api/v1/reports/settings");
        let token = token.clone();
        async move {
            let res = reqwest::Client::new().put(url).bearer_auth(token).json(&body).send().await.unwrap();
            (res.status().as_u16(), res.json::<Value>().await.unwrap_or_default())
        }
    };
    for bad in [json!({"agent_days": 0}), json!({"agent_days": 5000}), json!({"agent_days": "tio"})] {
        let (status, body) = put(bad.clone()).await;
        assert!(status == 400 || status == 422, "{bad}: {status} {body}");
    }
    let built = crate::support::scalar_i64(w.db(), "SELECT COUNT(*) FROM stat_daily").await;
    assert_eq!(built, 2, "the report built both days");
    let (status, body) = put(json!({"agent_days": 7})).await;
    assert_eq!((status, &body["dropped"]), (200, &json!(1)), "{body}");
    let built = crate::support::scalar_i64(w.db(), "SELECT COUNT(*) FROM stat_daily").await;
    assert_eq!(built, 1, "the old day's pre-aggregate (which held the agent id) is gone at once");
    assert_eq!(get_json(&w.server, &token, "/api/v1/reports/settings").await["agent_days"], 7);
    let after = get_json(&w.server, &token, &format!("/api/v1/reports/chat?{period}")).await;
    let agents = after["agents"].as_array().unwrap();
    assert_eq!(agents.len(), 2, "{agents:?}");
    assert!(agents.iter().any(|g| g["id"] == 0 && g["summary"]["received"] == 1));
    assert!(agents.iter().any(|g| g["id"] == eva.0 && g["summary"]["received"] == 1));
    // Everything else is unchanged.
    assert_eq!(before["summary"], after["summary"]);
    // The daily job keeps doing it.
    exec(
        w.db(),
        format!("UPDATE stat_facts SET opened_at = opened_at - {} WHERE source_id = 2", 30 * Timestamp::MICROS_PER_DAY),
    )
    .await
    .unwrap();
    assert_eq!(w.server.app.drop_statistics_agents(w.org, Timestamp::now()).await.unwrap(), 1);
    let left = crate::support::scalar_i64(w.db(), "SELECT COUNT(*) FROM stat_facts WHERE agent_id IS NOT NULL").await;
    assert_eq!(left, 0);
    // The page form: bad input is named, good input saved.
    let client = w.server.signed_in(&org, "admin@kommun.se").await;
    let res = client.post(w.server.url("/reports/settings")).form(&[("agent_days", "tio")]).send().await.unwrap();
    assert_eq!(res.status(), 400);
    assert!(res.text().await.unwrap().contains("Antal dagar"));
    let res = client.post(w.server.url("/reports/settings")).form(&[("agent_days", "")]).send().await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(get_json(&w.server, &token, "/api/v1/reports/settings").await["agent_days"], Value::Null);
}

#[tokio::test]
async fn bad_report_input_is_refused_clearly() {
    let w = world(Regime::Private).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let token = w.server.token(&org, "admin@kommun.se").await;
    for (path, status, code) in [
        ("/api/v1/reports/chat?from=2026-13-01", 400, "from"),
        ("/api/v1/reports/chat?from=2026-11-30&to=2026-11-01", 400, "from"),
        ("/api/v1/reports/chat?from=2024-01-01&to=2026-11-01", 400, "to"),
        ("/api/v1/reports/chat?scope=bygglov", 400, "scope"),
        ("/api/v1/reports/voice", 400, "module"),
        ("/api/v1/reports/chat?scope=999999", 404, ""),
        ("/api/v1/reports/chat/passwords", 404, ""),
    ] {
        let (got, body) = get(&w.server, &token, path).await;
        assert_eq!(got, status, "{path}: {body}");
        assert!(body.contains(code), "{path}: {body}");
        assert!(!body.contains("kommun.se"), "no identifiers in errors");
    }
    let client = w.server.signed_in(&org, "admin@kommun.se").await;
    let res = client.get(w.server.url("/reports/chat?to=igår")).send().await.unwrap();
    assert_eq!(res.status(), 400);
    let res = client.get(w.server.url("/reports/chat/secrets.csv")).send().await.unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn organisations_see_only_their_own_statistics_and_agents_none() {
    let w = world(Regime::Private).await;
    let org = w.db().org_by_id(w.org).await.unwrap().unwrap();
    let now = Timestamp::now().rfc3339();
    store(w.db(), w.org, &[fact(Module::Chat, 1, w.flow.0, None, &now, Some(5), None, Outcome::Answered, 0)]).await;
    let other = w.server.org("grannkommun", Regime::Private).await;
    w.server.user(&other, "admin@grannkommun.se", Role::Admin).await;
    let token = w.server.token(&other, "admin@grannkommun.se").await;
    let theirs = get_json(&w.server, &token, "/api/v1/reports/chat").await;
    assert_eq!(theirs["summary"]["received"], 0);
    assert!(theirs["scopes"].as_array().unwrap().is_empty());
    // Naming the other organisation's flow finds nothing.
    let (status, _) = get(&w.server, &token, &format!("/api/v1/reports/chat?scope={}", w.flow.0)).await;
    assert_eq!(status, 404);
    let client = w.server.signed_in(&other, "admin@grannkommun.se").await;
    let html = client.get(w.server.url("/reports/chat")).send().await.unwrap().text().await.unwrap();
    assert!(!html.contains("Bygglov"));
    // Agents and the DPO read no statistics.
    w.server.user(&org, "agent@kommun.se", Role::Agent).await;
    w.server.user(&org, "dpo@kommun.se", Role::Dpo).await;
    for email in ["agent@kommun.se", "dpo@kommun.se"] {
        let token = w.server.token(&org, email).await;
        assert_eq!(get(&w.server, &token, "/api/v1/reports/chat").await.0, 403);
        assert_eq!(get(&w.server, &token, "/api/v1/reports/chat/days").await.0, 403);
        let client = w.server.signed_in(&org, email).await;
        let res = client.get(w.server.url("/reports/chat")).send().await.unwrap();
        assert_eq!(res.status(), 403);
    }
}
