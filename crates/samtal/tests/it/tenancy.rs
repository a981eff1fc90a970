//! Tenants never see each other's data: an admin of one organisation replays
//! every request with the other organisation's ids.

use crate::support::{PASSWORD, TestServer};
use domain::org::Regime;
use domain::staff::Role;
use serde_json::{Value, json};

#[tokio::test]
async fn an_admin_of_one_organisation_reaches_nothing_of_another() {
    let server = TestServer::start().await;
    let a = server.org("alfa", Regime::Private).await;
    let b = server.org("beta", Regime::Private).await;
    server.user(&a, "admin@alfa.se", Role::Admin).await;
    let b_admin = server.user(&b, "admin@beta.se", Role::Admin).await;
    let b_agent = server.user(&b, "agent@beta.se", Role::Agent).await;
    let a_token = server.token(&a, "admin@alfa.se").await;
    let b_token = server.token(&b, "admin@beta.se").await;
    let b_token_id = server.app.db().org(b.id).tokens().await.unwrap()[0].id;
    let http = reqwest::Client::new();

    // API: B's ids through A's token.
    let patch = http
        .patch(server.url(&format!("/api/v1/users/{}", b_agent.id)))
        .bearer_auth(&a_token)
        .json(&json!({"role": "admin", "active": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(patch.status(), 404);
    let del =
        http.delete(server.url(&format!("/api/v1/tokens/{b_token_id}"))).bearer_auth(&a_token).send().await.unwrap();
    assert_eq!(del.status(), 404);
    let users: Value =
        http.get(server.url("/api/v1/users")).bearer_auth(&a_token).send().await.unwrap().json().await.unwrap();
    assert!(!users.to_string().contains("beta.se"));
    let tokens: Value =
        http.get(server.url("/api/v1/tokens")).bearer_auth(&a_token).send().await.unwrap().json().await.unwrap();
    assert!(tokens.as_array().unwrap().iter().all(|t| t["id"] != b_token_id));
    let audit: Value = http
        .get(server.url("/api/v1/audit/events?limit=500"))
        .bearer_auth(&a_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let a_org_target = |e: &Value| e["target_kind"] == "organisation" && e["target_id"] == b.id.0;
    assert!(!audit.as_array().unwrap().iter().any(a_org_target), "A reads only its own chain");

    // UI: the same through A's session.
    let ui = server.signed_in(&a, "admin@alfa.se").await;
    for (path, form) in [
        (format!("/settings/users/{}/role", b_agent.id), vec![("role", "admin")]),
        (format!("/settings/users/{}/active", b_admin.id), vec![("active", "false")]),
        (format!("/settings/tokens/{b_token_id}/revoke"), vec![]),
    ] {
        let res = ui.post(server.url(&path)).form(&form).send().await.unwrap();
        assert_eq!(res.status(), 404, "{path}");
    }
    let page = ui.get(server.url("/settings/users")).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("beta.se"));

    // Nothing of B changed, and B's token still works.
    let b_users = server.app.db().org(b.id).users().await.unwrap();
    assert!(b_users.iter().all(|u| u.active));
    assert_eq!(b_users.iter().find(|u| u.id == b_agent.id).unwrap().role, Role::Agent);
    assert_eq!(http.get(server.url("/api/v1/me")).bearer_auth(&b_token).send().await.unwrap().status(), 200);

    // A session cookie of A is not a way into B's sign-in either.
    let res = server
        .client()
        .post(server.url("/login"))
        .form(&[("org", "beta"), ("email", "admin@alfa.se"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
}

#[tokio::test]
async fn the_same_email_in_two_organisations_is_two_accounts() {
    let server = TestServer::start().await;
    let a = server.org("alfa", Regime::Private).await;
    let b = server.org("beta", Regime::Private).await;
    server.user(&a, "same@example.se", Role::Admin).await;
    server.user(&b, "same@example.se", Role::Agent).await;
    let token_a = server.token(&a, "same@example.se").await;
    let token_b = server.token(&b, "same@example.se").await;
    let http = reqwest::Client::new();
    let me_a: Value =
        http.get(server.url("/api/v1/me")).bearer_auth(&token_a).send().await.unwrap().json().await.unwrap();
    let me_b: Value =
        http.get(server.url("/api/v1/me")).bearer_auth(&token_b).send().await.unwrap().json().await.unwrap();
    assert_eq!((me_a["organisation"].as_str(), me_a["role"].as_str()), (Some("alfa"), Some("admin")));
    assert_eq!((me_b["organisation"].as_str(), me_b["role"].as_str()), (Some("beta"), Some("agent")));
}
