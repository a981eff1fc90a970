//! The storage layer on the backend under test.

use crate::support::{PASSWORD, TestDb, TestServer};
use domain::Timestamp;
use domain::org::Regime;
use domain::staff::{Email, Role};

#[tokio::test]
async fn timestamps_compare_exactly_across_fraction_lengths() {
    // The SQLite text-timestamp trap: RFC 3339 strings with fractions of varying
    // length do not sort in time order. Integer microseconds do.
    let server = TestServer::start().await;
    let org = server.org("tid", Regime::Private).await;
    let user = server.user(&org, "a@example.se", Role::Admin).await;
    let db = server.app.db();
    let t = |s: &str| Timestamp::from_jiff(s.parse().unwrap());
    let mut w = db.write(org.id).await.unwrap();
    for (i, created) in
        ["2026-01-01T00:00:00.5Z", "2026-01-01T00:00:00.123456Z", "2026-01-01T00:00:01Z"].iter().enumerate()
    {
        w.insert_session(&format!("hash-{i}"), user.id, t(created)).await.unwrap();
    }
    w.commit().await.unwrap();
    // Sessions whose expiry is before 00:00:00.6 are the first two, not one.
    let removed = db.delete_expired_sessions(t("2026-01-01T00:00:00.6Z")).await.unwrap();
    assert_eq!(removed, 2);
}

#[tokio::test]
async fn sqlite_is_configured_for_erasure() {
    let db = TestDb::new().await;
    let pool = db.connect().await;
    if let storage::Db::Sqlite(sqlite) = &pool {
        let pool = &sqlite.reads;
        let secure_delete: i64 = sqlx::query_scalar("PRAGMA secure_delete").fetch_one(pool).await.unwrap();
        let journal: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(pool).await.unwrap();
        let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(pool).await.unwrap();
        assert_eq!(secure_delete, 1, "erased text must be overwritten on disk");
        assert_eq!(journal, "wal");
        assert_eq!(fk, 1);
    } else {
        assert!(db.is_postgres());
    }
}

#[tokio::test]
async fn migrations_are_idempotent() {
    let db = TestDb::new().await;
    let pool = db.connect().await;
    pool.migrate().await.unwrap();
    // A second connect migrates again without error.
    db.connect().await;
}

#[tokio::test]
async fn reads_and_writes_are_scoped_to_their_organisation() {
    let server = TestServer::start().await;
    let a = server.org("alfa", Regime::Private).await;
    let b = server.org("beta", Regime::Private).await;
    let ua = server.user(&a, "anna@alfa.se", Role::Admin).await;
    let db = server.app.db();
    let email = Email::parse("anna@alfa.se").unwrap();
    assert!(db.org(a.id).user(ua.id).await.unwrap().is_some());
    assert!(db.org(b.id).user(ua.id).await.unwrap().is_none(), "org B must not read org A's user by id");
    assert!(db.org(b.id).user_by_email(&email).await.unwrap().is_none());
    // Writes through B's scope cannot touch A's rows.
    let mut w = db.write(b.id).await.unwrap();
    assert!(w.set_role(ua.id, Role::Agent).await.is_err());
    assert!(w.set_password(ua.id, "x", false).await.is_err());
    drop(w);
    assert_eq!(db.org(a.id).user(ua.id).await.unwrap().unwrap().role, Role::Admin);
    let _ = PASSWORD;
}

#[tokio::test]
async fn an_uncommitted_write_leaves_nothing() {
    let server = TestServer::start().await;
    let org = server.org("rollback", Regime::Private).await;
    let db = server.app.db();
    let head_before = db.org(org.id).audit_head().await.unwrap();
    {
        let mut w = db.write(org.id).await.unwrap();
        w.insert_contact(&storage::NewContact { email: Some("x@example.se".into()), ..Default::default() })
            .await
            .unwrap();
        w.audit(domain::audit::NewEvent::new(domain::audit::Actor::System, domain::audit::Action::ContactCreated))
            .await
            .unwrap();
        // Dropped without commit.
    }
    assert!(db.org(org.id).contacts_by_email("x@example.se").await.unwrap().is_empty());
    assert_eq!(db.org(org.id).audit_head().await.unwrap(), head_before);
}
