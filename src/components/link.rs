//! In-app links that respect the base path the app is served under.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::context::use_base;

/// `<A>` for an app path such as "/timeline": the router resolves relative
/// paths against its base, but leaves absolute ones as they are, so the base
/// ("/research/japan-nato") is put in front here.
#[component]
pub fn Link(
    /// An app path starting with "/", with any query or fragment.
    #[prop(into)]
    href: Signal<String>,
    /// Marked as the current page only on an exact match (for "/").
    #[prop(optional)]
    exact: bool,
    children: Children,
) -> impl IntoView {
    let base = use_base();
    let href = move || format!("{base}{}", href.read());
    view! { <A href=href exact=exact>{children()}</A> }
}
