//! Every column that looks personal is declared in the privacy registry.

use crate::support::{TestDb, exec};

#[tokio::test]
async fn live_schema_matches_the_registry() {
    let db = TestDb::new().await;
    let columns = db.connect().await.columns().await.unwrap();
    assert!(columns.iter().any(|(t, c)| t == "contacts" && c == "email"), "schema introspection works");
    let report = privacy::registry::audit_schema(&columns);
    assert!(
        report.undeclared.is_empty(),
        "columns that look personal but are not in crates/privacy/src/registry.rs: {:?}",
        report.undeclared
    );
    assert!(report.stale.is_empty(), "registry entries for columns that do not exist: {:?}", report.stale);
    // Statistics are declared as holding no personal data: no column of theirs is personal.
    for (table, _) in privacy::registry::NON_PERSONAL_TABLES {
        assert!(columns.iter().any(|(t, _)| t == table), "{table} exists");
        assert!(
            !privacy::registry::PERSONAL.iter().any(|c| c.table == *table),
            "{table} is declared non-personal but has a personal column"
        );
    }
    assert!(privacy::registry::is_non_personal_table("stat_facts"));
}

#[tokio::test]
async fn a_new_undeclared_personal_column_is_caught() {
    let db = TestDb::new().await;
    let pool = db.connect().await;
    let ddl = "CREATE TABLE widget_logs (id BIGINT PRIMARY KEY, body TEXT, client_ip TEXT, created_at BIGINT)";
    exec(&pool, ddl).await.unwrap();
    let report = privacy::registry::audit_schema(&pool.columns().await.unwrap());
    assert!(report.undeclared.contains(&("widget_logs".into(), "body".into())));
    assert!(report.undeclared.contains(&("widget_logs".into(), "client_ip".into())));
    assert!(!report.undeclared.contains(&("widget_logs".into(), "created_at".into())));
}
