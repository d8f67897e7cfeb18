//! Writes the Japanese edition's text for the bundled dataset, validated
//! and in its compact (postcard) form, to standard output. The post-build
//! step (`scripts/postbuild.mjs`) stores it as a hashed file that only the
//! Japanese edition loads, so English readers do not download it.

use std::io::Write;

fn main() {
    let translations = explorer_core::data::translations_for_build().unwrap_or_else(|message| {
        eprintln!("translations: {message}");
        std::process::exit(1);
    });
    let compact = postcard::to_allocvec(&translations).expect("validated translations encode");
    std::io::stdout()
        .write_all(&compact)
        .expect("standard output is writable");
}
