//! The command line. Every setting can also come from the environment or the
//! configuration file; the command line wins, then the environment, then the file.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "samtal",
    version,
    about = "Samtal: privacy-first customer service (chat, forum, e-mail, knowledge base)"
)]
pub struct Cli {
    #[command(flatten)]
    pub settings: SettingArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args, Default, Clone)]
pub struct SettingArgs {
    /// TOML configuration file.
    #[arg(long, global = true, env = "SAMTAL_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Address to serve HTTP on [default: 127.0.0.1:8080].
    #[arg(long, global = true, env = "SAMTAL_LISTEN", value_name = "ADDR")]
    pub listen: Option<String>,
    /// Folder for the SQLite database and files [default: ./data].
    #[arg(long, global = true, env = "SAMTAL_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// `sqlite:PATH` or `postgres://…` [default: a SQLite file in the data folder].
    #[arg(long, global = true, env = "DATABASE_URL", value_name = "URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// The SMTP relay outbound mail goes through: smtp://[user:pass@]host[:port] or smtps://… [default: none; mail waits in the queue].
    #[arg(long, global = true, env = "SAMTAL_SMTP_RELAY", value_name = "URL", hide_env_values = true)]
    pub smtp_relay: Option<String>,
    /// The sender of outbound mail, e.g. "Kundtjänst <noreply@kommun.se>".
    #[arg(long, global = true, env = "SAMTAL_MAIL_FROM", value_name = "MAILBOX")]
    pub mail_from: Option<String>,
    /// Address to receive mail on over SMTP (e.g. 0.0.0.0:2525), or `off` [default: off].
    #[arg(long, global = true, env = "SAMTAL_SMTP_LISTEN", value_name = "ADDR")]
    pub smtp_listen: Option<String>,
    /// Address for Prometheus metrics at /metrics, or `off` [default: 127.0.0.1:9464].
    #[arg(long, global = true, env = "SAMTAL_METRICS_LISTEN", value_name = "ADDR")]
    pub metrics_listen: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web UI and API (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Organisations (tenants).
    #[command(subcommand)]
    Org(OrgCommand),
    /// Staff accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Mail inboxes (addresses mail to the organisation arrives at).
    #[command(subcommand)]
    Inbox(InboxCommand),
    /// The audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Retention (gallring): preview, run, receipts.
    #[command(subcommand)]
    Retention(RetentionCommand),
    /// Data-subject requests: find a person's data.
    #[command(subcommand)]
    Dsr(DsrCommand),
    /// Find personal data in text: one JSON object per finding, or the masked text with --redact.
    Scan {
        /// Files to read, each line one text; standard input when none.
        files: Vec<std::path::PathBuf>,
        /// Print each line with identifiers replaced by typed placeholders.
        #[arg(long)]
        redact: bool,
        /// With --redact: keep this many trailing digits of card numbers (0–4).
        #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=4))]
        keep_card_digits: u8,
        /// With --redact: also replace Art. 9/10 findings (left for review by default).
        #[arg(long)]
        redact_special: bool,
    },
    /// Benchmarks that print their figures.
    #[command(subcommand)]
    Bench(BenchCommand),
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Scanner throughput on one core, with every detector on.
    Scan {
        /// messages.jsonl of the development corpus (or any file of text lines).
        #[arg(long, default_value = "../shared/corpus/messages.jsonl")]
        corpus: std::path::PathBuf,
        /// Seconds to run each measurement.
        #[arg(long, default_value_t = 3.0)]
        seconds: f64,
    },
    /// SMTP intake: parallel sessions deliver messages; prints messages per second stored.
    Smtp {
        #[arg(long, default_value_t = 8)]
        sessions: usize,
        #[arg(long, default_value_t = 5_000)]
        messages: usize,
        /// Approximate size of each message.
        #[arg(long, default_value_t = 20)]
        size_kb: usize,
    },
    /// Loads expired chat history into an organisation (for `samtal-bench retention`):
    /// conversations closed 400 days ago, ten visitor messages each with a phone number.
    FillExpired {
        #[arg(long)]
        org: String,
        #[arg(long, default_value_t = 1_000_000)]
        messages: i64,
    },
    /// Forum: fills a forum and prints server time per question page and search percentiles.
    Forum {
        /// Questions plus answers to create.
        #[arg(long, default_value_t = 100_000)]
        posts: usize,
        #[arg(long, default_value_t = 3)]
        answers_per_question: usize,
        /// Requests to time per measurement.
        #[arg(long, default_value_t = 1_000)]
        samples: usize,
        /// Database to fill [default: a temporary SQLite file]; a PostgreSQL database gets a new organisation.
        #[arg(long = "bench-database-url", value_name = "URL")]
        bench_database_url: Option<String>,
    },
    /// Statistics: stores a year of chat facts and prints the year report's server time.
    Reports {
        #[arg(long, default_value_t = 500_000)]
        conversations: usize,
        #[arg(long, default_value_t = 200)]
        samples: usize,
        /// Database to fill [default: a temporary SQLite file]; a PostgreSQL database gets a new organisation.
        #[arg(long = "bench-database-url", value_name = "URL")]
        bench_database_url: Option<String>,
    },
    /// Help search: fills guides and a forum and prints search and widget-suggestion percentiles.
    HelpSearch {
        #[arg(long, default_value_t = 10_000)]
        guides: usize,
        /// Forum questions plus answers.
        #[arg(long, default_value_t = 100_000)]
        posts: usize,
        #[arg(long, default_value_t = 1_000)]
        samples: usize,
        /// Database to fill [default: a temporary SQLite file]; a PostgreSQL database gets a new organisation.
        #[arg(long = "bench-database-url", value_name = "URL")]
        bench_database_url: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Create an organisation.
    Create {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        /// `private` or `public-authority`.
        #[arg(long, default_value = "private")]
        regime: String,
        #[arg(long, default_value = "Europe/Stockholm")]
        time_zone: String,
        /// `sv` or `en`.
        #[arg(long, default_value = "sv")]
        language: String,
    },
    /// List organisations.
    List,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a staff account; the password is read from standard input.
    Create {
        #[arg(long)]
        org: String,
        #[arg(long)]
        email: String,
        /// `admin`, `agent` or `dpo`.
        #[arg(long)]
        role: String,
        #[arg(long)]
        name: Option<String>,
        /// Read the password from the first line of standard input (required).
        #[arg(long, required = true)]
        password_stdin: bool,
        /// Require a new password at first sign-in.
        #[arg(long)]
        temporary: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create an API token for a staff member; prints it once.
    Create {
        #[arg(long)]
        org: String,
        /// The staff member's e-mail.
        #[arg(long)]
        user: String,
        #[arg(long, default_value = "cli")]
        label: String,
    },
    /// Revoke an API token by id.
    Revoke {
        #[arg(long)]
        org: String,
        #[arg(long)]
        id: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum InboxCommand {
    /// Create an inbox: mail to this address becomes cases of the organisation.
    Create {
        #[arg(long)]
        org: String,
        #[arg(long)]
        address: String,
        /// Shown to staff [default: the address].
        #[arg(long)]
        name: Option<String>,
    },
    /// List an organisation's inboxes.
    List {
        #[arg(long)]
        org: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// What the rules would remove today and on each of the next 30 days, per scope.
    Preview {
        #[arg(long)]
        org: String,
        /// YYYY-MM-DD or RFC 3339 [default: now].
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Remove what is due (every organisation unless --org); prints the receipts.
    Run {
        #[arg(long)]
        org: Option<String>,
        /// YYYY-MM-DD or RFC 3339 [default: now].
        #[arg(long)]
        as_of: Option<String>,
        /// Count only; remove nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// The receipts of past runs, newest first.
    Receipts {
        #[arg(long)]
        org: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum DsrCommand {
    /// Every row that holds a person's data, one JSON object per line (audited with the purpose).
    Search {
        #[arg(long)]
        org: String,
        #[arg(long, group = "person")]
        email: Option<String>,
        #[arg(long, group = "person")]
        phone: Option<String>,
        #[arg(long, group = "person")]
        personnummer: Option<String>,
        #[arg(long, group = "person")]
        name: Option<String>,
        #[arg(long, group = "person")]
        visitor: Option<String>,
        /// access_request, erasure_request, rectification, restriction, objection,
        /// portability, complaint or legal_claim.
        #[arg(long)]
        purpose: String,
    },
    /// Write everything about a person to a zip (access request).
    Export {
        #[arg(long)]
        org: String,
        #[command(flatten)]
        person: PersonArgs,
        /// The zip file to write (not overwritten if it exists).
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Erase everything about a person; prints what went.
    Erase {
        #[arg(long)]
        org: String,
        #[command(flatten)]
        person: PersonArgs,
        /// The decision erased under (required for a public authority).
        #[arg(long)]
        decision: Option<String>,
        /// Count only; remove nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// The register of requests: register, check identity, extend, refuse, complete.
    #[command(subcommand)]
    Request(RequestCommand),
}

/// The register of data-subject requests, as staff handle it in the UI.
#[derive(Debug, Subcommand)]
pub enum RequestCommand {
    /// The register, one JSON object per line (open requests first by due date).
    List {
        #[arg(long)]
        org: String,
    },
    /// Register a request; prints its id and due date.
    Register {
        #[arg(long)]
        org: String,
        /// access, erasure, rectification, restriction, objection or portability.
        #[arg(long)]
        kind: String,
        /// The requester's address (the answer goes there).
        #[arg(long)]
        email: String,
        /// YYYY-MM-DD (default today).
        #[arg(long)]
        received_on: Option<String>,
    },
    /// Record the identity checklist: every step ticked so far (replaces the set).
    Identity {
        #[arg(long)]
        org: String,
        #[arg(long)]
        id: i64,
        /// matches_records, identity_proven, mandate_checked (repeat the flag).
        #[arg(long = "step")]
        steps: Vec<String>,
    },
    /// Extend the deadline by 1 or 2 months; the reason is mailed to the requester.
    Extend {
        #[arg(long)]
        org: String,
        #[arg(long)]
        id: i64,
        #[arg(long, value_parser = clap::value_parser!(i8).range(1..=2))]
        months: i8,
        #[arg(long)]
        reason: String,
    },
    /// Close a request as refused, with the reason.
    Refuse {
        #[arg(long)]
        org: String,
        #[arg(long)]
        id: i64,
        #[arg(long)]
        reason: String,
    },
    /// Complete a request whose identity is checked: access writes the export to --out,
    /// erasure erases, restriction places the restriction.
    Complete {
        #[arg(long)]
        org: String,
        #[arg(long)]
        id: i64,
        /// For an access or portability request: the zip to write (must not exist).
        #[arg(long)]
        out: Option<std::path::PathBuf>,
        /// For an erasure: the decision erased under.
        #[arg(long)]
        decision: Option<String>,
    },
}

/// The person an export or erasure is about: exactly one identifier. A phone number or
/// personnummer reaches every item that mentions it, in any written form.
#[derive(Debug, clap::Args)]
#[group(required = true, multiple = false)]
pub struct PersonArgs {
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub personnummer: Option<String>,
}

impl PersonArgs {
    pub fn person(&self) -> anyhow::Result<app::people::Person> {
        Ok(app::people::Person::one_of(self.email.as_deref(), self.phone.as_deref(), self.personnummer.as_deref())?)
    }
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Verify an organisation's hash chain; exits 1 naming the first broken entry.
    Verify {
        #[arg(long)]
        org: String,
    },
}
