//! Sensitive data in what staff write and what is stored: composers ask before sending
//! identifiers or Art. 9/10 data (pages, WebSocket, API), and staff mask stored findings
//! in messages, notes, file names and forum posts, audited without the values.

use crate::chat::{next_of, online_agent, send, start};
use crate::support::{TestServer, scalar_i64};
use domain::org::{Organisation, Regime};
use domain::staff::Role;
use domain::{CaseId, OrgId};
use reqwest::StatusCode;
use serde_json::{Value, json};

const PNR: &str = "640823-3234";

/// An organisation with an inbox, an agent (signed in) and an admin token.
struct Office {
    server: TestServer,
    org: Organisation,
    agent: reqwest::Client,
    token: String,
}

async fn office() -> Office {
    let server = TestServer::start().await;
    let org = server.org("alfa", Regime::PublicAuthority).await;
    server.app.create_inbox_as_operator(org.id, "bygglov@alfa.se", "Bygglov").await.unwrap();
    server.user(&org, "admin@alfa.se", Role::Admin).await;
    server.user(&org, "agent@alfa.se", Role::Agent).await;
    let agent = server.signed_in(&org, "agent@alfa.se").await;
    let token = server.token(&org, "admin@alfa.se").await;
    Office { server, org, agent, token }
}

/// A customer's mail with the personnummer in the subject, the text, a file name and the HTML
/// (split by markup there).
fn sensitive_mail(id: &str) -> String {
    format!(
        "From: Kare <kare@example.se>\r\nTo: bygglov@alfa.se\r\nSubject: Ansökan {PNR}\r\nMessage-ID: <{id}>\r\n\
         MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n\
         Content-Type: multipart/alternative; boundary=\"a\"\r\n\r\n--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         Mitt personnummer är {PNR} och jag nås på 070-123 45 67.\r\n--a\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
         <p>Mitt personnummer är <b>640823</b>-3234 och jag nås på 070-123 45 67.</p>\r\n--a--\r\n--b\r\n\
         Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"{PNR} intyg.pdf\"\r\n\r\n\
         %PDF-1.4 intyg\r\n--b--\r\n"
    )
}

impl Office {
    async fn case_from(&self, raw: &str) -> CaseId {
        let to = ["bygglov@alfa.se".to_owned()];
        let received = self.server.app.receive_mail(Some("kare@example.se"), &to, raw.as_bytes()).await;
        received.unwrap().remove(0).case
    }

    async fn messages(&self, case: CaseId) -> Vec<app::cases::CaseMessageRow> {
        self.server.app.db().org(self.org.id).case_messages(case).await.unwrap()
    }

    async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> (StatusCode, String) {
        let res = self.agent.post(self.server.url(path)).form(form).send().await.unwrap();
        (res.status(), res.text().await.unwrap())
    }

    async fn api(&self, method: reqwest::Method, path: &str, body: Value) -> (StatusCode, Value) {
        let res = reqwest::Client::new()
            .request(method, self.server.url(&format!("/api/v1{path}")))
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = res.status();
        (status, res.json().await.unwrap_or(Value::Null))
    }

    async fn outbox_count(&self, kind: &str) -> i64 {
        scalar_i64(self.server.app.db(), &format!("SELECT COUNT(*) FROM mail_outbox WHERE kind = '{kind}'")).await
    }

    async fn audit_after(&self, seq: i64) -> Vec<domain::audit::StoredEvent> {
        self.server.app.db().org(self.org.id).audit_events_after(seq, 1000).await.unwrap()
    }

    async fn audit_head(&self) -> i64 {
        self.audit_after(0).await.last().map_or(0, |e| e.seq)
    }
}

/// The span of the first stored finding of `kind` in a findings list.
fn span_of(findings: &str, kind: &str) -> (usize, usize) {
    let list: Vec<Value> = serde_json::from_str(findings).unwrap();
    let f = list.iter().find(|f| f["kind"] == kind).unwrap_or_else(|| panic!("no {kind} in {findings}"));
    (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize)
}

