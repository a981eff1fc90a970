//! Identifiers made of digits: personnummer and samordningsnummer,
//! organisationsnummer, payment cards, phone numbers, bankgiro and plusgiro,
//! Norwegian, Danish and Finnish national ids, IPv4 addresses, and IBANs
//! (which are found where a digit run follows a country code).
//!
//! One left-to-right pass: a run of digit groups joined by single separators
//! ("070-375 00 17", "5120 7529 9200 0422") is read as a chunk, every detector
//! proposes matches over whole groups of it, and the best non-overlapping
//! ones win. Work per chunk is bounded, so the pass is linear in the input.

use super::checksum::{NoRule, dk_cpr_mod11, fi_check_char, iban_mod97, luhn, no_fodselsnummer, valid_date};
use super::context::*;
use super::{Finding, Kind, ScanOptions};
use std::cell::OnceCell;

const MAX_GROUPS: usize = 8;

#[derive(Debug, Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
}

impl Group {
    fn len(&self) -> usize {
        self.end - self.start
    }
}

struct Chunk<'a> {
    text: &'a str,
    /// '+' (or "00" inside the first group) makes the chunk international.
    plus: Option<usize>,
    /// Opening parenthesis before the first group: "(412) 935-4089".
    paren: Option<usize>,
    groups: Vec<Group>,
    /// The digits' values, group after group: every detector reads them, so they are
    /// taken out of the text once per chunk (`index`), not once per candidate.
    digits: [u8; MAX_GROUPS * MAX_GROUP_LEN],
    /// Where each group's digits begin in `digits`; the last entry is their end.
    offsets: [usize; MAX_GROUPS + 1],
    lens: [usize; MAX_GROUPS],
}

/// A longer run of digits is no identifier: its chunk is skipped whole.
const MAX_GROUP_LEN: usize = 19;

impl Chunk<'_> {
    fn gap(&self, i: usize) -> &str {
        &self.text[self.groups[i].end..self.groups[i + 1].start]
    }

    /// Fills `digits`, `offsets` and `lens`; every group must be at most `MAX_GROUP_LEN` long.
    fn index(&mut self) {
        let bytes = self.text.as_bytes();
        let mut at = 0;
        for (k, g) in self.groups.iter().enumerate() {
            self.offsets[k] = at;
            self.lens[k] = g.len();
            for &b in &bytes[g.start..g.end] {
                self.digits[at] = b - b'0';
                at += 1;
            }
        }
        self.offsets[self.groups.len()] = at;
    }

    fn digits(&self, from: usize, to: usize) -> &[u8] {
        &self.digits[self.offsets[from]..self.offsets[to + 1]]
    }

    fn total_len(&self, from: usize, to: usize) -> usize {
        self.offsets[to + 1] - self.offsets[from]
    }

    fn lens(&self, from: usize, to: usize) -> &[usize] {
        &self.lens[from..=to]
    }

    /// Whether all gaps in the range are one of `allowed`.
    fn gaps_in(&self, from: usize, to: usize, allowed: &[&str]) -> bool {
        (from..to).all(|i| allowed.contains(&self.gap(i)))
    }

    fn ends_at_boundary(&self, to: usize) -> bool {
        let bytes = self.text.as_bytes();
        let end = self.groups[to].end;
        match bytes.get(end) {
            None => true,
            Some(b) if b.is_ascii_alphanumeric() || *b >= 0x80 && !is_nbsp(bytes, end) => false,
            // "…1234-5678-abc" or "1.2.3": a separator glued to more word characters.
            Some(b'-' | b'/' | b'.' | b',') => !bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric),
            _ => true,
        }
    }
}

fn is_nbsp(bytes: &[u8], at: usize) -> bool {
    bytes.get(at) == Some(&0xC2) && bytes.get(at + 1) == Some(&0xA0)
}

const NBSP: &str = "\u{a0}";
const EN_DASH: &str = "\u{2013}";
const SPACE_GAPS: &[&str] = &[" ", NBSP];
const PNR_GAPS: &[&str] = &["-", "+", " ", NBSP, " - "];
const CARD_GAPS: &[&str] = &[" ", "-", NBSP];
const PHONE_GAPS: &[&str] = &[" ", "-", NBSP, " - ", ") ", ")", " (", "(", "/", " / ", ")-", EN_DASH, " \u{2013} "];

