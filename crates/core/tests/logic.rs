//! Filtering, search, highlighting, URL round trips and exports over the
//! bundled dataset, with property tests where the inputs vary.
//!
//! Long (about 780 lines) because it is every behaviour a reader relies on
//! in the list, in one place, sections marked `// --- …`; a new filter's
//! tests go beside the others'.

use explorer_core::data::{self, Event, EventType};
use explorer_core::logic::export::{citation, events_csv, events_json};
use explorer_core::logic::filters::{query_string, ActiveFilter, Facet};
use explorer_core::logic::strings::{EN, JA};
use explorer_core::logic::text::{annotate, fold, query_terms, GlossaryMatcher};
use explorer_core::logic::{Catalog, Filters, SortOrder};
use proptest::prelude::*;
use std::sync::OnceLock;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::new(data::bundled()))
}

/// Decodes `?a=1&b=2` as a browser would, for round-trip checks.
fn parse_query(query: &str) -> Vec<(String, String)> {
    fn decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' && i + 2 < bytes.len() {
                out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn filters_from(pairs: &[(&str, &str)]) -> Filters {
    catalog().filters_from_query(|key| {
        pairs
            .iter()
            .filter(|(k, _)| *k == key)
            .map(|(_, v)| v.to_string())
            .collect()
    })
}

fn ids(positions: &[usize]) -> Vec<&'static str> {
    positions
        .iter()
        .map(|&i| catalog().data.events[i].id.as_str())
        .collect()
}

// --- Text -----------------------------------------------------------------

#[test]
fn folding_ignores_case_accents_and_typographic_marks() {
    assert_eq!(
        fold("Japan–NATO ‘Partners’ Café Ōsaka"),
        "japan-nato 'partners' cafe osaka"
    );
    assert_eq!(
        query_terms("  Maritime  maritime MARITIME "),
        vec!["maritime"]
    );
    assert_eq!(
        query_terms("sea seas"),
        vec!["seas"],
        "a term inside another adds nothing"
    );
}

#[test]
fn annotate_marks_matches_and_first_glossary_mention() {
    let matcher = GlossaryMatcher::new([(0, vec!["IPCP"]), (1, vec!["ITPP", "ITTP"])]);
    let segments = annotate(
        "The IPCP and the ITTP, then IPCP again; IPCPs no.",
        &["ipcp".into()],
        Some(&matcher),
    );
    let terms: Vec<_> = segments
        .iter()
        .filter_map(|s| s.term.map(|t| (s.text.as_str(), t)))
        .collect();
    assert_eq!(
        terms,
        vec![("IPCP", 0), ("ITTP", 1)],
        "first mention of each, whole words only"
    );
    let hits: Vec<_> = segments
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(hits, vec!["IPCP", "IPCP", "IPCP"]);
}

/// The edges: a spelling at the very end of a text, several in a row, a
/// match as long as the whole text, a word's middle never highlighted, a
/// single Japanese character kept as a term.
#[test]
fn glossary_and_highlights_hold_at_the_edges_of_a_text() {
    let matcher = GlossaryMatcher::new([(0, vec!["IPCP"]), (1, vec!["ITPP"])]);
    let text: Vec<char> = "x IPCP IPCP ITPP".chars().collect();
    assert_eq!(matcher.find(&text), [(2, 6, 0), (7, 11, 0), (12, 16, 1)]);
    let text: Vec<char> = "about ITPP".chars().collect();
    assert_eq!(matcher.find(&text), [(6, 10, 1)]);
    let text: Vec<char> = "ITPPs".chars().collect();
    assert!(matcher.find(&text).is_empty(), "a whole word only");

    let hits = |text: &str, term: &str| -> Vec<String> {
        annotate(text, &[term.to_owned()], None)
            .into_iter()
            .filter(|s| s.hit)
            .map(|s| s.text)
            .collect()
    };
    assert_eq!(
        hits("NATO", "nato"),
        ["NATO"],
        "a match as long as the text"
    );
    assert!(hits("the senate", "nate").is_empty(), "never inside a word");
    assert_eq!(hits("senate, nate", "nate"), ["nate"]);
    assert_eq!(
        hits("NATO加盟国", "加盟"),
        ["加盟"],
        "Japanese pairs match anywhere"
    );
    assert_eq!(
        hits("日本とNATO", "nato"),
        ["NATO"],
        "a word starts where the script changes"
    );

    assert_eq!(query_terms("防"), ["防"]);
    assert_eq!(query_terms("防衛"), ["防衛"]);
    assert_eq!(query_terms("安全保障"), ["保障", "全保", "安全"]);
}

