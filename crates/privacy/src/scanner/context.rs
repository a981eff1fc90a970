//! Words near a candidate that raise or lower confidence ("personnummer",
//! "kortnummer", "OCR", …). Only a short window before the candidate is read.

use super::automaton::Words;
use std::sync::OnceLock;

/// The up to `max` bytes before `pos`, cut at a character boundary, with ASCII and
/// Latin-1 capitals made small (the keyword lists are Swedish and English).
pub fn window_before(text: &str, pos: usize, max: usize) -> String {
    let mut start = pos.saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    folded(&text[start..pos])
}

/// `text` with ASCII and Latin-1 capitals made small.
pub fn folded(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    String::from_utf8(fold_case(text)).expect("folding keeps UTF-8 valid")
}

/// `text`'s bytes with ASCII and Latin-1 capitals (Å, Ä, Ö, É…) made small; both keep their
/// length in UTF-8 (a Latin-1 capital's second byte is its small letter's minus 0x20).
pub fn fold_case(text: &str) -> Vec<u8> {
    folded_bytes(text).collect()
}

pub fn folded_bytes(text: &str) -> impl Iterator<Item = u8> + '_ {
    let mut previous = 0u8;
    text.bytes().map(move |b| {
        let small = fold_byte(previous, b);
        previous = b;
        small
    })
}

/// Byte `b` with ASCII and Latin-1 capitals made small, given the byte before it (a Latin-1
/// letter is 0xC3 and one more byte; 0xC3 0x97 is '×', no letter).
pub fn fold_byte(previous: u8, b: u8) -> u8 {
    if previous == 0xC3 && (0x80..=0x9E).contains(&b) && b != 0x97 { b + 0x20 } else { b.to_ascii_lowercase() }
}

/// Whether `text`, folded as by [`fold_case`], is `small`.
pub fn eq_folded(text: &str, small: &str) -> bool {
    text.len() == small.len() && folded_bytes(text).eq(small.bytes())
}

/// The words after `pos` up to the end of their sentence, a quoted reply ('>'), the next
/// number or `max` bytes, lower-cased: what follows a number ("0815… — var är mitt paket?", "070… (mobil)").
pub fn clause_after(text: &str, pos: usize, max: usize) -> String {
    let mut end = (pos + max).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &text[pos..end];
    let stop = rest
        .find(|c: char| matches!(c, '\n' | '!' | '?' | '>') || c.is_ascii_digit())
        .into_iter()
        .chain(rest.find(". "))
        .min()
        .unwrap_or(rest.len());
    folded(&rest[..stop])
}

/// The part of a window after the last line break or sentence end: the words that
/// introduce the candidate ("OCR", "Payment reference"), not an earlier sentence's.
pub fn same_sentence(window: &str) -> &str {
    // A dot after a short word right before the candidate is an abbreviation ("order
    // no. 0734…", "tel. 08…"), not a sentence end ("a fee. payment reference").
    let full_stop = window.rmatch_indices(". ").map(|(i, _)| i).find(|&i| {
        let word = window[..i].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        word.chars().count() > 3 || !window[i + 2..].trim().is_empty()
    });
    match window.rfind(['\n', '!', '?']).max(full_stop) {
        Some(i) => &window[i + 1..],
        None => window,
    }
}

/// The last `n` words of a window: what directly introduces the candidate.
pub fn last_words(window: &str, n: usize) -> &str {
    let trimmed = window.trim_end();
    let mut seen = 0;
    for (i, c) in trimmed.char_indices().rev() {
        if c.is_whitespace() {
            seen += 1;
            if seen == n {
                return &trimmed[i + c.len_utf8()..];
            }
        }
    }
    trimmed
}

/// The first `n` words of a clause: what directly follows the candidate.
pub fn first_words(clause: &str, n: usize) -> &str {
    let trimmed = clause.trim_start();
    let mut seen = 0;
    for (i, c) in trimmed.char_indices() {
        if c.is_whitespace() {
            seen += 1;
            if seen == n {
                return &trimmed[..i];
            }
        }
    }
    trimmed
}

