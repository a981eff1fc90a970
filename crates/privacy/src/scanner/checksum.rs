//! Check-digit algorithms of the identifiers the scanner knows.

/// Luhn (mod 10, weights 2-1 from the right): cards, personnummer, orgnr, bankgiro, plusgiro.
pub fn luhn(digits: &[u8]) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    for (i, &d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d);
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// ISO 7064 MOD 97-10 over an IBAN's alphanumerics (already upper-case, no spaces).
pub fn iban_mod97(chars: &[u8]) -> bool {
    if chars.len() < 5 {
        return false;
    }
    let rearranged = chars[4..].iter().chain(&chars[..4]);
    let mut rem: u32 = 0;
    for &c in rearranged {
        match c {
            b'0'..=b'9' => rem = (rem * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => rem = (rem * 100 + u32::from(c - b'A' + 10)) % 97,
            _ => return false,
        }
    }
    rem == 1
}

/// Which Norwegian control rule an 11-digit fødselsnummer satisfies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoRule {
    /// Both control digits with remainder 0 (numbers issued before 2032).
    Classic,
    /// The rule from 1 January 2032: the first control sum may leave 0–3.
    From2032,
}

/// Norwegian fødselsnummer control digits, both rules.
pub fn no_fodselsnummer(d: &[u8; 11]) -> Option<NoRule> {
    const K1: [u32; 10] = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
    const K2: [u32; 11] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    let s1: u32 = K1.iter().zip(d).map(|(w, &v)| w * u32::from(v)).sum::<u32>() % 11;
    let s2: u32 = K2.iter().zip(d).map(|(w, &v)| w * u32::from(v)).sum::<u32>() % 11;
    if s2 != 0 {
        return None;
    }
    match s1 {
        0 => Some(NoRule::Classic),
        1..=3 => Some(NoRule::From2032),
        _ => None,
    }
}

/// The old Danish CPR mod-11 check: a confidence signal only, never a reason to reject.
pub fn dk_cpr_mod11(d: &[u8; 10]) -> bool {
    const W: [u32; 10] = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    W.iter().zip(d).map(|(w, &v)| w * u32::from(v)).sum::<u32>().is_multiple_of(11)
}

/// The Finnish henkilötunnus check character for DDMMYY + ZZZ.
pub fn fi_check_char(ddmmyy_zzz: &[u8; 9]) -> u8 {
    const CHARS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    let n = ddmmyy_zzz.iter().fold(0u32, |acc, &d| acc * 10 + u32::from(d));
    CHARS[(n % 31) as usize]
}

/// Whether year-month-day is a real calendar date.
pub fn valid_date(year: i32, month: u32, day: u32) -> bool {
    if !(1..=12).contains(&month) || day == 0 {
        return false;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if leap => 29,
        _ => 28,
    };
    day <= days
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(s: &str) -> Vec<u8> {
        s.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect()
    }

    #[test]
    fn luhn_vectors() {
        assert!(luhn(&digits("4111111111111111")));
        assert!(luhn(&digits("5555555555554444")));
        assert!(luhn(&digits("378282246310005")));
        assert!(luhn(&digits("6408233234")));
        assert!(!luhn(&digits("6408233235")));
        assert!(luhn(&digits("54029681")), "bankgiro 5402-9681");
        assert!(luhn(&digits("9020033")), "bankgiro 902-0033");
    }

    #[test]
    fn iban_vectors() {
        assert!(iban_mod97(b"SE4550000000058398257466"));
        assert!(!iban_mod97(b"SE4550000000058398257467"));
        assert!(iban_mod97(b"GB82WEST12345698765432"));
    }

    #[test]
    fn nordic_vectors() {
        let no: [u8; 11] = digits("31129956715").try_into().unwrap();
        assert_eq!(no_fodselsnummer(&no), Some(NoRule::Classic));
        let mut bad = no;
        bad[10] = (bad[10] + 1) % 10;
        assert_eq!(no_fodselsnummer(&bad), None);
        let fi: [u8; 9] = digits("131052308").try_into().unwrap();
        assert_eq!(fi_check_char(&fi), b'T');
        assert!(valid_date(2000, 2, 29) && !valid_date(1900, 2, 29) && !valid_date(2023, 4, 31));
    }
}
