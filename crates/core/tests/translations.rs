//! The Japanese edition's text (`data/ja/`): the bundled translations cover
//! every record and nothing else; a missing, orphaned, empty or misshapen
//! translation fails validation naming file, record and field.
//!
//! About 500 lines: the rules per record kind, then how a catalog applies
//! the translations and drops those that no longer fit a newer dataset.

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
        "actors" => &mut files.actors,
        "eras" => &mut files.eras,
        "story" => &mut files.story,
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

/// Every kind checks every one of its fields: an empty one, or one quote's
/// rendering too few, fails naming it.
#[test]
fn every_kind_checks_its_fields() {
    let data = bundled();
    let cases: [(&str, String, &str); 11] = [
        ("sources", data.sources[0].id.clone(), "title"),
        ("sources", data.sources[0].id.clone(), "authors_note"),
        ("sources", data.sources[0].id.clone(), "date_note"),
        ("sources", data.sources[0].id.clone(), "perspective"),
        ("sources", data.sources[0].id.clone(), "rendering"),
        ("topics", data.topics[0].id.clone(), "name"),
        ("topics", data.topics[0].id.clone(), "summary"),
        ("actors", data.actors[0].id.clone(), "name"),
        ("actors", data.actors[0].id.clone(), "role"),
        ("eras", data.eras[0].id.clone(), "name"),
        ("eras", data.eras[0].id.clone(), "summary"),
    ];
    for (file, id, field) in cases {
        let error = only(with_edit(file, |v| v[&id][field] = Value::from(" ")).unwrap_err());
        assert_eq!(error.field.as_deref(), Some(field), "{file} {error}");
        assert_eq!(error.file, format!("data/ja/{file}.json"));
    }
    for (file, id) in [
        ("topics", data.topics[0].id.clone()),
        ("actors", data.actors[0].id.clone()),
        ("eras", data.eras[0].id.clone()),
    ] {
        let error = only(
            with_edit(file, |v| {
                v[&id]["renderings"].as_array_mut().unwrap().pop();
            })
            .unwrap_err(),
        );
        assert_eq!(error.field.as_deref(), Some("renderings"), "{file} {error}");
    }
    // A source's organisation: present exactly when the English one is.
    let source = &data.sources[0];
    let error = only(
        with_edit("sources", |v| {
            let record = v[&source.id].as_object_mut().unwrap();
            if source.organisation.is_some() {
                record.remove("organisation");
            } else {
                record.insert("organisation".into(), Value::from("組織"));
            }
        })
        .unwrap_err(),
    );
    assert_eq!(error.field.as_deref(), Some("organisation"));
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

// --- The Japanese edition's catalog --------------------------------------------

fn japanese_catalog(data: explorer_core::data::Dataset) -> explorer_core::logic::Catalog {
    let ja = explorer_core::data::translations_for_build().unwrap();
    explorer_core::logic::Catalog::japanese(data, ja)
}

#[test]
fn the_japanese_catalog_changes_words_only() {
    let english = bundled();
    let catalog = japanese_catalog(english.clone());
    let ja = explorer_core::data::translations_for_build().unwrap();
    assert_eq!(catalog.data.events.len(), english.events.len());
    for (event, original) in catalog.data.events.iter().zip(&english.events) {
        let translation = &ja.events[&event.id];
        assert_eq!(event.id, original.id);
        assert_eq!(event.date, original.date);
        assert_eq!(event.kind, original.kind);
        assert_eq!(event.topics, original.topics);
        assert_eq!(event.actors, original.actors);
        assert_eq!(event.related, original.related);
        assert_eq!(event.title, translation.title);
        assert_eq!(event.summary, translation.summary);
        assert_eq!(event.places, original.places, "places are ids");
        for ((evidence, original), rendering) in event
            .evidence
            .iter()
            .zip(&original.evidence)
            .zip(&translation.renderings)
        {
            assert_eq!(evidence.quote, original.quote, "quotes are never changed");
            assert_eq!(evidence.source, original.source);
            assert_eq!(evidence.rendering.as_ref(), Some(rendering));
        }
        assert!(!catalog.untranslated_event(&event.id));
    }
    for (position, original) in catalog.data.perspectives[0]
        .positions
        .iter()
        .zip(&english.perspectives[0].positions)
    {
        assert_eq!(position.quote, original.quote);
        assert!(position.rendering.is_some());
    }
    assert_eq!(catalog.data.sources[0].quote, english.sources[0].quote);
    assert!(catalog.data.sources[0].rendering.is_some());
    // The glossary keeps its English expansions (the edition shows both).
    for (entry, original) in catalog.data.glossary.iter().zip(&english.glossary) {
        assert_eq!(entry.expansion, original.expansion);
    }
    // The English catalog has no renderings and nothing untranslated.
    let catalog = explorer_core::logic::Catalog::new(english);
    assert!(catalog.data.events[0].evidence[0].rendering.is_none());
    assert!(!catalog.untranslated_event(&catalog.data.events[0].id));
}

#[test]
fn a_newer_dataset_shows_new_and_changed_records_in_english() {
    let mut newer = bundled();
    // A new event, copied from the first, and a changed one with a quote more.
    let mut added = explorer_core::data::Event::clone(&newer.events[0]);
    added.id = "2024-01-new".into();
    added.title = "A new event".into();
    newer.events.push(std::sync::Arc::new(added));
    let changed = std::sync::Arc::make_mut(&mut newer.events[1]);
    let extra = changed.evidence[0].clone();
    changed.evidence.push(extra);
    let changed_id = changed.id.clone();
    let changed_title = changed.title.clone();
    let unchanged_id = newer.events[2].id.clone();

    let catalog = japanese_catalog(newer);
    assert!(catalog.untranslated_event("2024-01-new"));
    assert_eq!(catalog.event("2024-01-new").unwrap().title, "A new event");
    assert!(catalog.untranslated_event(&changed_id));
    assert_eq!(catalog.event(&changed_id).unwrap().title, changed_title);
    assert!(catalog
        .event(&changed_id)
        .unwrap()
        .evidence
        .iter()
        .all(|e| e.rendering.is_none()));
    assert!(!catalog.untranslated_event(&unchanged_id));
}

#[test]
fn search_in_the_japanese_edition_finds_japanese_and_english_words() {
    let catalog = japanese_catalog(bundled());
    let find = |q: &str| {
        let filters = catalog.filters_from_query(|key| {
            if key == "q" {
                vec![q.to_owned()]
            } else {
                Vec::new()
            }
        });
        catalog.filter(&filters).len()
    };
    assert!(find("サイバー") > 0);
    assert!(find("cyber") > 0);
    assert_eq!(find("サイバー"), find("ｻｲﾊﾞｰ"), "half-width katakana folds");
}

/// A newer dataset whose records changed shape keeps none of their
/// translations, in every record kind: each of them would put Japanese
/// words on something the translation was not made for.
#[test]
fn a_translation_that_no_longer_fits_its_record_is_dropped_in_every_kind() {
    let ja = explorer_core::data::translations_for_build().unwrap();
    let data = bundled();
    let fitted = ja.clone().fitting(&data);
    assert_eq!(fitted, ja, "the bundled translations fit the bundled data");

    let mut changed = data.clone();
    let event = std::sync::Arc::make_mut(&mut changed.events[0]);
    let extra = event.evidence[0].clone();
    event.evidence.push(extra);
    let event_id = event.id.clone();
    let extra = changed.topics[0].evidence[0].clone();
    changed.topics[0].evidence.push(extra);
    let extra = changed.actors[0].evidence[0].clone();
    changed.actors[0].evidence.push(extra);
    let extra = changed.places[0].evidence[0].clone();
    changed.places[0].evidence.push(extra);
    let extra = changed.eras[0].evidence[0].clone();
    changed.eras[0].evidence.push(extra);
    let extra = changed.perspectives[0].positions[0].clone();
    changed.perspectives[0].positions.push(extra);
    let source = &mut changed.sources[0];
    source.organisation = match source.organisation {
        Some(_) => None,
        None => Some("An organisation".into()),
    };
    let entry = &mut changed.glossary[0];
    entry.note = match entry.note {
        Some(_) => None,
        None => Some("A note".into()),
    };
    let fitted = ja.clone().fitting(&changed);
    assert!(
        !fitted.events.contains_key(&event_id),
        "an event with a quote more"
    );
    assert!(!fitted.topics.contains_key(&changed.topics[0].id));
    assert!(!fitted.actors.contains_key(&changed.actors[0].id));
    assert!(!fitted.places.contains_key(&changed.places[0].id));
    assert!(!fitted.eras.contains_key(&changed.eras[0].id));
    assert!(!fitted
        .perspectives
        .contains_key(&changed.perspectives[0].id));
    assert!(!fitted.sources.contains_key(&changed.sources[0].id));
    assert!(!fitted.glossary.contains_key(&changed.glossary[0].id));
    // Everything else still fits.
    assert_eq!(fitted.events.len(), ja.events.len() - 1);
    assert_eq!(fitted.topics.len(), ja.topics.len() - 1);
    assert_eq!(fitted.actors.len(), ja.actors.len() - 1);
    assert_eq!(fitted.places.len(), ja.places.len() - 1);
    assert_eq!(fitted.eras.len(), ja.eras.len() - 1);
    assert_eq!(fitted.perspectives.len(), ja.perspectives.len() - 1);
    assert_eq!(fitted.sources.len(), ja.sources.len() - 1);
    assert_eq!(fitted.glossary.len(), ja.glossary.len() - 1);

    // An event fits only with the same optional notes, and as many quotes.
    for change in [
        |e: &mut explorer_core::data::Event| e.date_note = e.date_note.take().xor(Some("x".into())),
        |e: &mut explorer_core::data::Event| {
            e.discrepancy = e.discrepancy.take().xor(Some("x".into()))
        },
        |e: &mut explorer_core::data::Event| {
            let extra = e.evidence[0].clone();
            e.evidence.push(extra);
        },
    ] {
        let mut changed = data.clone();
        change(std::sync::Arc::make_mut(&mut changed.events[0]));
        let fitted = ja.clone().fitting(&changed);
        assert!(!fitted.events.contains_key(&event_id));
        assert_eq!(fitted.events.len(), ja.events.len() - 1);
    }
    // A glossary entry fits only with the same expansion and as many quotes.
    for change in [
        |g: &mut explorer_core::data::GlossaryEntry| {
            g.expansion = g.expansion.take().xor(Some("x".into()))
        },
        |g: &mut explorer_core::data::GlossaryEntry| {
            let extra = g.evidence[0].clone();
            g.evidence.push(extra);
        },
    ] {
        let mut changed = data.clone();
        change(&mut changed.glossary[0]);
        let fitted = ja.clone().fitting(&changed);
        assert!(!fitted.glossary.contains_key(&changed.glossary[0].id));
    }
}

/// The dataset's title and description change with the edition, unless the
/// translations came without them (a build of the English edition alone).
#[test]
fn the_dataset_title_is_translated_only_when_there_is_one() {
    let english = bundled();
    let ja = explorer_core::data::translations_for_build().unwrap();
    let mut data = english.clone();
    ja.apply_to(&mut data);
    assert_eq!(data.meta.title, ja.meta.title);
    assert_eq!(data.meta.description, ja.meta.description);
    let mut data = english.clone();
    Translations::default().apply_to(&mut data);
    assert_eq!(data.meta.title, english.meta.title);
    assert_eq!(data.meta.description, english.meta.description);
}

/// Each kind's words are applied: actors' names and roles, eras', topics'.
#[test]
fn every_kind_of_record_reads_in_japanese() {
    let ja = explorer_core::data::translations_for_build().unwrap();
    let mut data = bundled();
    ja.apply_to(&mut data);
    for actor in &data.actors {
        assert_eq!(actor.name, ja.actors[&actor.id].name);
        assert_eq!(actor.role, ja.actors[&actor.id].role);
    }
    for era in &data.eras {
        assert_eq!(era.name, ja.eras[&era.id].name);
        assert_eq!(era.summary, ja.eras[&era.id].summary);
    }
    for topic in &data.topics {
        assert_eq!(topic.name, ja.topics[&topic.id].name);
        assert_eq!(topic.summary, ja.topics[&topic.id].summary);
    }
    for source in &data.sources {
        let t = &ja.sources[&source.id];
        assert_eq!(
            (
                &source.title,
                &source.authors_note,
                &source.date_note,
                &source.perspective
            ),
            (&t.title, &t.authors_note, &t.date_note, &t.perspective)
        );
        assert_eq!(source.organisation, t.organisation);
    }
    for perspective in &data.perspectives {
        let t = &ja.perspectives[&perspective.id];
        assert_eq!(perspective.question, t.question);
        assert_eq!(perspective.summary, t.summary);
        for (position, t) in perspective.positions.iter().zip(&t.positions) {
            assert_eq!(position.stance, t.stance);
        }
    }
    for entry in &data.glossary {
        let t = &ja.glossary[&entry.id];
        assert_eq!(entry.note, t.note);
        for (evidence, rendering) in entry.evidence.iter().zip(&t.renderings) {
            assert_eq!(evidence.rendering.as_ref(), Some(rendering));
        }
    }
    for event in &data.events {
        let t = &ja.events[&event.id];
        assert_eq!(event.date_note, t.date_note);
        assert_eq!(event.discrepancy, t.discrepancy);
    }
}
