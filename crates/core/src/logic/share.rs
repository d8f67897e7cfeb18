//! The link-preview image of every page ("share card"): which card a page
//! shows, what the card says, and the card as SVG. The native
//! `share-images` tool (`crates/share-images`) measures text with the
//! bundled font and renders each card to a 1200×630 PNG; the prerender
//! tool names it in the page's `og:image`.
//!
//! Text is measured through a caller's function, so this module stays pure
//! and its line breaking is tested here with a stand-in measure.

use std::collections::VecDeque;

use super::catalog::Catalog;
use super::lang::Lang;
use super::markup::Markup;
use super::strings::Strings;
use crate::data::Event;

/// The size of every card, as link previews want it (1.91:1).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// Up to this many events, each event has a card of its own; past it, an
/// event's pages show its first topic's card (or the site's), so that the
/// build's time and size do not grow with the number of events. A card
/// costs the build about 25 ms (both cores drawing) and 35–45 kB
/// (`bench/results/share-images.md`): at 5,000 events the cards alone took
/// 250 s and 438 MB.
pub const EVENT_CARDS_UP_TO: usize = 1_000;

/// The font family the cards are drawn in; the tool bundles it.
pub const FONT_FAMILY: &str = "Noto Sans CJK JP";

/// Which card a page shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CardKey {
    /// The explorer itself: every page without a card of its own.
    Site,
    Topic(String),
    Event(String),
}

impl CardKey {
    /// A name for the card's file, from ids (which are slugs).
    pub fn slug(&self) -> String {
        match self {
            CardKey::Site => "site".to_owned(),
            CardKey::Topic(id) => format!("topic-{id}"),
            CardKey::Event(id) => format!("event-{id}"),
        }
    }
}

/// The card of a page, from its path below the edition ("events/x",
/// "story/x", "topics/y", "timeline").
pub fn card_for_page(catalog: &Catalog, path: &str) -> CardKey {
    let event = path
        .strip_prefix("events/")
        .or_else(|| path.strip_prefix("story/"));
    if let Some(event) = event.and_then(|id| catalog.event(id)) {
        if catalog.data.events.len() <= EVENT_CARDS_UP_TO {
            return CardKey::Event(event.id.clone());
        }
        return match event.topics.first() {
            Some(topic) => CardKey::Topic(topic.clone()),
            None => CardKey::Site,
        };
    }
    match path
        .strip_prefix("topics/")
        .and_then(|id| catalog.topic(id))
    {
        Some(topic) => CardKey::Topic(topic.id.clone()),
        None => CardKey::Site,
    }
}

/// Every card an edition's pages show: the site's, each topic's, and each
/// event's up to [`EVENT_CARDS_UP_TO`] events.
pub fn all_cards(catalog: &Catalog) -> Vec<CardKey> {
    let data = &catalog.data;
    let mut keys = vec![CardKey::Site];
    keys.extend(data.topics.iter().map(|t| CardKey::Topic(t.id.clone())));
    if data.events.len() <= EVENT_CARDS_UP_TO {
        keys.extend(data.events.iter().map(|e| CardKey::Event(e.id.clone())));
    }
    keys
}

/// What a card says, in its edition.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub lang: Lang,
    /// What the page is: an event's type, "Topic", the site's own line.
    pub kicker: String,
    pub title: String,
    /// The event's date as precisely as it is known, or a span of years.
    pub date: String,
    pub site_name: String,
    /// The chronology as a strip: every event's year, and which are this
    /// card's (drawn brighter).
    pub years: Vec<(i32, bool)>,
    pub span: (i32, i32),
}

/// The words a card needs that the app never shows (kept out of the
/// interface strings, so that neither edition's module carries them).
struct CardWords {
    topic: &'static str,
    site_kicker: &'static str,
    events: fn(usize) -> String,
    years: fn(i32, i32) -> String,
    joined: fn(&str, &str) -> String,
    alt: fn(&Card) -> String,
}

