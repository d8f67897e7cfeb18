//! The dataset: schema, loading and validation. Pure Rust, no browser.
//!
//! Source of the content: five public documents (see `data/README.md` and
//! the `sources` records); every record quotes one of them verbatim.
//!
//! Its submodules (all but [`bundled`]) are also compiled into `build.rs`,
//! which validates the files and encodes the compact form, so they may only
//! depend on `serde`, `serde_json`, `serde_path_to_error`, `postcard` and
//! the standard library.

pub mod date;
pub mod files;
pub mod schema;
pub mod synthetic;
pub mod validate;

pub use date::{DatePoint, DateSpec, Precision, Qualifier, MAX_YEAR, MIN_YEAR};
pub use files::BUNDLED;
pub use schema::*;
pub use validate::{load, load_document, DataFile, DataFiles, ValidationError, ValidationErrors};

/// The dataset compiled into the bundle, in the compact form `build.rs`
/// writes after validating it: decoding it is several times faster than
/// parsing and validating the JSON again (see `bench/`). A failure here
/// would be a bug in the build, not bad data.
pub fn bundled() -> Dataset {
    postcard::from_bytes(include_bytes!(concat!(
        env!("OUT_DIR"),
        "/dataset.postcard"
    )))
    .expect("the bundled dataset was validated and encoded at build time")
}
