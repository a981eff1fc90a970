//! Live chat over real HTTP and WebSocket connections, as the widget and the inbox use it.

use crate::support::{PASSWORD, TestServer, exec};
use app::chat::{NewFlow, default_flow_settings};
use domain::org::{Language, Regime};
use domain::staff::Role;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;

pub(crate) type Ws = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

pub(crate) struct Chat {
    pub server: TestServer,
    pub org: domain::org::Organisation,
    pub admin: app::Principal,
}

pub(crate) async fn setup(require_ack: bool) -> Chat {
    let server = TestServer::start().await;
    let org = server.org("kommun", Regime::PublicAuthority).await;
    let admin_user = server.user(&org, "admin@kommun.se", Role::Admin).await;
    server.user(&org, "agent@kommun.se", Role::Agent).await;
    let admin = app::Principal { user: admin_user, via: app::authz::Via::Session };
    let flow = server
        .app
        .create_flow(&admin, NewFlow { slug: "bygglov", settings: default_flow_settings("Bygglov") })
        .await
        .unwrap();
    server.app.publish_notice(&admin, flow, Language::Sv, "Vi sparar chatten i 30 dagar.", require_ack).await.unwrap();
    Chat { server, org, admin }
}

pub(crate) async fn connect(server: &TestServer, path: &str, cookie: Option<&str>) -> Ws {
    connect_to(server.addr, path, cookie).await
}

async fn connect_to(addr: std::net::SocketAddr, path: &str, cookie: Option<&str>) -> Ws {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let mut request = format!("ws://{addr}{path}").into_client_request().unwrap();
    if let Some(c) = cookie {
        request.headers_mut().insert("cookie", c.parse().unwrap());
    }
    tokio_tungstenite::connect_async(request).await.unwrap().0
}

pub(crate) async fn send(ws: &mut Ws, value: Value) {
    ws.send(Message::Text(value.to_string().into())).await.unwrap();
}

/// The next JSON frame of one of `types`, skipping others; panics after 5 s.
pub(crate) async fn next_of(ws: &mut Ws, types: &[&str]) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let msg = tokio::time::timeout_at(deadline, ws.next())
            .await
            .unwrap_or_else(|_| panic!("no {types:?} frame"))
            .unwrap()
            .unwrap();
        if let Message::Text(t) = msg {
            let v: Value = serde_json::from_str(&t).unwrap();
            if types.contains(&v["type"].as_str().unwrap_or("")) {
                return v;
            }
        }
    }
}

pub(crate) async fn start(server: &TestServer, body: Value) -> (u16, Value) {
    let res = reqwest::Client::new()
        .post(server.url("/chat/kommun/bygglov/conversations"))
        .header("origin", "https://example.org")
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    assert_eq!(res.headers()["access-control-allow-origin"], "*");
    (status, res.json().await.unwrap())
}

