//! The dataset: schema, dates, loading and validation.
//!
//! Source of the content: five public documents (see `data/README.md` and
//! the `sources` records); every record quotes one of them verbatim.

pub mod date;
pub mod files;
pub mod schema;
pub mod synthetic;
pub mod terms;
pub mod translation;
pub mod validate;

pub use date::{DatePoint, DateSpec, Precision, Qualifier, MAX_YEAR, MIN_YEAR};
pub use files::{BUNDLED, BUNDLED_JA};
pub use schema::*;
pub use validate::{
    load, load_document, DataFile, DataFiles, ValidationError, ValidationErrors, SECTIONS,
};

/// The dataset of `data/`, parsed and validated. The build refuses invalid
/// data, so a failure here is reported, not expected.
pub fn bundled() -> Dataset {
    load(&BUNDLED).unwrap_or_else(|errors| panic!("data/ is not valid: {errors}"))
}

/// The Japanese edition's text for the bundled dataset, validated against
/// it: every record translated, nothing else (see `data/README.md`).
pub fn translations_for_build() -> Result<translation::Translations, String> {
    let dataset = load(&BUNDLED).map_err(|errors| format!("data/ is not valid: {errors}"))?;
    translation::load_translations(&BUNDLED_JA, &dataset)
        .map_err(|errors| format!("data/ja/ is not valid: {errors}"))
}

/// The environment variable that grows the bundled dataset to N synthetic
/// events: the benchmark's build option.
pub const SYNTHETIC_EVENTS_VAR: &str = "EXPLORER_SYNTHETIC_EVENTS";

/// The dataset a build ships: `data/` validated, grown to
/// [`SYNTHETIC_EVENTS_VAR`] events when that is set. `build.rs` encodes it
/// into the app; the native tools read the same, so the pages they describe
/// are the app's. The error is a message for the person running the build.
pub fn for_build() -> Result<Dataset, String> {
    let dataset = load(&BUNDLED).map_err(|errors| format!("data/ is not valid: {errors}"))?;
    match std::env::var(SYNTHETIC_EVENTS_VAR) {
        Ok(count) if !count.is_empty() => match count.parse() {
            Ok(count) => Ok(synthetic::expand(&dataset, count)),
            Err(_) => Err(format!(
                "{SYNTHETIC_EVENTS_VAR} must be a number, not {count:?}"
            )),
        },
        _ => Ok(dataset),
    }
}
