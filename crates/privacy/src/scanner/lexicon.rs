//! GDPR Art. 9 special categories and Art. 10 offences, found through Swedish and
//! English word lists (`lexicon.txt`) read in context.
//!
//! Matching knows how words are built: a stem marked `+` matches its inflected forms
//! (Swedish and English endings, not any longer word), `*` any word it begins, and `~`
//! a term that ends a Swedish compound ("bröst|cancer", "urinvägs|infektion"). Context
//! decides the rest: an everyday-ambiguous ("weak") word counts only when a person is
//! what it is said about ("jag har …", "my son is …") and no system, server, order or
//! animal is nearer; `everyday` entries claim idioms and technical compounds ("sjukt
//! bra", "driftstörning", "blind spot") so the health word inside them is not read.
//! Each finding carries a confidence from these signals; `Kind::threshold` decides
//! what is reported. Findings are for human review, not automatic removal.

use super::automaton::Words;
use super::context::{eq_folded, folded_bytes};
use super::{Finding, Kind, SpecialCategory};

const LEXICON: &str = include_str!("lexicon.txt");

/// How a term may end.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Ending {
    /// The word ends with the term.
    Exact,
    /// Any letters may follow (compounds and derivations: "diabet*" → "diabetiker").
    Prefix,
    /// Only an inflectional ending may follow ("astma+" → "astman", "astmans").
    Inflected,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    /// `None` for an everyday sense that hides the sensitive reading of what it covers.
    kind: Option<Kind>,
    weak: bool,
    ending: Ending,
    /// Ends a compound: letters must stand before it ("~infektion" in "urinvägsinfektion").
    compound_head: bool,
    /// The phrase announces a condition ("diagnosed with", "lider av"): the word after it
    /// is the finding, whether or not the lists know it.
    announces: bool,
    /// An organisation's name (a union, a party, a congregation): sensitive only as what a
    /// person belongs to ("jag är medlem i Kommunal", "I'm in the NEU"), not when the
    /// organisation itself acts ("Moderaterna vill sänka taxan").
    membership: bool,
}

/// The compiled word lists: one Aho–Corasick DFA over all terms, read once over the text.
/// (Walking an automaton only from word starts, with or without a filter of first
/// letters, measured slower here: the DFA's shallow states stay in cache.)
pub struct Lexicon {
    words: Words,
    /// Every entry, with the spelling an abbreviation must have (capitals and all).
    entries: Vec<(Entry, Option<Box<str>>)>,
    /// Per pattern id: the entries spelt that way ("astma+" and "astma*" share a pattern).
    entries_of: Vec<Vec<u32>>,
}

/// Swedish and English inflectional endings a `+` stem may take: plural, definite,
/// genitive, past and participle forms. Derivations that change the meaning are not here.
const ENDINGS: &[&str] = &[
    "s", "n", "t", "a", "e", "r", "d", "en", "et", "er", "ar", "or", "na", "ns", "es", "ed", "de", "ts", "as", "at",
    "ad", "ens", "ets", "ers", "ade", "ing", "ern", "nas", "rna", "ads", "erna", "arna", "orna", "enas", "rnas",
    "ings", "ernas", "arnas", "ornas", "'s", "’s",
];

/// Who a term can be said about: the speaker, a relative or a person under care.
const PERSONS: &[&str] = &[
    "jag",
    "jagär",
    "min",
    "mitt",
    "mina",
    "mig",
    "son",
    "sonen",
    "dotter",
    "dottern",
    "barn",
    "barnet",
    "fru",
    "sambo",
    "mamma",
    "pappa",
    "make",
    "maka",
    "bror",
    "syster",
    "han",
    "hon",
    "hen",
    "hans",
    "hennes",
    "vår",
    "våra",
    "patienten",
    "brukaren",
    "eleven",
    "i'm",
    "i’m",
    "im",
    "i've",
    "i’ve",
    "ive",
    "i'd",
    "i’d",
    "my",
    "me",
    "daughter",
    "child",
    "wife",
    "husband",
    "partner",
    "mother",
    "father",
    "mum",
    "mom",
    "dad",
    "brother",
    "sister",
    "he",
    "she",
    "his",
    "her",
    "our",
    "patient",
    "member",
    "medlem",
    "vi",
    "we",
    // Relatives and people in care, in their definite and plural forms.
    "sonen",
    "söner",
    "döttrar",
    "barnen",
    "frun",
    "hustru",
    "hustrun",
    "maken",
    "makan",
    "sambon",
    "mor",
    "far",
    "modern",
    "fadern",
    "mormor",
    "morfar",
    "farmor",
    "farfar",
    "svärmor",
    "svärfar",
    "brodern",
    "systern",
    "farbror",
    "morbror",
    "faster",
    "moster",
    "kusin",
    "barnbarn",
    "bebis",
    "bebisen",
    "pojken",
    "flickan",
    "tjejen",
    "killen",
    "äldsta",
    "yngsta",
    "eleven",
    "klienten",
    "brukare",
    "him",
    "son's",
    "kids",
    "kid",
    "baby",
    "grandmother",
    "grandfather",
    "grandma",
    "grandpa",
    "granddad",
    "grandson",
    "granddaughter",
    "nan",
    "aunt",
    "uncle",
    "cousin",
    "fiancé",
    "fiancée",
    "boyfriend",
    "girlfriend",
    "eldest",
    "youngest",
    "client",
    "pupil",
    "student",
];

