//! The customer forum over real HTTP: posting without an account, moderation,
//! search on both backends, notifications through the outbox, the author's
//! private link, hostile input, bad input and tenant isolation.

use crate::support::{TestServer, assert_inert};
use domain::PostId;
use domain::org::{Language, NewOrganisation, Organisation, Regime, Slug, TimeZoneName};
use domain::staff::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

/// An organisation with an admin (API token), an agent, and one category.
pub(crate) struct Forum {
    pub org: Organisation,
    pub token: String,
    pub category: i64,
}

pub(crate) async fn forum(server: &TestServer, slug: &str, language: Language) -> Forum {
    let org = server
        .app
        .create_org(&NewOrganisation {
            slug: Slug::parse(slug).unwrap(),
            name: format!("Org {slug}"),
            time_zone: TimeZoneName::stockholm(),
            language,
            regime: Regime::Private,
        })
        .await
        .unwrap();
    server.user(&org, &format!("admin@{slug}.se"), Role::Admin).await;
    server.user(&org, &format!("agent@{slug}.se"), Role::Agent).await;
    let token = server.token(&org, &format!("admin@{slug}.se")).await;
    let res = reqwest::Client::new()
        .post(server.url("/api/v1/forum/categories"))
        .bearer_auth(&token)
        .json(&json!({"name": "Bygglov och mark", "description": "Frågor om att bygga"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let category = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    Forum { org, token, category }
}

/// Text between `start` and the next `end`.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let len = text[from..].find(end)?;
    Some(&text[from..from + len])
}

/// Posts a question through the public form; returns status and page.
pub(crate) async fn ask(
    server: &TestServer,
    client: &reqwest::Client,
    f: &Forum,
    title: &str,
    body: &str,
    email: &str,
) -> (StatusCode, String) {
    let category = f.category.to_string();
    let res = client
        .post(server.url(&format!("/forum/{}/ask", f.org.slug)))
        .form(&[
            ("category", category.as_str()),
            ("title", title),
            ("body", body),
            ("display_name", "Kim"),
            ("email", email),
            ("notice_version", "0"),
            ("website", ""),
        ])
        .send()
        .await
        .unwrap();
    (res.status(), res.text().await.unwrap())
}

async fn answer(
    server: &TestServer,
    client: &reqwest::Client,
    f: &Forum,
    question: i64,
    body: &str,
) -> (StatusCode, String) {
    let res = client
        .post(server.url(&format!("/forum/{}/questions/{question}/answers", f.org.slug)))
        .form(&[("body", body), ("display_name", "Alex"), ("email", ""), ("notice_version", "0"), ("website", "")])
        .send()
        .await
        .unwrap();
    (res.status(), res.text().await.unwrap())
}

/// The id in a "posted" page's link to the question.
fn posted_question(page: &str, slug: &str) -> i64 {
    between(page, &format!("href=\"/forum/{slug}/questions/"), "\"").expect("link to the question").parse().unwrap()
}

fn manage_link(page: &str) -> String {
    between(page, "id=\"manage-link\" href=\"", "\"").expect("management link").to_owned()
}

async fn get(server: &TestServer, path: &str) -> (StatusCode, String) {
    let res = reqwest::get(server.url(path)).await.unwrap();
    (res.status(), res.text().await.unwrap())
}

async fn count_posts(server: &TestServer) -> i64 {
    match server.app.db() {
        storage::Db::Sqlite(db) => {
            sqlx::query_scalar("SELECT COUNT(*) FROM forum_posts").fetch_one(&db.reads).await.unwrap()
        }
        storage::Db::Postgres(pool) => {
            sqlx::query_scalar("SELECT COUNT(*) FROM forum_posts").fetch_one(pool).await.unwrap()
        }
    }
}

pub(crate) async fn moderation_queue(server: &TestServer, token: &str) -> Value {
    let res =
        reqwest::Client::new().get(server.url("/api/v1/forum/moderation")).bearer_auth(token).send().await.unwrap();
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

fn lenient() -> app::AppConfig {
    app::AppConfig { forum_posts_per_minute: 1000, forum_votes_per_minute: 1000, ..Default::default() }
}

#[tokio::test]
async fn a_visitor_asks_staff_answer_and_the_asker_is_notified_once() {
    let server = TestServer::start().await;
    let f = forum(&server, "alfa", Language::Sv).await;
    let slug = f.org.slug.as_str();
    let visitor = server.client();

    let (status, form) = get(&server, &format!("/forum/{slug}/ask")).await;
    assert_eq!(status, 200);
    assert!(form.contains("name=\"notice_version\" value=\"0\""), "the form carries the notice version it shows");
    assert!(form.contains("Så behandlar vi dina uppgifter"));
    assert!(form.contains("name=\"website\""), "honeypot present");

    let (status, page) =
        ask(&server, &visitor, &f, "Hur lång tid tar bygglovet?", "Jag har väntat **länge**.", "kim@example.se").await;
    assert_eq!(status, 201, "{page}");
    assert!(page.contains("Ditt inlägg är publicerat."));
    let question = posted_question(&page, slug);
    let manage = manage_link(&page);
    assert!(manage.starts_with("http://127.0.0.1:8080/forum/alfa/manage/"), "{manage}");

    // The management link is mailed; the address never appears on a public page.
    let outbox = server.app.db().org(f.org.id).outbox(10).await.unwrap();
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].kind, "forum_manage_link");
    assert_eq!(outbox[0].recipient, "kim@example.se");
    assert!(outbox[0].body.contains(&manage));
    let (status, public) = get(&server, &format!("/forum/{slug}/questions/{question}")).await;
    assert_eq!(status, 200);
    assert!(public.contains("Hur lång tid tar bygglovet?"));
    assert!(public.contains("<strong>länge</strong>"));
    assert!(!public.contains("kim@example.se"));
    let api: Value = reqwest::get(server.url(&format!("/api/v1/public/forum/{slug}/questions/{question}")))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(!api.to_string().contains("kim@example.se"), "the API never discloses the e-mail");
    let stored = server.app.db().org(f.org.id).forum_post(PostId(question)).await.unwrap().unwrap();
    assert_eq!(stored.notice_version, Some(0), "the notice version seen is stored with the post");

    // A visitor answers first, then staff answers officially.
    let (status, _) = answer(&server, &server.client(), &f, question, "Ungefär tio veckor hos oss.").await;
    assert_eq!(status, 201);
    let agent = server.signed_in(&f.org, "agent@alfa.se").await;
    let res = agent
        .post(server.url(&format!("/moderation/questions/{question}/answer")))
        .form(&[("body", "Handläggningstiden är högst tio veckor från komplett ansökan.")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let (_, public) = get(&server, &format!("/forum/{slug}/questions/{question}")).await;
    let official = public.find("Svar från oss").expect("official badge");
    let visitor_answer = public.find("Ungefär tio veckor").unwrap();
    assert!(official < visitor_answer, "the official answer comes first");
    assert!(public.contains("Org alfa ·"), "official answers carry the organisation's name");
    assert!(!public.contains("Test Person"), "not the staff member's own");
    assert!(public.contains("2 svar"));

    // Two answers, two notifications, each with an unsubscribe link.
    let answers: Vec<_> = server
        .app
        .db()
        .org(f.org.id)
        .outbox(10)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.kind == "forum_answer")
        .collect();
    assert_eq!(answers.len(), 2);
    assert!(answers.iter().all(|m| m.recipient == "kim@example.se"));
    let unsubscribe = answers[0].body.lines().find(|l| l.contains("/unsubscribe/")).unwrap().trim().to_owned();
    let path = unsubscribe.trim_start_matches("http://127.0.0.1:8080");
    let (status, confirm) = get(&server, path).await;
    assert_eq!(status, 200);
    assert!(confirm.contains("Hur lång tid tar bygglovet?"));
    let res = visitor.post(server.url(path)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let stored = server.app.db().org(f.org.id).forum_post(PostId(question)).await.unwrap().unwrap();
    assert_eq!(stored.author_email, None, "unsubscribing deletes the address");
    assert!(!stored.notify_on_answer);
    answer(&server, &server.client(), &f, question, "Ett svar till efter avslutet.").await;
    let after = server.app.db().org(f.org.id).outbox(20).await.unwrap();
    assert_eq!(after.iter().filter(|m| m.kind == "forum_answer").count(), 2, "no mail after unsubscribing");
    assert_eq!(get(&server, path).await.0, 404, "a used unsubscribe link is spent");

    let audit = server.app.db().org(f.org.id).audit_events_after(0, 200).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "forum.staff_answered"));
}

#[tokio::test]
async fn search_matches_inflected_forms_ranks_and_quotes_the_match() {
    let server = TestServer::start_with(lenient()).await;
    let sv = forum(&server, "kommun", Language::Sv).await;
    let en = forum(&server, "shop", Language::En).await;
    let visitor = server.client();

    let (_, p) = ask(&server, &visitor, &sv, "Hur lång tid tar bygglovet?", "Vi vill bygga ett garage.", "").await;
    let bygglov = posted_question(&p, "kommun");
    let (_, p) = ask(&server, &visitor, &sv, "Parkering vid skolan", "Var får föräldrar parkera?", "").await;
    let parking = posted_question(&p, "kommun");
    answer(&server, &visitor, &sv, parking, "Det finns en **infartsparkering** bakom idrottshallen.").await;
    let (_, p) = ask(&server, &visitor, &en, "Can items be returned?", "I returned a parcel last week.", "").await;
    let returned = posted_question(&p, "shop");
    let (_, p) = ask(&server, &visitor, &en, "Delivery times", "How long does delivery take to Norway?", "").await;
    let delivery = posted_question(&p, "shop");

    async fn hits(server: &TestServer, slug: &str, q: &str) -> Vec<i64> {
        let body: Value = reqwest::get(server.url(&format!("/api/v1/public/forum/{slug}/search?q={q}")))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        body["hits"].as_array().unwrap().iter().map(|h| h["question"]["id"].as_i64().unwrap()).collect()
    }
    assert_eq!(hits(&server, "kommun", "bygglov").await, [bygglov], "bygglovet ↔ bygglov");
    assert_eq!(hits(&server, "kommun", "Bygglovets").await, [bygglov]);
    assert_eq!(hits(&server, "kommun", "infartsparkeringen").await, [parking], "answers are searched too");
    assert_eq!(hits(&server, "shop", "return").await, [returned], "returned ↔ return");
    assert_eq!(hits(&server, "shop", "returns").await, [returned]);
    assert_eq!(hits(&server, "shop", "deliveries").await, [delivery]);
    assert!(hits(&server, "shop", "bygglov").await.is_empty(), "another organisation's posts are not found");
    assert!(hits(&server, "shop", "\"OR NEAR* -").await.is_empty(), "query syntax is not interpreted");

    // The page shows the match in context, from the answer when that is where it is.
    let (status, page) = get(&server, "/forum/kommun/search?q=infartsparkering").await;
    assert_eq!(status, 200);
    assert!(page.contains("<mark>infartsparkering</mark>"), "{page}");
    assert!(page.contains("noindex"), "search results are not indexed");

    // Relevance: the question about parking outranks one that mentions it in passing.
    let (_, p) = ask(
        &server,
        &visitor,
        &sv,
        "Fråga om sophämtning",
        "Sophämtningen kommer på tisdagar. Parkering är inte frågan här, utan kärlen och tömningen av dem.",
        "",
    )
    .await;
    let passing = posted_question(&p, "kommun");
    let order = hits(&server, "kommun", "parkering").await;
    assert_eq!(order.first(), Some(&parking), "{order:?}");
    assert!(order.contains(&passing));

    // Archived questions leave the search index; a moderator restores them.
    let http = reqwest::Client::new();
    let res = http
        .post(server.url(&format!("/api/v1/forum/posts/{bygglov}/moderation")))
        .bearer_auth(&sv.token)
        .json(&json!({"action": "archive"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    assert!(hits(&server, "kommun", "bygglov").await.is_empty());
    assert_eq!(get(&server, &format!("/forum/kommun/questions/{bygglov}")).await.0, 404);
    http.post(server.url(&format!("/api/v1/forum/posts/{bygglov}/moderation")))
        .bearer_auth(&sv.token)
        .json(&json!({"action": "publish"}))
        .send()
        .await
        .unwrap();
    assert_eq!(hits(&server, "kommun", "bygglov").await, [bygglov]);
}

#[tokio::test]
async fn moderation_holds_publishes_hides_and_handles_reports() {
    let server = TestServer::start_with(lenient()).await;
    let f = forum(&server, "alfa", Language::Sv).await;
    let http = reqwest::Client::new();
    let visitor = server.client();
    let put = |body: Value| http.put(server.url("/api/v1/forum/settings")).bearer_auth(&f.token).json(&body).send();
    assert_eq!(put(json!({"moderation": "pre", "blocked_words": ["Köp nu"]})).await.unwrap().status(), 204);

    // Pre-moderation: nothing is public until a moderator publishes it.
    let (status, page) = ask(&server, &visitor, &f, "Fråga som väntar", "Hej, när öppnar biblioteket?", "").await;
    assert_eq!(status, 201);
    assert!(page.contains("granskas av en moderator"), "{page}");
    let held = between(&page, "/forum/alfa/manage/", "\"").map(|_| ()).is_some();
    assert!(held, "the author still gets the private link");
    let queue: Value = moderation_queue(&server, &f.token).await;
    let pending = queue[0]["post"]["id"].as_i64().unwrap();
    assert_eq!(queue[0]["post"]["hold"], "pre_moderation");
    assert_eq!(get(&server, &format!("/forum/alfa/questions/{pending}")).await.0, 404);
    assert!(!get(&server, "/forum/alfa/").await.1.contains("Fråga som väntar"));

    let agent = server.signed_in(&f.org, "agent@alfa.se").await;
    let queue_page = agent.get(server.url("/moderation")).send().await.unwrap().text().await.unwrap();
    assert!(queue_page.contains("Fråga som väntar"));
    let res = agent
        .post(server.url(&format!("/moderation/posts/{pending}/moderate")))
        .form(&[("action", "publish"), ("question", "0")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(get(&server, &format!("/forum/alfa/questions/{pending}")).await.0, 200);

    // Post-moderation, but blocked words and identifiers still hold a post.
    put(json!({"moderation": "post", "blocked_words": ["köp nu"]})).await.unwrap();
    let (_, page) = ask(&server, &visitor, &f, "Billiga klockor", "Klicka och KÖP NU!", "").await;
    assert!(page.contains("innehåller ett ord"), "{page}");
    let (_, page) =
        ask(&server, &visitor, &f, "Min ansökan", "Mitt personnummer är 811218-9876, har ni fått den?", "").await;
    assert!(page.contains("personuppgifter"), "{page}");
    let queue: Value = moderation_queue(&server, &f.token).await;
    let holds: Vec<&str> = queue.as_array().unwrap().iter().map(|i| i["post"]["hold"].as_str().unwrap()).collect();
    assert_eq!(holds, ["blocked_word", "personal_data"]);
    assert_eq!(queue[1]["post"]["findings"][0]["kind"], "personnummer");
    assert!(!queue[1]["post"]["findings"].to_string().contains("811218"), "findings hold spans, not values");

    // Reports bring a published post to the queue; dismissing clears them.
    let (_, page) = answer(&server, &visitor, &f, pending, "Klockan tio varje vardag.").await;
    assert!(page.contains("publicerat"));
    let answer_id = server.app.db().org(f.org.id).forum_answers(PostId(pending)).await.unwrap()[0].id;
    for reason in ["spam", "offensive"] {
        let res = visitor
            .post(server.url(&format!("/forum/alfa/posts/{answer_id}/report")))
            .form(&[("reason", reason), ("question", &pending.to_string())])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
    }
    let queue: Value = moderation_queue(&server, &f.token).await;
    let reported =
        queue.as_array().unwrap().iter().find(|i| i["post"]["id"] == answer_id).expect("reported answer queued");
    assert_eq!(reported["reports"].as_array().unwrap().len(), 2);
    let res = agent
        .post(server.url(&format!("/moderation/posts/{answer_id}/dismiss")))
        .form(&[("question", pending.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let queue: Value = moderation_queue(&server, &f.token).await;
    assert!(queue.as_array().unwrap().iter().all(|i| i["post"]["id"] != answer_id));

    // Accept, then hide: the answer leaves the page and the count.
    let res = agent
        .post(server.url(&format!("/moderation/questions/{pending}/accept")))
        .form(&[("answer", answer_id.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert!(get(&server, &format!("/forum/alfa/questions/{pending}")).await.1.contains("Bästa svaret"));
    agent
        .post(server.url(&format!("/moderation/posts/{answer_id}/moderate")))
        .form(&[("action", "hide"), ("question", &pending.to_string())])
        .send()
        .await
        .unwrap();
    let page = get(&server, &format!("/forum/alfa/questions/{pending}")).await.1;
    assert!(!page.contains("Klockan tio"));
    assert!(page.contains("0 svar"));

    // Edit and move, through the staff UI.
    let res = agent
        .post(server.url(&format!("/moderation/posts/{pending}/edit")))
        .form(&[("title", "När öppnar biblioteket?"), ("body", "Rättad text."), ("question", &pending.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let page = get(&server, &format!("/forum/alfa/questions/{pending}")).await.1;
    assert!(page.contains("När öppnar biblioteket?") && page.contains("redigerad"));

    let actions: Vec<String> =
        server.app.db().org(f.org.id).audit_events_after(0, 200).await.unwrap().into_iter().map(|e| e.action).collect();
    for expected in [
        "forum.settings_changed",
        "forum.post_moderated",
        "forum.reports_resolved",
        "forum.answer_accepted",
        "forum.post_edited",
        "forum.category_created",
    ] {
        assert!(actions.iter().any(|a| a == expected), "{expected} missing from {actions:?}");
    }
}

#[tokio::test]
async fn the_private_link_shows_archived_posts_anonymises_and_deletes() {
    let server = TestServer::start_with(lenient()).await;
    let f = forum(&server, "alfa", Language::Sv).await;
    let visitor = server.client();
    let (_, page) = ask(&server, &visitor, &f, "Soptunnan är trasig", "Vem lagar den?", "kim@example.se").await;
    let question = posted_question(&page, "alfa");
    let manage = manage_link(&page).trim_start_matches("http://127.0.0.1:8080").to_owned();
    answer(&server, &visitor, &f, question, "Ring kundtjänst.").await;

    // Archived: gone for the public, visible through the link.
    reqwest::Client::new()
        .post(server.url(&format!("/api/v1/forum/posts/{question}/moderation")))
        .bearer_auth(&f.token)
        .json(&json!({"action": "archive"}))
        .send()
        .await
        .unwrap();
    let (status, own) = get(&server, &manage).await;
    assert_eq!(status, 200);
    assert!(own.contains("Soptunnan är trasig") && own.contains("Arkiverad"), "{own}");
    assert!(own.contains("noindex"));

    // Forged links are refused.
    let forged = format!("{}x", &manage[..manage.len() - 1]);
    assert_eq!(get(&server, &forged).await.0, 404);
    assert_eq!(get(&server, "/forum/alfa/manage/short").await.0, 404);

    let res = visitor.post(server.url(&format!("{manage}/anonymise"))).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let stored = server.app.db().org(f.org.id).forum_post(PostId(question)).await.unwrap().unwrap();
    assert_eq!(stored.author_name, "Anonym");
    assert_eq!(stored.author_email, None);

    // Deleting needs the confirmation box; then the thread, its answers and its mail are gone.
    let res = visitor.post(server.url(&format!("{manage}/delete"))).send().await.unwrap();
    assert_eq!(res.status(), 400);
    assert!(server.app.db().org(f.org.id).forum_post(PostId(question)).await.unwrap().is_some());
    let res = visitor.post(server.url(&format!("{manage}/delete"))).form(&[("confirm", "yes")]).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(server.app.db().org(f.org.id).forum_post(PostId(question)).await.unwrap().is_none());
    assert_eq!(count_posts(&server).await, 0, "the answers went with the question");
    assert!(server.app.db().org(f.org.id).outbox(10).await.unwrap().is_empty(), "queued mail about it went too");
    // A replayed link finds nothing and changes nothing.
    assert_eq!(get(&server, &manage).await.0, 404);
    let res = visitor.post(server.url(&format!("{manage}/delete"))).form(&[("confirm", "yes")]).send().await.unwrap();
    assert_eq!(res.status(), 404);
    let audit = server.app.db().org(f.org.id).audit_events_after(0, 100).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "forum.post_deleted_by_author"));
    assert!(audit.iter().any(|e| e.action == "forum.author_anonymised"));
}

#[tokio::test]
async fn hostile_markdown_is_inert_in_the_page() {
    let server = TestServer::start_with(lenient()).await;
    let f = forum(&server, "alfa", Language::Sv).await;
    let visitor = server.client();
    let payloads = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klick](javascript:alert(1))",
        "[klick](JaVaScRiPt:alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<svg onload=alert(1)><circle/></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<a href=\"https://ok.example\" onclick=\"alert(1)\">länk</a>",
        "[länk](https://ok.example \"titel\")",
        "![bild](https://tracker.example/pixel.gif)",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<<script>script>alert(1)<</script>/script>",
        "**[ok](https://ok.example)** `<b>kod</b>` > <style>body{display:none}</style>",
        "[a]: javascript:alert(1)\n\n[a]",
        "<details open ontoggle=alert(1)>x</details>",
    ];
    let (_, page) = ask(&server, &visitor, &f, "Fientlig <script>alert(1)</script> rubrik", payloads[0], "").await;
    let question = posted_question(&page, "alfa");
    for payload in &payloads[1..] {
        let (status, page) = answer(&server, &visitor, &f, question, payload).await;
        assert_eq!(status, 201, "{payload}: {page}");
    }
    let long_word = "å".repeat(5_000);
    assert_eq!(answer(&server, &visitor, &f, question, &long_word).await.0, 201);

    let (status, page) = get(&server, &format!("/forum/alfa/questions/{question}")).await;
    assert_eq!(status, 200);
    let main = between(&page, "<main", "</main>").unwrap().to_lowercase();
    assert_inert(&page);
    assert!(main.contains("&lt;script&gt;"), "raw HTML is shown as text");
    assert!(main.contains(r#"<a href="https://ok.example" rel="nofollow ugc noopener">"#), "{main}");
    assert!(page.contains(&long_word), "a very long word is kept, wrapped by CSS");
}

#[tokio::test]
async fn bad_input_is_refused_with_a_message_and_nothing_is_stored() {
    let server = TestServer::start().await;
    let f = forum(&server, "alfa", Language::Sv).await;
    let visitor = server.client();
    let (_, page) = ask(&server, &visitor, &f, "En fråga som finns", "Text.", "").await;
    let question = posted_question(&page, "alfa");
    let before = count_posts(&server).await;
    let post = |fields: Vec<(&'static str, String)>| {
        let visitor = visitor.clone();
        let url = server.url("/forum/alfa/ask");
        async move {
            let res = visitor.post(url).form(&fields).send().await.unwrap();
            (res.status(), res.text().await.unwrap())
        }
    };
    let base = |title: &str, body: &str| -> Vec<(&'static str, String)> {
        vec![
            ("category", f.category.to_string()),
            ("title", title.into()),
            ("body", body.into()),
            ("display_name", "Kim".into()),
            ("email", "".into()),
            ("notice_version", "0".into()),
            ("website", "".into()),
        ]
    };
    let (status, page) = post(base("Tom fråga här", "   ")).await;
    assert_eq!(status, 400);
    assert!(page.contains("Text: får inte vara tomt."), "{page}");
    assert!(page.contains("value=\"Tom fråga här\""), "the form keeps what was typed");
    let (status, _) = post(base("Lång fråga här", &"x".repeat(10_001))).await;
    assert_eq!(status, 400);
    let (status, page) = post(base("Kort", "Text")).await;
    assert_eq!(status, 400);
    assert!(page.contains("Rubrik"));
    let mut unknown_category = base("Okänd kategori", "Text");
    unknown_category[0].1 = "999999".into();
    assert_eq!(post(unknown_category).await.0, 404);
    let mut bot = base("Jag är en bot", "Text");
    bot[6].1 = "https://spam.example".into();
    let (status, page) = post(bot).await;
    assert_eq!(status, 422);
    assert!(page.contains("kunde inte tas emot"));
    let mut stale = base("Gammal version", "Text");
    stale[5].1 = "7".into();
    let (status, page) = post(stale).await;
    assert_eq!(status, 409);
    assert!(page.contains("Integritetsinformationen har ändrats"));
    let mut bad_mail = base("Fel adress här", "Text");
    bad_mail[4].1 = "inte en adress".into();
    assert_eq!(post(bad_mail).await.0, 400);
    let huge =
        visitor.post(server.url("/forum/alfa/ask")).form(&[("body", "y".repeat(300 * 1024))]).send().await.unwrap();
    assert_eq!(huge.status(), 413);
    assert_eq!(count_posts(&server).await, before, "nothing was stored");

    // Pages, sorts, unknown things.
    assert_eq!(get(&server, "/forum/alfa/?page=abc").await.0, 400);
    assert_eq!(get(&server, "/forum/alfa/?page=0").await.0, 400);
    assert_eq!(get(&server, "/forum/alfa/?sort=random").await.0, 400);
    assert_eq!(get(&server, "/forum/alfa/c/finns-inte").await.0, 404);
    assert_eq!(get(&server, "/forum/finns-inte/").await.0, 404);
    assert_eq!(get(&server, "/forum/alfa/questions/999999").await.0, 404);
    assert_eq!(get(&server, &format!("/forum/alfa/search?q={}", "a".repeat(201))).await.0, 400);
    assert_eq!(answer(&server, &visitor, &f, 999_999, "Svar").await.0, 404);
    let res = visitor
        .post(server.url(&format!("/forum/alfa/posts/{question}/report")))
        .form(&[("reason", "tråkig")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);

    // One helpful vote per browser; the count stays 1.
    let vote = |c: reqwest::Client| {
        let url = server.url(&format!("/forum/alfa/posts/{question}/helpful"));
        async move { c.post(url).form(&[("question", question.to_string())]).send().await.unwrap() }
    };
    let first = vote(visitor.clone()).await;
    assert_eq!(first.status(), 303);
    let cookie = first.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("Path=/forum/alfa/"), "{cookie}");
    assert_eq!(vote(visitor.clone()).await.status(), 409);
    let stored = server.app.db().org(f.org.id).forum_post(PostId(question)).await.unwrap().unwrap();
    assert_eq!(stored.helpful_count, 1);
    // A vote from another site's page (browser sends Sec-Fetch-Site: cross-site) is refused.
    let forged = reqwest::Client::new()
        .post(server.url(&format!("/forum/alfa/posts/{question}/helpful")))
        .header("sec-fetch-site", "cross-site")
        .form(&[("question", question.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);

    // A client posting too fast is told to wait (5 per minute by default); nothing more is stored.
    let mut statuses = Vec::new();
    for i in 0..6 {
        statuses.push(answer(&server, &visitor, &f, question, &format!("Svar nummer {i}")).await.0);
    }
    assert!(statuses.contains(&StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
    let stored = server.app.db().org(f.org.id).forum_answers(PostId(question)).await.unwrap().len();
    assert_eq!(stored as usize, statuses.iter().filter(|s| **s == StatusCode::CREATED).count());
}

#[tokio::test]
async fn pages_are_indexable_and_the_sitemap_lists_only_public_questions() {
    let server = TestServer::start_with(lenient()).await;
    let f = forum(&server, "alfa", Language::Sv).await;
    let visitor = server.client();
    let (_, page) = ask(&server, &visitor, &f, "Synlig fråga om bygglov", "En beskrivning av frågan.", "").await;
    let public = posted_question(&page, "alfa");
    let (_, page) = ask(&server, &visitor, &f, "Arkiverad fråga här", "Text.", "").await;
    let archived = posted_question(&page, "alfa");
    reqwest::Client::new()
        .post(server.url(&format!("/api/v1/forum/posts/{archived}/moderation")))
        .bearer_auth(&f.token)
        .json(&json!({"action": "archive"}))
        .send()
        .await
        .unwrap();

    let (_, page) = get(&server, &format!("/forum/alfa/questions/{public}")).await;
    assert!(
        page.contains(&format!(r#"<link rel="canonical" href="http://127.0.0.1:8080/forum/alfa/questions/{public}">"#))
    );
    assert!(page.contains(r#"<meta name="description" content="En beskrivning av frågan.">"#));
    assert!(page.contains(r#"<html lang="sv">"#));
    assert!(!page.contains("noindex"));
    let res = reqwest::get(server.url("/forum/alfa/sitemap.xml")).await.unwrap();
    assert_eq!(res.headers()["content-type"], "application/xml; charset=utf-8");
    let sitemap = res.text().await.unwrap();
    assert!(sitemap.contains(&format!("/forum/alfa/questions/{public}</loc>")));
    assert!(!sitemap.contains(&format!("/forum/alfa/questions/{archived}<")));
    assert!(sitemap.contains("/forum/alfa/c/bygglov-och-mark</loc>"));

    // Lists: sorting and the unanswered filter.
    answer(&server, &visitor, &f, public, "Ett svar.").await;
    let list = get(&server, "/forum/alfa/?sort=unanswered").await.1;
    assert!(!list.contains("Synlig fråga om bygglov"));
    let list = get(&server, "/forum/alfa/c/bygglov-och-mark").await.1;
    assert!(list.contains("Synlig fråga om bygglov") && !list.contains("Arkiverad fråga här"));

    // English organisations get English pages.
    let en = forum(&server, "shop", Language::En).await;
    let page = get(&server, &format!("/forum/{}/ask", en.org.slug)).await.1;
    assert!(page.contains(r#"<html lang="en">"#) && page.contains("How we handle your details"));

    // The forum module switched off: no forum.
    let admin = server.signed_in(&f.org, "admin@alfa.se").await;
    let res =
        admin.post(server.url("/settings/modules")).form(&[("chat", "on"), ("email", "on")]).send().await.unwrap();
    assert!(res.status().is_success() || res.status().is_redirection());
    assert_eq!(get(&server, "/forum/alfa/").await.0, 404);
}

#[tokio::test]
async fn a_moderator_of_one_organisation_touches_nothing_of_another() {
    let server = TestServer::start_with(lenient()).await;
    let a = forum(&server, "alfa", Language::Sv).await;
    let b = forum(&server, "beta", Language::Sv).await;
    let visitor = server.client();
    let (_, page) = ask(&server, &visitor, &b, "Betas hemliga fråga", "Text om beta.", "b@example.se").await;
    let b_question = posted_question(&page, "beta");
    let b_manage = manage_link(&page);
    let b_token = b_manage.rsplit('/').next().unwrap().to_owned();

    // Public pages and API under A's name do not reach B's post.
    assert_eq!(get(&server, &format!("/forum/alfa/questions/{b_question}")).await.0, 404);
    assert_eq!(get(&server, &format!("/api/v1/public/forum/alfa/questions/{b_question}")).await.0, 404);
    assert_eq!(get(&server, &format!("/forum/alfa/manage/{b_token}")).await.0, 404);
    assert!(!get(&server, "/forum/alfa/search?q=hemliga").await.1.contains("Betas"));
    assert_eq!(answer(&server, &visitor, &a, b_question, "Svar via fel org").await.0, 404);

    // A's moderator, through the UI and the API.
    let agent = server.signed_in(&a.org, "admin@alfa.se").await;
    let b_q = b_question.to_string();
    for (path, form) in [
        (format!("/moderation/posts/{b_question}/moderate"), vec![("action", "delete"), ("question", b_q.as_str())]),
        (format!("/moderation/posts/{b_question}/edit"), vec![("body", "Kapad"), ("question", b_q.as_str())]),
        (format!("/moderation/posts/{b_question}/dismiss"), vec![("question", b_q.as_str())]),
        (format!("/moderation/questions/{b_question}/answer"), vec![("body", "Kapad")]),
        (format!("/moderation/questions/{b_question}/move"), vec![("category", "1")]),
    ] {
        let res = agent.post(server.url(&path)).form(&form).send().await.unwrap();
        assert_eq!(res.status(), 404, "{path}");
    }
    assert_eq!(
        agent.get(server.url(&format!("/moderation/questions/{b_question}"))).send().await.unwrap().status(),
        404
    );
    let http = reqwest::Client::new();
    let calls = [
        http.post(server.url(&format!("/api/v1/forum/posts/{b_question}/moderation"))).json(&json!({"action": "hide"})),
        http.patch(server.url(&format!("/api/v1/forum/posts/{b_question}"))).json(&json!({"body": "Kapad"})),
        http.post(server.url(&format!("/api/v1/forum/questions/{b_question}/answers"))).json(&json!({"body": "Kapad"})),
        http.put(server.url(&format!("/api/v1/forum/questions/{b_question}/accepted")))
            .json(&json!({"answer_id": null})),
        http.get(server.url(&format!("/api/v1/forum/questions/{b_question}"))),
        http.patch(server.url(&format!("/api/v1/forum/posts/{}", 0))).json(&json!({"category_id": b.category})),
    ];
    for call in calls {
        let res = call.bearer_auth(&a.token).send().await.unwrap();
        assert_eq!(res.status(), 404);
    }
    // Moving A's own question into B's category is refused too.
    let (_, page) = ask(&server, &visitor, &a, "Alfas egen fråga", "Text.", "").await;
    let a_question = posted_question(&page, "alfa");
    let res = http
        .patch(server.url(&format!("/api/v1/forum/posts/{a_question}")))
        .bearer_auth(&a.token)
        .json(&json!({"category_id": b.category}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let queue: Value = moderation_queue(&server, &a.token).await;
    assert!(!queue.to_string().contains("Betas"));

    let stored = server.app.db().org(b.org.id).forum_post(PostId(b_question)).await.unwrap().unwrap();
    assert_eq!(stored.body, "Text om beta.");
    assert_eq!(stored.status, "published");
    assert_eq!(server.app.db().org(b.org.id).forum_answers(PostId(b_question)).await.unwrap().len(), 0);
}

#[tokio::test]
async fn the_api_is_documented_and_refuses_bad_requests() {
    let server = TestServer::start().await;
    let f = forum(&server, "alfa", Language::Sv).await;
    let doc: Value = reqwest::get(server.url("/api/v1/openapi.json")).await.unwrap().json().await.unwrap();
    for path in [
        "/api/v1/public/forum/{org}/questions",
        "/api/v1/public/forum/{org}/questions/{id}",
        "/api/v1/public/forum/{org}/search",
        "/api/v1/public/forum/{org}/categories",
        "/api/v1/forum/moderation",
        "/api/v1/forum/posts/{id}/moderation",
        "/api/v1/forum/questions/{id}/answers",
        "/api/v1/forum/settings",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} missing from the OpenAPI document");
    }
    let http = reqwest::Client::new();
    assert_eq!(http.get(server.url("/api/v1/forum/moderation")).send().await.unwrap().status(), 401);
    let res = http
        .post(server.url("/api/v1/forum/posts/1/moderation"))
        .bearer_auth(&f.token)
        .json(&json!({"action": "explode"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let res = http
        .put(server.url("/api/v1/forum/settings"))
        .bearer_auth(&f.token)
        .json(&json!({"moderation": "sometimes", "blocked_words": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let res = http
        .post(server.url("/api/v1/forum/categories"))
        .bearer_auth(&f.token)
        .json(&json!({"name": "Bygglov och mark"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409, "same name, same slug");
    // An agent may moderate but not change settings.
    let agent_token = server.token(&f.org, "agent@alfa.se").await;
    let res = http
        .put(server.url("/api/v1/forum/settings"))
        .bearer_auth(&agent_token)
        .json(&json!({"moderation": "pre", "blocked_words": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(
        http.get(server.url("/api/v1/forum/moderation")).bearer_auth(&agent_token).send().await.unwrap().status(),
        200
    );
    let list: Value = reqwest::get(server.url("/api/v1/public/forum/alfa/questions?sort=helpful"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 0);
    assert_eq!(get(&server, "/api/v1/public/forum/alfa/questions?sort=nope").await.0, 400);
}

#[tokio::test]
async fn admins_set_moderation_categories_and_the_notice_in_the_staff_ui() {
    let server = TestServer::start().await;
    let f = forum(&server, "alfa", Language::Sv).await;
    let admin = server.signed_in(&f.org, "admin@alfa.se").await;
    let page = admin.get(server.url("/settings/forum")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Bygglov och mark"));

    let res = admin
        .post(server.url("/settings/forum"))
        .form(&[("moderation", "pre"), ("blocked_words", "köp nu\nbilliga klockor")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let settings: Value = reqwest::Client::new()
        .get(server.url("/api/v1/forum/settings"))
        .bearer_auth(&f.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(settings, json!({"moderation": "pre", "blocked_words": ["köp nu", "billiga klockor"]}));
    let res = admin.post(server.url("/settings/forum")).form(&[("moderation", "ibland")]).send().await.unwrap();
    assert_eq!(res.status(), 400);

    let res = admin
        .post(server.url("/settings/forum/categories"))
        .form(&[("name", "Skola & förskola"), ("description", "Placering och skolskjuts")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(get(&server, "/forum/alfa/c/skola-forskola").await.1.contains("Placering och skolskjuts"));
    let res = admin.post(server.url("/settings/forum/categories")).form(&[("name", "")]).send().await.unwrap();
    assert_eq!(res.status(), 400);

    // A new notice version: the form shows it, and a post made against the old one is refused.
    let res = admin
        .post(server.url("/settings/forum/notice"))
        .form(&[("language", "sv"), ("body", "Vi sparar inlägg i två år.\n\nDPO: dpo@alfa.se")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let form = get(&server, "/forum/alfa/ask").await.1;
    assert!(form.contains("Vi sparar inlägg i två år.") && form.contains("name=\"notice_version\" value=\"1\""));
    let (status, _) = ask(&server, &server.client(), &f, "Gammal notis här", "Text.", "").await;
    assert_eq!(status, 409, "the form helper sends version 0");

    // Agents moderate but do not change the forum's settings.
    let agent = server.signed_in(&f.org, "agent@alfa.se").await;
    assert_eq!(agent.get(server.url("/settings/forum")).send().await.unwrap().status(), 403);
    let res = agent.post(server.url("/settings/forum")).form(&[("moderation", "post")]).send().await.unwrap();
    assert_eq!(res.status(), 403);
    let audit = server.app.db().org(f.org.id).audit_events_after(0, 200).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "forum.notice_published"));
}

#[tokio::test]
async fn votes_from_one_address_are_limited() {
    let server = TestServer::start().await;
    let f = forum(&server, "alfa", Language::Sv).await;
    let (_, page) = ask(&server, &server.client(), &f, "Fråga att rösta på", "Text.", "").await;
    let question = posted_question(&page, "alfa");
    // A bot without cookies: each request looks like a new browser, but the address is the same.
    let mut statuses = Vec::new();
    for _ in 0..35 {
        let res = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
            .post(server.url(&format!("/forum/alfa/posts/{question}/helpful")))
            .form(&[("question", question.to_string())])
            .send()
            .await
            .unwrap();
        statuses.push(res.status().as_u16());
    }
    let counted = statuses.iter().filter(|s| **s == 303).count() as i64;
    assert!(statuses.contains(&429), "{statuses:?}");
    let stored = server.app.db().org(f.org.id).forum_post(PostId(question)).await.unwrap().unwrap();
    assert_eq!(stored.helpful_count, counted);
    assert!(counted <= 30);
}
