//! The knowledge base on both backends: guides written, revised and published; the
//! public help pages and one search over guides and forum answers with Swedish stemming;
//! internal guides never public nor in another organisation; hostile Markdown and
//! uploads; feedback that stores no identifier; suggestions for the widget and agents.

use crate::support::{TestServer, assert_inert};
use domain::org::Regime;
use domain::staff::Role;
use serde_json::{Value, json};

struct Api<'a> {
    server: &'a TestServer,
    token: String,
}

impl Api<'_> {
    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> (u16, Value) {
        let mut req = reqwest::Client::new().request(method, self.server.url(path)).bearer_auth(&self.token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        (status, res.json().await.unwrap_or_default())
    }

    async fn guide(&self, title: &str, body: &str, visibility: &str, category: Option<i64>) -> i64 {
        let request = json!({"title": title, "body": body, "visibility": visibility, "category_id": category});
        let (status, created) = self.call(reqwest::Method::POST, "/api/v1/guides", Some(request)).await;
        assert_eq!(status, 201, "{created}");
        created["id"].as_i64().unwrap()
    }

    async fn publish(&self, id: i64) {
        let (status, body) = self
            .call(reqwest::Method::PUT, &format!("/api/v1/guides/{id}/status"), Some(json!({"status": "published"})))
            .await;
        assert_eq!(status, 204, "{body}");
    }
}

async fn get(server: &TestServer, path: &str) -> (u16, String) {
    let res = reqwest::get(server.url(path)).await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

/// A PNG with a text chunk of "metadata" that must not survive the upload.
fn png_with_metadata(secret: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, 2, 2);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.add_text_chunk("GPSPosition".into(), secret.into()).unwrap();
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&[200, 10, 10, 10, 200, 10, 10, 10, 200, 250, 250, 250]).unwrap();
    writer.finish().unwrap();
    out
}

