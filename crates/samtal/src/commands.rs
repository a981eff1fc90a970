//! Operator commands: each opens the database, does one thing, and prints the result.

use crate::cli::{
    AuditCommand, Cli, Command, DsrCommand, InboxCommand, OrgCommand, RequestCommand, RetentionCommand, TokenCommand,
    UserCommand,
};
use crate::config::Settings;
use crate::{serve, telemetry};
use anyhow::{Context, Result, anyhow, bail};
use app::App;
use app::admin::NewUser;
use app::audit::Verification;
use domain::org::{Language, NewOrganisation, Regime, Slug, TimeZoneName};
use domain::staff::Role;
use std::io::BufRead;
use std::process::ExitCode;

pub async fn run(cli: Cli) -> Result<ExitCode> {
    let settings = Settings::load(&cli.settings)?;
    let command = cli.command.unwrap_or(Command::Serve);
    // Commands that touch no database and need no configuration beyond their flags.
    match command {
        Command::Scan { files, redact, keep_card_digits, redact_special } => {
            let mask = privacy::scanner::MaskOptions {
                keep_card_digits: usize::from(keep_card_digits),
                special_categories: redact_special,
            };
            return crate::scan::run(&files, redact.then_some(mask)).map(|()| ExitCode::SUCCESS);
        }
        Command::Bench(crate::cli::BenchCommand::Scan { corpus, seconds }) => {
            return crate::bench::scan(&corpus, seconds).map(|()| ExitCode::SUCCESS);
        }
        Command::Bench(crate::cli::BenchCommand::Smtp { sessions, messages, size_kb }) => {
            return crate::bench::smtp(sessions.max(1), messages.max(1), size_kb.max(1))
                .await
                .map(|()| ExitCode::SUCCESS);
        }
        Command::Bench(crate::cli::BenchCommand::Forum {
            posts,
            answers_per_question,
            samples,
            bench_database_url,
        }) => {
            return crate::bench::forum(bench_database_url, posts, answers_per_question, samples.max(10))
                .await
                .map(|()| ExitCode::SUCCESS);
        }
        Command::Bench(crate::cli::BenchCommand::Reports { conversations, samples, bench_database_url }) => {
            return crate::bench::reports(bench_database_url, conversations.max(1), samples.max(4))
                .await
                .map(|()| ExitCode::SUCCESS);
        }
        Command::Bench(crate::cli::BenchCommand::HelpSearch { guides, posts, samples, bench_database_url }) => {
            return crate::bench::help(bench_database_url, guides, posts, samples.max(10))
                .await
                .map(|()| ExitCode::SUCCESS);
        }
        _ => {}
    }
    telemetry::init_logs(&settings, matches!(command, Command::Serve));
    match command {
        Command::Serve => serve::serve(settings).await.map(|()| ExitCode::SUCCESS),
        Command::Migrate => {
            open(&settings).await?;
            println!("database is up to date");
            Ok(ExitCode::SUCCESS)
        }
        Command::Org(cmd) => org(&open(&settings).await?, cmd).await,
        Command::User(cmd) => user(&open(&settings).await?, cmd).await,
        Command::Token(cmd) => token(&open(&settings).await?, cmd).await,
        Command::Inbox(cmd) => inbox(&open(&settings).await?, cmd).await,
        Command::Audit(cmd) => audit(&open(&settings).await?, cmd).await,
        Command::Retention(cmd) => retention(&open(&settings).await?, cmd).await,
        Command::Dsr(cmd) => dsr(&open(&settings).await?, cmd).await,
        Command::Bench(crate::cli::BenchCommand::FillExpired { org, messages }) => {
            let app = open(&settings).await?;
            let org = find_org(&app, &org).await?;
            crate::bench::fill_expired(&app, org.id, messages).await.map(|()| ExitCode::SUCCESS)
        }
        Command::Scan { .. } | Command::Bench(_) => unreachable!("handled above"),
    }
}

async fn open(settings: &Settings) -> Result<App> {
    if settings.database_url.starts_with("sqlite:") {
        crate::config::prepare_data_dir(&settings.data_dir)?;
    }
    let db = storage::connect(&settings.database_url).await?;
    Ok(App::new(db, settings.app_config()))
}