/// Runs the numeric detectors over `text`, appending to `out`.
pub fn scan(text: &str, options: &ScanOptions, out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        if !bytes[i].is_ascii_digit() {
            i = next_digit(bytes, i + 1);
            continue;
        }
        // A digit. Inside a word (tracking codes, "CS-2022-…", versions)?
        let prev = if i > 0 { bytes[i - 1] } else { b' ' };
        let glued = prev.is_ascii_alphanumeric() || (prev >= 0x80 && !(i >= 2 && is_nbsp(bytes, i - 2)));
        let glued_via_sep = matches!(prev, b'-' | b'/' | b'.' | b'_' | b'#' | b'@')
            && i >= 2
            && (bytes[i - 2].is_ascii_alphanumeric() || bytes[i - 2] >= 0x80);
        if glued {
            if let Some(end) = iban_at(text, i, out) {
                i = end;
                continue;
            }
            i = skip_word(bytes, i);
            continue;
        }
        if glued_via_sep || prev == b'.' {
            i = skip_word(bytes, i);
            continue;
        }
        if let Some(end) = ipv4_at(text, i, out) {
            i = end;
            continue;
        }
        let (mut chunk, next) = read_chunk(text, i);
        if chunk.groups.iter().any(|g| g.len() > MAX_GROUP_LEN) {
            // Floods of digits are no identifier; skip them whole.
            i = next;
            continue;
        }
        chunk.index();
        detect(&chunk, options, out);
        i = next.max(i + 1);
    }
}

