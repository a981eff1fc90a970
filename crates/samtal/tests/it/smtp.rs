//! Mail intake over real SMTP sessions on TCP: threading into cases, the right
//! reply codes for hostile sessions, and nothing stored for refused messages.

use crate::support::{SmtpSink, TestServer, assert_inert};
use domain::CaseId;
use domain::org::Regime;
use domain::staff::Role;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader, ReadHalf, WriteHalf};
use tokio::net::TcpStream;

trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

struct Client {
    reader: BufReader<ReadHalf<Box<dyn Io>>>,
    writer: WriteHalf<Box<dyn Io>>,
}

impl Client {
    async fn connect(addr: std::net::SocketAddr) -> Self {
        let mut client = Self::over(Box::new(TcpStream::connect(addr).await.unwrap()));
        assert!(client.reply().await.starts_with("220 "));
        client
    }

    fn over(stream: Box<dyn Io>) -> Self {
        let (read, writer) = tokio::io::split(stream);
        Self { reader: BufReader::new(read), writer }
    }

    /// Continues over TLS (after the server's 220 to STARTTLS), trusting `root`.
    async fn upgrade(self, root: &[u8], name: &str) -> Self {
        use tokio_rustls::rustls;
        use tokio_rustls::rustls::pki_types::pem::PemObject;
        let mut roots = rustls::RootCertStore::empty();
        roots.add(rustls::pki_types::CertificateDer::from_pem_slice(root).unwrap()).unwrap();
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth();
        let stream = self.reader.into_inner().unsplit(self.writer);
        let name = rustls::pki_types::ServerName::try_from(name.to_owned()).unwrap();
        let tls = tokio_rustls::TlsConnector::from(Arc::new(config)).connect(name, stream).await.unwrap();
        Self::over(Box::new(tls))
    }

    async fn send(&mut self, raw: &str) {
        self.writer.write_all(raw.as_bytes()).await.unwrap();
    }

    /// One reply (all its lines); empty when the server closed the connection.
    async fn reply(&mut self) -> String {
        let mut all = String::new();
        loop {
            let mut line = String::new();
            let n =
                tokio::time::timeout(Duration::from_secs(10), self.reader.read_line(&mut line)).await.unwrap().unwrap();
            if n == 0 {
                return all;
            }
            all.push_str(&line);
            if line.as_bytes().get(3) == Some(&b' ') {
                return all;
            }
        }
    }

    async fn cmd(&mut self, line: &str) -> String {
        self.send(&format!("{line}\r\n")).await;
        self.reply().await
    }

    /// A full transaction; returns the reply after the data.
    async fn deliver(&mut self, from: &str, to: &str, message: &str) -> String {
        assert!(self.cmd(&format!("MAIL FROM:<{from}>")).await.starts_with("250"));
        let rcpt = self.cmd(&format!("RCPT TO:<{to}>")).await;
        assert!(rcpt.starts_with("250"), "{rcpt}");
        assert!(self.cmd("DATA").await.starts_with("354"));
        self.send(message).await;
        self.send("\r\n.\r\n").await;
        self.reply().await
    }
}

struct Setup {
    server: TestServer,
    org: domain::OrgId,
    addr: std::net::SocketAddr,
}

async fn setup() -> Setup {
    let server = TestServer::start().await;
    let org = server.org("alfa", Regime::PublicAuthority).await;
    server.app.create_inbox_as_operator(org.id, "Bygglov@Alfa.se", "Bygglov").await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let settings = mail::smtp_server::SmtpSettings {
        hostname: "mx.alfa.se".into(),
        max_message_bytes: 64 * 1024,
        idle_timeout: Duration::from_secs(2),
        ..Default::default()
    };
    tokio::spawn(mail::smtp_server::serve(listener, settings, Arc::new(app::cases::MailIntake(server.app.clone()))));
    Setup { server, org: org.id, addr }
}

