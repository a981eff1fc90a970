//! `samtal`: the one binary. Reads configuration, then serves or runs an
//! operator command. Errors end the process with one line naming the problem.

mod bench;
mod cli;
mod commands;
mod config;
mod scan;
mod serve;
mod telemetry;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("samtal: error: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(commands::run(cli)) {
        Ok(code) => code,
        Err(err) => {
            // One line: the chain of contexts, outermost first.
            eprintln!("samtal: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
