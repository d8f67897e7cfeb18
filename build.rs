//! Validates the bundled dataset before the app is compiled, with the same
//! core crate the app runs: malformed data fails the build with messages
//! naming file, record and field. Writes the validated dataset in its
//! compact form for the app to decode at start-up, and the Japanese
//! edition's text (`data/ja/`) likewise.

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
    // synthetic dataset's extra events have none, and show in English).
    let translations = explorer_core::data::translations_for_build().unwrap_or_else(|message| {
        eprintln!("error: {message}");
        std::process::exit(1);
    });
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (file, compact) in [
        ("dataset.postcard", postcard::to_allocvec(&dataset)),
        (
            "translations.postcard",
            postcard::to_allocvec(&translations),
        ),
    ] {
        let compact = compact.expect("validated data encodes");
        std::fs::write(out.join(file), compact).expect("OUT_DIR is writable");
    }
}