proptest! {
    #[test]
    fn folding_keeps_length_and_is_idempotent(text in "\\PC{0,60}") {
        let folded = fold(&text);
        prop_assert_eq!(folded.chars().count(), text.chars().count());
        prop_assert_eq!(fold(&folded), folded.clone());
    }

    #[test]
    fn annotated_segments_rebuild_the_text(text in "\\PC{0,80}", query in "[a-zA-Zé ]{0,12}") {
        let matcher = GlossaryMatcher::new([(0, vec!["NATO"]), (1, vec!["ITPP"])]);
        let segments = annotate(&text, &query_terms(&query), Some(&matcher));
        let rebuilt: String = segments.iter().map(|s| s.text.as_str()).collect();
        prop_assert_eq!(rebuilt, text);
        for segment in segments.iter().filter(|s| s.hit) {
            let folded = fold(&segment.text);
            prop_assert!(query_terms(&query).iter().any(|t| folded.contains(t.as_str()) || t.contains(folded.as_str())));
        }
    }
}

// --- Filters and the URL ----------------------------------------------------

#[test]
fn unknown_and_malformed_parameters_are_dropped() {
    let filters = filters_from(&[
        ("topic", "maritime-security"),
        ("topic", "no-such-topic"),
        ("topic", "maritime-security"),
        ("type", "party"),
        ("type", "exercise"),
        ("actor", "nobody"),
        ("source", "isozaki-ewc"),
        ("from", "20x3"),
        ("to", "99999"),
        ("sort", "sideways"),
        ("embed", "1"),
    ]);
    assert_eq!(filters.topics, vec!["maritime-security"]);
    assert_eq!(filters.types, vec![EventType::Exercise]);
    assert!(filters.actors.is_empty());
    assert_eq!(filters.sources, vec!["isozaki-ewc"]);
    assert_eq!((filters.from, filters.to), (None, None));
    assert_eq!(filters.sort, SortOrder::OldestFirst);
}

#[test]
fn a_reversed_year_range_is_put_in_order() {
    let filters = filters_from(&[("from", "2020"), ("to", "2010")]);
    assert_eq!((filters.from, filters.to), (Some(2010), Some(2020)));
}

#[test]
fn repeated_facets_are_all_kept_and_counted() {
    let mut filters = filters_from(&[
        ("actor", "kishida-fumio"),
        ("actor", "abe-shinzo"),
        ("actor", "kishida-fumio"),
        ("source", "nato-relations"),
        ("type", "meeting"),
        ("from", "2013"),
        ("q", "summit"),
    ]);
    assert_eq!(
        filters.chosen(Facet::Actor),
        ["kishida-fumio", "abe-shinzo"]
    );
    assert_eq!(filters.chosen(Facet::Source), ["nato-relations"]);
    // Search and order do not count as facets.
    assert_eq!(filters.active_facets(), 5);
    filters
        .chosen_mut(Facet::Actor)
        .retain(|a| a != "abe-shinzo");
    assert_eq!(
        filters.to_query_string(),
        "?q=summit&type=meeting&actor=kishida-fumio&source=nato-relations&from=2013"
    );
}

#[test]
fn the_query_string_is_canonical_and_encoded() {
    let filters = filters_from(&[
        ("sort", "newest"),
        ("q", "Abe & NATO?"),
        ("topic", "china"),
        ("from", "2013"),
    ]);
    assert_eq!(
        filters.to_query_string(),
        "?q=Abe%20%26%20NATO%3F&topic=china&from=2013&sort=newest"
    );
    assert_eq!(Filters::default().to_query_string(), "");
    assert_eq!(query_string(&[]), "");
}

