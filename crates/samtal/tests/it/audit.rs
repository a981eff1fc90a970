//! The audit log: what is recorded, that it holds no personal data, and that
//! tampering is caught.

use crate::support::{PASSWORD, TestServer, exec, samtal_bin};
use app::audit::Verification;
use domain::audit::BreakReason;
use domain::org::Regime;
use domain::staff::Role;

#[tokio::test]
async fn security_events_are_recorded_without_personal_data() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::PublicAuthority).await;
    server.user(&org, "anna.admin@kommun.se", Role::Admin).await;
    let client = server.signed_in(&org, "anna.admin@kommun.se").await;
    client
        .post(server.url("/login"))
        .form(&[("org", "kommun"), ("email", "anna.admin@kommun.se"), ("password", "fel-lösenord-123")])
        .send()
        .await
        .unwrap();
    client
        .post(server.url("/settings/users"))
        .form(&[
            ("email", "bertil.agent@kommun.se"),
            ("display_name", "Bertil Agentsson"),
            ("role", "agent"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    let bertil = server
        .app
        .db()
        .org(org.id)
        .users()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.display_name == "Bertil Agentsson")
        .unwrap();
    client
        .post(server.url(&format!("/settings/users/{}/role", bertil.id)))
        .form(&[("role", "dpo")])
        .send()
        .await
        .unwrap();
    client.post(server.url("/settings/tokens")).form(&[("label", "integration")]).send().await.unwrap();
    let token_id = server.app.db().org(org.id).tokens().await.unwrap()[0].id;
    client.post(server.url(&format!("/settings/tokens/{token_id}/revoke"))).send().await.unwrap();
    client.post(server.url("/logout")).send().await.unwrap();

    let events = server.app.db().org(org.id).audit_events_after(0, 1000).await.unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    for expected in [
        "org.created",
        "user.created",
        "auth.sign_in",
        "auth.sign_in_failed",
        "user.role_changed",
        "token.created",
        "token.revoked",
        "auth.sign_out",
    ] {
        assert!(actions.contains(&expected), "{expected} missing from {actions:?}");
    }
    let role_change = events.iter().find(|e| e.action == "user.role_changed").unwrap();
    assert_eq!(role_change.details, r#"{"from":"agent","to":"dpo"}"#);
    assert_eq!(role_change.target_id, Some(bertil.id.0));
    let everything = format!("{events:?}");
    for personal in ["anna.admin", "bertil", "Bertil", "kommun.se", "integration", PASSWORD, "fel-lösenord"] {
        assert!(!everything.contains(personal), "audit log holds {personal:?}");
    }
    assert_eq!(
        server.app.verify_audit_chain(org.id).await.unwrap(),
        Verification::Intact { events: events.len() as u64 }
    );
}

#[tokio::test]
async fn the_log_is_append_only_and_tampering_is_caught() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    for i in 0..4 {
        server.user(&org, &format!("u{i}@kommun.se"), Role::Agent).await;
    }
    let db = server.app.db();
    // The application's own path cannot change history.
    assert!(exec(db, "UPDATE audit_events SET action = 'x' WHERE seq = 3").await.is_err());
    assert!(exec(db, "DELETE FROM audit_events WHERE seq = 3").await.is_err());

    // Someone with raw database access disables the guard and edits entry 3.
    match db {
        storage::Db::Sqlite(_) => {
            exec(db, "DROP TRIGGER audit_events_no_update").await.unwrap();
        }
        storage::Db::Postgres(_) => {
            exec(db, "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change").await.unwrap();
        }
    }
    assert_eq!(exec(db, "UPDATE audit_events SET target_id = 999 WHERE seq = 3").await.unwrap(), 1);
    match server.app.verify_audit_chain(org.id).await.unwrap() {
        Verification::Broken(b) => {
            assert_eq!(b.seq, 3);
            assert_eq!(b.reason, BreakReason::HashMismatch);
        }
        other => panic!("tampering not caught: {other:?}"),
    }

    // The operator command says the same and exits non-zero.
    let out = std::process::Command::new(samtal_bin())
        .args(["audit", "verify", "--org", "kommun"])
        .env("DATABASE_URL", &server.db.url)
        .env("SAMTAL_DATA_DIR", server.db.dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken at entry 3"), "{stderr}");
}

#[tokio::test]
async fn deleting_from_the_end_is_caught() {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::Private).await;
    server.user(&org, "u@kommun.se", Role::Agent).await;
    let db = server.app.db();
    match db {
        storage::Db::Sqlite(_) => exec(db, "DROP TRIGGER audit_events_no_delete").await.unwrap(),
        storage::Db::Postgres(_) => {
            exec(db, "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change").await.unwrap()
        }
    };
    let head = db.org(org.id).audit_head().await.unwrap();
    assert_eq!(head.last_seq, 2);
    exec(db, "DELETE FROM audit_events WHERE seq = 2").await.unwrap();
    match server.app.verify_audit_chain(org.id).await.unwrap() {
        Verification::Broken(b) => assert_eq!(b.reason, BreakReason::Truncated),
        other => panic!("truncation not caught: {other:?}"),
    }
}

#[tokio::test]
async fn chains_are_per_organisation() {
    let server = TestServer::start().await;
    let a = server.org("alfa", Regime::Private).await;
    let b = server.org("beta", Regime::Private).await;
    server.user(&a, "x@alfa.se", Role::Agent).await;
    let events_b = server.app.db().org(b.id).audit_events_after(0, 100).await.unwrap();
    assert_eq!(events_b.len(), 1, "B's chain holds only B's creation");
    assert_eq!(events_b[0].seq, 1);
    assert_eq!(server.app.verify_audit_chain(a.id).await.unwrap(), Verification::Intact { events: 2 });
}
