//! The search index: every word of every event's searchable text, folded,
//! with the events it occurs in. Built once per dataset, so a keystroke
//! looks words up instead of re-reading all text. A query word matches the
//! words it begins ("mari" finds "maritime"); every query word must match.
//! Japanese, written without spaces, is indexed by pairs of characters
//! (see `text::for_each_index_term`): a query's pairs must all occur.

use super::text::for_each_index_term;

/// Words → events, for word-prefix search.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct SearchIndex {
    /// Distinct folded words, sorted, so words sharing a prefix are adjacent.
    words: Vec<String>,
    /// For each word, the positions of the events it occurs in, ascending.
    postings: Vec<Vec<u32>>,
    events: usize,
}

/// A set of event positions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventSet {
    bits: Vec<u64>,
}

impl EventSet {
    fn empty(len: usize) -> EventSet {
        EventSet {
            bits: vec![0; len.div_ceil(64)],
        }
    }

    fn insert(&mut self, at: usize) {
        self.bits[at / 64] |= 1 << (at % 64);
    }

    pub fn contains(&self, at: usize) -> bool {
        self.bits
            .get(at / 64)
            .is_some_and(|word| word & (1 << (at % 64)) != 0)
    }

    fn intersect(&mut self, other: &EventSet) {
        self.bits
            .iter_mut()
            .zip(&other.bits)
            .for_each(|(a, b)| *a &= b);
    }
}

/// A fast hash for short words (FxHash's multiply-rotate). The default
/// SipHash resists hash flooding, which a dataset we built ourselves cannot
/// mount, and costs a third of the index build.
#[derive(Default)]
struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 =
                (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type WordMap =
    std::collections::HashMap<String, Vec<u32>, std::hash::BuildHasherDefault<WordHasher>>;

/// Collects words event by event, then sorts them into a [`SearchIndex`].
#[derive(Debug, Default)]
pub struct SearchIndexBuilder {
    by_word: WordMap,
    events: usize,
}

impl SearchIndexBuilder {
    /// Adds the words of a folded text to event `at`. Events must be added
    /// in order (texts of one event may come in several calls).
    pub fn add(&mut self, at: usize, folded: &str) {
        self.events = self.events.max(at + 1);
        let at = at as u32;
        for_each_index_term(folded, |word| match self.by_word.get_mut(word) {
            // Events come in order, so a repeat is always the last entry.
            Some(postings) if postings.last() == Some(&at) => {}
            Some(postings) => postings.push(at),
            None => {
                self.by_word.insert(word.to_owned(), vec![at]);
            }
        });
    }

    /// Makes every event that has the word `word` findable by the words of
    /// `also` too (an acronym by its expansion).
    pub fn alias(&mut self, word: &str, also: &str) {
        let Some(events) = self.by_word.get(word).cloned() else {
            return;
        };
        for_each_index_term(also, |extra| {
            let postings = self.by_word.entry(extra.to_owned()).or_default();
            postings.extend_from_slice(&events);
            postings.sort_unstable();
            postings.dedup();
        });
    }

    pub fn finish(self) -> SearchIndex {
        let mut entries: Vec<(String, Vec<u32>)> = self.by_word.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (words, postings) = entries.into_iter().unzip();
        SearchIndex {
            words,
            postings,
            events: self.events,
        }
    }
}

impl SearchIndex {
    /// The events matching every term (folded query words), or `None` when
    /// there are no terms (everything matches).
    pub fn matching(&self, terms: &[String]) -> Option<EventSet> {
        let mut result: Option<EventSet> = None;
        for term in terms {
            let mut set = EventSet::empty(self.events);
            let first = self.words.partition_point(|w| w.as_str() < term.as_str());
            for at in first..self.words.len() {
                if !self.words[at].starts_with(term.as_str()) {
                    break;
                }
                self.postings[at]
                    .iter()
                    .for_each(|&e| set.insert(e as usize));
            }
            match &mut result {
                None => result = Some(set),
                Some(all) => all.intersect(&set),
            }
        }
        result
    }

    /// Number of distinct words indexed.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}
