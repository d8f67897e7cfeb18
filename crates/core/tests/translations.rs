//! The Japanese edition's text (`data/ja/`): the bundled translations cover
//! every record and nothing else; a missing, orphaned, empty or misshapen
//! translation fails validation naming file, record and field.

use explorer_core::data::translation::{load_translations, TranslationFiles, Translations};
use explorer_core::data::{bundled, DataFile, ValidationError, BUNDLED_JA};
use serde_json::Value;

/// The bundled translations with one file's JSON changed by `edit`.
fn with_edit(
    file: &str,
    edit: impl FnOnce(&mut Value),
) -> Result<Translations, Vec<ValidationError>> {
    let mut files: TranslationFiles<'static> = BUNDLED_JA;
    let slot = match file {
        "events" => &mut files.events,
        "topics" => &mut files.topics,
        "perspectives" => &mut files.perspectives,
        "glossary" => &mut files.glossary,
        "sources" => &mut files.sources,
        other => panic!("no such file in this test: {other}"),
    };
    let mut value: Value = serde_json::from_str(slot.text).unwrap();
    edit(&mut value);
    let text: &'static str = Box::leak(serde_json::to_string(&value).unwrap().into_boxed_str());
    *slot = DataFile {
        name: slot.name,
        text,
    };
    load_translations(&files, &bundled()).map_err(|errors| errors.0)
}

fn first_event_id() -> String {
    bundled().events[0].id.clone()
}

/// The one error, as "file: record: field: message".
fn only(errors: Vec<ValidationError>) -> ValidationError {
    assert_eq!(errors.len(), 1, "expected one error, got {errors:?}");
    errors.into_iter().next().unwrap()
}

#[test]
fn the_bundled_translations_cover_every_record() {
    let dataset = bundled();
    let ja = load_translations(&BUNDLED_JA, &dataset).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ja.events.len(), dataset.events.len());
    assert_eq!(ja.topics.len(), dataset.topics.len());
    assert_eq!(ja.actors.len(), dataset.actors.len());
    assert_eq!(ja.eras.len(), dataset.eras.len());
    assert_eq!(ja.perspectives.len(), dataset.perspectives.len());
    assert_eq!(ja.sources.len(), dataset.sources.len());
    assert_eq!(ja.glossary.len(), dataset.glossary.len());
    for event in &dataset.events {
        assert_eq!(ja.events[&event.id].renderings.len(), event.evidence.len());
    }
}

#[test]
fn a_record_without_its_translation_fails_naming_it() {
    let id = first_event_id();
    let error = only(
        with_edit("events", |v| {
            v.as_object_mut().unwrap().remove(&id);
        })
        .unwrap_err(),
    );
    assert_eq!(error.file, "data/ja/events.json");
    assert_eq!(error.record.as_deref(), Some(format!("\"{id}\"").as_str()));
    assert!(error.to_string().contains("has no translation"), "{error}");
}

#[test]
fn a_translation_of_an_unknown_record_fails_naming_it() {
    let error = only(
        with_edit("topics", |v| {
            let any = v.as_object().unwrap().values().next().unwrap().clone();
            v.as_object_mut()
                .unwrap()
                .insert("no-such-topic".into(), any);
        })
        .unwrap_err(),
    );
    assert_eq!(error.file, "data/ja/topics.json");
    assert_eq!(error.record.as_deref(), Some("\"no-such-topic\""));
    assert!(
        error.message.contains("data/topics.json does not have"),
        "{error}"
    );
}

#[test]
fn an_empty_field_fails_naming_file_record_and_field() {
    let id = first_event_id();
    let error = only(with_edit("events", |v| v[&id]["summary"] = Value::from("  ")).unwrap_err());
    assert_eq!(
        error.to_string(),
        format!("data/ja/events.json: record \"{id}\": field `summary`: is empty")
    );
    let error =
        only(with_edit("events", |v| v[&id]["renderings"][0] = Value::from("")).unwrap_err());
    assert_eq!(error.field.as_deref(), Some("renderings[0]"));
}

#[test]
fn a_missing_or_unknown_field_fails_naming_it() {
    let id = first_event_id();
    let error = only(
        with_edit("events", |v| {
            v[&id].as_object_mut().unwrap().remove("title");
        })
        .unwrap_err(),
    );
    assert_eq!(error.field.as_deref(), Some("title"));
    assert_eq!(error.file, "data/ja/events.json");
    let error = only(with_edit("events", |v| v[&id]["titel"] = Value::from("誤字")).unwrap_err());
    assert!(error.message.contains("unknown field `titel`"), "{error}");
}