/// The first digit at or after `i` (or the end): eight bytes at a time, as most text
/// holds none.
fn next_digit(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    while let Some(word) = bytes.get(i..i + 8) {
        // Each byte minus '0': a digit becomes 0–9. "Some byte below 10" is the classic
        // has-less-than test; the subtraction's borrow cannot make a false "none".
        let x = u64::from_ne_bytes(word.try_into().expect("eight bytes")) ^ (ONES * u64::from(b'0'));
        if x.wrapping_sub(ONES * 10) & !x & HIGHS != 0 {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && !bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

fn skip_word(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] >= 0x80 && !is_nbsp(bytes, i)) {
        i += 1;
    }
    i
}

fn read_chunk(text: &str, first: usize) -> (Chunk<'_>, usize) {
    let bytes = text.as_bytes();
    let mut plus = None;
    let mut paren = None;
    if first >= 1 && bytes[first - 1] == b'+' && (first < 2 || !bytes[first - 2].is_ascii_alphanumeric()) {
        plus = Some(first - 1);
    } else if first >= 1 && bytes[first - 1] == b'(' {
        paren = Some(first - 1);
    }
    let mut groups = Vec::with_capacity(4);
    let mut i = first;
    loop {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        groups.push(Group { start, end: i });
        if groups.len() == MAX_GROUPS {
            break;
        }
        // A gap of at most three bytes of separators, then a digit.
        // A single dot joins too ("070.123.45.67"); only the phone detector accepts it.
        if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        // At most four separator characters; a no-break space and an en dash are one each.
        let mut j = i;
        let mut spaces = 0;
        let mut separators = 0;
        while j < bytes.len() && separators < 4 {
            match bytes[j] {
                b' ' => spaces += 1,
                b'-' | b'+' | b'(' | b')' | b'/' => {}
                0xC2 if is_nbsp(bytes, j) => {
                    spaces += 1;
                    j += 1;
                }
                0xE2 if bytes[j..].starts_with(EN_DASH.as_bytes()) => j += 2,
                _ => break,
            }
            j += 1;
            separators += 1;
        }
        if j == i || spaces > 2 || j >= bytes.len() || !bytes[j].is_ascii_digit() {
            break;
        }
        i = j;
    }
    let next = groups.last().map_or(first + 1, |g| g.end);
    let chunk = Chunk {
        text,
        plus,
        paren,
        groups,
        digits: [0; MAX_GROUPS * MAX_GROUP_LEN],
        offsets: [0; MAX_GROUPS + 1],
        lens: [0; MAX_GROUPS],
    };
    (chunk, next)
}

/// A value computed on first use.
struct Lazy<F: Fn() -> String> {
    make: F,
    value: OnceCell<String>,
}

impl<F: Fn() -> String> Lazy<F> {
    fn new(make: F) -> Self {
        Self { make, value: OnceCell::new() }
    }
}

impl<F: Fn() -> String> std::ops::Deref for Lazy<F> {
    type Target = str;
    fn deref(&self) -> &str {
        self.value.get_or_init(&self.make)
    }
}

/// A proposed match over groups `from..=to`.
struct Candidate {
    from: usize,
    to: usize,
    kind: Kind,
    confidence: f32,
    /// Lower wins when candidates overlap.
    rank: u8,
}

fn detect(chunk: &Chunk<'_>, options: &ScanOptions, out: &mut Vec<Finding>) {
    let g = chunk.groups.len();
    let mut candidates = Vec::new();
    let text = chunk.text;
    let lead = chunk.plus.or(chunk.paren).unwrap_or(chunk.groups[0].start);
    // The words before the chunk, read only when a candidate asks for them.
    let window = Lazy::new(|| window_before(text, lead, 48));
    for from in 0..g {
        // A phone may also follow a complete number in the same run ("Kundnummer:
        // 357073768409 (040) 86 88 29"); its own words before it are read then.
        let phone_here = from == 0 || chunk.groups[from - 1].len() >= 6;
        let later_window = Lazy::new(|| window_before(text, chunk.groups[from].start, 48));
        let phone_window: &str = if from == 0 { &window } else { &later_window };
        let phone_context = OnceCell::new();
        for to in from..g.min(from + 6) {
            if !chunk.ends_at_boundary(to) {
                continue;
            }
            let total = chunk.total_len(from, to);
            if total > 19 {
                break;
            }
            let starts_chunk = from == 0;
            if !(starts_chunk && chunk.plus.is_some()) {
                personnummer(chunk, from, to, total, options, &window, &mut candidates);
                card(chunk, from, to, total, &window, &mut candidates);
                nordic(chunk, from, to, total, options, &window, &mut candidates);
                giro(chunk, from, to, total, &window, &mut candidates);
            }
            if phone_here {
                phone(chunk, from, to, total, phone_window, &phone_context, &mut candidates);
            }
        }
    }
    fi_hetu(chunk, options, &window, out);
    // Best first: by rank, then longest; keep those that do not overlap a better one.
    candidates
        .sort_by(|a, b| a.rank.cmp(&b.rank).then((b.to - b.from).cmp(&(a.to - a.from))).then(a.from.cmp(&b.from)));
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for c in candidates {
        if taken.iter().any(|&(f, t)| c.from <= t && f <= c.to) {
            continue;
        }
        taken.push((c.from, c.to));
        let start = match (c.kind, c.from) {
            (Kind::Phone, 0) => lead,
            // "… (040) 86 88 29": the parenthesis belongs to the phone.
            (Kind::Phone, from) if chunk.gap(from - 1).ends_with('(') => chunk.groups[from].start - 1,
            _ => chunk.groups[c.from].start,
        };
        out.push(Finding {
            kind: c.kind,
            category: None,
            start,
            end: chunk.groups[c.to].end,
            confidence: c.confidence,
        });
    }
}

fn num(d: &[u8]) -> u32 {
    d.iter().fold(0, |acc, &v| acc * 10 + u32::from(v))
}

/// Swedish personnummer, samordningsnummer and organisationsnummer.
fn personnummer(
    chunk: &Chunk<'_>,
    from: usize,
    to: usize,
    total: usize,
    options: &ScanOptions,
    window: &str,
    out: &mut Vec<Candidate>,
) {
    let lens = chunk.lens(from, to);
    let shaped = match (lens, from == to) {
        ([10] | [12], true) => true,
        ([6, 4] | [8, 4], false) => chunk.gaps_in(from, to, PNR_GAPS),
        _ => false,
    };
    if !shaped {
        return;
    }
    let d = chunk.digits(from, to);
    let plus = from < to && chunk.gap(from) == "+";
    let (century, ten): (Option<u32>, &[u8]) = if total == 12 { (Some(num(&d[..2])), &d[2..]) } else { (None, d) };
    if !luhn(ten) {
        return;
    }
    // Organisationsnummer: the "month" is 20 or more; optionally prefixed by 16.
    if ten[2] >= 2 {
        let org_prefix_ok = century.is_none_or(|c| c == 16);
        if org_prefix_ok && matches!(ten[0], 1..=3 | 5..=9) {
            out.push(Candidate { from, to, kind: Kind::Organisationsnummer, confidence: 0.9, rank: 0 });
        }
        return;
    }
    if century == Some(16) || (century.is_some() && plus) {
        return;
    }
    let yy = num(&ten[..2]);
    let month = num(&ten[2..4]);
    let mut day = num(&ten[4..6]);
    let serial = num(&ten[6..9]);
    if serial == 0 {
        return;
    }
    let samordning = day > 60;
    if samordning {
        day -= 60;
    }
    let (ref_year, ref_md) = (options.today_year, options.today_month * 100 + options.today_day);
    let year = match century {
        Some(c @ 18..=20) => (c * 100 + yy) as i32,
        Some(_) => return,
        None => {
            // The most recent such year not after today; '+' means 100 years more.
            let mut y = ref_year - ref_year.rem_euclid(100) + yy as i32;
            if y > ref_year || (y == ref_year && month * 100 + day > ref_md) {
                y -= 100;
            }
            if plus { y - 100 } else { y }
        }
    };
    if !valid_date(year, month, day) || year > ref_year || (year == ref_year && month * 100 + day > ref_md) {
        return;
    }
    // A bare ten digits starting 07x is more often a mobile number: say personnummer only when told so.
    let bare = from == to;
    let context = mentions(window, &PNR_WORDS);
    if bare && total == 10 && ten[0] == 0 && ten[1] == 7 && !context {
        return;
    }
    let mut confidence: f32 = if bare { 0.9 } else { 0.97 };
    if context {
        confidence = 0.99;
    } else if mentions(last_words(window, 3), &REFERENCE_WORDS) {
        confidence -= 0.3;
    }
    let kind = if samordning { Kind::Samordningsnummer } else { Kind::Personnummer };
    out.push(Candidate { from, to, kind, confidence, rank: 0 });
}

/// Payment cards: 13–19 digits, Luhn, a known issuer prefix.
fn card(chunk: &Chunk<'_>, from: usize, to: usize, total: usize, window: &str, out: &mut Vec<Candidate>) {
    if !(13..=19).contains(&total) || !chunk.gaps_in(from, to, CARD_GAPS) {
        return;
    }
    let lens = chunk.lens(from, to);
    let grouped_ok =
        from == to || lens[..lens.len() - 1].iter().all(|&l| l == 4) || lens == [4, 6, 5] || lens == [4, 6, 4];
    if !grouped_ok {
        return;
    }
    let d = chunk.digits(from, to);
    if !luhn(d) || !known_issuer(d) {
        return;
    }
    let card_words = mentions(same_sentence(window), &CARD_WORDS);
    let amex = total == 15 && d[0] == 3 && matches!(d[1], 4 | 7);
    // Reference numbers (OCR, invoices) are often 13–19 bare digits and may pass Luhn by
    // chance; a card written bare has 16 digits (15 for Amex) unless the sentence says card.
    // (A reference word followed by its own number names that one: "OCR 9577… Dra
    // avgiften från 3718…".)
    let sentence = same_sentence(window);
    let since_last_number = sentence.rfind(|c: char| c.is_ascii_digit()).map_or(sentence, |i| &sentence[i + 1..]);
    let sentence_names_reference = mentions(since_last_number, &REFERENCE_WORDS);
    if !card_words && from == to && (sentence_names_reference || (total != 16 && !amex)) {
        return;
    }
    let confidence = if card_words { 0.99 } else { 0.93 };
    out.push(Candidate { from, to, kind: Kind::Card, confidence, rank: 1 });
}

fn known_issuer(d: &[u8]) -> bool {
    let p2 = num(&d[..2]);
    let p4 = num(&d[..4]);
    let len = d.len();
    match d[0] {
        4 => matches!(len, 13 | 16 | 19),                                        // Visa
        5 => (51..=55).contains(&p2) && len == 16 || matches!(p2, 50 | 56..=58), // Mastercard, Maestro
        2 => (2221..=2720).contains(&p4) && len == 16,                           // Mastercard 2-series
        3 => matches!(p2, 34 | 37) && len == 15 || p2 == 35 || matches!(p2, 30 | 36 | 38 | 39), // Amex, JCB, Diners
        6 => p4 == 6011 || p2 == 65 || (644..=649).contains(&num(&d[..3])) || p2 == 62 || matches!(p2, 63 | 67), // Discover, UnionPay, Maestro
        _ => false,
    }
}

/// Norwegian fødselsnummer and Danish CPR.
fn nordic(
    chunk: &Chunk<'_>,
    from: usize,
    to: usize,
    total: usize,
    options: &ScanOptions,
    window: &str,
    out: &mut Vec<Candidate>,
) {
    let lens = chunk.lens(from, to);
    if total == 11 && (lens == [11] || (lens == [6, 5] && chunk.gaps_in(from, to, SPACE_GAPS))) {
        let d: [u8; 11] = chunk.digits(from, to).try_into().unwrap_or([0; 11]);
        let Some(rule) = no_fodselsnummer(&d) else { return };
        let mut day = num(&d[..2]);
        let mut month = num(&d[2..4]);
        if day > 40 {
            day -= 40; // D-number
        }
        if month > 80 {
            month -= 80; // synthetic test person
        } else if month > 40 {
            month -= 40; // H-number
        }
        if !valid_date(2000, month, day) {
            return;
        }
        let context = mentions(window, &NO_WORDS);
        if mentions(last_words(window, 3), &REFERENCE_WORDS) && !context {
            return;
        }
        let confidence = match (rule, context) {
            (_, true) => 0.97,
            (NoRule::Classic, false) => 0.8,
            (NoRule::From2032, false) => 0.55,
        };
        out.push(Candidate { from, to, kind: Kind::NoFodselsnummer, confidence, rank: 2 });
    }
    if total == 10 && (lens == [10] || (lens == [6, 4] && chunk.gap(from) == "-")) && mentions(window, &DK_WORDS) {
        let d: [u8; 10] = chunk.digits(from, to).try_into().unwrap_or([0; 10]);
        let (day, month, yy) = (num(&d[..2]), num(&d[2..4]), num(&d[4..6]));
        let year = match d[6] {
            0..=3 => 1900 + yy,
            4 | 9 if yy <= 36 => 2000 + yy,
            4 | 9 => 1900 + yy,
            _ if yy <= 57 => 2000 + yy,
            _ => 1800 + yy,
        } as i32;
        if valid_date(year, month, day) && year <= options.today_year {
            let confidence = if dk_cpr_mod11(&d) { 0.97 } else { 0.9 };
            out.push(Candidate { from, to, kind: Kind::DkCpr, confidence, rank: 0 });
        }
    }
}

/// Bankgiro (NNN-NNNN, NNNN-NNNN) and plusgiro (…-D), only with their words nearby.
fn giro(chunk: &Chunk<'_>, from: usize, to: usize, total: usize, window: &str, out: &mut Vec<Candidate>) {
    if !(2..=8).contains(&total) || from == to {
        return;
    }
    let lens = chunk.lens(from, to);
    let d = chunk.digits(from, to);
    if !luhn(d) {
        return;
    }
    if matches!(lens, [3, 4] | [4, 4]) && chunk.gap(from) == "-" && mentions(window, &BANKGIRO_WORDS) {
        out.push(Candidate { from, to, kind: Kind::Bankgiro, confidence: 0.95, rank: 3 });
    } else if *lens.last().unwrap_or(&0) == 1
        && chunk.gap(to - 1) == "-"
        && chunk.gaps_in(from, to - 1, SPACE_GAPS)
        && mentions(window, &PLUSGIRO_WORDS)
    {
        out.push(Candidate { from, to, kind: Kind::Plusgiro, confidence: 0.9, rank: 3 });
    }
}

/// Phone numbers: Swedish national and international forms, UK national, North American, other E.164.
///
/// A digit run shaped like a number is weighed by its context: words that announce a phone
/// ("ring", "mobil") confirm it; words that announce a reference ("ordernummer", "bokning")
/// in the same sentence, with no phone word, make it a reference; a calendar date's shape
/// (2-2-4) is no phone; and a bare run of digits without separators or context is reported
/// with less confidence than one grouped the way people write phone numbers.
#[allow(clippy::too_many_arguments)]
fn phone(
    chunk: &Chunk<'_>,
    from: usize,
    to: usize,
    total: usize,
    window: &str,
    context: &OnceCell<PhoneContext>,
    out: &mut Vec<Candidate>,
) {
    // Cheap shape checks first: most digit runs (years, amounts) end here.
    let first = chunk.text.as_bytes()[chunk.groups[from].start];
    let (plus, paren) = if from == 0 { (chunk.plus, chunk.paren) } else { (None, None) };
    if total < 7 || (plus.is_none() && paren.is_none() && first != b'0' && !matches!(to + 1 - from, 3 | 4)) {
        return;
    }
    let d = chunk.digits(from, to);
    let lens = chunk.lens(from, to);
    let dotted = to > from && chunk.gaps_in(from, to, &["."]);
    if !dotted && !chunk.gaps_in(from, to, PHONE_GAPS) {
        return;
    }
    // Dots are a phone's separators only in the shapes people write: 070.123.45.67,
    // 08.292.92.39, 0520.61.41.52, 415.555.2671 (an area code, then groups of two or three).
    let swedish_dotted = d[0] == 0
        && d[1] != 0
        && (8..=10).contains(&total)
        && (2..=4).contains(&lens[0])
        && lens[1..].iter().all(|l| (2..=3).contains(l));
    if dotted && !(swedish_dotted || lens == [3, 3, 4] && d[0] >= 2) {
        return;
    }
    if is_date(d, lens) {
        return;
    }
    let PhoneContext { phone_words, reference } = *context.get_or_init(|| {
        let end = chunk.groups.last().map_or(chunk.text.len(), |g| g.end);
        // A delivery word after a number makes a reference of a bare run only ("0815… — var
        // är mitt paket?"); a number grouped as phones are ("073-731 58 35") stays one.
        let bare = chunk.groups.len() == from + 1;
        PhoneContext::of(window, &clause_after(chunk.text, end, 40), bare)
    });
    let international = plus.is_some() || (d.len() > 2 && d[0] == 0 && d[1] == 0);
    let mut confidence: f32;
    if international {
        if plus.is_none() && reference {
            return; // "OCR 0025…" is a reference, "+46…" never is
        }
        let rest: &[u8] = if plus.is_some() { d } else { &d[2..] };
        if rest.first().is_none_or(|&c| c == 0) {
            return;
        }
        if rest.starts_with(&[4, 6]) {
            // +46, optionally "(0)", then 7–9 digits not starting with 0.
            let mut nsn = &rest[2..];
            if nsn.first() == Some(&0) && chunk.gaps_in(from, to, PHONE_GAPS) {
                nsn = &nsn[1..];
            }
            if !(7..=9).contains(&nsn.len()) || nsn[0] == 0 {
                return;
            }
            confidence = 0.97;
        } else {
            if !(8..=15).contains(&rest.len()) {
                return;
            }
            confidence = 0.9;
        }
    } else if lens == [1, 3, 3, 4] && d[0] == 1 && chunk.gaps_in(from, to, &["-", " ", "."]) {
        // North American with its trunk prefix: 1-800-555-0199.
        if d[1] < 2 || d[4] < 2 || reference {
            return;
        }
        confidence = 0.85;
    } else if (paren.is_some() && d[0] != 0) || (total == 10 && lens == [3, 3, 4] && d[0] != 0) {
        // North American: (412) 935-4089, 325-279-5896, 415.555.2671.
        if total != 10 || d[0] < 2 || d[3] < 2 || lens != [3, 3, 4] || reference {
            return;
        }
        if paren.is_none() && !chunk.gaps_in(from, to, &["-", "."]) {
            return;
        }
        confidence = 0.85;
    } else {
        if d[0] != 0 || d.get(1).is_none_or(|&c| c == 0) || reference {
            return;
        }
        match total {
            // Swedish: 0 + 7–9 digits.
            8..=10 => {
                let mobile = d[1] == 7 && matches!(d[2], 0 | 2 | 3 | 6 | 9);
                if d[1] == 7 && !mobile && total == 10 {
                    return; // 074 paging and unassigned 07x ranges
                }
                confidence = if mobile && total == 10 { 0.95 } else { 0.85 };
            }
            // United Kingdom: 0 + 10 digits, 01/02/03/07/08.
            11 if matches!(d[1], 1 | 2 | 3 | 7 | 8) => confidence = 0.85,
            _ => return,
        }
        if from == to && total < 10 && !phone_words {
            return; // a bare short number is too often something else
        }
        if from == to && !phone_words {
            // Unseparated and unannounced: as likely an order or customer number written
            // without a label further back; still masked, but below the grouped forms.
            confidence = 0.7;
        }
    }
    if phone_words {
        confidence = confidence.max(0.97);
    }
    out.push(Candidate { from, to, kind: Kind::Phone, confidence, rank: 4 });
}

/// What the words before a digit run say about it being a phone number.
#[derive(Clone, Copy)]
struct PhoneContext {
    /// "ring", "mobil", "tel": it is one.
    phone_words: bool,
    /// "ordernummer", "bokning" and no phone word: it is a reference.
    reference: bool,
}

impl PhoneContext {
    /// `window` ends right before the number; `after` is the rest of its clause.
    fn of(window: &str, after: &str, bare: bool) -> Self {
        // "#0727…" is a reference's way of writing, never a phone's.
        if window.trim_end().ends_with('#') {
            return Self { phone_words: false, reference: true };
        }
        let sentence = same_sentence(window);
        // A number that opens its sentence answers the one before ("Could you call me
        // back? 079-541 47 14"): a phone word there counts.
        if sentence.trim().is_empty() {
            let earlier = &window[..window.len() - sentence.len()];
            let earlier = earlier.get(..earlier.len().saturating_sub(1)).unwrap_or("");
            // A line of its own under a sign-off is a signature's number.
            let signature = window.ends_with('\n') && mentions(window, &SIGN_OFFS);
            if signature || mentions(same_sentence(earlier), &PHONE_WORDS) {
                return Self { phone_words: true, reference: false };
            }
        }
        // A word that names the number ("kundnummer", "mobilnumret") says what it is; else a
        // phone word anywhere in the sentence ("Ring mig om beställningen på 070…"), or a
        // word such as "nummer" where nothing names a reference.
        match label_before(sentence) {
            Label::Phone => return Self { phone_words: true, reference: false },
            Label::Reference => return Self { phone_words: false, reference: true },
            Label::Unnamed => {}
        }
        // After the number, a phone word must follow at once ("070… (mobil)", "070… ring
        // efter fem"); a reference may stand further on ("0815… — var är mitt paket?").
        let phone_words = mentions(sentence, &PHONE_WORDS)
            || ((mentions(sentence, &NUMBER_WORDS) || mentions(sentence, &SIGN_OFFS)) && !names_reference(sentence))
            || mentions(first_words(after, 2), &PHONE_WORDS);
        let reference = !phone_words
            && (names_reference(last_words(sentence, 4))
                || (bare && names_reference(after))
                || mentions(last_words(sentence, 3), &QUOTED_FROM_US));
        Self { phone_words, reference }
    }
}

/// Whether groups shaped day-month-year or month-day-year (2-2-4) hold a calendar date.
fn is_date(d: &[u8], lens: &[usize]) -> bool {
    if lens != [2, 2, 4] {
        return false;
    }
    let (a, b, year) = (num(&d[0..2]), num(&d[2..4]), num(&d[4..8]));
    let day_month = |day: u32, month: u32| (1..=31).contains(&day) && (1..=12).contains(&month);
    (1900..=2099).contains(&year) && (day_month(a, b) || day_month(b, a))
}

/// Finnish henkilötunnus: DDMMYY, century sign, NNN, check character.
fn fi_hetu(chunk: &Chunk<'_>, options: &ScanOptions, window: &str, out: &mut Vec<Finding>) {
    let bytes = chunk.text.as_bytes();
    let g = chunk.groups[0];
    if g.len() != 6 {
        return;
    }
    let s = g.start;
    let (Some(&sign), Some(tail)) = (bytes.get(s + 6), bytes.get(s + 7..s + 11)) else { return };
    if !b"+-ABCDEFYXWVU".contains(&sign) || !tail[..3].iter().all(u8::is_ascii_digit) {
        return;
    }
    if bytes.get(s + 11).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80) {
        return;
    }
    let digits: [u8; 9] = {
        let mut d = [0u8; 9];
        for (k, b) in bytes[s..s + 6].iter().chain(&tail[..3]).enumerate() {
            d[k] = b - b'0';
        }
        d
    };
    if fi_check_char(&digits) != tail[3] || num(&digits[6..9]) < 2 {
        return;
    }
    let century = match sign {
        b'+' => 1800,
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => 1900,
        _ => 2000,
    };
    let year = century + num(&digits[4..6]) as i32;
    // The century sign makes future years expressible (2052 for 'A'); only the calendar is checked.
    let _ = options;
    if !valid_date(year, num(&digits[2..4]), num(&digits[..2])) {
        return;
    }
    // Ten characters with a digit check and '-' also look like a Swedish personnummer; that one wins.
    let swedish_shaped = sign == b'-' || sign == b'+';
    if swedish_shaped && tail[3].is_ascii_digit() {
        let already =
            out.iter().any(|f| f.start == s && matches!(f.kind, Kind::Personnummer | Kind::Samordningsnummer));
        if already || !mentions(window, &FI_WORDS) {
            return;
        }
    }
    let confidence = if mentions(window, &FI_WORDS) { 0.98 } else { 0.9 };
    out.push(Finding { kind: Kind::FiHetu, category: None, start: s, end: s + 11, confidence });
}

