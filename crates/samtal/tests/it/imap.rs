//! IMAP intake against a real Dovecot on loopback: mail placed in a mailbox becomes
//! cases, exactly once, across restarts and connections cut mid-fetch; imported
//! mail is moved or flagged when asked; the password never shows.

use crate::support::{TestDb, TestServer, samtal_bin};
use app::imap::{ImapSource, PollOutcome};
use domain::org::Regime;
use mail::imap::{AfterImport, ImapAccount, Secret, Security};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const USER: &str = "kundtjanst";
const SECRET: &str = "hemligt-lösen-4711";

/// A Dovecot IMAP server of the test's own, on a free loopback port.
pub struct Dovecot {
    dir: tempfile::TempDir,
    child: Child,
    /// Plain IMAP (STARTTLS offered when a certificate is configured).
    pub port: u16,
    /// IMAP over TLS, when a certificate is configured.
    pub tls_port: Option<u16>,
}

impl Dovecot {
    pub fn start() -> Self {
        Self::start_with(None)
    }

    /// With `tls`: (certificate PEM, key PEM), the server also listens for IMAP over TLS
    /// and offers STARTTLS on the plain port.
    pub fn start_with(tls: Option<(&str, &str)>) -> Self {
        let binary = "/usr/sbin/dovecot";
        assert!(
            std::path::Path::new(binary).exists(),
            "{binary} is missing: install Debian's dovecot-imapd (.ci/run does)"
        );
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        std::fs::create_dir_all(base.join("mail")).unwrap();
        std::fs::write(base.join("passwd"), format!("{USER}:{{PLAIN}}{SECRET}\n")).unwrap();
        use std::os::unix::fs::MetadataExt;
        let uid = std::fs::metadata("/proc/self").unwrap().uid();
        // As root, mail is handled as `nobody`; otherwise everything runs as the caller.
        let (mail_uid, users) = if uid == 0 {
            std::os::unix::fs::chown(base.join("mail"), Some(65534), Some(65534)).unwrap();
            (65534, String::new())
        } else {
            let name = String::from_utf8(Command::new("id").arg("-un").output().unwrap().stdout).unwrap();
            let name = name.trim();
            (uid, format!("default_internal_user = {name}\ndefault_login_user = {name}\n"))
        };
        let mut permissions = std::fs::metadata(base).unwrap().permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
        std::fs::set_permissions(base, permissions).unwrap();
        let b = base.display();
        let (ssl, imaps_port) = match tls {
            None => ("ssl = no\n".to_owned(), 0),
            Some((cert, key)) => {
                std::fs::write(base.join("cert.pem"), cert).unwrap();
                std::fs::write(base.join("key.pem"), key).unwrap();
                let tls_port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
                (format!("ssl = yes\nssl_cert = <{b}/cert.pem\nssl_key = <{b}/key.pem\n"), tls_port)
            }
        };
        let config = format!(
            "base_dir = {b}/run\nstate_dir = {b}/state\nlog_path = {b}/dovecot.log\nprotocols = imap\n\
             listen = 127.0.0.1\n{ssl}disable_plaintext_auth = no\nauth_mechanisms = plain login\n\
             mail_location = maildir:{b}/mail/%u\nfirst_valid_uid = 0\n{users}\
             service imap-login {{\n  chroot =\n  inet_listener imap {{\n    address = 127.0.0.1\n    port = {port}\n  }}\n\
               inet_listener imaps {{\n    address = 127.0.0.1\n    port = {imaps_port}\n    ssl = yes\n  }}\n}}\nservice anvil {{\n  chroot =\n}}\n\
             passdb {{\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u {b}/passwd\n}}\n\
             userdb {{\n  driver = static\n  args = uid={mail_uid} gid={mail_uid} home={b}/mail/%u\n}}\n"
        );
        std::fs::write(base.join("dovecot.conf"), config).unwrap();
        let child = Command::new(binary)
            .args(["-F", "-c"])
            .arg(base.join("dovecot.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(15);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            let log = std::fs::read_to_string(base.join("dovecot.log")).unwrap_or_default();
            assert!(Instant::now() < deadline, "dovecot did not start: {log}");
            std::thread::sleep(Duration::from_millis(50));
        }
        Dovecot { dir, child, port, tls_port: (imaps_port != 0).then_some(imaps_port) }
    }

    pub fn account(&self, after_import: AfterImport) -> ImapAccount {
        self.account_at(self.port, after_import)
    }

    /// The account reached through another port (a proxy in front of this server).
    pub fn account_at(&self, port: u16, after_import: AfterImport) -> ImapAccount {
        ImapAccount {
            host: "127.0.0.1".into(),
            port,
            security: Security::Plain,
            user: USER.into(),
            password: Secret::new(SECRET),
            mailbox: "INBOX".into(),
            after_import,
            extra_roots: Vec::new(),
            max_message_bytes: 1024 * 1024,
            timeout: Duration::from_secs(10),
        }
    }

    async fn session(&self) -> async_imap::Session<tokio::net::TcpStream> {
        let tcp = tokio::net::TcpStream::connect(("127.0.0.1", self.port)).await.unwrap();
        let mut client = async_imap::Client::new(tcp);
        client.read_response().await.unwrap();
        client.login(USER, SECRET).await.map_err(|(e, _)| e).unwrap()
    }

    /// Places messages in a folder, in order, as a mail server delivering to it would.
    pub async fn deliver(&self, folder: &str, messages: &[Vec<u8>]) {
        let mut session = self.session().await;
        if folder != "INBOX" {
            let _ = session.create(folder).await;
        }
        for raw in messages {
            session.append(folder, None, None, raw).await.unwrap();
        }
        session.logout().await.unwrap();
    }

    /// The flags of every message in a folder, oldest first.
    pub async fn flags(&self, folder: &str) -> Vec<Vec<String>> {
        use futures_util::TryStreamExt;
        let mut session = self.session().await;
        let mailbox = session.select(folder).await.unwrap();
        if mailbox.exists == 0 {
            return Vec::new();
        }
        let fetched: Vec<_> = session.fetch("1:*", "(FLAGS)").await.unwrap().try_collect().await.unwrap();
        fetched.iter().map(|f| f.flags().map(|flag| format!("{flag:?}")).collect()).collect()
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        // SIGTERM lets the master stop its imap and login processes too.
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let _ = self.child.wait();
        let _ = &self.dir;
    }
}

fn message(n: usize, extra_headers: &str, body: &str) -> Vec<u8> {
    format!(
        "From: Kund {n} <kund{n}@example.se>\r\nTo: kundtjanst@kommun.se\r\nSubject: Fråga {n}\r\n\
         Date: Sun, 29 Nov 2026 08:00:00 +0100\r\n{extra_headers}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

fn source(account: ImapAccount) -> ImapSource {
    ImapSource { inbox_address: "kundtjanst@kommun.se".into(), account, every: Duration::from_secs(60) }
}

async fn polled(server: &app::App, source: &ImapSource) -> mail::imap::PollReport {
    match server.poll_imap(source).await.expect("poll") {
        PollOutcome::Polled(report) => report,
        PollOutcome::Busy => panic!("no other node polls"),
    }
}

async fn organisation_with_inbox(server: &TestServer) -> domain::OrgId {
    let org = server.org("kommun", Regime::PublicAuthority).await;
    server.app.create_inbox_as_operator(org.id, "kundtjanst@kommun.se", "Kundtjänst").await.unwrap();
    org.id
}

async fn counts(app: &app::App, org: domain::OrgId) -> (usize, usize) {
    let cases = app.db().org(org).cases(None, 1000).await.unwrap();
    let mut messages = 0;
    for case in &cases {
        messages += app.db().org(org).case_messages(case.case_id()).await.unwrap().len();
    }
    (cases.len(), messages)
}

#[tokio::test]
async fn mail_placed_in_a_polled_mailbox_becomes_cases_once_across_restarts() {
    let dovecot = Dovecot::start();
    let server = TestServer::start().await;
    let org = organisation_with_inbox(&server).await;
    dovecot
        .deliver(
            "INBOX",
            &[
                message(1, "Message-ID: <first@example.se>\r\n", "Hej, när kommer bygglovet?"),
                message(2, "Message-ID: <second@example.se>\r\nIn-Reply-To: <first@example.se>\r\n", "Ett tillägg."),
                // No Message-ID at all: still imported once.
                message(3, "", "Utan meddelande-id."),
            ],
        )
        .await;
    let src = source(dovecot.account(AfterImport::Keep));
    let report = polled(&server.app, &src).await;
    assert_eq!((report.stored, report.cursor.last_uid), (3, 3));
    assert_eq!(counts(&server.app, org).await, (2, 3), "the reply threads into the first case");
    let cases = server.app.db().org(org).cases(None, 10).await.unwrap();
    assert!(cases.iter().any(|c| c.customer_email.as_deref() == Some("kund1@example.se")));

    // Polling again, and polling from a restarted node on the same database, adds nothing.
    assert_eq!(polled(&server.app, &src).await.stored, 0);
    let restarted = server.db.app().await;
    assert_eq!(polled(&restarted, &src).await.stored, 0);
    assert_eq!(counts(&server.app, org).await, (2, 3));

    // New mail after the cursor is picked up.
    dovecot.deliver("INBOX", &[message(4, "Message-ID: <fourth@example.se>\r\n", "En ny fråga.")]).await;
    let report = polled(&restarted, &src).await;
    assert_eq!((report.stored, report.cursor.last_uid), (1, 4));
    assert_eq!(counts(&server.app, org).await, (3, 4));

    // Even with the cursor lost (the mailbox read from the start), nothing is stored twice.
    crate::support::exec(&server.app.db().clone(), "DELETE FROM imap_cursors").await.unwrap();
    assert_eq!(polled(&server.app, &src).await.stored, 4, "all four are read again");
    assert_eq!(counts(&server.app, org).await, (3, 4), "and recognised");

    // The admin sees the mailbox's state on the inbox settings page, without server names.
    let cursors = server.app.db().org(org).imap_cursors().await.unwrap();
    assert_eq!(cursors.len(), 1);
    assert_eq!(cursors[0].error_code, None);
}

/// A proxy in front of the IMAP server that cuts every connection after `limit`
/// bytes from the server, like a server or network failing mid-fetch.
async fn cutting_proxy(target: u16, limit: usize) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let server = tokio::net::TcpStream::connect(("127.0.0.1", target)).await.unwrap();
            let (mut client_read, mut client_write) = client.into_split();
            let (mut server_read, mut server_write) = server.into_split();
            tokio::spawn(async move { tokio::io::copy(&mut client_read, &mut server_write).await });
            tokio::spawn(async move {
                let mut sent = 0;
                let mut buffer = vec![0u8; 1024];
                while sent < limit {
                    let n = match server_read.read(&mut buffer).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n.min(limit - sent),
                    };
                    if client_write.write_all(&buffer[..n]).await.is_err() {
                        break;
                    }
                    sent += n;
                }
                let _ = client_write.shutdown().await;
            });
        }
    });
    port
}

