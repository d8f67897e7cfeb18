//! The dataset's validation: the bundled data loads and meets the issue's
//! counts, and every kind of malformed input is reported with its file,
//! record and field.
//!
//! Long (about 750 lines): one test per rule of `data/validate.rs`, each
//! planting one mistake in a minimal fixture.

use explorer_core::data::{self, DataFile, DataFiles, ValidationError};

/// The minimal valid dataset in `tests/fixtures/minimal/`, one file of which
/// a test may replace.
struct Fixture {
    files: Vec<(&'static str, String)>,
}

impl Fixture {
    fn minimal() -> Fixture {
        let names = [
            "meta.json",
            "sources.json",
            "events.json",
            "topics.json",
            "actors.json",
            "places.json",
            "eras.json",
            "perspectives.json",
            "glossary.json",
            "story.json",
        ];
        let files = names
            .iter()
            .map(|name| {
                let path = format!(
                    "{}/tests/fixtures/minimal/{name}",
                    env!("CARGO_MANIFEST_DIR")
                );
                (*name, std::fs::read_to_string(&path).expect("fixture file"))
            })
            .collect();
        Fixture { files }
    }

    /// Replaces `from` by `to` in one file; the text must be there.
    fn edit(mut self, file: &str, from: &str, to: &str) -> Fixture {
        let text = &mut self
            .files
            .iter_mut()
            .find(|(name, _)| *name == file)
            .unwrap()
            .1;
        assert!(text.contains(from), "{file} does not contain {from:?}");
        *text = text.replacen(from, to, 1);
        self
    }

    /// No guided story (`null`), for a test that removes an event it tells.
    fn without_story(mut self) -> Fixture {
        let story = self
            .files
            .iter_mut()
            .find(|(name, _)| *name == "story.json");
        story.unwrap().1 = "null".into();
        self
    }

    fn load(&self) -> Result<data::Dataset, Vec<ValidationError>> {
        // `files` is in the order of data::validate::SECTIONS.
        let file = |i: usize| DataFile {
            name: self.files[i].0,
            text: &self.files[i].1,
        };
        data::load(&DataFiles::from_sections(std::array::from_fn(file))).map_err(|errors| errors.0)
    }

    /// Loads, expecting exactly one error, and returns it.
    fn single_error(&self) -> ValidationError {
        let errors = self.load().expect_err("the fixture should be invalid");
        assert_eq!(errors.len(), 1, "expected one error, got: {errors:#?}");
        errors.into_iter().next().unwrap()
    }
}

fn assert_error(
    error: &ValidationError,
    file: &str,
    record: Option<&str>,
    field: Option<&str>,
    words: &str,
) {
    assert_eq!(error.file, file, "{error}");
    assert_eq!(error.record.as_deref(), record, "{error}");
    assert_eq!(error.field.as_deref(), field, "{error}");
    assert!(
        error.message.contains(words),
        "message {:?} should mention {words:?}",
        error.message
    );
    let shown = error.to_string();
    assert!(shown.starts_with(file), "{shown}");
}

/// The limits are inclusive: a quote of exactly the shortest length, and an
/// era of a single year, are valid.
#[test]
fn boundaries_are_valid() {
    Fixture::minimal()
        .edit("events.json", "A quote long enough.", "Twelve chars")
        .load()
        .expect("a quote of exactly the shortest length");
    let shortest = explorer_core::data::validate::MIN_QUOTE_CHARS;
    assert_eq!("Twelve chars".chars().count(), shortest);
    let error = Fixture::minimal()
        .edit("events.json", "A quote long enough.", "Eleven char")
        .single_error();
    assert_eq!(error.field.as_deref(), Some("evidence[0].quote"), "{error}");
    Fixture::minimal()
        .edit("eras.json", "\"to\": 2020", "\"to\": 2000")
        .load()
        .expect("an era of one year");
    let error = Fixture::minimal()
        .edit("eras.json", "\"to\": 2020", "\"to\": 1998")
        .load()
        .expect_err("an era that ends before it starts");
    assert!(
        error.iter().any(|e| e.field.as_deref() == Some("to")),
        "{error:?}"
    );
}

/// A record that cannot be read is named by its id, or by its position
/// when its id is blank.
#[test]
fn an_unreadable_record_with_a_blank_id_is_named_by_its_position() {
    let error = Fixture::minimal()
        .edit(
            "events.json",
            "\"id\": \"later\",",
            "\"id\": \"later\", \"bogus\": 1,",
        )
        .single_error();
    assert_eq!(error.record.as_deref(), Some("\"later\""), "{error}");
    let errors = Fixture::minimal()
        .edit(
            "events.json",
            "\"id\": \"later\",",
            "\"id\": \"  \", \"bogus\": 1,",
        )
        .load()
        .expect_err("a blank id");
    assert!(
        errors.iter().any(|e| e.record.as_deref() == Some("#1")),
        "{errors:?}"
    );
    assert!(
        errors.iter().all(|e| e.record.as_deref() != Some("\"  \"")),
        "{errors:?}"
    );
}

/// All the problems are listed, each on its line, under how many there are.
#[test]
fn a_report_lists_every_problem() {
    let errors = explorer_core::data::ValidationErrors(vec![
        explorer_core::data::ValidationError {
            file: "data/events.json".into(),
            record: Some("\"a\"".into()),
            field: Some("date".into()),
            message: "is bad".into(),
        },
        explorer_core::data::ValidationError {
            file: "data/topics.json".into(),
            record: None,
            field: None,
            message: "not valid JSON".into(),
        },
    ]);
    let report = errors.to_string();
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines.len(), 3, "{report}");
    assert!(lines[0].contains("2 problem(s)"), "{report}");
    assert!(
        lines[1].contains("data/events.json") && lines[1].contains("is bad"),
        "{report}"
    );
    assert!(lines[2].contains("data/topics.json"), "{report}");
}