fn any_filters() -> impl Strategy<Value = Filters> {
    let c = catalog();
    let topics: Vec<String> = c.data.topics.iter().map(|t| t.id.clone()).collect();
    let actors: Vec<String> = c.data.actors.iter().map(|a| a.id.clone()).collect();
    let places: Vec<String> = c.data.places.iter().map(|p| p.id.clone()).collect();
    let sources: Vec<String> = c.data.sources.iter().map(|s| s.id.clone()).collect();
    (
        "[a-zA-Z0-9 é&?=%+/–]{0,16}",
        proptest::sample::subsequence(topics, 0..4),
        proptest::sample::subsequence(EventType::ALL.to_vec(), 0..3),
        proptest::sample::subsequence(actors, 0..2),
        proptest::sample::subsequence(places, 0..2),
        proptest::sample::subsequence(sources, 0..2),
        proptest::option::of(1985i32..2025),
        proptest::option::of(1985i32..2025),
        any::<bool>(),
    )
        .prop_map(
            |(q, topics, types, actors, places, sources, from, to, newest)| {
                let (from, to) = match (from, to) {
                    (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                    other => other,
                };
                Filters {
                    q,
                    topics,
                    types,
                    actors,
                    places,
                    sources,
                    from,
                    to,
                    sort: if newest {
                        SortOrder::NewestFirst
                    } else {
                        SortOrder::OldestFirst
                    },
                }
            },
        )
}

/// Filters a reader would set, drawn so that most find events: each is
/// built around one event (a word of its title, whole or its first letters;
/// one of its topics, its type, one of its actors or sources; a first year
/// at or before its own), each part present or not, and now and then one
/// value of any event instead, which may find nothing. [`any_filters`] draws
/// anything, for the address round trips; on the real data most of its
/// draws find nothing, so properties about results would hold on empty lists.
fn readers_filters() -> impl Strategy<Value = Filters> {
    let events = catalog().data.events.len();
    let parts = proptest::collection::vec(0u8..8, 8);
    (
        0..events,
        0..events,
        any::<proptest::sample::Index>(),
        3usize..12,
        parts,
        any::<bool>(),
    )
        .prop_map(|(at, other, pick, letters, parts, newest)| {
            let c = catalog();
            // Part i: 0 to 2 absent, 3 to 6 from the event, 7 from the other.
            let from = |i: usize| match parts[i] {
                3..=6 => Some(&c.data.events[at]),
                7 => Some(&c.data.events[other]),
                _ => None,
            };
            let one = |values: Vec<String>| -> Vec<String> {
                if values.is_empty() {
                    Vec::new()
                } else {
                    vec![pick.get(&values).clone()]
                }
            };
            let q = from(0).map_or_else(String::new, |e| {
                let words: Vec<String> = fold(&e.title)
                    .split(|ch: char| !ch.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 3)
                    .map(str::to_owned)
                    .collect();
                one(words)
                    .first()
                    .map_or_else(String::new, |w| w.chars().take(letters).collect())
            });
            Filters {
                q,
                topics: from(1).map_or_else(Vec::new, |e| one(e.topics.clone())),
                types: from(2).map_or_else(Vec::new, |e| vec![e.kind]),
                actors: from(3).map_or_else(Vec::new, |e| one(e.actors.clone())),
                sources: from(4).map_or_else(Vec::new, |e| {
                    one(e.evidence.iter().map(|ev| ev.source.clone()).collect())
                }),
                places: from(7).map_or_else(Vec::new, |e| one(e.places.clone())),
                from: from(5).map(|e| e.date.year_range().0),
                to: from(6).map(|e| e.date.year_range().1),
                sort: if newest {
                    SortOrder::NewestFirst
                } else {
                    SortOrder::OldestFirst
                },
            }
        })
}

/// The strategy above does what it says: most of its draws (about three in
/// five on the data of December 2026) find events, so
/// the properties over results test something.
#[test]
fn most_drawn_filters_find_events() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = readers_filters();
    let draws = 400;
    let found = (0..draws)
        .filter(|_| {
            let filters = strategy.new_tree(&mut runner).unwrap().current();
            !catalog().filter(&filters).is_empty()
        })
        .count();
    assert!(
        found * 2 > draws,
        "only {found} of {draws} draws find events"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn filters_survive_a_round_trip_through_the_url(filters in any_filters()) {
        let pairs = parse_query(&filters.to_query_string());
        let back = catalog().filters_from_query(|key| {
            pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect()
        });
        let mut expected = filters.clone();
        if expected.q.trim().is_empty() {
            expected.q.clear();
        }
        prop_assert_eq!(back, expected);
    }

    /// The chips above the results: one per filter in force (the years as
    /// one), each leading to the filters without exactly it.
    #[test]
    fn each_active_filter_removes_exactly_itself(filters in any_filters()) {
        let active = filters.each_active();
        let expected_count = usize::from(!filters.q.trim().is_empty())
            + filters.topics.len() + filters.types.len() + filters.actors.len() + filters.places.len() + filters.sources.len()
            + usize::from(filters.from.is_some() || filters.to.is_some());
        prop_assert_eq!(active.len(), expected_count);
        prop_assert_eq!(active.is_empty(), !filters.is_active());
        for (filter, without) in &active {
            let mut expected = filters.clone();
            match filter {
                ActiveFilter::Search(_) => expected.q.clear(),
                ActiveFilter::Topic(id) => expected.topics.retain(|t| t != id),
                ActiveFilter::Type(kind) => expected.types.retain(|t| t != kind),
                ActiveFilter::Actor(id) => expected.actors.retain(|a| a != id),
                ActiveFilter::Place(id) => expected.places.retain(|p| p != id),
                ActiveFilter::Source(id) => expected.sources.retain(|s| s != id),
                ActiveFilter::Years(from, to) => {
                    prop_assert_eq!((*from, *to), (filters.from, filters.to));
                    (expected.from, expected.to) = (None, None);
                }
            }
            prop_assert_eq!(without, &expected);
        }
    }

    #[test]
    fn every_result_satisfies_every_filter(filters in readers_filters()) {
        let c = catalog();
        for &at in &c.filter(&filters) {
            let event = &c.data.events[at];
            let (first, last) = event.date.year_range();
            prop_assert!(filters.topics.is_empty() || event.topics.iter().any(|t| filters.topics.contains(t)));
            prop_assert!(filters.types.is_empty() || filters.types.contains(&event.kind));
            prop_assert!(filters.actors.is_empty() || event.actors.iter().any(|a| filters.actors.contains(a)));
            prop_assert!(filters.places.is_empty() || event.places.iter().any(|p| filters.places.contains(p)));
            prop_assert!(filters.sources.is_empty() || event.evidence.iter().any(|e| filters.sources.contains(&e.source)));
            prop_assert!(filters.from.is_none_or(|f| last >= f));
            prop_assert!(filters.to.is_none_or(|t| first <= t));
        }
    }

    /// And the other way: every event that passes the facets and has a title
    /// word beginning with the query is found.
    #[test]
    fn every_event_that_matches_is_found(filters in readers_filters()) {
        let c = catalog();
        let results = c.filter(&filters);
        let query = fold(filters.q.trim());
        for (at, event) in c.data.events.iter().enumerate() {
            let (first, last) = event.date.year_range();
            let passes = (filters.topics.is_empty() || event.topics.iter().any(|t| filters.topics.contains(t)))
                && (filters.types.is_empty() || filters.types.contains(&event.kind))
                && (filters.actors.is_empty() || event.actors.iter().any(|a| filters.actors.contains(a)))
                && (filters.places.is_empty() || event.places.iter().any(|p| filters.places.contains(p)))
                && (filters.sources.is_empty() || event.evidence.iter().any(|e| filters.sources.contains(&e.source)))
                && filters.from.is_none_or(|f| last >= f)
                && filters.to.is_none_or(|t| first <= t);
            let in_title = query.is_empty()
                || fold(&event.title).split(|ch: char| !ch.is_alphanumeric()).any(|w| w.starts_with(&query));
            if passes && in_title {
                prop_assert!(results.contains(&at), "{} is not found by {:?}", event.id, filters);
            }
        }
    }

    #[test]
    fn narrowing_never_adds_results(filters in readers_filters(), extra_type in proptest::sample::select(EventType::ALL.to_vec())) {
        let c = catalog();
        let mut fewer = filters.clone();
        fewer.q = format!("{} a", filters.q);
        let base = c.filter(&filters);
        prop_assert!(c.filter(&fewer).iter().all(|i| base.contains(i)));
        if filters.types.is_empty() {
            let mut typed = filters.clone();
            typed.types = vec![extra_type];
            prop_assert!(c.filter(&typed).iter().all(|i| base.contains(i)));
        }
    }

    #[test]
    fn each_order_follows_the_dates_and_keeps_the_same_events(filters in readers_filters()) {
        let c = catalog();
        let keys = |sort: SortOrder| {
            let mut f = filters.clone();
            f.sort = sort;
            c.filter(&f).into_iter().map(|i| (c.data.events[i].date.sort_key(), i)).collect::<Vec<_>>()
        };
        let (oldest, newest) = (keys(SortOrder::OldestFirst), keys(SortOrder::NewestFirst));
        prop_assert!(oldest.windows(2).all(|w| w[0].0 <= w[1].0), "oldest first is out of date order");
        prop_assert!(newest.windows(2).all(|w| w[0].0 >= w[1].0), "newest first is out of date order");
        let (mut a, mut b): (Vec<_>, Vec<_>) = (oldest.iter().map(|k| k.1).collect(), newest.iter().map(|k| k.1).collect());
        a.sort_unstable();
        b.sort_unstable();
        prop_assert_eq!(a, b);
    }
}

// --- Search and filters on the real data -------------------------------------

#[test]
fn no_filter_gives_every_event_oldest_first() {
    let all = catalog().filter(&Filters::default());
    assert_eq!(all.len(), catalog().data.events.len());
    assert_eq!(ids(&all)[0], "early-1990s-first-contacts");
}

#[test]
fn search_ignores_case_and_accents_and_covers_quotes_actors_and_acronyms() {
    let by = |q: &str| ids(&catalog().filter(&filters_from(&[("q", q)])));
    assert_eq!(by("gulf of aden"), by("GULF OF ADÉN"));
    assert!(by("gulf of aden").contains(&"2009-gulf-of-aden-counter-piracy"));
    // In a quote only.
    assert!(by("salaries and training").contains(&"by-2018-afghan-police-and-army-trust-funds"));
    // An actor's name, not in the event's own text.
    assert!(by("rasmussen").contains(&"2013-04-joint-political-declaration"));
    // An acronym's expansion.
    assert!(by("crisis management exercise").contains(&"2015-crisis-management-exercise"));
    assert!(by("individually tailored")
        .contains(&"2023-07-individually-tailored-partnership-programme"));
    // Every word must match.
    assert!(by("vilnius kishida")
        .iter()
        .all(|id| id.starts_with("2023-07")));
    assert!(by("zzzz no such words").is_empty());
}

/// A type's label finds every event of that type, in both editions'
/// catalogs (the Japanese one searches the English labels too).
#[test]
fn search_finds_every_event_by_its_type_label() {
    use explorer_core::logic::strings::english_type_label;
    for kind in EventType::ALL {
        let of_kind: Vec<&str> = catalog()
            .data
            .events
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.id.as_str())
            .collect();
        let found = ids(&catalog().filter(&filters_from(&[("q", english_type_label(kind))])));
        assert!(
            of_kind.iter().all(|id| found.contains(id)),
            "{kind:?}: {of_kind:?} not all in {found:?}"
        );
    }
    // No event's own words say "wider context" (data/events.json): only the
    // type's label finds these.
    let context = ids(&catalog().filter(&filters_from(&[("q", "wider context")])));
    assert!(!context.is_empty());
}

