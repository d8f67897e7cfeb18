//! Prints the dataset a build ships (grown to EXPLORER_SYNTHETIC_EVENTS
//! events when that is set) as one JSON document, the form a newer dataset
//! is published in. The benchmark feeds it to TimelineJS and to the app.
//!
//!   cargo run -p explorer-core --bin dataset-json

fn main() {
    let dataset = explorer_core::data::for_build().unwrap_or_else(|message| {
        eprintln!("dataset-json: {message}");
        std::process::exit(1);
    });
    println!("{}", serde_json::to_string(&dataset).expect("serialises"));
}
