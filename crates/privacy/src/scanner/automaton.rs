//! The word lists' automaton, walked over several parts of a text at once.
//!
//! An Aho–Corasick DFA reads one byte per step, and each step waits for the state the
//! step before loaded: over a table of megabytes that chain of loads, not the
//! arithmetic, sets the speed. Parts of the text that start right after a byte no
//! pattern holds (a full stop, a line break) begin in the start state whatever came
//! before, so they can be walked side by side: their loads overlap, and every match is
//! found exactly as one walk from the beginning would find it.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

/// How many parts of a text are walked side by side.
const LANES: usize = 4;

/// Below this many bytes a text is walked in one part.
const SHORT: usize = 64;

pub struct Words {
    dfa: DFA,
    /// Each byte's letter in the automaton's alphabet: the bytes the patterns use are
    /// 1, 2, 3…, every other byte is 0. A small alphabet makes a small table, quick to
    /// build and to walk, and 0 is where a walk is back at its start.
    letters: [u8; 256],
    /// The same for a byte after 0xC3, with Latin-1 capitals (Å, Ä, Ö, É…) made small.
    letters_after_c3: [u8; 256],
}

impl Words {
    /// `patterns` are in small letters (ASCII and Latin-1): the text is read case-folded.
    pub fn new(patterns: &[String]) -> Result<Self, aho_corasick::BuildError> {
        let mut letters = [0u8; 256];
        for pattern in patterns {
            for &b in pattern.as_bytes() {
                letters[usize::from(b)] = 1;
            }
        }
        let mut next = 0u8;
        for letter in letters.iter_mut().filter(|l| **l == 1) {
            next += 1;
            *letter = next;
        }
        let mut letters_after_c3 = letters;
        for b in 0x80..=0x9Eu8 {
            if b != 0x97 {
                letters_after_c3[usize::from(b)] = letters[usize::from(b + 0x20)];
            }
        }
        for b in b'A'..=b'Z' {
            letters[usize::from(b)] = letters[usize::from(b.to_ascii_lowercase())];
            letters_after_c3[usize::from(b)] = letters[usize::from(b)];
        }
        let spelt: Vec<Vec<u8>> =
            patterns.iter().map(|p| p.bytes().map(|b| letters[usize::from(b)]).collect()).collect();
        let dfa = DFA::builder().match_kind(MatchKind::Standard).prefilter(false).build(&spelt)?;
        Ok(Self { dfa, letters, letters_after_c3 })
    }

    /// `text` in the automaton's alphabet, byte for byte (offsets hold).
    fn spell(&self, text: &str) -> Vec<u8> {
        let mut previous = 0u8;
        text.bytes()
            .map(|b| {
                let table = if previous == 0xC3 { &self.letters_after_c3 } else { &self.letters };
                previous = b;
                table[usize::from(b)]
            })
            .collect()
    }

    /// Calls `found(pattern, start, end)` for every occurrence of every pattern in `text`,
    /// read case-folded, overlapping ones included, in no particular order.
    pub fn find_all(&self, text: &str, mut found: impl FnMut(usize, usize, usize)) {
        let haystack = &self.spell(text)[..];
        let start = self.dfa.start_state(Anchored::No).expect("an unanchored start state exists");
        let parts = self.parts(haystack);
        let mut at = [0usize; LANES];
        let mut end = [0usize; LANES];
        for (k, &(s, e)) in parts.iter().enumerate() {
            at[k] = s;
            end[k] = e;
        }
        let mut state = [start; LANES];
        // Side by side while every part has bytes left, then the longer parts on.
        let common = (0..LANES).map(|k| end[k] - at[k]).min().unwrap_or(0);
        for i in 0..common {
            for k in 0..LANES {
                let pos = at[k] + i;
                state[k] = self.dfa.next_state(Anchored::No, state[k], haystack[pos]);
                if self.dfa.is_special(state[k]) {
                    self.report(state[k], pos + 1, &mut found);
                }
            }
        }
        for a in &mut at {
            *a += common;
        }
        loop {
            let mut active = false;
            for k in 0..LANES {
                if at[k] < end[k] {
                    active = true;
                    state[k] = self.dfa.next_state(Anchored::No, state[k], haystack[at[k]]);
                    at[k] += 1;
                    if self.dfa.is_special(state[k]) {
                        self.report(state[k], at[k], &mut found);
                    }
                }
            }
            if !active {
                break;
            }
        }
    }

    fn report(&self, state: aho_corasick::automaton::StateID, end: usize, found: &mut impl FnMut(usize, usize, usize)) {
        if !self.dfa.is_match(state) {
            return;
        }
        for i in 0..self.dfa.match_len(state) {
            let pattern = self.dfa.match_pattern(state, i);
            found(pattern.as_usize(), end - self.dfa.pattern_len(pattern), end);
        }
    }

    /// Up to `LANES` parts covering `haystack`, each but the first starting right after a
    /// byte no pattern holds; unused parts are empty.
    fn parts(&self, haystack: &[u8]) -> [(usize, usize); LANES] {
        let mut parts = [(haystack.len(), haystack.len()); LANES];
        let mut from = 0;
        let mut k = 0;
        if haystack.len() >= SHORT {
            while k + 1 < LANES {
                let target = haystack.len() * (k + 1) / LANES;
                if target <= from + 1 {
                    break;
                }
                let is_reset = |&b: &u8| b == 0;
                let after = haystack[target..].iter().position(is_reset).map(|i| target + i + 1);
                let before = haystack[from..target].iter().rposition(is_reset).map(|i| from + i + 1);
                let cut = match (before, after) {
                    (Some(b), Some(a)) => {
                        if target - b <= a - target {
                            b
                        } else {
                            a
                        }
                    }
                    (Some(b), None) => b,
                    (None, Some(a)) => a,
                    (None, None) => break,
                };
                if cut <= from || cut >= haystack.len() {
                    break;
                }
                parts[k] = (from, cut);
                from = cut;
                k += 1;
            }
        }
        parts[k] = (from, haystack.len());
        parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every occurrence, as one plain overlapping search finds them.
    fn all(words: &Words, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        words.find_all(text, |p, s, e| out.push((p, s, e)));
        out.sort_unstable();
        out
    }

    #[test]
    fn the_parts_find_what_one_walk_finds() {
        let patterns: Vec<String> =
            ["astma", "ast", "diabetes", "typ 2-diabetes", "sjuk", "sjukdom"].iter().map(|s| s.to_string()).collect();
        let words = Words::new(&patterns).unwrap();
        let reference = aho_corasick::AhoCorasick::new(&patterns).unwrap();
        let text = "jag har astma. min son har typ 2-diabetes, och mormor en sjukdom! ".repeat(7)
            + "sjukdom\nastma: ast, diabetes.";
        let upper = text.to_uppercase();
        for len in [0, 1, 10, 63, 64, 65, 200, text.len()] {
            let part = &text[..len];
            let mut expected: Vec<(usize, usize, usize)> =
                reference.find_overlapping_iter(part).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
            expected.sort_unstable();
            assert_eq!(all(&words, part), expected, "first {len} bytes");
            assert_eq!(all(&words, &upper[..len]), expected, "first {len} bytes in capitals");
        }
    }

    #[test]
    fn a_text_without_reset_bytes_is_walked_whole() {
        let patterns = vec!["ab".to_string(), "ba".to_string()];
        let words = Words::new(&patterns).unwrap();
        let text = "ab".repeat(100);
        assert_eq!(all(&words, &text).len(), 199);
    }
}
