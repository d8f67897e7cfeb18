//! Measures what start-up costs per dataset size, natively: parsing and
//! validating the JSON form, parsing JSON without validation, decoding the
//! compact (postcard) form the bundle carries, building the catalog
//! (search index), and the search itself without any rendering. Prints
//! JSON; `bench/run.mjs` puts it in the report.
//!
//!   cargo run --release -p explorer-core --bin startup-bench -- 61 1000 10000 100000

use std::time::Instant;

use explorer_core::data::{self, synthetic, Dataset};
use explorer_core::logic::{Catalog, Filters};

const RUNS: usize = 5;

fn median_ms(mut run: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn main() {
    let real = data::bundled();
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let mut rows = Vec::new();
    for size in sizes {
        let dataset = if size <= real.events.len() {
            real.clone()
        } else {
            synthetic::expand(&real, size)
        };
        let json = serde_json::to_string(&dataset).expect("serialises");
        let compact = postcard::to_allocvec(&dataset).expect("encodes");
        let validate = median_ms(|| {
            data::load_document("bench", &json).expect("valid");
        });
        let parse = median_ms(|| {
            serde_json::from_str::<Dataset>(&json).expect("parses");
        });
        let decode = median_ms(|| {
            postcard::from_bytes::<Dataset>(&compact).expect("decodes");
        });
        let catalog = median_ms(|| {
            Catalog::new(dataset.clone());
        });
        // The search itself, without rendering: a full query and a short
        // prefix that matches many words.
        let built = Catalog::new(dataset.clone());
        let search = |q: &str| {
            let filters = Filters {
                q: q.to_owned(),
                ..Filters::default()
            };
            median_ms(|| {
                built.filter(&filters);
            })
        };
        let (search_query, search_prefix) = (search("maritime security"), search("j"));
        rows.push(serde_json::json!({
            "events": dataset.events.len(),
            "json_bytes": json.len(),
            "compact_bytes": compact.len(),
            "json_parse_and_validate_ms": validate,
            "json_parse_ms": parse,
            "compact_decode_ms": decode,
            "catalog_build_ms": catalog,
            "search_query_ms": search_query,
            "search_short_prefix_ms": search_prefix,
        }));
        eprintln!("startup-bench: {size} events done");
    }
    println!("{}", serde_json::Value::Array(rows));
}
