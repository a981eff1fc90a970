//! GDPR Art. 9 special categories and Art. 10 offences, found through Swedish and
//! English word lists (`lexicon.txt`) with context: an everyday-ambiguous ("weak")
//! word counts only after a personal cue in the same sentence ("jag har …",
//! "my …", "som …"). Findings are for human review, not automatic removal.

use super::{Finding, Kind, SpecialCategory};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

const LEXICON: &str = include_str!("lexicon.txt");

#[derive(Debug, Clone, Copy)]
struct Entry {
    kind: Kind,
    weak: bool,
    prefix: bool,
}

/// The compiled word lists.
pub struct Lexicon {
    automaton: AhoCorasick,
    /// Per pattern id: which entry it belongs to.
    entries: Vec<Entry>,
}

/// Words that make a weak term personal (the Swedish preposition "i" and loose words such
/// as "with" or "man" are left out on purpose: they made everyday sentences fire) when they stand shortly before it in the same sentence.
const CUES: &[&str] = &[
    "jag",
    "jagär",
    "min",
    "mitt",
    "mina",
    "mig",
    "har",
    "hade",
    "är",
    "var",
    "blev",
    "lider",
    "fick",
    "diagnos",
    "diagnosen",
    "diagnostiserad",
    "behandling",
    "behandlas",
    "sjukskriven",
    "pga",
    "grund",
    "eftersom",
    "som",
    "son",
    "dotter",
    "barn",
    "fru",
    "sambo",
    "mamma",
    "pappa",
    "i'm",
    "i’m",
    "im",
    "my",
    "me",
    "have",
    "had",
    "has",
    "am",
    "was",
    "suffer",
    "suffering",
    "diagnosed",
    "treatment",
    "treated",
    "because",
    "as",
    "being",
    "son",
    "daughter",
    "wife",
    "husband",
    "mother",
    "father",
    "member",
    "medlem",
];

#[derive(Debug, thiserror::Error)]
#[error("lexicon line {line}: {reason}")]
pub struct LexiconError {
    line: usize,
    reason: &'static str,
}

impl Lexicon {
    pub fn builtin() -> Self {
        Self::parse(LEXICON).expect("the built-in lexicon is valid (checked by a test)")
    }

    pub fn parse(source: &str) -> Result<Self, LexiconError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut entries = Vec::new();
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
                "offence" => Kind::Offence,
                other => Kind::SpecialCategory(SpecialCategory::parse(other).ok_or(err("unknown category"))?),
            };
            let weak = match strength.trim() {
                "weak" => true,
                "strong" => false,
                _ => return Err(err("strength must be strong or weak")),
            };
            let term = term.trim();
            let (term, prefix) = match term.strip_suffix('*') {
                Some(t) => (t, true),
                None => (term, false),
            };
            if term.is_empty() || term != term.to_lowercase() {
                return Err(err("term must be non-empty and lower-case"));
            }
            let entry = Entry { kind, weak, prefix };
            // ASCII case is folded by the automaton; non-ASCII letters (Å, Ä, Ö) need their own variants.
            let mut variants = vec![term.to_owned()];
            if !term.is_ascii() {
                let mut chars = term.chars();
                if let Some(first) = chars.next() {
                    variants.push(first.to_uppercase().chain(chars).collect());
                }
                variants.push(term.to_uppercase());
            }
            variants.dedup();
            for v in variants {
                patterns.push(v);
                entries.push(entry);
            }
        }
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .map_err(|_| LexiconError { line: 0, reason: "cannot build the automaton" })?;
        Ok(Self { automaton, entries })
    }

    pub fn scan(&self, text: &str, out: &mut Vec<Finding>) {
        for m in self.automaton.find_iter(text) {
            let entry = self.entries[m.pattern().as_usize()];
            let (start, mut end) = (m.start(), m.end());
            if text[..start].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            if entry.prefix {
                while let Some(c) = text[end..].chars().next().filter(|c| c.is_alphanumeric()) {
                    end += c.len_utf8();
                }
            } else if text[end..].chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            if entry.weak && !has_cue(text, start) {
                continue;
            }
            let category = match entry.kind {
                Kind::SpecialCategory(c) => Some(c),
                _ => None,
            };
            let confidence = if entry.weak { 0.7 } else { 0.85 };
            out.push(Finding { kind: entry.kind, category, start, end, confidence });
        }
    }
}

/// Whether one of the few words before `pos`, in the same sentence, is a personal cue.
fn has_cue(text: &str, pos: usize) -> bool {
    let mut from = pos.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..pos];
    let sentence = before.rsplit(['.', '!', '?', '\n', ';']).next().unwrap_or(before);
    sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .rev()
        .take(5)
        .any(|w| CUES.iter().any(|c| c.eq_ignore_ascii_case(w) || w.to_lowercase() == *c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(lex: &Lexicon, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        lex.scan(text, &mut out);
        out.iter().map(|f| text[f.start..f.end].to_owned()).collect()
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
        assert!(Lexicon::parse("health\tstrong\tEpilepsi").is_err());
    }

    #[test]
    fn the_builtin_lexicon_parses() {
        let lex = Lexicon::builtin();
        assert!(lex.entries.len() > 100);
    }
}