/// The chips name each filter in the edition's words, with the record's
/// name (not its id), say they remove it, link to the view without it, and
/// end with the chip that clears them all; the reader's text is escaped.
#[test]
fn chips_name_each_filter_and_escape_the_readers_text() {
    use explorer_core::logic::chips::{chips, chips_markup, ChipWords};
    let c = catalog();
    let topic = &c.data.topics[0];
    let actor = &c.data.actors[0];
    let source = &c.data.sources[0];
    let filters = filters_from(&[
        ("q", "<b>tokyo</b>"),
        ("topic", &topic.id),
        ("type", "exercise"),
        ("actor", &actor.id),
        ("source", &source.id),
        ("from", "2010"),
    ]);
    let name = |facet, id: &str| c.name_of(facet, id);
    for (s, words) in [(&EN, ChipWords::of(&EN)), (&JA, ChipWords::of(&JA))] {
        let found = chips(&words, name, &filters, "/timeline");
        let shown: Vec<(&str, &str)> = found
            .iter()
            .map(|chip| (chip.kind.as_str(), chip.value.as_str()))
            .collect();
        let kind = |k: &str| (s.chip_kind)(k);
        assert_eq!(
            shown,
            [
                (
                    kind(s.chip_search).as_str(),
                    (s.chip_search_value)("<b>tokyo</b>").as_str()
                ),
                (kind(s.chip_topic).as_str(), topic.name.as_str()),
                (kind(s.chip_type).as_str(), s.type_exercise),
                (kind(s.chip_actor).as_str(), actor.name.as_str()),
                (kind(s.chip_source).as_str(), source.title.as_str()),
                (
                    kind(s.chip_years).as_str(),
                    (s.chip_years_value)(Some(2010), None).as_str()
                ),
            ]
        );
        let markup =
            chips_markup(&words, name, &filters, "/timeline", "/timeline?clear").into_string();
        assert_eq!(
            markup.matches(s.chip_remove).count(),
            found.len(),
            "{markup}"
        );
        assert!(
            markup.ends_with(&format!(
                r#"<li><a class="clear-filters" href="/timeline?clear">{}</a></li>"#,
                s.clear_all_filters
            )),
            "{markup}"
        );
        assert!(
            markup.contains("&lt;b&gt;tokyo&lt;/b&gt;") && !markup.contains("<b>"),
            "{markup}"
        );
        for chip in &found {
            assert!(chip.href.starts_with("/timeline"), "{chip:?}");
        }
    }
    // An id the dataset lacks is shown as it is; no filters, no chips.
    assert_eq!(c.name_of(Facet::Topic, "no-such-topic"), None);
    assert!(chips_markup(&ChipWords::of(&EN), name, &Filters::default(), "/", "/").is_empty());
}

