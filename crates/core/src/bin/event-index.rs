//! Writes one edition's event index (facets and search index, see
//! `explorer_core::logic::event_index`) for the dataset the build ships, in
//! its compact (postcard) form, to standard output:
//! `event-index en` or `event-index ja`. The post-build step
//! (`scripts/postbuild.mjs`) stores each as a hashed file that the early
//! search module loads on that edition's pages.

use std::io::Write;

use explorer_core::logic::{Catalog, Lang};

fn fail(message: &str) -> ! {
    eprintln!("event-index: {message}");
    std::process::exit(1);
}

fn main() {
    let lang = match std::env::args().nth(1).as_deref() {
        Some("en") => Lang::En,
        Some("ja") => Lang::Ja,
        _ => fail("usage: event-index en|ja"),
    };
    let dataset = explorer_core::data::for_build().unwrap_or_else(|message| fail(&message));
    let catalog = Catalog::for_edition(lang, dataset, || {
        explorer_core::data::translations_for_build().unwrap_or_else(|message| fail(&message))
    });
    let compact = postcard::to_allocvec(&catalog.event_index()).expect("an event index encodes");
    std::io::stdout()
        .write_all(&compact)
        .expect("standard output is writable");
}