async fn find_org(app: &App, slug: &str) -> Result<domain::org::Organisation> {
    app.org_by_slug(slug).await.map_err(|_| anyhow!("no organisation with slug {slug:?}"))
}

async fn org(app: &App, cmd: OrgCommand) -> Result<ExitCode> {
    match cmd {
        OrgCommand::Create { slug, name, regime, time_zone, language } => {
            let new = NewOrganisation {
                slug: Slug::parse(&slug)?,
                name: domain::org::parse_org_name(&name)?,
                time_zone: TimeZoneName::parse(&time_zone)?,
                language: language.parse::<Language>()?,
                regime: regime
                    .parse::<Regime>()
                    .map_err(|_| anyhow!("invalid regime {regime:?}: expected private or public-authority"))?,
            };
            let org = app.create_org(&new).await?;
            println!("created organisation {} (id {}, {})", org.slug, org.id, org.regime.as_str());
        }
        OrgCommand::List => {
            for org in app.db().list_orgs().await? {
                println!("{}\t{}\t{}\t{}", org.slug, org.regime.as_str(), org.time_zone.as_str(), org.name);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn user(app: &App, cmd: UserCommand) -> Result<ExitCode> {
    match cmd {
        UserCommand::Create { org, email, role, name, password_stdin: _, temporary } => {
            let org = find_org(app, &org).await?;
            let role =
                role.parse::<Role>().map_err(|_| anyhow!("invalid role {role:?}: expected admin, agent or dpo"))?;
            let mut password = String::new();
            std::io::stdin().lock().read_line(&mut password).context("cannot read the password from standard input")?;
            let password = password.trim_end_matches(['\n', '\r']);
            if password.is_empty() {
                bail!("no password on standard input");
            }
            let user = app
                .create_user_as_operator(
                    org.id,
                    NewUser {
                        email: &email,
                        display_name: name.as_deref(),
                        role,
                        password,
                        must_change_password: temporary,
                    },
                )
                .await?;
            println!("created {} {} (id {}) in {}", user.role.as_str(), user.email, user.id, org.slug);
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn token(app: &App, cmd: TokenCommand) -> Result<ExitCode> {
    match cmd {
        TokenCommand::Create { org, user, label } => {
            let org = find_org(app, &org).await?;
            let (id, token) = app.create_token_as_operator(org.id, &user, &label).await.map_err(|e| match e {
                app::AppError::NotFound => anyhow!("no user with that e-mail in {}", org.slug),
                other => other.into(),
            })?;
            eprintln!("API token {id} created; it is shown only now:");
            println!("{token}");
        }
        TokenCommand::Revoke { org, id } => {
            let org = find_org(app, &org).await?;
            app.revoke_token_as_operator(org.id, domain::TokenId(id)).await.map_err(|e| match e {
                app::AppError::NotFound => anyhow!("no active token {id} in {}", org.slug),
                other => other.into(),
            })?;
            println!("revoked token {id}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn inbox(app: &App, cmd: InboxCommand) -> Result<ExitCode> {
    match cmd {
        InboxCommand::Create { org, address, name } => {
            let org = find_org(app, &org).await?;
            let name = name.unwrap_or_else(|| address.clone());
            let id = app.create_inbox_as_operator(org.id, &address, &name).await?;
            println!("inbox {id} created: mail to {} becomes cases of {}", address.trim().to_lowercase(), org.slug);
        }
        InboxCommand::List { org } => {
            let org = find_org(app, &org).await?;
            for inbox in app.db().org(org.id).inboxes().await? {
                println!("{}\t{}\t{}", inbox.id, inbox.address, inbox.name);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn as_of(raw: Option<&str>) -> Result<domain::Timestamp> {
    match raw {
        None => Ok(domain::Timestamp::now()),
        Some(raw) => domain::Timestamp::parse_typed("as_of", raw)
            .map_err(|_| anyhow!("invalid --as-of {raw:?}: expected YYYY-MM-DD or an RFC 3339 time")),
    }
}

async fn retention(app: &App, cmd: RetentionCommand) -> Result<ExitCode> {
    match cmd {
        RetentionCommand::Preview { org, as_of: raw } => {
            let at = as_of(raw.as_deref())?;
            let org = find_org(app, &org).await?;
            println!("module\tapplies_to\tscope\taction\tkeep_days\tafter\trule_version\theld\ttoday\tday1..day30");
            for line in app.retention_preview(org.id, at).await? {
                let days: Vec<String> = line.days.iter().map(i64::to_string).collect();
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    line.module.as_str(),
                    line.applies.as_str(),
                    line.scope_id,
                    line.action.as_str(),
                    line.keep_days,
                    line.clock.as_str(),
                    line.rule_version,
                    line.held,
                    days.join("\t")
                );
            }
        }
        RetentionCommand::Run { org, as_of: raw, dry_run } => {
            let at = as_of(raw.as_deref())?;
            let orgs = match org {
                Some(slug) => vec![find_org(app, &slug).await?],
                None => app.db().list_orgs().await?,
            };
            let _leadership = match app.db().lead("retention").await? {
                Some(lead) => lead,
                None => bail!("another node is running retention now; try again when it is done"),
            };
            for org in orgs {
                let report = app.run_retention(org.id, at, dry_run).await?;
                println!("{}", serde_json::to_string(&report)?);
            }
        }
        RetentionCommand::Receipts { org } => {
            let org = find_org(app, &org).await?;
            for run in app.db().org(org.id).retention_runs(1000).await? {
                println!(
                    "{{\"run\":{},\"finished_at\":\"{}\",\"as_of\":\"{}\",\"dry_run\":{},\"removed\":{},\"held\":{},\"skipped\":{},\"counts\":{},\"rule_versions\":{}}}",
                    run.id,
                    domain::Timestamp(run.finished_at).rfc3339(),
                    domain::Timestamp(run.as_of).rfc3339(),
                    run.dry_run,
                    run.removed,
                    run.held,
                    run.skipped,
                    run.counts,
                    run.rule_versions
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn dsr(app: &App, cmd: DsrCommand) -> Result<ExitCode> {
    use domain::people::KeyKind;
    match cmd {
        DsrCommand::Search { org, email, phone, personnummer, name, visitor, purpose } => {
            let org = find_org(app, &org).await?;
            let (kind, identifier) = [
                (KeyKind::Email, email),
                (KeyKind::Phone, phone),
                (KeyKind::Personnummer, personnummer),
                (KeyKind::Name, name),
                (KeyKind::Visitor, visitor),
            ]
            .into_iter()
            .find_map(|(kind, value)| value.map(|v| (kind, v)))
            .ok_or_else(|| anyhow!("name the person: --email, --phone, --personnummer, --name or --visitor"))?;
            let purpose = purpose.parse().map_err(|_| {
                anyhow!(
                    "invalid --purpose {purpose:?}: expected access_request, erasure_request, rectification, \
                     restriction, objection, portability, complaint or legal_claim"
                )
            })?;
            let found =
                app.find_person(app::requests::Handler::Operator(org.id), Some(kind), &identifier, purpose).await?;
            for m in &found.matches {
                println!("{}", serde_json::to_string(m)?);
            }
            for c in &found.candidates {
                println!("{}", serde_json::json!({"candidate": c}));
            }
            if found.matches.is_empty() && found.candidates.is_empty() {
                eprintln!("nothing found");
            }
        }
        DsrCommand::Export { org, person, out } => {
            let org = find_org(app, &org).await?;
            let export = app.export_person(app::requests::Handler::Operator(org.id), &person.person()?).await?;
            write_new_file(&out, &export.zip)?;
        }
        DsrCommand::Request(cmd) => return request(app, cmd).await,
        DsrCommand::Erase { org, person, decision, dry_run } => {
            let org = find_org(app, &org).await?;
            match app
                .erase_person(app::requests::Handler::Operator(org.id), &person.person()?, decision.as_deref(), dry_run)
                .await
            {
                Ok(report) => println!("{}", serde_json::to_string(&report)?),
                Err(app::AppError::Held(hold)) => {
                    bail!("legal hold #{hold} covers this person's data: release it before erasing")
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes a file that must not exist yet (an export is never written over another file).
fn write_new_file(out: &std::path::Path, bytes: &[u8]) -> Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(out)
        .with_context(|| format!("cannot create {} (it must not exist)", out.display()))?;
    std::io::Write::write_all(&mut file, bytes).with_context(|| format!("cannot write {}", out.display()))?;
    println!("wrote {} ({} bytes)", out.display(), bytes.len());
    Ok(())
}

async fn request(app: &App, cmd: RequestCommand) -> Result<ExitCode> {
    use app::requests::{Completion, Handler};
    match cmd {
        RequestCommand::List { org } => {
            let org = find_org(app, &org).await?;
            for r in app.requests(Handler::Operator(org.id)).await? {
                println!("{}", serde_json::to_string(&r)?);
            }
        }
        RequestCommand::Register { org, kind, email, received_on } => {
            let org = find_org(app, &org).await?;
            let kind = kind.parse().map_err(|_| {
                anyhow!(
                    "invalid --kind {kind:?}: expected access, erasure, rectification, restriction, objection or \
                     portability"
                )
            })?;
            let received =
                received_on.unwrap_or_else(|| domain::Timestamp::now().date_in(&org.time_zone.zone()).to_string());
            let id = app.register_request(Handler::Operator(org.id), kind, &email, &received).await?;
            let due = app.db().org(org.id).request(id).await?.map(|r| r.due_on).unwrap_or_default();
            println!("registered request {id}, due {due}");
        }
        RequestCommand::Identity { org, id, steps } => {
            let org = find_org(app, &org).await?;
            let steps = steps
                .iter()
                .map(|s| {
                    s.parse().map_err(|_| {
                        anyhow!("invalid --step {s:?}: expected matches_records, identity_proven or mandate_checked")
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            app.check_request_identity(Handler::Operator(org.id), id, &steps).await?;
            let checked = app.db().org(org.id).request(id).await?.is_some_and(|r| r.identity_checked);
            println!("request {id}: identity {}", if checked { "checked" } else { "not yet checked" });
        }
        RequestCommand::Extend { org, id, months, reason } => {
            let org = find_org(app, &org).await?;
            app.extend_request(Handler::Operator(org.id), id, months, &reason).await?;
            let due = app.db().org(org.id).request(id).await?.map(|r| r.due_on).unwrap_or_default();
            println!("request {id} extended to {due}; the reason is queued to the requester");
        }
        RequestCommand::Refuse { org, id, reason } => {
            let org = find_org(app, &org).await?;
            app.refuse_request(Handler::Operator(org.id), id, &reason).await?;
            println!("request {id} refused");
        }
        RequestCommand::Complete { org, id, out, decision } => {
            let org = find_org(app, &org).await?;
            let kind = app.db().org(org.id).request(id).await?.map(|r| r.kind).unwrap_or_default();
            if (kind == "access" || kind == "portability") && out.is_none() {
                bail!("an access request's export needs --out FILE.zip");
            }
            match app.complete_request(Handler::Operator(org.id), id, decision.as_deref()).await {
                Ok(Completion::Export(zip)) => {
                    write_new_file(out.as_deref().unwrap_or(std::path::Path::new("")), &zip)?
                }
                Ok(Completion::Erased(report)) => println!("{}", serde_json::to_string(&report)?),
                Ok(Completion::Restricted(hold)) => println!("request {id} done: restriction placed as hold #{hold}"),
                Ok(Completion::Recorded) => println!("request {id} done"),
                Err(app::AppError::Held(hold)) => {
                    bail!("legal hold #{hold} covers this person's data: release it before erasing")
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn audit(app: &App, cmd: AuditCommand) -> Result<ExitCode> {
    match cmd {
        AuditCommand::Verify { org } => {
            let org = find_org(app, &org).await?;
            match app.verify_audit_chain(org.id).await? {
                Verification::Intact { events } => {
                    println!("audit chain of {} is intact: {events} entries verified", org.slug);
                    Ok(ExitCode::SUCCESS)
                }
                Verification::Broken(b) => {
                    eprintln!("audit chain of {} is broken at entry {}: {}", org.slug, b.seq, b.reason.describe());
                    Ok(ExitCode::FAILURE)
                }
            }
        }
    }
}
