//! The root components. They only nest providers; the routes live in
//! [`crate::routes::AppRoutes`]. [`App`] runs in the browser;
//! [`PrerenderedApp`] is the same app as the build renders it to HTML.

use std::sync::Arc;

use explorer_core::logic::{Catalog, Lang};
use leptos::prelude::*;

use crate::browser::document;
use crate::context::{
    provide_catalog, provide_edition, provide_embed, provide_prerendered_embed,
    provide_prerendered_status, provide_status,
};
use crate::dataset_update::check_for_newer_dataset;
use crate::routes::AppRoutes;

/// The app in the browser: edition, base path, connection and embed
/// settings come from the page, and a newer dataset may replace the
/// bundled one.
#[component]
pub fn App(
    /// The edition (from the address; see `main.rs`).
    lang: Lang,
    /// The bundled dataset's catalog for the edition, which `main.rs`
    /// builds (with the Japanese edition's text, which it loads for it).
    catalog: Arc<Catalog>,
) -> impl IntoView {
    document::set_language(lang);
    provide_edition(&document::app_base(), lang);
    provide_catalog(catalog);
    provide_status();
    provide_embed();
    check_for_newer_dataset();
    view! { <AppRoutes/> }
}

/// The app as the build prerenders it (`src/bin/prerender.rs`): the same
/// routes and components, with what only a browser knows at its default
/// (online, not embedded, the bundled dataset). Whatever differs in the
/// browser, the app shows when it takes the page over (`main.rs`).
#[component]
pub fn PrerenderedApp(
    /// The base path the build is for ("/" or "/some/path/").
    #[prop(into)]
    base: String,
    /// The edition's catalog (see [`Catalog::for_edition`]).
    catalog: Arc<Catalog>,
) -> impl IntoView {
    provide_edition(&base, catalog.lang);
    provide_catalog(catalog);
    provide_prerendered_status();
    provide_prerendered_embed();
    view! { <AppRoutes/> }
}
