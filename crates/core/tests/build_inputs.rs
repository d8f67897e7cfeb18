//! What a build ships: the bundled dataset, or, for the benchmark, the same
//! grown to N synthetic events (`EXPLORER_SYNTHETIC_EVENTS`). A file of its
//! own: the test sets an environment variable, which is the whole process's.

use explorer_core::data::{self, synthetic, SYNTHETIC_EVENTS_VAR};

#[test]
fn the_build_ships_the_data_or_as_many_synthetic_events_as_asked() {
    let real = data::bundled();
    std::env::remove_var(SYNTHETIC_EVENTS_VAR);
    assert_eq!(data::for_build().unwrap(), real);
    std::env::set_var(SYNTHETIC_EVENTS_VAR, "");
    assert_eq!(data::for_build().unwrap(), real, "empty means unset");
    std::env::set_var(SYNTHETIC_EVENTS_VAR, "200");
    let grown = data::for_build().unwrap();
    assert_eq!(grown.events.len(), 200);
    std::env::set_var(SYNTHETIC_EVENTS_VAR, "many");
    let error = data::for_build().unwrap_err();
    assert!(
        error.contains("must be a number") && error.contains("many"),
        "{error}"
    );
    std::env::remove_var(SYNTHETIC_EVENTS_VAR);
}

/// The benchmark compares builds: its dataset must be the same in every
/// build. The variants' dates come from the generator alone (each draw
/// takes one step of it, whatever the data), so they are recorded here and
/// do not change with the data.
#[test]
fn the_synthetic_dataset_is_the_same_every_build() {
    let real = data::bundled();
    let count = real.events.len() + 3;
    let grown = synthetic::expand(&real, count);
    assert_eq!(grown, synthetic::expand(&real, count));
    assert_eq!(grown.events.len(), count);
    let dates: Vec<String> = (1..=3)
        .map(|n| {
            let prefix = format!("synthetic-{n}-");
            let variant = grown.events.iter().find(|e| e.id.starts_with(&prefix));
            variant.map_or_else(|| format!("no variant {n}"), |e| e.date.data_form())
        })
        .collect();
    assert_eq!(dates, ["2001-05", "2000-03", "2008-02"]);
    // Fewer than the real events: the first ones, unchanged.
    let few = synthetic::expand(&real, 5);
    assert_eq!(few.events[..], real.events[..5]);
}