/// What the word naming a number right before it says the number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// "telefonnummer", "mobilnumret", "phone number", "my daughter's number".
    Phone,
    /// Any other numbered thing: "kundnummer", "skadenummer", "Anläggnings-ID", "policy number".
    Reference,
    /// No such word, or one that says nothing ("ett nummer", "the number").
    Unnamed,
}

/// Whether `words` name a reference or an order, booking or delivery ("ordernummer",
/// "bokning", "faktura").
pub fn names_reference(words: &str) -> bool {
    mentions(words, &REFERENCE_WORDS) || mentions(words, &ORDER_WORDS)
}

/// Parts of a word that make the number it names a phone's, in a compound
/// ("mobil|nummer", "Tel.nr", "Swish|nummer") or before "nummer"/"number" ("phone number",
/// "telefons nummer").
const PHONE_ROOTS: &[&str] = &[
    "tel", "tfn", "mobil", "mob", "phone", "fax", "sms", "swish", "växel", "direkt", "direct", "kontakt", "contact",
    "cell", "privat", "private", "hem", "home", "jobb", "arbets", "work", "office", "reserv", "backup", "kväll",
    "evening", "dagtid", "daytime", "fastnät", "landline", "whatsapp",
];

/// Words before "nummer"/"number" that say whose or which number it is ("my number",
/// "nytt nummer", "best number"): a person's.
const OWNER_WORDS: &[&str] = &[
    "my",
    "mitt",
    "min",
    "ditt",
    "din",
    "your",
    "his",
    "her",
    "hans",
    "hennes",
    "new",
    "nya",
    "nytt",
    "old",
    "gamla",
    "gammalt",
    "rätt",
    "correct",
    "fast",
    "alternativ",
    "alternative",
    "extra",
    "annat",
    "andra",
    "other",
    "personlig",
    "personal",
    "best",
    "emergency",
];

/// Numbered things named before "number"/"nummer" that the reference lists leave out
/// because, alone, they also begin phone sentences ("kundtjänst", "policy").
const REFERENCE_STEMS: &[&str] = &[
    "policy",
    "claim",
    "customer",
    "member",
    "account",
    "application",
    "contract",
    "case",
    "kund",
    "medlem",
    "konto",
    "avtal",
    "försäkring",
    "skade",
    "ansök",
    "reklamation",
    "biljett",
    "ticket",
    "agreement",
    "tenancy",
    "lease",
    "hyres",
    "lägenhet",
    "apartment",
    "flat",
    "property",
    "fastighet",
    "anläggning",
    "mätar",
    "meter",
    "registration",
    "licen",
    "permit",
    "tillstånd",
    "loan",
    "lån",
    "tracking",
    "booking",
    "reference",
    "confirmation",
    "beslut",
    "decision",
];

/// Words that name a reference or what a message is about, right before a number.
const SUBJECT_WORDS: &[&str] =
    &["ref", "id", "gäller", "angående", "ang", "avser", "re", "regarding", "concerning", "subject", "ämne"];

/// Words between a label and its number: "Kundnumret är 07…", "policy number is 07…".
/// "Kundnumret hos er är 07…", "my customer number with you is 07…". ("på" and "on" are left
/// out: "ring mig om beställningen på 070…" names the phone's use.)
const FILLERS: &[&str] = &["är", "var", "blir", "is", "was", "är:", "is:", "hos", "er", "with", "you"];