#[test]
fn the_minimal_fixture_is_valid_and_sorted() {
    let dataset = Fixture::minimal().load().expect("valid fixture");
    let ids: Vec<_> = dataset.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["earlier", "later"]);
    let eras: Vec<_> = dataset.eras.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(eras, ["first", "second"]);
}

#[test]
fn malformed_json_names_the_file_and_position() {
    let error = Fixture::minimal()
        .edit(
            "events.json",
            "\"title\": \"Later event\",",
            "\"title\": \"Later event\"",
        )
        .single_error();
    assert_error(&error, "events.json", None, None, "not valid JSON");
    assert!(error.message.contains("line"), "{error}");
}

#[test]
fn a_file_that_is_not_an_array_is_reported() {
    let error = Fixture::minimal()
        .edit("topics.json", "[ {", "{ \"x\": [ {")
        .edit("topics.json", "} ] } ]", "} ] } ] }")
        .single_error();
    assert_error(&error, "topics.json", None, None, "expected a JSON array");
}

#[test]
fn a_missing_field_names_record_and_field() {
    let error = Fixture::minimal()
        .edit("events.json", "\"title\": \"Later event\", ", "")
        .single_error();
    assert_error(
        &error,
        "events.json",
        Some("\"later\""),
        Some("title"),
        "missing field",
    );
}

#[test]
fn a_wrongly_typed_nested_field_names_its_path() {
    let error = Fixture::minimal()
        .edit(
            "events.json",
            "\"quote\": \"Another quote that is long.\"",
            "\"quote\": 42",
        )
        .single_error();
    assert_error(
        &error,
        "events.json",
        Some("\"earlier\""),
        Some("evidence[0].quote"),
        "invalid type",
    );
}

#[test]
fn an_unknown_field_is_rejected() {
    let error = Fixture::minimal()
        .edit(
            "topics.json",
            "\"name\": \"Topic A\"",
            "\"nmae\": \"Topic A\"",
        )
        .load()
        .unwrap_err();
    assert!(
        error
            .iter()
            .any(|e| e.message.contains("unknown field `nmae`")
                && e.record.as_deref() == Some("\"topic-a\"")),
        "{error:#?}"
    );
}

#[test]
fn an_unknown_event_type_is_rejected() {
    let error = Fixture::minimal()
        .edit(
            "events.json",
            "\"type\": \"meeting\"",
            "\"type\": \"party\"",
        )
        .single_error();
    assert_error(
        &error,
        "events.json",
        Some("\"earlier\""),
        Some("type"),
        "unknown variant `party`",
    );
}

#[test]
fn an_impossible_date_is_rejected() {
    let error = Fixture::minimal()
        .edit(
            "events.json",
            "\"date\": \"2014\"",
            "\"date\": \"2014-02-30\"",
        )
        .single_error();
    assert_error(
        &error,
        "events.json",
        Some("\"later\""),
        Some("date"),
        "February 2014 has no day 30",
    );
}

#[test]
fn an_unparseable_date_is_rejected() {
    let error = Fixture::minimal()
        .edit(
            "events.json",
            "\"date\": \"2014\"",
            "\"date\": \"spring 2014\"",
        )
        .single_error();
    assert_error(
        &error,
        "events.json",
        Some("\"later\""),
        Some("date"),
        "cannot read \"spring 2014\"",
    );
}

