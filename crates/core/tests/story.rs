//! Stories: the guided story of `data/story.json` (its validation in both
//! editions) and any filtered chronology told one event a screen
//! (`logic/story.rs`): which steps a story has, where each leads, and the
//! markup of its links and list.

use std::sync::Arc;

use explorer_core::data::translation::{load_translations, TranslationFiles};
use explorer_core::data::{
    self, bundled, DataFile, DataFiles, ValidationError, BUNDLED, BUNDLED_JA,
};
use explorer_core::logic::story::{self, StoryKind, Storyline, LIST_ALL, LIST_WINDOW};
use explorer_core::logic::{pages, strings, Catalog, Filters, Lang, SortOrder};
use serde_json::{json, Value};

/// `file` with its JSON changed by `edit`.
fn edited(file: DataFile<'static>, edit: impl FnOnce(&mut Value)) -> DataFile<'static> {
    let mut value: Value = serde_json::from_str(file.text).unwrap();
    edit(&mut value);
    let text: &'static str = Box::leak(serde_json::to_string(&value).unwrap().into_boxed_str());
    DataFile {
        name: file.name,
        text,
    }
}

/// The bundled dataset with `data/story.json` changed by `edit`.
fn story_edited(edit: impl FnOnce(&mut Value)) -> Result<data::Dataset, Vec<ValidationError>> {
    let files = DataFiles {
        story: edited(BUNDLED.story, edit),
        ..BUNDLED
    };
    data::load(&files).map_err(|errors| errors.0)
}

fn only(result: Result<impl std::fmt::Debug, Vec<ValidationError>>) -> ValidationError {
    let errors = result.expect_err("the story should be invalid");
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    errors.into_iter().next().unwrap()
}

fn ids(catalog: &Catalog, line: &Storyline) -> Vec<String> {
    line.steps
        .iter()
        .map(|&at| catalog.data.events[at].id.clone())
        .collect()
}

#[test]
fn the_guided_story_is_its_files_steps_in_time_order() {
    let catalog = Catalog::new(bundled());
    let story = &catalog.data.story;
    assert!(data::validate::STORY_STEPS.contains(&story.steps.len()));
    assert!(!story.intro.text.is_empty() && !story.intro.evidence.is_empty());
    let line = Storyline::select(&catalog, &Filters::default(), None);
    assert_eq!(line.kind, StoryKind::Guided);
    let wanted: Vec<String> = story.steps.iter().map(|s| s.event.clone()).collect();
    assert_eq!(ids(&catalog, &line), wanted);
    assert!(line.steps.windows(2).all(|w| w[0] < w[1]), "in time order");
    for (step, s) in story.steps.iter().enumerate() {
        assert_eq!(line.link(&catalog, step), Some(s.link.as_str()));
        let event = catalog.event(&s.event).unwrap();
        assert_eq!(
            line.step_of(catalog.event_position(&event.id).unwrap()),
            Some(step)
        );
    }
}

#[test]
fn a_filtered_story_is_exactly_the_chronology_in_time_order() {
    let catalog = Catalog::new(bundled());
    for query in [
        vec![("topic", "cyber-defence"), ("from", "2014")],
        vec![("q", "exercise")],
        vec![("type", "meeting"), ("sort", "newest")],
        vec![("q", "no such words anywhere")],
    ] {
        let filters = catalog.filters_from_query(|key| {
            query
                .iter()
                .filter(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
                .collect()
        });
        let line = Storyline::select(&catalog, &filters, None);
        assert_eq!(line.kind, StoryKind::Chronology);
        let mut oldest_first = filters.clone();
        oldest_first.sort = SortOrder::OldestFirst;
        assert_eq!(line.steps, catalog.filter(&oldest_first), "{query:?}");
        // Asking for any of its steps keeps the same story.
        for &at in &line.steps {
            let id = &catalog.data.events[at].id;
            assert_eq!(Storyline::select(&catalog, &filters, Some(id)), line);
        }
    }
}

#[test]
fn an_event_outside_the_guided_story_is_a_step_of_the_whole_chronology() {
    let catalog = Catalog::new(bundled());
    let guided = story::guided_steps(&catalog);
    let outside = (0..catalog.data.events.len())
        .find(|at| !guided.contains(at))
        .unwrap();
    let id = &catalog.data.events[outside].id;
    let line = Storyline::select(&catalog, &Filters::default(), Some(id));
    assert_eq!(line.kind, StoryKind::Chronology);
    assert_eq!(line.len(), catalog.data.events.len());
    assert_eq!(line.step_of(outside), Some(outside));
    assert_eq!(line.link(&catalog, outside), None);
}

#[test]
fn each_screen_leads_back_and_on() {
    let catalog = Catalog::new(bundled());
    let filters = catalog.filters_from_query(|key| match key {
        "topic" => vec!["cyber-defence".into()],
        "sort" => vec!["newest".into()],
        _ => vec![],
    });
    let line = Storyline::select(&catalog, &filters, None);
    let id = |step: usize| &catalog.data.events[line.steps[step]].id;
    let last = line.len() - 1;
    let q = "?topic=cyber-defence";

    let start = line.moves(&catalog, None, &filters);
    assert_eq!(start.previous, None);
    assert_eq!(start.next, Some(format!("/story/{}{q}", id(0))));
    let first = line.moves(&catalog, Some(0), &filters);
    assert_eq!(first.previous, Some(format!("/story{q}")));
    assert_eq!(first.next, Some(format!("/story/{}{q}", id(1))));
    let middle = line.moves(&catalog, Some(1), &filters);
    assert_eq!(middle.previous, Some(format!("/story/{}{q}", id(0))));
    assert_eq!(middle.first, Some(format!("/story/{}{q}", id(0))));
    assert_eq!(middle.last, Some(format!("/story/{}{q}", id(last))));
    let end = line.moves(&catalog, Some(last), &filters);
    assert_eq!(end.next, Some(format!("/timeline{q}")));

    // A story with no steps leads nowhere.
    let none = Storyline {
        kind: StoryKind::Chronology,
        steps: vec![],
    };
    assert_eq!(none.moves(&catalog, None, &filters), Default::default());
}

#[test]
fn a_long_storys_list_shows_the_ends_and_a_window_around_the_step() {
    let line = |len: usize| Storyline {
        kind: StoryKind::Chronology,
        steps: (0..len).collect(),
    };
    assert_eq!(
        line(LIST_ALL).listed(Some(3)),
        (0..LIST_ALL).collect::<Vec<_>>()
    );
    let long = line(1000);
    for current in [0, 1, LIST_WINDOW, LIST_WINDOW + 1, 500, 988, 989, 990, 999] {
        let listed = long.listed(Some(current));
        assert!(listed.contains(&0) && listed.contains(&999), "{current}");
        assert!(
            listed.windows(2).all(|w| w[0] < w[1]),
            "in order, once each: {current}"
        );
        let from = current.saturating_sub(LIST_WINDOW);
        let to = (current + LIST_WINDOW).min(999);
        assert!((from..=to).all(|step| listed.contains(&step)), "{current}");
        assert_eq!(
            listed.len(),
            to - from + 1 + usize::from(from > 0) + usize::from(to < 999)
        );
    }
}

#[test]
fn links_and_list_are_markup_with_every_text_escaped() {
    let mut data = bundled();
    let first = data.story.steps[0].event.clone();
    let at = data.events.iter().position(|e| e.id == first).unwrap();
    Arc::make_mut(&mut data.events[at]).title = "A <b>bold</b> & \"quoted\" title".into();
    let catalog = Catalog::new(data);
    let s = strings(Lang::En);
    let line = Storyline::select(&catalog, &Filters::default(), None);
    let nav = line.nav_markup(&catalog, s, None, &Filters::default(), "/base");
    let nav = nav.as_str();
    assert!(
        nav.contains(&format!(r#"href="/base/story/{first}""#)),
        "{nav}"
    );
    assert!(
        nav.contains("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title"),
        "{nav}"
    );
    assert!(
        !nav.contains("rel=\"prev\""),
        "the first screen has no step before: {nav}"
    );
    let list = line.list_markup(&catalog, s, Some(1), &Filters::default(), "");
    let list = list.as_str();
    assert_eq!(list.matches("<li ").count(), line.len());
    assert_eq!(list.matches(r#"aria-current="step""#).count(), 1);
    assert!(list.contains(r#"<li value="2"><a href="/story/"#));
    assert!(!list.contains("<b>"));
    assert_eq!(list.matches(r#"<p class="step-line">"#).count(), line.len());
}

#[test]
fn every_event_has_a_story_page_and_the_story_its_first() {
    let catalog = Catalog::new(bundled());
    let s = strings(Lang::En);
    let heads = pages::all(&catalog, s);
    let story_pages: Vec<_> = heads
        .iter()
        .filter(|h| h.path.starts_with("story"))
        .collect();
    assert_eq!(story_pages.len(), catalog.data.events.len() + 1);
    let guided = &catalog.data.story.steps;
    let second = heads
        .iter()
        .find(|h| h.path == format!("story/{}", guided[1].event))
        .unwrap();
    assert!(
        second
            .description
            .starts_with(&format!("Step 2 of {}: ", guided.len())),
        "{}",
        second.description
    );
}

#[test]
fn the_story_is_checked_naming_file_record_and_field() {
    let error = only(story_edited(|v| {
        v["steps"][1]["event"] = json!("no-such-event")
    }));
    assert_eq!(error.file, "data/story.json");
    assert_eq!(error.field.as_deref(), Some("event"));
    assert!(
        error.record.as_deref().unwrap().starts_with("steps[1]"),
        "{error}"
    );
    assert!(error.message.contains("does not exist"), "{error}");

    let error = only(story_edited(|v| {
        let steps = v["steps"].as_array_mut().unwrap();
        steps.swap(1, 2);
    }));
    assert!(error.message.contains("follow its order"), "{error}");

    let error = only(story_edited(|v| {
        let steps = v["steps"].as_array_mut().unwrap();
        let again = steps[1].clone();
        steps.insert(2, again);
    }));
    assert!(error.message.contains("already has"), "{error}");

    let error = only(story_edited(|v| {
        v["steps"][3]["quote"] = json!("Words that no quote of these events holds.")
    }));
    assert_eq!(error.field.as_deref(), Some("quote"));
    assert!(error.message.contains("not part of a quote"), "{error}");

    // The quote of the step before carries a line too.
    let ok = story_edited(|v| {
        let previous = v["steps"][2]["quote"].clone();
        v["steps"][3]["quote"] = previous;
    });
    assert!(ok.is_ok(), "{ok:?}");

    let error = only(story_edited(|v| v["steps"][0]["link"] = json!("  ")));
    assert_eq!(error.field.as_deref(), Some("link"));
    let error = only(story_edited(|v| {
        v["intro"]["evidence"][0]["source"] = json!("nowhere")
    }));
    assert_eq!(error.field.as_deref(), Some("evidence[0].source"));
    let error = only(story_edited(|v| {
        v["steps"].as_array_mut().unwrap().truncate(1)
    }));
    assert!(error.message.contains("has 1 steps"), "{error}");
    let error = only(story_edited(|v| v["steps"][0]["colour"] = json!("red")));
    assert!(error.message.contains("unknown field"), "{error}");
}

#[test]
fn a_published_dataset_without_a_story_has_none() {
    let mut document: serde_json::Map<String, Value> = serde_json::Map::new();
    for file in BUNDLED.in_order() {
        let section = file
            .name
            .trim_start_matches("data/")
            .trim_end_matches(".json");
        document.insert(section.into(), serde_json::from_str(file.text).unwrap());
    }
    document.remove("story");
    let text = serde_json::to_string(&document).unwrap();
    let data = data::load_document("newer.json", &text).unwrap();
    assert!(data.story.steps.is_empty());
    let catalog = Catalog::new(data);
    let line = Storyline::select(&catalog, &Filters::default(), None);
    assert_eq!(line.kind, StoryKind::Chronology);
    assert_eq!(line.len(), catalog.data.events.len());
}

/// The bundled translations with `data/ja/story.json` changed by `edit`.
fn story_ja_edited(edit: impl FnOnce(&mut Value)) -> Result<(), Vec<ValidationError>> {
    let files: TranslationFiles<'static> = TranslationFiles {
        story: edited(BUNDLED_JA.story, edit),
        ..BUNDLED_JA
    };
    load_translations(&files, &bundled())
        .map(|_| ())
        .map_err(|errors| errors.0)
}

#[test]
fn the_japanese_story_translates_every_line_and_nothing_else() {
    assert!(story_ja_edited(|_| {}).is_ok());
    let first = bundled().story.steps[0].event.clone();
    let error = only(story_ja_edited(|v| {
        v["steps"].as_object_mut().unwrap().remove(&first);
    }));
    assert_eq!(error.file, "data/ja/story.json");
    assert!(error.message.contains("has no translation"), "{error}");
    let error = only(story_ja_edited(|v| {
        v["steps"]["no-such-event"] = json!("余分")
    }));
    assert!(error.message.contains("does not have"), "{error}");
    let error = only(story_ja_edited(|v| v["steps"][&first] = json!("")));
    assert_eq!(error.field.as_deref(), Some("link"));
    let error = only(story_ja_edited(|v| {
        v["intro"]["renderings"].as_array_mut().unwrap().pop();
    }));
    assert_eq!(error.field.as_deref(), Some("renderings"));
    let error = only(story_ja_edited(|v| v["intro"]["text"] = json!(" ")));
    assert_eq!(error.field.as_deref(), Some("text"));
    let error = only(story_ja_edited(|v| v["extra"] = json!({})));
    assert!(error.message.contains("not part of the story"), "{error}");
}

#[test]
fn the_japanese_edition_tells_the_story_in_japanese_with_english_quotes() {
    let english = bundled();
    let ja = data::translations_for_build().unwrap();
    let catalog = Catalog::japanese(english.clone(), ja.clone());
    let story = &catalog.data.story;
    assert_eq!(story.intro.text, ja.story.intro.text);
    for (step, en) in story.steps.iter().zip(&english.story.steps) {
        assert_eq!(step.event, en.event);
        assert_eq!(step.quote, en.quote, "quotes stay in English");
        assert_eq!(&step.link, &ja.story.steps[&step.event].0);
    }
    for (evidence, rendering) in story.intro.evidence.iter().zip(&ja.story.intro.renderings) {
        assert_eq!(evidence.rendering.as_ref(), Some(rendering));
    }
    let line = Storyline::select(&catalog, &Filters::default(), None);
    let list = line.list_markup(
        &catalog,
        strings(Lang::Ja),
        Some(0),
        &Filters::default(),
        "/ja",
    );
    assert!(list
        .as_str()
        .contains(&ja.story.steps[&story.steps[0].event].0));
}

#[test]
fn a_large_dataset_has_pages_for_the_guided_steps_only() {
    let catalog = Catalog::new(data::synthetic::expand(
        &bundled(),
        pages::STORY_PAGES_FOR_ALL + 1,
    ));
    let heads = pages::all(&catalog, strings(Lang::En));
    let story_pages = heads.iter().filter(|h| h.path.starts_with("story")).count();
    assert_eq!(story_pages, catalog.data.story.steps.len() + 1);
}

#[test]
fn an_unreadable_event_is_reported_once_not_again_by_the_story() {
    let second = bundled().story.steps[1].event.clone();
    let events = edited(BUNDLED.events, |events| {
        let record = events
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|e| e["id"] == json!(second))
            .unwrap();
        record["type"] = json!("party");
    });
    let files = DataFiles { events, ..BUNDLED };
    let error = only(data::load(&files).map_err(|errors| errors.0));
    assert_eq!(error.file, "data/events.json");
    assert_eq!(error.field.as_deref(), Some("type"));
}