fn words(lang: Lang) -> CardWords {
    match lang {
        Lang::En => CardWords {
            topic: "Topic",
            site_kicker: "A sourced chronology",
            events: |n| match n {
                1 => "1 event".to_owned(),
                n => format!("{n} events"),
            },
            years: |a, b| match a == b {
                true => a.to_string(),
                false => format!("{a}–{b}"),
            },
            joined: |a, b| format!("{a}, {b}"),
            alt: |c| format!("{}: {}, {}. {}", c.kicker, c.title, c.date, c.site_name),
        },
        Lang::Ja => CardWords {
            topic: "テーマ",
            site_kicker: "典拠つきの年表",
            events: |n| format!("出来事{n}件"),
            years: |a, b| match a == b {
                true => format!("{a}年"),
                false => format!("{a}〜{b}年"),
            },
            joined: |a, b| format!("{a}・{b}"),
            alt: |c| format!("{}：{}（{}）。{}", c.kicker, c.title, c.date, c.site_name),
        },
    }
}

/// The card's content; `None` for an id the catalog does not have.
pub fn card(catalog: &Catalog, s: &Strings, key: &CardKey) -> Option<Card> {
    let w = words(s.lang);
    let events = &catalog.data.events;
    let mine = |event: &Event| match key {
        CardKey::Site => true,
        CardKey::Topic(id) => event.topics.contains(id),
        CardKey::Event(id) => event.id == *id,
    };
    let years = events
        .iter()
        .map(|e| (e.date.group_year(), mine(e)))
        .collect::<Vec<_>>();
    let span = catalog.year_span();
    let (kicker, title, date) = match key {
        CardKey::Site => (
            w.site_kicker.to_owned(),
            s.site_name.to_owned(),
            (w.joined)(
                &(w.events)(events.len()),
                &super::pages::coverage(catalog, s),
            ),
        ),
        CardKey::Topic(id) => {
            let topic = catalog.topic(id)?;
            let own: Vec<i32> = years.iter().filter(|y| y.1).map(|y| y.0).collect();
            let range = match (own.iter().min(), own.iter().max()) {
                (Some(&a), Some(&b)) => (w.joined)(&(w.events)(own.len()), &(w.years)(a, b)),
                _ => (w.events)(0),
            };
            (w.topic.to_owned(), topic.name.clone(), range)
        }
        CardKey::Event(id) => {
            let event = catalog.event(id)?;
            (
                s.event_type(event.kind).to_owned(),
                event.title.clone(),
                s.date(&event.date),
            )
        }
    };
    Some(Card {
        lang: s.lang,
        kicker,
        title,
        date,
        site_name: s.site_name.to_owned(),
        years,
        span,
    })
}

/// The image's text alternative (`og:image:alt`): what the card says.
pub fn alt(card: &Card) -> String {
    (words(card.lang).alt)(card)
}

/// Measures a line of text: its width in pixels at a font size, bold or
/// not, in the card's font.
pub type Measure<'a> = &'a dyn Fn(&str, f32, bool) -> f32;

/// Characters that may not begin a line in Japanese (kinsoku shori): they
/// stay with the character before them.
const NO_LINE_START: &str =
    "、。，．・：；？！ー）」』】〕〉》”’々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥,.;:!?)]}";
/// Characters that may not end a line: they go with the character after.
const NO_LINE_END: &str = "（「『【〔〈《“‘([{";

