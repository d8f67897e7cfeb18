//! Embed settings from host URLs, page titles for static pages, and a
//! dataset published as one JSON document.

use explorer_core::data::{self, load_document};
use explorer_core::logic::embed::{
    contrast_ratio, font_family, parse_hex_colour, query_without, EmbedSettings,
};
use explorer_core::logic::strings::{EN, JA};
use explorer_core::logic::Lang;
use explorer_core::logic::{pages, Catalog};
use proptest::prelude::*;

fn settings(pairs: &[(&str, &str)]) -> EmbedSettings {
    EmbedSettings::from_query(|key| {
        pairs
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.to_string())
    })
}

#[test]
fn embed_mode_and_a_readable_accent_are_taken() {
    let s = settings(&[
        ("embed", "1"),
        ("accent", "005a9c"),
        ("font", "Georgia, serif"),
    ]);
    assert!(s.embedded);
    assert_eq!(s.accent.as_deref(), Some("#005a9c"));
    assert_eq!(s.accent_contrast.as_deref(), Some("#ffffff"));
    assert_eq!(
        s.font.as_deref(),
        Some("\"Georgia\", serif, system-ui, sans-serif")
    );
    assert_eq!(
        settings(&[("accent", "#05c")]).accent.as_deref(),
        Some("#0055cc")
    );
}

#[test]
fn invalid_or_unreadable_values_are_ignored() {
    for accent in ["zzz", "12345", "ffff00", "#fff", "red", "005a9c;x:y", ""] {
        assert_eq!(settings(&[("accent", accent)]).accent, None, "{accent}");
    }
    for font in ["x;}body{", "Comic \"Sans\"", "a,b,c,d,e", "url(x)", ""] {
        assert_eq!(font_family(font), None, "{font}");
    }
    assert!(!settings(&[("embed", "0")]).embedded);
    assert!(!settings(&[]).embedded);
}