#[tokio::test]
async fn guides_are_published_searched_with_the_forum_and_internal_ones_never_leak() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::PublicAuthority).await;
    let other = server.org("annan", Regime::Private).await;
    let admin_user = server.user(&org, "admin@kommun.se", Role::Admin).await;
    server.user(&org, "agent@kommun.se", Role::Agent).await;
    server.user(&other, "admin@annan.se", Role::Admin).await;
    let admin = Api { server: &server, token: server.token(&org, "admin@kommun.se").await };
    let agent = Api { server: &server, token: server.token(&org, "agent@kommun.se").await };
    let outsider = Api { server: &server, token: server.token(&other, "admin@annan.se").await };

    let (status, topic) =
        admin.call(reqwest::Method::POST, "/api/v1/guides/categories", Some(json!({"name": "Bygga & bo"}))).await;
    assert_eq!(status, 201);
    let topic = topic["id"].as_i64().unwrap();
    let (status, _) =
        agent.call(reqwest::Method::POST, "/api/v1/guides/categories", Some(json!({"name": "Annat"}))).await;
    assert_eq!(status, 403, "topics are the admin's");
    let public = admin
        .guide(
            "Så söker du bygglov",
            "Ansök om bygglov i e-tjänsten. Handläggningen tar tio veckor.",
            "public",
            Some(topic),
        )
        .await;
    let internal = agent
        .guide(
            "Rutin: bygglov med strandskydd",
            "Internt: kontrollera strandskyddet innan beslut om bygglov.",
            "internal",
            None,
        )
        .await;
    let draft = admin.guide("Utkast om bygglov", "Inte klar ännu: bygglov.", "public", Some(topic)).await;
    admin.publish(public).await;
    agent.publish(internal).await;

    // A forum question about the same subject.
    let admin_principal = app::Principal { user: admin_user, via: app::authz::Via::Session };
    let category = server.app.create_category(&admin_principal, "Allmänt", "").await.unwrap();
    let notice = server.app.forum_notice(org.id, domain::org::Language::Sv).await.unwrap();
    server
        .app
        .ask_question(
            "kommun",
            "10.0.0.1",
            &app::forum::PostForm {
                category: Some(category),
                title: "Hur lång tid tar bygglovet?",
                body: "Jag väntar på bygglovet för mitt garage.",
                display_name: "Kim",
                email: "",
                notice_version: notice.version,
                ..Default::default()
            },
        )
        .await
        .unwrap();

    // The help pages: only the published public guide.
    let (status, index) = get(&server, "/help/kommun/").await;
    assert_eq!(status, 200);
    assert!(index.contains("Så söker du bygglov") && index.contains("Bygga &#38; bo"), "{index}");
    assert!(!index.contains("strandskydd") && !index.contains("Utkast"), "no internal guide, no draft");
    assert_inert(&index);
    let detail = |id: i64| {
        let agent = &agent;
        async move { agent.call(reqwest::Method::GET, &format!("/api/v1/guides/{id}"), None).await.1 }
    };
    let slug = |v: &Value| v["guide"]["slug"].as_str().unwrap().to_owned();
    let (public_slug, internal_slug, draft_slug) =
        (slug(&detail(public).await), slug(&detail(internal).await), slug(&detail(draft).await));
    assert_eq!(public_slug, "sa-soker-du-bygglov");
    assert_eq!(get(&server, &format!("/help/kommun/guides/{public_slug}")).await.0, 200);
    assert_eq!(get(&server, &format!("/help/kommun/guides/{internal_slug}")).await.0, 404);
    assert_eq!(get(&server, &format!("/help/kommun/guides/{draft_slug}")).await.0, 404);
    assert_eq!(get(&server, &format!("/help/annan/guides/{public_slug}")).await.0, 404, "another organisation");

    // One search, stemmed: "bygglovet" finds the guide ("bygglov") and the forum question.
    let (status, page) = get(&server, "/help/kommun/search?q=bygglovet").await;
    assert_eq!(status, 200);
    assert!(page.contains("Så söker du bygglov") && page.contains("Hur lång tid tar bygglovet?"), "{page}");
    assert!(!page.contains("strandskydd"));
    assert_inert(&page);
    let (_, guides_only) = get(&server, "/help/kommun/search?q=bygglov&type=guide").await;
    assert!(guides_only.contains("Så söker du bygglov") && !guides_only.contains("Hur lång tid tar"));
    let (_, forum_only) = get(&server, "/help/kommun/search?q=bygglov&type=forum").await;
    assert!(!forum_only.contains("Så söker du bygglov") && forum_only.contains("Hur lång tid tar"));
    assert_eq!(get(&server, "/help/kommun/search?q=bygglov&type=secret").await.0, 400);
    assert_eq!(get(&server, "/help/%0A").await.0, 404, "a malformed organisation is simply not found");
    assert_eq!(get(&server, &format!("/help/kommun/search?q={}", "a".repeat(201))).await.0, 400);
    let (_, elsewhere) = get(&server, "/help/annan/search?q=bygglov").await;
    assert!(!elsewhere.contains("Så söker du"), "another organisation's search finds nothing of ours");

    // The widget's suggestions: public only, with CORS; agents' suggestions include internal guides.
    let res = reqwest::Client::new()
        .post(server.url("/help/kommun/suggest"))
        .header("origin", "https://kommun.example")
        .body("Hur gör jag för att söka bygglov?")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "a cross-site POST from the widget");
    assert_eq!(res.headers()["access-control-allow-origin"], "*");
    let suggested: Value = res.json().await.unwrap();
    let titles: Vec<&str> = suggested.as_array().unwrap().iter().map(|s| s["title"].as_str().unwrap()).collect();
    assert!(titles.contains(&"Så söker du bygglov") && !titles.iter().any(|t| t.contains("strandskydd")), "{titles:?}");
    let (status, for_agent) = agent
        .call(
            reqwest::Method::POST,
            "/api/v1/guides/suggestions",
            Some(json!({"text": "Hej! Jag bor nära stranden och undrar om strandskyddet påverkar mitt bygglov."})),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(for_agent[0]["title"], "Rutin: bygglov med strandskydd", "the best match first: {for_agent}");
    let (_, theirs) = outsider
        .call(reqwest::Method::POST, "/api/v1/guides/suggestions", Some(json!({"text": "strandskydd bygglov"})))
        .await;
    assert_eq!(theirs, json!([]), "another organisation is suggested none of ours");
    assert_eq!(outsider.call(reqwest::Method::GET, &format!("/api/v1/guides/{internal}"), None).await.0, 404);
    assert_eq!(
        outsider
            .call(reqwest::Method::PUT, &format!("/api/v1/guides/{public}/status"), Some(json!({"status": "draft"})))
            .await
            .0,
        404
    );

    // A new version changes what search finds; every version is kept.
    let (status, _) = admin
        .call(
            reqwest::Method::PUT,
            &format!("/api/v1/guides/{public}"),
            Some(json!({"title": "Så ansöker du om lov", "body": "Ansök i e-tjänsten om marklov.", "visibility": "public", "category_id": topic})),
        )
        .await;
    assert_eq!(status, 204);
    let (_, page) = get(&server, "/help/kommun/search?q=marklov").await;
    assert!(page.contains("Så ansöker du om lov"));
    let (_, page) = get(&server, "/help/kommun/search?q=bygglov&type=guide").await;
    assert!(!page.contains("Så ansöker du om lov"), "the old text is gone from the index");
    let revisions = detail(public).await["revisions"].as_array().unwrap().len();
    assert_eq!(revisions, 2);
    // Withdrawn, it leaves the help pages and the search.
    let (status, _) = admin
        .call(reqwest::Method::PUT, &format!("/api/v1/guides/{public}/status"), Some(json!({"status": "draft"})))
        .await;
    assert_eq!(status, 204);
    assert_eq!(get(&server, &format!("/help/kommun/guides/{public_slug}")).await.0, 404);
    assert!(!get(&server, "/help/kommun/search?q=marklov").await.1.contains("Så ansöker du om lov"));

    // Bad input.
    for (bad, code) in [
        (json!({"title": "", "body": "x", "visibility": "public"}), 400),
        (json!({"title": "x", "body": "x", "visibility": "secret"}), 400),
        (json!({"title": "x", "body": "x", "visibility": "public", "category_id": 999_999}), 404),
    ] {
        assert_eq!(admin.call(reqwest::Method::POST, "/api/v1/guides", Some(bad.clone())).await.0, code, "{bad}");
    }
    // With the knowledge base switched off, the help pages are gone.
    server.app.set_module(&admin_principal, domain::org::Module::KnowledgeBase, false).await.unwrap();
    assert_eq!(get(&server, "/help/kommun/").await.0, 404);
}

