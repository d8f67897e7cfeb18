//! Search in the Japanese edition's text: Japanese has no spaces between
//! words, so it is indexed by pairs of characters; full-width and
//! half-width forms fold together; acronyms work in both editions.

use std::sync::OnceLock;

use explorer_core::data::{self, translations_for_build};
use explorer_core::logic::text::{annotate, fold, is_cjk, query_terms};
use explorer_core::logic::{Catalog, Filters};
use proptest::prelude::*;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        Catalog::with_translations(data::bundled(), translations_for_build().unwrap())
    })
}

fn found(q: &str) -> Vec<String> {
    let filters = Filters {
        q: q.into(),
        ..Filters::default()
    };
    let c = catalog();
    c.filter(&filters)
        .into_iter()
        .map(|at| c.data.events[at].id.clone())
        .collect()
}

/// The ids of the events of a topic.
fn in_topic(topic: &str) -> Vec<String> {
    let c = catalog();
    c.data
        .events
        .iter()
        .filter(|e| e.topics.iter().any(|t| t == topic))
        .map(|e| e.id.clone())
        .collect()
}

/// All the Japanese text an event is found by, folded.
fn japanese_text(id: &str) -> String {
    let c = catalog();
    let event = c.event(id).unwrap();
    let ja = &c.ja.events[id];
    let mut text = vec![ja.title.clone(), ja.summary.clone(), event.date.japanese()];
    text.extend(ja.renderings.iter().cloned());
    text.extend(event.places.iter().map(|p| c.ja.places[p].name.clone()));
    text.extend(event.topics.iter().map(|t| c.ja.topics[t].name.clone()));
    text.extend(event.actors.iter().map(|a| c.ja.actors[a].name.clone()));
    fold(&text.join(" "))
}

#[test]
fn saibaa_finds_the_cyber_defence_events() {
    let cyber = found("サイバー");
    for id in in_topic("cyber-defence") {
        assert!(cyber.contains(&id), "サイバー misses {id}");
    }
    for id in &cyber {
        assert!(
            japanese_text(id).contains("サイバー"),
            "{id} has no サイバー"
        );
    }
}

#[test]
fn kaiyou_finds_the_maritime_events() {
    let maritime = found("海洋");
    assert!(!maritime.is_empty());
    for id in in_topic("maritime-security") {
        assert!(maritime.contains(&id), "海洋 misses {id}");
    }
    for id in &maritime {
        assert!(japanese_text(id).contains("海洋"), "{id} has no 海洋");
    }
}

#[test]
fn full_width_and_half_width_forms_fold_together() {
    assert_eq!(found("ＩＰＣＰ"), found("IPCP"));
    assert!(!found("IPCP").is_empty());
    assert_eq!(found("ｻｲﾊﾞｰ"), found("サイバー"));
    assert_eq!(found("２０１４"), found("2014"));
    assert_eq!(query_terms("ｻｲﾊﾞｰ　防衛"), query_terms("サイバー 防衛"));
}

/// The folding and composing themselves, character by character.
#[test]
fn half_width_kana_and_their_marks_compose_as_a_reader_means() {
    use explorer_core::logic::text::{compose_voiced_marks, fold, fold_char};
    assert_eq!(fold("ＩＰＣＰ　２０１４"), "ipcp 2014");
    assert_eq!(fold_char('\u{FF9E}'), '\u{309B}');
    assert_eq!(fold_char('\u{FF9F}'), '\u{309C}');
    for (typed, meant) in [
        ("ｻｲﾊﾞｰ", "サイバー"),
        ("ﾎﾟｰﾗﾝﾄﾞ", "ポーランド"),
        ("ﾊﾟｰﾄﾅｰ", "パートナー"),
        ("ｳﾞｨﾘﾆｭｽ", "ヴィリニュス"),
        ("ハ\u{3099}", "バ"),
        ("ヘ\u{309A}", "ペ"),
        // Marks that belong to no kana before them stay marks.
        ("ｱﾞ", "ア\u{309B}"),
        ("ﾏﾟ", "マ\u{309C}"),
        ("ﾞ", "\u{309B}"),
    ] {
        assert_eq!(fold(&compose_voiced_marks(typed)), meant, "{typed}");
    }
}

#[test]
fn acronyms_work_in_both_editions() {
    // ITPP is written in Latin letters in the Japanese text too, and its
    // Japanese expansion finds the same events.
    let itpp = found("ITPP");
    assert!(!itpp.is_empty());
    for id in found("国別適合パートナーシップ計画") {
        assert!(itpp.contains(&id), "{id}");
    }
}

#[test]
fn one_character_and_mixed_script_queries_work() {
    assert!(found("海").len() >= found("海洋").len());
    // A word changes script without a space: each part must match.
    assert_eq!(found("NATO加盟国"), found("NATO 加盟国"));
    assert_eq!(found("日NATO"), found("日 NATO"));
}

#[test]
fn japanese_matches_are_highlighted_where_they_occur() {
    let terms = query_terms("サイバー");
    let segments = annotate("NATOのサイバー防衛", &terms, None);
    let hits: String = segments
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(hits, "サイバー");
}

proptest! {
    /// Any two or more consecutive Japanese characters of an event's
    /// Japanese title find that event (Latin words are still found by
    /// their beginnings, as in English).
    #[test]
    fn any_part_of_a_japanese_title_finds_its_event(at in 0usize..61, start in 0usize..40, len in 2usize..8) {
        let c = catalog();
        let event = &c.data.events[at];
        let title: Vec<char> = c.ja.events[&event.id].title.chars().collect();
        let start = start.min(title.len().saturating_sub(2));
        let part: String = title[start..(start + len).min(title.len())].iter().collect();
        prop_assume!(part.chars().count() >= 2 && part.chars().all(is_cjk));
        prop_assert!(found(&part).contains(&event.id), "{} not found by {:?}", event.id, part);
    }
}

mod editions {
    use explorer_core::logic::Lang;
    use proptest::prelude::*;

    #[test]
    fn a_path_names_its_edition() {
        assert_eq!(Lang::of_path("/ja/timeline"), (Lang::Ja, "/timeline"));
        assert_eq!(Lang::of_path("/ja"), (Lang::Ja, "/"));
        assert_eq!(Lang::of_path("/ja/"), (Lang::Ja, "/"));
        assert_eq!(Lang::of_path("/japan"), (Lang::En, "/japan"));
        assert_eq!(Lang::of_path("/timeline"), (Lang::En, "/timeline"));
        assert_eq!(Lang::En.other(), Lang::Ja);
        assert_eq!(Lang::Ja.other(), Lang::En);
        assert_eq!(Lang::Ja.path("/timeline?topic=x"), "/ja/timeline?topic=x");
        assert_eq!(Lang::En.path("/timeline?topic=x"), "/timeline?topic=x");
        assert_eq!((Lang::Ja.tag(), Lang::En.tag()), ("ja", "en"));
    }

    proptest! {
        /// Every view moves to the other edition and back unchanged.
        #[test]
        fn a_view_crosses_editions_and_back(view in "/[a-z0-9/-]{0,30}") {
            prop_assume!(Lang::of_path(&view).0 == Lang::En);
            for lang in Lang::ALL {
                let path = lang.path(&view);
                prop_assert_eq!(Lang::of_path(&path), (lang, view.as_str()));
            }
        }
    }
}