fn message(id: &str, extra_headers: &str, subject: &str, body: &str) -> String {
    format!(
        "From: =?utf-8?q?K=C3=A5re?= <kare@example.se>\r\nTo: bygglov@alfa.se\r\nSubject: {subject}\r\n\
         Message-ID: <{id}>\r\n{extra_headers}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    )
}

impl Setup {
    async fn cases(&self) -> Vec<app::cases::CaseRow> {
        self.server.app.db().org(self.org).cases(None, 100).await.unwrap()
    }
    async fn messages(&self, case: i64) -> Vec<app::cases::CaseMessageRow> {
        self.server.app.db().org(self.org).case_messages(CaseId(case)).await.unwrap()
    }
}

#[tokio::test]
async fn mail_becomes_a_case_and_replies_thread_into_it() {
    let s = setup().await;
    let mut c = Client::connect(s.addr).await;
    let ehlo = c.cmd("EHLO client.example.se").await;
    for ext in ["250-mx.alfa.se", "SIZE 65536", "8BITMIME", "PIPELINING"] {
        assert!(ehlo.contains(ext), "{ehlo}");
    }
    assert!(c.cmd("MAIL FROM:<kare@example.se>").await.starts_with("250"));
    assert!(c.cmd("RCPT TO:<nobody@alfa.se>").await.starts_with("550 5.1.1"), "unknown recipients are refused");
    assert!(c.cmd("RCPT TO:<BYGGLOV@alfa.se>").await.starts_with("250"));
    assert!(c.cmd("DATA").await.starts_with("354"));
    c.send(&message(
        "m1@example.se",
        "",
        "=?utf-8?q?F=C3=B6rr=C3=A5d_p=C3=A5_tomten?=",
        "Behöver jag bygglov?\r\n..och en rad med punkt",
    ))
    .await;
    c.send("\r\n.\r\n").await;
    assert!(c.reply().await.starts_with("250 2.0.0"));

    let cases = s.cases().await;
    assert_eq!(cases.len(), 1);
    assert_eq!((cases[0].number, cases[0].status.as_str()), (1, "new"));
    assert_eq!(cases[0].subject, "Förråd på tomten");
    assert_eq!(cases[0].customer_email.as_deref(), Some("kare@example.se"));
    assert_eq!(cases[0].customer_name.as_deref(), Some("Kåre"));
    let first = &s.messages(cases[0].id).await[0];
    assert_eq!(first.body_text.trim_end(), "Behöver jag bygglov?\n.och en rad med punkt", "dot-unstuffed");

    // A reply by In-Reply-To, one by case number from the same customer: same case.
    let reply = c
        .deliver(
            "kare@example.se",
            "bygglov@alfa.se",
            &message("m2@example.se", "In-Reply-To: <m1@example.se>\r\n", "Re: Förråd", "Tack!"),
        )
        .await;
    assert!(reply.starts_with("250"));
    let by_number = message("m3@example.se", "", "SV: [#1] Förråd", "En sak till.");
    assert!(c.deliver("kare@example.se", "bygglov@alfa.se", &by_number).await.starts_with("250"));
    assert_eq!(s.cases().await.len(), 1);
    assert_eq!(s.messages(cases[0].id).await.len(), 3);
    // The same Message-ID again (a retrying server): stored once.
    assert!(c.deliver("kare@example.se", "bygglov@alfa.se", &by_number).await.starts_with("250"));
    assert_eq!(s.messages(cases[0].id).await.len(), 3);
    // Someone else guessing the case number opens a case of their own.
    let stranger =
        message("m4@example.se", "", "[#1] hej", "Jag är inte kunden.").replace("kare@example.se", "x@evil.example");
    assert!(c.deliver("x@evil.example", "bygglov@alfa.se", &stranger).await.starts_with("250"));
    assert_eq!(s.cases().await.len(), 2);

    // Pipelining: three commands in one write, three answers.
    c.send("MAIL FROM:<>\r\nRCPT TO:<bygglov@alfa.se>\r\nDATA\r\n").await;
    assert!(c.reply().await.starts_with("250"));
    assert!(c.reply().await.starts_with("250"));
    assert!(c.reply().await.starts_with("354"));
    c.send(&message("auto@example.se", "Auto-Submitted: auto-replied\r\n", "Frånvaro", "Jag är ledig.")).await;
    c.send("\r\n.\r\n").await;
    assert!(c.reply().await.starts_with("250"));
    let auto = s.cases().await.into_iter().find(|x| x.subject == "Frånvaro").unwrap();
    assert!(s.messages(auto.id).await[0].automatic, "auto-replies are marked, so nothing answers them automatically");
    assert!(c.cmd("QUIT").await.starts_with("221"));

    let audit = s.server.app.db().org(s.org).audit_events_after(0, 100).await.unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "case.created").count(), 3);
}

#[tokio::test]
async fn a_real_mail_client_delivers_with_attachments_and_legacy_charsets() {
    let s = setup().await;
    // lettre, the same client library Samtal sends with, as a sending mail server.
    let relay = mail::Relay::new(&format!("smtp://{}", s.addr), "Åsa <asa@example.se>").unwrap();
    relay
        .send(&mail::OutgoingMail {
            to: "bygglov@alfa.se",
            subject: "Räkning för bygglov",
            body: "Hej, fakturan är fel.\n",
            ..Default::default()
        })
        .await
        .unwrap();
    let cases = s.cases().await;
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].subject, "Räkning för bygglov");
    assert_eq!(s.messages(cases[0].id).await[0].body_text.trim(), "Hej, fakturan är fel.");

    let mut c = Client::connect(s.addr).await;
    c.cmd("EHLO x").await;
    let latin1 = "From: b@example.se\r\nSubject: =?ISO-8859-1?Q?R=E4kning?=\r\nMessage-ID: <l1@x>\r\nMIME-Version: 1.0\r\n\
        Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=windows-1252\r\n\
        Content-Transfer-Encoding: quoted-printable\r\n\r\nSumma =80 100 f=F6r f=F6rr=E5d\r\n--b\r\n\
        Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"../../etc/<script>faktura.pdf\"\r\n\
        Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--";
    assert!(c.deliver("b@example.se", "bygglov@alfa.se", latin1).await.starts_with("250"));
    let case = s.cases().await.into_iter().find(|x| x.subject == "Räkning").unwrap();
    assert_eq!(s.messages(case.id).await[0].body_text.trim(), "Summa € 100 för förråd");
    let files = s.server.app.db().org(s.org).case_attachments(CaseId(case.id)).await.unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].file_name, "scriptfaktura.pdf", "path and markup characters are removed");
    assert_eq!(files[0].size_bytes, 9);
}

