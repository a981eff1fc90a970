//! The scanner on arbitrary bytes: no panic, spans within the text, masking total.
#![no_main]

use libfuzzer_sys::fuzz_target;
use privacy::scanner::{ScanOptions, Scanner};
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static SCANNER: OnceLock<Scanner> = OnceLock::new();
    let scanner = SCANNER.get_or_init(Scanner::new);
    let text = String::from_utf8_lossy(data);
    let findings = scanner.scan(&text, &ScanOptions::at(2026, 11, 29));
    for f in &findings {
        assert!(f.start <= f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    }
    let _ = scanner.mask(&text, &findings, &Default::default());
});