/// Verbs and causes that, shortly before a strong term in the same sentence, make it surer:
/// having, being, cause (illness words themselves are `ILLNESS_CUES`, which also serve weak
/// terms). (The Swedish preposition "i" and loose words such as "with" or "man" are left
/// out on purpose: they made everyday sentences fire.)
const CUES: &[&str] = &[
    "har", "hade", "är", "var", "blev", "fick", "pga", "grund", "eftersom", "som", "have", "had", "has", "am", "was",
    "because", "as", "being", "living", "lever",
];

/// Having or getting, right before a term (past an article): its holder may stand further back.
const HAVING: &[&str] = &["har", "hade", "fått", "fick", "få", "have", "has", "had", "got", "get", "gets"];

/// Words right before a term that make it a cause: "på grund av", "because of", "efter".
const CAUSE_BEFORE: &[&str] = &["av", "of", "pga", "efter", "after", "since"];

/// Verbs right after a term that make it a cause: "Ångesten gör att jag…".
const CAUSE_AFTER: &[&str] = &["gör", "gjorde", "makes", "made", "means", "innebär"];

/// Words that follow the English "I".
const ENGLISH_AFTER_I: &[&str] = &[
    "have",
    "had",
    "am",
    "was",
    "got",
    "get",
    "live",
    "lived",
    "take",
    "took",
    "suffer",
    "need",
    "do",
    "did",
    "can",
    "can't",
    "cannot",
    "don't",
    "also",
    "still",
    "really",
    "would",
    "will",
    "just",
    "use",
    "recently",
    "currently",
    "keep",
    "observe",
    "go",
    "attend",
    "belong",
    "became",
    "become",
    "work",
    "struggle",
    "found",
    "learned",
    "voted",
    "vote",
    "joined",
    "left",
    "support",
    "supported",
    "carry",
    "fast",
    "pray",
    "practise",
    "identify",
];

/// Cue words that speak of illness on their own, person or not ("lider av", "diagnosed").
const ILLNESS_CUES: &[&str] = &[
    "lider",
    "diagnos",
    "diagnosen",
    "diagnostiserad",
    "behandling",
    "behandlas",
    "sjukskriven",
    "suffer",
    "suffering",
    "suffers",
    "diagnosed",
    "treatment",
    "treated",
];

