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
