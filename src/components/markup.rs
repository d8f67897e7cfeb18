//! Writing HTML and SVG as text, for the parts of views rendered as one
//! markup string (charts, chips): one string builder is much smaller in
//! the WebAssembly module than a typed view per element.

/// Text for markup, escaped for element content and quoted attributes.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