/// Things that are not people: a health word said about them is used in its technical or
/// everyday sense ("servern har virus", "the order is in critical condition", "hunden är
/// sjuk": an animal's health is no one's personal data).
const NON_PERSONS: &[&str] = &[
    "server",
    "servern",
    "servrar",
    "system",
    "systemet",
    "systemets",
    "dator",
    "datorn",
    "datorer",
    "app",
    "appen",
    "hemsida",
    "hemsidan",
    "webbplats",
    "webbplatsen",
    "webbsidan",
    "sajten",
    "sidan",
    "nätverk",
    "nätverket",
    "nätet",
    "wifi",
    "router",
    "routern",
    "skrivare",
    "skrivaren",
    "program",
    "programmet",
    "mjukvaran",
    "koden",
    "databas",
    "databasen",
    "beställning",
    "beställningen",
    "order",
    "ordern",
    "paket",
    "paketet",
    "leveransen",
    "fakturan",
    "bil",
    "bilen",
    "motor",
    "motorn",
    "maskin",
    "maskinen",
    "mobilen",
    "telefonen",
    "surfplattan",
    "kontot",
    "budget",
    "budgeten",
    "ekonomi",
    "ekonomin",
    "marknad",
    "marknaden",
    "börsen",
    "projekt",
    "projektet",
    "processen",
    "portal",
    "portalen",
    "tjänsten",
    "e-tjänsten",
    "kassan",
    "kassasystemet",
    "filen",
    "filerna",
    "kommunen",
    "företaget",
    "verksamheten",
    "bussen",
    "bussarna",
    "tåget",
    "tågen",
    "hissen",
    "huset",
    "fastigheten",
    "lägenheten",
    "vägen",
    "gatan",
    "elen",
    "vattnet",
    "internet",
    "bredbandet",
    "värmen",
    "elementen",
    "avloppet",
    "ventilationen",
    "kylskåpet",
    "tvättmaskinen",
    "diskmaskinen",
    "låset",
    "dörren",
    "cykeln",
    "butiken",
    "council",
    "company",
    "business",
    "bus",
    "train",
    "trains",
    "lift",
    "elevator",
    "building",
    "flat",
    "apartment",
    "road",
    "street",
    "heating",
    "boiler",
    "fridge",
    "dishwasher",
    "broadband",
    "meter",
    "pipes",
    "shop",
    "store",
    "trafiken",
    "kollektivtrafiken",
    "tågtrafiken",
    "staden",
    "samhället",
    "kameran",
    "kamera",
    "sensorn",
    "bilagan",
    "attachment",
    "camera",
    "sensor",
    "traffic",
    "hund",
    "hunden",
    "katt",
    "katten",
    "häst",
    "hästen",
    "husdjur",
    "växten",
    "växter",
    "gräsmattan",
    "trädet",
    "servers",
    "computer",
    "laptop",
    "website",
    "site",
    "page",
    "network",
    "printer",
    "software",
    "code",
    "database",
    "package",
    "parcel",
    "delivery",
    "invoice",
    "car",
    "engine",
    "machine",
    "device",
    "phone",
    "account",
    "economy",
    "market",
    "stock",
    "project",
    "process",
    "portal",
    "service",
    "checkout",
    "file",
    "files",
    "build",
    "update",
    "browser",
    "dog",
    "cat",
    "horse",
    "pet",
    "plant",
    "plants",
    "lawn",
    "tree",
    "firmware",
    "tablet",
    "surfplatta",
    "switchboard",
    "växeln",
    "policy",
    "policyn",
    "returpolicy",
    "returpolicyn",
];

#[derive(Debug, thiserror::Error)]
#[error("lexicon line {line}: {reason}")]
pub struct LexiconError {
    line: usize,
    reason: &'static str,
}

/// A match the word rules accepted, before context is weighed.
struct Candidate {
    entry: Entry,
    start: usize,
    end: usize,
}

impl Lexicon {
    pub fn builtin() -> Self {
        Self::parse(LEXICON).expect("the built-in lexicon is valid (checked by a test)")
    }

