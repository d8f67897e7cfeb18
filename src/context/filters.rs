//! The reader's filters, whose home is the URL query: read from it, written
//! by navigating to it, so every view can be linked.

use explorer_core::logic::Filters;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::{use_base, use_catalog};

/// The filters in the current URL query, checked against the dataset.
pub fn use_filters() -> Memo<Filters> {
    let query = use_query_map();
    let catalog = use_catalog();
    Memo::new(move |_| {
        let query = query.read();
        catalog
            .read()
            .filters_from_query(|key| query.get_all(key).unwrap_or_default())
    })
}

/// The current view's path below the base ("/timeline"), for links that
/// keep the view and change its filters.
pub fn use_view_path() -> Memo<String> {
    let location = use_location();
    let base = use_base();
    Memo::new(move |_| {
        let full = location.pathname.get();
        full.strip_prefix(base.as_str()).unwrap_or(&full).to_owned()
    })
}

/// A function that moves the current view to other filters. While the
/// reader types (`replace`), history is not flooded with one entry a key.
pub fn use_set_filters() -> impl Fn(Filters, bool) + Clone + 'static {
    let navigate = use_navigate();
    let path = use_view_path();
    move |filters: Filters, replace: bool| {
        navigate(
            &format!("{}{}", path.get_untracked(), filters.to_query_string()),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    }
}
