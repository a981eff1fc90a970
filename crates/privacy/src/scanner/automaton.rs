//! The word lists' automaton, walked over several parts of a text at once.
//!
//! An Aho–Corasick DFA reads one byte per step, and each step waits for the state the
//! step before loaded: over a table of megabytes that chain of loads, not the
//! arithmetic, sets the speed. Parts of the text that start right after a byte no
//! pattern holds (a full stop, a line break) begin in the start state whatever came
//! before, so they can be walked side by side: their loads overlap, and every match is
//! found exactly as one walk from the beginning would find it.
//!
//! The table is built here rather than by the `aho-corasick` crate (which the tests use
//! as the reference): that crate's DFA took 38 ms to build for the lexicon, a fifth of
//! `samtal scan`'s time over 20 MB, against about 10 ms for this one, whose transitions
//! also carry a "match here" bit so that a step needs one load.

use super::context::fold_byte;

/// How many parts of a text are walked side by side.
const LANES: usize = 4;

/// Below this many bytes a text is walked in one part.
const SHORT: usize = 64;

/// The bit of a transition that says the state it leads to ends a pattern.
const MATCH: u32 = 1 << 31;

#[derive(Debug, thiserror::Error)]
#[error("the word lists are too large for the automaton")]
pub struct TooLarge;

pub struct Words {
    /// Per state, one transition per letter: the next state's first index in this
    /// table, with `MATCH` set when patterns end there.
    transitions: Vec<u32>,
    /// How many letters the alphabet has (0 included).
    alphabet: usize,
    /// Per state (indexed by state number), where its patterns begin in `ending`.
    ending_at: Vec<u32>,
    /// The patterns that end in each state, state after state.
    ending: Vec<u32>,
    /// Each pattern's length in bytes.
    lengths: Vec<u32>,
    /// Each byte's letter in the automaton's alphabet: the bytes the patterns use are
    /// 1, 2, 3…, every other byte is 0. A small alphabet makes a small table, quick to
    /// build and to walk, and 0 is where a walk is back at its start. Capitals read as
    /// small letters; the second half is for a byte after 0xC3, where Latin-1 capitals
    /// (Å, Ä, Ö, É…) are folded.
    letters: [u8; 512],
}

impl Words {
    /// `patterns` are in small letters (ASCII and Latin-1): the text is read case-folded.
    pub fn new(patterns: &[String]) -> Result<Self, TooLarge> {
        let mut used = [false; 256];
        for pattern in patterns {
            for &b in pattern.as_bytes() {
                used[usize::from(b)] = true;
            }
        }
        let mut letters = [0u8; 256];
        let mut alphabet = 1usize;
        for (b, _) in used.iter().enumerate().filter(|(_, used)| **used) {
            letters[b] = u8::try_from(alphabet).map_err(|_| TooLarge)?;
            alphabet += 1;
        }
        // Each byte read as it folds, alone and after 0xC3 (the text is never copied folded).
        let mut both = [0u8; 512];
        for b in 0..=255u8 {
            both[usize::from(b)] = letters[usize::from(fold_byte(0, b))];
            both[256 + usize::from(b)] = letters[usize::from(fold_byte(0xC3, b))];
        }

        // The trie: state 0 is the root; `children` has a row of `alphabet` entries per
        // state, 0 meaning none (the root is no one's child).
        let mut children: Vec<u32> = vec![0; alphabet];
        let mut ends: Vec<Vec<u32>> = vec![Vec::new()];
        let mut lengths = Vec::with_capacity(patterns.len());
        for (id, pattern) in patterns.iter().enumerate() {
            let mut state = 0usize;
            for &b in pattern.as_bytes() {
                let slot = state * alphabet + usize::from(letters[usize::from(b)]);
                if children[slot] == 0 {
                    let new = ends.len();
                    children[slot] = u32::try_from(new).map_err(|_| TooLarge)?;
                    children.resize(children.len() + alphabet, 0);
                    ends.push(Vec::new());
                }
                state = children[slot] as usize;
            }
            ends[state].push(u32::try_from(id).map_err(|_| TooLarge)?);
            lengths.push(u32::try_from(pattern.len()).map_err(|_| TooLarge)?);
        }
        let states = ends.len();
        if states * alphabet >= MATCH as usize {
            return Err(TooLarge);
        }

        // Breadth first, each state's missing transitions are its fallback's, and its
        // fallback's patterns end in it too. `next` holds state numbers for now.
        let mut next = children;
        let mut fallback = vec![0usize; states];
        let mut queue: std::collections::VecDeque<usize> =
            next[..alphabet].iter().filter(|&&child| child != 0).map(|&child| child as usize).collect();
        while let Some(state) = queue.pop_front() {
            let inherited = ends[fallback[state]].clone();
            ends[state].extend(inherited);
            for letter in 0..alphabet {
                let slot = state * alphabet + letter;
                let through_fallback = next[fallback[state] * alphabet + letter];
                let child = next[slot] as usize;
                // The row holds only the trie's children until this state is done.
                if child != 0 {
                    fallback[child] = through_fallback as usize;
                    queue.push_back(child);
                } else {
                    next[slot] = through_fallback;
                }
            }
        }

        let mut ending_at = Vec::with_capacity(states + 1);
        let mut ending = Vec::new();
        for list in &ends {
            ending_at.push(u32::try_from(ending.len()).map_err(|_| TooLarge)?);
            ending.extend_from_slice(list);
        }
        ending_at.push(u32::try_from(ending.len()).map_err(|_| TooLarge)?);
        let transitions = next
            .iter()
            .map(|&to| {
                let to = to as usize;
                let flag = if ends[to].is_empty() { 0 } else { MATCH };
                (to * alphabet) as u32 | flag
            })
            .collect();
        Ok(Self { transitions, alphabet, ending_at, ending, lengths, letters: both })
    }

