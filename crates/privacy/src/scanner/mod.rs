//! The sensitive-data scanner: finds personal identifiers in free text (Swedish
//! personnummer and samordningsnummer, organisationsnummer, phone numbers,
//! e-mail and IP addresses, IBAN, payment cards, bankgiro, plusgiro, Norwegian,
//! Danish and Finnish national ids) and flags GDPR Art. 9 special categories and
//! Art. 10 offences for review. It can mask identifiers with typed placeholders.
//!
//! Every detector is linear in the input: digit runs are read once by a
//! hand-written tokenizer (`numbers`), e-mail and IPv6 from their '@' and ':'
//! (`text_ids`), and the word lists by one Aho–Corasick DFA (`lexicon`).

mod automaton;
mod checksum;
mod context;
mod lexicon;
mod numbers;
mod text_ids;

pub use lexicon::{Lexicon, LexiconError};

use serde::Serialize;

/// GDPR Art. 9 categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpecialCategory {
    Health,
    EthnicOrigin,
    PoliticalOpinion,
    Religion,
    TradeUnion,
    SexLife,
    Genetic,
    Biometric,
}

impl SpecialCategory {
    pub const ALL: [SpecialCategory; 8] = [
        Self::Health,
        Self::EthnicOrigin,
        Self::PoliticalOpinion,
        Self::Religion,
        Self::TradeUnion,
        Self::SexLife,
        Self::Genetic,
        Self::Biometric,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Health => "health",
            Self::EthnicOrigin => "ethnic_origin",
            Self::PoliticalOpinion => "political_opinion",
            Self::Religion => "religion",
            Self::TradeUnion => "trade_union",
            Self::SexLife => "sex_life",
            Self::Genetic => "genetic",
            Self::Biometric => "biometric",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// What was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Personnummer,
    Samordningsnummer,
    /// An organisation's number: not personal data, reported so it is not mistaken for one.
    Organisationsnummer,
    Phone,
    Email,
    Ip,
    Iban,
    Card,
    Bankgiro,
    Plusgiro,
    NoFodselsnummer,
    DkCpr,
    FiHetu,
    SpecialCategory(SpecialCategory),
    Offence,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Personnummer => "personnummer",
            Self::Samordningsnummer => "samordningsnummer",
            Self::Organisationsnummer => "organisationsnummer",
            Self::Phone => "phone",
            Self::Email => "email",
            Self::Ip => "ip",
            Self::Iban => "iban",
            Self::Card => "card",
            Self::Bankgiro => "bankgiro",
            Self::Plusgiro => "plusgiro",
            Self::NoFodselsnummer => "no_fodselsnummer",
            Self::DkCpr => "dk_cpr",
            Self::FiHetu => "fi_hetu",
            Self::SpecialCategory(_) => "special_category",
            Self::Offence => "offence",
        }
    }

    /// A personal identifier (masked by default), as opposed to an organisation number
    /// or an Art. 9/10 finding (left for review).
    pub fn is_identifier(self) -> bool {
        !matches!(self, Self::Organisationsnummer | Self::SpecialCategory(_) | Self::Offence)
    }

    /// The confidence from which a finding of this kind is reported: shown to staff,
    /// asked about before sending, masked by `--redact`. Identifiers are reported on
    /// weaker evidence than Art. 9 words: a masked order number costs less than a leaked
    /// phone number, while a health word read in its everyday sense only adds noise.
    pub fn threshold(self) -> f32 {
        match self {
            Self::SpecialCategory(_) | Self::Offence => 0.6,
            _ => 0.5,
        }
    }

    /// The typed placeholder that replaces it when masked.
    pub fn placeholder(self) -> &'static str {
        match self {
            Self::Personnummer => "[personnummer]",
            Self::Samordningsnummer => "[samordningsnummer]",
            Self::Organisationsnummer => "[organisationsnummer]",
            Self::Phone => "[telefon]",
            Self::Email => "[e-post]",
            Self::Ip => "[ip-adress]",
            Self::Iban => "[iban]",
            Self::Card => "[kortnummer]",
            Self::Bankgiro => "[bankgiro]",
            Self::Plusgiro => "[plusgiro]",
            Self::NoFodselsnummer => "[fødselsnummer]",
            Self::DkCpr => "[cpr-nummer]",
            Self::FiHetu => "[henkilötunnus]",
            Self::SpecialCategory(_) => "[känslig uppgift]",
            Self::Offence => "[lagöverträdelse]",
        }
    }
}

/// One finding: what, where (byte offsets into the scanned text) and how sure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Finding {
    pub kind: Kind,
    pub category: Option<SpecialCategory>,
    pub start: usize,
    pub end: usize,
    /// From 0 to 1.
    pub confidence: f32,
}

