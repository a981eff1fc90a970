//! Text analysis for full-text search, shared by both database backends.
//!
//! Rust does the linguistics (split into words, lower-case, Snowball stemming
//! in Swedish or English); SQLite FTS5 and PostgreSQL `tsvector` ('simple'
//! configuration) only store and match the resulting terms. Both backends
//! therefore find the same documents, and "bygglovet" finds "bygglov".

use crate::org::Language;
use rust_stemmers::{Algorithm, Stemmer};

/// Longer "words" (base64, hashes, keyboard mashing) are not indexed.
const MAX_WORD_CHARS: usize = 40;
/// A query uses at most this many distinct terms.
const MAX_QUERY_TERMS: usize = 8;

/// Words too common to tell documents apart (Snowball's lists, shortened): they are
/// neither indexed nor searched for, which keeps the index small and queries fast.
const STOPWORDS_SV: &[&str] = &[
    "och", "det", "att", "i", "en", "jag", "hon", "som", "han", "på", "den", "med", "var", "sig", "för", "så", "till",
    "är", "men", "ett", "om", "hade", "de", "av", "icke", "mig", "du", "henne", "då", "sin", "nu", "har", "inte",
    "hans", "honom", "skulle", "hennes", "där", "min", "man", "ej", "vid", "kunde", "något", "från", "ut", "när",
    "efter", "upp", "vi", "dem", "vara", "vad", "över", "än", "dig", "kan", "sina", "här", "ha", "mot", "alla",
    "under", "någon", "eller", "allt", "mycket", "sedan", "ju", "denna", "själv", "detta", "åt", "utan", "varit",
    "hur", "ingen", "mitt", "ni", "bli", "blev", "oss", "din", "dessa", "några", "deras", "blir", "mina", "samma",
    "vilken", "er", "sådan", "vår", "blivit", "dess", "inom", "mellan", "sådant", "varför", "varje", "vilka", "ditt",
    "vem", "vilket", "sitta", "sådana", "vart", "dina", "vars", "vårt", "våra", "ert", "era",
];
const STOPWORDS_EN: &[&str] = &[
    "i", "me", "my", "myself", "we", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers",
    "it", "its", "they", "them", "their", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is",
    "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a",
    "an", "the", "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about",
    "against", "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down",
    "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where",
    "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not",
    "only", "own", "same", "so", "than", "too", "very", "can", "will", "just", "should", "now",
];

/// A Snowball stemmer plus, for Swedish, the definite neuter ending.
struct Analyzer {
    stemmer: Stemmer,
    language: Language,
}

fn stemmer(language: Language) -> Analyzer {
    let algorithm = match language {
        Language::Sv => Algorithm::Swedish,
        Language::En => Algorithm::English,
    };
    Analyzer { stemmer: Stemmer::create(algorithm), language }
}

/// The words of `text` with their byte ranges: runs of letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    WordIter { text, pos: 0 }
}

struct WordIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for WordIter<'a> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<Self::Item> {
        let rest = &self.text[self.pos..];
        let start_rel = rest.char_indices().find(|(_, c)| c.is_alphanumeric())?.0;
        let start = self.pos + start_rel;
        let end = self.text[start..]
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(self.text.len(), |(i, _)| start + i);
        self.pos = end;
        Some((start, &self.text[start..end]))
    }
}

