//! Deploy-time dataset updates: what `explorer-config.json` asks for, and
//! how the outcome is worded for the reader. The app fetches; everything it
//! decides and says is here, tested natively.

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
pub fn read_config(text: &str) -> Config {
    let value = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(value) => value,
        Err(err) => return Config::Invalid(format!("{CONFIG_FILE} is not valid JSON ({err}).")),
    };
    match value.get("datasetUrl") {
        None | Some(serde_json::Value::Null) if value.is_object() => Config::Bundled,
        Some(serde_json::Value::String(url)) if !url.trim().is_empty() => {
            Config::Dataset(url.trim().to_owned())
        }
        _ if !value.is_object() => Config::Invalid(format!("{CONFIG_FILE} is not a JSON object.")),
        _ => Config::Invalid(format!("{CONFIG_FILE} has a datasetUrl that is not a URL.")),
    }
}

/// The notice when a newer dataset is in use.
pub fn switched_notice(version: &str) -> String {
    format!("Showing dataset version {version}, published after this app was built.")
}

/// The notice when the bundled data stays, and why.
pub fn kept_notice(bundled_version: &str, why: &str) -> String {
    format!("Showing the bundled data (version {bundled_version}): {why}")
}

/// Why a fetched dataset was refused: its first problem, and how many more.
pub fn invalid_dataset_reason(errors: &ValidationErrors) -> String {
    let first = errors
        .0
        .first()
        .map(ToString::to_string)
        .unwrap_or_default();
    let more = match errors.0.len() {
        0 | 1 => String::new(),
        n => format!(" (and {} more problems)", n - 1),
    };
    format!("the newer dataset is not valid: {first}{more}.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_config_names_a_dataset_or_nothing() {
        assert_eq!(
            read_config(r#"{"datasetUrl": " /data/v2.json "}"#),
            Config::Dataset("/data/v2.json".into())
        );
        assert_eq!(read_config(r#"{"datasetUrl": null}"#), Config::Bundled);
        assert_eq!(read_config(r#"{"_comment": "x"}"#), Config::Bundled);
    }

    #[test]
    fn a_broken_config_says_why() {
        for (text, words) in [
            ("{", "not valid JSON"),
            ("[1]", "not a JSON object"),
            (r#"{"datasetUrl": 3}"#, "not a URL"),
            (r#"{"datasetUrl": "  "}"#, "not a URL"),
        ] {
            match read_config(text) {
                Config::Invalid(why) => assert!(why.contains(words), "{text}: {why}"),
                other => panic!("{text} gave {other:?}"),
            }
        }
    }

    #[test]
    fn notices_name_versions_and_count_problems() {
        assert!(switched_notice("1.1").contains("version 1.1"));
        assert_eq!(
            kept_notice("1.0", "answered HTTP 404."),
            "Showing the bundled data (version 1.0): answered HTTP 404."
        );
        let error = crate::data::ValidationError {
            file: "v2.json (events)".into(),
            record: Some("\"x\"".into()),
            field: Some("topics[0]".into()),
            message: "no topic \"y\"".into(),
        };
        let one = invalid_dataset_reason(&ValidationErrors(vec![error.clone()]));
        assert!(
            one.contains("v2.json (events)") && !one.contains("more problems"),
            "{one}"
        );
        let three = invalid_dataset_reason(&ValidationErrors(vec![error; 3]));
        assert!(three.contains("(and 2 more problems)"), "{three}");
    }
}