/// The pieces a line may break between: a word of Latin script with the
/// spaces after it, a word of katakana ("パートナーシップ"), or one other
/// Japanese character; punctuation that must stay beside its neighbour goes
/// with it.
fn break_units(text: &str) -> Vec<String> {
    let wide = |c: char| c as u32 >= 0x2E80;
    let katakana = |c: char| ('\u{30A0}'..='\u{30FF}').contains(&c) && c != '・';
    let mut units: Vec<String> = Vec::new();
    let mut glue_next = false;
    for c in text.chars() {
        let attach = match units.last() {
            None => false,
            Some(_) if glue_next || NO_LINE_START.contains(c) => true,
            Some(last) => {
                let prev = last.chars().last().unwrap_or(' ');
                !wide(c) && !c.is_whitespace() && !wide(prev) && !prev.is_whitespace()
                    || c.is_whitespace() && !wide(prev)
                    || katakana(c) && katakana(prev)
            }
        };
        match units.last_mut() {
            Some(last) if attach => last.push(c),
            _ => units.push(c.to_string()),
        }
        glue_next = NO_LINE_END.contains(c);
    }
    units
}

/// Breaks text into at most `max_lines` lines that each `fits`; the last
/// line ends in an ellipsis if the text does not fit. A word wider than a
/// whole line is broken between its characters. `None` only if a single
/// character does not fit.
pub fn wrap(
    text: &str,
    max_lines: usize,
    fits: &dyn Fn(&str) -> bool,
) -> Option<(Vec<String>, bool)> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut units: VecDeque<String> = break_units(text).into();
    while let Some(unit) = units.pop_front() {
        let candidate = format!("{line}{unit}");
        if fits(candidate.trim_end()) {
            line = candidate;
            continue;
        }
        if line.trim().is_empty() {
            if unit.chars().count() <= 1 {
                return None;
            }
            for c in unit.chars().rev() {
                units.push_front(c.to_string());
            }
            continue;
        }
        lines.push(line.trim_end().to_owned());
        if lines.len() == max_lines {
            // It does not fit: shorten the last line to end in "…".
            let mut last = lines.pop().unwrap_or_default();
            while !last.is_empty() && !fits(&format!("{}…", last.trim_end())) {
                last.pop();
            }
            lines.push(format!("{}…", last.trim_end()));
            return Some((lines, false));
        }
        line = String::new();
        units.push_front(unit.trim_start().to_owned());
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    Some((lines, true))
}

/// Colours: the site's theme (`theme-color`) and its accents.
const MARGIN: u32 = 80;
const INK: &str = "#f1faee";
const MUTED: &str = "#a8dadc";
const ACCENT: &str = "#e9c46a";
const GROUND: &str = "#1d3557";

/// The sizes a title may take, largest first, with the lines it may use.
const TITLE_SIZES: [(u32, usize); 4] = [(68, 3), (60, 3), (52, 4), (46, 4)];

/// The card as SVG, for the bundled font. A title takes the largest size at
/// which it fits whole (three lines, four at the smaller sizes), else the
/// smallest, ending in "…".
pub fn svg(card: &Card, measure: Measure) -> Markup {
    let width = (WIDTH - 2 * MARGIN) as f32;
    let mut title = (46, vec![card.title.clone()]);
    for (size, max_lines) in TITLE_SIZES {
        let fits = |text: &str| measure(text, size as f32, true) <= width;
        if let Some((lines, whole)) = wrap(&card.title, max_lines, &fits) {
            title = (size, lines);
            if whole {
                break;
            }
        }
    }
    let (size, lines) = title;

    let mut out = Markup::fill(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" font-family="{}"><rect width="{}" height="{}" fill="{}"/><rect width="12" height="{}" fill="{}"/>"#,
        &[
            &WIDTH,
            &HEIGHT,
            &FONT_FAMILY,
            &WIDTH,
            &HEIGHT,
            &GROUND,
            &HEIGHT,
            &ACCENT,
        ],
    );
    let mut text = |y: u32, size: u32, weight: u32, fill: &str, text: &str| {
        out.push(
            r#"<text x="{}" y="{}" font-size="{}" font-weight="{}" fill="{}">{}</text>"#,
            &[&MARGIN, &y, &size, &weight, &fill, &text],
        );
    };
    // The site's name above, unless the card is the site's own.
    if card.title != card.site_name {
        text(96, 28, 400, MUTED, &card.site_name);
    }
    text(160, 30, 700, ACCENT, &card.kicker);
    let mut y = 184 + size;
    for line in &lines {
        text(y, size, 700, INK, line);
        y += size * 122 / 100;
    }
    text(y + 18, 36, 400, INK, &card.date);
    strip(&mut out, card);
    out.push("</svg>", &[]);
    out
}

