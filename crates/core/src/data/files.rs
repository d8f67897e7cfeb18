//! The dataset's JSON files, compiled in. `build.rs` validates exactly
//! these texts; the tests and the native tools read them too.

use super::translation::TranslationFiles;
use super::validate::{DataFile, DataFiles};

macro_rules! bundled_files {
    ($($section:ident),*) => {
        /// The dataset files of `data/`.
        pub const BUNDLED: DataFiles<'static> = DataFiles {
            $($section: DataFile {
                name: concat!("data/", stringify!($section), ".json"),
                text: include_str!(concat!("../../../../data/", stringify!($section), ".json")),
            },)*
        };
    };
}
crate::with_dataset_sections!(bundled_files);

macro_rules! bundled_translations {
    ($($section:ident),*) => {
        /// The Japanese edition's files of `data/ja/`.
        pub const BUNDLED_JA: TranslationFiles<'static> = TranslationFiles {
            $($section: DataFile {
                name: concat!("data/ja/", stringify!($section), ".json"),
                text: include_str!(concat!("../../../../data/ja/", stringify!($section), ".json")),
            },)*
        };
    };
}
crate::with_dataset_sections!(bundled_translations);

/// The terminology list, `data/terms.json` (see `terms.rs`).
pub const BUNDLED_TERMS: DataFile<'static> = DataFile {
    name: "data/terms.json",
    text: include_str!("../../../../data/terms.json"),
};
