//! Prints the title and description of every page, in both editions, as JSON, with the query
//! keys the start script needs, for the build's post-processing step
//! (`scripts/postbuild.mjs`) and the browser tests. Runs natively on the
//! core crate alone.

use explorer_core::data;
use explorer_core::logic::{embed, filters, pages, strings, Catalog, Lang};

fn main() {
    let dataset = data::for_build().unwrap_or_else(|message| {
        eprintln!("page-heads: {message}");
        std::process::exit(1);
    });
    let mut heads = Vec::new();
    for lang in Lang::ALL {
        let s = strings(lang);
        let catalog = Catalog::for_edition(lang, dataset.clone(), || {
            data::translations_for_build().unwrap_or_else(|message| {
                eprintln!("page-heads: {message}");
                std::process::exit(1);
            })
        });
        heads.extend(pages::all(&catalog, s));
        heads.push(pages::not_found(s));
    }
    let out = serde_json::json!({
        "siteName": pages::SITE_NAME,
        "datasetVersion": dataset.meta.version,
        // For the start script, which marks a page before it paints.
        "filterKeys": filters::KEYS,
        "embedOn": embed::EMBED_ON,
        "pages": heads.iter().map(|h| serde_json::json!({
            // Below the site's base: "timeline", "ja/timeline".
            "path": h.site_path(),
            "lang": h.lang.tag(),
            "title": h.document_title(),
            "h1": h.title,
            "description": h.description,
        })).collect::<Vec<_>>(),
    });
    println!("{out}");
}