/// The chronology along the foot of the card: a dot per year with events,
/// the card's own larger and brighter, the first and last year at the ends.
fn strip(out: &mut Markup, card: &Card) {
    let (first, last) = card.span;
    let (left, right, y) = (MARGIN as i32, (WIDTH - MARGIN) as i32, 552);
    let x = |year: i32| left + (year - first) * (right - left) / (last - first).max(1);
    out.push(
        r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-opacity="0.5" stroke-width="2"/>"#,
        &[&left, &y, &right, &y, &MUTED],
    );
    let mut years = card.years.clone();
    years.sort_unstable();
    years.dedup();
    // A year drawn as the card's own is not drawn again beneath it.
    years.retain(|&(year, mine)| mine || !card.years.contains(&(year, true)));
    for (year, mine) in years {
        let (r, fill) = if mine { (9, ACCENT) } else { (5, MUTED) };
        out.push(
            r#"<circle cx="{}" cy="{}" r="{}" fill="{}"/>"#,
            &[&x(year), &y, &r, &fill],
        );
    }
    for (year, anchor, at) in [(first, "start", left), (last, "end", right)] {
        out.push(
            r#"<text x="{}" y="{}" font-size="22" fill="{}" text-anchor="{}">{}</text>"#,
            &[&at, &(y + 42), &MUTED, &anchor, &year],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for the font: Latin half as wide as Japanese.
    fn fits(width: f32) -> impl Fn(&str) -> bool {
        move |text: &str| {
            let w: f32 = text
                .chars()
                .map(|c| if c as u32 >= 0x2E80 { 1.0 } else { 0.5 })
                .sum();
            w <= width
        }
    }

    #[test]
    fn english_breaks_between_words() {
        let (lines, whole) = wrap("Japan and NATO sign a partnership", 3, &fits(6.0)).unwrap();
        assert!(whole);
        assert_eq!(lines, ["Japan and", "NATO sign a", "partnership"]);
    }

    #[test]
    fn japanese_breaks_between_characters_keeping_marks_and_latin_words() {
        let title = "日本とNATOの「協力」が、国際安全保障の課題へ。";
        for width in [3.0, 4.0, 5.0, 7.0, 11.0] {
            let (lines, whole) = wrap(title, 20, &fits(width)).unwrap();
            assert!(whole);
            assert_eq!(lines.concat(), title, "nothing lost or added");
            for line in &lines {
                assert!(fits(width)(line), "{line} is too wide for {width}");
                let first = line.chars().next().unwrap();
                let last = line.chars().last().unwrap();
                assert!(!NO_LINE_START.contains(first), "{lines:?} at {width}");
                assert!(!NO_LINE_END.contains(last), "{lines:?} at {width}");
                assert!(
                    !line.starts_with("ATO") && !line.ends_with("NAT"),
                    "{lines:?}"
                );
            }
        }
    }

    #[test]
    fn too_long_ends_in_an_ellipsis() {
        let (lines, whole) = wrap("one two three four five six", 2, &fits(5.0)).unwrap();
        assert!(!whole);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken_between_its_letters() {
        let (lines, whole) = wrap("Interoperability now", 3, &fits(4.0)).unwrap();
        assert!(whole);
        assert_eq!(lines, ["Interope", "rability", "now"]);
    }

    #[test]
    fn katakana_words_stay_whole_and_break_after_a_middle_dot() {
        let (lines, _) = wrap("日NATOパートナーシップ・エクスプローラー", 3, &fits(12.0)).unwrap();
        assert_eq!(lines, ["日NATOパートナーシップ・", "エクスプローラー"]);
    }
}