#[tokio::test]
async fn hostile_sessions_get_the_right_codes_and_store_nothing() {
    let s = setup().await;
    let mut c = Client::connect(s.addr).await;
    assert!(c.cmd("MAIL FROM:<a@b.se>").await.starts_with("503"), "EHLO first");
    c.cmd("EHLO x").await;
    assert!(c.cmd("RCPT TO:<bygglov@alfa.se>").await.starts_with("503"), "MAIL first");
    assert!(c.cmd("DATA").await.starts_with("503"));
    assert!(c.cmd("FROB").await.starts_with("500"));
    assert!(c.cmd("NOOP").await.starts_with("250"));
    assert!(c.cmd("STARTTLS").await.starts_with("502"), "no certificate configured");
    assert!(c.cmd("MAIL FROM:<a@b.se> SIZE=99999999").await.starts_with("552"), "declared size over the limit");

    // Bare LF inside DATA (SMTP smuggling): refused, and the smuggled "second message" too.
    assert!(c.cmd("MAIL FROM:<a@b.se>").await.starts_with("250"));
    assert!(c.cmd("RCPT TO:<bygglov@alfa.se>").await.starts_with("250"));
    assert!(c.cmd("DATA").await.starts_with("354"));
    c.send("From: a@b.se\r\nSubject: ett\r\n\r\nText\n.\nMAIL FROM:<evil@x>\nRCPT TO:<bygglov@alfa.se>\nDATA\nSubject: smuggled\n\nhej\n")
        .await;
    c.send("\r\n.\r\n").await;
    let reply = c.reply().await;
    assert!(reply.starts_with("554 5.6.0"), "{reply}");
    // A bare CR too.
    assert!(
        c.deliver("a@b.se", "bygglov@alfa.se", "From: a@b.se\r\nSubject: cr\r\n\r\nett\rtvå").await.starts_with("554")
    );

    // Too big: 552 after the data, nothing stored.
    let big = format!("From: a@b.se\r\nSubject: stor\r\n\r\n{}", "x".repeat(70 * 1024));
    assert!(c.deliver("a@b.se", "bygglov@alfa.se", &big).await.starts_with("552"));
    // No header section at all: unreadable, 554.
    assert!(c.deliver("a@b.se", "bygglov@alfa.se", "\r\n\r\njust text").await.starts_with("554"));
    assert!(s.cases().await.is_empty(), "nothing was stored");

    // Hostile but readable: stored (to be shown inert), never a crash.
    let deep: String =
        (0..60).map(|i| format!("Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n")).collect();
    let hostile = [
        "From: \"<script>alert(1)</script>\" <a@b.se>\r\nSubject: <img src=x onerror=alert(1)>\r\n\r\nhej".to_owned(),
        format!("From: a@b.se\r\nSubject: djup\r\nMIME-Version: 1.0\r\n{deep}text"),
        format!("From: a@b.se\r\nX-Long: {}\r\nSubject: lång rubrik\r\n\r\nhej", "h".repeat(3000)),
        "From: a@b.se\r\nSubject: fel teckenkodning\r\nContent-Type: text/plain; charset=x-unknown-42\r\n\r\nr\u{e4}k".to_owned(),
        "From: a@b.se\r\nSubject: html\r\nContent-Type: text/html\r\n\r\n<p onclick=x>hej</p><script>alert(1)</script><img src=https://tracker.example/p.gif>".to_owned(),
        "From: a@b.se\r\nSubject: trasig\r\nContent-Type: multipart/mixed; boundary=\"aldrig\"\r\n\r\n--fel\r\nhalv".to_owned(),
    ];
    for (i, m) in hostile.iter().enumerate() {
        let reply = c.deliver("a@b.se", "bygglov@alfa.se", m).await;
        assert!(reply.starts_with("250"), "hostile message {i}: {reply}");
    }
    assert_eq!(s.cases().await.len(), hostile.len());
    assert!(c.cmd("RSET").await.starts_with("250"));

    // Every stored hostile message is shown inert on its case page.
    let org = s.server.app.db().org_by_id(s.org).await.unwrap().unwrap();
    s.server.user(&org, "agent@alfa.se", Role::Agent).await;
    let agent = s.server.signed_in(&org, "agent@alfa.se").await;
    for case in s.cases().await {
        let page = agent.get(s.server.url(&format!("/cases/{}", case.id))).send().await.unwrap();
        assert_eq!(page.status(), 200);
        let page = page.text().await.unwrap();
        assert_inert(&page);
    }

    // A client that says nothing is dropped.
    let mut idle = Client::connect(s.addr).await;
    let goodbye = idle.reply().await;
    assert!(goodbye.starts_with("421"), "{goodbye}");
    assert_eq!(idle.reply().await, "", "and the connection is closed");
}