#[tokio::test]
async fn case_replies_and_notes_with_identifiers_wait_for_confirmation() {
    let o = office().await;
    let case = o.case_from(&sensitive_mail("m1@example.se")).await;
    let reply = format!("Hej! Vi har registrerat {PNR} och du har diabetes enligt intyget.");

    // Unconfirmed: refused, the text kept in the form with the kinds named and a button.
    let (status, page) =
        o.post_form(&format!("/cases/{}/reply", case.0), &[("body", &reply), ("then", "closed")]).await;
    assert_eq!(status, 422);
    assert!(page.contains("Texten ser ut att innehålla personnummer och uppgift om hälsa"), "{page}");
    assert!(page.contains(&format!(">{reply}</textarea>")), "the text is kept");
    assert!(page.contains("name=\"confirm_sensitive\"") && page.contains("Skicka ändå"));
    assert!(page.contains("id=\"reply-close\" name=\"then\" value=\"closed\" checked"), "the choice is kept");
    assert_eq!(o.messages(case).await.len(), 1, "nothing stored");
    assert_eq!(o.outbox_count("case_reply").await, 0, "nothing sent");
    let (status, page) = o.post_form(&format!("/cases/{}/note", case.0), &[("body", &reply)]).await;
    assert_eq!(status, 422);
    assert!(page.contains(&format!(">{reply}</textarea>")) && page.contains("Spara ändå"));
    assert_eq!(o.messages(case).await.len(), 1);

    // The API answers 422 with the code and the kinds, and takes confirm_sensitive.
    let path = format!("/cases/{}/replies", case.0);
    let (status, body) = o.api(reqwest::Method::POST, &path, json!({"body": reply})).await;
    assert_eq!(status, 422);
    assert_eq!(body["error"]["code"], "sensitive_unconfirmed");
    assert_eq!(body["error"]["kinds"], json!(["personnummer", "health"]));
    assert!(!body.to_string().contains(PNR), "the refusal never echoes the value");
    let (status, _) = o.api(reqwest::Method::POST, &path, json!({"body": reply, "confirm_sensitive": false})).await;
    assert_eq!(status, 422);
    assert_eq!(o.outbox_count("case_reply").await, 0);

    // Confirmed, it goes out; a note too.
    let (status, _) = o
        .post_form(
            &format!("/cases/{}/reply", case.0),
            &[("body", &reply), ("then", "closed"), ("confirm_sensitive", "1")],
        )
        .await;
    assert_eq!(status, 303);
    assert_eq!(o.outbox_count("case_reply").await, 1);
    let (status, _) =
        o.post_form(&format!("/cases/{}/note", case.0), &[("body", &reply), ("confirm_sensitive", "1")]).await;
    assert_eq!(status, 303);
    let (status, _) = o.api(reqwest::Method::POST, &path, json!({"body": reply, "confirm_sensitive": true})).await;
    assert_eq!(status, 202);
    let (status, _) =
        o.api(reqwest::Method::POST, &format!("/cases/{}/notes", case.0), json!({"body": "Ring 070-123 45 67"})).await;
    assert_eq!(status, 422);
    assert_eq!(o.outbox_count("case_reply").await, 2);
    let directions: Vec<String> = o.messages(case).await.into_iter().map(|m| m.direction).collect();
    assert_eq!(directions, ["in", "out", "note", "out"]);
    // Text without sensitive data needs no confirmation; an organisation's number is not personal.
    let (status, _) =
        o.post_form(&format!("/cases/{}/reply", case.0), &[("body", "Vårt organisationsnummer är 212000-0142.")]).await;
    assert_eq!(status, 303);
}

