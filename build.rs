//! Validates the bundled dataset before the crate is compiled: malformed
//! data fails the build with messages naming file, record and field.
//! It uses the very module the app uses at run time.

#[allow(dead_code, unused_imports)]
#[path = "src/data/mod.rs"]
mod data;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/data");
    if let Err(errors) = data::load(&data::BUNDLED) {
        // Cargo shows a failed build script's stderr; a panic would add a
        // backtrace that says nothing about the data.
        eprintln!("error: data/ is not valid: {errors}");
        std::process::exit(1);
    }
}