pub(crate) async fn agent_session_cookie(server: &TestServer, org: &domain::org::Organisation) -> String {
    let client = server.client();
    let res = client
        .post(server.url("/login"))
        .form(&[("org", org.slug.as_str()), ("email", "agent@kommun.se"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    res.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned()
}

pub(crate) async fn online_agent(chat: &Chat) -> Ws {
    let cookie = agent_session_cookie(&chat.server, &chat.org).await;
    let mut agent = connect(&chat.server, "/inbox/ws", Some(&cookie)).await;
    next_of(&mut agent, &["inbox"]).await;
    send(&mut agent, json!({"type": "presence", "status": "online"})).await;
    next_of(&mut agent, &["presence"]).await;
    agent
}

#[tokio::test]
async fn a_visitor_and_an_agent_chat_in_real_time() {
    let chat = setup(true).await;
    let server = &chat.server;
    // Closed while no agent is online.
    let config: Value = reqwest::get(server.url("/chat/kommun/bygglov/config")).await.unwrap().json().await.unwrap();
    assert_eq!(config["open"], false);
    assert_eq!(config["notice"]["require_ack"], true);
    let mut agent = online_agent(&chat).await;
    let config: Value = reqwest::get(server.url("/chat/kommun/bygglov/config")).await.unwrap().json().await.unwrap();
    assert_eq!(config["open"], true);
    let version = config["notice"]["version"].as_i64().unwrap();

    let (status, started) = start(server, json!({"language": "sv", "name": "Eva", "notice_version": version})).await;
    assert_eq!(status, 201, "{started}");
    let token = started["token"].as_str().unwrap().to_owned();
    let conversation = started["conversation"].as_i64().unwrap();
    assert_eq!(started["status"], "queued");

    let mut visitor = connect(server, "/chat/ws", None).await;
    send(&mut visitor, json!({"type": "hello", "token": token, "conversation": conversation, "last_seq": 0})).await;
    let welcome = next_of(&mut visitor, &["welcome"]).await;
    assert_eq!(welcome["queue_position"], 1);

    // The agent sees it queued, opens and accepts it.
    let inbox = next_of(&mut agent, &["inbox"]).await;
    assert!(
        inbox["conversations"].as_array().unwrap().iter().any(|c| c["id"] == conversation && c["status"] == "queued")
    );
    send(&mut agent, json!({"type": "open", "conversation": conversation})).await;
    next_of(&mut agent, &["conversation"]).await;
    send(&mut agent, json!({"type": "accept", "conversation": conversation})).await;
    let joined = next_of(&mut visitor, &["agent_joined"]).await;
    assert_eq!(joined["agent"], "Test Person");

    // Messages both ways, with sequence numbers; sensitive data is flagged for the agent.
    send(&mut visitor, json!({"type": "send", "body": "Hej! Mitt personnummer är 640823-3234.", "client_id": "m1"}))
        .await;
    let ack = next_of(&mut visitor, &["ack"]).await;
    assert_eq!((ack["client_id"].as_str(), ack["seq"].as_i64()), (Some("m1"), Some(1)));
    let got = next_of(&mut agent, &["message"]).await;
    assert_eq!(got["message"]["body"], "Hej! Mitt personnummer är 640823-3234.");
    assert_eq!(got["message"]["findings"][0]["kind"], "personnummer");
    send(&mut visitor, json!({"type": "typing", "typing": true})).await;
    assert_eq!(next_of(&mut agent, &["typing"]).await["by"], "visitor");

    send(
        &mut agent,
        json!({"type": "send", "conversation": conversation, "body": "Intern: kolla ärendet", "internal": true}),
    )
    .await;
    send(&mut agent, json!({"type": "send", "conversation": conversation, "body": "Hej Eva, jag hjälper dig."})).await;
    // The visitor's own message is echoed (for other tabs); the next is the agent's reply.
    let echo = next_of(&mut visitor, &["message"]).await;
    assert_eq!(echo["message"]["sender"], "visitor");
    let reply = next_of(&mut visitor, &["message"]).await;
    assert_eq!(reply["message"]["body"], "Hej Eva, jag hjälper dig.", "internal notes never reach the visitor");
    assert_eq!(reply["message"]["seq"], 3);

    send(&mut agent, json!({"type": "close", "conversation": conversation})).await;
    next_of(&mut visitor, &["closed"]).await;
    // A closed conversation takes no more messages.
    let mut again = connect(server, "/chat/ws", None).await;
    send(&mut again, json!({"type": "hello", "token": token, "conversation": conversation, "last_seq": 3})).await;
    assert_eq!(next_of(&mut again, &["welcome"]).await["status"], "closed");
    send(&mut again, json!({"type": "send", "body": "hallå?"})).await;
    assert_eq!(next_of(&mut again, &["error"]).await["code"], "refused");
    let _ = chat.admin.user.id;
}

#[tokio::test]
async fn a_dropped_connection_resumes_without_loss_or_duplicates() {
    let chat = setup(false).await;
    let server = &chat.server;
    let mut agent = online_agent(&chat).await;
    let (_, started) = start(server, json!({"language": "sv"})).await;
    let (token, conversation) =
        (started["token"].as_str().unwrap().to_owned(), started["conversation"].as_i64().unwrap());
    send(&mut agent, json!({"type": "accept", "conversation": conversation})).await;
    let mut visitor = connect(server, "/chat/ws", None).await;
    send(&mut visitor, json!({"type": "hello", "token": token, "conversation": conversation})).await;
    next_of(&mut visitor, &["welcome"]).await;
    send(&mut agent, json!({"type": "send", "conversation": conversation, "body": "ett"})).await;
    assert_eq!(next_of(&mut visitor, &["message"]).await["message"]["seq"], 1);
    // The visitor drops; the agent writes two more.
    drop(visitor);
    send(&mut agent, json!({"type": "send", "conversation": conversation, "body": "två"})).await;
    send(&mut agent, json!({"type": "send", "conversation": conversation, "body": "tre"})).await;
    next_of(&mut agent, &["ack"]).await;
    next_of(&mut agent, &["ack"]).await;
    let mut resumed = connect(server, "/chat/ws", None).await;
    send(&mut resumed, json!({"type": "hello", "token": token, "conversation": conversation, "last_seq": 1})).await;
    next_of(&mut resumed, &["welcome"]).await;
    let a = next_of(&mut resumed, &["message"]).await;
    let b = next_of(&mut resumed, &["message"]).await;
    assert_eq!((a["message"]["body"].as_str(), b["message"]["body"].as_str()), (Some("två"), Some("tre")));
    send(&mut agent, json!({"type": "send", "conversation": conversation, "body": "fyra"})).await;
    let c = next_of(&mut resumed, &["message"]).await;
    assert_eq!(c["message"]["seq"], 4, "the next one, once");
}

#[tokio::test]
async fn the_notice_is_enforced_by_the_server_on_every_path() {
    let chat = setup(true).await;
    let server = &chat.server;
    let _agent = online_agent(&chat).await;
    // Without acknowledging: refused at start.
    let (status, body) = start(server, json!({"language": "sv"})).await;
    assert_eq!(status, 422, "{body}");
    let (status, _) = start(server, json!({"language": "sv", "notice_version": 99})).await;
    assert_eq!(status, 422);
    let (_, started) = start(server, json!({"language": "sv", "notice_version": 1})).await;
    let (token, conversation) =
        (started["token"].as_str().unwrap().to_owned(), started["conversation"].as_i64().unwrap());
    // A new notice version is published: the visitor must acknowledge it before writing again.
    let flow = server.app.db().org(chat.org.id).flow_by_slug("bygglov").await.unwrap().unwrap().id;
    server.app.publish_notice(&chat.admin, flow, Language::Sv, "Ny text: 60 dagar.", true).await.unwrap();
    let mut visitor = connect(server, "/chat/ws", None).await;
    send(&mut visitor, json!({"type": "hello", "token": token, "conversation": conversation})).await;
    next_of(&mut visitor, &["welcome"]).await;
    send(&mut visitor, json!({"type": "send", "body": "hej"})).await;
    let err = next_of(&mut visitor, &["error", "ack"]).await;
    assert_eq!(err["type"], "error");
    assert!(err["message"].as_str().unwrap().contains("notice"));
    send(&mut visitor, json!({"type": "ack_notice", "version": 2})).await;
    next_of(&mut visitor, &["notice_acknowledged"]).await;
    send(&mut visitor, json!({"type": "send", "body": "hej"})).await;
    assert_eq!(next_of(&mut visitor, &["error", "ack"]).await["type"], "ack");
    let stored =
        server.app.db().org(chat.org.id).conversation(domain::ConversationId(conversation)).await.unwrap().unwrap();
    assert_eq!(stored.notice_version, Some(2), "the acknowledged version is stored with the conversation");
}

#[tokio::test]
async fn visitors_cannot_reach_conversations_they_did_not_start() {
    let chat = setup(false).await;
    let server = &chat.server;
    let _agent = online_agent(&chat).await;
    let (_, first) = start(server, json!({"language": "sv", "email": "victim@example.se", "name": "Victim"})).await;
    let victim_conv = first["conversation"].as_i64().unwrap();
    let victim_token = first["token"].as_str().unwrap().to_owned();
    let mut victim = connect(server, "/chat/ws", None).await;
    send(&mut victim, json!({"type": "hello", "token": victim_token, "conversation": victim_conv})).await;
    next_of(&mut victim, &["welcome"]).await;
    send(&mut victim, json!({"type": "send", "body": "hemligt"})).await;
    next_of(&mut victim, &["ack"]).await;

    // The attacker types the victim's e-mail: a new, separate conversation.
    let (_, second) = start(server, json!({"language": "sv", "email": "victim@example.se", "name": "Victim"})).await;
    assert_ne!(second["conversation"], first["conversation"]);
    let attacker_token = second["token"].as_str().unwrap().to_owned();
    assert_ne!(attacker_token, victim_token);
    // Its token does not open the victim's conversation, nor a guessed or forged one.
    for (token, conv) in [
        (attacker_token.as_str(), victim_conv),
        ("a".repeat(43).as_str(), victim_conv),
        ("", victim_conv),
        (attacker_token.as_str(), 999_999),
    ] {
        let mut ws = connect(server, "/chat/ws", None).await;
        send(&mut ws, json!({"type": "hello", "token": token, "conversation": conv, "last_seq": 0})).await;
        let reply = next_of(&mut ws, &["welcome", "error", "message"]).await;
        assert_eq!(reply["type"], "error", "{token} → {conv}: {reply}");
    }
    // An expired token (older than a day) opens nothing.
    let db = server.app.db();
    let old = domain::Timestamp::now().plus_days(-2).micros();
    exec(db, format!("UPDATE chat_visitors SET created_at = {old}")).await.unwrap();
    let mut expired = connect(server, "/chat/ws", None).await;
    send(&mut expired, json!({"type": "hello", "token": victim_token, "conversation": victim_conv})).await;
    assert_eq!(next_of(&mut expired, &["welcome", "error"]).await["code"], "unauthenticated");
    let new = domain::Timestamp::now().micros();
    exec(db, format!("UPDATE chat_visitors SET created_at = {new}")).await.unwrap();
    // The attacker's own conversation shows none of the victim's messages.
    let mut ws = connect(server, "/chat/ws", None).await;
    send(&mut ws, json!({"type": "hello", "token": attacker_token, "conversation": second["conversation"]})).await;
    next_of(&mut ws, &["welcome"]).await;
    send(&mut ws, json!({"type": "ping"})).await;
    let next = next_of(&mut ws, &["pong", "message"]).await;
    assert_eq!(next["type"], "pong", "no foreign history: {next}");
}

#[tokio::test]
async fn bad_frames_get_errors_and_the_connection_stays_up() {
    let chat = setup(false).await;
    let server = &chat.server;
    let _agent = online_agent(&chat).await;
    let (_, started) = start(server, json!({"language": "sv"})).await;
    let (token, conversation) =
        (started["token"].as_str().unwrap().to_owned(), started["conversation"].as_i64().unwrap());
    // A first frame that is not hello closes with an error.
    let mut ws = connect(server, "/chat/ws", None).await;
    send(&mut ws, json!({"type": "send", "body": "x"})).await;
    assert_eq!(next_of(&mut ws, &["error"]).await["code"], "bad_hello");

    let mut ws = connect(server, "/chat/ws", None).await;
    send(&mut ws, json!({"type": "hello", "token": token, "conversation": conversation})).await;
    next_of(&mut ws, &["welcome"]).await;
    for bad in [
        "not json".to_owned(),
        json!({"type": "nope"}).to_string(),
        json!({"type": "send", "body": {"$ne": 1}}).to_string(),
        json!({"type": "send", "body": "x", "extra": true}).to_string(),
    ] {
        ws.send(Message::Text(bad.into())).await.unwrap();
        assert_eq!(next_of(&mut ws, &["error"]).await["code"], "bad_frame");
    }
    send(&mut ws, json!({"type": "send", "body": "   "})).await;
    assert_eq!(next_of(&mut ws, &["error"]).await["code"], "invalid_input");
    send(&mut ws, json!({"type": "send", "body": "x".repeat(5000)})).await;
    assert_eq!(next_of(&mut ws, &["error"]).await["code"], "invalid_input");
    // Too fast: the eleventh message within ten seconds is refused.
    let mut codes = Vec::new();
    for i in 0..12 {
        send(&mut ws, json!({"type": "send", "body": format!("m{i}")})).await;
        let v = next_of(&mut ws, &["ack", "error"]).await;
        codes.push(v["type"].as_str().unwrap().to_owned());
    }
    let acks = codes.iter().filter(|c| *c == "ack").count();
    assert!(acks <= 10 && codes.last().unwrap() == "error", "{codes:?}");
    // Still up.
    send(&mut ws, json!({"type": "ping"})).await;
    next_of(&mut ws, &["pong"]).await;
    // At most five connections per visitor: the sixth is refused, the others stay.
    let mut extra = Vec::new();
    for _ in 0..4 {
        let mut more = connect(server, "/chat/ws", None).await;
        send(&mut more, json!({"type": "hello", "token": token, "conversation": conversation})).await;
        next_of(&mut more, &["welcome"]).await;
        extra.push(more);
    }
    let mut sixth = connect(server, "/chat/ws", None).await;
    send(&mut sixth, json!({"type": "hello", "token": token, "conversation": conversation})).await;
    assert_eq!(next_of(&mut sixth, &["welcome", "error"]).await["code"], "rate_limited");
    drop(extra);
    send(&mut ws, json!({"type": "ping"})).await;
    next_of(&mut ws, &["pong"]).await;
    // Nothing stored twice or from the bad frames.
    let conv =
        server.app.db().org(chat.org.id).conversation(domain::ConversationId(conversation)).await.unwrap().unwrap();
    assert_eq!(conv.last_seq, acks as i64, "exactly the acknowledged messages are stored");

    // Unknown organisation or flow.
    let res = reqwest::get(server.url("/chat/nowhere/bygglov/config")).await.unwrap();
    assert_eq!(res.status(), 404);
    let res = reqwest::get(server.url("/chat/kommun/nowhere/config")).await.unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn offline_messages_when_no_agent_is_online() {
    let chat = setup(false).await;
    let server = &chat.server;
    let (status, body) = start(server, json!({"language": "sv"})).await;
    assert_eq!(status, 422, "no chat while closed: {body}");
    let (status, body) = start(
        server,
        json!({"language": "sv", "name": "Per", "email": "per@example.se", "message": "Ring mig om bygglovet."}),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(body["status"], "offline");
    let agent =
        server.app.db().org(chat.org.id).users().await.unwrap().into_iter().find(|u| u.role == Role::Agent).unwrap();
    let principal = app::Principal { user: agent, via: app::authz::Via::Session };
    let inbox = server.app.inbox(&principal).await.unwrap();
    assert!(inbox.iter().any(|c| c.id == body["conversation"].as_i64().unwrap() && c.status == "offline"));
    assert!(server.app.db().org(chat.org.id).cases(None, 10).await.unwrap().is_empty(), "no inbox: no case");

    // With a mail inbox, a message left with an address becomes a case to answer by e-mail.
    server.app.create_inbox_as_operator(chat.org.id, "kundtjanst@example.se", "Kundtjänst").await.unwrap();
    let (status, left) = start(
        server,
        json!({"language": "sv", "name": "Per", "email": "per@example.se", "message": "Ring mig om bygglovet igen."}),
    )
    .await;
    assert_eq!(status, 201);
    let inbox = server.app.inbox(&principal).await.unwrap();
    assert!(
        !inbox.iter().any(|c| c.id == left["conversation"].as_i64().unwrap()),
        "a message that became a case is not also waiting in the chat inbox"
    );
    let cases = server.app.db().org(chat.org.id).cases(None, 10).await.unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].customer_email.as_deref(), Some("per@example.se"));
    let text = server.app.db().org(chat.org.id).case_messages(domain::CaseId(cases[0].id)).await.unwrap();
    assert_eq!(text[0].body_text, "Ring mig om bygglovet igen.");
}

#[tokio::test]
async fn agents_of_another_organisation_reach_nothing() {
    let chat = setup(false).await;
    let server = &chat.server;
    let _agent = online_agent(&chat).await;
    let (_, started) = start(server, json!({"language": "sv"})).await;
    let conversation = started["conversation"].as_i64().unwrap();
    let other = server.org("annan", Regime::Private).await;
    server.user(&other, "agent@annan.se", Role::Agent).await;
    let client = server.client();
    let res = client
        .post(server.url("/login"))
        .form(&[("org", "annan"), ("email", "agent@annan.se"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    let cookie = res.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let mut foreign = connect(server, "/inbox/ws", Some(&cookie)).await;
    let inbox = next_of(&mut foreign, &["inbox"]).await;
    assert!(inbox["conversations"].as_array().unwrap().is_empty());
    for frame in [
        json!({"type": "open", "conversation": conversation}),
        json!({"type": "accept", "conversation": conversation}),
        json!({"type": "send", "conversation": conversation, "body": "hej", "internal": true}),
        json!({"type": "close", "conversation": conversation}),
    ] {
        send(&mut foreign, frame.clone()).await;
        assert_eq!(next_of(&mut foreign, &["error", "conversation"]).await["code"], "not_found", "{frame}");
    }
    let stored =
        server.app.db().org(chat.org.id).conversation(domain::ConversationId(conversation)).await.unwrap().unwrap();
    assert_eq!((stored.status.as_str(), stored.last_seq), ("queued", 0));
    // A cross-origin page cannot open an agent's WebSocket with the agent's cookie.
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let mut request = format!("ws://{}/inbox/ws", server.addr).into_client_request().unwrap();
    request.headers_mut().insert("cookie", cookie.parse().unwrap());
    request.headers_mut().insert("origin", "https://evil.example".parse().unwrap());
    assert!(tokio_tungstenite::connect_async(request).await.is_err());
}

#[tokio::test]
async fn two_nodes_on_postgresql_serve_one_conversation() {
    let chat = setup(false).await;
    if !chat.server.db.is_postgres() {
        // SQLite is single-node by design; this story needs a shared PostgreSQL.
        return;
    }
    let node_b = chat.server.another_node().await;
    // The agent is connected to node B.
    let cookie = agent_session_cookie(&chat.server, &chat.org).await;
    let mut agent = connect_to(node_b.addr, "/inbox/ws", Some(&cookie)).await;
    next_of(&mut agent, &["inbox"]).await;
    send(&mut agent, json!({"type": "presence", "status": "online"})).await;
    next_of(&mut agent, &["presence"]).await;
    // The visitor uses node A: the flow is open there because of the agent on B.
    let config: Value =
        reqwest::get(chat.server.url("/chat/kommun/bygglov/config")).await.unwrap().json().await.unwrap();
    assert_eq!(config["open"], true);
    let (_, started) = start(&chat.server, json!({"language": "sv"})).await;
    let (token, conversation) =
        (started["token"].as_str().unwrap().to_owned(), started["conversation"].as_i64().unwrap());
    let mut visitor = connect(&chat.server, "/chat/ws", None).await;
    send(&mut visitor, json!({"type": "hello", "token": token, "conversation": conversation})).await;
    next_of(&mut visitor, &["welcome"]).await;

    // B's agent learns of it through the other node's notification.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let inbox = next_of(&mut agent, &["inbox"]).await;
        if inbox["conversations"].as_array().unwrap().iter().any(|c| c["id"] == conversation) {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "node B never heard of the conversation");
    }
    send(&mut agent, json!({"type": "open", "conversation": conversation})).await;
    next_of(&mut agent, &["conversation"]).await;
    send(&mut agent, json!({"type": "accept", "conversation": conversation})).await;
    assert_eq!(next_of(&mut visitor, &["agent_joined"]).await["agent"], "Test Person");

    send(&mut visitor, json!({"type": "send", "body": "Hej från nod A"})).await;
    let got = next_of(&mut agent, &["message"]).await;
    assert_eq!(got["message"]["body"], "Hej från nod A");
    send(&mut agent, json!({"type": "send", "conversation": conversation, "body": "Svar från nod B"})).await;
    let reply = loop {
        let m = next_of(&mut visitor, &["message"]).await;
        if m["message"]["sender"] == "agent" {
            break m;
        }
    };
    assert_eq!(reply["message"]["body"], "Svar från nod B");
    send(&mut visitor, json!({"type": "typing", "typing": true})).await;
    assert_eq!(next_of(&mut agent, &["typing"]).await["by"], "visitor");
}

#[tokio::test]
async fn the_visitor_can_ask_for_the_transcript_by_email() {
    let chat = setup(false).await;
    let server = &chat.server;
    let mut agent = online_agent(&chat).await;
    let (_, started) = start(server, json!({"language": "sv"})).await;
    let (token, conversation) =
        (started["token"].as_str().unwrap().to_owned(), started["conversation"].as_i64().unwrap());
    send(&mut agent, json!({"type": "accept", "conversation": conversation})).await;
    let mut visitor = connect(server, "/chat/ws", None).await;
    send(&mut visitor, json!({"type": "hello", "token": token, "conversation": conversation})).await;
    next_of(&mut visitor, &["welcome"]).await;
    send(&mut visitor, json!({"type": "send", "body": "Hur gör jag?"})).await;
    next_of(&mut visitor, &["ack"]).await;
    send(&mut agent, json!({"type": "send", "conversation": conversation, "body": "Intern: okänd", "internal": true}))
        .await;
    send(&mut agent, json!({"type": "send", "conversation": conversation, "body": "Så här gör du."})).await;
    next_of(&mut agent, &["ack"]).await;
    next_of(&mut agent, &["ack"]).await;
    // No address given and none from the start: a clear error, nothing queued.
    send(&mut visitor, json!({"type": "transcript"})).await;
    assert_eq!(next_of(&mut visitor, &["error", "transcript_queued"]).await["code"], "invalid_input");
    send(&mut visitor, json!({"type": "transcript", "email": "eva@example.se"})).await;
    next_of(&mut visitor, &["transcript_queued"]).await;
    let outbox = server.app.db().org(chat.org.id).outbox(10).await.unwrap();
    assert_eq!(outbox.len(), 1);
    let mail = &outbox[0];
    assert_eq!(
        (mail.recipient.as_str(), mail.status.as_str(), mail.kind.as_str()),
        ("eva@example.se", "queued", "chat_transcript")
    );
    assert!(
        mail.body.contains("Du: Hur gör jag?") && mail.body.contains("Handläggare: Så här gör du."),
        "{}",
        mail.body
    );
    assert!(!mail.body.contains("Intern"), "internal notes are never mailed");
}

#[tokio::test]
async fn files_only_when_allowed_within_limits_and_only_as_downloads_for_staff() {
    let chat = setup(false).await;
    let server = &chat.server;
    let _agent = online_agent(&chat).await;
    let (_, started) = start(server, json!({"language": "sv"})).await;
    let (token, conversation) =
        (started["token"].as_str().unwrap().to_owned(), started["conversation"].as_i64().unwrap());
    let upload = |body: Vec<u8>, name: &str, token: &str| {
        reqwest::Client::new()
            .post(server.url(&format!("/chat/kommun/bygglov/conversations/{conversation}/files?name={name}")))
            .header("x-samtal-token", token)
            .body(body)
            .send()
    };
    let png = b"\x89PNG\r\n\x1a\n0000".to_vec();
    // The flow does not take files yet.
    assert_eq!(upload(png.clone(), "ritning.png", &token).await.unwrap().status(), 422);
    let flow = server.app.db().org(chat.org.id).flow_by_slug("bygglov").await.unwrap().unwrap();
    let mut settings = flow.settings.clone();
    settings.upload_allowed = true;
    settings.upload_max_bytes = 1024;
    server.app.update_flow(&chat.admin, flow.id, &settings).await.unwrap();
    // Active content, oversize and a foreign token are refused.
    assert_eq!(upload(b"<svg onload=alert(1)></svg>".to_vec(), "x.svg", &token).await.unwrap().status(), 400);
    assert_eq!(upload(vec![b'a'; 2048], "big.txt", &token).await.unwrap().status(), 400);
    assert_eq!(upload(png.clone(), "x.png", &"b".repeat(43)).await.unwrap().status(), 401);
    let res = upload(png.clone(), "..%2F..%2Fritning%20<1>.png", &token).await.unwrap();
    assert_eq!(res.status(), 201);
    let file = res.json::<Value>().await.unwrap()["file"].as_i64().unwrap();

    // Staff of the organisation download it as an attachment that cannot run.
    let agent_client = reqwest::Client::new();
    let cookie = agent_session_cookie(server, &chat.org).await;
    let res =
        agent_client.get(server.url(&format!("/inbox/files/{file}"))).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/octet-stream");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert!(
        res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment; filename=\"ritning_1.png\"")
    );
    assert!(res.headers()["content-security-policy"].to_str().unwrap().contains("sandbox"));
    assert_eq!(res.bytes().await.unwrap().as_ref(), png.as_slice());
    // Nobody else: not signed in, nor another organisation's agent.
    let res = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(server.url(&format!("/inbox/files/{file}")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let other = server.org("annan", Regime::Private).await;
    server.user(&other, "agent@annan.se", Role::Agent).await;
    let res = server
        .client()
        .post(server.url("/login"))
        .form(&[("org", "annan"), ("email", "agent@annan.se"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    let foreign = res.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let res =
        agent_client.get(server.url(&format!("/inbox/files/{file}"))).header("cookie", &foreign).send().await.unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn flows_through_the_api_with_their_limits() {
    let chat = setup(false).await;
    let server = &chat.server;
    let token = server.token(&chat.org, "admin@kommun.se").await;
    let http = reqwest::Client::new();
    let flows: Value =
        http.get(server.url("/api/v1/chat/flows")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    let id = flows[0]["id"].as_i64().unwrap();
    let hours = json!({"weekly": [[[480, 990]], [[480, 990]], [[480, 990]], [[480, 990]], [[480, 900]], [], []], "closed_dates": ["2026-12-24"]});
    let res = http
        .put(server.url(&format!("/api/v1/chat/flows/{id}")))
        .bearer_auth(&token)
        .json(&json!({"name": "Bygglov", "upload_allowed": true, "upload_max_bytes": 2048, "opening_hours": hours, "require_email": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let flow: Value = res.json().await.unwrap();
    assert_eq!((flow["upload_max_bytes"].as_i64(), flow["require_email"].as_bool()), (Some(2048), Some(true)));
    assert_eq!(flow["opening_hours"]["closed_dates"][0], "2026-12-24");
    for bad in [
        json!({"name": "Bygglov", "upload_max_bytes": -5}),
        json!({"name": "Bygglov", "max_chats_per_agent": 0}),
        json!({"name": "Bygglov", "opening_hours": {"weekly": [[[600, 500]]], "closed_dates": []}}),
        json!({"name": "", "upload_max_bytes": 10}),
    ] {
        let res = http
            .put(server.url(&format!("/api/v1/chat/flows/{id}")))
            .bearer_auth(&token)
            .json(&bad)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400, "{bad}");
    }
    // An agent may not change flows.
    let agent_token = server.token(&chat.org, "agent@kommun.se").await;
    let res = http
        .put(server.url(&format!("/api/v1/chat/flows/{id}")))
        .bearer_auth(&agent_token)
        .json(&json!({"name": "X"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn one_client_cannot_flood_the_organisation_with_conversations() {
    let chat = setup(false).await;
    let server = &chat.server;
    let _agent = online_agent(&chat).await;
    let mut statuses = Vec::new();
    for _ in 0..40 {
        statuses.push(start(server, json!({"language": "sv"})).await.0);
    }
    // The quota is 30 a minute with a burst of 30: it refills one start every two seconds, so on
    // a slow machine a start after the burst may pass; every other one is refused.
    assert!(statuses[..30].iter().all(|s| *s == 201), "{statuses:?}");
    assert!(statuses[30..].iter().all(|s| *s == 201 || *s == 429), "{statuses:?}");
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert!(refused >= 5, "the burst is followed by refusals: {statuses:?}");
    let accepted = statuses.len() - refused;
    let open = server
        .app
        .db()
        .org(chat.org.id)
        .conversations_in(&[domain::chat::ConversationStatus::Queued], 100)
        .await
        .unwrap();
    assert_eq!(open.len(), accepted, "nothing stored for refused starts");
}