    pub fn parse(source: &str) -> Result<Self, LexiconError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut entries = Vec::new();
        let mut entries_of: Vec<Vec<u32>> = Vec::new();
        let mut pattern_of: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (n, raw) in source.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |reason| LexiconError { line: n + 1, reason };
            let mut fields = line.split('\t');
            let (Some(category), Some(strength), Some(term), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err(err("expected CATEGORY<TAB>STRENGTH<TAB>TERM"));
            };
            let kind = match category.trim() {
                "offence" => Some(Kind::Offence),
                "everyday" => None,
                other => Some(Kind::SpecialCategory(SpecialCategory::parse(other).ok_or(err("unknown category"))?)),
            };
            let (weak, announces, membership) = match strength.trim() {
                "weak" => (true, false, false),
                "strong" | "-" => (false, false, false),
                "next" => (false, true, false),
                "member" => (false, false, true),
                _ => return Err(err("strength must be strong, weak, next, member or - (everyday)")),
            };
            let term = term.trim();
            let (term, compound_head) = match term.strip_prefix('~') {
                Some(t) => (t, true),
                None => (term, false),
            };
            let (term, ending) = if let Some(t) = term.strip_suffix('*') {
                (t, Ending::Prefix)
            } else if let Some(t) = term.strip_suffix('+') {
                (t, Ending::Inflected)
            } else {
                (term, Ending::Exact)
            };
            if term.is_empty() {
                return Err(err("term must be non-empty"));
            }
            // A term with capitals is an abbreviation that is an everyday word in small
            // letters ("ADD", "TIA", "PrEP"): it matches in exactly that case.
            let lower = term.to_lowercase();
            let exact_case = (lower != term).then(|| term.into());
            let entry = Entry { kind, weak, ending, compound_head, announces, membership };
            let pattern = *pattern_of.entry(lower).or_insert_with_key(|lower| {
                patterns.push(lower.clone());
                entries_of.push(Vec::new());
                patterns.len() - 1
            });
            entries_of[pattern].push(u32::try_from(entries.len()).expect("fewer than 2^32 entries"));
            entries.push((entry, exact_case));
        }
        let words =
            Words::new(&patterns).map_err(|_| LexiconError { line: 0, reason: "cannot build the automaton" })?;
        Ok(Self { words, entries, entries_of })
    }

    pub fn scan(&self, text: &str, out: &mut Vec<Finding>) {
        // Every match the word rules accept, then the leftmost-longest of those that
        // overlap: an everyday phrase that starts earlier or runs longer hides a term in it.
        let mut candidates: Vec<Candidate> = Vec::new();
        // The automaton reads the text case-folded: one pattern per term instead of its
        // capitalised variants keeps the automaton small.
        self.words.find_all(text, |pattern, start, end| {
            for &e in &self.entries_of[pattern] {
                let (entry, exact_case) = &self.entries[e as usize];
                if exact_case.as_deref().is_some_and(|t| &text[start..end] != t) {
                    continue;
                }
                if let Some(word_end) = word_match(text, start, end, *entry)
                    .or_else(|| care_unit(*entry).then(|| care_unit_end(text, start, end)).flatten())
                {
                    candidates.push(Candidate { entry: *entry, start, end: word_end });
                }
            }
        });
        if candidates.is_empty() {
            return;
        }
        // On equal spans the everyday sense wins ("rullstol*" and "rullstolsanpass*").
        // A party's or union's name read as one is the finding when a longer word for its
        // supporters matches the same span ("socialdemokraterna", "socialdemokrat*").
        candidates.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), c.entry.kind.is_some(), !c.entry.membership));
        let mut taken_until = 0;
        let first = out.len();
        // Conditions named after an announcing phrase, added where no term was found.
        let mut announced: Vec<(Kind, usize, usize)> = Vec::new();
        // Where organisations named as memberships stand in `out`.
        let mut organisations: Vec<usize> = Vec::new();
        for c in candidates {
            if c.start < taken_until {
                continue;
            }
            // An organisation's name not said as what a person belongs to leaves its span to
            // another sense of the same word ("fysioterapeuterna" the profession, "Labour").
            let membership = c.entry.membership.then(|| membership_confidence(text, c.start, c.end));
            if membership.is_some_and(|m| m < c.entry.kind.map_or(0.6, Kind::threshold)) {
                continue;
            }
            taken_until = c.end;
            let Some(kind) = c.entry.kind else {
                continue;
            };
            if c.entry.announces {
                if let Some((start, end)) = announced_word(text, c.end) {
                    announced.push((kind, start, end));
                }
                continue;
            }
            // A compound is read from its first letter: "barn" in "barn|sjukdomar" is no person.
            let word_start = if c.entry.compound_head {
                text[..c.start]
                    .char_indices()
                    .rev()
                    .find(|(_, ch)| !ch.is_alphanumeric())
                    .map_or(0, |(i, ch)| i + ch.len_utf8())
            } else {
                c.start
            };
            let confidence = membership.unwrap_or_else(|| confidence(text, word_start, c.end, c.entry.weak));
            if membership.is_some() {
                organisations.push(out.len());
            }
            // The whole compound is the finding ("lymf|ödem"), as it is masked and shown.
            out.push(Finding { kind, category: category_of(kind), start: word_start, end: c.end, confidence });
        }
        // "voted for the Left Party", "förtroendevald för Kristdemokraterna", "my union (the
        // GMB)": the membership word and the organisation are one finding, from the word on.
        let mut merged = Vec::new();
        for &o in &organisations {
            let org = out[o];
            let word = out[first..o].iter().rposition(|w| {
                w.kind != Kind::SpecialCategory(SpecialCategory::Health)
                    && w.end <= org.start
                    && org.start - w.end <= 12
                    && !text[w.end..org.start].contains(|c: char| SENTENCE_ENDS.contains(&c))
            });
            if let Some(w) = word {
                let w = first + w;
                out[o].start = out[w].start;
                out[o].confidence = out[o].confidence.max(out[w].confidence);
                merged.push(w);
            }
        }
        if !merged.is_empty() {
            let mut index = 0;
            out.retain(|_| {
                index += 1;
                !merged.contains(&(index - 1))
            });
        }
        for (kind, start, end) in announced {
            // A term the lists know there, weak or not, is what was announced ("off work
            // with burnout"): it is as sure as the announcement.
            match out[first..].iter_mut().find(|f| f.start < end && start < f.end) {
                Some(term) => term.confidence = term.confidence.max(ANNOUNCED),
                None => out.push(Finding { kind, category: category_of(kind), start, end, confidence: ANNOUNCED }),
            }
        }
        out[first..].sort_by_key(|f| f.start);
    }
}

