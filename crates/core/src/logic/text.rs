//! Text matching that ignores case, accents and typographic punctuation,
//! highlighting of matches, and glossary terms inside running text.

/// Half-width katakana (U+FF66–U+FF9D) in full width, in code point order.
const FULL_WIDTH_KATAKANA: &str = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

/// Folds one character for matching: lower case, accents removed,
/// typographic quotes and dashes made plain, full-width Latin letters and
/// digits and half-width katakana in their usual width. Always one
/// character for one, so positions in folded text are positions in the
/// original.
pub fn fold_char(c: char) -> char {
    let c = match u32::from(c) {
        // Full-width ASCII (ＩＰＣＰ, ２０１４) and the ideographic space.
        0xFF01..=0xFF5E => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        0xFF66..=0xFF9D => FULL_WIDTH_KATAKANA
            .chars()
            .nth((u32::from(c) - 0xFF66) as usize)
            .unwrap_or(c),
        0xFF9E => '\u{309B}',
        0xFF9F => '\u{309C}',
        _ => c,
    };
    let lower = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(single), None) => single,
            _ => c,
        }
    };
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ł' | 'ľ' | 'ĺ' | 'ļ' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ř' | 'ŗ' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
        '\u{201c}' | '\u{201d}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
        '\u{00a0}' => ' ',
        other => other,
    }
}

/// Folds a whole text (see [`fold_char`]).
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Whether a character is written in Japanese script (kana, kanji and
/// their marks): such text has no spaces between words, so it is searched
/// by pairs of characters rather than by words.
pub fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x3005 | 0x3006 | 0x3007 // 々 〆 〇
        | 0x3041..=0x309F        // hiragana
        | 0x30A0..=0x30FF        // katakana, ー
        | 0x3400..=0x4DBF        // kanji, extension A
        | 0x4E00..=0x9FFF        // kanji
        | 0xF900..=0xFAFF) // compatibility kanji
}

/// Joins half-width voiced sound marks to the kana before them, as a
/// reader's half-width ｻｲﾊﾞｰ means サイバー. For queries, before folding
/// (a data text is written in full width; folding keeps lengths).
pub fn compose_voiced_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let base = out.chars().last().map(fold_char);
        let composed = match (c, base) {
            ('\u{FF9E}' | '\u{309B}' | '\u{3099}', Some(base))
                if "カキクケコサシスセソタチツテトハヒフヘホ".contains(base) =>
            {
                char::from_u32(u32::from(base) + 1)
            }
            ('\u{FF9E}' | '\u{309B}' | '\u{3099}', Some('ウ')) => Some('ヴ'),
            ('\u{FF9F}' | '\u{309C}' | '\u{309A}', Some(base)) if "ハヒフヘホ".contains(base) => {
                char::from_u32(u32::from(base) + 2)
            }
            _ => None,
        };
        match composed {
            Some(composed) => {
                out.pop();
                out.push(composed);
            }
            None => out.push(c),
        }
    }
    out
}

/// Calls `each` with every term a folded text is indexed by: its words,
/// with each run of Japanese script split into overlapping pairs of
/// characters (サイバー: サイ, イバ, バー) and its last character alone, so
/// that any part of it can be found.
pub fn for_each_index_term(folded: &str, mut each: impl FnMut(&str)) {
    let mut pair = String::new();
    for word in words(folded) {
        if !word.chars().any(is_cjk) {
            each(word);
            continue;
        }
        for (run, cjk) in script_runs(word) {
            if !cjk {
                each(run);
                continue;
            }
            let chars: Vec<char> = run.chars().collect();
            for two in chars.windows(2) {
                pair.clear();
                pair.extend(two);
                each(&pair);
            }
            if let Some(last) = chars.last() {
                pair.clear();
                pair.push(*last);
                each(&pair);
            }
        }
    }
}

/// A word's runs of Japanese and of other script ("nato加盟国": "nato",
/// "加盟国"), each with whether it is Japanese.
fn script_runs(word: &str) -> Vec<(&str, bool)> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (at, c) in word.char_indices() {
        let cjk = is_cjk(c);
        if current.is_some_and(|kind| kind != cjk) {
            runs.push((&word[start..at], !cjk));
            start = at;
        }
        current = Some(cjk);
    }
    if let Some(kind) = current {
        runs.push((&word[start..], kind));
    }
    runs
}

