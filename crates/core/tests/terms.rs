//! The terminology list (`data/terms.json`) is followed by every text of
//! both editions, and a planted misuse fails naming file, record and field.

use explorer_core::data::terms::{self, misuses, Terms, BUNDLED_TERMS};
use explorer_core::data::translation::TranslationFiles;
use explorer_core::data::{DataFile, DataFiles, ValidationError, BUNDLED, BUNDLED_JA};

fn list() -> Terms {
    Terms::parse(&BUNDLED_TERMS).unwrap_or_else(|e| panic!("{e}"))
}

/// The problems the list finds once `english` and `japanese` have edited
/// the bundled files' texts, beyond those it finds in them unedited.
fn problems_with(
    english: impl Fn(&str, &str) -> String,
    japanese: impl Fn(&str, &str) -> String,
) -> Vec<ValidationError> {
    let en_texts: Vec<(&str, String)> = BUNDLED
        .in_order()
        .iter()
        .map(|f| (f.name, english(f.name, f.text)))
        .collect();
    let english_files = DataFiles::from_sections(std::array::from_fn(|at| DataFile {
        name: en_texts[at].0,
        text: &en_texts[at].1,
    }));
    let ja_texts: Vec<(&str, String)> = BUNDLED_JA
        .in_order()
        .iter()
        .map(|f| (f.name, japanese(f.name, f.text)))
        .collect();
    let japanese_files = TranslationFiles::from_sections(std::array::from_fn(|at| DataFile {
        name: ja_texts[at].0,
        text: &ja_texts[at].1,
    }));
    let problems = match terms::check(&list(), &english_files, &japanese_files) {
        Ok(()) => Vec::new(),
        Err(errors) => errors.0,
    };
    // Only what the edit brought in: the bundled data's own state is the
    // first test's business.
    let before = match terms::check(&list(), &BUNDLED, &BUNDLED_JA) {
        Ok(()) => Vec::new(),
        Err(errors) => errors.0,
    };
    problems
        .into_iter()
        .filter(|problem| !before.contains(problem))
        .collect()
}

fn unchanged(_: &str, text: &str) -> String {
    text.to_owned()
}

#[test]
fn the_bundled_data_follows_the_list() {
    terms::check_bundled().unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_planted_aircraft_carrier_fails_naming_file_record_and_field() {
    // The 2021 Izumo trial's Japanese summary, with the form the audit removed.
    let problems = problems_with(unchanged, |name, text| {
        if name != "data/ja/events.json" {
            return text.to_owned();
        }
        let at = text
            .find("\"2021-f-35b-trials-on-izumo\"")
            .expect("the Izumo event has a translation");
        let summary = at + text[at..].find("\"summary\": \"").unwrap() + "\"summary\": \"".len();
        format!("{}空母{}", &text[..summary], &text[summary..])
    });
    assert_eq!(problems.len(), 1, "{problems:?}");
    let problem = &problems[0];
    assert_eq!(problem.file, "data/ja/events.json");
    assert_eq!(
        problem.record.as_deref(),
        Some("\"2021-f-35b-trials-on-izumo\"")
    );
    assert_eq!(problem.field.as_deref(), Some("summary"));
    assert!(
        problem.message.contains("いずも型護衛艦"),
        "{}",
        problem.message
    );
}

#[test]
fn a_planted_misuse_in_a_rendering_or_a_stance_fails_too() {
    let problems = problems_with(unchanged, |name, text| match name {
        "data/ja/actors.json" => text.replacen("ビリニュス", "ヴィリニュス", 1),
        "data/ja/perspectives.json" => {
            text.replacen("\"stance\": \"", "\"stance\": \"日本の海軍と", 1)
        }
        _ => text.to_owned(),
    });
    let files: Vec<&str> = problems.iter().map(|p| p.file.as_str()).collect();
    assert!(files.contains(&"data/ja/actors.json"), "{problems:?}");
    assert!(
        problems
            .iter()
            .all(|p| p.record.is_some() && p.field.is_some()),
        "{problems:?}"
    );
    // A stance is a field of a position, in a list: found there, and named
    // by its path.
    let stance = problems
        .iter()
        .find(|p| p.file == "data/ja/perspectives.json")
        .expect("the planted stance is found");
    let field = stance.field.as_deref().unwrap_or_default();
    assert!(
        field.starts_with("positions[") && field.ends_with("].stance"),
        "{stance:?}"
    );
}

#[test]
fn a_misuse_in_the_japanese_meta_names_its_field() {
    let problems = problems_with(unchanged, |name, text| {
        if name == "data/ja/meta.json" {
            text.replacen("\"title\": \"", "\"title\": \"日本の軍隊 ", 1)
        } else {
            text.to_owned()
        }
    });
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].file, "data/ja/meta.json");
    assert_eq!(
        problems[0].record, None,
        "meta is one record, not a map of them"
    );
    assert_eq!(problems[0].field.as_deref(), Some("title"));
}

#[test]
fn a_list_with_an_empty_form_is_refused() {
    for list in [
        r#"{"en": [{"id": "x", "use": "NATO", "avoid": [""], "why": "test"}], "ja": []}"#,
        r#"{"en": [], "ja": [{"id": "x", "use": "", "avoid": ["y"], "why": "test"}]}"#,
    ] {
        let file = DataFile {
            name: "data/terms.json",
            text: list,
        };
        let error = Terms::parse(&file).expect_err("an empty form");
        assert!(error.contains("an empty form"), "{error}");
    }
}

#[test]
fn english_quotes_keep_the_sources_words_but_our_own_text_does_not() {
    // A source writes "Shinzo Abe": fine in a quote, not in a summary.
    let in_quote = problems_with(
        |name, text| {
            if name == "data/events.json" {
                text.replacen("\"quote\": \"", "\"quote\": \"Shinzo Abe ", 1)
            } else {
                text.to_owned()
            }
        },
        unchanged,
    );
    assert!(in_quote.is_empty(), "{in_quote:?}");
    let in_summary = problems_with(
        |name, text| {
            if name == "data/events.json" {
                text.replacen("\"summary\": \"", "\"summary\": \"Shinzo Abe ", 1)
            } else {
                text.to_owned()
            }
        },
        unchanged,
    );
    assert_eq!(in_summary.len(), 1, "{in_summary:?}");
    assert_eq!(in_summary[0].field.as_deref(), Some("summary"));
}

#[test]
fn an_avoided_form_is_allowed_only_inside_the_preferred_one() {
    let list = list();
    assert!(misuses("2013年の日NATO共同政治宣言", &list.ja).is_empty());
    let bare = misuses("日NATO共同政治宣言の後、共同政治宣言に基づき", &list.ja);
    assert_eq!(bare.len(), 1, "{bare:?}");
    assert_eq!(bare[0].1, "共同政治宣言");
    assert!(!misuses("いずも型空母", &list.ja).is_empty());
}