impl Finding {
    /// Whether its confidence reaches its kind's threshold.
    pub fn is_reported(&self) -> bool {
        self.confidence >= self.kind.threshold()
    }
}

/// The reference date for century rules ("born in the most recent such year").
#[derive(Debug, Clone, Copy)]
pub struct ScanOptions {
    pub today_year: i32,
    pub today_month: u32,
    pub today_day: u32,
}

impl ScanOptions {
    pub fn at(year: i32, month: u32, day: u32) -> Self {
        Self { today_year: year, today_month: month, today_day: day }
    }

    /// Today in UTC.
    pub fn today() -> Self {
        let days = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| (d.as_secs() / 86_400) as i64)
            .unwrap_or(0);
        let (y, m, d) = civil_from_days(days);
        Self::at(y, m, d)
    }
}

/// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// How masking treats findings.
#[derive(Debug, Clone, Copy, Default)]
pub struct MaskOptions {
    /// Keep this many trailing digits of card numbers ("[kortnummer …1234]"); 0 keeps none.
    pub keep_card_digits: usize,
    /// Also replace Art. 9/10 findings (left in place by default, for review).
    pub special_categories: bool,
}

/// The scanner with its compiled word lists; build once, share freely.
pub struct Scanner {
    lexicon: Lexicon,
}

impl Default for Scanner {
    fn default() -> Self {
        Self::new()
    }
}

impl Scanner {
    pub fn new() -> Self {
        Self { lexicon: Lexicon::builtin() }
    }

    /// All findings in `text` at or above their kind's threshold, ordered by position,
    /// identifiers never overlapping each other.
    pub fn scan(&self, text: &str, options: &ScanOptions) -> Vec<Finding> {
        let mut out = self.identifiers(text, options);
        let mut words = self.special_categories(text);
        if !words.is_empty() {
            // Both lists are sorted by start: one sweep drops words inside identifiers
            // (an e-mail address that holds "hiv", say).
            let mut k = 0;
            words.retain(|w| {
                while k < out.len() && out[k].end <= w.start {
                    k += 1;
                }
                !(k < out.len() && out[k].start < w.end)
            });
            out.extend(words);
            out.sort_by_key(|f| f.start);
        }
        out
    }

    /// Personal identifiers and organisation numbers at or above their threshold only,
    /// ordered, never overlapping.
    pub fn identifiers(&self, text: &str, options: &ScanOptions) -> Vec<Finding> {
        let mut ids = Vec::new();
        numbers::scan(text, options, &mut ids);
        text_ids::emails(text, &mut ids);
        text_ids::ipv6(text, &mut ids);
        ids.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        // Drop any identifier overlapping an earlier, longer one (an e-mail that holds digits, say).
        let mut out: Vec<Finding> = Vec::with_capacity(ids.len());
        for f in ids {
            if out.last().is_some_and(|l| f.start < l.end) {
                continue;
            }
            out.push(f);
        }
        out.retain(Finding::is_reported);
        out
    }

    /// Art. 9 and Art. 10 findings at or above their threshold only, ordered by position.
    pub fn special_categories(&self, text: &str) -> Vec<Finding> {
        let mut words = Vec::new();
        self.lexicon.scan(text, &mut words);
        words.retain(Finding::is_reported);
        words
    }

    /// `text` with identifiers replaced by typed placeholders.
    pub fn mask(&self, text: &str, findings: &[Finding], options: &MaskOptions) -> String {
        let mut out = String::with_capacity(text.len());
        let mut pos = 0;
        for f in findings {
            let replace = f.kind.is_identifier()
                || (options.special_categories && !f.kind.is_identifier() && f.kind != Kind::Organisationsnummer);
            if !replace || f.start < pos {
                continue;
            }
            out.push_str(&text[pos..f.start]);
            if f.kind == Kind::Card && options.keep_card_digits > 0 {
                let digits: Vec<char> = text[f.start..f.end].chars().filter(char::is_ascii_digit).collect();
                let keep = options.keep_card_digits.min(4).min(digits.len());
                let tail: String = digits[digits.len() - keep..].iter().collect();
                out.push_str(&format!("[kortnummer …{tail}]"));
            } else {
                out.push_str(f.kind.placeholder());
            }
            pos = f.end;
        }
        out.push_str(&text[pos..]);
        out
    }

    /// Scans and masks in one call.
    pub fn redact(&self, text: &str, options: &ScanOptions, mask: &MaskOptions) -> String {
        let findings = self.scan(text, options);
        self.mask(text, &findings, mask)
    }
}

#[cfg(test)]
mod tests;