#[test]
fn lists_must_match_the_english_ones() {
    let id = first_event_id();
    let error = only(
        with_edit("events", |v| {
            v[&id]["renderings"]
                .as_array_mut()
                .unwrap()
                .push(Value::from("余分な訳"));
        })
        .unwrap_err(),
    );
    assert_eq!(error.field.as_deref(), Some("renderings"));
    assert!(
        error.message.contains("for the English record's"),
        "{error}"
    );

    let debate = bundled().perspectives[0].id.clone();
    let error = only(
        with_edit("perspectives", |v| {
            v[&debate]["positions"].as_array_mut().unwrap().pop();
        })
        .unwrap_err(),
    );
    assert_eq!(error.field.as_deref(), Some("positions"));
}

#[test]
fn translation_adds_nothing_and_leaves_nothing_out() {
    let dataset = bundled();
    let undated = dataset
        .events
        .iter()
        .find(|e| e.date_note.is_none())
        .unwrap()
        .id
        .clone();
    let error =
        only(with_edit("events", |v| v[&undated]["date_note"] = Value::from("注記")).unwrap_err());
    assert_eq!(error.field.as_deref(), Some("date_note"));
    assert!(error.message.contains("adds nothing"), "{error}");

    let noted = dataset
        .events
        .iter()
        .find(|e| e.date_note.is_some())
        .unwrap()
        .id
        .clone();
    let error = only(
        with_edit("events", |v| {
            v[&noted].as_object_mut().unwrap().remove("date_note");
        })
        .unwrap_err(),
    );
    assert_eq!(error.field.as_deref(), Some("date_note"));

    let unexpanded = dataset
        .glossary
        .iter()
        .find(|g| g.expansion.is_none())
        .unwrap()
        .id
        .clone();
    let error = only(
        with_edit("glossary", |v| {
            v[&unexpanded]["expansion"] = Value::from("展開")
        })
        .unwrap_err(),
    );
    assert_eq!(error.field.as_deref(), Some("expansion"));
}

#[test]
fn a_file_that_is_not_an_object_fails_naming_the_file() {
    let errors = with_edit("sources", |v| *v = Value::Array(vec![])).unwrap_err();
    assert_eq!(errors[0].file, "data/ja/sources.json");
    assert!(errors[0].message.contains("keyed by record id"));
}

/// Acronyms stay in Latin letters in the Japanese text, so that searching
/// for one (IPCP, ITPP) finds the same records in both editions. Japanese
/// writes these few in its own words: 米国, 英国, 護衛艦.
const WRITTEN_IN_JAPANESE: [&str; 3] = ["US", "UK", "JS"];

#[test]
fn acronyms_are_kept_in_the_japanese_text() {
    let dataset = bundled();
    let ja = load_translations(&BUNDLED_JA, &dataset).unwrap();
    let spellings: Vec<&str> = dataset
        .glossary
        .iter()
        .flat_map(|g| std::iter::once(&g.term).chain(&g.aliases))
        .map(String::as_str)
        .filter(|s| !WRITTEN_IN_JAPANESE.contains(s))
        .collect();
    let uses = |text: &str, spelling: &str| {
        text.match_indices(spelling).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + spelling.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_alphabetic())
                && !after.is_some_and(|c| c.is_ascii_alphabetic())
        })
    };
    let mut missing = Vec::new();
    for event in &dataset.events {
        let english: String = [event.title.as_str(), &event.summary]
            .into_iter()
            .chain(event.evidence.iter().map(|e| e.quote.as_str()))
            .collect::<Vec<_>>()
            .join(" ");
        let translated = &ja.events[&event.id];
        let japanese = [translated.title.as_str(), &translated.summary]
            .into_iter()
            .chain(translated.renderings.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ");
        for spelling in &spellings {
            if uses(&english, spelling) && !japanese.contains(spelling) {
                missing.push(format!(
                    "data/ja/events.json: record \"{}\": {spelling}",
                    event.id
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "acronyms missing from the Japanese text:\n{}",
        missing.join("\n")
    );
}
