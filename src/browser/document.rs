//! The page itself: its address, head, base path and focus.

use explorer_core::logic::Lang;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `document.title` and `<meta name="description">` for the current view.
pub fn set_document_head(title: &str, description: &str) {
    let Some(document) = document() else {
        return;
    };
    document.set_title(title);
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
    follow_canonical(&document);
}

/// Keeps the canonical address (and `og:url`) on the view shown, without
/// its query: after a navigation in the app, a share sheet that reads it
/// (Safari's does) shares this page, not the first one opened. The origin
/// stays the one the build wrote.
fn follow_canonical(document: &web_sys::Document) {
    let Some(path) = web_sys::window().and_then(|w| w.location().pathname().ok()) else {
        return;
    };
    for (selector, attribute) in [
        ("link[rel=canonical]", "href"),
        ("meta[property='og:url']", "content"),
    ] {
        if let Ok(Some(element)) = document.query_selector(selector) {
            let old = element.get_attribute(attribute).unwrap_or_default();
            if old.ends_with(&format!("{path}/")) {
                // "/ja" opened, "/ja/" the page's address: already right.
                continue;
            }
            // "https://host/path" → "https://host"; "/path" → "".
            let origin = match old.find("://") {
                Some(scheme) => {
                    let host = scheme + 3;
                    &old[..old[host..].find('/').map_or(old.len(), |at| host + at)]
                }
                None => "",
            };
            let _ = element.set_attribute(attribute, &format!("{origin}{path}"));
        }
    }
}

/// Moves keyboard focus to the current view's heading, so that keyboard and
/// screen-reader users land on a view they navigated to.
pub fn focus_main_heading() {
    let heading = document()
        .and_then(|d| d.query_selector("main h1").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}

/// Moves keyboard focus to the first element matching `selector`, HTML or
/// SVG, if there is one: a control drawn again keeps the reader's place.
pub fn focus_selector(selector: &str) {
    let found = document().and_then(|d| d.query_selector(selector).ok().flatten());
    if let Some(element) = found {
        if let Some(element) = element.dyn_ref::<web_sys::SvgElement>() {
            let _ = element.focus();
        } else if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Whether the screen matches a media query, such as
/// `(min-width: 60rem)`. Never when rendering natively: the page written
/// at build time is the narrow one, and the app opens what wide screens
/// show when it takes over.
pub fn matches_media(query: &str) -> bool {
    if cfg!(not(target_arch = "wasm32")) {
        return false;
    }
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|list| list.matches())
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

/// The page's origin, e.g. "https://example.org".
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
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

/// The path the app is served under, from `<meta name="explorer-base">`
/// (written at build time from Trunk's public URL): "/" or "/some/path/".
pub fn app_base() -> String {
    document()
        .and_then(|d| d.query_selector("meta[name=explorer-base]").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|base| base.starts_with('/'))
        .unwrap_or_else(|| "/".to_owned())
}

/// The content of `<meta name="{name}">`: the addresses of files the
/// build names (see `scripts/postbuild.mjs`).
fn meta_content(name: &str) -> Option<String> {
    document()?
        .query_selector(&format!("meta[name={name}]"))
        .ok()
        .flatten()?
        .get_attribute("content")
}

/// The address of the Japanese edition's text.
pub fn translations_url() -> Option<String> {
    meta_content("explorer-translations")
}

/// The address of the dataset checker's module (`crates/dataset-check`).
pub fn dataset_check_url() -> Option<String> {
    meta_content("explorer-dataset-check")
}

/// The edition of the address the page was opened at: Japanese under the
/// base's `ja/`, English anywhere else.
pub fn edition() -> Lang {
    let base = app_base();
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    match path.strip_prefix(base.trim_end_matches('/')) {
        Some(below) => Lang::of_path(below).0,
        None => Lang::En,
    }
}

/// Sets `<html lang>` (the prerendered page has it already; a page that is
/// not the route's own, such as a host's not-found page, may not).
pub fn set_language(lang: Lang) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        if root.get_attribute("lang").as_deref() != Some(lang.tag()) {
            let _ = root.set_attribute("lang", lang.tag());
        }
    }
}

/// The value of a parameter of the URL the page was opened with. That is
/// the navigation's address, not the current one: the early search
/// (`scripts/early-search-template.js`) may have rewritten the query, as
/// the app itself does, before the app starts.
pub fn initial_query_param(key: &str) -> Option<String> {
    let window = web_sys::window()?;
    let opened = window
        .performance()
        .and_then(|performance| {
            performance
                .get_entries_by_type("navigation")
                .get(0)
                .dyn_into::<web_sys::PerformanceEntry>()
                .ok()
        })
        .and_then(|entry| web_sys::Url::new(&entry.name()).ok())
        .map(|url| url.search());
    let search = match opened {
        Some(search) => search,
        None => window.location().search().ok()?,
    };
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(key)
}