#[tokio::test]
async fn a_connection_cut_mid_fetch_resumes_without_duplicates_or_gaps() {
    let dovecot = Dovecot::start();
    let server = TestServer::start().await;
    let org = organisation_with_inbox(&server).await;
    let filler = "Lång text om ärendet. ".repeat(100);
    let messages: Vec<Vec<u8>> =
        (1..=8).map(|n| message(n, &format!("Message-ID: <m{n}@example.se>\r\n"), &filler)).collect();
    dovecot.deliver("INBOX", &messages).await;

    // The proxy lets the greeting, login and a few messages through, then cuts.
    let proxy = cutting_proxy(dovecot.port, 9_000).await;
    let cut = server.app.poll_imap(&source(dovecot.account_at(proxy, AfterImport::Keep))).await;
    let err = cut.expect_err("the poll is cut off");
    assert_eq!(err.code(), "connection");
    let (partial, _) = counts(&server.app, org).await;
    assert!(partial < 8, "the cut came before the end ({partial} stored)");
    let cursor = server.app.db().org(org).imap_cursors().await.unwrap().remove(0);
    assert_eq!(cursor.last_uid, partial as i64, "the cursor stands after the last message stored");
    assert_eq!(cursor.error_code.as_deref(), Some("connection"));

    let report = polled(&server.app, &source(dovecot.account(AfterImport::Keep))).await;
    assert_eq!(report.stored, 8 - partial, "the next poll fetches exactly the rest");
    assert_eq!(counts(&server.app, org).await, (8, 8));
    let cursor = server.app.db().org(org).imap_cursors().await.unwrap().remove(0);
    assert_eq!((cursor.last_uid, cursor.imported, cursor.error_code), (8, 8, None));
}