/// The words of a folded text: runs of letters and digits.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The search terms of a query: its folded words, deduplicated, without
/// those that begin another term (they add nothing to a word-prefix match).
///
/// Japanese runs become their pairs of characters (a single character
/// stays alone): each must occur, as a prefix match finds it among the
/// pairs [`index_terms`] indexes.
pub fn query_terms(query: &str) -> Vec<String> {
    let folded = fold(&compose_voiced_marks(query));
    let mut terms: Vec<String> = Vec::new();
    for word in words(&folded) {
        for (run, cjk) in script_runs(word) {
            let chars: Vec<char> = run.chars().collect();
            if cjk && chars.len() > 1 {
                terms.extend(chars.windows(2).map(|pair| pair.iter().collect::<String>()));
            } else {
                terms.push(run.to_owned());
            }
        }
    }
    terms.sort();
    terms.dedup();
    let all = terms.clone();
    terms.retain(|t| {
        !all.iter()
            .any(|other| other != t && other.starts_with(t.as_str()))
    });
    terms
}

/// A run of text, and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    /// Part of a search match: shown highlighted.
    pub hit: bool,
    /// The glossary entry (index into the glossary) this run spells, if any.
    pub term: Option<usize>,
}

/// Finds glossary spellings (terms and aliases) as whole words in text.
#[derive(Clone, Debug, Default)]
pub struct GlossaryMatcher {
    /// (spelling as chars, glossary index), longest spellings first.
    spellings: Vec<(Vec<char>, usize)>,
}

impl GlossaryMatcher {
    /// `entries` gives each glossary index with its spellings.
    pub fn new<'a>(entries: impl IntoIterator<Item = (usize, Vec<&'a str>)>) -> GlossaryMatcher {
        let mut spellings: Vec<(Vec<char>, usize)> = entries
            .into_iter()
            .flat_map(|(index, words)| words.into_iter().map(move |w| (w.chars().collect(), index)))
            .filter(|(chars, _): &(Vec<char>, usize)| !chars.is_empty())
            .collect();
        spellings.sort_by_key(|(chars, _)| std::cmp::Reverse(chars.len()));
        GlossaryMatcher { spellings }
    }

    /// Occurrences as (start, end, glossary index) in char positions,
    /// not overlapping, in order. Acronyms match case-sensitively.
    pub fn find(&self, chars: &[char]) -> Vec<(usize, usize, usize)> {
        let is_word = |c: char| c.is_alphanumeric();
        let mut found = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let at_word_start = i == 0 || !is_word(chars[i - 1]);
            let hit = at_word_start
                .then(|| {
                    self.spellings.iter().find(|(spelling, _)| {
                        let end = i + spelling.len();
                        end <= chars.len()
                            && chars[i..end] == spelling[..]
                            && (end == chars.len() || !is_word(chars[end]))
                    })
                })
                .flatten();
            match hit {
                Some((spelling, index)) => {
                    found.push((i, i + spelling.len(), *index));
                    i += spelling.len();
                }
                None => i += 1,
            }
        }
        found
    }
}

/// Splits text into runs for display: search matches marked, and the first
/// mention of each glossary term identified. Returns one plain segment when
/// there is nothing to mark.
pub fn annotate(text: &str, terms: &[String], glossary: Option<&GlossaryMatcher>) -> Vec<Segment> {
    let chars: Vec<char> = text.chars().collect();
    let folded: Vec<char> = chars.iter().copied().map(fold_char).collect();

    // Search matches words by their beginning, so highlight only there.
    let mut hit = vec![false; chars.len()];
    for term in terms {
        let term: Vec<char> = term.chars().collect();
        if term.is_empty() || term.len() > folded.len() {
            continue;
        }
        for start in 0..=folded.len() - term.len() {
            // Japanese has no word starts: a pair matches anywhere, and a
            // word starts where the script changes ("NATO加盟国").
            let at_word_start = start == 0
                || !folded[start - 1].is_alphanumeric()
                || is_cjk(term[0])
                || is_cjk(folded[start - 1]);
            if at_word_start && folded[start..start + term.len()] == term[..] {
                hit[start..start + term.len()].fill(true);
            }
        }
    }
    // Which glossary occurrence each char belongs to (occurrence number, entry).
    let mut occurrence: Vec<Option<(usize, usize)>> = vec![None; chars.len()];
    if let Some(glossary) = glossary {
        let mut explained = Vec::new();
        for (n, (start, end, index)) in glossary.find(&chars).into_iter().enumerate() {
            if !explained.contains(&index) {
                explained.push(index);
                occurrence[start..end].fill(Some((n, index)));
            }
        }
    }

    let mut segments: Vec<Segment> = Vec::new();
    let mut previous: Option<(bool, Option<(usize, usize)>)> = None;
    for (i, c) in chars.iter().enumerate() {
        let key = (hit[i], occurrence[i]);
        if previous == Some(key) {
            segments
                .last_mut()
                .expect("a segment was started")
                .text
                .push(*c);
        } else {
            segments.push(Segment {
                text: c.to_string(),
                hit: hit[i],
                term: occurrence[i].map(|(_, index)| index),
            });
            previous = Some(key);
        }
    }
    segments
}

/// Percent-encodes a URL query component (RFC 3986 unreserved characters
/// stay as they are).
pub fn encode_query_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}
