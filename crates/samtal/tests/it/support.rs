//! Test support: a fresh database per test (SQLite by default, PostgreSQL when
//! `SAMTAL_TEST_DATABASE_URL` is set), a server on a real socket, and clients.

use app::App;
use app::admin::NewUser;
use domain::org::{Language, NewOrganisation, Organisation, Regime, Slug, TimeZoneName};
use domain::staff::{Role, StaffUser};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};

pub const PG_ENV: &str = "SAMTAL_TEST_DATABASE_URL";
pub const PASSWORD: &str = "korrekt häst batteri häftklammer";

/// A database of its own for one test, dropped afterwards.
pub struct TestDb {
    pub url: String,
    pub dir: tempfile::TempDir,
    pg: Option<(String, String)>,
}

impl TestDb {
    pub async fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        match std::env::var(PG_ENV) {
            Ok(admin_url) if !admin_url.is_empty() => {
                static N: AtomicU32 = AtomicU32::new(0);
                let name = format!(
                    "samtal_t_{}_{}_{}",
                    std::process::id(),
                    N.fetch_add(1, Ordering::SeqCst),
                    rand::random::<u32>()
                );
                // CI must fail, not skip, when the server is unreachable.
                let mut admin = connect_pg(&admin_url).await;
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(&mut admin)
                    .await
                    .expect("create test database");
                let mut url = url::Url::parse(&admin_url).expect("valid SAMTAL_TEST_DATABASE_URL");
                url.set_path(&format!("/{name}"));
                TestDb { url: url.to_string(), dir, pg: Some((admin_url, name)) }
            }
            _ => {
                let url = format!("sqlite://{}", dir.path().join("samtal.db").display());
                TestDb { url, dir, pg: None }
            }
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.pg.is_some()
    }

    /// A migrated connection pool.
    pub async fn connect(&self) -> storage::Db {
        storage::connect(&self.url).await.expect("connect test database")
    }

    pub async fn app(&self) -> App {
        self.app_with(app::AppConfig::default()).await
    }

    pub async fn app_with(&self, config: app::AppConfig) -> App {
        App::new(self.connect().await, config)
    }
}

async fn connect_pg(url: &str) -> sqlx::PgConnection {
    use sqlx::Connection;
    sqlx::PgConnection::connect(url)
        .await
        .unwrap_or_else(|e| panic!("{PG_ENV} is set but PostgreSQL is unreachable: {e}"))
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((admin_url, name)) = self.pg.take() else { return };
        // Drop runs outside async context: use a private runtime on a helper thread.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async {
                let mut admin = connect_pg(&admin_url).await;
                let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
                    .execute(&mut admin)
                    .await;
            });
        })
        .join();
    }
}

/// A server on 127.0.0.1 with its own database.
pub struct TestServer {
    pub db: TestDb,
    pub app: App,
    pub addr: SocketAddr,
}

impl TestServer {
    pub async fn start() -> Self {
        let db = TestDb::new().await;
        Self::on(db).await
    }

    /// A server with its own settings (e.g. rate limits).
    pub async fn start_with(config: app::AppConfig) -> Self {
        let db = TestDb::new().await;
        let app = db.app_with(config).await;
        Self::serve(db, app).await
    }

    /// A server (node) on an existing database.
    pub async fn on(db: TestDb) -> Self {
        let app = db.app().await;
        Self::serve(db, app).await
    }

    async fn serve(db: TestDb, app: App) -> Self {
        app.start_fanout().await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let router = web::router(app.clone(), web::WebConfig::default());
        tokio::spawn(async move {
            axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await.unwrap();
        });
        TestServer { db, app, addr }
    }

    /// A second node (its own App and listener) on this server's database.
    pub async fn another_node(&self) -> Node {
        let app = App::new(storage::connect(&self.db.url).await.unwrap(), app::AppConfig::default());
        app.start_fanout().await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let router = web::router(app, web::WebConfig::default());
        tokio::spawn(async move {
            axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await.unwrap();
        });
        Node { addr }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// A browser-like client: keeps cookies, does not follow redirects.
    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
    }

    pub async fn org(&self, slug: &str, regime: Regime) -> Organisation {
        self.app
            .create_org(&NewOrganisation {
                slug: Slug::parse(slug).unwrap(),
                name: format!("Org {slug}"),
                time_zone: TimeZoneName::stockholm(),
                language: Language::Sv,
                regime,
            })
            .await
            .unwrap()
    }

    pub async fn user(&self, org: &Organisation, email: &str, role: Role) -> StaffUser {
        self.app
            .create_user_as_operator(
                org.id,
                NewUser {
                    email,
                    display_name: Some("Test Person"),
                    role,
                    password: PASSWORD,
                    must_change_password: false,
                },
            )
            .await
            .unwrap()
    }