#[tokio::test]
async fn imported_mail_is_moved_or_flagged_when_configured() {
    let dovecot = Dovecot::start();
    let server = TestServer::start().await;
    let org = organisation_with_inbox(&server).await;
    dovecot.deliver("Samtal", &[]).await;
    dovecot
        .deliver(
            "INBOX",
            &[message(1, "Message-ID: <a@example.se>\r\n", "A"), message(2, "Message-ID: <b@example.se>\r\n", "B")],
        )
        .await;
    let report = polled(&server.app, &source(dovecot.account(AfterImport::MoveTo("Samtal".into())))).await;
    assert_eq!(report.stored, 2);
    assert!(dovecot.flags("INBOX").await.is_empty(), "imported mail left the inbox folder");
    assert_eq!(dovecot.flags("Samtal").await.len(), 2);

    dovecot.deliver("INBOX", &[message(3, "Message-ID: <c@example.se>\r\n", "C")]).await;
    let report = polled(&server.app, &source(dovecot.account(AfterImport::MarkSeen))).await;
    assert_eq!(report.stored, 1);
    let flags = dovecot.flags("INBOX").await;
    assert_eq!(flags.len(), 1);
    assert!(flags[0].iter().any(|f| f == "Seen"), "{flags:?}");
    assert_eq!(counts(&server.app, org).await.0, 3);

    // Keep leaves the message unread for people who also read the mailbox.
    dovecot.deliver("INBOX", &[message(4, "Message-ID: <d@example.se>\r\n", "D")]).await;
    polled(&server.app, &source(dovecot.account(AfterImport::Keep))).await;
    let flags = dovecot.flags("INBOX").await;
    assert!(!flags[1].iter().any(|f| f == "Seen"), "{flags:?}");
}

