//! `samtal bench …`: programs that measure the figures of the brief and print them.

use anyhow::{Context, Result, bail};
use privacy::scanner::{ScanOptions, Scanner};
use std::path::Path;
use std::time::{Duration, Instant};

/// Scanner throughput on one core over the corpus, per message and as one large
/// text at growing sizes (to show that time grows linearly with input).
pub fn scan(corpus: &Path, seconds: f64) -> Result<()> {
    let raw = std::fs::read_to_string(corpus).with_context(|| format!("cannot read {}", corpus.display()))?;
    let messages: Vec<String> = raw
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| match serde_json::from_str::<serde_json::Value>(l) {
            Ok(v) => v["text"].as_str().map(str::to_owned).unwrap_or_else(|| l.to_owned()),
            Err(_) => l.to_owned(),
        })
        .collect();
    if messages.is_empty() {
        bail!("{} holds no text", corpus.display());
    }
    let bytes: usize = messages.iter().map(String::len).sum();
    let scanner = Scanner::new();
    let options = ScanOptions::today();
    let budget = Duration::from_secs_f64(seconds.max(0.1));
    println!(
        "scanner benchmark: {} messages, {:.2} MB, one core, all detectors on",
        messages.len(),
        bytes as f64 / 1e6
    );

    // Per message, as intake does it.
    let (mut passes, mut findings) = (0u64, 0usize);
    let started = Instant::now();
    while started.elapsed() < budget || passes == 0 {
        findings = messages.iter().map(|m| scanner.scan(m, &options).len()).sum();
        passes += 1;
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "  per message: {:>8.1} MB/s  {:>10.0} messages/s  ({findings} findings per pass, {passes} passes)",
        bytes as f64 * passes as f64 / elapsed / 1e6,
        messages.len() as f64 * passes as f64 / elapsed
    );

    // Where the time goes: identifiers and word lists separately.
    for (name, part) in [("identifiers only", 0), ("Art. 9/10 words only", 1)] {
        let started = Instant::now();
        let mut passes = 0u64;
        while started.elapsed() < budget || passes == 0 {
            for m in &messages {
                if part == 0 {
                    std::hint::black_box(scanner.identifiers(m, &options));
                } else {
                    std::hint::black_box(scanner.special_categories(m));
                }
            }
            passes += 1;
        }
        let elapsed = started.elapsed().as_secs_f64();
        println!("  {name:<22} {:>8.1} MB/s", bytes as f64 * passes as f64 / elapsed / 1e6);
    }

    // One large text at 1×, 4× and 16× the corpus: throughput stays flat if time is linear.
    let joined = messages.join("\n");
    for factor in [1usize, 4, 16] {
        let text = joined.repeat(factor);
        let started = Instant::now();
        let mut runs = 0u32;
        while started.elapsed() < budget || runs == 0 {
            std::hint::black_box(scanner.scan(&text, &options));
            runs += 1;
        }
        let elapsed = started.elapsed().as_secs_f64();
        println!(
            "  one text of {:>6.1} MB: {:>8.1} MB/s",
            text.len() as f64 / 1e6,
            text.len() as f64 * f64::from(runs) / elapsed / 1e6
        );
    }
    Ok(())
}

