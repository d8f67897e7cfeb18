//! Prints the title and description of every page as JSON, for the build's
//! post-processing step (`scripts/postbuild.mjs`), which writes a static
//! HTML page per route. Runs natively; not part of the WebAssembly bundle.

use japan_nato_explorer::data;
use japan_nato_explorer::logic::{pages, Catalog};

fn main() {
    let catalog = Catalog::new(data::bundled());
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