/// Any one filter makes the view filtered; a blank search or an order
/// alone does not.
#[test]
fn one_filter_of_any_kind_makes_the_view_filtered() {
    let none = Filters::default();
    assert!(!none.is_active());
    let blank = Filters {
        q: "   ".into(),
        sort: SortOrder::NewestFirst,
        ..Filters::default()
    };
    assert!(!blank.is_active());
    let each = [
        Filters {
            q: "tokyo".into(),
            ..Filters::default()
        },
        Filters {
            topics: vec!["t".into()],
            ..Filters::default()
        },
        Filters {
            types: vec![EventType::Exercise],
            ..Filters::default()
        },
        Filters {
            actors: vec!["a".into()],
            ..Filters::default()
        },
        Filters {
            sources: vec!["s".into()],
            ..Filters::default()
        },
        Filters {
            from: Some(2010),
            ..Filters::default()
        },
        Filters {
            to: Some(2010),
            ..Filters::default()
        },
    ];
    for filters in each {
        assert!(filters.is_active(), "{filters:?}");
    }
}

/// A checkbox adds its topic or type, and a second click takes it away,
/// leaving the others.
#[test]
fn a_topic_or_type_toggles() {
    let start = Filters {
        topics: vec!["a".into()],
        ..Filters::default()
    };
    let added = start.toggle_topic("b");
    assert_eq!(added.topics, ["a", "b"]);
    assert_eq!(added.toggle_topic("b"), start);
    assert_eq!(added.toggle_topic("a").topics, ["b"]);
    let typed = start.toggle_type(EventType::Exercise);
    assert_eq!(typed.types, [EventType::Exercise]);
    assert_eq!(typed.topics, start.topics);
    assert_eq!(typed.toggle_type(EventType::Exercise), start);
}