/// Words for generated posts, most common first (drawn with a Zipf-like skew, so
/// some terms occur in most documents: the hard case for ranking).
const VOCABULARY: &[&str] = &[
    "och",
    "att",
    "det",
    "jag",
    "som",
    "för",
    "på",
    "är",
    "med",
    "har",
    "inte",
    "kan",
    "vi",
    "om",
    "till",
    "en",
    "ett",
    "hur",
    "när",
    "var",
    "vill",
    "måste",
    "kommunen",
    "ansökan",
    "bygglov",
    "bygglovet",
    "tid",
    "dagar",
    "veckor",
    "handläggning",
    "avgift",
    "taxa",
    "skola",
    "förskola",
    "skolskjuts",
    "placering",
    "barnet",
    "barnen",
    "sophämtning",
    "kärl",
    "återvinning",
    "återvinningscentral",
    "parkering",
    "tillstånd",
    "ritning",
    "ritningar",
    "grannar",
    "grannemedgivande",
    "tomt",
    "tomtgräns",
    "garage",
    "carport",
    "förråd",
    "attefallshus",
    "friggebod",
    "altan",
    "plank",
    "mur",
    "fasad",
    "fönster",
    "tak",
    "solceller",
    "värmepump",
    "bredband",
    "vatten",
    "avlopp",
    "gata",
    "cykelbana",
    "snöröjning",
    "belysning",
    "park",
    "lekplats",
    "bibliotek",
    "simhall",
    "idrottshall",
    "äldreboende",
    "hemtjänst",
    "bistånd",
    "ekonomiskt",
    "bidrag",
    "faktura",
    "betalning",
    "autogiro",
    "blankett",
    "e-tjänst",
    "inloggning",
    "bankid",
    "svar",
    "beslut",
    "överklaga",
    "överklagande",
    "nämnden",
    "handläggare",
    "telefontid",
    "öppettider",
    "adress",
    "karta",
    "detaljplan",
    "strandskydd",
    "dispens",
    "marklov",
    "rivningslov",
];

/// A small deterministic generator (xorshift), so every run builds the same forum.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Index into the vocabulary, skewed to the front; one word in eight is a rare made-up word.
    fn word(&mut self) -> String {
        if self.below(8) == 0 {
            const SYLLABLES: &[&str] =
                &["ka", "lo", "mi", "ver", "sten", "ber", "da", "ni", "rup", "sol", "vik", "holm"];
            let n = 2 + self.below(3);
            return (0..n).map(|_| SYLLABLES[self.below(SYLLABLES.len())]).collect();
        }
        let a = self.below(VOCABULARY.len());
        let b = self.below(VOCABULARY.len());
        VOCABULARY[a.min(b)].to_owned()
    }

    /// `min` to `min + spread - 1` words.
    fn text(&mut self, min: usize, spread: usize) -> String {
        let words = min + self.below(spread);
        let mut out: Vec<String> = (0..words).map(|_| self.word()).collect();
        if let Some(first) = out.first_mut() {
            let mut chars = first.chars();
            *first = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
        }
        out.join(" ") + "."
    }
}

/// A fresh organisation for a benchmark, on `database_url` or a temporary SQLite file
/// (kept while `_dir` lives).
struct BenchOrg {
    _dir: tempfile::TempDir,
    url: String,
    app: app::App,
    slug: String,
    org: domain::org::Organisation,
}