#[tokio::test]
async fn an_agent_replies_and_the_customer_answer_threads_back() {
    let s = setup().await;
    let mut c = Client::connect(s.addr).await;
    c.cmd("EHLO x").await;
    let first = message("q1@example.se", "", "Bygglov för carport", "Hur lång tid tar det?");
    assert!(c.deliver("kare@example.se", "bygglov@alfa.se", &first).await.starts_with("250"));
    let case = s.cases().await.remove(0);

    let org = s.server.app.db().org_by_id(s.org).await.unwrap().unwrap();
    s.server.user(&org, "agent@alfa.se", Role::Agent).await;
    let agent = s.server.signed_in(&org, "agent@alfa.se").await;
    let page = agent.get(s.server.url(&format!("/cases/{}", case.id))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Hur lång tid tar det?") && page.contains("[#1] Bygglov för carport"));
    let res = agent
        .post(s.server.url(&format!("/cases/{}/reply", case.id)))
        .form(&[("body", "Hej! Högst tio veckor.")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let res = agent
        .post(s.server.url(&format!("/cases/{}/note", case.id)))
        .form(&[("body", "Kolla ritningen.")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let stored = s.server.app.db().org(s.org).case(CaseId(case.id)).await.unwrap().unwrap();
    assert_eq!(stored.status, "waiting");

    // The reply leaves through the relay with headers that thread in the customer's client.
    let sink = SmtpSink::start("250 OK").await;
    let relay = mail::Relay::new(&format!("smtp://{}", sink.addr), "noreply@alfa.se").unwrap();
    assert_eq!(s.server.app.deliver_mail(&relay).await.unwrap(), 1, "only the reply is sent, not the note");
    let sent = sink.messages().remove(0);
    assert!(sent.contains("From: Bygglov <bygglov@alfa.se>"), "{sent}");
    assert!(sent.contains("To: kare@example.se"), "{sent}");
    assert!(sent.contains("Subject: Re: [#1] Bygglov"), "{sent}");
    assert!(sent.contains("In-Reply-To: <q1@example.se>"), "{sent}");
    assert!(sent.contains("References: <q1@example.se>"), "{sent}");
    assert!(!sent.contains("Auto-Submitted"), "a person wrote it");
    let our_id = sent.lines().find_map(|l| l.strip_prefix("Message-ID: ")).expect("a Message-ID").trim().to_owned();
    assert!(our_id.ends_with("@alfa.se>"), "{our_id}");

    // The customer answers; their client quotes our Message-ID.
    let answer = message(
        "q2@example.se",
        &format!("In-Reply-To: {our_id}\r\nReferences: <q1@example.se> {our_id}\r\n"),
        "Re: [#1] Bygglov för carport",
        "Tack!",
    );
    assert!(c.deliver("kare@example.se", "bygglov@alfa.se", &answer).await.starts_with("250"));
    assert_eq!(s.cases().await.len(), 1);
    let stored = s.server.app.db().org(s.org).case(CaseId(case.id)).await.unwrap().unwrap();
    assert_eq!(stored.status, "open", "a customer's answer reopens the case");
    let directions: Vec<String> = s.messages(case.id).await.into_iter().map(|m| m.direction).collect();
    assert_eq!(directions, ["in", "out", "note", "in"]);
    let audit = s.server.app.db().org(s.org).audit_events_after(0, 100).await.unwrap();
    for action in ["case.viewed", "case.replied", "case.note_added"] {
        assert!(audit.iter().any(|e| e.action == action), "{action}");
    }
}

#[tokio::test]
async fn staff_of_another_organisation_reach_no_case_or_attachment() {
    let s = setup().await;
    let mut c = Client::connect(s.addr).await;
    c.cmd("EHLO x").await;
    let with_file = "From: a@b.se\r\nSubject: fil\r\nMessage-ID: <f1@b.se>\r\nMIME-Version: 1.0\r\n\
        Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhej\r\n--b\r\n\
        Content-Type: text/html\r\nContent-Disposition: attachment; filename=\"x.html\"\r\n\r\n<script>alert(1)</script>\r\n--b--";
    assert!(c.deliver("a@b.se", "bygglov@alfa.se", with_file).await.starts_with("250"));
    let case = s.cases().await.remove(0);
    let file = s.server.app.db().org(s.org).case_attachments(CaseId(case.id)).await.unwrap().remove(0);

    let org = s.server.app.db().org_by_id(s.org).await.unwrap().unwrap();
    s.server.user(&org, "agent@alfa.se", Role::Agent).await;
    let own = s.server.signed_in(&org, "agent@alfa.se").await;
    let res = own.get(s.server.url(&format!("/cases/attachments/{}", file.id))).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-disposition"], "attachment; filename=\"x.html\"; filename*=UTF-8''x.html");
    assert_eq!(res.headers()["content-type"], "application/octet-stream");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");

    let other = s.server.org("beta", Regime::Private).await;
    s.server.user(&other, "agent@beta.se", Role::Admin).await;
    let stranger = s.server.signed_in(&other, "agent@beta.se").await;
    for path in [format!("/cases/{}", case.id), format!("/cases/attachments/{}", file.id)] {
        assert_eq!(stranger.get(s.server.url(&path)).send().await.unwrap().status(), 404, "{path}");
    }
    for (path, form) in [
        (format!("/cases/{}/reply", case.id), vec![("body", "kapat")]),
        (format!("/cases/{}/note", case.id), vec![("body", "kapat")]),
        (format!("/cases/{}/update", case.id), vec![("status", "closed"), ("assignee", "")]),
    ] {
        assert_eq!(stranger.post(s.server.url(&path)).form(&form).send().await.unwrap().status(), 404, "{path}");
    }
    let list = stranger.get(s.server.url("/cases")).send().await.unwrap().text().await.unwrap();
    assert!(!list.contains("fil"), "another organisation's cases are not listed");
    assert_eq!(s.messages(case.id).await.len(), 1, "nothing was added");
    // The case page shows the received HTML only cleaned.
    let page = own.get(s.server.url(&format!("/cases/{}", case.id))).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("<script>alert"), "{page}");
}

#[tokio::test]
async fn inboxes_and_cases_over_the_api() {
    let s = setup().await;
    let org = s.server.app.db().org_by_id(s.org).await.unwrap().unwrap();
    s.server.user(&org, "admin@alfa.se", Role::Admin).await;
    s.server.user(&org, "agent@alfa.se", Role::Agent).await;
    let admin = s.server.token(&org, "admin@alfa.se").await;
    let agent = s.server.token(&org, "agent@alfa.se").await;
    let http = reqwest::Client::new();
    let post = |path: &str, token: &str, body: serde_json::Value| {
        http.post(s.server.url(&format!("/api/v1{path}"))).bearer_auth(token.to_owned()).json(&body).send()
    };
    let res = post("/inboxes", &admin, serde_json::json!({"address": "Skola@Alfa.se", "name": "Skola"})).await.unwrap();
    assert_eq!(res.status(), 201);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["address"], "skola@alfa.se");
    assert_eq!(post("/inboxes", &admin, serde_json::json!({"address": "skola@alfa.se"})).await.unwrap().status(), 409);
    assert_eq!(post("/inboxes", &admin, serde_json::json!({"address": "inte en adress"})).await.unwrap().status(), 400);
    assert_eq!(post("/inboxes", &agent, serde_json::json!({"address": "x@alfa.se"})).await.unwrap().status(), 403);

    let mut c = Client::connect(s.addr).await;
    c.cmd("EHLO x").await;
    assert!(
        c.deliver("kim@example.se", "skola@alfa.se", &message("a1@example.se", "", "Skolskjuts", "Hej"))
            .await
            .starts_with("250")
    );
    let cases: serde_json::Value = http
        .get(s.server.url("/api/v1/cases?status=new"))
        .bearer_auth(&agent)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = cases[0]["id"].as_i64().unwrap();
    assert_eq!(cases[0]["number"], 1);
    let detail: serde_json::Value = http
        .get(s.server.url(&format!("/api/v1/cases/{id}")))
        .bearer_auth(&agent)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(detail["messages"][0]["text"].as_str().unwrap().trim(), "Hej");
    assert_eq!(
        post(&format!("/cases/{id}/replies"), &agent, serde_json::json!({"body": "Svar"})).await.unwrap().status(),
        202
    );
    assert_eq!(
        post(&format!("/cases/{id}/notes"), &agent, serde_json::json!({"body": "Not"})).await.unwrap().status(),
        201
    );
    assert_eq!(
        post(&format!("/cases/{id}/replies"), &agent, serde_json::json!({"body": ""})).await.unwrap().status(),
        400
    );
    assert_eq!(
        post(&format!("/cases/{id}/replies"), &agent, serde_json::json!({"body": "x", "status": "later"}))
            .await
            .unwrap()
            .status(),
        400
    );
    let patch = |body: serde_json::Value| {
        http.patch(s.server.url(&format!("/api/v1/cases/{id}"))).bearer_auth(&agent).json(&body).send()
    };
    assert_eq!(patch(serde_json::json!({"status": "closed"})).await.unwrap().status(), 204);
    assert_eq!(patch(serde_json::json!({"status": "done"})).await.unwrap().status(), 400);
    assert_eq!(patch(serde_json::json!({"assignee_id": 999_999})).await.unwrap().status(), 404);
    assert_eq!(s.server.app.db().org(s.org).case(CaseId(id)).await.unwrap().unwrap().status, "closed");

    // Tags and filters.
    assert_eq!(patch(serde_json::json!({"tags": ["Faktura", "skolskjuts"]})).await.unwrap().status(), 204);
    assert_eq!(patch(serde_json::json!({"tags": ["<b>"]})).await.unwrap().status(), 400);
    let me = s
        .server
        .app
        .db()
        .org(s.org)
        .users()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.email.as_str() == "agent@alfa.se")
        .unwrap();
    assert_eq!(patch(serde_json::json!({"assignee_id": me.id.0})).await.unwrap().status(), 204);
    let list = |query: &'static str| {
        let http = http.clone();
        let url = s.server.url(&format!("/api/v1/cases{query}"));
        let agent = agent.clone();
        async move {
            let body: serde_json::Value = http.get(url).bearer_auth(agent).send().await.unwrap().json().await.unwrap();
            body.as_array().unwrap().iter().map(|c| c["id"].as_i64().unwrap()).collect::<Vec<_>>()
        }
    };
    assert_eq!(list("?tag=faktura").await, [id]);
    assert!(list("?tag=annat").await.is_empty());
    assert_eq!(list("?assignee=me").await, [id]);
    assert_eq!(list("?status=closed&tag=skolskjuts&assignee=me").await, [id]);
    assert!(list("?status=new").await.is_empty());
    let detail: serde_json::Value = http
        .get(s.server.url(&format!("/api/v1/cases/{id}")))
        .bearer_auth(&agent)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(detail["tags"], serde_json::json!(["faktura", "skolskjuts"]));
    let ui = s.server.signed_in(&org, "agent@alfa.se").await;
    let res = ui.post(s.server.url(&format!("/cases/{id}/tags"))).form(&[("tags", "bygglov")]).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let page = ui.get(s.server.url("/cases?tag=bygglov")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Skolskjuts"), "the tagged case is listed");
    let page = ui.get(s.server.url("/cases?tag=faktura")).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains(">Skolskjuts<"), "tags were replaced");
    assert_eq!(http.get(s.server.url("/api/v1/cases/999999")).bearer_auth(&agent).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn new_cases_get_an_auto_reply_but_robots_and_replies_do_not() {
    let s = setup().await;
    let org = s.server.app.db().org_by_id(s.org).await.unwrap().unwrap();
    s.server.user(&org, "admin@alfa.se", Role::Admin).await;
    let admin = s.server.signed_in(&org, "admin@alfa.se").await;
    let inbox = s.server.app.db().org(s.org).inboxes().await.unwrap().remove(0);
    let res = admin
        .post(s.server.url(&format!("/settings/inboxes/{}", inbox.id)))
        .form(&[("name", "Bygglov"), ("signature", "Bygglovsenheten, Alfa kommun"), ("auto_reply", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let res = admin
        .post(s.server.url(&format!("/settings/inboxes/{}", inbox.id)))
        .form(&[("name", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400, "an inbox needs a name");

    let mut c = Client::connect(s.addr).await;
    c.cmd("EHLO x").await;
    assert!(
        c.deliver("kim@example.se", "bygglov@alfa.se", &message("r1@example.se", "", "Plank", "Får jag?"))
            .await
            .starts_with("250")
    );
    let auto_reply = message("r2@example.se", "Auto-Submitted: auto-replied\r\n", "Frånvaro", "Borta.");
    assert!(c.deliver("kim@example.se", "bygglov@alfa.se", &auto_reply).await.starts_with("250"));
    // A bounce: the null sender.
    assert!(c.cmd("MAIL FROM:<>").await.starts_with("250"));
    assert!(c.cmd("RCPT TO:<bygglov@alfa.se>").await.starts_with("250"));
    assert!(c.cmd("DATA").await.starts_with("354"));
    c.send(&message("r3@example.se", "", "Undeliverable", "Studs.")).await;
    c.send("\r\n.\r\n").await;
    assert!(c.reply().await.starts_with("250"));
    let follow_up = message("r4@example.se", "In-Reply-To: <r1@example.se>\r\n", "Re: Plank", "Och staket?");
    assert!(c.deliver("kim@example.se", "bygglov@alfa.se", &follow_up).await.starts_with("250"));

    let queued: Vec<_> = s
        .server
        .app
        .db()
        .org(s.org)
        .outbox(20)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.kind == "case_auto_reply")
        .collect();
    assert_eq!(queued.len(), 1, "only the person's new case is acknowledged");
    assert_eq!(queued[0].recipient, "kim@example.se");
    assert_eq!(queued[0].subject, "Re: [#1] Plank");
    assert!(queued[0].body.contains("ärendenummer 1"));
    let link = queued[0]
        .body
        .lines()
        .find_map(|l| l.split("http://127.0.0.1:8080").nth(1))
        .expect("privacy link")
        .trim()
        .to_owned();
    assert_eq!(link, "/privacy/alfa");
    let page = reqwest::get(s.server.url(&link)).await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Så behandlar vi dina personuppgifter"));

    // Agents start a reply from a saved reply; the inbox's signature goes under it.
    let res = admin
        .post(s.server.url("/settings/replies"))
        .form(&[("title", "Handläggningstid"), ("body", "Handläggningstiden är högst tio veckor.")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let case = s.cases().await.into_iter().find(|c| c.subject == "Plank").unwrap();
    let page = admin.get(s.server.url(&format!("/cases/{}", case.id))).send().await.unwrap().text().await.unwrap();
    let template = between_text(&page, "<option value=\"", "\">Handläggningstid").expect("saved reply offered");
    let page = admin
        .get(s.server.url(&format!("/cases/{}?template={template}", case.id)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(">Handläggningstiden är högst tio veckor.</textarea>"), "the draft is filled in");
    let res = admin
        .post(s.server.url(&format!("/cases/{}/reply", case.id)))
        .form(&[("body", "Handläggningstiden är högst tio veckor.")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let reply = s.messages(case.id).await.into_iter().find(|m| m.direction == "out").unwrap();
    assert!(reply.body_text.ends_with("\n\n-- \nBygglovsenheten, Alfa kommun"), "{}", reply.body_text);

    // Delivered, it is marked as automatic so the customer's auto-responder stays quiet.
    let sink = SmtpSink::start("250 OK").await;
    let relay = mail::Relay::new(&format!("smtp://{}", sink.addr), "noreply@alfa.se").unwrap();
    assert_eq!(s.server.app.deliver_mail(&relay).await.unwrap(), 2, "the auto-reply and the agent's reply");
    let sent = sink.messages().remove(0);
    assert!(sent.contains("Auto-Submitted: auto-generated") && sent.contains("In-Reply-To: <r1@example.se>"), "{sent}");
}

/// Text between `start` and the next `end`, searching backwards from `end` for `start`.
fn between_text<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let end_at = text.find(end)?;
    let from = text[..end_at].rfind(start)? + start.len();
    Some(&text[from..end_at])
}

#[tokio::test]
async fn routing_rules_assign_and_tag_new_cases() {
    let s = setup().await;
    let org = s.server.app.db().org_by_id(s.org).await.unwrap().unwrap();
    s.server.user(&org, "admin@alfa.se", Role::Admin).await;
    let eva = s.server.user(&org, "eva@alfa.se", Role::Agent).await;
    let token = s.server.token(&org, "admin@alfa.se").await;
    let inbox = s.server.app.db().org(s.org).inboxes().await.unwrap().remove(0);
    let http = reqwest::Client::new();
    let add = |body: serde_json::Value| {
        http.post(s.server.url(&format!("/api/v1/inboxes/{}/rules", inbox.id))).bearer_auth(&token).json(&body).send()
    };
    let res =
        add(serde_json::json!({"field": "subject", "pattern": "faktura", "assignee_id": eva.id.0, "tag": "ekonomi"}))
            .await
            .unwrap();
    assert_eq!(res.status(), 201);
    assert_eq!(
        add(serde_json::json!({"field": "text", "pattern": "strandskydd", "tag": "natur"})).await.unwrap().status(),
        201
    );
    assert_eq!(
        add(serde_json::json!({"field": "subject", "pattern": "x"})).await.unwrap().status(),
        422,
        "needs an assignee or tag"
    );
    assert_eq!(add(serde_json::json!({"field": "headers", "pattern": "x", "tag": "y"})).await.unwrap().status(), 400);
    // Through the staff UI as well.
    let admin = s.server.signed_in(&org, "admin@alfa.se").await;
    let res = admin
        .post(s.server.url(&format!("/settings/inboxes/{}/rules", inbox.id)))
        .form(&[("field", "recipient"), ("pattern", "skola"), ("assignee", ""), ("tag", "skola")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let page = admin.get(s.server.url("/settings/inboxes")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("”faktura”") && page.contains("[natur]"));

    let mut c = Client::connect(s.addr).await;
    c.cmd("EHLO x").await;
    let mails = [
        ("f1@x", "Fråga om fakturan", "Den är för hög."),
        ("f2@x", "Brygga", "Gäller strandskyddet vid sjön?"),
        ("f3@x", "Hej", "Inget särskilt."),
    ];
    for (id, subject, body) in mails {
        assert!(
            c.deliver("kim@example.se", "bygglov@alfa.se", &message(id, "", subject, body)).await.starts_with("250")
        );
    }
    let cc = message("f4@x", "Cc: skola@alfa.se\r\n", "Skolskjuts", "Tider?");
    assert!(c.deliver("kim@example.se", "bygglov@alfa.se", &cc).await.starts_with("250"));
    let cases = s.cases().await;
    let by_subject = |subject: &str| cases.iter().find(|c| c.subject == subject).unwrap().clone();
    let scope = s.server.app.db().org(s.org);
    let invoice = by_subject("Fråga om fakturan");
    assert_eq!(invoice.assignee_id, Some(eva.id.0), "\"faktura\" matches \"fakturan\"");
    assert_eq!(scope.case_tags(CaseId(invoice.id)).await.unwrap(), ["ekonomi"]);
    assert_eq!(scope.case_tags(CaseId(by_subject("Brygga").id)).await.unwrap(), ["natur"]);
    assert!(scope.case_tags(CaseId(by_subject("Hej").id)).await.unwrap().is_empty());
    assert_eq!(by_subject("Hej").assignee_id, None);
    assert_eq!(scope.case_tags(CaseId(by_subject("Skolskjuts").id)).await.unwrap(), ["skola"]);

    let rules: serde_json::Value = http
        .get(s.server.url(&format!("/api/v1/inboxes/{}/rules", inbox.id)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let first = rules[0]["id"].as_i64().unwrap();
    let del =
        http.delete(s.server.url(&format!("/api/v1/inbox-rules/{first}"))).bearer_auth(&token).send().await.unwrap();
    assert_eq!(del.status(), 204);
    let del =
        http.delete(s.server.url(&format!("/api/v1/inbox-rules/{first}"))).bearer_auth(&token).send().await.unwrap();
    assert_eq!(del.status(), 404);
}

#[tokio::test]
async fn rules_route_new_cases_to_an_agent_group_whose_members_see_them() {
    let s = setup().await;
    let org = s.server.app.db().org_by_id(s.org).await.unwrap().unwrap();
    s.server.user(&org, "admin@alfa.se", Role::Admin).await;
    let eva = s.server.user(&org, "eva@alfa.se", Role::Agent).await;
    let olle = s.server.user(&org, "olle@alfa.se", Role::Agent).await;
    let token = s.server.token(&org, "admin@alfa.se").await;
    let inbox = s.server.app.db().org(s.org).inboxes().await.unwrap().remove(0);
    let http = reqwest::Client::new();

    // A group made over the API, another through the staff UI.
    let res = http
        .post(s.server.url("/api/v1/groups"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"name": "Ekonomi", "members": [eva.id.0]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let economy = res.json::<serde_json::Value>().await.unwrap()["id"].as_i64().unwrap();
    let again = http
        .post(s.server.url("/api/v1/groups"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"name": "Ekonomi"}))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 409, "names are unique");
    let admin = s.server.signed_in(&org, "admin@alfa.se").await;
    let res = admin.post(s.server.url("/settings/groups")).form(&[("name", "Natur")]).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let groups: serde_json::Value =
        http.get(s.server.url("/api/v1/groups")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    let nature = groups.as_array().unwrap().iter().find(|g| g["name"] == "Natur").unwrap()["id"].as_i64().unwrap();
    let body = format!("member={}&member={}", olle.id.0, eva.id.0);
    let res = admin
        .post(s.server.url(&format!("/settings/groups/{nature}/members")))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(s.server.app.db().org(s.org).group_members(domain::GroupId(nature)).await.unwrap(), [eva.id, olle.id]);
    let page = admin.get(s.server.url("/settings/groups")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Ekonomi") && page.contains("Natur"));

    let rule = |body: serde_json::Value| {
        http.post(s.server.url(&format!("/api/v1/inboxes/{}/rules", inbox.id))).bearer_auth(&token).json(&body).send()
    };
    assert_eq!(
        rule(serde_json::json!({"field": "subject", "pattern": "faktura", "group_id": economy}))
            .await
            .unwrap()
            .status(),
        201
    );
    let res = admin
        .post(s.server.url(&format!("/settings/inboxes/{}/rules", inbox.id)))
        .form(&[("field", "text"), ("pattern", "strandskydd"), ("group", &nature.to_string()), ("tag", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        rule(serde_json::json!({"field": "subject", "pattern": "x", "group_id": 999_999})).await.unwrap().status(),
        404,
        "an unknown group"
    );

    let mut c = Client::connect(s.addr).await;
    c.cmd("EHLO x").await;
    for (id, subject, body) in
        [("g1@x", "Fakturan", "För hög."), ("g2@x", "Brygga", "Strandskyddet?"), ("g3@x", "Hej", "Inget.")]
    {
        assert!(
            c.deliver("kim@example.se", "bygglov@alfa.se", &message(id, "", subject, body)).await.starts_with("250")
        );
    }
    let cases = s.cases().await;
    let by_subject = |subject: &str| cases.iter().find(|c| c.subject == subject).unwrap().clone();
    assert_eq!(by_subject("Fakturan").group_id, Some(economy));
    assert_eq!(by_subject("Brygga").group_id, Some(nature));
    assert_eq!(by_subject("Hej").group_id, None);

    // Olle (in Natur only) lists his groups' cases; Eva (in both) sees both.
    let olle_token = s.server.token(&org, "olle@alfa.se").await;
    let list = |token: String, query: &'static str| {
        let http = http.clone();
        let url = s.server.url(&format!("/api/v1/cases?{query}"));
        async move {
            let cases: serde_json::Value = http.get(url).bearer_auth(token).send().await.unwrap().json().await.unwrap();
            let mut subjects: Vec<String> =
                cases.as_array().unwrap().iter().map(|c| c["subject"].as_str().unwrap().to_owned()).collect();
            subjects.sort();
            subjects
        }
    };
    assert_eq!(list(olle_token.clone(), "group=mine").await, ["Brygga"]);
    let eva_token = s.server.token(&org, "eva@alfa.se").await;
    assert_eq!(list(eva_token, "group=mine").await, ["Brygga", "Fakturan"]);
    let olle_ui = s.server.signed_in(&org, "olle@alfa.se").await;
    let page = olle_ui.get(s.server.url("/cases?group=mine")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Brygga") && !page.contains("Fakturan") && page.contains("Natur"));

    // An agent moves a case to another group; an admin deletes a group and its cases stay.
    let hej = by_subject("Hej").id;
    let res = olle_ui
        .post(s.server.url(&format!("/cases/{hej}/group")))
        .form(&[("group", economy.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(list(olle_token.clone(), "group=mine").await, ["Brygga"]);
    let del = http.delete(s.server.url(&format!("/api/v1/groups/{economy}"))).bearer_auth(&token).send().await.unwrap();
    assert_eq!(del.status(), 204);
    assert_eq!(s.cases().await.len(), 3);
    assert!(s.cases().await.iter().all(|c| c.group_id != Some(economy)));

    // Agents cannot manage groups; another organisation cannot see or use them.
    let res = http
        .post(s.server.url("/api/v1/groups"))
        .bearer_auth(&olle_token)
        .json(&serde_json::json!({"name": "Egen"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let other = s.server.org("beta", Regime::Private).await;
    s.server.user(&other, "admin@beta.se", Role::Admin).await;
    let foreign = s.server.token(&other, "admin@beta.se").await;
    let seen: serde_json::Value =
        http.get(s.server.url("/api/v1/groups")).bearer_auth(&foreign).send().await.unwrap().json().await.unwrap();
    assert_eq!(seen, serde_json::json!([]));
    let res = http
        .put(s.server.url(&format!("/api/v1/groups/{nature}/members")))
        .bearer_auth(&foreign)
        .json(&serde_json::json!({"members": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let res = http
        .patch(s.server.url(&format!("/api/v1/cases/{hej}")))
        .bearer_auth(&token)
        .json(&serde_json::json!({"group_id": nature}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let beta_admin = s.server.app.db().org(other.id).users().await.unwrap().remove(0);
    let principal = app::Principal { user: beta_admin, via: app::authz::Via::Session };
    assert!(matches!(
        s.server.app.route_case(&principal, CaseId(hej), Some(domain::GroupId(nature))).await,
        Err(app::AppError::NotFound)
    ));
}

#[tokio::test]
async fn starttls_is_offered_with_a_certificate_and_starts_the_session_over() {
    let server = TestServer::start().await;
    let org = server.org("alfa", Regime::PublicAuthority).await;
    server.app.create_inbox_as_operator(org.id, "bygglov@alfa.se", "Bygglov").await.unwrap();
    let cert = rcgen::generate_simple_self_signed(vec!["mx.alfa.se".to_owned()]).unwrap();
    let (cert_pem, key_pem) = (cert.cert.pem(), cert.signing_key.serialize_pem());
    assert!(mail::smtp_server::tls_config(cert_pem.as_bytes(), b"nonsense").is_err());
    let tls = mail::smtp_server::tls_config(cert_pem.as_bytes(), key_pem.as_bytes()).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let settings =
        mail::smtp_server::SmtpSettings { hostname: "mx.alfa.se".into(), tls: Some(tls), ..Default::default() };
    tokio::spawn(mail::smtp_server::serve(listener, settings, Arc::new(app::cases::MailIntake(server.app.clone()))));

    let mut c = Client::connect(addr).await;
    assert!(c.cmd("STARTTLS").await.starts_with("503"), "EHLO comes first");
    assert!(c.cmd("EHLO client.example.se").await.contains("250-STARTTLS"));
    // A command pipelined behind STARTTLS in clear text must not reach the TLS session.
    c.send("STARTTLS\r\nMAIL FROM:<injected@example.se>\r\n").await;
    assert!(c.reply().await.starts_with("220 "));
    let mut c = c.upgrade(cert_pem.as_bytes(), "mx.alfa.se").await;
    assert!(c.cmd("MAIL FROM:<kim@example.se>").await.starts_with("503"), "EHLO again after TLS");
    let ehlo = c.cmd("EHLO client.example.se").await;
    assert!(ehlo.starts_with("250") && !ehlo.contains("STARTTLS"), "{ehlo}");
    assert!(c.cmd("STARTTLS").await.starts_with("503"), "TLS is already on");
    let rcpt = c.cmd("RCPT TO:<bygglov@alfa.se>").await;
    assert!(rcpt.starts_with("503"), "the injected MAIL FROM was dropped: {rcpt}");
    let reply = c.deliver("kim@example.se", "bygglov@alfa.se", &message("tls1@x", "", "Över TLS", "Hej")).await;
    assert!(reply.starts_with("250"), "{reply}");
    let cases = server.app.db().org(org.id).cases(None, 10).await.unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].subject, "Över TLS");

    // Without a certificate the listener says so.
    let s = setup().await;
    let mut plain = Client::connect(s.addr).await;
    assert!(!plain.cmd("EHLO x").await.contains("STARTTLS"));
    assert!(plain.cmd("STARTTLS").await.starts_with("502"));
}
