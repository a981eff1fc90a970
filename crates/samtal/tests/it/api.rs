//! The JSON API as a client sees it.

use crate::support::{PASSWORD, TestServer};
use domain::org::Regime;
use domain::staff::Role;
use serde_json::{Value, json};

async fn setup() -> (TestServer, domain::org::Organisation, String) {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    server.user(&org, "admin@kommun.se", Role::Admin).await;
    let token = server.token(&org, "admin@kommun.se").await;
    (server, org, token)
}

#[tokio::test]
async fn tokens_authenticate_and_can_be_revoked() {
    let (server, _org, token) = setup().await;
    let http = reqwest::Client::new();
    assert!(token.starts_with("samtal_"));
    let me: Value = http.get(server.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    assert_eq!(me["email"], "admin@kommun.se");
    assert_eq!(me["role"], "admin");
    assert_eq!(me["organisation"], "kommun");

    let res = http.get(server.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(res.status(), 401);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unauthenticated");
    let res = http.get(server.url("/api/v1/me")).bearer_auth("samtal_forged").send().await.unwrap();
    assert_eq!(res.status(), 401);

    // Create a second token through the API, list, revoke it.
    let res =
        http.post(server.url("/api/v1/tokens")).bearer_auth(&token).json(&json!({"label": "ci"})).send().await.unwrap();
    assert_eq!(res.status(), 201);
    let created: Value = res.json().await.unwrap();
    let second = created["token"].as_str().unwrap().to_owned();
    let listed: Value =
        http.get(server.url("/api/v1/tokens")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    assert!(!listed.to_string().contains(&second), "secrets are never listed");
    let res =
        http.delete(server.url(&format!("/api/v1/tokens/{}", created["id"]))).bearer_auth(&token).send().await.unwrap();
    assert_eq!(res.status(), 204);
    assert_eq!(http.get(server.url("/api/v1/me")).bearer_auth(&second).send().await.unwrap().status(), 401);
    // Tokens are stored hashed.
    let stored = server.app.db().org(_org.id).tokens().await.unwrap();
    assert_eq!(stored.len(), 2);
}

#[tokio::test]
async fn users_via_the_api() {
    let (server, _org, token) = setup().await;
    let http = reqwest::Client::new();
    let res = http
        .post(server.url("/api/v1/users"))
        .bearer_auth(&token)
        .json(&json!({"email": "bo@kommun.se", "display_name": "Bo", "role": "agent", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let bo: Value = res.json().await.unwrap();
    assert_eq!(bo["must_change_password"], true);
    let res = http
        .patch(server.url(&format!("/api/v1/users/{}", bo["id"])))
        .bearer_auth(&token)
        .json(&json!({"role": "dpo"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["role"], "dpo");
    let res = http
        .post(server.url("/api/v1/users"))
        .bearer_auth(&token)
        .json(&json!({"email": "bo@kommun.se", "role": "agent", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
}

#[tokio::test]
async fn malformed_bodies_get_clear_4xx_answers() {
    let (server, org, token) = setup().await;
    let http = reqwest::Client::new();
    let post = |body: String| {
        http.post(server.url("/api/v1/users"))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let cases = [
        ("{not json", "not valid JSON"),
        (r#"{"email": "x@kommun.se", "role": "agent"}"#, "missing field `password`"),
        (r#"{"email": {"$ne": null}, "role": "agent", "password": "x"}"#, "wrong type"),
        (r#"{"email": ["a"], "role": "agent", "password": "x"}"#, "wrong type"),
        (r#"{"email": "x@kommun.se", "role": "root", "password": "korrekt häst batteri"}"#, "wrong type"),
        (
            r#"{"email": "x@kommun.se", "role": "agent", "password": "korrekt häst batteri", "org_id": 2}"#,
            "unknown field `org_id`",
        ),
        (r#"{"email": "x@kommun.se", "role": "agent", "password": "kort"}"#, "password"),
        (r#"{"email": "not-an-email", "role": "agent", "password": "korrekt häst batteri"}"#, "email"),
    ];
    for (body, expected) in cases {
        let res = post(body.to_owned()).await.unwrap();
        let status = res.status().as_u16();
        let text = res.text().await.unwrap();
        assert!((400..500).contains(&status), "{body} gave {status}");
        assert!(text.contains(expected), "{body} → {text}");
        assert!(!text.contains("x@kommun.se") && !text.contains("$ne"), "errors do not echo input: {text}");
    }
    let res = http.post(server.url("/api/v1/users")).bearer_auth(&token).body("{}").send().await.unwrap();
    assert_eq!(res.status(), 415, "JSON without a content type");
    let res = http
        .post(server.url("/api/v1/users"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body(vec![b'x'; 300 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
    let res =
        http.patch(server.url("/api/v1/users/notanumber")).bearer_auth(&token).json(&json!({})).send().await.unwrap();
    assert_eq!(res.status(), 400);
    let res = http.get(server.url("/api/v1/audit/events?limit=lots")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(http.get(server.url("/api/v1/nope")).send().await.unwrap().status(), 404);
    assert_eq!(server.app.db().org(org.id).users().await.unwrap().len(), 1, "nothing stored from bad input");
}

#[tokio::test]
async fn the_openapi_document_lists_every_route() {
    let (server, _org, token) = setup().await;
    let http = reqwest::Client::new();
    let res = http.get(server.url("/api/v1/openapi.json")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let doc: Value = res.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    let documented: Vec<(String, String)> = paths
        .iter()
        .flat_map(|(path, item)| item.as_object().unwrap().keys().map(move |m| (m.to_uppercase(), path.clone())))
        .collect();
    // Every documented operation exists (it does not answer 404/405 for "no route").
    for (method, path) in &documented {
        let url = server.url(&path.replace("{id}", "999999"));
        let res =
            http.request(method.parse().unwrap(), &url).bearer_auth(&token).json(&json!({})).send().await.unwrap();
        assert_ne!(res.status(), 405, "{method} {path}");
        if res.status() == 404 {
            let body: Value = res.json().await.unwrap();
            assert_ne!(body["error"]["message"], "no such API route", "{method} {path} is documented but not routed");
        }
    }
    // And the known routes are all documented.
    for expected in [
        ("GET", "/api/v1/me"),
        ("GET", "/api/v1/organisation"),
        ("GET", "/api/v1/users"),
        ("POST", "/api/v1/users"),
        ("PATCH", "/api/v1/users/{id}"),
        ("GET", "/api/v1/tokens"),
        ("POST", "/api/v1/tokens"),
        ("DELETE", "/api/v1/tokens/{id}"),
        ("GET", "/api/v1/audit/events"),
        ("POST", "/api/v1/audit/verify"),
        ("GET", "/api/v1/openapi.json"),
        ("GET", "/api/v1/chat/flows"),
        ("POST", "/api/v1/chat/flows"),
        ("PUT", "/api/v1/chat/flows/{id}"),
        ("POST", "/api/v1/chat/flows/{id}/notices"),
        ("PUT", "/api/v1/chat/flows/{id}/agents"),
        ("GET", "/api/v1/chat/conversations"),
    ] {
        assert!(documented.contains(&(expected.0.to_owned(), expected.1.to_owned())), "{expected:?} missing");
    }
    // The document is the one the code generates.
    assert_eq!(doc["paths"], serde_json::to_value(web::openapi_document()).unwrap()["paths"]);
}
