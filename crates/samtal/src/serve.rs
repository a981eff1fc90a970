//! `samtal serve`: bind, open the database, create the demo on first start,
//! serve until SIGTERM or Ctrl-C, then shut down gracefully.

use crate::config::{Settings, prepare_data_dir};
use crate::telemetry;
use anyhow::{Context, Result, bail};
use app::App;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;

pub async fn serve(settings: Settings) -> Result<()> {
    // Check everything that can fail before anything is created.
    prepare_data_dir(&settings.data_dir)?;
    let listener = bind(settings.listen).await?;
    let smtp_listener = match settings.smtp_listen {
        Some(addr) => Some(bind(addr).await?),
        None => None,
    };
    let metrics_listener = match settings.metrics_listen {
        Some(addr) => Some(bind(addr).await?),
        None => None,
    };
    let db = storage::connect(&settings.database_url).await?;
    let mut config = settings.app_config();
    if settings.public_url.is_none() {
        // Unset: the address actually bound (which differs from `listen` for port 0).
        config.public_url = format!("http://{}", listener.local_addr()?);
    }
    let app = App::new(db.clone(), config);
    if let Some((org, service, host)) = app.endpoints_refused_by_eu_only().await?.into_iter().next() {
        bail!(
            "organisation {org} keeps all processing inside the EU/EEA, but the configured {service} {host} is \
             outside it or has no country (set smtp_relay_country or the [[imap]] section's country)"
        );
    }
    app.start_fanout().await.context("cannot listen for other nodes' events")?;
    match settings.relay.clone() {
        Some(relay) => app.start_mail_delivery(relay, std::time::Duration::from_secs(5)),
        None => tracing::info!("no smtp_relay configured: outbound mail waits in the queue"),
    }

    if !settings.imap.is_empty() {
        app.start_imap_polling(settings.imap.clone());
        println!("Polling {} IMAP mailbox(es)", settings.imap.len());
    }

    let base_url = format!("http://{}", listener.local_addr()?);
    if let Some(demo) = app.ensure_demo().await.context("cannot create the demo organisation")? {
        // Printed once to the console, never logged: the password is one-time.
        println!();
        println!("  Demo organisation \"Exempelkommun\" created.");
        println!("  Sign in at {base_url}/login?org={}", demo.org_slug);
        println!("    organisation: {}", demo.org_slug);
        println!("    e-mail:       {}", demo.email);
        println!("    password:     {}   (one-time: you choose your own at first sign-in)", demo.password);
        println!();
    }

    if let Some(listener) = smtp_listener {
        let addr = listener.local_addr()?;
        let hostname = url::Url::parse(&app.config().public_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "samtal".into());
        let smtp = mail::smtp_server::SmtpSettings {
            hostname,
            max_message_bytes: settings.smtp_max_message_bytes,
            tls: settings.smtp_tls.clone(),
            ..Default::default()
        };
        tokio::spawn(mail::smtp_server::serve(
            listener,
            smtp,
            std::sync::Arc::new(app::cases::MailIntake(app.clone())),
        ));
        let tls = if settings.smtp_tls.is_some() { " (STARTTLS offered)" } else { "" };
        println!("Receiving mail over SMTP on {addr}{tls}");
    }

    let handle = telemetry::metrics_handle();
    if let Some(listener) = metrics_listener {
        let addr = listener.local_addr()?;
        let router = axum::Router::new().route(
            "/metrics",
            axum::routing::get(move || {
                let handle = handle.clone();
                async move { handle.render() }
            }),
        );
        tokio::spawn(async move {
            if let Err(err) = axum::serve(listener, router).await {
                tracing::error!(error = %err, "metrics listener stopped");
            }
        });
        println!("Metrics on http://{addr}/metrics");
    }

    tokio::spawn(housekeeping(app.clone()));
    app.start_retention(settings.retention_every);

    let router = web::router(app, web::WebConfig { secure_cookies: settings.secure_cookies });
    let shutdown = shutdown_signal()?;
    println!("Samtal is serving on {base_url}");
    tracing::info!(addr = %base_url, backend = ?db.backend(), "serving");
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
        .context("server failed")?;
    tracing::info!("shutting down");
    // The notification listener holds a connection for good: do not wait on it.
    let _ = tokio::time::timeout(Duration::from_secs(5), db.close()).await;
    Ok(())
}

async fn bind(addr: SocketAddr) -> Result<TcpListener> {
    TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))
}

/// Periodic clean-up that needs no leader: deleting expired sessions is idempotent.
async fn housekeeping(app: App) {
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tick.tick().await;
        if let Err(err) = app.db().delete_expired_sessions(domain::Timestamp::now()).await {
            tracing::warn!(error = %err, "could not delete expired sessions");
        }
    }
}

/// The future that resolves on SIGTERM or Ctrl-C. The handlers are installed when this
/// is called, not when it is first polled, so a signal sent right after the "serving"
/// line still ends the server gracefully.
fn shutdown_signal() -> Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut terminate = signal(SignalKind::terminate()).context("cannot install the SIGTERM handler")?;
        let mut interrupt = signal(SignalKind::interrupt()).context("cannot install the SIGINT handler")?;
        Ok(async move {
            tokio::select! {
                _ = terminate.recv() => {},
                _ = interrupt.recv() => {},
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}
