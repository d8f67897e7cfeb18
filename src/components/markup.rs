//! Writing HTML and SVG as text, for the parts of views rendered as one
//! markup string (charts, chips): one string builder is much smaller in
//! the WebAssembly module than a typed view per element.

/// Text for markup, escaped for element content and quoted attributes (the
/// core's, which also writes the filter chips).
pub use explorer_core::logic::text::escape_markup as escape;
