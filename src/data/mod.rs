//! The dataset: schema, loading and validation. Pure Rust, no browser.
//!
//! Source of the content: five public documents (see `data/README.md` and
//! the `sources` records); every record quotes one of them verbatim.
//!
//! This module is also compiled into `build.rs`, which validates the
//! bundled files, so it may only depend on `serde`, `serde_json`,
//! `serde_path_to_error` and the standard library.

pub mod date;
pub mod schema;
pub mod validate;

pub use date::{DatePoint, DateSpec, Precision, Qualifier, MAX_YEAR, MIN_YEAR};
pub use schema::*;
pub use validate::{load, load_document, DataFile, DataFiles, ValidationError, ValidationErrors};

macro_rules! bundled_file {
    ($name:literal) => {
        DataFile {
            name: concat!("data/", $name),
            text: include_str!(concat!("../../data/", $name)),
        }
    };
}

/// The dataset files compiled into the bundle.
pub const BUNDLED: DataFiles<'static> = DataFiles {
    meta: bundled_file!("meta.json"),
    sources: bundled_file!("sources.json"),
    events: bundled_file!("events.json"),
    topics: bundled_file!("topics.json"),
    actors: bundled_file!("actors.json"),
    eras: bundled_file!("eras.json"),
    perspectives: bundled_file!("perspectives.json"),
    glossary: bundled_file!("glossary.json"),
};

/// The bundled dataset. `build.rs` has validated these very files, so a
/// failure here would be a bug in the build, not bad data.
pub fn bundled() -> Dataset {
    load(&BUNDLED).expect("the bundled dataset was validated at build time")
}
