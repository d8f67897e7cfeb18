//! The early search answers exactly as the app does: for queries drawn
//! from the data (words and their beginnings in both editions, Japanese
//! included, facets, years, order), the module's answer over the event
//! index as the build writes it (postcard, decoded) gives the app's events,
//! in the app's order, and the app's address.

use std::sync::OnceLock;

use early_search::{answer, respond, Answer};
use explorer_core::data::{self, translations_for_build, EventType};
use explorer_core::logic::text::{fold, words};
use explorer_core::logic::{Catalog, EventIndex, Lang};
use proptest::prelude::*;

/// Both editions' catalogs, as the app builds them.
fn catalog(lang: Lang) -> &'static Catalog {
    static CATALOGS: OnceLock<[Catalog; 2]> = OnceLock::new();
    let [en, ja] = CATALOGS.get_or_init(|| {
        Lang::ALL.map(|lang| {
            Catalog::for_edition(lang, data::bundled(), || translations_for_build().unwrap())
        })
    });
    match lang {
        Lang::En => en,
        Lang::Ja => ja,
    }
}

/// Each edition's event index as the module receives it: written by the
/// build tool's code, read back from bytes.
fn index(lang: Lang) -> &'static EventIndex {
    static INDEXES: OnceLock<[EventIndex; 2]> = OnceLock::new();
    let [en, ja] = INDEXES.get_or_init(|| {
        Lang::ALL.map(|lang| {
            let bytes = postcard::to_allocvec(&catalog(lang).event_index()).unwrap();
            postcard::from_bytes(&bytes).unwrap()
        })
    });
    match lang {
        Lang::En => en,
        Lang::Ja => ja,
    }
}

/// What the app shows for query pairs: `/timeline` (no pinned topic) or a
/// topic's page (`src/routes/topic.rs` pins the topic over the reader's
/// filters; the address keeps only the reader's).
fn app(lang: Lang, pairs: &[(String, String)], pinned: Option<&str>) -> Answer {
    let catalog = catalog(lang);
    let mut filters = catalog.filters_from_query(|key| {
        pairs
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .collect()
    });
    let query = filters.to_query_string();
    if let Some(topic) = pinned {
        filters.topics = vec![topic.to_owned()];
    }
    Answer {
        query,
        positions: catalog.filter(&filters),
    }
}

/// Words of every event's title and summary in one edition, folded.
fn vocabulary(lang: Lang) -> Vec<String> {
    let mut all: Vec<String> = catalog(lang)
        .data
        .events
        .iter()
        .flat_map(|e| {
            let text = fold(&format!("{} {}", e.title, e.summary));
            words(&text).map(str::to_owned).collect::<Vec<_>>()
        })
        .collect();
    all.sort();
    all.dedup();
    all
}

/// A search text: one or two words of the edition's text, each whole or
/// cut short (Japanese runs included), or text no event has.
fn query_text(lang: Lang) -> impl Strategy<Value = String> {
    let words = vocabulary(lang);
    let word = (0..words.len(), 1usize..12)
        .prop_map(move |(at, keep)| words[at].chars().take(keep).collect::<String>());
    prop_oneof![
        Just(String::new()),
        word.clone(),
        (word.clone(), word).prop_map(|(a, b)| format!("{a} {b}")),
        Just("zzzz-nothing".to_owned()),
    ]
}

fn ids(lang: Lang, pick: fn(&Catalog) -> Vec<String>) -> Vec<String> {
    pick(catalog(lang))
}

