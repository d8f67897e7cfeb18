//! The root component. It only nests providers; the routes live in
//! [`crate::routes::AppRoutes`].

use explorer_core::logic::Catalog;
use leptos::prelude::*;

use crate::context::{
    bundled_dataset, provide_base, provide_catalog, provide_embed, provide_status,
};
use crate::dataset_update::check_for_newer_dataset;
use crate::routes::AppRoutes;

#[component]
pub fn App() -> impl IntoView {
    provide_base();
    provide_catalog(Catalog::new(bundled_dataset()));
    provide_status();
    provide_embed();
    check_for_newer_dataset();
    view! { <AppRoutes/> }
}
