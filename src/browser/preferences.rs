//! The reader's language: the edition they last chose (kept in local
//! storage), and what their browser asks for. Neither ever moves a reader:
//! the address decides the edition; these only decide whether the English
//! overview offers the Japanese one.

use explorer_core::logic::Lang;

/// The local-storage key of the reader's chosen edition.
const EDITION_KEY: &str = "japan-nato-explorer-edition";

fn storage() -> Option<web_sys::Storage> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    // Storage may be blocked (privacy settings, locked-down machines).
    web_sys::window()?.local_storage().ok().flatten()
}

/// Remembers the edition the reader chose with the language switch.
pub fn remember_edition(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(EDITION_KEY, lang.tag());
    }
}

/// The edition the reader last chose, if any.
pub fn remembered_edition() -> Option<Lang> {
    let tag = storage()?.get_item(EDITION_KEY).ok().flatten()?;
    Lang::ALL.into_iter().find(|lang| lang.tag() == tag)
}

/// Whether the browser's preferred language (the first of
/// `navigator.languages`) is Japanese.
pub fn browser_prefers_japanese() -> bool {
    if cfg!(not(target_arch = "wasm32")) {
        return false;
    }
    let Some(window) = web_sys::window() else {
        return false;
    };
    let first = window
        .navigator()
        .languages()
        .get(0)
        .as_string()
        .or_else(|| window.navigator().language())
        .unwrap_or_default()
        .to_ascii_lowercase();
    first == "ja" || first.starts_with("ja-")
}

/// Whether to offer the Japanese edition to a reader of the English one:
/// they chose it before, or, never having chosen, their browser prefers it.
pub fn offers_japanese() -> bool {
    match remembered_edition() {
        Some(lang) => lang == Lang::Ja,
        None => browser_prefers_japanese(),
    }
}