/// The confidence of a condition named after "diagnosed with", "lider av" and the like.
const ANNOUNCED: f32 = 0.8;

fn category_of(kind: Kind) -> Option<SpecialCategory> {
    match kind {
        Kind::SpecialCategory(c) => Some(c),
        _ => None,
    }
}

/// Words between an announcing phrase and the condition it names.
const DETERMINERS: &[&str] =
    &["a", "an", "the", "en", "ett", "svår", "svåra", "kronisk", "kroniska", "chronic", "severe", "mild", "lätt"];

/// The span of the condition after an announcing phrase that ends at `pos`: its next
/// word (past an article or a severity), or `None` when what follows is no noun.
fn announced_word(text: &str, pos: usize) -> Option<(usize, usize)> {
    let mut at = pos;
    for _ in 0..3 {
        let rest = &text[at..];
        let word_start = rest.trim_start_matches([' ', '\u{a0}']);
        if word_start.len() == rest.len() {
            return None; // glued to the phrase: not a word of its own
        }
        let start = at + (rest.len() - word_start.len());
        let len = word_start.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(word_start.len());
        let word = &word_start[..len];
        if is_one_of(word, DETERMINERS) {
            at = start + len;
            continue;
        }
        // Not a noun: "lider av att…", "suffering from that", a pronoun or a number.
        if word.chars().count() < 3
            || is_one_of(word, NOT_A_CONDITION)
            || word.starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        // A service's ways are no one's allergy ("allergisk mot långa telefonköer", "allergic
        // to automated replies"): the word or the noun after it names one.
        let next = word_start[len..].trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let service = |w: &str| {
            let w = w.to_lowercase();
            SERVICE_STEMS.iter().any(|stem| w.contains(stem))
        };
        if service(word) || service(next) {
            return None;
        }
        return Some((start, start + len));
    }
    None
}

/// Parts of words for what a service does or sends (queues, forms, replies, meetings):
/// after "allergisk mot" or "allergic to" they make an idiom.
const SERVICE_STEMS: &[&str] = &[
    "kö",
    "queue",
    "blankett",
    "form",
    "svar",
    "repl",
    "byråkrati",
    "bureaucra",
    "möte",
    "meeting",
    "mejl",
    "mail",
    "regel",
    "regler",
    "rule",
    "papper",
    "paper",
    "krångel",
    "måndag",
    "monday",
    "automat",
    "telefon",
    "phone",
    "väntetid",
    "waiting",
    "reklam",
    "spam",
    "advert",
    "menyval",
    "menu",
    "lösenord",
    "password",
    "inlogg",
    "login",
    "faktur",
    "invoice",
    "avgift",
    "fee",
    "jargong",
    "jargon",
    "ändring",
    "change",
];

/// Words that follow an announcing phrase without naming a condition.
const NOT_A_CONDITION: &[&str] = &[
    "närvarande",
    "tillfället",
    "leverans",
    "fel",
    "payment",
    "slow",
    "my",
    "min",
    "mitt",
    "mina",
    "his",
    "hans",
    "hennes",
    "er",
    "ert",
    "you",
    "att",
    "det",
    "den",
    "detta",
    "denna",
    "dem",
    "mig",
    "sig",
    "och",
    "som",
    "för",
    "från",
    "hur",
    "vad",
    "the",
    "that",
    "this",
    "these",
    "those",
    "what",
    "which",
    "it",
    "its",
    "them",
    "him",
    "her",
    "and",
    "our",
    "your",
    "their",
    "something",
    "some",
    "any",
    "lack",
    "brist",
    "problem",
    "problems",
    "issues",
    "issue",
    "delays",
    "förseningar",
];

/// Where a match of `entry` at `start..end` ends as a word, or `None` when the word
/// around it is not one the entry describes.
fn word_match(text: &str, start: usize, end: usize, entry: Entry) -> Option<usize> {
    // A compound head needs the compound ("urinvägs|infektion"); anything else starts a word.
    let letter_before = text[..start].chars().next_back().is_some_and(char::is_alphanumeric);
    if letter_before != entry.compound_head {
        return None;
    }
    let rest_len =
        text[end..].find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).unwrap_or(text.len() - end);
    let rest = &text[end..end + rest_len];
    // An apostrophe only counts as part of the word in a genitive ("patient's").
    let rest = if rest.starts_with(['\'', '’']) && !ENDINGS.iter().any(|e| rest.eq_ignore_ascii_case(e)) {
        ""
    } else {
        rest
    };
    match entry.ending {
        Ending::Exact => rest.is_empty().then_some(end),
        Ending::Prefix => Some(end + rest.trim_end_matches(['\'', '’']).len()),
        Ending::Inflected => {
            (rest.is_empty() || ENDINGS.iter().any(|e| rest.eq_ignore_ascii_case(e))).then_some(end + rest.len())
        }
    }
}