/// IPv4 dotted quad starting at `i`; returns where scanning continues.
fn ipv4_at(text: &str, i: usize, out: &mut Vec<Finding>) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut j = i;
    let mut parts = 0;
    loop {
        let s = j;
        while j < bytes.len() && bytes[j].is_ascii_digit() && j - s < 4 {
            j += 1;
        }
        let len = j - s;
        if len == 0 || len > 3 || (len > 1 && bytes[s] == b'0') {
            return None;
        }
        if num(&bytes[s..j].iter().map(|b| b - b'0').collect::<Vec<_>>()) > 255 {
            return None;
        }
        parts += 1;
        if parts == 4 {
            break;
        }
        if bytes.get(j) != Some(&b'.') || !bytes.get(j + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        j += 1;
    }
    let after = bytes.get(j);
    if after.is_some_and(|b| b.is_ascii_alphanumeric())
        || (after == Some(&b'.') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit))
    {
        return None;
    }
    out.push(Finding { kind: Kind::Ip, category: None, start: i, end: j, confidence: 0.95 });
    Some(j)
}

/// IBAN whose check digits start at `i`, country code in the two bytes before.
fn iban_at(text: &str, i: usize, out: &mut Vec<Finding>) -> Option<usize> {
    let bytes = text.as_bytes();
    if i < 2 || !bytes[i - 1].is_ascii_uppercase() || !bytes[i - 2].is_ascii_uppercase() {
        return None;
    }
    if i >= 3 && (bytes[i - 3].is_ascii_alphanumeric() || bytes[i - 3] >= 0x80) {
        return None;
    }
    let country = &bytes[i - 2..i];
    let len = iban_length(country)?;
    let mut chars = Vec::with_capacity(len);
    chars.extend_from_slice(country);
    let mut j = i;
    let mut end = i;
    while chars.len() < len && j < bytes.len() {
        let b = bytes[j];
        if b.is_ascii_alphanumeric() {
            chars.push(b.to_ascii_uppercase());
            j += 1;
            end = j;
        } else if b == b' ' && bytes.get(j + 1).is_some_and(u8::is_ascii_alphanumeric) && chars.len() >= 4 {
            j += 1;
        } else {
            break;
        }
    }
    if chars.len() != len || bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    if !chars[2..4].iter().all(u8::is_ascii_digit) || !iban_mod97(&chars) {
        return None;
    }
    out.push(Finding { kind: Kind::Iban, category: None, start: i - 2, end, confidence: 0.99 });
    Some(end)
}