/// The label of the number that `window` (lower-case, ending right before it) introduces.
pub fn label_before(window: &str) -> Label {
    // Words nearest first, each with whether a comma ended it: a label never reaches
    // across a comma ("Ring mig om leveransen, numret är 070…").
    let words: Vec<(&str, bool)> = last_words(window, 6)
        .split_whitespace()
        .rev()
        .map(|raw| {
            let word = raw.trim_matches(|c: char| matches!(c, ':' | '#' | '.' | ',' | '(' | ')' | '"' | '\''));
            (word, raw.ends_with(','))
        })
        .filter(|(w, _)| !w.is_empty())
        .collect();
    let mut i = 0;
    while i < words.len() && FILLERS.contains(&words[i].0) {
        i += 1;
    }
    let Some(&(word, _)) = words.get(i) else {
        return Label::Unnamed;
    };
    let is_reference_label = |stem: &str| names_reference(stem) || REFERENCE_STEMS.iter().any(|r| stem.starts_with(r));
    // "ref", "id", and the words that say what a message is about ("gäller 0730…",
    // "re 0889…", "angående"): one writes about a case or an order, not about a phone.
    if SUBJECT_WORDS.contains(&word) {
        return Label::Reference;
    }
    if ["nummer", "numret", "number", "no", "nr"].contains(&word) {
        return match words.get(i + 1) {
            Some(&(_, true)) | None => Label::Unnamed,
            // "order number", "kund nr", "försäkringens nummer": a reference.
            Some(&(stem, false)) if is_reference_label(stem) => Label::Reference,
            // A person's number: "my daughter's number", "Min dotters nummer", "Annas nummer".
            Some(&(stem, false))
                if OWNER_WORDS.contains(&stem)
                    || PHONE_ROOTS.iter().any(|root| stem.contains(root))
                    || stem.ends_with("'s")
                    || stem.ends_with("’s")
                    || stem.ends_with('s') =>
            {
                Label::Phone
            }
            // Any other word says too little.
            _ => Label::Unnamed,
        };
    }
    // Plain "-id" would take "arbetstid" (working hours) for a label; only "kund-id" is one.
    for suffix in ["nummer", "numret", "numren", "nr", "-id", "number"] {
        if let Some(stem) = word.strip_suffix(suffix).filter(|s| s.chars().count() >= 2) {
            // Any compound of a phone word is a phone's ("mobiltelefonnummer", "Tel.nr",
            // "Swishnummer"): masking a reference costs less than leaking a number.
            return if PHONE_ROOTS.iter().any(|root| stem.contains(root)) { Label::Phone } else { Label::Reference };
        }
    }
    // The word right before it is a numbered thing ("order 0734…", "Faktura: 0812…").
    if is_reference_label(word) {
        return Label::Reference;
    }
    Label::Unnamed
}

/// A list of context words, searched for with one automaton built on first use (a
/// window is read once for the whole list, instead of once per word).
pub struct Keywords {
    words: &'static [&'static str],
    /// Longer words that must still stand alone ("ring" ends "ändring", "parkering").
    whole_words: &'static [&'static str],
    automaton: OnceLock<Words>,
}

impl Keywords {
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self { words, whole_words: &[], automaton: OnceLock::new() }
    }

    pub const fn with_whole_words(words: &'static [&'static str], whole_words: &'static [&'static str]) -> Self {
        Self { words, whole_words, automaton: OnceLock::new() }
    }

    fn automaton(&self) -> &Words {
        self.automaton.get_or_init(|| {
            let words: Vec<String> = self.words.iter().chain(self.whole_words).map(|w| w.to_string()).collect();
            Words::new(&words).expect("a short list of words builds an automaton")
        })
    }

    /// Whether the keyword behind a pattern id must stand as a whole word.
    fn is_whole_word(&self, pattern: usize, len: usize) -> bool {
        len <= 3 || pattern >= self.words.len()
    }
}

/// Whether any keyword occurs in the window. Longer keywords may stand inside a compound
/// ("kort" in "kreditkort", "order" in "ordernummer"); keywords of three letters or fewer,
/// and those listed as whole words, must stand alone ("bg" must not match inside "bygg").
pub fn mentions(window: &str, keywords: &Keywords) -> bool {
    let mut found = false;
    keywords.automaton().find_all(window, |pattern, start, end| {
        if found {
            return;
        }
        if !keywords.is_whole_word(pattern, end - start) {
            found = true;
            return;
        }
        let before = window[..start].chars().next_back();
        let after = window[end..].chars().next();
        found = !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
    });
    found
}