fn pairs(lang: Lang) -> impl Strategy<Value = Vec<(String, String)>> {
    let topics = ids(lang, |c| {
        c.data.topics.iter().map(|t| t.id.clone()).collect()
    });
    let actors = ids(lang, |c| {
        c.data.actors.iter().map(|a| a.id.clone()).collect()
    });
    let sources = ids(lang, |c| {
        c.data.sources.iter().map(|s| s.id.clone()).collect()
    });
    let one_of = |ids: Vec<String>| prop::sample::subsequence(ids.clone(), 0..=2.min(ids.len()));
    (
        query_text(lang),
        one_of(topics),
        prop::sample::subsequence(EventType::ALL.to_vec(), 0..=2),
        one_of(actors),
        one_of(sources),
        prop::option::of(1990..2026i32),
        prop::option::of(1990..2026i32),
        any::<bool>(),
        // An id no record has, and a malformed year: dropped by both.
        any::<bool>(),
    )
        .prop_map(
            |(q, topics, types, actors, sources, from, to, newest, junk)| {
                let mut pairs = vec![("q".to_owned(), q)];
                pairs.extend(topics.into_iter().map(|t| ("topic".to_owned(), t)));
                pairs.extend(
                    types
                        .into_iter()
                        .map(|t| ("type".to_owned(), t.slug().to_owned())),
                );
                pairs.extend(actors.into_iter().map(|a| ("actor".to_owned(), a)));
                pairs.extend(sources.into_iter().map(|s| ("source".to_owned(), s)));
                pairs.extend(from.map(|y| ("from".to_owned(), y.to_string())));
                pairs.extend(to.map(|y| ("to".to_owned(), y.to_string())));
                if newest {
                    pairs.push(("sort".to_owned(), "newest".to_owned()));
                }
                if junk {
                    pairs.push(("topic".to_owned(), "no-such-topic".to_owned()));
                    pairs.push(("from".to_owned(), "19x".to_owned()));
                    pairs.push(("embed".to_owned(), "1".to_owned()));
                }
                pairs
            },
        )
}

fn topic_page(lang: Lang) -> impl Strategy<Value = Option<String>> {
    let topics = ids(lang, |c| {
        c.data.topics.iter().map(|t| t.id.clone()).collect()
    });
    prop::option::of(prop::sample::select(topics))
}

fn check(
    lang: Lang,
    pairs: &[(String, String)],
    pinned: Option<String>,
) -> Result<(), TestCaseError> {
    let early = answer(index(lang), pairs, pinned.as_deref());
    let app = app(lang, pairs, pinned.as_deref());
    prop_assert_eq!(early, app, "{:?} {:?} {:?}", lang, pairs, pinned);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn english_answers_as_the_app(pairs in pairs(Lang::En), pinned in topic_page(Lang::En)) {
        check(Lang::En, &pairs, pinned)?;
    }

    #[test]
    fn japanese_answers_as_the_app(pairs in pairs(Lang::Ja), pinned in topic_page(Lang::Ja)) {
        check(Lang::Ja, &pairs, pinned)?;
    }
}

/// The queries drawn above find something: a test whose every query found
/// nothing (or everything) would prove little.
#[test]
fn drawn_words_find_some_events_and_not_all() {
    for lang in Lang::ALL {
        let total = catalog(lang).data.events.len();
        let some = vocabulary(lang)
            .iter()
            .filter(|word| {
                let pairs = [("q".to_owned(), (*word).clone())];
                let found = answer(index(lang), &pairs, None).positions.len();
                found > 0 && found < total
            })
            .count();
        assert!(some > 100, "{lang:?}: only {some} words narrow the list");
    }
}

#[test]
fn japanese_text_finds_events_in_the_japanese_edition_only() {
    let pairs = [("q".to_owned(), "サイバー".to_owned())];
    assert!(!answer(index(Lang::Ja), &pairs, None).positions.is_empty());
    assert!(answer(index(Lang::En), &pairs, None).positions.is_empty());
}

#[test]
fn a_response_is_the_query_the_count_and_the_events() {
    let english = index(Lang::En);
    let response = respond(
        english,
        "\0/timeline\0q\0cyber\0embed\0x\0topic\0cyber-defence",
    );
    let mut lines = response.lines();
    assert_eq!(lines.next(), Some("?q=cyber&topic=cyber-defence"));
    let count = lines.next().unwrap();
    let chips = lines.next().unwrap();
    assert!(
        chips.contains(r#"href="/timeline?topic=cyber-defence""#),
        "{chips}"
    );
    assert!(chips.contains("Cyber"), "{chips}");
    let events: Vec<&str> = lines.collect();
    assert_eq!(count, format!("{} events", events.len()));
    assert!(!events.is_empty());
    for line in events {
        let (at, id) = line.split_once('\t').unwrap();
        let at: usize = at.parse().unwrap();
        assert_eq!(catalog(Lang::En).data.events[at].id, id);
    }
    // A topic's page: the topic is pinned, not written to the address.
    let pinned = respond(english, "cyber-defence\0/topics/cyber-defence\0q\0japan");
    assert!(pinned.starts_with("?q=japan\n"));
    assert_eq!(
        respond(index(Lang::Ja), "\0/ja/timeline\0q\0サイバー")
            .lines()
            .nth(1)
            .unwrap(),
        format!(
            "出来事{}件",
            answer(index(Lang::Ja), &[("q".into(), "サイバー".into())], None)
                .positions
                .len()
        )
    );
}