#[tokio::test]
async fn the_case_page_highlights_stored_findings_and_staff_mask_them() {
    let o = office().await;
    let case = o.case_from(&sensitive_mail("m2@example.se")).await;
    let page = o.agent.get(o.server.url(&format!("/cases/{}", case.0))).send().await.unwrap().text().await.unwrap();
    // Highlighted with the kind named in the staff member's language, in the subject and the text.
    assert_eq!(
        page.matches(&format!("<mark class=\"finding\" title=\"personnummer\">{PNR}<span class=\"visually-hidden\">"))
            .count(),
        2,
        "{page}"
    );
    assert!(page.contains("title=\"telefonnummer\">070-123 45 67"), "{page}");
    assert!(page.contains("Maskera personnummer") && page.contains("Maskera alla"));

    // Mask the personnummer of the text: the form names its stored span; the same number
    // elsewhere in the message (its subject) goes with it.
    let message = o.messages(case).await.remove(0);
    let text = format!("{}\n{}", message.subject, message.body_text);
    let body_start = message.subject.len() + 1 + message.body_text.find(PNR).unwrap();
    assert_eq!(&text[body_start..body_start + PNR.len()], PNR);
    let head = o.audit_head().await;
    let mask_path = format!("/cases/{}/messages/{}/mask", case.0, message.id);
    let (start, end) = (body_start.to_string(), (body_start + PNR.len()).to_string());
    let (status, _) = o.post_form(&mask_path, &[("start", &start), ("end", &end)]).await;
    assert_eq!(status, 303);
    let masked = o.messages(case).await.remove(0);
    assert!(masked.body_text.starts_with("Mitt personnummer är [personnummer] och jag nås på 070-123 45 67."));
    // Copies follow: the case's subject, and the received HTML (here dropped: see below).
    assert_eq!(masked.subject, "Ansökan [personnummer]");
    assert_eq!(masked.body_html, None, "markup split the number in the HTML copy: the copy goes");
    let stored = o.server.app.db().org(o.org.id).case(case).await.unwrap().unwrap();
    assert_eq!(stored.subject, "Ansökan [personnummer]");
    // The findings follow the new text: only the phone number is left.
    let kinds: Vec<Value> = serde_json::from_str(&masked.findings).unwrap();
    assert_eq!(kinds.iter().map(|f| f["kind"].as_str().unwrap()).collect::<Vec<_>>(), ["phone"]);
    let (phone_start, phone_end) = span_of(&masked.findings, "phone");
    assert_eq!(&format!("{}\n{}", masked.subject, masked.body_text)[phone_start..phone_end], "070-123 45 67");

    // Audited with ids and kinds, never the value.
    let events = o.audit_after(head).await;
    let event = events.iter().find(|e| e.action == "privacy.content_masked").expect("audited");
    assert_eq!((event.target_kind.as_deref(), event.target_id), (Some("case"), Some(case.0)));
    assert_eq!(event.details, format!(r#"{{"message":{},"personnummer":2}}"#, message.id));
    for e in &events {
        assert!(!e.details.contains("640823") && !e.details.contains("3234"), "{}", e.details);
    }

    // The page no longer shows the number anywhere but in the file's name; masking the name clears it.
    let page = o.agent.get(o.server.url(&format!("/cases/{}", case.0))).send().await.unwrap().text().await.unwrap();
    assert_eq!(page.matches(PNR).count(), 2, "the file's name, and its mask list");
    let file = o.server.app.db().org(o.org.id).case_attachments(case).await.unwrap().remove(0);
    let (status, body) = o
        .api(reqwest::Method::POST, &format!("/cases/{}/attachments/{}/mask", case.0, file.id), json!({"all": true}))
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!({"masked": ["personnummer"]}));
    let file = o.server.app.db().org(o.org.id).case_attachments(case).await.unwrap().remove(0);
    assert_eq!(file.file_name, "[personnummer] intyg.pdf");
    let page = o.agent.get(o.server.url(&format!("/cases/{}", case.0))).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains(PNR), "{page}");

    // The API lists findings with the case and masks the rest.
    let (_, detail) = o.api(reqwest::Method::GET, &format!("/cases/{}", case.0), Value::Null).await;
    assert_eq!(detail["messages"][0]["findings"][0]["kind"], "phone");
    let (status, body) = o
        .api(reqwest::Method::POST, &format!("/cases/{}/messages/{}/mask", case.0, message.id), json!({"all": true}))
        .await;
    assert_eq!((status, body), (StatusCode::OK, json!({"masked": ["phone"]})));
    let masked = o.messages(case).await.remove(0);
    assert!(masked.body_text.contains("jag nås på [telefon]."));
    assert_eq!(masked.findings, "[]");

    // Bad input: a clear error in the staff member's language, nothing changed.
    let (status, page) = o.post_form(&mask_path, &[("start", "4")]).await;
    assert_eq!(status, 400);
    assert!(page.contains("Uppgift att maskera: har inte rätt form."), "{page}");
    let (status, page) = o.post_form(&mask_path, &[("all", "1")]).await;
    assert_eq!(status, 422);
    assert!(page.contains("Det finns inget att maskera."), "{page}");
    let (status, body) = o
        .api(
            reqwest::Method::POST,
            &format!("/cases/{}/messages/{}/mask", case.0, message.id),
            json!({"start": 0, "end": 7}),
        )
        .await;
    assert_eq!((status, body["error"]["code"].as_str()), (StatusCode::CONFLICT, Some("finding_changed")));
    let (status, _) = o
        .api(reqwest::Method::POST, &format!("/cases/{}/messages/{}/mask", case.0, message.id), json!({"start": 1}))
        .await;
    assert_eq!(status, 400);
    assert_eq!(o.messages(case).await.remove(0), masked, "nothing changed");
}

