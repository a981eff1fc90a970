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

/// A value that `column` holds about the person, unique to the column where it can be.
fn planted(i: usize, finds: privacy::registry::Finds) -> String {
    use privacy::registry::Finds;
    match finds {
        Finds::Email => PERSON_EMAIL.to_owned(),
        Finds::Phone => "0709876543".to_owned(),
        Finds::Personnummer => PERSON_NUMBER.to_owned(),
        Finds::Name => format!("Zqname{i}zq"),
        Finds::Text => format!("zqtext{i}zq skriver {PERSON_NUMBER} och {PERSON_EMAIL}"),
        Finds::Nothing => format!("zqtech{i}zq"),
        // A reference to the visitor's row: it keeps the number the product gave it.
        Finds::Visitor => String::new(),
    }
}

/// The marker a test looks for: the planted value itself, or its unique part.
fn marker(i: usize, finds: privacy::registry::Finds) -> String {
    use privacy::registry::Finds;
    match finds {
        Finds::Text => format!("zqtext{i}zq"),
        other => planted(i, other),
    }
}

const PERSON_EMAIL: &str = "zqperson@example.se";
const PERSON_NUMBER: &str = "19811218-9876";

/// How many rows of `table` hold `value` in `column` (text or bytes).
async fn holding(db: &storage::Db, table: &str, column: &str, value: &str, org: i64) -> i64 {
    let test = match db {
        storage::Db::Sqlite(_) => format!("instr(CAST({column} AS BLOB), CAST('{value}' AS BLOB)) > 0"),
        storage::Db::Postgres(_) if column == "content" => {
            format!("position(convert_to('{value}', 'UTF8') in {column}) > 0")
        }
        storage::Db::Postgres(_) => format!("strpos({column}, '{value}') > 0"),
    };
    crate::support::scalar_i64(db, &format!("SELECT COUNT(*) FROM {table} WHERE org_id = {org} AND {test}")).await
}

