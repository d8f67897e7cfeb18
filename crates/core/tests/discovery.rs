//! What search engines and link previews read (`logic::discovery`,
//! `logic::share`): canonical addresses, the sitemap and its index past
//! 50,000 addresses, JSON-LD that no text can break out of, and which share
//! card each page shows.

use explorer_core::data::{self, synthetic, DateKind};
use explorer_core::logic::discovery::{self, Site, SITEMAP_LIMIT};
use explorer_core::logic::share::{self, CardKey, EVENT_CARDS_UP_TO};
use explorer_core::logic::strings::{EN, JA};
use explorer_core::logic::{pages, Catalog, Lang};

fn locs(xml: &str) -> Vec<&str> {
    xml.split("<loc>")
        .skip(1)
        .map(|rest| &rest[..rest.find("</loc>").unwrap()])
        .collect()
}

#[test]
fn addresses_are_absolute_below_the_base_in_each_edition() {
    let site = Site::new("https://example.org/", "/sub/path");
    let catalog = Catalog::new(data::bundled());
    let timeline = pages::timeline(&catalog, &EN);
    assert_eq!(
        site.canonical(&timeline),
        "https://example.org/sub/path/timeline"
    );
    assert_eq!(
        site.page(&timeline, Lang::Ja),
        "https://example.org/sub/path/ja/timeline"
    );
    let home = pages::home(&JA);
    assert_eq!(site.canonical(&home), "https://example.org/sub/path/ja/");
    assert_eq!(site.page(&home, Lang::En), "https://example.org/sub/path/");
    assert_eq!(
        site.file("share/x.png"),
        "https://example.org/sub/path/share/x.png"
    );
    assert_eq!(
        discovery::robots(&site),
        "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sub/path/sitemap.xml\n"
    );
    // Without the origin, root-relative.
    assert_eq!(Site::new("", "/").canonical(&timeline), "/timeline");
}

#[test]
fn the_sitemap_lists_each_page_once_and_splits_past_the_limit() {
    let site = Site::new("https://example.org", "/");
    let catalog = Catalog::new(data::bundled());
    let mut heads = pages::all(&catalog, &EN);
    heads.push(pages::not_found(&EN));
    let files = discovery::sitemaps(&site, &heads, "2026-12-06");
    assert_eq!(files.len(), 1);
    let (name, xml) = &files[0];
    assert_eq!(name, "sitemap.xml");
    assert_eq!(
        locs(xml).len(),
        heads.len() - 1,
        "every page but the not-found page"
    );
    assert!(!xml.contains("/404"));
    assert_eq!(
        xml.matches("<lastmod>2026-12-06</lastmod>").count(),
        heads.len() - 1
    );
    assert_eq!(xml.matches("hreflang=").count(), 3 * (heads.len() - 1));

    // Past the limit: an index over numbered files, every page still once.
    let many: Vec<_> = (0..SITEMAP_LIMIT + 7)
        .map(|at| heads[at % (heads.len() - 1)].clone())
        .collect();
    let files = discovery::sitemaps(&site, &many, "2026-12-06");
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"]);
    assert!(files[0].1.contains("<sitemapindex"));
    assert_eq!(
        locs(&files[0].1),
        [
            "https://example.org/sitemap-1.xml",
            "https://example.org/sitemap-2.xml"
        ]
    );
    assert_eq!(locs(&files[1].1).len(), SITEMAP_LIMIT);
    assert_eq!(locs(&files[2].1).len(), 7);
}

#[test]
fn json_ld_cannot_end_its_script_block_and_still_parses() {
    let value = serde_json::json!({ "name": "</script><script>alert(1)</script> & <!--" });
    let text = discovery::script_text(&value);
    assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&text).unwrap(),
        value
    );
}

/// The about page's JSON-LD for the bundled data, English edition, at
/// https://example.org/.
fn bundled_dataset_ld() -> (Catalog, serde_json::Value) {
    let site = Site::new("https://example.org", "/");
    let catalog = Catalog::new(data::bundled());
    let value = discovery::dataset(
        &catalog,
        &catalog.data.sources,
        &EN,
        &site,
        &pages::about(&EN),
    );
    (catalog, value)
}