/// Whether a match of `entry` may begin the name of a care unit ("stroke|enheten",
/// "infektions|kliniken"): a condition at the start of a word.
fn care_unit(entry: Entry) -> bool {
    entry.kind == Some(Kind::SpecialCategory(SpecialCategory::Health))
        && !entry.compound_head
        && !entry.announces
        && entry.ending != Ending::Prefix
}

/// The last parts of a care unit's name, with their definite forms.
const CARE_UNITS: &[&str] = &[
    "klinik",
    "kliniken",
    "mottagning",
    "mottagningen",
    "avdelning",
    "avdelningen",
    "enhet",
    "enheten",
    "central",
    "centralen",
    "team",
    "teamet",
    "vård",
    "vården",
];

/// Where a word that starts with a condition at `start..end` ends, when the rest of it
/// names a care unit (past a linking "s" or "-"): the unit one is treated at says the
/// condition.
fn care_unit_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let letter_before = text[..start].chars().next_back().is_some_and(char::is_alphanumeric);
    if letter_before {
        return None;
    }
    let len = text[end..].find(|c: char| !c.is_alphanumeric() && c != '-').unwrap_or(text.len() - end);
    let rest = &text[end..end + len];
    let rest = rest.strip_prefix(['s', 'S', '-']).unwrap_or(rest);
    CARE_UNITS.iter().any(|unit| eq_folded(rest, unit)).then_some(end + len)
}

/// Words that make the organisation named right after them (past "i", "of", "the", "på")
/// one a person belongs to, votes for or works in.
const MEMBERSHIP: &[&str] = &[
    "medlem",
    "medlemmar",
    "aktiv",
    "aktiva",
    "ansluten",
    "anslutna",
    "ordförande",
    "klubbordförande",
    "förtroendevald",
    "skyddsombud",
    "ombud",
    "röstar",
    "röstade",
    "röstat",
    "sympatiserar",
    "engagerad",
    "engagerade",
    "member",
    "members",
    "membership",
    "joined",
    "join",
    "rep",
    "steward",
    "vote",
    "voted",
    "voter",
    "supporter",
    "active",
    "belong",
    "belongs",
    "organiser",
    "councillor",
    "facket",
    "fack",
    "union",
    "medlemsavgiften",
    "medlemsavgift",
    "fee",
    "gått",
    "utträtt",
    "lämnat",
    "lämnade",
    "left",
    "leave",
    "quit",
];

/// Forms of "be" before "in" that make "in" a membership ("I'm in the NEU", not "a change
/// in vision").
const BEING: &[&str] = &["i'm", "i’m", "im", "am", "are", "is", "was", "we're", "we’re", "he's", "she's", "been"];

/// How sure an organisation's name at `start` is said as what a person belongs to: a
/// membership word right before it (past a preposition or article: "medlem i", "member
/// of the", "röstade på"), "med i", or "in" after a form of "be", and a person among the
/// six words before it. Without a person it is not reported ("Medlem i Kommunal sedan
/// 2010" says nothing about who).
fn membership_confidence(text: &str, start: usize, end: usize) -> f32 {
    let before = words_before(text, start, 6);
    let links = ["i", "of", "the", "på", "för", "till", "in", "a", "for", "ur", "from"];
    let mut k = 0;
    while k < 2 && before.get(k).is_some_and(|w| is_one_of(w, &links) && !w.eq_ignore_ascii_case("in")) {
        k += 1;
    }
    let at = |i: usize| before.get(i).copied().unwrap_or("");
    let med_i = at(0).eq_ignore_ascii_case("i") && at(1).eq_ignore_ascii_case("med");
    let member =
        is_one_of(at(k), MEMBERSHIP) || med_i || (at(k).eq_ignore_ascii_case("in") && is_one_of(at(k + 1), BEING));
    // Who belongs: a person before it, or after it ("Facket (Kommunal) hjälper mig"), or
    // the writer when the membership opens the sentence ("är med i Seko, kan facket…",
    // "Som förtroendevald för Liberalerna", "As a local councillor for the Liberals").
    let word = if med_i { 1 } else { k };
    let opening = before.get(word + 1..).unwrap_or_default().iter().all(|w| {
        is_one_of(w, &["är", "som", "as", "a", "an", "local", "lokal", "also", "också", "hej", "hi", "hello", "hallå"])
    });
    let person = (0..before.len()).any(|k| person_at(&before, k))
        || person_among(&words_after(text, end, 5))
        || (member && opening);
    match (member, person) {
        (true, true) => 0.9,
        (true, false) => 0.55,
        _ => 0.2,
    }
}

