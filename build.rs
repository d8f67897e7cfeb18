//! Validates the bundled dataset before the app is compiled, with the same
//! core crate the app runs: malformed data fails the build with messages
//! naming file, record and field. Writes the validated dataset in its
//! compact form for the app to decode at start-up. Checks the Japanese
//! edition's text (`data/ja/`) against it.

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!(
        "cargo:rerun-if-env-changed={}",
        explorer_core::data::SYNTHETIC_EVENTS_VAR
    );
    let dataset = explorer_core::data::for_build().unwrap_or_else(|message| {
        // Cargo shows a failed build script's stderr; a panic would add a
        // backtrace that says nothing about the data.
        eprintln!("error: {message}");
        std::process::exit(1);
    });
    // The Japanese edition's text is checked against the real data (a
    // synthetic dataset's extra events have none, and show in English). The
    // post-build step writes it, compact, to a file of its own that only
    // the Japanese edition loads.
    if let Err(message) = explorer_core::data::translations_for_build() {
        eprintln!("error: {message}");
        std::process::exit(1);
    }
    // Both editions' texts use the terminology list's forms (data/terms.json).
    println!("cargo:rerun-if-changed=data/terms.json");
    if let Err(message) = explorer_core::data::terms::check_bundled() {
        eprintln!("error: data/ does not follow data/terms.json: {message}");
        std::process::exit(1);
    }
    let compact = postcard::to_allocvec(&dataset).expect("the dataset encodes");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("dataset.postcard"), compact).expect("OUT_DIR is writable");
}