#[tokio::test]
async fn another_organisations_ids_are_not_found_for_masking() {
    let o = office().await;
    let case = o.case_from(&sensitive_mail("m3@example.se")).await;
    let message = o.messages(case).await.remove(0);
    let file = o.server.app.db().org(o.org.id).case_attachments(case).await.unwrap().remove(0);
    // A second case of the same organisation: its id with the first case's message is not found either.
    let other_case = o.case_from(&sensitive_mail("m4@example.se")).await;

    let other = o.server.org("beta", Regime::Private).await;
    o.server.user(&other, "admin@beta.se", Role::Admin).await;
    let stranger = o.server.signed_in(&other, "admin@beta.se").await;
    let stranger_token = o.server.token(&other, "admin@beta.se").await;
    let paths = [
        format!("/cases/{}/messages/{}/mask", case.0, message.id),
        format!("/cases/{}/attachments/{}/mask", case.0, file.id),
    ];
    for path in &paths {
        let res = stranger.post(o.server.url(path)).form(&[("all", "1")]).send().await.unwrap();
        assert_eq!(res.status(), 404, "{path}");
        let res = reqwest::Client::new()
            .post(o.server.url(&format!("/api/v1{path}")))
            .bearer_auth(&stranger_token)
            .json(&json!({"all": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 404, "{path}");
    }
    for path in [
        format!("/cases/{}/messages/{}/mask", other_case.0, message.id),
        format!("/cases/{}/attachments/{}/mask", other_case.0, file.id),
    ] {
        let (status, _) = o.post_form(&path, &[("all", "1")]).await;
        assert_eq!(status, 404, "{path}");
    }
    assert_eq!(o.messages(case).await.remove(0), message, "nothing changed");
    let unchanged = o.server.app.db().org(o.org.id).case_attachments(case).await.unwrap().remove(0);
    assert_eq!(unchanged.file_name, file.file_name);
    // A reply to another organisation's case is not found, confirmed or not.
    let res = reqwest::Client::new()
        .post(o.server.url(&format!("/api/v1/cases/{}/replies", case.0)))
        .bearer_auth(&stranger_token)
        .json(&json!({"body": format!("pnr {PNR}"), "confirm_sensitive": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn chat_answers_ask_over_the_websocket_and_chat_lines_are_masked() {
    let chat = crate::chat::setup(false).await;
    let server = &chat.server;
    let mut agent = online_agent(&chat).await;
    let (_, started) = start(server, json!({"language": "sv", "name": "Eva"})).await;
    let (token, conversation) =
        (started["token"].as_str().unwrap().to_owned(), started["conversation"].as_i64().unwrap());
    let mut visitor = crate::chat::connect(server, "/chat/ws", None).await;
    send(&mut visitor, json!({"type": "hello", "token": token, "conversation": conversation, "last_seq": 0})).await;
    next_of(&mut visitor, &["welcome"]).await;
    send(&mut agent, json!({"type": "open", "conversation": conversation})).await;
    next_of(&mut agent, &["conversation"]).await;
    send(&mut agent, json!({"type": "accept", "conversation": conversation})).await;
    next_of(&mut visitor, &["agent_joined"]).await;

    // An answer with a personnummer: the agent is asked, nothing is stored or sent.
    let answer = format!("Jag ser att ditt personnummer är {PNR}.");
    send(&mut agent, json!({"type": "send", "conversation": conversation, "body": answer})).await;
    let asked = next_of(&mut agent, &["error", "ack"]).await;
    assert_eq!(asked["code"], "sensitive_unconfirmed", "{asked}");
    assert_eq!(asked["kinds"], json!(["personnummer"]));
    assert_eq!(asked["conversation"], conversation);
    send(
        &mut agent,
        json!({"type": "send", "conversation": conversation, "body": "Intern: 070-123 45 67", "internal": true}),
    )
    .await;
    assert_eq!(next_of(&mut agent, &["error", "ack"]).await["kinds"], json!(["phone"]), "notes ask too");
    let id = domain::ConversationId(conversation);
    assert_eq!(server.app.db().org(chat.org.id).conversation(id).await.unwrap().unwrap().last_seq, 0);

    // Sent again confirmed, it goes out.
    send(&mut agent, json!({"type": "send", "conversation": conversation, "body": answer, "confirm_sensitive": true}))
        .await;
    assert_eq!(next_of(&mut agent, &["error", "ack"]).await["type"], "ack");
    let got = next_of(&mut visitor, &["message"]).await;
    assert_eq!(got["message"]["body"], answer);

    // A visitor's line with a phone number, masked from the inbox.
    send(&mut visitor, json!({"type": "send", "body": "Ring mig på 070-123 45 67 tack", "client_id": "v1"})).await;
    let seq = next_of(&mut visitor, &["ack"]).await["seq"].as_i64().unwrap();
    send(&mut agent, json!({"type": "mask", "conversation": conversation, "seq": seq, "start": 13, "end": 26})).await;
    let masked = next_of(&mut agent, &["masked", "error"]).await;
    assert_eq!(masked["type"], "masked", "{masked}");
    assert_eq!(masked["message"]["body"], "Ring mig på [telefon] tack");
    assert_eq!(masked["message"]["findings"], json!([]));
    let stored = server.app.db().org(chat.org.id).message(id, seq).await.unwrap().unwrap();
    assert_eq!(stored.body, "Ring mig på [telefon] tack");
    // The API masks too (the agent's own answer), and says what.
    let admin_token = server.token(&chat.org, "admin@kommun.se").await;
    let res = reqwest::Client::new()
        .post(server.url(&format!("/api/v1/chat/conversations/{conversation}/messages/1/mask")))
        .bearer_auth(&admin_token)
        .json(&json!({"all": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap(), json!({"masked": ["personnummer"]}));
    let listed: Value = reqwest::Client::new()
        .get(server.url(&format!("/api/v1/chat/conversations/{conversation}/messages")))
        .bearer_auth(&admin_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed[0]["body"], "Jag ser att ditt personnummer är [personnummer].");
    // A stale span is refused and nothing changes.
    send(&mut agent, json!({"type": "mask", "conversation": conversation, "seq": seq, "start": 13, "end": 26})).await;
    assert_eq!(next_of(&mut agent, &["masked", "error"]).await["code"], "finding_changed");
    let audit = server.app.db().org(chat.org.id).audit_events_after(0, 1000).await.unwrap();
    let masks: Vec<&String> =
        audit.iter().filter(|e| e.action == "privacy.content_masked").map(|e| &e.details).collect();
    assert_eq!(masks, [&format!(r#"{{"phone":1,"seq":{seq}}}"#), &r#"{"personnummer":1,"seq":1}"#.to_owned()]);

    // Another organisation's agent: not found, nothing masked.
    let other = server.org("annan", Regime::Private).await;
    server.user(&other, "admin@annan.se", Role::Admin).await;
    let foreign = server.token(&other, "admin@annan.se").await;
    for (method, path) in [
        (reqwest::Method::POST, format!("/api/v1/chat/conversations/{conversation}/messages/2/mask")),
        (reqwest::Method::GET, format!("/api/v1/chat/conversations/{conversation}/messages")),
    ] {
        let res = reqwest::Client::new()
            .request(method, server.url(&path))
            .bearer_auth(&foreign)
            .json(&json!({"all": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 404, "{path}");
    }
}

#[tokio::test]
async fn forum_answers_ask_and_masked_posts_leave_the_search_index() {
    let server = TestServer::start().await;
    let forum = crate::forum::forum(&server, "alfa", domain::org::Language::Sv).await;
    // A visitor's question with a personnummer in the title waits for review; staff publish it.
    let title = format!("Bygglov för {PNR}");
    let text = "Hur lång tid tar handläggningen av altanen?";
    let (status, _) = crate::forum::ask(&server, &reqwest::Client::new(), &forum, &title, text, "").await;
    assert_eq!(status, 201);
    let queue = crate::forum::moderation_queue(&server, &forum.token).await;
    let question = queue[0]["post"]["id"].as_i64().expect("the question waits for review");
    let agent = server.signed_in(&forum.org, "agent@alfa.se").await;
    let o = Office { agent, token: forum.token, org: forum.org, server };
    let (status, _) = o
        .api(reqwest::Method::POST, &format!("/forum/posts/{question}/moderation"), json!({"action": "publish"}))
        .await;
    assert_eq!(status, 204);
    let search = |q: &'static str| {
        let url = o.server.url(&format!("/api/v1/public/forum/alfa/search?q={q}"));
        async move { reqwest::get(url).await.unwrap().json::<Value>().await.unwrap() }
    };
    assert_eq!(search("640823").await["hits"].as_array().unwrap().len(), 1);

    // An official answer with a phone number and a health word asks first; the page keeps the text.
    let answer = "Ring handläggaren på 070-123 45 67 om din diabetes påverkar ansökan.";
    let (status, page) = o.post_form(&format!("/moderation/questions/{question}/answer"), &[("body", answer)]).await;
    assert_eq!(status, 422);
    assert!(page.contains("telefonnummer och uppgift om hälsa") && page.contains(&format!(">{answer}</textarea>")));
    assert!(page.contains("Publicera ändå"));
    let (status, body) =
        o.api(reqwest::Method::POST, &format!("/forum/questions/{question}/answers"), json!({"body": answer})).await;
    assert_eq!((status, &body["error"]["kinds"]), (StatusCode::UNPROCESSABLE_ENTITY, &json!(["phone", "health"])));
    let (status, _) = o
        .post_form(&format!("/moderation/questions/{question}/answer"), &[("body", answer), ("confirm_sensitive", "1")])
        .await;
    assert_eq!(status, 303);

    // The moderation page offers the title's personnummer for masking; masking it takes
    // it out of the page, the post and the search index at once.
    let page = o.agent.get(o.server.url(&format!("/moderation/questions/{question}"))).send().await.unwrap();
    let page = page.text().await.unwrap();
    assert!(page.contains("Maskera personnummer"), "{page}");
    let head = o.audit_head().await;
    let stored = o.server.app.db().org(o.org.id).forum_post(domain::PostId(question)).await.unwrap().unwrap();
    let (start, end) = span_of(&stored.findings, "personnummer");
    let (start, end, back) = (start.to_string(), end.to_string(), question.to_string());
    let form = [("start", start.as_str()), ("end", end.as_str()), ("question", back.as_str())];
    let (status, _) = o.post_form(&format!("/moderation/posts/{question}/mask"), &form).await;
    assert_eq!(status, 303);
    let post = o.server.app.db().org(o.org.id).forum_post(domain::PostId(question)).await.unwrap().unwrap();
    assert_eq!(post.title.as_deref(), Some("Bygglov för [personnummer]"));
    assert_eq!(post.findings, "[]");
    assert!(search("640823").await["hits"].as_array().unwrap().is_empty(), "the index follows");
    assert_eq!(search("altanen").await["hits"].as_array().unwrap().len(), 1, "the rest is still found");
    let thread = reqwest::get(o.server.url(&format!("/forum/alfa/questions/{question}"))).await.unwrap();
    assert!(!thread.text().await.unwrap().contains(PNR));
    let events = o.audit_after(head).await;
    let event = events.iter().find(|e| e.action == "privacy.content_masked").unwrap();
    assert_eq!((event.target_kind.as_deref(), event.details.as_str()), (Some("forum_post"), r#"{"personnummer":1}"#));

    // The staff answer's data masked through the API; another organisation cannot.
    let answer_id = o.server.app.db().org(o.org.id).forum_answers(domain::PostId(question)).await.unwrap()[0].id;
    let other = o.server.org("beta", Regime::Private).await;
    o.server.user(&other, "admin@beta.se", Role::Admin).await;
    let foreign = o.server.token(&other, "admin@beta.se").await;
    let res = reqwest::Client::new()
        .post(o.server.url(&format!("/api/v1/forum/posts/{answer_id}/mask")))
        .bearer_auth(&foreign)
        .json(&json!({"all": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let (status, body) =
        o.api(reqwest::Method::POST, &format!("/forum/posts/{answer_id}/mask"), json!({"all": true})).await;
    assert_eq!((status, body), (StatusCode::OK, json!({"masked": ["phone", "health"]})));
    let masked = o.server.app.db().org(o.org.id).forum_post(domain::PostId(answer_id)).await.unwrap().unwrap();
    assert_eq!(masked.body, "Ring handläggaren på [telefon] om din [känslig uppgift] påverkar ansökan.");
}

#[tokio::test]
async fn guides_ask_about_new_identifiers_and_publishing_them() {
    let o = office().await;
    let guide = |body: &str, confirm: Option<bool>| {
        let mut v = json!({"title": "Färdtjänst", "body": body, "visibility": "public"});
        if let Some(c) = confirm {
            v["confirm_sensitive"] = json!(c);
        }
        v
    };
    // Health words are a guide's subject, not a finding to ask about.
    let (status, created) =
        o.api(reqwest::Method::POST, "/guides", guide("Färdtjänst vid funktionsnedsättning och diabetes.", None)).await;
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_i64().unwrap();
    // A number added is asked about once; kept in later saves, it is not asked again.
    let with_phone = "Färdtjänst vid diabetes. Ring växeln på 0470-410 00.";
    let (status, body) = o.api(reqwest::Method::PUT, &format!("/guides/{id}"), guide(with_phone, None)).await;
    assert_eq!((status, &body["error"]["kinds"]), (StatusCode::UNPROCESSABLE_ENTITY, &json!(["phone"])));
    let (status, _) = o.api(reqwest::Method::PUT, &format!("/guides/{id}"), guide(with_phone, Some(true))).await;
    assert_eq!(status, 204);
    let (status, _) =
        o.api(reqwest::Method::PUT, &format!("/guides/{id}"), guide(&format!("{with_phone} Öppet 8–16."), None)).await;
    assert_eq!(status, 204);
    // Publishing a public guide asks about every identifier in it.
    let path = format!("/guides/{id}/status");
    let (status, body) = o.api(reqwest::Method::PUT, &path, json!({"status": "published"})).await;
    assert_eq!((status, &body["error"]["code"]), (StatusCode::UNPROCESSABLE_ENTITY, &json!("sensitive_unconfirmed")));
    let (status, page) = o.post_form(&path, &[("status", "published")]).await;
    assert_eq!(status, 422);
    assert!(page.contains("Publicera ändå") && page.contains("telefonnummer"), "{page}");
    let (status, _) =
        o.api(reqwest::Method::PUT, &path, json!({"status": "published", "confirm_sensitive": true})).await;
    assert_eq!(status, 204);
    // A new guide with a personnummer, through the page: asked, the text kept.
    let (status, page) = o
        .post_form(
            "/guides",
            &[("title", "Exempel"), ("body", &format!("Skriv till exempel {PNR}.")), ("visibility", "internal")],
        )
        .await;
    assert_eq!(status, 422);
    assert!(page.contains(&format!("Skriv till exempel {PNR}.</textarea>")) && page.contains("Spara ändå"), "{page}");
    let (status, _) = o
        .post_form(
            "/guides",
            &[
                ("title", "Exempel"),
                ("body", &format!("Skriv till exempel {PNR}.")),
                ("visibility", "internal"),
                ("confirm_sensitive", "1"),
            ],
        )
        .await;
    assert_eq!(status, 303);
}

/// Findings stored before every path scanned the same text (replies and notes without their
/// subject, mail without a subject, staff-edited questions without their title) move to
/// where the text now puts them.
#[tokio::test]
async fn stored_findings_move_to_the_text_they_are_spans_of() {
    use sqlx::migrate::Migrator;
    let db = crate::support::TestDb::new().await;
    let backend = if db.is_postgres() { "postgres" } else { "sqlite" };
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../storage/migrations/{backend}"));
    let mut before = Migrator::new(dir).await.unwrap();
    before.migrations = before.migrations.iter().filter(|m| m.version < 15).cloned().collect::<Vec<_>>().into();
    let finding = |start: usize, end: usize| {
        format!(r#"[{{"kind":"personnummer","category":null,"start":{start},"end":{end},"confidence":0.99}}]"#)
    };
    // Fresh tables number their rows from 1 on both backends.
    let legacy = [
        "INSERT INTO organisations (slug, name, time_zone, language, regime, created_at) \
         VALUES ('gamla', 'Gamla', 'Europe/Stockholm', 'sv', 'private', 0)"
            .to_owned(),
        "INSERT INTO mail_inboxes (org_id, address, name, created_at) VALUES (1, 'in@gamla.se', 'In', 0)".to_owned(),
        "INSERT INTO cases (org_id, inbox_id, number, subject, status, created_at, last_message_at) \
         VALUES (1, 1, 1, 'Ärende', 'open', 0, 0)"
            .to_owned(),
        // A reply scanned without its subject, a mail with it, a mail that had none.
        format!(
            "INSERT INTO case_messages (org_id, case_id, direction, header_message_id, subject, body_text, \
             findings, created_at) VALUES (1, 1, 'out', 'a@x', 'Re: Ärende', 'pnr {PNR}', '{}', 0), \
             (1, 1, 'in', 'b@x', 'Ärende', 'pnr {PNR}', '{}', 0), \
             (1, 1, 'in', 'c@x', '(inget ämne)', 'pnr {PNR}', '{}', 0)",
            finding(4, 15),
            finding(12, 23),
            finding(5, 16)
        ),
        "INSERT INTO forum_categories (org_id, slug, name, created_at) VALUES (1, 'c', 'C', 0)".to_owned(),
        // A question a moderator edited (scanned without its title), and one never edited.
        format!(
            "INSERT INTO forum_posts (org_id, category_id, title, body, author_name, status, manage_token_hash, \
             findings, created_at, edited_at, last_activity_at) VALUES \
             (1, 1, 'Bygglov', 'pnr {PNR}', 'Kim', 'published', 'h1', '{}', 0, 1, 0), \
             (1, 1, 'Altan', 'pnr {PNR}', 'Kim', 'published', 'h2', '{}', 0, NULL, 0)",
            finding(4, 15),
            finding(10, 21)
        ),
    ];
    if db.is_postgres() {
        let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
        before.run(&pool).await.unwrap();
        for sql in &legacy {
            sqlx::query(sqlx::AssertSqlSafe(sql.clone())).execute(&pool).await.unwrap();
        }
        pool.close().await;
    } else {
        use std::str::FromStr;
        let options = sqlx::sqlite::SqliteConnectOptions::from_str(&db.url).unwrap().create_if_missing(true);
        let pool = sqlx::SqlitePool::connect_with(options).await.unwrap();
        before.run(&pool).await.unwrap();
        for sql in &legacy {
            sqlx::query(sqlx::AssertSqlSafe(sql.clone())).execute(&pool).await.unwrap();
        }
        pool.close().await;
    }
    let migrated = db.connect().await;
    let scope = migrated.org(OrgId(1));
    for m in scope.case_messages(CaseId(1)).await.unwrap() {
        let (start, end) = span_of(&m.findings, "personnummer");
        assert_eq!(&format!("{}\n{}", m.subject, m.body_text)[start..end], PNR, "message {}", m.id);
    }
    for id in [1, 2] {
        let post = scope.forum_post(domain::PostId(id)).await.unwrap().unwrap();
        let (start, end) = span_of(&post.findings, "personnummer");
        assert_eq!(&format!("{}\n{}", post.title.unwrap(), post.body)[start..end], PNR, "post {id}");
    }
}