/// A unique value in every column the registry declares for a data subject: person
/// search finds it, the export holds it (or names the registry's reason for leaving it
/// out), erasure removes it (no byte of it left in the SQLite folder; no row or index
/// entry on PostgreSQL). A table added to the registry without a row here fails.
#[tokio::test]
async fn every_declared_column_is_searched_exported_and_erased() {
    use privacy::registry::{self, Belongs, Finds, OnExport};
    use std::io::Read;
    let w = crate::retention::world(domain::org::Regime::Private).await;
    let org = w.org.0;
    let db = w.db();
    let pg = w.server.db.is_postgres();
    // One item of every kind the person has, made the way the product makes them.
    let conversation = w.conversation(Some(PERSON_EMAIL), "Hej", 1).await;
    w.case(PERSON_EMAIL, "Hej", "bilaga", 1).await;
    let question = w.question(PERSON_EMAIL, "En fråga", 1).await;
    let (bytes, yes) = if pg { ("decode('00', 'hex')", "TRUE") } else { ("X'00'", "1") };
    let now = domain::Timestamp::now().micros();
    for sql in [
        format!(
            "INSERT INTO chat_files (org_id, conversation_id, seq, file_name, content_type, size, content, created_at) \
             VALUES ({org}, {conversation}, 9, 'f.txt', 'text/plain', 1, {bytes}, {now})"
        ),
        format!(
            "INSERT INTO forum_posts (org_id, question_id, body, author_name, author_email, status, manage_token_hash, \
             created_at, last_activity_at) VALUES ({org}, {question}, 'Svar', 'Kim', '{PERSON_EMAIL}', 'published', \
             'zqmanage', {now}, {now})"
        ),
        format!(
            "INSERT INTO contacts (org_id, display_name, email, phone, personnummer, created_at, updated_at) \
             VALUES ({org}, 'Kim', '{PERSON_EMAIL}', '070', '{PERSON_NUMBER}', {now}, {now})"
        ),
        format!(
            "INSERT INTO mail_outbox (org_id, kind, recipient, subject, body, status, next_attempt_at, created_at) \
             VALUES ({org}, 'transcript', '{PERSON_EMAIL}', 'Ämne', 'Text', 'failed', {now}, {now})"
        ),
        format!(
            "INSERT INTO legal_holds (org_id, target, target_id, person_kind, person_key, reason, created_at, \
             released_at) VALUES ({org}, 'person', 0, 'email', '{PERSON_EMAIL}', 'Skäl', {now}, {now})"
        ),
        format!(
            "INSERT INTO dsr_requests (org_id, kind, subject_email, received_on, due_on, status, created_at) \
             VALUES ({org}, 'access', '{PERSON_EMAIL}', '2026-01-01', '2026-02-01', 'open', {now})"
        ),
        format!(
            "INSERT INTO guides (org_id, slug, title, body, visibility, status, revision, created_at, updated_at) \
             VALUES ({org}, 'g', 'Guide', 'Text', 'public', 'published', 1, {now}, {now})"
        ),
        format!(
            "INSERT INTO guide_feedback (org_id, guide_id, helpful, comment, created_at) \
             SELECT {org}, id, {yes}, 'Bra', {now} FROM guides WHERE org_id = {org}"
        ),
    ] {
        exec(db, sql).await.unwrap();
    }
    // Someone else, who must keep everything.
    let other = w.conversation(Some("eva@example.se"), "Evas zqother meddelande", 1).await;

    let columns: Vec<_> = registry::subject_columns().collect();
    for (i, (table, column)) in columns.iter().enumerate() {
        if matches!(table.belongs, Belongs::Index(_)) || column.finds == Finds::Visitor {
            continue; // rebuilt from forum_posts below; a visitor number is checked by search below
        }
        let value = planted(i, column.finds);
        let set = match column.export {
            OnExport::File { .. } if pg => format!("convert_to('{value}', 'UTF8')"),
            OnExport::File { .. } => format!("CAST('{value}' AS BLOB)"),
            _ => format!("'{value}'"),
        };
        // Eva's conversation keeps its own values.
        let only_persons = match table.table {
            "chat_conversations" => format!(" AND id <> {other}"),
            "chat_messages" | "chat_files" => format!(" AND conversation_id <> {other}"),
            "chat_visitors" => format!(" AND id NOT IN (SELECT visitor_id FROM chat_conversations WHERE id = {other})"),
            _ => String::new(),
        };
        let sql = format!("UPDATE {} SET {} = {set} WHERE org_id = {org}{only_persons}", table.table, column.column);
        exec(db, sql).await.unwrap();
        assert!(
            holding(db, table.table, column.column, &marker(i, column.finds), org).await > 0,
            "{}.{}: the test has no row of the person's here; add one above",
            table.table,
            column.column
        );
    }
    let mut write = db.write(w.org).await.unwrap();
    write.reindex_question(domain::PostId(question), domain::org::Language::Sv).await.unwrap();
    write.commit().await.unwrap();

    // Search: by personnummer every free text and number column; by address every address
    // column and every text that mentions it; by name every name column.
    let dpo = w.server.token(&w.db().org_by_id(w.org).await.unwrap().unwrap(), "admin@kommun.se").await;
    let search = |identifier: String, kind: &'static str| {
        let (url, token) = (w.server.url("/api/v1/people/search"), dpo.clone());
        async move {
            let body = serde_json::json!({"identifier": identifier, "kind": kind, "purpose": "access_request"});
            let res = reqwest::Client::new().post(url).bearer_auth(token).json(&body).send().await.unwrap();
            assert_eq!(res.status(), 200);
            let found: serde_json::Value = res.json().await.unwrap();
            found["matches"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| (m["table"].as_str().unwrap().to_owned(), m["column"].as_str().unwrap().to_owned()))
                .collect::<Vec<_>>()
        }
    };
    let by_number = search(PERSON_NUMBER.to_owned(), "personnummer").await;
    let visitor =
        crate::support::scalar_i64(db, &format!("SELECT visitor_id FROM chat_conversations WHERE id = {conversation}"))
            .await;
    let by_visitor = search(visitor.to_string(), "visitor").await;
    let by_email = search(PERSON_EMAIL.to_uppercase(), "email").await;
    for (i, (table, column)) in columns.iter().enumerate() {
        let place = (table.table.to_owned(), column.column.to_owned());
        match column.finds {
            Finds::Text | Finds::Personnummer => assert!(by_number.contains(&place), "by number: {place:?}"),
            Finds::Visitor => assert!(by_visitor.contains(&place), "by visitor number: {place:?}"),
            _ => {}
        }
        match column.finds {
            Finds::Text | Finds::Email => assert!(by_email.contains(&place), "by e-mail: {place:?}"),
            Finds::Name => {
                let found = search(planted(i, Finds::Name), "name").await;
                assert!(found.iter().any(|(t, _)| t == table.table), "by name: {place:?} in {found:?}");
            }
            _ => {}
        }
    }

    // Export: every value, or the registry's reason in `left_out`.
    let res = reqwest::Client::new()
        .post(w.server.url("/api/v1/people/export"))
        .bearer_auth(&dpo)
        .json(&serde_json::json!({"personnummer": PERSON_NUMBER}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(res.bytes().await.unwrap().to_vec())).unwrap();
    let mut everything = String::new();
    for n in 0..archive.len() {
        let mut file = archive.by_index(n).unwrap();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).unwrap();
        everything.push_str(&String::from_utf8_lossy(&bytes));
    }
    let export: serde_json::Value = {
        let mut json = String::new();
        archive.by_name("export.json").unwrap().read_to_string(&mut json).unwrap();
        serde_json::from_str(&json).unwrap()
    };
    for (i, (table, column)) in columns.iter().enumerate() {
        match column.export {
            OnExport::Omit(why) => assert!(
                export["left_out"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| c["table"] == table.table && c["column"] == column.column && c["why"] == why),
                "{}.{} left out without its reason",
                table.table,
                column.column
            ),
            _ if column.finds == Finds::Visitor => {}
            _ => assert!(
                everything.contains(&marker(i, column.finds)),
                "{}.{}: {} missing from the export",
                table.table,
                column.column,
                marker(i, column.finds)
            ),
        }
    }
    assert!(!everything.contains("zqother"), "nothing of Eva's");

    // Erasure by personnummer: nothing of any planted value is left anywhere.
    let res = reqwest::Client::new()
        .post(w.server.url("/api/v1/people/erase"))
        .bearer_auth(&dpo)
        .json(&serde_json::json!({"personnummer": PERSON_NUMBER}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let mut markers: Vec<String> = columns
        .iter()
        .enumerate()
        .filter(|(_, (_, column))| column.finds != Finds::Visitor)
        .map(|(i, (_, column))| marker(i, column.finds))
        .collect();
    markers.extend([PERSON_EMAIL.to_owned(), "8112189876".to_owned(), "811218-9876".to_owned()]);
    if pg {
        for (table, column) in &columns {
            if matches!(table.belongs, Belongs::Index(_)) || column.finds == Finds::Visitor {
                continue;
            }
            for value in &markers {
                assert_eq!(
                    holding(db, table.table, column.column, value, org).await,
                    0,
                    "{}.{}",
                    table.table,
                    column.column
                );
            }
        }
        let index = "SELECT COUNT(*) FROM forum_search WHERE CAST(terms AS TEXT) LIKE '%zqtext%'";
        assert_eq!(crate::support::scalar_i64(db, index).await, 0, "the search index");
    } else {
        for entry in std::fs::read_dir(w.server.db.dir.path()).unwrap() {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            for value in &markers {
                assert!(
                    !bytes.windows(value.len()).any(|x| x == value.as_bytes()),
                    "{} still holds {value}",
                    path.display()
                );
            }
        }
    }
    assert!(w.db().org(w.org).conversation(domain::ConversationId(other)).await.unwrap().is_some(), "Eva's stays");
    let proof =
        crate::support::scalar_i64(db, &format!("SELECT COUNT(*) FROM dsr_requests WHERE org_id = {org}")).await;
    assert_eq!(proof, 1, "the register keeps the request, without the address");
}

/// Erasing the newest conversation, case, forum question and their messages, files and
/// posts, then creating new ones, never hands out an id again (SQLite reuses the highest
/// row id unless the table is AUTOINCREMENT): audit entries, statistics facts and links
/// that name the erased item keep meaning the erased item.
#[tokio::test]
async fn ids_are_never_reused_after_an_erasure() {
    let w = crate::retention::world(domain::org::Regime::Private).await;
    let db = w.db();
    let newest = |table: &'static str| async move {
        crate::support::scalar_i64(db, &format!("SELECT COALESCE(MAX(id), 0) FROM {table}")).await
    };
    let conversation = w.conversation(Some("borta@example.se"), "Hej", 1).await;
    let case = w.case("borta@example.se", "Hej", "bilaga", 1).await;
    let question = w.question("borta@example.se", "En fråga", 1).await;
    let tables = ["chat_messages", "chat_visitors", "case_messages", "case_attachments", "forum_posts", "audit_events"];
    let mut before = Vec::new();
    for table in tables.iter().filter(|t| **t != "audit_events") {
        before.push((*table, newest(table).await));
    }
    let person = app::people::Person::parse(None, "borta@example.se").unwrap();
    let erased =
        w.server.app.erase_person(app::requests::Handler::Staff(&w.admin), &person, None, false).await.unwrap();
    assert_eq!(erased.count(app::people::Item::Conversation), 1);
    for (table, _) in &before {
        if *table != "forum_posts" {
            assert_eq!(newest(table).await, 0, "{table} is empty after the erasure");
        }
    }

    let again = w.conversation(Some("ny@example.se"), "Hej", 1).await;
    let new_case = w.case("ny@example.se", "Hej", "bilaga", 1).await;
    let new_question = w.question("ny@example.se", "En fråga", 1).await;
    assert!(again > conversation, "conversation {again} reuses {conversation}");
    assert!(new_case > case, "case {new_case} reuses {case}");
    assert!(new_question > question, "forum post {new_question} reuses {question}");
    for (table, old) in before {
        assert!(newest(table).await > old, "{table}: a new row took an erased id");
    }
}
