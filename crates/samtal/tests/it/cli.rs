//! The `samtal` binary as an operator uses it.

use crate::support::{PASSWORD, TestDb, TestServer, samtal_bin};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn samtal(db: &TestDb) -> Command {
    let mut cmd = Command::new(samtal_bin());
    cmd.env("DATABASE_URL", &db.url)
        .env("SAMTAL_DATA_DIR", db.dir.path())
        .env("SAMTAL_METRICS_LISTEN", "off")
        .env_remove("SAMTAL_CONFIG")
        .env_remove("SAMTAL_LISTEN");
    cmd
}

fn run_with_stdin(mut cmd: Command, input: &str) -> Output {
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Asserts a failed start: non-zero exit, and one line on stderr naming the problem.
fn assert_one_line_error(out: &Output, needle: &str) {
    assert!(!out.status.success(), "expected failure, got {:?}", out.status);
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line expected: {stderr}");
    assert!(lines[0].contains(needle), "{needle:?} not in {stderr:?}");
    assert!(!lines[0].contains("panicked"), "{stderr}");
}

#[tokio::test]
async fn operator_commands_create_what_the_server_serves() {
    let server = TestServer::start().await;
    let out = samtal(&server.db)
        .args(["org", "create", "--slug", "vaxjo", "--name", "Växjö kommun", "--regime", "public-authority"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("created organisation vaxjo"));

    let mut cmd = samtal(&server.db);
    cmd.args(["user", "create", "--org", "vaxjo", "--email", "Karin@Vaxjo.se", "--role", "admin", "--password-stdin"]);
    let out = run_with_stdin(cmd, &format!("{PASSWORD}\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!text(&out.stdout).contains(PASSWORD) && !text(&out.stderr).contains(PASSWORD));

    let out =
        samtal(&server.db).args(["token", "create", "--org", "vaxjo", "--user", "karin@vaxjo.se"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let token = text(&out.stdout).trim().to_owned();
    let me: serde_json::Value = reqwest::Client::new()
        .get(server.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["organisation"], "vaxjo");
    assert_eq!(me["email"], "karin@vaxjo.se");

    // The new admin signs in through the form.
    let res = server
        .client()
        .post(server.url("/login"))
        .form(&[("org", "vaxjo"), ("email", "karin@vaxjo.se"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    let token_id = server.app.db().org(server.app.org_by_slug("vaxjo").await.unwrap().id).tokens().await.unwrap()[0].id;
    let out =
        samtal(&server.db).args(["token", "revoke", "--org", "vaxjo", "--id", &token_id.to_string()]).output().unwrap();
    assert!(out.status.success());
    let res = reqwest::Client::new().get(server.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(res.status(), 401);

    let out = samtal(&server.db).args(["audit", "verify", "--org", "vaxjo"]).output().unwrap();
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("intact"));
}

#[tokio::test]
async fn operator_commands_refuse_bad_input_clearly() {
    let db = TestDb::new().await;
    let ok = samtal(&db).args(["org", "create", "--slug", "ok", "--name", "OK"]).output().unwrap();
    assert!(ok.status.success());
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["org", "create", "--slug", "Bad Slug", "--name", "X"], "invalid slug"),
        (vec!["org", "create", "--slug", "ok", "--name", "Again"], "already exists"),
        (vec!["org", "create", "--slug", "x2", "--name", "X", "--regime", "public"], "invalid regime"),
        (vec!["org", "create", "--slug", "x3", "--name", "X", "--time-zone", "Mars/Base"], "invalid time_zone"),
        (vec!["token", "create", "--org", "ok", "--user", "nobody@ok.se"], "no user"),
        (vec!["token", "create", "--org", "missing", "--user", "a@b.se"], "no organisation"),
        (vec!["audit", "verify", "--org", "missing"], "no organisation"),
    ];
    for (args, needle) in cases {
        let out = samtal(&db).args(&args).output().unwrap();
        assert_one_line_error(&out, needle);
    }
    let mut cmd = samtal(&db);
    cmd.args(["user", "create", "--org", "ok", "--email", "a@ok.se", "--role", "admin", "--password-stdin"]);
    assert_one_line_error(&run_with_stdin(cmd, "short\n"), "invalid password");
    let mut cmd = samtal(&db);
    cmd.args(["user", "create", "--org", "ok", "--email", "a@ok.se", "--role", "boss", "--password-stdin"]);
    assert_one_line_error(&run_with_stdin(cmd, &format!("{PASSWORD}\n")), "invalid role");
}

#[test]
fn bad_configuration_stops_the_start_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let base = || {
        let mut cmd = Command::new(samtal_bin());
        cmd.env_remove("DATABASE_URL")
            .env_remove("SAMTAL_LISTEN")
            .env("SAMTAL_METRICS_LISTEN", "off")
            .env("SAMTAL_DATA_DIR", dir.path().join("data"));
        cmd
    };
    let config = dir.path().join("samtal.toml");
    std::fs::write(&config, "listen = \"127.0.0.1:0\"\nlisen_typo = 1\n").unwrap();
    assert_one_line_error(&base().args(["--config", config.to_str().unwrap()]).output().unwrap(), "lisen_typo");
    std::fs::write(&config, "listen = 8080\n").unwrap();
    assert_one_line_error(&base().args(["--config", config.to_str().unwrap()]).output().unwrap(), "listen");
    std::fs::write(&config, "listen = \"127.0.0.1:0\"\nlog_format = \"xml\"\n").unwrap();
    assert_one_line_error(&base().args(["--config", config.to_str().unwrap()]).output().unwrap(), "log_format");
    std::fs::write(&config, "this is not toml").unwrap();
    assert_one_line_error(
        &base().args(["--config", config.to_str().unwrap()]).output().unwrap(),
        "invalid config file",
    );
    assert_one_line_error(
        &base().args(["--config", "/nonexistent/samtal.toml"]).output().unwrap(),
        "cannot read config file",
    );
    assert_one_line_error(&base().args(["--listen", "localhost-ish"]).output().unwrap(), "invalid listen");
    assert_one_line_error(&base().env("DATABASE_URL", "mysql://x").output().unwrap(), "invalid DATABASE_URL");
    assert_one_line_error(
        &base()
            .args(["--listen", "127.0.0.1:0"])
            .env("DATABASE_URL", "postgres://samtal:secret-pw@127.0.0.1:1/none")
            .output()
            .unwrap(),
        "cannot open database",
    );
    let unreachable = base()
        .args(["--listen", "127.0.0.1:0"])
        .env("DATABASE_URL", "postgres://samtal:secret-pw@127.0.0.1:1/none")
        .output()
        .unwrap();
    assert!(!text(&unreachable.stderr).contains("secret-pw"), "passwords are never printed");

    // Forum, public address and mail settings.
    std::fs::write(&config, "public_url = \"kundtjanst.example.se\"\n").unwrap();
    assert_one_line_error(&base().args(["--config", config.to_str().unwrap()]).output().unwrap(), "invalid public_url");
    std::fs::write(&config, "forum_posts_per_minute = 0\n").unwrap();
    assert_one_line_error(
        &base().args(["--config", config.to_str().unwrap()]).output().unwrap(),
        "forum_posts_per_minute",
    );
    let bad_relay = base()
        .args(["--smtp-relay", "ftp://relay:relay-pw@mail.example.se", "--mail-from", "a@b.se"])
        .output()
        .unwrap();
    assert_one_line_error(&bad_relay, "invalid smtp_relay");
    assert!(!text(&bad_relay.stderr).contains("relay-pw"), "the relay's password is never printed");
    assert_one_line_error(
        &base().args(["--smtp-relay", "smtp://127.0.0.1:2525"]).output().unwrap(),
        "mail_from is required",
    );
    assert_one_line_error(
        &base().args(["--smtp-relay", "smtp://127.0.0.1:2525", "--mail-from", "not a mailbox"]).output().unwrap(),
        "invalid smtp_relay or mail_from",
    );

    // IMAP sources and STARTTLS: each mistake named, the password never printed.
    let imap = |extra: &str| {
        format!("[[imap]]\ninbox = \"kundtjanst@kommun.se\"\nhost = \"imap.kommun.se\"\nuser = \"kt\"\n{extra}")
    };
    for (section, needle) in [
        (imap("password = \"imap-pw-1\"\nsecurity = \"none\"\n"), "clear text"),
        (imap("password = \"imap-pw-1\"\nsecurity = \"ssl3\"\n"), "security"),
        (imap(""), "password or password_env is required"),
        (imap("password_env = \"SAMTAL_TEST_UNSET_VARIABLE\"\n"), "SAMTAL_TEST_UNSET_VARIABLE is not set"),
        (imap("password = \"imap-pw-1\"\nafter_import = \"move\"\n"), "move_to"),
        (imap("password = \"imap-pw-1\"\nafter_import = \"delete\"\n"), "after_import"),
        (imap("password = \"imap-pw-1\"\npoll_seconds = 0\n"), "poll_seconds"),
        (imap("password = \"imap-pw-1\"\nca_file = \"/nonexistent.pem\"\n"), "ca_file"),
        (imap("password = \"imap-pw-1\"\nhots = \"typo\"\n"), "hots"),
        ("smtp_tls_cert = \"/nonexistent.pem\"\n".to_owned(), "give both or neither"),
        ("smtp_tls_cert = \"/nonexistent.pem\"\nsmtp_tls_key = \"/x.pem\"\n".to_owned(), "cannot read smtp_tls_cert"),
    ] {
        std::fs::write(&config, &section).unwrap();
        let out = base().args(["--config", config.to_str().unwrap()]).output().unwrap();
        assert_one_line_error(&out, needle);
        assert!(!text(&out.stderr).contains("imap-pw-1"), "the IMAP password is never printed");
    }

    // A data dir that cannot be created (a file is in the way).
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    assert_one_line_error(
        &base().args(["--listen", "127.0.0.1:0", "--data-dir", file.join("data").to_str().unwrap()]).output().unwrap(),
        "data dir",
    );

    // A port in use.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = base().args(["--listen", &addr]).output().unwrap();
    assert_one_line_error(&out, &format!("cannot listen on {addr}"));
    assert!(!dir.path().join("data").join("samtal.db").exists(), "nothing half-made when the port is taken");
}

/// A running `samtal serve` whose stdout is read line by line.
struct Running {
    child: Child,
    lines: std::sync::mpsc::Receiver<String>,
}

impl Running {
    fn start(cmd: Command) -> Self {
        Self::start_logging(cmd, Stdio::null())
    }

    /// Started with its log (standard error) going to `log`.
    fn start_logging(mut cmd: Command, log: Stdio) -> Self {
        let mut child =
            cmd.args(["serve", "--listen", "127.0.0.1:0"]).stdout(Stdio::piped()).stderr(log).spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Running { child, lines }
    }

    /// Lines printed until the server says it serves; returns them and the base URL.
    fn wait_until_serving(&self) -> (Vec<String>, String) {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut seen = Vec::new();
        while Instant::now() < deadline {
            if let Ok(line) = self.lines.recv_timeout(Duration::from_millis(200)) {
                if let Some(url) = line.strip_prefix("Samtal is serving on ") {
                    let url = url.trim().to_owned();
                    return (seen, url);
                }
                seen.push(line);
            }
        }
        panic!("server did not start; printed {seen:?}");
    }

    fn terminate(mut self) -> std::process::ExitStatus {
        Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "no graceful shutdown");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

#[tokio::test]
async fn first_start_creates_the_demo_and_prints_a_one_time_password() {
    let db = TestDb::new().await;
    let mut cmd = samtal(&db);
    cmd.env("SAMTAL_METRICS_LISTEN", "127.0.0.1:0");
    let server = Running::start(cmd);
    let (printed, base) = server.wait_until_serving();
    let printed = printed.join("\n");
    assert!(printed.contains("Exempelkommun"), "{printed}");
    let field = |name: &str| {
        printed
            .lines()
            .find_map(|l| l.trim().strip_prefix(name).map(|v| v.split_whitespace().next().unwrap().to_owned()))
            .unwrap_or_else(|| panic!("{name} not printed: {printed}"))
    };
    let (org, email, password) = (field("organisation:"), field("e-mail:"), field("password:"));
    assert_eq!(org, "demo");

    let client =
        reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    assert_eq!(client.get(format!("{base}/healthz")).send().await.unwrap().status(), 200);
    let login_page = client.get(format!("{base}/login?org=demo")).send().await.unwrap().text().await.unwrap();
    assert!(login_page.contains("value=\"demo\""));
    let res = client
        .post(format!("{base}/login"))
        .form(&[("org", org.as_str()), ("email", email.as_str()), ("password", password.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/account/password");
    let res = client.post(format!("{base}/logout")).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let metrics_url = printed.lines().find_map(|l| l.strip_prefix("Metrics on ")).expect("metrics address printed");
    let metrics = reqwest::get(metrics_url).await.unwrap().text().await.unwrap();
    assert!(metrics.contains("samtal_http_requests_total"), "{metrics}");
    assert!(metrics.contains("route=\"/login\""), "metrics name routes, not paths");
    assert!(!metrics.contains("admin@demo"), "no personal data in metrics");
    assert!(server.terminate().success(), "SIGTERM ends the server cleanly");

    // The demo is not created again, and the database is reused.
    let again = Running::start(samtal(&db));
    let (printed, _) = again.wait_until_serving();
    assert!(!printed.join("\n").contains("password"), "the password is printed only once");
    assert!(again.terminate().success());
}

#[tokio::test]
async fn migrate_command() {
    let db = TestDb::new().await;
    let out = samtal(&db).arg("migrate").output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("up to date"));
}

/// Person search is a POST: the identifier is in no URL, and the server's log (at its
/// most detailed level) holds neither it nor anything found.
#[tokio::test]
async fn person_search_puts_no_identifier_in_urls_or_logs() {
    let server = TestServer::start().await;
    let org = server.org("kommun", domain::org::Regime::Private).await;
    server.user(&org, "dpo@kommun.se", domain::staff::Role::Dpo).await;
    let token = server.token(&org, "dpo@kommun.se").await;
    let staff = server.signed_in(&org, "dpo@kommun.se").await;
    let log_path = server.db.dir.path().join("server.log");
    let mut cmd = samtal(&server.db);
    cmd.env("SAMTAL_LOG", "trace");
    let running = Running::start_logging(cmd, Stdio::from(std::fs::File::create(&log_path).unwrap()));
    let (_, base) = running.wait_until_serving();

    let (email, number) = ("zqlogged@example.se", "19811218-9876");
    for identifier in [email, number] {
        let page = staff
            .post(format!("{base}/people"))
            .form(&[("identifier", identifier), ("kind", ""), ("purpose", "access_request")])
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200);
        assert!(page.url().query().is_none(), "no identifier in the URL");
        let res = reqwest::Client::new()
            .post(format!("{base}/api/v1/people/search"))
            .bearer_auth(&token)
            .json(&serde_json::json!({"identifier": identifier, "purpose": "access_request"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
    }
    // A search in the URL (an old bookmark) is not run: the form comes back empty.
    let page = staff.get(format!("{base}/people?identifier={email}&purpose=access_request")).send().await.unwrap();
    let page = page.text().await.unwrap();
    assert!(!page.contains(email), "the identifier is not echoed from the URL");
    // An empty search is a clear error, not a search of everything.
    let res = staff.post(format!("{base}/people")).form(&[("identifier", " "), ("purpose", "access_request")]).send();
    assert_eq!(res.await.unwrap().status(), 400);
    assert!(running.terminate().success());

    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(log.contains("/people"), "the log names the route: {log}");
    for needle in [email, "zqlogged", number, "8112189876", "811218"] {
        assert!(!log.contains(needle), "the log holds {needle}");
    }
}
