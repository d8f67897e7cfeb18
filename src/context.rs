//! App-wide state, read through typed accessors: the catalog (dataset and
//! indexes) and the filters that live in the URL query.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::logic::{Catalog, Filters};

/// The catalog, shared with every view.
#[derive(Clone, Copy)]
struct CatalogContext(RwSignal<Arc<Catalog>>);

/// Makes the catalog available to every component below.
pub fn provide_catalog(catalog: Catalog) {
    provide_context(CatalogContext(RwSignal::new(Arc::new(catalog))));
}

/// The catalog of the current dataset.
pub fn use_catalog() -> Signal<Arc<Catalog>> {
    let CatalogContext(signal) = expect_context::<CatalogContext>();
    signal.into()
}

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

/// A function that moves the current view to other filters. While the
/// reader types (`replace`), history is not flooded with one entry a key.
pub fn use_set_filters() -> impl Fn(Filters, bool) + Clone + 'static {
    let navigate = use_navigate();
    let location = use_location();
    move |filters: Filters, replace: bool| {
        let path = location.pathname.get_untracked();
        navigate(
            &format!("{path}{}", filters.to_query_string()),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    }
}
