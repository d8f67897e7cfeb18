//! Deploy-time dataset updates: what `explorer-config.json` asks for, how a
//! newer dataset's check travels back to the app, and how the outcome is
//! worded for the reader. The app fetches; everything it decides and says
//! is here, tested natively.
//!
//! Reading and validating a dataset's JSON takes a JSON parser and the
//! validator, which only a site with a newer dataset needs: they run in the
//! dataset checker (`crates/dataset-check`), a module of their own that the
//! app loads only then. The configuration is read by the browser's own
//! JSON parser, so the app's module holds neither.

use serde::{Deserialize, Serialize};

use super::strings::Strings;
use crate::data::{Dataset, ValidationErrors};

/// The deploy-time configuration file, beside `index.html`.
pub const CONFIG_FILE: &str = "explorer-config.json";

/// What the configuration asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Config {
    /// No newer dataset is configured: nothing to do, nothing to say.
    Bundled,
    /// Load the newer dataset at this address.
    Dataset(String),
    /// The file is there but unusable; the reason, as a sentence.
    Invalid(String),
}

/// The configuration file as a JSON parser read it (the browser's, in the
/// app; serde_json in the tests).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigFile {
    /// Not JSON; the parser's error.
    NotJson(String),
    /// JSON, but not an object.
    NotObject,
    /// An object, and its `datasetUrl` if it has one.
    Object(Option<ConfigValue>),
}

/// The value of `datasetUrl`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigValue {
    Null,
    Text(String),
    /// A number, a list, …: not an address.
    Other,
}

/// Reads `explorer-config.json`: `{"datasetUrl": "…" | null}`. Other keys
/// (comments) are allowed.
pub fn read_config(file: ConfigFile, s: &Strings) -> Config {
    match file {
        ConfigFile::NotJson(err) => Config::Invalid((s.config_not_json)(CONFIG_FILE, &err)),
        ConfigFile::NotObject => Config::Invalid((s.config_not_object)(CONFIG_FILE)),
        ConfigFile::Object(None | Some(ConfigValue::Null)) => Config::Bundled,
        ConfigFile::Object(Some(ConfigValue::Text(url))) if !url.trim().is_empty() => {
            Config::Dataset(url.trim().to_owned())
        }
        ConfigFile::Object(Some(_)) => Config::Invalid((s.config_bad_url)(CONFIG_FILE)),
    }
}

/// A newer dataset as the dataset checker judged it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Checked {
    /// Valid: the dataset, ready to use (boxed, so that a refusal stays
    /// small).
    Valid(Box<Dataset>),
    /// Refused: its first problem (the validator's English text, naming
    /// file, record and field) and how many problems in all.
    Invalid { first: String, problems: usize },
}

impl Checked {
    /// Parses and validates a dataset document (`name` is its address, for
    /// the messages): what the dataset checker runs.
    pub fn document(name: &str, text: &str) -> Checked {
        match crate::data::load_document(name, text) {
            Ok(dataset) => Checked::Valid(Box::new(dataset)),
            Err(errors) => Checked::from_errors(&errors),
        }
    }

    pub fn from_errors(errors: &ValidationErrors) -> Checked {
        Checked::Invalid {
            first: errors
                .0
                .first()
                .map(ToString::to_string)
                .unwrap_or_default(),
            problems: errors.0.len(),
        }
    }

    /// The compact form the checker hands the app.
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// Reads what the checker handed over; `None` if it is not a verdict.
    pub fn decode(bytes: &[u8]) -> Option<Checked> {
        postcard::from_bytes(bytes).ok()
    }
}

/// The notice when a newer dataset is in use.
pub fn switched_notice(version: &str, s: &Strings) -> String {
    (s.dataset_switched)(version)
}

/// The notice when the bundled data stays, and why.
pub fn kept_notice(bundled_version: &str, why: &str, s: &Strings) -> String {
    (s.dataset_kept)(bundled_version, why)
}