    /// The letter of the byte at `i` (read with the byte before it, for Latin-1 capitals).
    #[inline(always)]
    fn letter(&self, bytes: &[u8], i: usize) -> usize {
        let after_c3 = i > 0 && bytes[i - 1] == 0xC3;
        usize::from(self.letters[usize::from(bytes[i]) | usize::from(after_c3) << 8])
    }

    /// Calls `found(pattern, start, end)` for every occurrence of every pattern in `text`,
    /// read case-folded, overlapping ones included, in no particular order.
    pub fn find_all(&self, text: &str, mut found: impl FnMut(usize, usize, usize)) {
        let haystack = text.as_bytes();
        let parts = self.parts(haystack);
        let mut at = [0usize; LANES];
        let mut end = [0usize; LANES];
        for (k, &(s, e)) in parts.iter().enumerate() {
            at[k] = s;
            end[k] = e;
        }
        let mut state = [0usize; LANES];
        // Side by side while every part has bytes left, then the longer parts on.
        let common = (0..LANES).map(|k| end[k] - at[k]).min().unwrap_or(0);
        for i in 0..common {
            for k in 0..LANES {
                let pos = at[k] + i;
                let step = self.transitions[state[k] + self.letter(haystack, pos)];
                state[k] = (step & !MATCH) as usize;
                if step & MATCH != 0 {
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
                    let step = self.transitions[state[k] + self.letter(haystack, at[k])];
                    state[k] = (step & !MATCH) as usize;
                    at[k] += 1;
                    if step & MATCH != 0 {
                        self.report(state[k], at[k], &mut found);
                    }
                }
            }
            if !active {
                break;
            }
        }
    }

    /// The patterns that end at `end` in the state whose row starts at `row`.
    fn report(&self, row: usize, end: usize, found: &mut impl FnMut(usize, usize, usize)) {
        let state = row / self.alphabet;
        let (from, to) = (self.ending_at[state] as usize, self.ending_at[state + 1] as usize);
        for &pattern in &self.ending[from..to] {
            found(pattern as usize, end - self.lengths[pattern as usize] as usize, end);
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
                let is_reset = |i: &usize| self.letter(haystack, *i) == 0;
                let after = (target..haystack.len()).find(is_reset).map(|i| i + 1);
                let before = (from..target).rev().find(is_reset).map(|i| i + 1);
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

    /// Many small pattern sets over a small alphabet, so that patterns overlap, nest and
    /// share fallbacks, against the `aho-corasick` crate's overlapping search.
    #[test]
    fn random_pattern_sets_match_the_reference() {
        let letters = ['a', 'b', 'å', ' ', '-', 'c'];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..300 {
            let mut patterns: Vec<String> =
                (0..1 + next(12)).map(|_| (0..1 + next(5)).map(|_| letters[next(letters.len())]).collect()).collect();
            patterns.sort();
            patterns.dedup();
            let text: String =
                (0..next(300)).map(|_| if next(10) == 0 { '.' } else { letters[next(letters.len())] }).collect();
            let words = Words::new(&patterns).unwrap();
            let reference = aho_corasick::AhoCorasick::new(&patterns).unwrap();
            let mut expected: Vec<(usize, usize, usize)> =
                reference.find_overlapping_iter(&text).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
            expected.sort_unstable();
            assert_eq!(all(&words, &text), expected, "{patterns:?} in {text:?}");
            // Capitals read as small letters.
            assert_eq!(all(&words, &text.to_uppercase()), expected, "{patterns:?} in capitals");
        }
    }
}
