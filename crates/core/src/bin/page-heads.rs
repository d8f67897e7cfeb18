//! Prints the title and description of every page as JSON, with the query
//! keys the start script needs, for the build's post-processing step
//! (`scripts/postbuild.mjs`) and the browser tests. Runs natively on the
//! core crate alone.

use explorer_core::data;
use explorer_core::logic::{embed, filters, pages, Catalog};

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
        // For the start script, which marks a page before it paints.
        "filterKeys": filters::KEYS,
        "embedOn": embed::EMBED_ON,
        "pages": heads.iter().map(|h| serde_json::json!({
            "path": h.path,
            "title": h.document_title(),
            "description": h.description,
        })).collect::<Vec<_>>(),
    });
    println!("{out}");
}
