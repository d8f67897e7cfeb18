//! Writes, in one run, the files the build's post-processing step
//! (`scripts/postbuild.mjs`) takes from the dataset the build ships:
//!
//! - `page-heads.json`: every page's title and description in both
//!   editions, with the query keys the start script needs (also read by the
//!   browser tests, `tests/support/dataset.mjs`);
//! - `translations.bin`: the Japanese edition's text, validated, compact
//!   (postcard); stored as a hashed file only the Japanese edition loads;
//! - `event-index-en.bin`, `event-index-ja.bin`: each edition's facets and
//!   search index (`explorer_core::logic::event_index`) for the early search;
//! - `world-map.svg`, `locator-map.svg`: the land and borders of `/map` and
//!   the coarser land of an event page's locator (`logic::world`), drawn
//!   from Natural Earth (`data/map/countries-110m.json`);
//! - `downloads/events-{en,ja}.{json,csv}`: every event, as the views'
//!   downloads write them, which the about page's structured data names as
//!   the dataset's distributions (`logic::discovery`).
//!
//! `build-files --out DIR [--site https://example.org/base/]` (the site's
//! address, which the JSON downloads name as where they come from). Natively, on the core crate alone: the dataset is
//! read and each edition's catalog built once for all of them.

use std::path::{Path, PathBuf};

use explorer_core::data;
use explorer_core::logic::discovery::{self, Download};
use explorer_core::logic::export::{events_csv, events_json};
use explorer_core::logic::{embed, filters, pages, strings, world, Catalog, Lang};

fn fail(message: &str) -> ! {
    eprintln!("build-files: {message}");
    std::process::exit(1);
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|err| fail(&format!("{}: {err}", path.display())));
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (out, site) = match args.as_slice() {
        [flag, dir] if flag == "--out" => (PathBuf::from(dir), "/".to_owned()),
        [flag, dir, site_flag, site] if flag == "--out" && site_flag == "--site" => {
            (PathBuf::from(dir), site.clone())
        }
        _ => fail("usage: build-files --out DIR [--site ADDRESS]"),
    };
    std::fs::create_dir_all(out.join("downloads"))
        .unwrap_or_else(|err| fail(&format!("{}: {err}", out.display())));
    let dataset = data::for_build().unwrap_or_else(|message| fail(&message));
    let translations = data::translations_for_build().unwrap_or_else(|message| fail(&message));

    let topojson = include_str!("../../../../data/map/countries-110m.json");
    for (name, detail) in [
        ("world-map.svg", world::WORLD),
        ("locator-map.svg", world::LOCATOR),
    ] {
        let svg = world::svg(topojson, detail)
            .unwrap_or_else(|err| fail(&format!("data/map/countries-110m.json: {err}")));
        write(&out, name, svg.as_bytes());
    }

    let compact = postcard::to_allocvec(&translations).expect("validated translations encode");
    write(&out, "translations.bin", &compact);

    let mut heads = Vec::new();
    for lang in Lang::ALL {
        let s = strings(lang);
        let catalog = Catalog::for_edition(lang, dataset.clone(), || translations.clone());
        heads.extend(pages::all(&catalog, s));
        heads.push(pages::not_found(s));
        let index = postcard::to_allocvec(&catalog.event_index()).expect("an event index encodes");
        write(&out, &format!("event-index-{}.bin", lang.tag()), &index);
        let events: Vec<_> = catalog.data.events.iter().map(|e| e.as_ref()).collect();
        let timeline = format!("{}{}", site.trim_end_matches('/'), lang.path("/timeline"));
        for format in Download::ALL {
            let text = match format {
                Download::Json => events_json(&catalog, &events, &timeline),
                Download::Csv => events_csv(&catalog, &events, s),
            };
            write(&out, &discovery::download(lang, format), text.as_bytes());
        }
    }
    let page_heads = serde_json::json!({
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
    write(&out, "page-heads.json", page_heads.to_string().as_bytes());
}
