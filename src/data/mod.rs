//! The dataset: schema, loading and validation. Pure Rust, no browser.