/// Whether words after a term (nearest first) name a person; "I" when an English word
/// follows it or nothing does.
fn person_among(after: &[&str]) -> bool {
    after.iter().enumerate().any(|(k, w)| {
        PERSON_WORDS.contains(w) || (*w == "I" && after.get(k + 1).is_none_or(|next| is_one_of(next, ENGLISH_AFTER_I)))
    })
}

/// Whether `before[k]` (words before a term, nearest first) names a person. A capital "I"
/// is the English pronoun when an English word follows it ("I have", "I take"), not the
/// Swedish "i" (in) that starts a sentence ("I Uppsala har kyrkan stängt").
fn person_at(before: &[&str], k: usize) -> bool {
    if before[k] == "I" {
        return k == 0 || is_one_of(before[k - 1], ENGLISH_AFTER_I) || before[k - 1].starts_with(['\'', '’']);
    }
    PERSON_WORDS.contains(before[k])
}

/// How sure a term at `start..end` is said about a person. Strong terms are sensitive on
/// their own unless a non-person is what they are said about; weak terms need a person.
fn confidence(text: &str, start: usize, end: usize, weak: bool) -> f32 {
    let before = words_before(text, start, 12);
    let after = words_after(text, end, 5);
    // Index 0 is the word right before the term.
    // Having or getting it, past an article or an adjective ("… och har ångest", "had a high
    // fever", "fick en stroke"): the one who has it may stand anywhere earlier in the
    // sentence; otherwise a person must be near.
    let having_at = before.iter().take(3).position(|w| is_one_of(w, HAVING));
    // Being in a place of care: "ligger på IVA", "is in the ICU".
    let staying = before.len() >= 2
        && is_one_of(before[0], &["på", "i", "in", "at", "on"])
        && is_one_of(before[1], &["ligger", "låg", "legat", "är", "var", "is", "was", "been", "stays"]);
    let having = having_at.is_some() || staying;
    // A sentence that opens with the verb has the writer as its subject ("Har ADD och kan
    // inte komma", "Had a stroke in May").
    // ("Har ni…" asks the organisation: only articles may stand between verb and term.)
    let subject_dropped =
        having_at.is_some_and(|k| k + 1 == before.len() && before[..k].iter().all(|w| is_one_of(w, DETERMINERS)));
    // English "I" is a person; Swedish "i" (in) is not, so only the capital counts. "As a
    // Roma", "Som muslim" at the start of a sentence say who the writer is.
    let person = (0..before.len()).find(|&k| person_at(&before, k)).or(subject_dropped.then_some(0)).or_else(|| {
        let as_a = before.len() >= 2 && is_one_of(before[0], &["a", "an"]) && is_one_of(before[1], &["as"]);
        let som = before.first() == Some(&"Som");
        (as_a || som).then_some(0)
    });
    // A weak term needs a person, or a word about illness itself; a verb such as "har"
    // alone is no evidence ("vilka öppettider har kyrkan").
    let illness = || before.iter().position(|w| is_one_of(w, ILLNESS_CUES));
    let cue = if weak {
        person.or_else(illness)
    } else {
        person.or_else(|| illness().into_iter().chain(before.iter().position(|w| is_one_of(w, CUES))).min())
    };
    // Said as a cause ("på grund av stroken", "because of pneumonia", "Ångesten gör att…"):
    // the sentence is about the one it affects, who may stand further back or after it.
    let cause = before.iter().take(2).any(|w| is_one_of(w, CAUSE_BEFORE))
        || after.first().is_some_and(|w| is_one_of(w, CAUSE_AFTER));
    let reach = if having || cause { 12 } else { 5 };
    let person_after = cause && person_among(&after);
    let object = before.iter().position(|w| NON_PERSON_WORDS.contains(w));
    let object_after = after.iter().take(2).any(|w| NON_PERSON_WORDS.contains(w));
    // Said about a thing: a non-person before it with no person nearer, or one right
    // after it with no person before ("virus i datorn", "sjuk server").
    let said_of_object = match (object, person) {
        (Some(o), Some(p)) => o < p,
        (Some(_), None) => true,
        (None, _) => object_after && person.is_none(),
    };
    let cue_near = cue.is_some_and(|c| c < reach) || (person_after && object.is_none());
    match (weak, cue_near, said_of_object) {
        (_, _, true) => 0.3,
        (true, true, false) => 0.75,
        (true, false, false) => 0.4,
        (false, true, false) => 0.95,
        (false, false, false) => 0.85,
    }
}

