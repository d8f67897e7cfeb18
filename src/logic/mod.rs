//! Filtering, search, sorting and dates. Pure Rust, no browser.