impl BenchOrg {
    async fn new(database_url: Option<String>, prefix: &str) -> Result<Self> {
        use domain::org::{Language, NewOrganisation, Regime, Slug, TimeZoneName};
        let dir = tempfile::tempdir()?;
        let url = database_url.unwrap_or_else(|| format!("sqlite://{}", dir.path().join("bench.db").display()));
        let db = storage::connect(&url).await.context("cannot open the benchmark database")?;
        let app = app::App::new(db, app::AppConfig::default());
        let slug = format!("{prefix}{}", std::process::id());
        let org = app
            .create_org(&NewOrganisation {
                slug: Slug::parse(&slug)?,
                name: "Benchkommun".into(),
                time_zone: TimeZoneName::stockholm(),
                language: Language::Sv,
                regime: Regime::PublicAuthority,
            })
            .await?;
        Ok(Self { _dir: dir, url, app, slug, org })
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn summary(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let mean = times.iter().sum::<Duration>() / times.len().max(1) as u32;
    println!(
        "  {name:<34} n={:<5} p50 {:>7.2} ms  p99 {:>7.2} ms  mean {:>7.2} ms  max {:>7.2} ms",
        times.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        mean.as_secs_f64() * 1e3,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
}

/// Fills a forum with `posts` questions and answers, then measures the server time of
/// question pages and search queries through the full HTTP stack in process (routing,
/// use case, SQL, Markdown rendering and sanitising, templates; no network).
pub async fn forum(
    database_url: Option<String>,
    posts: usize,
    answers_per_question: usize,
    samples: usize,
) -> Result<()> {
    use domain::org::Language;

    let BenchOrg { _dir, url, app, slug, org } = BenchOrg::new(database_url, "bench").await?;
    println!("forum benchmark on {} ({})", storage::redact_url(&url), app.db().search_engine());

    let mut rng = Rng(0x5eed_f0f0_1234_5678);
    let question_ids = fill_forum(&app, org.id, posts, answers_per_question, &mut rng).await?;

    let router = web::router(app.clone(), web::WebConfig::default());
    let get = |path: String| timed(&router, path, None);
    // Warm up caches and the connection pool.
    for id in question_ids.iter().take(50) {
        get(format!("/forum/{slug}/questions/{id}")).await?;
    }
    let mut pages = Vec::with_capacity(samples);
    for _ in 0..samples {
        let id = question_ids[rng.below(question_ids.len())];
        pages.push(get(format!("/forum/{slug}/questions/{id}")).await?);
    }
    summary("question page (server time)", pages);
    let mut lists = Vec::with_capacity(samples / 4);
    for _ in 0..samples / 4 {
        let page = 1 + rng.below(50);
        lists.push(get(format!("/forum/{slug}/?page={page}")).await?);
    }
    summary("question list page", lists);

    // Search: one to three words, common ones included (they match most documents).
    let mut queries: Vec<String> = Vec::new();
    for i in 0..samples {
        let words = 1 + i % 3;
        queries.push((0..words).map(|_| rng.word()).collect::<Vec<_>>().join(" "));
    }
    let mut searches = Vec::with_capacity(queries.len());
    let mut common = Vec::new();
    let encode = |q: &str| url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>();
    for q in &queries {
        let t = get(format!("/forum/{slug}/search?q={}", encode(q))).await?;
        searches.push(t);
    }
    // The most frequent words that are searched for at all (stopwords are not).
    let content_words = VOCABULARY.iter().filter(|w| !domain::search::query_terms(w, Language::Sv).is_empty());
    for word in content_words.take(12) {
        common.push(get(format!("/forum/{slug}/search?q={}", encode(word))).await?);
    }
    summary("search page (mixed queries)", searches);
    summary("search page (12 most common words)", common);
    let mut app_searches = Vec::new();
    for q in queries.iter().take(samples / 2) {
        let started = Instant::now();
        app.forum_search(&slug, q, 1).await?;
        app_searches.push(started.elapsed());
    }
    summary("search use case (no HTML)", app_searches);
    println!("  targets: question page < 5 ms, search p99 < 50 ms (2-core machine, SQLite)");
    Ok(())
}

/// Fills a forum: questions with answers, 200 questions per transaction, indexed as the
/// app does; returns the questions' ids.
async fn fill_forum(
    app: &app::App,
    org: domain::OrgId,
    posts: usize,
    answers_per_question: usize,
    rng: &mut Rng,
) -> Result<Vec<i64>> {
    use domain::forum::PostStatus;
    use domain::org::Language;
    use storage::forum::NewPost;
    // Fill: questions with answers, 200 questions per transaction, indexed as the app does.
    let started = Instant::now();
    let mut w = app.db().write(org).await?;
    let mut categories = Vec::new();
    for (i, name) in ["Bygglov", "Skola", "Avfall", "Trafik", "Omsorg"].iter().enumerate() {
        categories.push(w.create_category(&format!("c{i}"), name, "").await?);
    }
    w.commit().await?;
    let per_thread = 1 + answers_per_question;
    let questions = posts.div_ceil(per_thread);
    let mut question_ids = Vec::with_capacity(questions);
    let mut n = 0u64;
    for chunk in (0..questions).collect::<Vec<_>>().chunks(200) {
        let mut w = app.db().write(org).await?;
        for _ in chunk {
            let title = rng.text(6, 6);
            let body = rng.text(30, 60);
            n += 1;
            let hash = format!("{n:064x}");
            let q = w
                .insert_post(&NewPost {
                    question: None,
                    category: Some(categories[rng.below(categories.len())]),
                    title: Some(&title),
                    body: &body,
                    author_name: "Besökare",
                    author_email: None,
                    notify_on_answer: false,
                    unsubscribe_token: None,
                    staff_user: None,
                    official: false,
                    status: PostStatus::Published,
                    hold: None,
                    manage_token_hash: &hash,
                    notice_version: Some(0),
                    findings: "[]",
                })
                .await?;
            for _ in 0..answers_per_question {
                let body = rng.text(20, 80);
                n += 1;
                let hash = format!("{n:064x}");
                w.insert_post(&NewPost {
                    question: Some(q),
                    category: None,
                    title: None,
                    body: &body,
                    author_name: "Handläggare",
                    author_email: None,
                    notify_on_answer: false,
                    unsubscribe_token: None,
                    staff_user: None,
                    official: rng.below(2) == 0,
                    status: PostStatus::Published,
                    hold: None,
                    manage_token_hash: &hash,
                    notice_version: None,
                    findings: "[]",
                })
                .await?;
            }
            w.refresh_question(q, true).await?;
            w.reindex_question(q, Language::Sv).await?;
            question_ids.push(q.0);
        }
        w.commit().await?;
    }
    // A live database has its planner statistics refreshed by autovacuum / `PRAGMA optimize`.
    app.db().analyze().await?;
    println!(
        "  filled {} posts ({} questions × {} answers) in {:.1} s",
        n,
        questions,
        answers_per_question,
        started.elapsed().as_secs_f64()
    );

    Ok(question_ids)
}

/// Help search: a forum of `posts` posts and `guides` published guides in one
/// organisation; prints the help search page's and the widget suggestions' percentiles.
pub async fn help(database_url: Option<String>, guides: usize, posts: usize, samples: usize) -> Result<()> {
    use domain::org::Language;

    let BenchOrg { _dir, url, app, slug, org } = BenchOrg::new(database_url, "help").await?;
    println!("help search benchmark on {} ({})", storage::redact_url(&url), app.db().search_engine());
    let mut rng = Rng(0x4e1b_0000_5eed_0001);
    fill_forum(&app, org.id, posts, 3, &mut rng).await?;
    let started = Instant::now();
    let author = app
        .create_user_as_operator(
            org.id,
            app::admin::NewUser {
                email: "bench@bench.se",
                display_name: Some("Bench"),
                role: domain::staff::Role::Agent,
                password: "gul katt springer fort i snö",
                must_change_password: false,
            },
        )
        .await?;
    for chunk in (0..guides).collect::<Vec<_>>().chunks(200) {
        let mut w = app.db().write(org.id).await?;
        for i in chunk {
            let title = rng.text(5, 5);
            let body = rng.text(150, 250);
            let content = storage::guides::GuideContent {
                category: None,
                title: &title,
                body: &body,
                visibility: if i % 5 == 0 { "internal" } else { "public" },
            };
            let id = w.insert_guide(&format!("g{i}"), &content, author.id).await?;
            w.set_guide_status(id, "published").await?;
            w.reindex_guide(id, Language::Sv).await?;
        }
        w.commit().await?;
    }
    app.db().analyze().await?;
    println!("  filled {guides} guides in {:.1} s", started.elapsed().as_secs_f64());

    let router = web::router(app.clone(), web::WebConfig::default());
    let get = |path: String, body: Option<String>| timed(&router, path, body);
    let encode = |q: &str| url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>();
    let queries: Vec<String> =
        (0..samples).map(|i| (0..1 + i % 3).map(|_| rng.word()).collect::<Vec<_>>().join(" ")).collect();
    for q in queries.iter().take(50) {
        get(format!("/help/{slug}/search?q={}", encode(q)), None).await?;
    }
    let mut pages = Vec::with_capacity(samples);
    for q in &queries {
        pages.push(get(format!("/help/{slug}/search?q={}", encode(q)), None).await?);
    }
    summary("help search page, guides + forum (1-3 words)", pages);
    // The widget sends the question as typed: several words, any of which may match.
    let mut suggestions = Vec::with_capacity(samples);
    for _ in 0..samples {
        let question = rng.text(6, 8);
        suggestions.push(get(format!("/help/{slug}/suggest"), Some(question)).await?);
    }
    summary("widget suggestions (a typed question)", suggestions);
    println!("  target: search p99 < 50 ms at 10,000 guides + 100,000 forum posts (2-core machine)");
    Ok(())
}

/// The server time of one request through the whole router, in process (no network): a
/// GET, or a POST of `body`. A non-2xx answer fails the benchmark.
async fn timed(router: &axum::Router, path: String, body: Option<String>) -> Result<Duration> {
    timed_as(router, path, body, None).await
}

/// [`timed`], with one request header (an API token or a session cookie).
async fn timed_as(
    router: &axum::Router,
    path: String,
    body: Option<String>,
    header: Option<(&str, &str)>,
) -> Result<Duration> {
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;
    let started = Instant::now();
    let builder = match &body {
        None => Request::get(path),
        Some(_) => Request::post(path),
    };
    let builder = match header {
        Some((name, value)) => builder.header(name, value),
        None => builder,
    };
    let request = builder.body(body.map(Body::from).unwrap_or_else(Body::empty))?;
    let res = router.clone().oneshot(request).await?;
    let status = res.status();
    axum::body::to_bytes(res.into_body(), usize::MAX).await?;
    if !status.is_success() {
        bail!("{status}");
    }
    Ok(started.elapsed())
}

/// Statistics: `conversations` chat facts over the past year (5 flows, 25 agents, office
/// hours), then the year's report through the whole HTTP stack: once cold (every day's
/// pre-aggregate built), then warm, then after one change today (one day rebuilt).
pub async fn reports(database_url: Option<String>, conversations: usize, samples: usize) -> Result<()> {
    use domain::retention::Module;
    use domain::stats::{Fact, Outcome};

    let BenchOrg { _dir, url, app, org, .. } = BenchOrg::new(database_url, "stats").await?;
    println!("reports benchmark on {}", storage::redact_url(&url));
    let admin = app
        .create_user_as_operator(
            org.id,
            app::admin::NewUser {
                email: "bench@bench.se",
                display_name: Some("Bench"),
                role: domain::staff::Role::Admin,
                password: "gul katt springer fort i snö",
                must_change_password: false,
            },
        )
        .await?;
    let principal = app::Principal { user: admin, via: app::authz::Via::Session };
    let mut flows = Vec::new();
    for name in ["Bygglov", "Skola", "Avfall", "Trafik", "Omsorg"] {
        let settings = app::chat::default_flow_settings(name);
        flows.push(app.create_flow(&principal, app::chat::NewFlow { slug: &name.to_lowercase(), settings }).await?);
    }
    let bearer = format!("Bearer {}", app.create_token_as_operator(org.id, "bench@bench.se", "bench").await?.1);
    let session = app
        .sign_in(app::auth::SignInAttempt {
            org_slug: org.slug.as_str(),
            email: "bench@bench.se",
            password: "gul katt springer fort i snö",
            client: "127.0.0.1",
        })
        .await?
        .session_token;
    let cookie = format!("samtal_session={session}");

    let started = Instant::now();
    let zone = org.time_zone.zone();
    let now = domain::Timestamp::now();
    let mut rng = Rng(0x57a7_0000_5eed_0002);
    for chunk in (0..conversations).collect::<Vec<_>>().chunks(10_000) {
        let mut w = app.db().write(org.id).await?;
        for i in chunk {
            // Office hours mostly: 8–17 local, spread over the past 365 days.
            let day = rng.below(365) as i64;
            let seconds = (7 * 3600 + rng.below(10 * 3600) + rng.below(3600)) as i64;
            let opened = now.plus_days(-day - 1).plus_seconds(seconds - 12 * 3600);
            let roll = rng.below(100);
            let (outcome, response, close) = match roll {
                0..=79 => (Outcome::Answered, Some(5 + rng.below(600) as i64), Some(120 + rng.below(3000) as i64)),
                80..=91 => (Outcome::Missed, None, Some(30 + rng.below(600) as i64)),
                _ => (Outcome::Offline, None, None),
            };
            let fact = Fact {
                agent_id: response.map(|_| 1_000 + rng.below(25) as i64),
                first_response_at: response.map(|s| opened.plus_seconds(s)),
                closed_at: close.map(|s| opened.plus_seconds(s)),
                transfers: i64::from(rng.below(20) == 0),
                ..Fact::opened(Module::Chat, *i as i64 + 1, flows[rng.below(flows.len())].0, opened, &zone, outcome)
            };
            w.stat_opened(&fact).await?;
        }
        w.commit().await?;
    }
    println!("  stored {conversations} conversation facts in {:.1} s", started.elapsed().as_secs_f64());

    let router = web::router(app.clone(), web::WebConfig::default());
    let today = now.date_in(&zone);
    let year_ago = now.plus_days(-364).date_in(&zone);
    let path = format!("/api/v1/reports/chat?from={year_ago}&to={today}");
    let cold = timed_as(&router, path.clone(), None, Some(("authorization", &bearer))).await?;
    println!("  first year report (builds 365 days of pre-aggregates): {:.0} ms", cold.as_secs_f64() * 1e3);
    let mut warm = Vec::with_capacity(samples);
    for _ in 0..samples {
        warm.push(timed_as(&router, path.clone(), None, Some(("authorization", &bearer))).await?);
    }
    summary(&format!("year report, JSON ({conversations} chats)"), warm);
    let mut pages = Vec::with_capacity(samples / 4);
    for _ in 0..samples / 4 {
        let page = format!("/reports/chat?from={year_ago}&to={today}");
        pages.push(timed_as(&router, page, None, Some(("cookie", &cookie))).await?);
    }
    summary("year report page (HTML, 4 SVG charts)", pages);
    let mut csv = Vec::with_capacity(samples / 4);
    for _ in 0..samples / 4 {
        let days = format!("/api/v1/reports/chat/days?from={year_ago}&to={today}");
        csv.push(timed_as(&router, days, None, Some(("authorization", &bearer))).await?);
    }
    summary("year report, days as CSV", csv);
    let mut changed = Vec::with_capacity(samples / 4);
    for i in 0..samples / 4 {
        // A chat of today changes: today's pre-aggregate is rebuilt by the next report.
        let mut w = app.db().write(org.id).await?;
        let fact = Fact::opened(Module::Chat, 10_000_000 + i as i64, flows[0].0, now, &zone, Outcome::Open);
        w.stat_opened(&fact).await?;
        w.commit().await?;
        changed.push(timed_as(&router, path.clone(), None, Some(("authorization", &bearer))).await?);
    }
    summary("year report after a change today", changed);
    println!("  target: a year's report for 500,000 conversations < 200 ms");
    Ok(())
}

/// SMTP intake: `sessions` parallel clients deliver `messages` messages of about
/// `size_kb` KB each to a fresh SQLite database over loopback; prints the rate of
/// messages accepted (250 after each is stored).
pub async fn smtp(sessions: usize, messages: usize, size_kb: usize) -> Result<()> {
    use app::App;
    use domain::org::{Language, NewOrganisation, Regime, Slug, TimeZoneName};
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let app = App::new(storage::connect(&url).await?, app::AppConfig::default());
    let org = app
        .create_org(&NewOrganisation {
            slug: Slug::parse("smtpbench")?,
            name: "Benchkommun".into(),
            time_zone: TimeZoneName::stockholm(),
            language: Language::Sv,
            regime: Regime::PublicAuthority,
        })
        .await?;
    app.create_inbox_as_operator(org.id, "arende@bench.se", "Ärenden").await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let settings = mail::smtp_server::SmtpSettings { hostname: "bench".into(), ..Default::default() };
    tokio::spawn(mail::smtp_server::serve(
        listener,
        settings,
        std::sync::Arc::new(app::cases::MailIntake(app.clone())),
    ));

    // A typical message: headers, a text part with Swedish text, about `size_kb` KB.
    let mut rng = Rng(0x5117_0000_beef);
    let mut body = String::new();
    while body.len() < size_kb * 1024 {
        body.push_str(&rng.text(12, 8));
        body.push_str("\r\n");
    }
    let per_session = messages.div_ceil(sessions.max(1));
    println!("SMTP intake benchmark: {sessions} sessions × {per_session} messages of {size_kb} KB, SQLite");
    let started = Instant::now();
    let mut tasks = Vec::new();
    for session in 0..sessions {
        let body = body.clone();
        tasks.push(tokio::spawn(async move {
            let (read, mut write) = tokio::net::TcpStream::connect(addr).await?.into_split();
            let mut lines = BufReader::new(read).lines();
            let mut reply = async || -> Result<String> {
                let mut text = String::new();
                loop {
                    let line = lines.next_line().await?.context("server closed the connection")?;
                    let last = line.as_bytes().get(3) == Some(&b' ');
                    text.push_str(&line);
                    if last {
                        return Ok(text);
                    }
                }
            };
            reply().await?;
            write.write_all(b"EHLO bench\r\n").await?;
            reply().await?;
            let mut accepted = 0usize;
            for i in 0..per_session {
                let message = format!(
                    "From: Kund {session} <kund{session}@example.se>\r\nTo: arende@bench.se\r\nSubject: Fråga {session}-{i}\r\n\
                     Message-ID: <{session}.{i}@example.se>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}.\r\n"
                );
                // Pipelined, as mail servers do: envelope and DATA in one write.
                write.write_all(format!("MAIL FROM:<kund{session}@example.se>\r\nRCPT TO:<arende@bench.se>\r\nDATA\r\n").as_bytes()).await?;
                for _ in 0..3 {
                    reply().await?;
                }
                write.write_all(message.as_bytes()).await?;
                if reply().await?.starts_with("250") {
                    accepted += 1;
                }
            }
            write.write_all(b"QUIT\r\n").await?;
            Ok::<usize, anyhow::Error>(accepted)
        }));
    }
    let mut accepted = 0;
    for task in tasks {
        accepted += task.await??;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let stored = app.db().org(org.id).cases(None, i64::MAX).await?.len();
    println!(
        "  {accepted} messages accepted and stored in {elapsed:.2} s: {:.0} messages/s ({:.1} MB/s); {stored} cases in the database",
        accepted as f64 / elapsed,
        (accepted * body.len()) as f64 / elapsed / 1e6
    );
    println!("  target: 500 messages/s (2-core machine, SQLite)");
    Ok(())
}

/// Loads `messages` expired chat messages (ten per conversation, closed 400 days ago)
/// into an organisation, in a flow of their own, for the retention benchmark.
pub async fn fill_expired(app: &app::App, org: domain::OrgId, messages: i64) -> Result<()> {
    let started = std::time::Instant::now();
    let mut w = app.db().write(org).await?;
    let flow = w.insert_flow("arkiv", &app::chat::default_flow_settings("Arkiv")).await?;
    w.commit().await?;
    let per = 10;
    let conversations = (messages / per).max(1);
    // In slices, so no one transaction grows huge.
    let slice = 10_000;
    let mut done = 0;
    while done < conversations {
        let n = slice.min(conversations - done);
        let mut w = app.db().write(org).await?;
        w.bulk_load_conversations(
            flow,
            n,
            per,
            "Hej! Ring mig på 070-123 45 67 eller skriv till kim@example.se om bygglovet, tack.",
            domain::Timestamp::now().plus_days(-400),
        )
        .await?;
        w.commit().await?;
        done += n;
    }
    app.db().analyze().await?;
    println!(
        "loaded {} expired messages in {conversations} conversations in {:.1} s",
        conversations * per,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
