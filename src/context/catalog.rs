//! The catalog (dataset and indexes) every view reads. It is a signal: a
//! newer dataset replaces it, and views follow through ordinary reads.

use std::sync::Arc;

use explorer_core::data::Dataset;
use explorer_core::logic::Catalog;
use leptos::prelude::*;

#[derive(Clone, Copy)]
struct CatalogContext(RwSignal<Arc<Catalog>>);

/// The dataset compiled into the bundle, in the compact form `build.rs`
/// writes after validating it: decoding it is several times faster than
/// parsing and validating the JSON again (see `bench/`). A failure here
/// would be a bug in the build, not bad data.
pub fn bundled_dataset() -> Dataset {
    postcard::from_bytes(include_bytes!(concat!(
        env!("OUT_DIR"),
        "/dataset.postcard"
    )))
    .expect("the bundled dataset was validated and encoded at build time")
}

/// Makes the catalog available to every component below. (Shared: the
/// prerender tool renders every page from one catalog.)
pub fn provide_catalog(catalog: Arc<Catalog>) {
    provide_context(CatalogContext(RwSignal::new(catalog)));
}

/// The catalog of the current dataset.
pub fn use_catalog() -> Signal<Arc<Catalog>> {
    let CatalogContext(signal) = expect_context::<CatalogContext>();
    signal.into()
}

/// A function that switches every view to another dataset.
pub fn use_replace_catalog() -> impl Fn(Catalog) + 'static {
    let CatalogContext(signal) = expect_context::<CatalogContext>();
    move |catalog| signal.set(Arc::new(catalog))
}

/// A view drawn entirely from the catalog (for views without state of their
/// own), rendered again when a newer dataset replaces it.
pub fn render_from_catalog<V: IntoView + 'static>(
    render: impl Fn(&Catalog) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let catalog = use_catalog();
    move || render(&catalog.read())
}