#[test]
fn contrast_follows_wcag() {
    assert!((contrast_ratio((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
    assert!((contrast_ratio((119, 119, 119), (255, 255, 255)) - 4.48).abs() < 0.01);
    assert_eq!(parse_hex_colour("#ABCDEF"), Some((0xab, 0xcd, 0xef)));
    assert_eq!(parse_hex_colour("abc"), Some((0xaa, 0xbb, 0xcc)));
    // Either order; a very dark channel is on WCAG's linear segment.
    assert!((contrast_ratio((255, 255, 255), (0, 0, 0)) - 21.0).abs() < 0.01);
    assert!((contrast_ratio((10, 10, 10), (255, 255, 255)) - 19.80).abs() < 0.01);
}

#[test]
fn font_names_may_have_spaces_and_hyphens() {
    let font = font_family("Noto Sans, Noto-Serif-JP").expect("valid names");
    assert!(
        font.starts_with("\"Noto Sans\", \"Noto-Serif-JP\""),
        "{font}"
    );
}

#[test]
fn the_full_explorer_link_drops_only_embed_keys() {
    let keys = ["embed", "accent", "font"];
    assert_eq!(
        query_without("?embed=1&topic=china&accent=005a9c", &keys),
        "?topic=china"
    );
    assert_eq!(query_without("?embed=1", &keys), "");
    assert_eq!(query_without("", &keys), "");
    assert_eq!(query_without("?q=embed", &keys), "?q=embed");
}

proptest! {
    #[test]
    fn any_accent_taken_is_readable(r in any::<u8>(), g in any::<u8>(), b in any::<u8>()) {
        let hex = format!("{r:02x}{g:02x}{b:02x}");
        if let Some(accent) = settings(&[("accent", &hex)]).accent {
            prop_assert!(contrast_ratio(parse_hex_colour(&accent).unwrap(), (0xfb, 0xfa, 0xf7)) >= 4.5);
        }
    }

    #[test]
    fn a_font_value_never_carries_css_syntax(text in "\\PC{0,40}") {
        if let Some(font) = font_family(&text) {
            let forbidden = [';', '{', '}', '(', ')', '\\', '/'];
            prop_assert!(!font.contains(forbidden), "{}", font);
        }
    }
}

#[test]
fn every_page_has_a_unique_path_and_a_title() {
    let catalog = Catalog::new(data::bundled());
    let heads = pages::all(&catalog, &EN);
    let mut paths: Vec<_> = heads.iter().map(|h| h.path.as_str()).collect();
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), heads.len());
    assert_eq!(
        heads.len(),
        // The seven fixed pages (the map among them) and the guided
        // story's first screen; a page per topic, source, event and
        // event's story step.
        8 + catalog.data.topics.len() + 2 * catalog.data.events.len() + catalog.data.sources.len()
    );
    assert!(heads
        .iter()
        .all(|h| !h.title.is_empty() && h.description.len() > 20));
    assert_eq!(pages::home(&EN).document_title(), pages::SITE_NAME);
    assert_eq!(
        pages::timeline(&catalog, &EN).document_title(),
        "Chronology · Japan–NATO Partnership Explorer"
    );
    let map = pages::map(&catalog, &EN);
    assert_eq!(
        map.document_title(),
        "Where it happened · Japan–NATO Partnership Explorer"
    );
    assert!(map.description.contains("28 places"), "{}", map.description);
}

#[test]
fn prose_about_the_dataset_follows_the_data() {
    let real = data::bundled();
    let catalog = Catalog::new(real.clone());
    assert_eq!(
        pages::coverage(&catalog, &EN),
        "from the early 1990s to 2023"
    );
    assert!(pages::sources(&catalog, &EN)
        .description
        .starts_with("The five public documents"));
    assert!(pages::timeline(&catalog, &EN)
        .description
        .contains("from the early 1990s to 2023"));

    // A newer dataset with a sixth source and an event in 2025.
    let mut newer = real;
    let mut source = newer.sources[0].clone();
    source.id = "sixth".into();
    newer.sources.push(source);
    let mut event = explorer_core::data::Event::clone(newer.events.last().unwrap());
    event.id = "later".into();
    event.date = explorer_core::data::DateSpec::parse("2025-03").unwrap();
    newer.events.push(std::sync::Arc::new(event));
    let catalog = Catalog::new(newer);
    assert!(pages::sources(&catalog, &EN)
        .description
        .starts_with("The six public documents"));
    assert_eq!(
        pages::coverage(&catalog, &EN),
        "from the early 1990s to 2025"
    );
}

fn bundled_document() -> serde_json::Map<String, serde_json::Value> {
    let mut document = serde_json::Map::new();
    for (name, file) in data::SECTIONS.into_iter().zip(data::BUNDLED.in_order()) {
        document.insert(name.into(), serde_json::from_str(file.text).unwrap());
    }
    document
}

#[test]
fn a_dataset_document_loads_like_the_bundled_files() {
    let text = serde_json::Value::Object(bundled_document()).to_string();
    assert_eq!(load_document("newer.json", &text).unwrap(), data::bundled());
}

/// Comments (`_…`) and a schema link (`$schema`) may ride along in a
/// dataset document; any other key is a mistake.
#[test]
fn a_dataset_document_may_carry_comments_and_a_schema() {
    let mut document = bundled_document();
    document.insert("_comment".into(), "built by hand".into());
    document.insert("$schema".into(), "./schema.json".into());
    let text = serde_json::Value::Object(document.clone()).to_string();
    assert_eq!(load_document("newer.json", &text).unwrap(), data::bundled());
    document.insert("extra".into(), "?".into());
    let text = serde_json::Value::Object(document).to_string();
    let errors = load_document("newer.json", &text).unwrap_err().0;
    assert_eq!(errors[0].field.as_deref(), Some("extra"), "{errors:?}");
}

#[test]
fn a_dataset_document_reports_what_is_wrong() {
    let first = |text: &str| {
        load_document("newer.json", text)
            .unwrap_err()
            .0
            .remove(0)
            .to_string()
    };
    assert!(first("{").starts_with("newer.json: not valid JSON"));
    assert!(first("[]").contains("expected a JSON object"));
    let mut missing = bundled_document();
    missing.remove("glossary");
    assert_eq!(
        first(&serde_json::Value::Object(missing).to_string()),
        "newer.json: field `glossary`: is missing"
    );
    let mut extra = bundled_document();
    extra.insert("evnets".into(), serde_json::json!([]));
    assert!(
        first(&serde_json::Value::Object(extra).to_string()).contains("`evnets`: is not a section")
    );
    let mut dangling = bundled_document();
    dangling["events"][0]["topics"] = serde_json::json!(["nowhere"]);
    let error = first(&serde_json::Value::Object(dangling).to_string());
    assert!(
        error.starts_with(
            "newer.json (events): record \"early-1990s-first-contacts\": field `topics[0]`"
        ),
        "{error}"
    );
}

#[test]
fn the_japanese_pages_are_in_japanese_under_ja() {
    let ja = data::translations_for_build().unwrap();
    let catalog = Catalog::japanese(data::bundled(), ja);
    let heads = pages::all(&catalog, &JA);
    assert!(heads.iter().all(|h| h.lang == Lang::Ja));
    assert_eq!(heads[0].site_path(), "ja");
    assert_eq!(heads[1].site_path(), "ja/timeline");
    assert_eq!(pages::not_found(&JA).site_path(), "ja/404");
    assert_eq!(pages::home(&EN).site_path(), "");
    assert_eq!(pages::coverage(&catalog, &JA), "1990年代前半から2023年まで");
    assert_eq!(
        pages::timeline(&catalog, &JA).document_title(),
        format!("年表 | {}", JA.site_name)
    );
    assert_eq!(pages::home(&JA).document_title(), JA.site_name);
    // An event's head: its Japanese title, its date in Japanese form.
    let event = catalog.event("early-1990s-first-contacts").unwrap();
    let head = pages::event(event, &JA);
    assert!(
        head.title
            .chars()
            .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)),
        "{}",
        head.title
    );
    assert!(
        head.description.starts_with("1990年代前半："),
        "{}",
        head.description
    );
}
