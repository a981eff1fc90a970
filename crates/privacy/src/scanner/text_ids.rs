//! Identifiers that are not digit runs: e-mail addresses and IPv6 addresses.

use super::{Finding, Kind};
use std::net::Ipv6Addr;

fn local_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'\'')
}

fn domain_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

/// E-mail addresses, found from each '@' outwards.
pub fn emails(text: &str, out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    for at in memchr::memchr_iter(b'@', bytes) {
        let mut start = at;
        while start > 0 && at - start < 64 && local_char(bytes[start - 1]) {
            start -= 1;
        }
        while start < at && matches!(bytes[start], b'.' | b'-' | b'\'' | b'+') {
            start += 1;
        }
        let mut end = at + 1;
        while end < bytes.len() && end - at < 254 && domain_char(bytes[end]) {
            end += 1;
        }
        // Trailing punctuation belongs to the sentence.
        while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
            end -= 1;
        }
        if start == at || end <= at + 1 {
            continue;
        }
        let domain = &text[at + 1..end];
        let Some((_, tld)) = domain.rsplit_once('.') else { continue };
        let labels_ok = domain.split('.').all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
        if !labels_ok || tld.len() < 2 || !tld.bytes().all(|b| b.is_ascii_alphabetic()) {
            continue;
        }
        // Not glued to a longer word on either side (non-ASCII letters count as word characters).
        if start > 0 && bytes[start - 1] >= 0x80 || end < bytes.len() && bytes[end] >= 0x80 {
            continue;
        }
        out.push(Finding { kind: Kind::Email, category: None, start, end, confidence: 0.99 });
    }
}

/// IPv6 addresses: a run of hex digits, colons and dots holding at least two colons
/// that the standard parser accepts.
pub fn ipv6(text: &str, out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    let ip_char = |b: u8| b.is_ascii_hexdigit() || b == b':' || b == b'.';
    let mut resume = 0;
    for colon in memchr::memchr_iter(b':', bytes) {
        if colon < resume {
            continue;
        }
        // Cheap gate: a hex digit or another colon right next to this one.
        let next = bytes.get(colon + 1).copied().unwrap_or(b' ');
        let prev = if colon > 0 { bytes[colon - 1] } else { b' ' };
        if !(next.is_ascii_hexdigit() || next == b':') || !(prev.is_ascii_hexdigit() || prev == b':' || prev == b' ') {
            continue;
        }
        let mut start = colon;
        while start > 0 && colon - start < 40 && ip_char(bytes[start - 1]) {
            start -= 1;
        }
        let mut end = colon;
        while end < bytes.len() && end - start < 45 && ip_char(bytes[end]) {
            end += 1;
        }
        while end > start && bytes[end - 1] == b'.' {
            end -= 1;
        }
        resume = end;
        let candidate = &text[start..end];
        if candidate.bytes().filter(|&b| b == b':').count() < 2 {
            continue;
        }
        let glued = (start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] >= 0x80))
            || (end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] >= 0x80));
        if glued {
            continue;
        }
        if let Ok(addr) = candidate.parse::<Ipv6Addr>() {
            // "::" alone or a clock time are not addresses.
            if addr.segments().iter().filter(|&&s| s != 0).count() >= 2 || candidate.contains("::1") {
                out.push(Finding { kind: Kind::Ip, category: None, start, end, confidence: 0.95 });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(f: fn(&str, &mut Vec<Finding>), text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        f(text, &mut out);
        out.iter().map(|x| &text[x.start..x.end]).collect()
    }

    #[test]
    fn emails_in_sentences() {
        assert_eq!(spans(emails, "Mejla mig på anna.berg@gmail.com."), vec!["anna.berg@gmail.com"]);
        assert_eq!(spans(emails, "(bo+test@live.se)"), vec!["bo+test@live.se"]);
        assert!(spans(emails, "@twitter och a@b och x@y.").is_empty());
    }

    #[test]
    fn ipv6_addresses() {
        assert_eq!(spans(ipv6, "från 2001:db8::ff00:42:8329 igår"), vec!["2001:db8::ff00:42:8329"]);
        assert_eq!(spans(ipv6, "fe80::1ff:fe23:4567:890a,"), vec!["fe80::1ff:fe23:4567:890a"]);
        assert!(spans(ipv6, "kl 10:30:45 och Tel: 070").is_empty());
    }
}