#[test]
fn a_span_that_ends_before_it_starts_is_rejected() {
    let error = Fixture::minimal()
        .edit(
            "events.json",
            "\"date\": \"2014\"",
            "\"date\": \"2014/2009\"",
        )
        .single_error();
    assert_error(
        &error,
        "events.json",
        Some("\"later\""),
        Some("date"),
        "must end after it starts",
    );
}

#[test]
fn the_meta_date_must_be_a_day() {
    let error = Fixture::minimal()
        .edit("meta.json", "\"2026-01-02\"", "\"2026\"")
        .single_error();
    assert_error(
        &error,
        "meta.json",
        Some("meta"),
        Some("date"),
        "single day",
    );
}

#[test]
fn a_dangling_topic_is_reported() {
    let error = Fixture::minimal()
        .edit(
            "events.json",
            "\"topics\": [\"topic-a\"], \"actors\": [\"actor-a\"]",
            "\"topics\": [\"topic-b\"], \"actors\": [\"actor-a\"]",
        )
        .single_error();
    assert_error(
        &error,
        "events.json",
        Some("\"later\""),
        Some("topics[0]"),
        "topic \"topic-b\", which does not exist",
    );
}

#[test]
fn a_dangling_actor_is_reported() {
    let error = Fixture::minimal()
        .edit(
            "events.json",
            "\"actors\": [\"actor-a\"]",
            "\"actors\": [\"nobody\"]",
        )
        .single_error();
    assert_error(
        &error,
        "events.json",
        Some("\"later\""),
        Some("actors[0]"),
        "actor \"nobody\"",
    );
}

#[test]
fn a_dangling_source_is_reported() {
    let error = Fixture::minimal()
        .edit(
            "topics.json",
            "\"source\": \"doc\"",
            "\"source\": \"missing-doc\"",
        )
        .single_error();
    assert_error(
        &error,
        "topics.json",
        Some("\"topic-a\""),
        Some("evidence[0].source"),
        "source \"missing-doc\"",
    );
}

#[test]
fn a_dangling_related_event_is_reported() {
    let error = Fixture::minimal()
        .edit(
            "events.json",
            "\"related\": [\"earlier\"]",
            "\"related\": [\"never\"]",
        )
        .single_error();
    assert_error(
        &error,
        "events.json",
        Some("\"later\""),
        Some("related[0]"),
        "event \"never\"",
    );
}

#[test]
fn a_dangling_perspective_source_is_reported() {
    let error = Fixture::minimal()
        .edit(
            "perspectives.json",
            "\"source\": \"doc\"",
            "\"source\": \"elsewhere\"",
        )
        .single_error();
    assert_error(
        &error,
        "perspectives.json",
        Some("\"question\""),
        Some("positions[0].source"),
        "source \"elsewhere\"",
    );
}

#[test]
fn a_duplicate_id_is_reported() {
    let error = Fixture::minimal()
        .without_story()
        .edit("events.json", "\"id\": \"earlier\"", "\"id\": \"later\"")
        .edit(
            "events.json",
            "\"related\": [\"earlier\"]",
            "\"related\": []",
        )
        .single_error();
    assert_error(
        &error,
        "events.json",
        Some("\"later\""),
        Some("id"),
        "duplicate id",
    );
}

#[test]
fn an_id_that_is_not_a_slug_is_reported() {
    let error = Fixture::minimal()
        .edit("topics.json", "\"id\": \"topic-a\"", "\"id\": \"Topic A\"")
        .edit(
            "events.json",
            "\"topics\": [\"topic-a\"], \"actors\": [\"actor-a\"]",
            "\"topics\": [\"Topic A\"], \"actors\": [\"actor-a\"]",
        )
        .edit(
            "events.json",
            "\"topics\": [\"topic-a\"]",
            "\"topics\": [\"Topic A\"]",
        )
        .edit("perspectives.json", "\"topic-a\"", "\"Topic A\"")
        .single_error();
    assert_error(
        &error,
        "topics.json",
        Some("\"Topic A\""),
        Some("id"),
        "not a slug",
    );
}

#[test]
fn an_empty_quote_is_reported() {
    let error = Fixture::minimal()
        .edit(
            "actors.json",
            "\"quote\": \"A quote about actor A.\"",
            "\"quote\": \"  \"",
        )
        .single_error();
    assert_error(
        &error,
        "actors.json",
        Some("\"actor-a\""),
        Some("evidence[0].quote"),
        "the quote is empty",
    );
}

