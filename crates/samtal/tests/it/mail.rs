//! The outbound mail queue delivered over a real SMTP socket: sent mail leaves
//! the queue; refusals are retried or given up; nothing personal is logged.

use crate::support::{SmtpSink, TestServer};
use domain::org::Regime;
use domain::staff::Role;
use serde_json::json;

/// Quoted-printable soft line breaks and `=3D` undone, enough to read links.
fn unfold(raw: &str) -> String {
    raw.replace("=\\n", "").replace("=3D", "=")
}

async fn forum_with_question(server: &TestServer, email: &str) -> i64 {
    let org = server.org("alfa", Regime::Private).await;
    server.user(&org, "admin@alfa.se", Role::Admin).await;
    let token = server.token(&org, "admin@alfa.se").await;
    let http = reqwest::Client::new();
    let category: serde_json::Value = http
        .post(server.url("/api/v1/forum/categories"))
        .bearer_auth(&token)
        .json(&json!({"name": "Allmänt"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let res = server
        .client()
        .post(server.url("/forum/alfa/ask"))
        .form(&[
            ("category", category["id"].to_string().as_str()),
            ("title", "När töms soptunnorna?"),
            ("body", "Vi bor på Storgatan."),
            ("display_name", "Kim"),
            ("email", email),
            ("notice_version", "0"),
            ("website", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    org.id.0
}

#[tokio::test]
async fn queued_mail_is_delivered_over_smtp_and_leaves_the_queue() {
    let server = TestServer::start().await;
    let sink = SmtpSink::start("250 2.1.5 OK").await;
    let org = forum_with_question(&server, "kim@example.se").await;
    let relay = mail::Relay::new(&format!("smtp://{}", sink.addr), "Kundtjänst <noreply@alfa.se>").unwrap();

    assert_eq!(server.app.deliver_mail(&relay).await.unwrap(), 1);
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    let message = unfold(&messages[0]);
    assert!(message.contains("To: kim@example.se"), "{message}");
    assert!(message.contains("From: =?utf-8?b?") || message.contains("From: Kundtj"), "{message}");
    assert!(message.contains("Auto-Submitted: auto-generated"), "auto-responders must not answer: {message}");
    assert!(message.contains("/forum/alfa/manage/"), "the private link is in the mail: {message}");
    assert!(
        server.app.db().org(domain::OrgId(org)).outbox(10).await.unwrap().is_empty(),
        "delivered mail leaves the queue"
    );
    assert_eq!(server.app.deliver_mail(&relay).await.unwrap(), 0, "nothing is sent twice");
}

#[tokio::test]
async fn refused_mail_is_retried_later_or_given_up() {
    let server = TestServer::start().await;
    let org = domain::OrgId(forum_with_question(&server, "kim@example.se").await);
    let status = |server: &TestServer| {
        let db = server.app.db().clone();
        async move { db.org(org).outbox(10).await.unwrap().into_iter().map(|m| m.status).collect::<Vec<_>>() }
    };

    // "Try later": queued again, not before its pause.
    let busy = SmtpSink::start("451 4.3.0 try later").await;
    let relay = mail::Relay::new(&format!("smtp://{}", busy.addr), "noreply@alfa.se").unwrap();
    assert_eq!(server.app.deliver_mail(&relay).await.unwrap(), 0);
    assert_eq!(status(&server).await, ["queued"]);
    assert!(server.app.db().claim_mail(domain::Timestamp::now(), 60, 10).await.unwrap().is_empty(), "not due yet");

    // A relay that cannot be reached: the same.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let down = mail::Relay::new(&format!("smtp://{closed}"), "noreply@alfa.se").unwrap();
    assert_eq!(server.app.deliver_mail(&down).await.unwrap(), 0);

    // "No such user": given up at once, the row kept as failed with a code, no reply text.
    let later = domain::Timestamp::now().plus_seconds(3600);
    let due = server.app.db().claim_mail(later, 60, 10).await.unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].attempts, 2);
    let refusing = SmtpSink::start("550 5.1.1 <kim@example.se> no such user").await;
    let relay = mail::Relay::new(&format!("smtp://{}", refusing.addr), "noreply@alfa.se").unwrap();
    // Make it due again (the claim above leased it), then deliver.
    server.app.db().mail_attempt_failed(due[0].id, "transient", Some(domain::Timestamp::now())).await.unwrap();
    assert_eq!(server.app.deliver_mail(&relay).await.unwrap(), 0);
    assert_eq!(status(&server).await, ["failed"]);
}
