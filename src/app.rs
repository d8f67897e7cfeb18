//! The root component. It only nests providers; the routes live in
//! [`crate::routes::AppRoutes`].

use leptos::prelude::*;

use crate::routes::AppRoutes;

/// The whole explorer.
#[component]
pub fn App() -> impl IntoView {
    view! { <AppRoutes/> }
}
