//! Logs and metrics. Logs go to standard error and never carry personal data:
//! request logs name the route pattern, not the path or query.

use crate::config::{LogFormat, Settings};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use tracing_subscriber::EnvFilter;

/// `serving` is false for one-shot commands, which log warnings only.
pub fn init_logs(settings: &Settings, serving: bool) {
    // sqlx reports PostgreSQL notices ("already exists, skipping") at info.
    let default = if serving { format!("{},sqlx=warn", settings.log_level) } else { "warn".to_owned() };
    let mut filter = EnvFilter::try_from_env("SAMTAL_LOG")
        .or_else(|_| EnvFilter::try_new(&default))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    // Protocol libraries trace the bytes they exchange (IMAP LOGIN with its password, SMTP
    // AUTH, message content): silenced whatever level is asked for.
    for quiet in ["async_imap=off", "lettre=off", "rustls=warn"] {
        if let Ok(directive) = quiet.parse() {
            filter = filter.add_directive(directive);
        }
    }
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(ansi);
    let _ = match settings.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// The process-wide Prometheus recorder (installed once).
pub fn metrics_handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new().build_recorder();
            let handle = recorder.handle();
            let _ = metrics::set_global_recorder(recorder);
            handle
        })
        .clone()
}
