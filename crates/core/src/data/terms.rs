//! The terminology list (`data/terms.json`): for each term, the form to
//! use and forms that must not appear, per edition. The build checks every
//! text of the dataset against it, so a later edit or translation cannot
//! bring back a form that was corrected (空母 for the Izumo class,
//! ヴィリニュス, "Shinzo Abe").
//!
//! An avoided form is allowed only inside the preferred one: 共同政治宣言
//! inside 日NATO共同政治宣言. English quotes are the sources' own words and
//! are not checked; Japanese renderings of them are.

use serde::Deserialize;
use serde_json::Value;

pub use super::files::BUNDLED_TERMS;
use super::translation::TranslationFiles;
use super::validate::{DataFile, DataFiles, ValidationError, ValidationErrors};

/// One term of the list.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    /// The form to use.
    #[serde(rename = "use")]
    pub preferred: String,
    /// Forms that must not appear, except inside `preferred`.
    pub avoid: Vec<String>,
    /// Why: the usage it follows. Shown in the error.
    pub why: String,
}

/// The list, per edition.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    pub en: Vec<Term>,
    pub ja: Vec<Term>,
}

impl Terms {
    /// Reads the list, or says what is wrong with it.
    pub fn parse(file: &DataFile) -> Result<Terms, String> {
        let terms: Terms = serde_json::from_str(file.text)
            .map_err(|err| format!("{}: not a valid terminology list: {err}", file.name))?;
        for term in terms.en.iter().chain(&terms.ja) {
            if term.avoid.iter().any(|form| form.is_empty()) || term.preferred.is_empty() {
                return Err(format!("{}: term {:?}: an empty form", file.name, term.id));
            }
        }
        Ok(terms)
    }
}

/// The avoided forms that `text` uses outside the preferred form, with the
/// term that avoids each.
pub fn misuses<'t>(text: &str, terms: &'t [Term]) -> Vec<(&'t Term, &'t str)> {
    let mut found = Vec::new();
    for term in terms {
        // Byte ranges of the preferred form, inside which an avoided form is fine.
        let allowed: Vec<(usize, usize)> = text
            .match_indices(term.preferred.as_str())
            .map(|(at, form)| (at, at + form.len()))
            .collect();
        for avoided in &term.avoid {
            let outside = text.match_indices(avoided.as_str()).any(|(at, form)| {
                !allowed
                    .iter()
                    .any(|&(from, to)| from <= at && at + form.len() <= to)
            });
            if outside {
                found.push((term, avoided.as_str()));
            }
        }
    }
    found
}

/// Checks every text of the English files (quotes aside) and of the
/// Japanese files (renderings included) against the list. Each problem names
/// file, record and field.
pub fn check(
    terms: &Terms,
    english: &DataFiles,
    japanese: &TranslationFiles,
) -> Result<(), ValidationErrors> {
    let mut errors = Vec::new();
    for file in english.in_order() {
        check_file(&file, &terms.en, true, &mut errors);
    }
    for file in japanese.in_order() {
        check_file(&file, &terms.ja, false, &mut errors);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ValidationErrors(errors))
    }
}

/// The list checked over the bundled dataset: what `build.rs` runs.
pub fn check_bundled() -> Result<(), String> {
    let terms = Terms::parse(&BUNDLED_TERMS)?;
    check(&terms, &super::BUNDLED, &super::BUNDLED_JA).map_err(|errors| errors.to_string())
}

fn check_file(
    file: &DataFile,
    terms: &[Term],
    skip_quotes: bool,
    errors: &mut Vec<ValidationError>,
) {
    // Malformed JSON is the validator's to report, with its own message.
    let Ok(value) = serde_json::from_str::<Value>(file.text) else {
        return;
    };
    // The English files are lists of records with ids; the Japanese ones
    // objects keyed by id; `meta.json` one object in both.
    let records: Vec<(Option<String>, &Value)> = match &value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(at, item)| {
                let id = item.get("id").and_then(Value::as_str);
                (
                    Some(id.map_or_else(|| format!("#{at}"), |id| format!("{id:?}"))),
                    item,
                )
            })
            .collect(),
        Value::Object(map) if !file.name.ends_with("meta.json") => map
            .iter()
            .map(|(id, item)| (Some(format!("{id:?}")), item))
            .collect(),
        other => vec![(None, other)],
    };
    for (record, item) in records {
        let mut texts = Vec::new();
        collect_texts(item, String::new(), skip_quotes, &mut texts);
        for (field, text) in texts {
            for (term, avoided) in misuses(text, terms) {
                errors.push(ValidationError {
                    file: file.name.to_owned(),
                    record: record.clone(),
                    field: (!field.is_empty()).then(|| field.clone()),
                    message: format!(
                        "{avoided:?} is not used here; write {:?} (term {:?}: {})",
                        term.preferred, term.id, term.why
                    ),
                });
            }
        }
    }
}

/// Every string under `value`, with its path (`evidence[1].quote`),
/// skipping fields named `quote` when asked.
fn collect_texts<'v>(
    value: &'v Value,
    path: String,
    skip_quotes: bool,
    out: &mut Vec<(String, &'v str)>,
) {
    match value {
        Value::String(text) => out.push((path, text)),
        Value::Array(items) => {
            for (at, item) in items.iter().enumerate() {
                collect_texts(item, format!("{path}[{at}]"), skip_quotes, out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                if skip_quotes && key == "quote" {
                    continue;
                }
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                collect_texts(item, path, skip_quotes, out);
            }
        }
        _ => {}
    }
}
