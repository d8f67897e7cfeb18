//! The only module that talks to the browser directly (`web_sys`, `gloo`).
//! Everything here is a thin wrapper, so the rest of the crate stays pure.

/// The site name appended to every document title.
pub const SITE_NAME: &str = "Japan–NATO Partnership Explorer";

/// Sets `document.title` and `<meta name="description">` for the current view.
pub fn set_document_head(title: &str, description: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let full = if title == SITE_NAME {
        title.to_owned()
    } else {
        format!("{title} · {SITE_NAME}")
    };
    document.set_title(&full);
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}

/// Moves focus to a view's heading, unless this is the first render of the
/// page (focus then stays at the document start, as browsers expect).
pub fn focus_heading(heading: &web_sys::HtmlElement) {
    use std::sync::atomic::{AtomicBool, Ordering};
    static FIRST_VIEW_SEEN: AtomicBool = AtomicBool::new(false);
    if FIRST_VIEW_SEEN.swap(true, Ordering::Relaxed) {
        let _ = heading.focus();
    }
}
