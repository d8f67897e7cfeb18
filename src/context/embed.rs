//! Embed mode: settings from the URL the page was opened with, held for the
//! whole visit so that in-app navigation keeps them.

use explorer_core::logic::embed::EmbedSettings;
use leptos::prelude::*;

use crate::browser::{document, embedding};

/// Reads the embed settings and applies them to the page.
pub fn provide_embed() {
    let settings = EmbedSettings::from_query(document::initial_query_param);
    if settings.embedded {
        embedding::add_root_class("embedded");
        if embedding::is_framed() {
            embedding::post_height_to_parent();
        }
    }
    if let (Some(accent), Some(contrast)) = (&settings.accent, &settings.accent_contrast) {
        embedding::set_root_css_property("--embed-accent", accent);
        embedding::set_root_css_property("--embed-accent-contrast", contrast);
    }
    if let Some(font) = &settings.font {
        embedding::set_root_css_property("--embed-font", font);
    }
    provide_context(settings);
}

/// The settings of a prerendered page: not embedded. An embedded page is
/// marked before it paints (the start script) and rendered by the app.
pub fn provide_prerendered_embed() {
    provide_context(EmbedSettings::default());
}

pub fn use_embed() -> EmbedSettings {
    use_context::<EmbedSettings>().unwrap_or_default()
}