/// The index on its own: every event is findable, the last of 65 too (a
/// set of events spans 64-bit words), an acronym by its expansion, and it
/// counts its distinct words.
#[test]
fn the_search_index_finds_every_event_and_acronyms_by_their_expansion() {
    use explorer_core::logic::search::SearchIndexBuilder;
    let mut builder = SearchIndexBuilder::default();
    for at in 0..65 {
        builder.add(at, &format!("event{at} common"));
    }
    builder.add(64, "cmx cmx drill");
    builder.alias("cmx", "crisis management exercise");
    let index = builder.finish();
    let found = |term: &str| {
        let set = index.matching(&[term.to_owned()]).expect("a term");
        (0..70).filter(|&at| set.contains(at)).collect::<Vec<_>>()
    };
    assert_eq!(found("event64"), [64]);
    assert_eq!(found("common").len(), 65);
    assert_eq!(
        found("crisis"),
        [64],
        "the acronym's expansion finds its event"
    );
    assert_eq!(found("management"), [64]);
    assert!(
        index.matching(&[]).is_none(),
        "no terms: everything matches"
    );
    // event0..event64, common, cmx, drill, crisis, management, exercise.
    assert_eq!(index.len(), 65 + 6);
    assert!(!index.is_empty());
    assert!(SearchIndexBuilder::default().finish().is_empty());
}

#[test]
fn sort_orders_read_back_from_their_slugs() {
    for order in [SortOrder::OldestFirst, SortOrder::NewestFirst] {
        assert_eq!(SortOrder::from_slug(order.slug()), Some(order));
    }
    assert_eq!(SortOrder::from_slug("sideways"), None);
}

