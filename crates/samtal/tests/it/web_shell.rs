//! The web shell: pages, assets, headers, health, languages, errors.

use crate::support::TestServer;
use domain::org::Regime;
use domain::staff::Role;

#[tokio::test]
async fn health_and_security_headers() {
    let server = TestServer::start().await;
    let http = server.client();
    let res = http.get(server.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["status"], "ok");

    let res = http.get(server.url("/login")).send().await.unwrap();
    let h = res.headers();
    let csp = h["content-security-policy"].to_str().unwrap();
    for directive in
        ["default-src 'none'", "script-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'"]
    {
        assert!(csp.contains(directive), "{csp}");
    }
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["cache-control"], "no-store");
    let html = res.text().await.unwrap();
    assert!(!html.contains("http://") && !html.contains("https://"), "no third-party assets: {html}");
    assert!(html.contains("<label for=\"email\">"));
}

#[tokio::test]
async fn assets_are_served_by_samtal_itself() {
    let server = TestServer::start().await;
    let res = server.client().get(server.url("/assets/app.css")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
    let css = res.text().await.unwrap();
    assert!(!css.contains("@import") && !css.contains("url(http"), "no remote fonts or imports");
    assert_eq!(server.client().get(server.url("/assets/../Cargo.toml")).send().await.unwrap().status(), 404);
    assert_eq!(server.client().get(server.url("/assets/nope.js")).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn unknown_pages_and_bad_forms_get_clear_answers() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    server.user(&org, "a@kommun.se", Role::Admin).await;
    let client = server.signed_in(&org, "a@kommun.se").await;
    let res = client.get(server.url("/no/such/page")).send().await.unwrap();
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("finns inte"));
    let res = client.post(server.url("/settings/users/abc/role")).form(&[("role", "admin")]).send().await.unwrap();
    assert_eq!(res.status(), 400);
    let res = client.post(server.url("/settings/users/999999/role")).form(&[("role", "admin")]).send().await.unwrap();
    assert_eq!(res.status(), 404);
    let res = client
        .post(server.url("/settings/users"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=%ZZ&&&=")
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error());
    let res = client
        .post(server.url("/settings/organisation"))
        .form(&[("name", ""), ("time_zone", "Europe/Stockholm"), ("language", "sv")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert!(res.text().await.unwrap().contains("Namn: får inte vara tomt"));
    let res = client
        .post(server.url("/settings/organisation"))
        .form(&[("name", "Kommunen"), ("time_zone", "Nowhere/City"), ("language", "sv")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let org_now = server.app.org_by_slug("kommun").await.unwrap();
    assert_eq!(org_now.name, "Org kommun", "nothing saved from bad input");
}

#[tokio::test]
async fn settings_change_what_the_organisation_is() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    server.user(&org, "a@kommun.se", Role::Admin).await;
    let client = server.signed_in(&org, "a@kommun.se").await;
    let res = client
        .post(server.url("/settings/organisation"))
        .form(&[("name", "Kungälvs kommun"), ("time_zone", "Europe/Helsinki"), ("language", "en")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    // The organisation's language is now the UI language.
    let page = client.get(server.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Welcome to Samtal") && page.contains("Kungälvs kommun"), "{page}");
    let res =
        client.post(server.url("/settings/modules")).form(&[("chat", "on"), ("email", "on")]).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let modules = server.app.db().org(org.id).modules().await.unwrap();
    let on: Vec<&str> = modules.iter().filter(|(_, on)| *on).map(|(m, _)| m.as_str()).collect();
    assert_eq!(on, vec!["chat", "email"]);
    // The language switch overrides it for this browser.
    let res =
        client.post(server.url("/language")).form(&[("lang", "sv"), ("back", "//evil.example")]).send().await.unwrap();
    assert_eq!(res.headers()["location"], "/", "no open redirect");
    let page = client.get(server.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Välkommen till Samtal"));
}

#[tokio::test]
async fn english_from_the_browser_before_sign_in() {
    let server = TestServer::start().await;
    let res =
        server.client().get(server.url("/login")).header("accept-language", "en-GB,en;q=0.9").send().await.unwrap();
    let html = res.text().await.unwrap();
    assert!(html.contains("<html lang=\"en\">") && html.contains("Sign in"));
}
