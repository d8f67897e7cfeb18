//! Prints the title and description of every page as JSON, for the build's
//! post-processing step (`scripts/postbuild.mjs`), which writes a static
//! HTML page per route. Runs natively on the core crate alone, so the
//! build never compiles the view layer natively.

use explorer_core::data;
use explorer_core::logic::{pages, Catalog};

fn main() {
    let dataset = data::for_build().unwrap_or_else(|message| {
        eprintln!("page-heads: {message}");
        std::process::exit(1);
    });
    let catalog = Catalog::new(dataset);
    let mut heads = pages::all(&catalog);
    heads.push(pages::not_found());
    let out = serde_json::json!({
        "siteName": pages::SITE_NAME,
        "datasetVersion": catalog.data.meta.version,
        "pages": heads.iter().map(|h| serde_json::json!({
            "path": h.path,
            "title": h.document_title(),
            "description": h.description,
        })).collect::<Vec<_>>(),
    });
    println!("{out}");
}