#[tokio::test]
async fn a_refused_password_is_reported_by_kind_and_never_shown() {
    let dovecot = Dovecot::start();
    let server = TestServer::start().await;
    let org = organisation_with_inbox(&server).await;
    let mut account = dovecot.account(AfterImport::Keep);
    account.password = Secret::new("fel-lösenord-1234");
    assert!(!format!("{account:?}").contains("fel-lösenord"), "Debug output hides the password");
    let err = server.app.poll_imap(&source(account)).await.expect_err("refused");
    assert_eq!(err.code(), "login");
    assert!(!err.to_string().contains("fel-lösenord"));
    let cursor = server.app.db().org(org).imap_cursors().await.unwrap().remove(0);
    assert_eq!(cursor.error_code.as_deref(), Some("login"));

    // Nobody's inbox: no connection is made at all.
    let mut nowhere = source(dovecot.account(AfterImport::Keep));
    nowhere.inbox_address = "ingen@kommun.se".into();
    assert_eq!(server.app.poll_imap(&nowhere).await.expect_err("no inbox").code(), "no_inbox");
}

#[tokio::test]
async fn the_server_polls_configured_mailboxes_and_logs_no_secret() {
    let dovecot = Dovecot::start();
    let db = TestDb::new().await;
    {
        let app = db.app().await;
        let org = app
            .create_org(&domain::org::NewOrganisation {
                slug: domain::org::Slug::parse("kommun").unwrap(),
                name: "Kommunen".into(),
                regime: Regime::PublicAuthority,
                language: domain::org::Language::Sv,
                time_zone: domain::org::TimeZoneName::stockholm(),
            })
            .await
            .unwrap();
        app.create_inbox_as_operator(org.id, "kundtjanst@kommun.se", "Kundtjänst").await.unwrap();
    }
    dovecot.deliver("INBOX", &[message(1, "Message-ID: <cfg@example.se>\r\n", "Via konfigurationen.")]).await;
    let config = db.dir.path().join("samtal.toml");
    std::fs::write(
        &config,
        format!(
            "[[imap]]\ninbox = \"kundtjanst@kommun.se\"\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"none\"\n\
             user = \"{USER}\"\npassword_env = \"TEST_IMAP_SECRET\"\npoll_seconds = 1\n\n\
             [[imap]]\ninbox = \"kundtjanst@kommun.se\"\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"none\"\n\
             user = \"{USER}\"\npassword = \"fel-lösenord-1234\"\nmailbox = \"Annan\"\npoll_seconds = 1\n",
            dovecot.port, dovecot.port
        ),
    )
    .unwrap();
    let mut child = Command::new(samtal_bin())
        .env("DATABASE_URL", &db.url)
        .env("SAMTAL_DATA_DIR", db.dir.path())
        .env("SAMTAL_METRICS_LISTEN", "off")
        .env("SAMTAL_LISTEN", "127.0.0.1:0")
        .env("TEST_IMAP_SECRET", SECRET)
        .env("SAMTAL_LOG", "trace")
        .args(["--config"])
        .arg(&config)
        .arg("serve")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let app = db.app().await;
    let org = app.db().org_by_slug("kommun").await.unwrap().unwrap().id;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let cursors = app.db().org(org).imap_cursors().await.unwrap();
        let cases = app.db().org(org).cases(None, 10).await.unwrap();
        if cases.len() == 1 && cursors.iter().any(|c| c.error_code.as_deref() == Some("login")) {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let output = child.wait_with_output().unwrap();
            panic!("the configured mailbox was not polled: {}", String::from_utf8_lossy(&output.stderr));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let output = child.wait_with_output().unwrap();
    let printed = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(printed.contains("Polling 2 IMAP mailbox(es)"), "{printed}");
    assert!(printed.contains("polling a mailbox failed"), "the failing source is reported: {printed}");
    for secret in [SECRET, "fel-lösenord-1234", USER] {
        assert!(!printed.contains(secret), "{secret:?} appeared in the output");
    }
}

#[tokio::test]
async fn mailboxes_are_polled_over_tls_and_starttls_with_the_servers_certificate_checked() {
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    let (cert_pem, key_pem) = (cert.cert.pem(), cert.signing_key.serialize_pem());
    let dovecot = Dovecot::start_with(Some((&cert_pem, &key_pem)));
    let server = TestServer::start().await;
    let org = organisation_with_inbox(&server).await;
    dovecot
        .deliver(
            "INBOX",
            &[
                message(1, "Message-ID: <tls1@example.se>\r\n", "Över TLS."),
                message(2, "Message-ID: <tls2@example.se>\r\n", "Igen."),
            ],
        )
        .await;
    let trusted = mail::imap::certificates_from_pem(cert_pem.as_bytes()).unwrap();
    let account = |security, port, roots: Vec<_>| ImapAccount {
        host: "localhost".into(),
        security,
        extra_roots: roots,
        ..dovecot.account_at(port, AfterImport::Keep)
    };
    let tls_port = dovecot.tls_port.unwrap();

    // A certificate nobody vouched for is refused before the password is sent.
    let err = server.app.poll_imap(&source(account(Security::Tls, tls_port, Vec::new()))).await.expect_err("untrusted");
    assert_eq!(err.code(), "tls");
    assert_eq!(counts(&server.app, org).await, (0, 0));

    let report = polled(&server.app, &source(account(Security::Tls, tls_port, trusted.clone()))).await;
    assert_eq!(report.stored, 2);
    dovecot.deliver("INBOX", &[message(3, "Message-ID: <tls3@example.se>\r\n", "Via STARTTLS.")]).await;
    let report = polled(&server.app, &source(account(Security::StartTls, dovecot.port, trusted))).await;
    assert_eq!((report.stored, report.cursor.last_uid), (1, 3), "the same mailbox over 143 keeps its place");
    assert_eq!(counts(&server.app, org).await, (3, 3));
}