pub static PNR_WORDS: Keywords = Keywords::new(&[
    "personnummer",
    "personnr",
    "pnr",
    "person nr",
    "samordningsnummer",
    "samordningsnr",
    "personal identity",
    "personal number",
    "identity number",
    "id number",
    "id-nummer",
    "coordination number",
    "född",
    "born",
    "ssn",
]);
pub static PHONE_WORDS: Keywords = Keywords::with_whole_words(
    &[
        "tel",
        "tfn",
        "telefon",
        "phone",
        "mobil",
        "mobile",
        "ringa",
        "ringer",
        "ringde",
        "call",
        "sms",
        "text me",
        "nå mig",
        "når mig",
        "når oss",
        "cell",
        "nås",
        "messa",
        "whatsapp",
        "reach me",
        "contact me on",
        "kontakta mig på",
        "hör av",
        "växel",
        "direktnummer",
        "landline",
        "fax",
        "kontaktuppgift",
        "kontaktinfo",
        "contact details",
        "contact info",
    ],
    &["ring"],
);
/// Words that announce a reference number, not a personal identifier.
pub static REFERENCE_WORDS: Keywords = Keywords::new(&[
    "ocr",
    "referens",
    "reference",
    "ref",
    "order",
    "kundnummer",
    "kundnr",
    "customer number",
    "faktura",
    "invoice",
    "voucher",
    "presentkort",
    "gift card",
    "värdebevis",
    "ärende",
    "case",
    "ticket",
    "tracking",
    "spårning",
    "kolli",
    "parcel",
    "artikel",
    "article",
    "serienummer",
    "serial",
    "avtal",
    "contract",
    "konto nr",
    "account no",
]);

/// A number quoted from what the organisation wrote ("Ni skrev 0892… i mejlet", "You
/// wrote 0965… in the email") is its reference or its own line, not the writer's phone.
pub static QUOTED_FROM_US: Keywords = Keywords::new(&[
    "ni skrev",
    "du skrev",
    "ni angav",
    "ni uppgav",
    "ni hänvisade till",
    "you wrote",
    "you gave",
    "you quoted",
    "you mentioned",
    "you referred to",
]);

/// Words that make a number a phone number only when nothing in the sentence calls it a
/// reference: "my daughter's number, 0640…", "det ska vara 0858…" after "mitt nummer".
pub static NUMBER_WORDS: Keywords =
    Keywords::with_whole_words(&["nummer är", "number is", "numret", "numbers"], &["nummer", "number"]);

/// Sign-offs: a number in a signature under them is the writer's phone, as with
/// [`NUMBER_WORDS`].
pub static SIGN_OFFS: Keywords = Keywords::new(&["hälsningar", "regards", "best wishes", "mvh", "cheers"]);

/// Words that announce an order, booking or delivery number: ten digits starting 07 or
/// 08 there are no phone number, though they look like one.
pub static ORDER_WORDS: Keywords = Keywords::new(&[
    "kundkonto",
    "account",
    "beställning",
    "bokning",
    "booking",
    "bekräftelse",
    "confirmation",
    "kvitto",
    "receipt",
    "transaktion",
    "transaction",
    "leverans",
    "delivery",
    "försändelse",
    "shipment",
    "paket",
    "package",
    "medlemsnummer",
    "membership",
    "diarienummer",
    "dnr",
    "produkt",
    "product",
    "sku",
    "purchase",
    "köp",
    "inköp",
    "betalning",
    "payment",
    "avi",
    "lägenhetsnummer",
    "objekt",
]);
pub static BANKGIRO_WORDS: Keywords = Keywords::new(&["bankgiro", "bankgironummer", "bg", "bg-nr", "bg nr"]);
pub static PLUSGIRO_WORDS: Keywords = Keywords::new(&["plusgiro", "postgiro", "pg", "pg-nr", "pg nr"]);
pub static NO_WORDS: Keywords =
    Keywords::new(&["fødselsnummer", "fodselsnummer", "norsk", "norwegian", "norge", "norway", "personnummer"]);