/// IBAN length per country (ISO 13616 registry).
fn iban_length(country: &[u8]) -> Option<usize> {
    const TABLE: &[(&[u8; 2], usize)] = &[
        (b"AD", 24),
        (b"AE", 23),
        (b"AL", 28),
        (b"AT", 20),
        (b"AZ", 28),
        (b"BA", 20),
        (b"BE", 16),
        (b"BG", 22),
        (b"BH", 22),
        (b"BI", 27),
        (b"BR", 29),
        (b"BY", 28),
        (b"CH", 21),
        (b"CR", 22),
        (b"CY", 28),
        (b"CZ", 24),
        (b"DE", 22),
        (b"DJ", 27),
        (b"DK", 18),
        (b"DO", 28),
        (b"EE", 20),
        (b"EG", 29),
        (b"ES", 24),
        (b"FI", 18),
        (b"FK", 18),
        (b"FO", 18),
        (b"FR", 27),
        (b"GB", 22),
        (b"GE", 22),
        (b"GI", 23),
        (b"GL", 18),
        (b"GR", 27),
        (b"GT", 28),
        (b"HN", 28),
        (b"HR", 21),
        (b"HU", 28),
        (b"IE", 22),
        (b"IL", 23),
        (b"IQ", 23),
        (b"IS", 26),
        (b"IT", 27),
        (b"JO", 30),
        (b"KW", 30),
        (b"KZ", 20),
        (b"LB", 28),
        (b"LC", 32),
        (b"LI", 21),
        (b"LT", 20),
        (b"LU", 20),
        (b"LV", 21),
        (b"LY", 25),
        (b"MC", 27),
        (b"MD", 24),
        (b"ME", 22),
        (b"MK", 19),
        (b"MN", 20),
        (b"MR", 27),
        (b"MT", 31),
        (b"MU", 30),
        (b"NI", 28),
        (b"NL", 18),
        (b"NO", 15),
        (b"OM", 23),
        (b"PK", 24),
        (b"PL", 28),
        (b"PS", 29),
        (b"PT", 25),
        (b"QA", 29),
        (b"RO", 24),
        (b"RS", 22),
        (b"RU", 33),
        (b"SA", 24),
        (b"SC", 31),
        (b"SD", 18),
        (b"SE", 24),
        (b"SI", 19),
        (b"SK", 24),
        (b"SM", 27),
        (b"SO", 23),
        (b"ST", 25),
        (b"SV", 28),
        (b"TL", 23),
        (b"TN", 24),
        (b"TR", 26),
        (b"UA", 29),
        (b"VA", 22),
        (b"VG", 24),
        (b"XK", 20),
        (b"YE", 30),
    ];
    TABLE.iter().find(|(c, _)| c.as_slice() == country).map(|(_, l)| *l)
}