#[test]
fn facets_and_years_narrow_the_list() {
    let topic = catalog().filter(&filters_from(&[("topic", "cyber-defence")]));
    assert_eq!(
        ids(&topic),
        [
            "2013-04-joint-political-declaration",
            "by-2018-cyber-expert-at-ccdcoe",
            "by-2023-cyber-defence-exercise"
        ]
    );
    let both = catalog().filter(&filters_from(&[
        ("topic", "cyber-defence"),
        ("topic", "women-peace-security"),
    ]));
    assert_eq!(both.len(), 4, "several topics at once widen the list");
    let years = catalog().filter(&filters_from(&[("from", "2022"), ("to", "2022")]));
    assert!(
        ids(&years).iter().all(|id| id.contains("2022")),
        "{:?}",
        ids(&years)
    );
    let source = catalog().filter(&filters_from(&[("source", "ripe-2014")]));
    assert!(source.iter().all(|&i| catalog().data.events[i]
        .evidence
        .iter()
        .any(|e| e.source == "ripe-2014")));
    let newest = catalog().filter(&filters_from(&[("sort", "newest")]));
    assert_eq!(ids(&newest).last(), Some(&"early-1990s-first-contacts"));
}

#[test]
fn the_early_1990s_count_within_a_range_that_touches_them() {
    let range = catalog().filter(&filters_from(&[("from", "1991"), ("to", "1992")]));
    assert!(ids(&range).contains(&"early-1990s-first-contacts"));
}

#[test]
fn catalog_knows_ids_and_neighbours() {
    let c = catalog();
    assert!(c.knows(Facet::Topic, "china") && !c.knows(Facet::Topic, "mars"));
    let (previous, next) = c.neighbours("2014-09-first-joint-maritime-exercise");
    assert!(previous.unwrap().date <= next.unwrap().date);
    assert_eq!(c.neighbours("early-1990s-first-contacts").0, None);
    assert_eq!(c.neighbours("no-such-event"), (None, None));
    let event = c.event("2018-ipcp-revised-and-renewed").unwrap();
    let related: Vec<_> = c.related(event, 4).iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        &related[..2],
        [
            "2014-individual-partnership-and-cooperation-programme",
            "2020-ipcp-renewed"
        ]
    );
    assert!(!related.contains(&event.id.as_str()));
}

proptest! {
    /// `related` walks outwards from the event instead of sorting every
    /// event by distance: it gives exactly what the plain definition does.
    #[test]
    fn related_is_named_then_naming_then_nearest_sharing_a_topic(at in 0usize..61, limit in 0usize..8) {
        let c = catalog();
        let events = &c.data.events;
        let event = &events[at];
        let mut sharing: Vec<(usize, usize)> = events
            .iter()
            .enumerate()
            .filter(|(_, other)| other.topics.iter().any(|t| event.topics.contains(t)))
            .map(|(i, _)| (i.abs_diff(at), i))
            .collect();
        sharing.sort();
        let candidates = event
            .related
            .iter()
            .filter_map(|id| c.event_position(id))
            .chain((0..events.len()).filter(|&i| events[i].related.contains(&event.id)))
            .chain(sharing.into_iter().map(|(_, i)| i));
        let mut expected: Vec<&str> = Vec::new();
        for i in candidates {
            let id = events[i].id.as_str();
            if expected.len() < limit && id != event.id && !expected.contains(&id) {
                expected.push(id);
            }
        }
        let got: Vec<&str> = c.related(event, limit).iter().map(|e| e.id.as_str()).collect();
        prop_assert_eq!(got, expected);
    }
}

// --- Exports ------------------------------------------------------------------

#[test]
fn csv_quotes_fields_and_has_a_row_per_event() {
    let c = catalog();
    let events: Vec<&Event> = c.data.events.iter().take(3).map(|e| &**e).collect();
    let csv = events_csv(c, &events, &EN);
    let lines: Vec<_> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[0].starts_with("id,date,date_shown,title"));
    assert!(
        csv.contains("\"[nato-relations] NATO and Japan have been engaged"),
        "fields with commas are quoted"
    );
}

#[test]
fn json_export_carries_the_dataset_version() {
    let c = catalog();
    let events: Vec<&Event> = c.data.events.iter().take(2).map(|e| &**e).collect();
    let value: serde_json::Value =
        serde_json::from_str(&events_json(c, &events, "http://x/timeline")).unwrap();
    assert_eq!(value["dataset"]["version"], c.data.meta.version.as_str());
    assert_eq!(value["events"].as_array().unwrap().len(), 2);
    assert_eq!(value["events"][0]["date"], "early-1990s");
}

