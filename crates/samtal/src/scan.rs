//! `samtal scan`: each input line is one text; prints one JSON object per
//! finding, or with `--redact` the masked line. Streams with bounded memory:
//! a line longer than a window is scanned window by window, cut at a space
//! between words so that no identifier is split.

use anyhow::{Context, Result};
use privacy::scanner::{Finding, MaskOptions, ScanOptions, Scanner};
use std::borrow::Cow;
use std::io::{BufWriter, Read, Write};
use std::path::PathBuf;

/// The most of one line held in memory at a time.
const WINDOW: usize = 1 << 20;

pub fn run(files: &[PathBuf], redact: Option<MaskOptions>) -> Result<()> {
    let scanner = Scanner::new();
    let options = ScanOptions::today();
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    if files.is_empty() {
        let stdin = std::io::stdin();
        scan_stream(stdin.lock(), None, &scanner, &options, redact.as_ref(), &mut out)?;
    } else {
        for path in files {
            let file = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
            let name = (files.len() > 1).then(|| path.display().to_string());
            scan_stream(file, name.as_deref(), &scanner, &options, redact.as_ref(), &mut out)?;
        }
    }
    out.flush().context("cannot write the output")?;
    Ok(())
}

struct LineState {
    number: u64,
    /// Bytes of the current line already scanned in earlier windows.
    offset: usize,
    invalid_reported: bool,
}

/// How much is read at once: large blocks keep system calls rare, and the lines in a
/// block are scanned where they lie, without copying.
const BLOCK: usize = 1 << 20;

pub fn scan_stream<R: Read, W: Write>(
    mut input: R,
    file: Option<&str>,
    scanner: &Scanner,
    options: &ScanOptions,
    redact: Option<&MaskOptions>,
    out: &mut W,
) -> Result<()> {
    let mut block = vec![0u8; BLOCK];
    // The start of a line that goes on in the next block.
    let mut carry: Vec<u8> = Vec::new();
    let mut line = LineState { number: 1, offset: 0, invalid_reported: false };
    let scan = Scan { file, scanner, options, redact };
    loop {
        let n = match input.read(&mut block) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e).context("cannot read the input"),
        };
        if n == 0 {
            if !carry.is_empty() {
                scan.emit(&carry, &mut line, out)?;
            }
            return Ok(());
        }
        let mut rest = &block[..n];
        while let Some(i) = memchr::memchr(b'\n', rest) {
            if carry.is_empty() {
                scan.end_line(&rest[..i], &mut line, out)?;
            } else {
                carry.extend_from_slice(&rest[..i]);
                scan.end_line(&carry, &mut line, out)?;
                carry.clear();
            }
            rest = &rest[i + 1..];
        }
        carry.extend_from_slice(rest);
        if carry.len() >= WINDOW {
            let cut = safe_cut(&carry);
            scan.emit(&carry[..cut], &mut line, out)?;
            line.offset += cut;
            carry.drain(..cut);
        }
    }
}

/// What every line is scanned with.
struct Scan<'a> {
    file: Option<&'a str>,
    scanner: &'a Scanner,
    options: &'a ScanOptions,
    redact: Option<&'a MaskOptions>,
}

impl Scan<'_> {
    /// The last part of a line (without its line break), then on to the next line.
    fn end_line<W: Write>(&self, bytes: &[u8], line: &mut LineState, out: &mut W) -> Result<()> {
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        self.emit(bytes, line, out)?;
        if self.redact.is_some() {
            out.write_all(b"\n")?;
        }
        *line = LineState { number: line.number + 1, offset: 0, invalid_reported: false };
        Ok(())
    }

    fn emit<W: Write>(&self, bytes: &[u8], line: &mut LineState, out: &mut W) -> Result<()> {
        // The strict (SIMD) check is the fast one; the lossy decoder only runs on bad input.
        let text = simdutf8::basic::from_utf8(bytes).map_or_else(|_| String::from_utf8_lossy(bytes), Cow::Borrowed);
        if matches!(text, Cow::Owned(_)) && !line.invalid_reported {
            eprintln!(
                "samtal scan: line {}: invalid UTF-8 replaced by U+FFFD (offsets refer to the replaced text)",
                line.number
            );
            line.invalid_reported = true;
        }
        let findings = self.scanner.scan(&text, self.options);
        match self.redact {
            Some(mask) => out.write_all(self.scanner.mask(&text, &findings, mask).as_bytes())?,
            None => {
                for f in &findings {
                    write_finding(out, self.file, line.number, line.offset, f)?;
                }
            }
        }
        Ok(())
    }
}

/// Where a long line can be split: after a space that has letters on both sides,
/// well before the end of the window. Without one (a digit flood), anywhere at an
/// ASCII byte: no identifier is that long.
fn safe_cut(window: &[u8]) -> usize {
    let limit = window.len().saturating_sub(512);
    (1..limit)
        .rev()
        .find(|&i| window[i] == b' ' && window[i - 1].is_ascii_alphabetic() && window[i + 1].is_ascii_alphabetic())
        .map(|i| i + 1)
        .or_else(|| (1..limit).rev().find(|&i| window[i].is_ascii()))
        .unwrap_or(window.len())
}

fn write_finding<W: Write>(out: &mut W, file: Option<&str>, line: u64, offset: usize, f: &Finding) -> Result<()> {
    out.write_all(b"{")?;
    if let Some(file) = file {
        write!(out, "\"file\":{},", serde_json::Value::from(file))?;
    }
    write!(
        out,
        "\"line\":{line},\"start\":{},\"end\":{},\"kind\":\"{}\"",
        f.start + offset,
        f.end + offset,
        f.kind.as_str()
    )?;
    if let Some(c) = f.category {
        write!(out, ",\"category\":\"{}\"", c.as_str())?;
    }
    writeln!(out, ",\"confidence\":{:.2}}}", f.confidence)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(input: &[u8], redact: bool) -> String {
        let scanner = Scanner::new();
        let mut out = Vec::new();
        let reader = std::io::BufReader::with_capacity(4096, input);
        let mask = MaskOptions::default();
        scan_stream(reader, None, &scanner, &ScanOptions::at(2026, 11, 29), redact.then_some(&mask), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_json_object_per_finding_with_line_offsets() {
        let out = run_on("Hej\nMitt pnr är 640823-3234 och mejl a@b.se\r\n".as_bytes(), false);
        let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["line"], 2);
        assert_eq!(lines[0]["kind"], "personnummer");
        assert_eq!((lines[0]["start"].as_u64(), lines[0]["end"].as_u64()), (Some(13), Some(24)));
        assert_eq!(lines[1]["kind"], "email");
    }

    #[test]
    fn redaction_keeps_lines() {
        let out = run_on(b"a 640823-3234\n\nb", true);
        assert_eq!(out, "a [personnummer]\n\nb");
    }

    #[test]
    fn long_lines_are_scanned_in_windows_with_true_offsets() {
        let mut line = "ord ".repeat(700_000).into_bytes(); // 2.8 MB
        let at = line.len();
        line.extend_from_slice(b"tel 070-123 45 67 slut");
        let out = run_on(&line, false);
        let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        assert_eq!(v["kind"], "phone");
        assert_eq!(v["start"].as_u64().unwrap() as usize, at + 4);
    }

    #[test]
    fn invalid_utf8_is_replaced_and_scanning_goes_on() {
        let out = run_on(b"\xff\xfe 640823-3234\nanna@exempel.se", false);
        assert_eq!(out.lines().count(), 2);
    }
}