#[test]
fn a_too_short_quote_is_reported() {
    let error = Fixture::minimal()
        .edit(
            "actors.json",
            "\"quote\": \"A quote about actor A.\"",
            "\"quote\": \"Japan\"",
        )
        .single_error();
    assert_error(
        &error,
        "actors.json",
        Some("\"actor-a\""),
        Some("evidence[0].quote"),
        "too short",
    );
}

#[test]
fn missing_evidence_is_reported() {
    let error = Fixture::minimal()
        .edit(
            "topics.json",
            "\"evidence\": [ { \"source\": \"doc\", \"quote\": \"A quote about topic A.\" } ]",
            "\"evidence\": []",
        )
        .single_error();
    assert_error(
        &error,
        "topics.json",
        Some("\"topic-a\""),
        Some("evidence"),
        "at least one quote",
    );
}

#[test]
fn an_empty_title_is_reported() {
    let error = Fixture::minimal()
        .edit(
            "events.json",
            "\"title\": \"Earlier event\"",
            "\"title\": \"\"",
        )
        .single_error();
    assert_error(
        &error,
        "events.json",
        Some("\"earlier\""),
        Some("title"),
        "is empty",
    );
}

#[test]
fn overlapping_eras_are_reported() {
    let error = Fixture::minimal()
        .edit("eras.json", "\"to\": 1999", "\"to\": 2001")
        .single_error();
    assert_error(
        &error,
        "eras.json",
        Some("\"first\""),
        Some("to"),
        "overlaps the era \"second\"",
    );
}

#[test]
fn a_glossary_spelling_used_twice_is_reported() {
    let error = Fixture::minimal()
        .edit(
            "glossary.json",
            "\"aliases\": [\"Quad\"]",
            "\"aliases\": [\"IPCP\"]",
        )
        .single_error();
    assert_error(
        &error,
        "glossary.json",
        Some("\"quad\""),
        Some("aliases[0]"),
        "already the term or alias of \"ipcp\"",
    );
}

#[test]
fn a_glossary_entry_without_expansion_needs_a_note() {
    let error = Fixture::minimal()
        .edit(
            "glossary.json",
            "\"note\": \"Not expanded.\"",
            "\"note\": null",
        )
        .single_error();
    assert_error(
        &error,
        "glossary.json",
        Some("\"quad\""),
        Some("note"),
        "must say why",
    );
}

#[test]
fn a_record_without_an_id_is_named_by_position() {
    let error = Fixture::minimal()
        .edit("topics.json", "\"id\": \"topic-a\", ", "")
        .load()
        .unwrap_err();
    assert!(
        error
            .iter()
            .any(|e| e.record.as_deref() == Some("#1") && e.field.as_deref() == Some("id")),
        "{error:#?}"
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let errors = Fixture::minimal()
        .edit("events.json", "\"date\": \"2014\"", "\"date\": \"2014-13\"")
        .edit(
            "actors.json",
            "\"quote\": \"A quote about actor A.\"",
            "\"quote\": \"\"",
        )
        .load()
        .unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

// --- The bundled dataset --------------------------------------------------

#[test]
fn the_bundled_dataset_loads() {
    let dataset = data::bundled();
    assert!(!dataset.meta.version.is_empty());
    assert!(dataset
        .events
        .windows(2)
        .all(|w| w[0].date.sort_key() <= w[1].date.sort_key()));
}

#[test]
fn the_bundled_dataset_has_the_required_counts() {
    let dataset = data::bundled();
    assert!(
        dataset.events.len() >= 45,
        "{} events",
        dataset.events.len()
    );
    assert!(
        dataset.topics.len() >= 12,
        "{} topics",
        dataset.topics.len()
    );
    assert_eq!(dataset.sources.len(), 5);
    assert!(dataset.eras.len() >= 3);
    assert!(dataset.perspectives.len() >= 5);
}

#[test]
fn the_events_span_the_early_1990s_to_2023() {
    let dataset = data::bundled();
    assert_eq!(
        dataset.events.first().unwrap().date.to_string(),
        "early 1990s"
    );
    assert_eq!(
        dataset.events.iter().map(|e| e.date.year_range().1).max(),
        Some(2023)
    );
}

#[test]
fn every_source_document_is_cited() {
    let dataset = data::bundled();
    for source in &dataset.sources {
        let cited = dataset
            .events
            .iter()
            .flat_map(|e| &e.evidence)
            .any(|ev| ev.source == source.id);
        assert!(cited, "no event cites {}", source.id);
    }
}

#[test]
fn the_glossary_covers_every_acronym_in_the_sources() {
    // Every all-capitals word of two or more letters in the source texts
    // must be a glossary term or alias, unless it is not an acronym.
    // Not acronyms: a Roman numeral, a caption word, a postcode, an aircraft.
    let not_acronyms = ["II", "SVG", "WC2R", "2LS", "F-35B"];
    let dataset = data::bundled();
    let spellings: Vec<&str> = dataset
        .glossary
        .iter()
        .flat_map(|g| std::iter::once(g.term.as_str()).chain(g.aliases.iter().map(String::as_str)))
        .collect();
    let dir = format!("{}/../../../shared/sources", env!("CARGO_MANIFEST_DIR"));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        // CI always has shared/ beside the clone: there, a missing folder
        // is a broken run, not a reason to pass.
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "{dir} is missing under CI"
        );
        eprintln!("skipping: {dir} is not there");
        return;
    };
    let mut missing = Vec::new();
    for entry in entries.flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '+')) {
            let word = word.trim_matches('-');
            let capitals = word.chars().filter(char::is_ascii_uppercase).count();
            let is_acronym = capitals >= 2
                && word
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '+' || c == '-');
            if is_acronym && !not_acronyms.contains(&word) && !spellings.contains(&word) {
                missing.push(word.to_owned());
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "acronyms missing from the glossary: {missing:?}"
    );
    for required in [
        "IPCP",
        "ITPP",
        "HADR",
        "CMX",
        "CCDCOE",
        "WPS",
        "ISAF",
        "FOIP",
        "GCAP",
        "JMSDF",
        "NAC",
        "ADMM-Plus",
        "QUAD",
        "SPF",
    ] {
        assert!(
            spellings.contains(&required),
            "{required} is not in the glossary"
        );
    }
}