fn term(analyzer: &Analyzer, word: &str) -> Option<String> {
    if word.chars().count() > MAX_WORD_CHARS {
        return None;
    }
    let lower = word.to_lowercase();
    let stopwords = match analyzer.language {
        Language::Sv => STOPWORDS_SV,
        Language::En => STOPWORDS_EN,
    };
    if stopwords.contains(&lower.as_str()) {
        return None;
    }
    // Snowball's Swedish stemmer leaves two definite endings: the neuter "-et"
    // ("bygglovet", "beslutet") and "-an" of words in -a ("fakturan", "skolan"),
    // also in the genitive ("bygglovets", "fakturans").
    // People search for the bare form, so these go first, before Snowball (whose
    // later steps, such as "dd" → "d", then treat both forms alike). Index and
    // query go through the same steps, so short words stay consistent.
    let mut word = lower;
    if analyzer.language == Language::Sv
        && let Some(ending) = ["ets", "ans", "et", "an"].into_iter().find(|e| word.ends_with(e))
        && word.chars().count() >= ending.len() + 4
    {
        word.truncate(word.len() - ending.len());
    }
    let stem = analyzer.stemmer.stem(&word).into_owned();
    Some(stem)
}

/// The terms to index for `text`: stems separated by spaces.
pub fn index_terms(text: &str, language: Language) -> String {
    let stemmer = stemmer(language);
    let mut out = String::with_capacity(text.len());
    for (_, word) in words(text) {
        if let Some(t) = term(&stemmer, word) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&t);
        }
    }
    out
}

/// The distinct terms of a search query, in order, at most eight.
pub fn query_terms(query: &str, language: Language) -> Vec<String> {
    let mut terms = distinct_terms(query, language, MAX_QUERY_TERMS);
    terms.truncate(MAX_QUERY_TERMS);
    terms
}

/// The `keep` longest distinct terms of a whole text (a typed question, a case): the
/// words that say most about it, wherever they stand.
pub fn longest_terms(text: &str, language: Language, keep: usize) -> Vec<String> {
    let mut terms = distinct_terms(text, language, usize::MAX);
    terms.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
    terms.truncate(keep);
    terms
}

fn distinct_terms(text: &str, language: Language, cap: usize) -> Vec<String> {
    let stemmer = stemmer(language);
    let mut terms: Vec<String> = Vec::new();
    for (_, word) in words(text) {
        if let Some(t) = term(&stemmer, word)
            && !terms.contains(&t)
        {
            terms.push(t);
            if terms.len() == cap {
                break;
            }
        }
    }
    terms
}

/// Whether any word of `text` has one of `terms` as its stem.
pub fn matches(text: &str, terms: &[String], language: Language) -> bool {
    let analyzer = stemmer(language);
    words(text).any(|(_, w)| term(&analyzer, w).is_some_and(|t| terms.contains(&t)))
}

/// Whether every searchable word of `pattern` occurs in `text`, inflections included
/// ("faktura" is found in "fakturan"). A pattern of stopwords only matches nothing.
pub fn contains_terms(text: &str, pattern: &str, language: Language) -> bool {
    let wanted = query_terms(pattern, language);
    if wanted.is_empty() {
        return false;
    }
    let analyzer = stemmer(language);
    let mut found: Vec<&String> = Vec::new();
    for (_, word) in words(text) {
        if let Some(t) = term(&analyzer, word)
            && let Some(w) = wanted.iter().find(|w| **w == t)
            && !found.contains(&w)
        {
            found.push(w);
            if found.len() == wanted.len() {
                return true;
            }
        }
    }
    false
}

/// A piece of a search-result excerpt; `hit` pieces matched the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub hit: bool,
}

