//! The base path the app is served under.

use leptos::prelude::*;

use crate::browser::document;

/// In the router's form: "" at the site root, "/research/japan-nato" under a sub-path.
#[derive(Clone)]
struct AppBase(String);

/// Provides the base path, read once from the page.
pub fn provide_base() {
    provide_context(AppBase(
        document::app_base().trim_end_matches('/').to_owned(),
    ));
}

/// The base path to put before app paths (see [`provide_base`]).
pub fn use_base() -> String {
    use_context::<AppBase>()
        .map(|AppBase(base)| base)
        .unwrap_or_default()
}
