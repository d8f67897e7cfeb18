//! The base path the app is served under.

use leptos::prelude::*;

/// In the router's form: "" at the site root, "/research/japan-nato" under a sub-path.
#[derive(Clone)]
struct AppBase(String);

/// Provides the base path, in the page's form ("/" or "/some/path/"): in
/// the browser read from the page, when prerendering given by the build.
pub fn provide_base(base: &str) {
    provide_context(AppBase(base.trim_end_matches('/').to_owned()));
}

/// The base path to put before app paths (see [`provide_base`]).
pub fn use_base() -> String {
    use_context::<AppBase>()
        .map(|AppBase(base)| base)
        .unwrap_or_default()
}
