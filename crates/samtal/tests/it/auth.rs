//! Staff sign-in over HTTP, as a browser does it.

use crate::support::{PASSWORD, TestServer};
use domain::org::Regime;
use domain::staff::Role;

fn session_cookie(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("samtal_session="))
        .map(str::to_owned)
}

async fn login(
    server: &TestServer,
    client: &reqwest::Client,
    org: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    client
        .post(server.url("/login"))
        .form(&[("org", org), ("email", email), ("password", password)])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn sign_in_and_out() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::PublicAuthority).await;
    server.user(&org, "anna@kommun.se", Role::Admin).await;
    let client = server.client();

    // Not signed in: the start page sends you to sign in.
    let res = client.get(server.url("/")).send().await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/login");

    let res = login(&server, &client, "kommun", "ANNA@kommun.se", PASSWORD).await;
    assert_eq!(res.status(), 303);
    let cookie = session_cookie(&res).expect("session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Strict"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
    let token = cookie.split(';').next().unwrap().trim_start_matches("samtal_session=").to_owned();
    assert!(token.len() >= 43, "at least 256 bits, base64url");

    let page = client.get(server.url("/")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Test Person"), "the start page names the signed-in user");
    assert!(html.contains("Kundforum") && html.contains("Chatt"), "modules are listed");

    let res = client.post(server.url("/logout")).send().await.unwrap();
    assert_eq!(res.status(), 303);

    // The old cookie is worthless: the session ended on the server.
    let replay = server.client();
    let res = replay.get(server.url("/")).header("cookie", format!("samtal_session={token}")).send().await.unwrap();
    assert_eq!(res.status(), 303, "a signed-out session must not be accepted");
}

#[tokio::test]
async fn each_sign_in_gets_a_new_session_id() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    server.user(&org, "anna@kommun.se", Role::Agent).await;
    let client = server.client();
    let first = session_cookie(&login(&server, &client, "kommun", "anna@kommun.se", PASSWORD).await).unwrap();
    let second = session_cookie(&login(&server, &client, "kommun", "anna@kommun.se", PASSWORD).await).unwrap();
    assert_ne!(first, second);
}

#[tokio::test]
async fn wrong_password_and_unknown_user_get_the_same_answer() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    server.user(&org, "anna@kommun.se", Role::Admin).await;
    let client = server.client();
    let wrong = login(&server, &client, "kommun", "anna@kommun.se", "fel lösenord här").await;
    let unknown = login(&server, &client, "kommun", "nobody@kommun.se", PASSWORD).await;
    let no_org = login(&server, &client, "finns-inte", "anna@kommun.se", PASSWORD).await;
    assert_eq!(wrong.status(), 401);
    assert_eq!(unknown.status(), 401);
    assert_eq!(no_org.status(), 401);
    let strip = |s: String| {
        s.replace("nobody@kommun.se", "E")
            .replace("anna@kommun.se", "E")
            .replace("finns-inte", "O")
            .replace("kommun", "O")
    };
    let (a, b, c) = (wrong.text().await.unwrap(), unknown.text().await.unwrap(), no_org.text().await.unwrap());
    assert_eq!(strip(a.clone()), strip(b));
    assert_eq!(strip(a.clone()), strip(c));
    assert!(a.contains("Fel organisation, e-postadress eller lösenord"));
}

#[tokio::test]
async fn repeated_failures_are_throttled() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    server.user(&org, "anna@kommun.se", Role::Admin).await;
    let client = server.client();
    let mut statuses = Vec::new();
    for _ in 0..7 {
        statuses.push(login(&server, &client, "kommun", "anna@kommun.se", "not the password").await.status().as_u16());
    }
    assert_eq!(&statuses[..5], &[401; 5]);
    assert_eq!(statuses[6], 429, "{statuses:?}");
    // Even the right password is refused while throttled.
    assert_eq!(login(&server, &client, "kommun", "anna@kommun.se", PASSWORD).await.status(), 429);
}

