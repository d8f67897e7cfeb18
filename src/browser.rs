//! The only module that talks to the browser directly (`web_sys`). Each
//! function is a thin wrapper, so the rest of the crate stays pure and
//! natively testable; outside a browser they do nothing.

use wasm_bindgen::JsCast;

/// The site name appended to every document title.
pub const SITE_NAME: &str = "Japan–NATO Partnership Explorer";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `document.title` and `<meta name="description">` for the current view.
pub fn set_document_head(title: &str, description: &str) {
    let Some(document) = document() else {
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

/// Moves focus to a view's heading after a client-side navigation, so that
/// keyboard and screen-reader users land on the new view. On the first
/// view of a page load focus stays at the document start, as browsers do.
pub fn focus_heading(heading: &web_sys::HtmlElement) {
    use std::sync::atomic::{AtomicBool, Ordering};
    static FIRST_VIEW_SEEN: AtomicBool = AtomicBool::new(false);
    if FIRST_VIEW_SEEN.swap(true, Ordering::Relaxed) {
        let _ = heading.focus();
    }
}

/// True when the element has keyboard focus.
pub fn has_focus(element: &web_sys::Element) -> bool {
    document()
        .and_then(|d| d.active_element())
        .is_some_and(|active| &active == element)
}

/// The address of the current page.
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Today's date in the reader's time zone, as YYYY-MM-DD.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers text to the reader as a file download.
pub fn download(file_name: &str, mime: &str, content: &str) -> bool {
    let attempt = || -> Option<()> {
        let document = document()?;
        let parts = js_sys::Array::of1(&content.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
        web_sys::Url::revoke_object_url(&url).ok()
    };
    attempt().is_some()
}
