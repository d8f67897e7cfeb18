//! Validates the bundled dataset before the crate is compiled: malformed
//! data fails the build with messages naming file, record and field.
//! It uses the very module the app uses at run time.

/// The app's `data` module, less `bundled()` (which reads this script's output).
/// Paths are relative to `./data/`, the folder of an inline module here.
#[allow(dead_code, unused_imports)]
mod data {
    #[path = "../src/data/date.rs"]
    pub mod date;
    #[path = "../src/data/files.rs"]
    pub mod files;
    #[path = "../src/data/schema.rs"]
    pub mod schema;
    #[path = "../src/data/synthetic.rs"]
    pub mod synthetic;
    #[path = "../src/data/validate.rs"]
    pub mod validate;
    pub use files::BUNDLED;
    pub use validate::load;
}

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/data");
    println!("cargo:rerun-if-env-changed=EXPLORER_SYNTHETIC_EVENTS");
    let dataset = match data::load(&data::BUNDLED) {
        Ok(dataset) => dataset,
        Err(errors) => {
            // Cargo shows a failed build script's stderr; a panic would add a
            // backtrace that says nothing about the data.
            eprintln!("error: data/ is not valid: {errors}");
            std::process::exit(1);
        }
    };
    // The benchmark's build option: the real data grown to N events.
    let dataset = match std::env::var("EXPLORER_SYNTHETIC_EVENTS") {
        Ok(count) if !count.is_empty() => match count.parse() {
            Ok(count) => data::synthetic::expand(&dataset, count),
            Err(_) => {
                eprintln!("error: EXPLORER_SYNTHETIC_EVENTS must be a number, not {count:?}");
                std::process::exit(1);
            }
        },
        _ => dataset,
    };
    let compact = postcard::to_allocvec(&dataset).expect("the dataset encodes");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("dataset.postcard"), compact).expect("OUT_DIR is writable");
}
