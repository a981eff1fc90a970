//! `samtal-bench chat`: starts `samtal serve` on a fresh SQLite database, opens N
//! visitor and M agent WebSocket connections, measures the server's resident memory
//! with them idle, then has the visitors send messages at a target rate and measures
//! delivery latency from a visitor's send to an agent's receipt.
//!
//! `samtal-bench retention`: loads a million expired chat messages, starts the server,
//! runs a chat load, has the server run retention (`POST /api/v1/retention/runs`) in the
//! middle of it, and prints the retention time and the chat delivery latency meanwhile.
//!
//! Run in release mode: `cargo build --release && target/release/samtal-bench chat`.

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

#[derive(Parser)]
#[command(name = "samtal-bench", about = "Load programs for Samtal")]
struct Cli {
    #[command(subcommand)]
    command: Bench,
}

#[derive(Subcommand)]
enum Bench {
    /// Chat: concurrent widget connections, message delivery rate and latency, memory.
    Chat {
        /// The samtal binary to start.
        #[arg(long, default_value = "target/release/samtal")]
        samtal: String,
        #[arg(long, default_value_t = 10_000)]
        visitors: usize,
        #[arg(long, default_value_t = 10)]
        agents: usize,
        /// Messages per second, in total, during the message phase.
        #[arg(long, default_value_t = 5_000)]
        rate: usize,
        #[arg(long, default_value_t = 20)]
        seconds: u64,
    },
    /// Retention: anonymise a million expired chat messages while live chat runs.
    Retention {
        #[arg(long, default_value = "target/release/samtal")]
        samtal: String,
        /// Expired messages to load (ten per conversation).
        #[arg(long, default_value_t = 1_000_000)]
        messages: i64,
        /// Live visitors; each stays well under its own limit of 10 messages per 10 s.
        #[arg(long, default_value_t = 1_000)]
        visitors: usize,
        /// Live chat messages per second during the run.
        #[arg(long, default_value_t = 200)]
        rate: usize,
    },
}

/// When the measured retention run started and, once it has, ended.
type RetentionWindow = (Instant, Option<Instant>);

const PASSWORD: &str = "korrekt häst batteri häftklammer";

struct Server {
    child: Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn cli(samtal: &str, dir: &std::path::Path, args: &[&str], input: Option<&str>) -> Result<String> {
    let mut child = Command::new(samtal)
        .args(args)
        .env("SAMTAL_DATA_DIR", dir)
        .env_remove("DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot run {samtal}"))?;
    if let Some(input) = input {
        child.stdin.take().context("stdin")?.write_all(input.as_bytes())?;
    }
    let out = child.wait_with_output()?;
    if !out.status.success() {
        bail!("{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn start_server(samtal: &str, agents: usize, expired_messages: i64) -> Result<(Server, String)> {
    let dir = tempfile::tempdir()?;
    let d = dir.path();
    cli(samtal, d, &["org", "create", "--slug", "bench", "--name", "Bench"], None)?;
    if expired_messages > 0 {
        let out = cli(
            samtal,
            d,
            &["bench", "fill-expired", "--org", "bench", "--messages", &expired_messages.to_string()],
            None,
        )?;
        print!("  {out}");
    }
    cli(
        samtal,
        d,
        &["user", "create", "--org", "bench", "--email", "admin@bench.se", "--role", "admin", "--password-stdin"],
        Some(PASSWORD),
    )?;
    for i in 0..agents {
        let email = format!("agent{i}@bench.se");
        cli(
            samtal,
            d,
            &["user", "create", "--org", "bench", "--email", &email, "--role", "agent", "--password-stdin"],
            Some(PASSWORD),
        )?;
    }
    let token =
        cli(samtal, d, &["token", "create", "--org", "bench", "--user", "admin@bench.se"], None)?.trim().to_owned();
    // One load generator opens every conversation from one address: lift the per-client limit.
    let config = d.join("bench.toml");
    // Retention runs when the benchmark says, not on the server's own timer.
    std::fs::write(&config, "chat_starts_per_minute = 1000000\nretention_interval_minutes = 1000000\n")?;
    let mut child = Command::new(samtal)
        .args(["serve", "--listen", "127.0.0.1:0", "--metrics-listen", "off", "--config"])
        .arg(&config)
        .env("SAMTAL_DATA_DIR", d)
        .env("SAMTAL_LOG", "warn")
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .spawn()?;
    let stdout = child.stdout.take().context("stdout")?;
    let mut url = None;
    for line in BufReader::new(stdout).lines() {
        let line = line?;
        if let Some(u) = line.strip_prefix("Samtal is serving on ") {
            url = Some(u.trim().to_owned());
            break;
        }
    }
    let url = url.context("the server did not start")?;
    Ok((Server { child, url, _dir: dir }, token))
}

fn rss_mb(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).map(|l| l.to_owned()))
        .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()))
        .map_or(0.0, |kb| kb / 1024.0)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() -> Result<()> {
    match Cli::parse().command {
        Bench::Chat { samtal, visitors, agents, rate, seconds } => {
            chat(&samtal, visitors, agents.max(1), rate, seconds, None).await
        }
        Bench::Retention { samtal, messages, visitors, rate } => {
            chat(&samtal, visitors, 2, rate, 0, Some(messages.max(10))).await
        }
    }
}