/// Why a fetched dataset was refused: its first problem, and how many more.
pub fn invalid_dataset_reason(first: &str, problems: usize, s: &Strings) -> String {
    (s.dataset_invalid)(first, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::strings::EN;

    /// The configuration file's text read with serde_json, as the browser's
    /// parser reads it in the app.
    fn parse_config(text: &str) -> ConfigFile {
        match serde_json::from_str::<serde_json::Value>(text) {
            Err(err) => ConfigFile::NotJson(err.to_string()),
            Ok(serde_json::Value::Object(object)) => {
                ConfigFile::Object(object.get("datasetUrl").map(|value| match value {
                    serde_json::Value::Null => ConfigValue::Null,
                    serde_json::Value::String(url) => ConfigValue::Text(url.clone()),
                    _ => ConfigValue::Other,
                }))
            }
            Ok(_) => ConfigFile::NotObject,
        }
    }

    #[test]
    fn a_config_names_a_dataset_or_nothing() {
        assert_eq!(
            read_config(parse_config(r#"{"datasetUrl": " /data/v2.json "}"#), &EN),
            Config::Dataset("/data/v2.json".into())
        );
        assert_eq!(
            read_config(parse_config(r#"{"datasetUrl": null}"#), &EN),
            Config::Bundled
        );
        assert_eq!(
            read_config(parse_config(r#"{"_comment": "x"}"#), &EN),
            Config::Bundled
        );
    }

    #[test]
    fn a_broken_config_says_why() {
        for (text, words) in [
            ("{", "not valid JSON"),
            ("[1]", "not a JSON object"),
            (r#"{"datasetUrl": 3}"#, "not a URL"),
            (r#"{"datasetUrl": "  "}"#, "not a URL"),
        ] {
            match read_config(parse_config(text), &EN) {
                Config::Invalid(why) => assert!(why.contains(words), "{text}: {why}"),
                other => panic!("{text} gave {other:?}"),
            }
        }
    }

    #[test]
    fn notices_name_versions_and_count_problems() {
        assert!(switched_notice("1.1", &EN).contains("version 1.1"));
        assert_eq!(
            kept_notice("1.0", "answered HTTP 404.", &EN),
            "Showing the bundled data (version 1.0): answered HTTP 404."
        );
        let error = crate::data::ValidationError {
            file: "v2.json (events)".into(),
            record: Some("\"x\"".into()),
            field: Some("topics[0]".into()),
            message: "no topic \"y\"".into(),
        };
        let reason = |checked: Checked| match checked {
            Checked::Invalid { first, problems } => invalid_dataset_reason(&first, problems, &EN),
            Checked::Valid(_) => panic!("errors make an invalid verdict"),
        };
        let one = reason(Checked::from_errors(&ValidationErrors(vec![error.clone()])));
        assert!(
            one.contains("v2.json (events)") && !one.contains("more problems"),
            "{one}"
        );
        let three = reason(Checked::from_errors(&ValidationErrors(vec![error; 3])));
        assert!(three.contains("(and 2 more problems)"), "{three}");
    }

    #[test]
    fn a_verdict_travels_from_the_checker_to_the_app() {
        let bundled = crate::data::bundled();
        let document = serde_json::to_string(&bundled).unwrap();
        let valid = Checked::document("v2.json", &document);
        assert_eq!(
            Checked::decode(&valid.encode()),
            Some(Checked::Valid(Box::new(bundled)))
        );
        let broken = document.replacen("\"events\"", "\"evnts\"", 1);
        match Checked::decode(&Checked::document("v2.json", &broken).encode()) {
            Some(Checked::Invalid { first, problems }) => {
                assert!(first.starts_with("v2.json"), "{first}");
                assert!(problems >= 1);
            }
            other => panic!("a broken dataset gave {other:?}"),
        }
        assert_eq!(Checked::decode(b"\x07 not a verdict"), None);
    }
}