/// A long word list looked up by hash: the person and non-person lists are read for every
/// word around every candidate.
struct WordSet {
    words: &'static [&'static str],
    set: std::sync::OnceLock<std::collections::HashSet<&'static [u8]>>,
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> Self {
        Self { words, set: std::sync::OnceLock::new() }
    }

    /// Whether `word`, case-folded as the lists are written, is in the list.
    fn contains(&self, word: &str) -> bool {
        let mut folded = [0u8; 32];
        if word.len() > folded.len() {
            return false;
        }
        for (slot, b) in folded.iter_mut().zip(folded_bytes(word)) {
            *slot = b;
        }
        self.set.get_or_init(|| self.words.iter().map(|w| w.as_bytes()).collect()).contains(&folded[..word.len()])
    }
}

static PERSON_WORDS: WordSet = WordSet::new(PERSONS);
static NON_PERSON_WORDS: WordSet = WordSet::new(NON_PERSONS);

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|c| c.eq_ignore_ascii_case(word)) || (!word.is_ascii() && list.iter().any(|c| eq_folded(word, c)))
}

/// Up to `n` words before `pos` in the same sentence, nearest first.
fn words_before(text: &str, pos: usize, n: usize) -> Vec<&str> {
    let mut from = pos.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..pos];
    let sentence = before.rsplit(SENTENCE_ENDS).next().unwrap_or(before);
    words_of(sentence).rev().take(n).collect()
}

/// Up to `n` words after `pos` in the same sentence, nearest first.
fn words_after(text: &str, pos: usize, n: usize) -> Vec<&str> {
    let mut to = (pos + 60).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = &text[pos..to];
    let sentence = after.split(SENTENCE_ENDS).next().unwrap_or(after);
    words_of(sentence).take(n).collect()
}

const SENTENCE_ENDS: [char; 6] = ['.', '!', '?', '\n', ';', ':'];

/// The words of a sentence: letters and digits, with apostrophes ("i'm") and hyphens.
fn words_of(sentence: &str) -> impl DoubleEndedIterator<Item = &str> {
    sentence.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-')).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(lex: &Lexicon, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        lex.scan(text, &mut out);
        out.iter().filter(|f| f.is_reported()).map(|f| text[f.start..f.end].to_owned()).collect()
    }

    #[test]
    fn strong_weak_and_prefix_terms() {
        let lex = Lexicon::parse(
            "health\tstrong\tepilepsi\nhealth\tweak\tstroke\nhealth\tstrong\tdiabet*\ntrade_union\tstrong\tmedlem i facket\nhealth\tstrong\tångest\n",
        )
        .unwrap();
        assert_eq!(found(&lex, "Jag har epilepsi."), vec!["epilepsi"]);
        assert_eq!(found(&lex, "Epilepsin? Nej: EPILEPSI"), vec!["EPILEPSI"]);
        assert_eq!(found(&lex, "Min son är diabetiker"), vec!["diabetiker"]);
        assert_eq!(found(&lex, "På grund av min stroke"), vec!["stroke"]);
        assert!(found(&lex, "What a stroke of luck").is_empty());
        assert_eq!(found(&lex, "Jag är medlem i facket."), vec!["medlem i facket"]);
        assert_eq!(found(&lex, "Ångest varje dag"), vec!["Ångest"]);
        assert!(found(&lex, "prediabetes").is_empty(), "terms start at a word start");
    }

    #[test]
    fn malformed_lexicons_are_refused() {
        assert!(Lexicon::parse("health strong epilepsi").is_err());
        assert!(Lexicon::parse("health\tsometimes\tx").is_err());
        assert!(Lexicon::parse("wealth\tstrong\tx").is_err());
        assert!(Lexicon::parse("health\tstrong\t").is_err());
        assert!(Lexicon::parse("health\tstrong\t*").is_err());
    }

    #[test]
    fn an_abbreviation_with_capitals_matches_only_in_that_case() {
        let lex = Lexicon::parse("health\tstrong\tADD\nhealth\tstrong\tPrEP").unwrap();
        assert_eq!(found(&lex, "Vår son har ADD."), vec!["ADD"]);
        assert_eq!(found(&lex, "I take PrEP daily."), vec!["PrEP"]);
        assert!(found(&lex, "Please add me to the list, I prep the forms.").is_empty());
        assert!(found(&lex, "Add me. PREP").is_empty());
    }

    #[test]
    fn the_builtin_lexicon_parses() {
        let lex = Lexicon::builtin();
        assert!(lex.entries.len() > 1000);
    }
}