#[tokio::test]
async fn cross_site_form_posts_are_refused() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    server.user(&org, "anna@kommun.se", Role::Admin).await;
    let client = server.signed_in(&org, "anna@kommun.se").await;
    let res = client
        .post(server.url("/settings/users"))
        .header("origin", "https://evil.example")
        .header("sec-fetch-site", "cross-site")
        .form(&[("email", "mallory@evil.example"), ("display_name", "M"), ("role", "admin"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let users = server.app.db().org(org.id).users().await.unwrap();
    assert_eq!(users.len(), 1, "nothing was created");
    // Same-origin posts pass.
    let res = client
        .post(server.url("/settings/users"))
        .header("origin", server.url(""))
        .header("sec-fetch-site", "same-origin")
        .form(&[("email", "bo@kommun.se"), ("display_name", "Bo"), ("role", "agent"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn a_one_time_password_must_be_changed_first() {
    let server = TestServer::start().await;
    let creds = server.app.ensure_demo().await.unwrap().expect("demo created on an empty database");
    assert!(server.app.ensure_demo().await.unwrap().is_none(), "only once");
    let client = server.client();
    let res = login(&server, &client, &creds.org_slug, &creds.email, &creds.password).await;
    assert_eq!(res.headers()["location"], "/account/password");
    // Every other page sends the user back to the password form.
    let res = client.get(server.url("/settings/users")).send().await.unwrap();
    assert_eq!(res.headers()["location"], "/account/password");
    let new_password = "en ny lång lösenordsfras";
    let res = client
        .post(server.url("/account/password"))
        .form(&[("current", creds.password.as_str()), ("new", "kort"), ("repeat", "kort")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert!(res.text().await.unwrap().contains("minst 12 tecken"));
    let res = client
        .post(server.url("/account/password"))
        .form(&[("current", creds.password.as_str()), ("new", new_password), ("repeat", new_password)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(client.get(server.url("/settings/users")).send().await.unwrap().status(), 200);
    // The one-time password no longer works; the new one does.
    let other = server.client();
    assert_eq!(login(&server, &other, "demo", &creds.email, &creds.password).await.status(), 401);
    assert_eq!(login(&server, &other, "demo", &creds.email, new_password).await.status(), 303);
}

#[tokio::test]
async fn deactivation_ends_sessions_at_once() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    server.user(&org, "admin@kommun.se", Role::Admin).await;
    let agent = server.user(&org, "agent@kommun.se", Role::Agent).await;
    let admin_client = server.signed_in(&org, "admin@kommun.se").await;
    let agent_client = server.signed_in(&org, "agent@kommun.se").await;
    assert_eq!(agent_client.get(server.url("/")).send().await.unwrap().status(), 200);
    let res = admin_client
        .post(server.url(&format!("/settings/users/{}/active", agent.id)))
        .form(&[("active", "false")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(agent_client.get(server.url("/")).send().await.unwrap().status(), 303);
    assert_eq!(login(&server, &server.client(), "kommun", "agent@kommun.se", PASSWORD).await.status(), 401);
}

#[tokio::test]
async fn roles_decide_what_is_reachable() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    server.user(&org, "agent@kommun.se", Role::Agent).await;
    server.user(&org, "dpo@kommun.se", Role::Dpo).await;
    let agent = server.signed_in(&org, "agent@kommun.se").await;
    let dpo = server.signed_in(&org, "dpo@kommun.se").await;
    assert_eq!(agent.get(server.url("/settings/users")).send().await.unwrap().status(), 403);
    assert_eq!(agent.get(server.url("/audit")).send().await.unwrap().status(), 403);
    assert_eq!(dpo.get(server.url("/audit")).send().await.unwrap().status(), 200);
    assert_eq!(dpo.get(server.url("/settings/users")).send().await.unwrap().status(), 403);
    let res = agent
        .post(server.url("/settings/users"))
        .form(&[("email", "x@kommun.se"), ("display_name", "X"), ("role", "admin"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(server.app.db().org(org.id).users().await.unwrap().len(), 2);
}

#[tokio::test]
async fn the_last_admin_cannot_be_removed() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    let admin = server.user(&org, "admin@kommun.se", Role::Admin).await;
    let other = server.user(&org, "other@kommun.se", Role::Admin).await;
    let client = server.signed_in(&org, "admin@kommun.se").await;
    let res = client
        .post(server.url(&format!("/settings/users/{}/role", other.id)))
        .form(&[("role", "agent")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    // Through the API, the remaining admin tries to demote themself via the other path.
    let token = server.token(&org, "admin@kommun.se").await;
    let res = reqwest::Client::new()
        .patch(server.url(&format!("/api/v1/users/{}", admin.id)))
        .bearer_auth(&token)
        .json(&serde_json::json!({"role": "agent"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert_eq!(server.app.db().org(org.id).user(admin.id).await.unwrap().unwrap().role, Role::Admin);
}