/// An excerpt of `text` around the first word that matches one of `terms`,
/// about `width` characters long, with the matching words marked.
pub fn excerpt(text: &str, terms: &[String], language: Language, width: usize) -> Vec<Piece> {
    let stemmer = stemmer(language);
    let hits: Vec<(usize, usize)> = words(text)
        .filter(|(_, w)| term(&stemmer, w).is_some_and(|t| terms.contains(&t)))
        .map(|(start, w)| (start, start + w.len()))
        .collect();
    let first = hits.first().map_or(0, |h| h.0);
    // Start a little before the first hit, on a character boundary.
    let lead = width / 4;
    let mut start = text[..first].char_indices().rev().nth(lead).map_or(0, |(i, _)| i);
    if start > 0
        && let Some(space) = text[start..first].find(char::is_whitespace)
    {
        start += space + 1;
    }
    let end = text[start..].char_indices().nth(width).map_or(text.len(), |(i, _)| start + i);
    let mut pieces = Vec::new();
    let mut pos = start;
    let push = |pieces: &mut Vec<Piece>, s: &str, hit: bool| {
        if !s.is_empty() {
            pieces.push(Piece { text: s.to_owned(), hit });
        }
    };
    if start > 0 {
        push(&mut pieces, "…", false);
    }
    for &(hs, he) in hits.iter().filter(|(hs, he)| *hs >= start && *he <= end) {
        push(&mut pieces, &text[pos..hs], false);
        push(&mut pieces, &text[hs..he], true);
        pos = he;
    }
    push(&mut pieces, &text[pos..end], false);
    if end < text.len() {
        push(&mut pieces, "…", false);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_inflections_share_a_stem() {
        assert_eq!(query_terms("bygglovet", Language::Sv), query_terms("bygglov", Language::Sv));
        assert_eq!(query_terms("ansökningar", Language::Sv), query_terms("ansökning", Language::Sv));
        assert_eq!(query_terms("beslutet", Language::Sv), query_terms("besluten", Language::Sv));
        assert_eq!(query_terms("bygglovets", Language::Sv), query_terms("bygglov", Language::Sv));
        assert_eq!(query_terms("fakturan", Language::Sv), query_terms("faktura", Language::Sv));
        assert_eq!(query_terms("skolan", Language::Sv), query_terms("skolor", Language::Sv));
        assert_eq!(query_terms("Returned", Language::En), query_terms("return", Language::En));
        assert_eq!(query_terms("deliveries", Language::En), query_terms("delivery", Language::En));
    }

    #[test]
    fn words_split_on_punctuation_and_keep_letters() {
        let w: Vec<&str> = words("Hej! Får jag bygga ett 20 m² förråd?").map(|(_, w)| w).collect();
        assert_eq!(w, ["Hej", "Får", "jag", "bygga", "ett", "20", "m²", "förråd"]);
        assert_eq!(index_terms(&"x".repeat(41), Language::Sv), "");
    }

    #[test]
    fn query_terms_are_distinct_and_bounded() {
        assert_eq!(query_terms("bygglov bygglovet BYGGLOV", Language::Sv).len(), 1);
        assert_eq!(query_terms("b c d e f g h j k l m", Language::En).len(), 8);
        assert!(query_terms("och det är", Language::Sv).is_empty(), "stopwords are not searched");
        assert_eq!(query_terms("the returns", Language::En), query_terms("return", Language::En));
        assert!(query_terms("!!! ???", Language::En).is_empty());
    }

    #[test]
    fn patterns_match_inflected_words() {
        assert!(contains_terms("Fråga om fakturan från i maj", "faktura", Language::Sv));
        assert!(contains_terms("Om bygglovet för garaget", "garage bygglov", Language::Sv));
        assert!(!contains_terms("Om bygglovet", "garage bygglov", Language::Sv));
        assert!(!contains_terms("och det", "och", Language::Sv));
        assert_eq!(query_terms("strandskyddet", Language::Sv), query_terms("strandskydd", Language::Sv));
    }

    #[test]
    fn excerpt_marks_the_match() {
        let text = "Jag undrar hur lång tid det tar att få bygglovet beviljat i kommunen.";
        let terms = query_terms("bygglov", Language::Sv);
        let pieces = excerpt(text, &terms, Language::Sv, 200);
        assert!(pieces.iter().any(|p| p.hit && p.text == "bygglovet"), "{pieces:?}");
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, text);
        let long = format!("{} bygglov {}", "ord ".repeat(200), "slut ".repeat(200));
        let cut = excerpt(&long, &terms, Language::Sv, 80);
        assert_eq!(cut.first().map(|p| p.text.as_str()), Some("…"));
        assert!(cut.iter().any(|p| p.hit));
    }
}
