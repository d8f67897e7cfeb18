//! The root component. It only nests providers; the routes live in
//! [`crate::routes::AppRoutes`].

use leptos::prelude::*;

use crate::context::{
    check_for_newer_dataset, provide_base, provide_catalog, provide_embed, provide_status,
};
use crate::data;
use crate::logic::Catalog;
use crate::routes::AppRoutes;

/// The whole explorer.
#[component]
pub fn App() -> impl IntoView {
    provide_base();
    provide_catalog(Catalog::new(data::bundled()));
    provide_status();
    provide_embed();
    check_for_newer_dataset();
    view! { <AppRoutes/> }
}