/// `retention`: Some(expired messages) runs the retention benchmark: the load lasts as
/// long as the retention run (plus two seconds each side) instead of `seconds`.
async fn chat(
    samtal: &str,
    visitors: usize,
    agents: usize,
    rate: usize,
    seconds: u64,
    retention: Option<i64>,
) -> Result<()> {
    let (server, token) = start_server(samtal, agents, retention.unwrap_or(0))?;
    let base = server.url.clone();
    let ws_base = base.replacen("http", "ws", 1);
    let http = reqwest::Client::new();
    println!("chat benchmark against {base} (SQLite, one node, server pid {})", server.child.id());
    println!("  idle server: {:.1} MB resident", rss_mb(server.child.id()));
    http.post(format!("{base}/api/v1/chat/flows"))
        .bearer_auth(&token)
        .json(&json!({"slug": "bench", "name": "Bench"}))
        .send()
        .await?
        .error_for_status()?;

    // Agents sign in, connect and go online; agent 0's receipts are timed.
    let sent: Arc<Mutex<HashMap<(i64, i64), Instant>>> = Arc::default();
    // (when sent, milliseconds to the agent)
    let latencies: Arc<Mutex<Vec<(Instant, f64)>>> = Arc::default();
    for i in 0..agents {
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
        let email = format!("agent{i}@bench.se");
        let res = client
            .post(format!("{base}/login"))
            .form(&[("org", "bench"), ("email", email.as_str()), ("password", PASSWORD)])
            .send()
            .await?;
        let cookie = res
            .headers()
            .get("set-cookie")
            .context("no session")?
            .to_str()?
            .split(';')
            .next()
            .unwrap_or_default()
            .to_owned();
        let mut request = format!("{ws_base}/inbox/ws").into_client_request()?;
        request.headers_mut().insert("cookie", cookie.parse()?);
        let (mut ws, _) = tokio_tungstenite::connect_async(request).await?;
        ws.send(Message::Text(json!({"type": "presence", "status": "online"}).to_string().into())).await?;
        let (sent, latencies) = (sent.clone(), latencies.clone());
        tokio::spawn(async move {
            while let Some(Ok(msg)) = ws.next().await {
                if i != 0 {
                    continue;
                }
                if let Message::Text(t) = msg
                    && let Ok(v) = serde_json::from_str::<Value>(&t)
                    && v["type"] == "activity"
                {
                    let key = (v["conversation"].as_i64().unwrap_or(0), v["seq"].as_i64().unwrap_or(0));
                    if let Some(at) = sent.lock().unwrap().remove(&key) {
                        latencies.lock().unwrap().push((at, at.elapsed().as_secs_f64() * 1000.0));
                    }
                }
            }
        });
    }

    // Visitors start conversations and hold a WebSocket each.
    let started = Instant::now();
    let mut senders = Vec::with_capacity(visitors);
    let mut failures = 0usize;
    for chunk in (0..visitors).collect::<Vec<_>>().chunks(200) {
        let mut joins = Vec::new();
        for _ in chunk {
            let (http, base, ws_base) = (http.clone(), base.clone(), ws_base.clone());
            joins.push(tokio::spawn(async move {
                let res: Value = http
                    .post(format!("{base}/chat/bench/bench/conversations"))
                    .json(&json!({"language": "sv"}))
                    .send()
                    .await
                    .ok()?
                    .json()
                    .await
                    .ok()?;
                let conversation = res["conversation"].as_i64()?;
                let (mut ws, _) = tokio_tungstenite::connect_async(format!("{ws_base}/chat/ws")).await.ok()?;
                let hello = json!({"type": "hello", "token": res["token"], "conversation": conversation});
                ws.send(Message::Text(hello.to_string().into())).await.ok()?;
                let (sink, mut stream) = ws.split();
                // Drain what the server sends (welcome, acks, echoes, pings).
                tokio::spawn(async move {
                    while let Some(Ok(m)) = stream.next().await {
                        if std::env::var_os("BENCH_DEBUG").is_some()
                            && let Message::Text(t) = &m
                        {
                            eprintln!("visitor got {t}");
                        }
                    }
                });
                Some((conversation, sink))
            }));
        }
        for j in joins {
            match j.await.ok().flatten() {
                Some(pair) => senders.push(pair),
                None => failures += 1,
            }
        }
    }
    println!(
        "  {} visitor and {agents} agent connections held ({failures} failed) after {:.1} s",
        senders.len(),
        started.elapsed().as_secs_f64()
    );
    tokio::time::sleep(Duration::from_secs(3)).await;
    println!("  server with them idle: {:.1} MB resident", rss_mb(server.child.id()));

    // Retention, when measured, runs in its own process against the same database while
    // the load goes on; the load stops two seconds after it ends.
    let run: Arc<Mutex<Option<RetentionWindow>>> = Arc::default();
    if retention.is_some() {
        // In the server's own process, as the hourly run would: through the API.
        let (run, http, base, token) = (run.clone(), http.clone(), base.clone(), token.clone());
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_secs(2)).await;
            let start = Instant::now();
            *run.lock().unwrap() = Some((start, None));
            let receipt =
                http.post(format!("{base}/api/v1/retention/runs")).bearer_auth(&token).json(&json!({})).send().await;
            match receipt {
                Ok(res) => println!("  receipt: {}", res.text().await.unwrap_or_default()),
                Err(e) => println!("  retention failed: {e}"),
            }
            *run.lock().unwrap() = Some((start, Some(Instant::now())));
        });
    }
    // Messages: round-robin over the visitors at the target rate (each stays under its own limit).
    let total = if retention.is_some() { usize::MAX } else { rate * seconds as usize };
    let interval = Duration::from_secs_f64(1.0 / rate.max(1) as f64);
    let mut counts: HashMap<i64, i64> = HashMap::new();
    let phase = Instant::now();
    let mut next = Instant::now();
    let holders = senders.len();
    if holders == 0 {
        bail!("no visitor connection could be opened");
    }
    let mut send_failures = 0usize;
    for n in 0..total {
        if retention.is_some()
            && let Some((_, Some(end))) = *run.lock().unwrap()
            && end.elapsed() > Duration::from_secs(2)
        {
            break;
        }
        let (conversation, sink) = &mut senders[n % holders];
        let seq = counts.entry(*conversation).or_insert(0);
        *seq += 1;
        sent.lock().unwrap().insert((*conversation, *seq), Instant::now());
        let frame = json!({"type": "send", "body": format!("Meddelande nummer {n} i lasttestet")});
        if sink.send(Message::Text(frame.to_string().into())).await.is_err() {
            send_failures += 1;
        }
        next += interval;
        let now = Instant::now();
        if next > now {
            tokio::time::sleep(next - now).await;
        }
    }
    let offered = phase.elapsed().as_secs_f64();
    let total = counts.values().sum::<i64>() as usize;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let timed = latencies.lock().unwrap().clone();
    let mut lat: Vec<f64> = timed.iter().map(|(_, ms)| *ms).collect();
    lat.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let delivered = lat.len();
    if let Some((start, Some(end))) = *run.lock().unwrap() {
        let mut during: Vec<f64> =
            timed.iter().filter(|(at, _)| *at >= start && *at <= end).map(|(_, ms)| *ms).collect();
        during.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        println!(
            "  retention run: {:.1} s for {} expired messages",
            (end - start).as_secs_f64(),
            retention.unwrap_or(0)
        );
        println!(
            "  chat delivery latency during the run: n={} p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            during.len(),
            percentile(&during, 0.5),
            percentile(&during, 0.99),
            during.last().copied().unwrap_or(0.0)
        );
    }
    println!(
        "  sent {total} messages in {offered:.1} s ({:.0}/s offered, {send_failures} failed to send); {delivered} delivered to an agent ({:.0}/s)",
        total as f64 / offered,
        delivered as f64 / offered
    );
    println!(
        "  delivery latency visitor → agent: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&lat, 0.5),
        percentile(&lat, 0.99),
        lat.last().copied().unwrap_or(0.0)
    );
    println!("  server after the load: {:.1} MB resident", rss_mb(server.child.id()));
    Ok(())
}