#[test]
fn an_event_naming_an_unknown_place_is_reported() {
    let error = Fixture::minimal()
        .edit(
            "events.json",
            r#""places": ["tokyo"]"#,
            r#""places": ["kyoto"]"#,
        )
        .load()
        .unwrap_err();
    // Tokyo is then named by no event: both are reported.
    assert!(error.iter().any(|e| e.file == "events.json"
        && e.record.as_deref() == Some("\"earlier\"")
        && e.field.as_deref() == Some("places[0]")
        && e.message.contains("\"kyoto\", which does not exist")));
    assert!(error.iter().any(|e| e.file == "places.json"
        && e.record.as_deref() == Some("\"tokyo\"")
        && e.field.as_deref() == Some("id")
        && e.message.contains("no event names this place")));
}

#[test]
fn a_place_no_event_names_is_reported() {
    let error = Fixture::minimal()
        .edit("events.json", r#""places": ["tokyo"]"#, r#""places": []"#)
        .single_error();
    assert_eq!(error.file, "places.json");
    assert_eq!(error.record.as_deref(), Some("\"tokyo\""));
    assert_eq!(error.field.as_deref(), Some("id"));
}

#[test]
fn coordinates_off_the_globe_are_reported() {
    let error = Fixture::minimal()
        .edit("places.json", "[139.6917, 35.6895]", "[35.6895, 139.6917]")
        .single_error();
    assert_eq!(error.file, "places.json");
    assert_eq!(error.record.as_deref(), Some("\"tokyo\""));
    assert_eq!(error.field.as_deref(), Some("point"));
    assert!(
        error.message.contains("latitude 139.6917"),
        "{}",
        error.message
    );
    let error = Fixture::minimal()
        .edit("places.json", "[139.6917, 35.6895]", "[181, 35]")
        .single_error();
    assert!(error.message.contains("longitude 181"), "{}", error.message);
}

#[test]
fn a_sea_or_region_needs_an_extent_in_order() {
    let error = Fixture::minimal()
        .edit("places.json", r#""kind": "city""#, r#""kind": "sea""#)
        .single_error();
    assert_eq!(error.field.as_deref(), Some("extent"));
    let error = Fixture::minimal()
        .edit(
            "places.json",
            r#""gazetteer""#,
            r#""extent": [[130, 40], [145, 30]], "gazetteer""#,
        )
        .single_error();
    assert_eq!(error.field.as_deref(), Some("extent"));
    assert!(error.message.contains("south edge"), "{}", error.message);
}

#[test]
fn an_unknown_kind_of_place_names_its_field() {
    let error = Fixture::minimal()
        .edit("places.json", r#""kind": "city""#, r#""kind": "village""#)
        .load()
        .unwrap_err();
    assert!(error.iter().any(|e| e.file == "places.json"
        && e.record.as_deref() == Some("\"tokyo\"")
        && e.field.as_deref() == Some("kind")));
}