#[test]
fn citation_names_page_version_url_and_day() {
    let meta = &catalog().data.meta;
    let text = citation(
        "Chronology",
        "https://example.org/timeline?topic=china",
        meta,
        "2026-11-21",
        &EN,
    );
    assert!(text.contains("“Chronology”"));
    assert!(text.contains(&format!("dataset version {}", meta.version)));
    assert!(text.contains("https://example.org/timeline?topic=china"));
    assert!(text.contains("(accessed 2026-11-21)"));
}

#[test]
fn the_japanese_exports_are_in_japanese_and_keep_the_quotes() {
    let ja = explorer_core::data::translations_for_build().unwrap();
    let c = Catalog::japanese(explorer_core::data::bundled(), ja);
    let events: Vec<&Event> = c.data.events.iter().take(2).map(|e| &**e).collect();
    let csv = events_csv(&c, &events, &JA);
    let lines: Vec<_> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(
        lines[0].ends_with(",quotes,quote_renderings"),
        "{}",
        lines[0]
    );
    assert!(lines[1].contains("1990年代前半"), "{}", lines[1]);
    assert!(
        csv.contains("[nato-relations] NATO and Japan have been engaged"),
        "quotes stay in English"
    );
    let value: serde_json::Value =
        serde_json::from_str(&events_json(&c, &events, "http://x/ja/timeline")).unwrap();
    assert_eq!(value["lang"], "ja");
    let evidence = &value["events"][0]["evidence"][0];
    assert!(evidence["quote"]
        .as_str()
        .unwrap()
        .starts_with("NATO and Japan"));
    assert!(!evidence["rendering"].as_str().unwrap().is_empty());
    let text = citation(
        "年表",
        "https://example.org/ja/timeline",
        &c.data.meta,
        "2026-12-02",
        &JA,
    );
    assert!(text.starts_with("「年表」"), "{text}");
    // Japanese text writes dates in Japanese: the access date and the data's.
    assert!(text.contains("（2026年12月2日閲覧）"), "{text}");
    assert!(!text.contains("2026-"), "{text}");
}

// --- The search index -----------------------------------------------------------

#[test]
fn search_matches_word_beginnings_not_middles() {
    let by = |q: &str| ids(&catalog().filter(&filters_from(&[("q", q)])));
    assert!(by("mari").contains(&"2014-09-first-joint-maritime-exercise"));
    assert!(by("aritime").is_empty(), "a word's middle does not match");
    assert_eq!(
        by("Japan–NATO"),
        by("japan nato"),
        "punctuation separates words"
    );
}

#[test]
fn synthetic_datasets_keep_the_schema_and_scale_the_search() {
    use explorer_core::data::synthetic::expand;
    let real = data::bundled();
    let big = expand(&real, 2_000);
    assert_eq!(big.events.len(), 2_000);
    // Valid by the same validator as the bundled data.
    let sections: Vec<String> = [
        serde_json::to_string(&big.meta).unwrap(),
        serde_json::to_string(&big.sources).unwrap(),
        serde_json::to_string(&big.events).unwrap(),
        serde_json::to_string(&big.topics).unwrap(),
        serde_json::to_string(&big.actors).unwrap(),
        serde_json::to_string(&big.places).unwrap(),
        serde_json::to_string(&big.eras).unwrap(),
        serde_json::to_string(&big.perspectives).unwrap(),
        serde_json::to_string(&big.glossary).unwrap(),
        serde_json::to_string(&big.story).unwrap(),
    ]
    .into();
    let file = |i: usize| data::DataFile {
        name: "synthetic",
        text: &sections[i],
    };
    let files = data::DataFiles::from_sections(std::array::from_fn(file));
    let loaded = data::load(&files).unwrap();
    assert_eq!(loaded.events.len(), 2_000);
    assert_eq!(loaded.story, real.story, "the guided story is kept");
    let catalog = Catalog::new(big);
    let all = catalog.filter(&Filters::default()).len();
    let osprey = catalog.filter(&Filters {
        q: "osprey".into(),
        ..Filters::default()
    });
    assert!(osprey.len() > 1 && osprey.len() < all);
    assert!(osprey
        .iter()
        .all(|&i| catalog.data.events[i].title.contains("Osprey")));
}