    /// Signs in through the form; returns the client holding the session cookie.
    pub async fn signed_in(&self, org: &Organisation, email: &str) -> reqwest::Client {
        let client = self.client();
        let res = client
            .post(self.url("/login"))
            .form(&[("org", org.slug.as_str()), ("email", email), ("password", PASSWORD)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "sign-in should redirect");
        client
    }

    /// An API token for a user, made the way an operator does.
    pub async fn token(&self, org: &Organisation, email: &str) -> String {
        self.app.create_token_as_operator(org.id, email, "test").await.unwrap().1
    }
}

/// Another node on the same database.
pub struct Node {
    pub addr: SocketAddr,
}

/// Runs raw SQL on either backend, as someone with direct database access would.
pub async fn exec(db: &storage::Db, sql: impl Into<String>) -> Result<u64, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(sql.into());
    match db {
        storage::Db::Sqlite(s) => sqlx::query(sql).execute(&s.writes).await.map(|r| r.rows_affected()),
        storage::Db::Postgres(p) => sqlx::query(sql).execute(p).await.map(|r| r.rows_affected()),
    }
}

/// The single integer a query returns (a count).
pub async fn scalar_i64(db: &storage::Db, sql: &str) -> i64 {
    let sql = sqlx::AssertSqlSafe(format!("SELECT CAST(({sql}) AS BIGINT)"));
    match db {
        storage::Db::Sqlite(s) => sqlx::query_scalar(sql).fetch_one(&s.reads).await.unwrap(),
        storage::Db::Postgres(p) => sqlx::query_scalar(sql).fetch_one(p).await.unwrap(),
    }
}

/// The `samtal` binary built for these tests.
pub fn samtal_bin() -> &'static str {
    env!("CARGO_BIN_EXE_samtal")
}

/// A mail server on 127.0.0.1 that speaks enough SMTP for a client to deliver to it,
/// answers RCPT TO with a chosen reply, and keeps every message it accepts.
pub struct SmtpSink {
    pub addr: SocketAddr,
    pub received: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl SmtpSink {
    /// `rcpt_reply` e.g. "250 OK", "451 4.3.0 try later", "550 5.1.1 no such user".
    pub async fn start(rcpt_reply: &'static str) -> Self {
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let received = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let store = received.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let store = store.clone();
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    let _ = write.write_all(b"220 sink ESMTP\r\n").await;
                    let mut data: Option<String> = None;
                    while let Ok(Some(line)) = lines.next_line().await {
                        if let Some(message) = data.as_mut() {
                            if line == "." {
                                store.lock().unwrap().push(data.take().unwrap_or_default());
                                let _ = write.write_all(b"250 2.0.0 queued\r\n").await;
                            } else {
                                message.push_str(&line);
                                message.push('\n');
                            }
                            continue;
                        }
                        let verb = line.get(..4).unwrap_or_default().to_ascii_uppercase();
                        let reply = match verb.as_str() {
                            "EHLO" | "HELO" => "250-sink\r\n250 8BITMIME".to_owned(),
                            "RCPT" => rcpt_reply.to_owned(),
                            "DATA" => {
                                data = Some(String::new());
                                "354 end with .".to_owned()
                            }
                            "QUIT" => {
                                let _ = write.write_all(b"221 bye\r\n").await;
                                break;
                            }
                            _ => "250 OK".to_owned(),
                        };
                        let _ = write.write_all(format!("{reply}\r\n").as_bytes()).await;
                    }
                });
            }
        });
        Self { addr, received }
    }

    pub fn messages(&self) -> Vec<String> {
        self.received.lock().unwrap().clone()
    }
}

/// Asserts that the page's `<main>` holds nothing active: no script-like elements, no
/// event-handler attributes, no `javascript:` or `data:` URLs. Text "<" is escaped as
/// `&lt;`, so every "<" left is a real tag.
pub fn assert_inert(page: &str) {
    let main = page.split("<main").nth(1).and_then(|rest| rest.split("</main>").next()).expect("a <main> element");
    let main = main.to_lowercase();
    for tag in main.split('<').skip(1).map(|rest| rest.split('>').next().unwrap_or_default()) {
        let name = tag.split_whitespace().next().unwrap_or_default();
        assert!(!["script", "svg", "iframe", "img", "style", "object", "embed"].contains(&name), "<{tag}> survived");
        assert!(!tag.split_whitespace().any(|attr| attr.starts_with("on") && attr.contains('=')), "<{tag}>");
        assert!(!tag.contains("javascript:") && !tag.contains("data:"), "<{tag}>");
    }
}
