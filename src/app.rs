//! The root component. It only nests providers; the routes live in
//! [`crate::routes::AppRoutes`].

use leptos::prelude::*;

use crate::context::provide_catalog;
use crate::data;
use crate::logic::Catalog;
use crate::routes::AppRoutes;

/// The whole explorer.
#[component]
pub fn App() -> impl IntoView {
    provide_catalog(Catalog::new(data::bundled()));
    view! { <AppRoutes/> }
}
