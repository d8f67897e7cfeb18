//! The pure core of the Japan–NATO Partnership Explorer.
//!
//! The data flows one way: `data/*.json` → [`data`] (schema, dates, loading,
//! validation) → [`logic`] (catalog and search index, filters and their URL
//! form, text folding and highlighting, chronology grouping, exports, page
//! heads). Nothing here knows about the browser or the view layer: the app
//! (the root package), `build.rs` and the native tools in `src/bin/` all
//! use it as it is, and every line is tested natively.

pub mod data;
pub mod logic;
