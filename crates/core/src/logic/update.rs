//! Deploy-time dataset updates: what `explorer-config.json` asks for, and
//! how the outcome is worded for the reader. The app fetches; everything it
//! decides and says is here, tested natively.

use super::strings::Strings;
use crate::data::ValidationErrors;

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

/// Reads `explorer-config.json`: `{"datasetUrl": "…" | null}`. Other keys
/// (comments) are allowed.
pub fn read_config(text: &str, s: &Strings) -> Config {
    let value = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(value) => value,
        Err(err) => return Config::Invalid((s.config_not_json)(CONFIG_FILE, &err.to_string())),
    };
    match value.get("datasetUrl") {
        None | Some(serde_json::Value::Null) if value.is_object() => Config::Bundled,
        Some(serde_json::Value::String(url)) if !url.trim().is_empty() => {
            Config::Dataset(url.trim().to_owned())
        }
        _ if !value.is_object() => Config::Invalid((s.config_not_object)(CONFIG_FILE)),
        _ => Config::Invalid((s.config_bad_url)(CONFIG_FILE)),
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
pub fn invalid_dataset_reason(errors: &ValidationErrors, s: &Strings) -> String {
    let first = errors
        .0
        .first()
        .map(ToString::to_string)
        .unwrap_or_default();
    (s.dataset_invalid)(&first, errors.0.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::strings::EN;

    #[test]
    fn a_config_names_a_dataset_or_nothing() {
        assert_eq!(
            read_config(r#"{"datasetUrl": " /data/v2.json "}"#, &EN),
            Config::Dataset("/data/v2.json".into())
        );
        assert_eq!(read_config(r#"{"datasetUrl": null}"#, &EN), Config::Bundled);
        assert_eq!(read_config(r#"{"_comment": "x"}"#, &EN), Config::Bundled);
    }

    #[test]
    fn a_broken_config_says_why() {
        for (text, words) in [
            ("{", "not valid JSON"),
            ("[1]", "not a JSON object"),
            (r#"{"datasetUrl": 3}"#, "not a URL"),
            (r#"{"datasetUrl": "  "}"#, "not a URL"),
        ] {
            match read_config(text, &EN) {
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
        let one = invalid_dataset_reason(&ValidationErrors(vec![error.clone()]), &EN);
        assert!(
            one.contains("v2.json (events)") && !one.contains("more problems"),
            "{one}"
        );
        let three = invalid_dataset_reason(&ValidationErrors(vec![error; 3]), &EN);
        assert!(three.contains("(and 2 more problems)"), "{three}");
    }
}