#[test]
fn the_dataset_names_its_downloads_and_the_years_it_covers() {
    let (catalog, value) = bundled_dataset_ld();
    assert_eq!(value["@type"], "Dataset");
    assert_eq!(value["version"], catalog.data.meta.version.as_str());
    let (first, last) = catalog.year_span();
    assert_eq!(value["temporalCoverage"], format!("{first}/{last}"));
    let urls: Vec<&str> = value["distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["contentUrl"].as_str().unwrap())
        .collect();
    assert_eq!(
        urls,
        [
            "https://example.org/downloads/events-en.json",
            "https://example.org/downloads/events-en.csv"
        ]
    );
}

#[test]
fn a_source_is_dated_only_as_the_document_dates_itself() {
    let (catalog, value) = bundled_dataset_ld();
    let cited = value["isBasedOn"].as_array().unwrap();
    assert_eq!(cited.len(), catalog.data.sources.len());
    for (source, cited) in catalog.data.sources.iter().zip(cited) {
        assert_eq!(cited["name"], source.title.as_str());
        let (published, modified) = (cited.get("datePublished"), cited.get("dateModified"));
        match source.date_kind {
            DateKind::Published => assert!(published.is_some() && modified.is_none()),
            DateKind::LastUpdated => assert!(published.is_none() && modified.is_some()),
            // "2019", inferred from the text, is not a date the document states.
            DateKind::Inferred => {
                assert!(published.is_none() && modified.is_none(), "{}", source.id)
            }
        }
    }
}

#[test]
fn an_event_with_a_qualified_date_has_no_start_date() {
    let site = Site::new("https://example.org", "/");
    let catalog = Catalog::new(data::bundled());
    let about = pages::about(&EN);
    for event in &catalog.data.events {
        let page = pages::event(event, &EN);
        let value =
            discovery::event_page(&catalog, &catalog.data.sources, event, &site, &page, &about);
        let exact = event.date.qualifier == explorer_core::data::Qualifier::Exact;
        assert_eq!(
            value["about"]["startDate"].is_string(),
            exact,
            "{}",
            event.id
        );
        assert_eq!(
            value["citation"].as_array().unwrap().len(),
            catalog.event_sources(event).len()
        );
    }
}

#[test]
fn each_page_shows_its_own_card_until_the_events_are_too_many() {
    let catalog = Catalog::new(data::bundled());
    let event = &catalog.data.events[3];
    let topic = &catalog.data.topics[0];
    let card = |path: &str| share::card_for_page(&catalog, path);
    assert_eq!(
        card(&format!("events/{}", event.id)),
        CardKey::Event(event.id.clone())
    );
    assert_eq!(
        card(&format!("story/{}", event.id)),
        CardKey::Event(event.id.clone())
    );
    assert_eq!(
        card(&format!("topics/{}", topic.id)),
        CardKey::Topic(topic.id.clone())
    );
    for path in [
        "",
        "timeline",
        "map",
        "about",
        "events/no-such-event",
        "404",
    ] {
        assert_eq!(card(path), CardKey::Site, "{path}");
    }
    // Every card a page shows is drawn.
    let drawn = share::all_cards(&catalog);
    for head in pages::all(&catalog, &EN) {
        assert!(drawn.contains(&card(&head.path)), "{}", head.path);
    }

    let large = Catalog::new(synthetic::expand(&data::bundled(), EVENT_CARDS_UP_TO + 1));
    let event = &large.data.events[large.data.events.len() / 2];
    let shown = share::card_for_page(&large, &format!("events/{}", event.id));
    assert_eq!(
        shown,
        match event.topics.first() {
            Some(topic) => CardKey::Topic(topic.clone()),
            None => CardKey::Site,
        }
    );
    let drawn = share::all_cards(&large);
    assert_eq!(drawn.len(), 1 + large.data.topics.len());
    assert!(drawn.contains(&shown));
}

#[test]
fn a_card_says_what_the_page_is_in_its_edition() {
    let ja = data::translations_for_build().unwrap();
    let catalog = Catalog::japanese(data::bundled(), ja);
    let event = &catalog.data.events[0];
    let card = share::card(&catalog, &JA, &CardKey::Event(event.id.clone())).unwrap();
    assert_eq!(card.title, event.title);
    assert_eq!(card.date, JA.date(&event.date));
    assert_eq!(card.kicker, JA.event_type(event.kind));
    assert_eq!(card.years.iter().filter(|(_, mine)| *mine).count(), 1);
    let alt = share::alt(&card);
    assert!(
        alt.contains(&event.title) && alt.contains(JA.site_name),
        "{alt}"
    );
    // The SVG holds the title (escaped) and the strip's first and last year.
    let measure = |text: &str, size: f32, _bold: bool| text.chars().count() as f32 * size;
    let svg = share::svg(&card, &measure).into_string();
    let (first, last) = catalog.year_span();
    assert!(svg.contains(&format!(">{first}</text>")) && svg.contains(&format!(">{last}</text>")));
    assert_eq!(
        share::card(&catalog, &JA, &CardKey::Topic("no-such-topic".into())),
        None
    );
}