#[tokio::test]
async fn hostile_markdown_uploads_and_feedback_are_handled_safely() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    server.user(&org, "admin@kommun.se", Role::Admin).await;
    let admin = Api { server: &server, token: server.token(&org, "admin@kommun.se").await };

    let payloads = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klick](javascript:alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<svg onload=alert(1)><circle/></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "![spårning](https://tracker.example/pixel.gif)",
        "![lokal men fel](/help/kommun/images/1?x=<script>)",
        "<details open ontoggle=alert(1)>x</details>",
        "[a]: javascript:alert(1)\n\n[a]",
    ];
    let hostile = admin.guide("Fientlig <script>alert(1)</script>", &payloads.join("\n\n"), "public", None).await;
    admin.publish(hostile).await;
    let slug = admin.call(reqwest::Method::GET, &format!("/api/v1/guides/{hostile}"), None).await.1["guide"]["slug"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, page) = get(&server, &format!("/help/kommun/guides/{slug}")).await;
    assert_eq!(status, 200);
    assert_inert(&page);
    assert!(page.contains("&lt;script&gt;"), "raw HTML is shown as text");

    // Images: re-encoded without metadata, served inert; other files refused.
    let secret = "59.8586N-17.6389E";
    let upload = |bytes: Vec<u8>| {
        let (url, token) = (server.url("/api/v1/guides/images"), admin.token.clone());
        async move {
            let res = reqwest::Client::new().post(url).bearer_auth(token).body(bytes).send().await.unwrap();
            (res.status().as_u16(), res.json::<Value>().await.unwrap_or_default())
        }
    };
    let original = png_with_metadata(secret);
    assert!(original.windows(secret.len()).any(|w| w == secret.as_bytes()));
    let (status, image) = upload(original).await;
    assert_eq!(status, 201, "{image}");
    let image = image["id"].as_i64().unwrap();
    for bad in [
        b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".to_vec(),
        b"<html><script>".to_vec(),
        b"\x89PNG\r\n\x1a\nbroken".to_vec(),
        Vec::new(),
    ] {
        assert_eq!(upload(bad).await.0, 400);
    }
    assert_eq!(
        get(&server, &format!("/help/kommun/images/{image}")).await.0,
        404,
        "an image that no published public guide shows is not public"
    );
    let illustrated = admin
        .guide("Med bild", &format!("Så här:\n\n![Formuläret](/help/kommun/images/{image})"), "public", None)
        .await;
    admin.publish(illustrated).await;
    let slug2 =
        admin.call(reqwest::Method::GET, &format!("/api/v1/guides/{illustrated}"), None).await.1["guide"]["slug"]
            .as_str()
            .unwrap()
            .to_owned();
    let (_, page) = get(&server, &format!("/help/kommun/guides/{slug2}")).await;
    assert!(page.contains(&format!("<img src=\"/help/kommun/images/{image}\" alt=\"Formuläret\">")), "own image shown");

    let res = reqwest::get(server.url(&format!("/help/kommun/images/{image}"))).await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/png");
    assert!(res.headers()["content-security-policy"].to_str().unwrap().contains("sandbox"));
    let served = res.bytes().await.unwrap();
    assert!(
        served.starts_with(b"\x89PNG") && !served.windows(secret.len()).any(|w| w == secret.as_bytes()),
        "no metadata"
    );
    assert_eq!(get(&server, &format!("/help/annan/images/{image}")).await.0, 404);

    // Feedback: counted, the comment's identifiers masked, nothing about the reader kept.
    let client = server.client();
    let feedback = |helpful: &'static str, comment: &'static str| {
        client
            .post(server.url(&format!("/help/kommun/guides/{slug}/feedback")))
            .form(&[("helpful", helpful), ("comment", comment)])
            .send()
    };
    assert_eq!(feedback("yes", "").await.unwrap().status(), 303);
    assert_eq!(
        feedback("no", "Saknas info. Mejla kim@example.se eller ring 070-123 45 67, pnr 811218-9876.")
            .await
            .unwrap()
            .status(),
        303
    );
    assert_eq!(feedback("maybe", "").await.unwrap().status(), 400);
    // The forum's hostile corpus in a comment: stored as text, shown inert to staff.
    let hostile_comment = "<script>alert(1)</script><img src=x onerror=alert(1)>[x](javascript:alert(1))";
    assert_eq!(feedback("no", hostile_comment).await.unwrap().status(), 303);
    let long: &'static str = Box::leak("x".repeat(1001).into_boxed_str());
    assert_eq!(feedback("no", long).await.unwrap().status(), 400);
    let (_, detail) = admin.call(reqwest::Method::GET, &format!("/api/v1/guides/{hostile}"), None).await;
    assert_eq!((detail["guide"]["helpful"].as_i64(), detail["guide"]["not_helpful"].as_i64()), (Some(1), Some(2)));
    assert_eq!(detail["comments"][0], hostile_comment, "kept as the text it is");
    let comment = detail["comments"][1].as_str().unwrap();
    assert!(
        !comment.contains("kim@example.se") && !comment.contains("070-123") && !comment.contains("811218"),
        "{comment}"
    );
    assert!(comment.starts_with("Saknas info."));
    let columns = crate::support::scalar_i64(
        server.app.db(),
        "SELECT COUNT(*) FROM guide_feedback WHERE comment LIKE '%@%' OR comment LIKE '%070%'",
    )
    .await;
    assert_eq!(columns, 0);
    let staff_page = server.signed_in(&org, "admin@kommun.se").await;
    let page = staff_page.get(server.url(&format!("/guides/{hostile}"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Saknas info.") && page.contains("1 tyckte att den hjälpte"), "statistics per guide");
    assert_inert(&page);
}

#[tokio::test]
async fn english_guides_are_stemmed_in_english() {
    let server = TestServer::start().await;
    let org = server
        .app
        .create_org(&domain::org::NewOrganisation {
            slug: domain::org::Slug::parse("council").unwrap(),
            name: "City Council".into(),
            time_zone: domain::org::TimeZoneName::stockholm(),
            language: domain::org::Language::En,
            regime: Regime::Private,
        })
        .await
        .unwrap();
    server.user(&org, "admin@council.uk", Role::Admin).await;
    let admin = Api { server: &server, token: server.token(&org, "admin@council.uk").await };
    let guide = admin
        .guide(
            "Applying for a building permit",
            "Permits are applied for online; decisions take ten weeks.",
            "public",
            None,
        )
        .await;
    admin.publish(guide).await;
    let (status, page) = get(&server, "/help/council/search?q=permits+applied&type=guide").await;
    assert_eq!(status, 200);
    assert!(page.contains("Applying for a building permit") && page.contains("<html lang=\"en\">"), "{page}");
    let (_, page) = get(&server, "/help/council/search?q=permitting+week").await;
    assert!(page.contains("Applying for a building permit"), "stems: permit, week");
    let (_, page) = get(&server, "/help/council/search?q=permitting+parking").await;
    assert!(!page.contains("Applying for a building permit"), "every word must match on the search page");
}
