//! The dataset's JSON files, compiled in. `build.rs` validates exactly
//! these texts; the tests read them too.

use super::validate::{DataFile, DataFiles};

macro_rules! bundled_file {
    ($name:literal) => {
        DataFile {
            name: concat!("data/", $name),
            text: include_str!(concat!("../../data/", $name)),
        }
    };
}

/// The dataset files of `data/`.
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