pub static DK_WORDS: Keywords = Keywords::new(&["cpr", "dansk", "danish", "danmark", "denmark"]);
pub static FI_WORDS: Keywords =
    Keywords::new(&["henkilötunnus", "hetu", "finsk", "finnish", "finland", "personbeteckning"]);
pub static CARD_WORDS: Keywords =
    Keywords::new(&["kort", "card", "visa", "mastercard", "amex", "debiterade", "charged"]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keywords_are_whole_words() {
        assert!(mentions("mitt bg är", &BANKGIRO_WORDS));
        assert!(!mentions("bygget är klart", &BANKGIRO_WORDS));
        assert!(mentions("personnummer:", &PNR_WORDS));
        assert!(mentions("ordernummer ", &REFERENCE_WORDS));
        assert!(mentions("mitt kreditkort ", &CARD_WORDS));
        assert!(!mentions("efter ändringen ", &PHONE_WORDS));
        assert!(mentions("ringer ", &PHONE_WORDS));
        assert!(mentions("ring mig på ", &PHONE_WORDS));
        assert_eq!(same_sentence("order no. "), "order no. ");
        assert_eq!(same_sentence("det är klart. ring "), " ring ");
        assert_eq!(same_sentence("a late fee. payment reference "), " payment reference ");
        assert_eq!(last_words("ocr 1234 dra avgiften från ", 3), "dra avgiften från");
        assert_eq!(last_words("från ", 3), "från");
        // Whitespace wider than one byte (no-break space) must not split a character.
        assert_eq!(last_words("a\u{a0}b\u{a0}c\u{a0}d", 3), "b\u{a0}c\u{a0}d");
        for (window, label) in [
            ("kundnummer ", Label::Reference),
            ("ärendenumret är ", Label::Reference),
            ("anläggnings-id: ", Label::Reference),
            ("your policy number is ", Label::Reference),
            ("customer id ", Label::Reference),
            ("order number: ", Label::Reference),
            ("my best number is ", Label::Phone),
            ("privatnummer ", Label::Phone),
            ("tfn-nummer: ", Label::Phone),
            ("on number ", Label::Unnamed),
            ("mitt mobiltelefonnummer är ", Label::Phone),
            ("swishnummer: ", Label::Phone),
            ("tel.nr: ", Label::Phone),
            ("ring mig om leveransen, numret är ", Label::Unnamed),
            ("your ref: ", Label::Reference),
            ("försäkringens nummer är ", Label::Reference),
            ("medlems nr ", Label::Reference),
            ("jag ringde om order ", Label::Reference),
            ("ring mig om beställningen på ", Label::Unnamed),
            ("mitt telefonnummer är ", Label::Phone),
            ("ring mig på mobilnumret ", Label::Phone),
            ("try my daughter's number, ", Label::Phone),
            ("my number is ", Label::Phone),
            ("tel nr ", Label::Phone),
            ("det ska vara ", Label::Unnamed),
            ("ring mig på ", Label::Unnamed),
            ("hon har samma nummer ", Label::Unnamed),
            ("ring under arbetstid ", Label::Unnamed),
            ("min dotters nummer är ", Label::Phone),
            ("ärendets nummer är ", Label::Reference),
        ] {
            assert_eq!(label_before(window), label, "{window}");
        }
        let text = "Mitt Personnummer är 19";
        assert_eq!(window_before(text, text.find("19").unwrap(), 100), "mitt personnummer är ");
        assert_eq!(window_before("åäö123", 6, 3), "ö");
    }
}
