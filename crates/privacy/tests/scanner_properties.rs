//! Properties of the scanner over generated identifiers and arbitrary input.

use privacy::scanner::{Kind, ScanOptions, Scanner};
use proptest::prelude::*;
use std::sync::OnceLock;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(Scanner::new)
}

const TODAY: ScanOptions = ScanOptions { today_year: 2026, today_month: 11, today_day: 29 };

fn luhn_check_digit(digits: &[u8]) -> u8 {
    // The digit that makes digits+check pass Luhn.
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let mut v = u32::from(d);
            if i % 2 == 0 {
                v *= 2;
                if v > 9 {
                    v -= 9;
                }
            }
            v
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

fn days_in(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A valid personnummer (or samordningsnummer) as 12 digits: year 1930–2020.
fn pnr_strategy(samordning: bool) -> impl Strategy<Value = String> {
    (1930i32..=2020, 1u32..=12, 0.0f64..1.0, 1u32..=999).prop_map(move |(year, month, dayf, serial)| {
        let day = 1 + (dayf * f64::from(days_in(year, month))) as u32 % days_in(year, month);
        let day = if samordning { day + 60 } else { day };
        let ten = format!("{:02}{month:02}{day:02}{serial:03}", year % 100);
        let digits: Vec<u8> = ten.bytes().map(|b| b - b'0').collect();
        format!("{}{ten}{}", year / 100, luhn_check_digit(&digits))
    })
}

fn forms(twelve: &str) -> Vec<String> {
    let (c, ten) = twelve.split_at(2);
    let (date, rest) = ten.split_at(6);
    vec![twelve.to_owned(), format!("{c}{date}-{rest}"), ten.to_owned(), format!("{date}-{rest}")]
}

fn kinds(text: &str) -> Vec<(Kind, String)> {
    scanner().scan(text, &TODAY).into_iter().map(|f| (f.kind, text[f.start..f.end].to_owned())).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_valid_personnummer_is_found(pnr in pnr_strategy(false)) {
        for form in forms(&pnr) {
            let text = format!("Mitt personnummer är {form}.");
            prop_assert!(kinds(&text).contains(&(Kind::Personnummer, form.clone())), "{form}: {:?}", kinds(&text));
        }
    }

    #[test]
    fn every_valid_samordningsnummer_is_found(pnr in pnr_strategy(true)) {
        for form in forms(&pnr) {
            let text = format!("Samordningsnummer {form} gäller.");
            prop_assert!(kinds(&text).contains(&(Kind::Samordningsnummer, form.clone())), "{form}: {:?}", kinds(&text));
        }
    }

    #[test]
    fn one_changed_digit_is_never_that_kind(pnr in pnr_strategy(false), pos in 2usize..12, delta in 1u8..10) {
        let mut digits: Vec<u8> = pnr.bytes().collect();
        digits[pos] = b'0' + (digits[pos] - b'0' + delta) % 10;
        let changed = String::from_utf8(digits).unwrap();
        // A single changed digit always breaks the Luhn check over the last ten digits.
        let text = format!("personnummer {}", &changed[2..]);
        prop_assert!(kinds(&text).iter().all(|(k, _)| !matches!(k, Kind::Personnummer | Kind::Samordningsnummer)), "{changed}");
    }

    #[test]
    fn every_valid_card_is_found(prefix in prop_oneof![Just("4"), Just("51"), Just("55"), Just("2221")], body in proptest::collection::vec(0u8..10, 15)) {
        let mut digits: Vec<u8> = prefix.bytes().map(|b| b - b'0').collect();
        digits.extend(body.into_iter().take(15 - digits.len()));
        digits.push(luhn_check_digit(&digits));
        let number: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
        let grouped: String = number.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>().join(" ");
        for form in [number.clone(), grouped] {
            let text = format!("Kortnummer {form} debiterades");
            prop_assert!(kinds(&text).contains(&(Kind::Card, form.clone())), "{form}");
            let masked = scanner().redact(&text, &TODAY, &Default::default());
            prop_assert!(!masked.chars().any(|c| c.is_ascii_digit()), "{masked}");
        }
        // One changed digit fails Luhn.
        let mut bad = digits.clone();
        bad[7] = (bad[7] + 3) % 10;
        let bad: String = bad.iter().map(|d| char::from(b'0' + d)).collect();
        let text = format!("Kortnummer {bad}");
        prop_assert!(kinds(&text).iter().all(|(k, _)| *k != Kind::Card), "{}", text);
    }

    #[test]
    fn organisationsnummer_is_never_a_personnummer(group in prop_oneof![Just(2u8), Just(5), Just(7), Just(8), Just(9)], rest in proptest::collection::vec(0u8..10, 8)) {
        let mut digits = vec![group, 0];
        digits[1] = rest[0];
        digits.push(2 + rest[1] % 8); // third digit ≥ 2
        digits.extend(&rest[2..8]);
        digits.truncate(9);
        digits.push(luhn_check_digit(&digits));
        let s: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
        let text = format!("Org.nr {}-{}", &s[..6], &s[6..]);
        prop_assert!(kinds(&text).iter().all(|(k, _)| !matches!(k, Kind::Personnummer | Kind::Samordningsnummer)), "{text}");
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let text = String::from_utf8_lossy(&bytes);
        let findings = scanner().scan(&text, &TODAY);
        for f in &findings {
            prop_assert!(f.start <= f.end && f.end <= text.len() && text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        }
        scanner().mask(&text, &findings, &Default::default());
    }

    #[test]
    fn digit_and_separator_soup_never_panics(s in "[0-9 +()\\-.:@A-Z]{0,400}") {
        let findings = scanner().scan(&s, &TODAY);
        prop_assert!(findings.windows(2).all(|w| w[0].start <= w[1].start));
    }
}
