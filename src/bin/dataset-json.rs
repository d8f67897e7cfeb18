//! Prints the bundled dataset (the synthetic one when the build selected
//! it with EXPLORER_SYNTHETIC_EVENTS) as one JSON document, the form a
//! newer dataset is published in. The benchmark feeds it to TimelineJS.

fn main() {
    let dataset = japan_nato_explorer::data::bundled();
    println!("{}", serde_json::to_string(&dataset).expect("serialises"));
}
