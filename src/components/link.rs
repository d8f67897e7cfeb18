//! In-app links that respect the base path the app is served under.
//!
//! The router follows a click on any `<a>` inside it, so a plain anchor is
//! an in-app link already: [`Link`] renders just that, with nothing to keep
//! reactive, because content lists hold hundreds of links and each `<A>`
//! would track the location to mark itself current. [`NavLink`] (the site
//! navigation) is an `<A>`, which sets `aria-current` on the current page.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::context::use_base;

/// An anchor for an app path such as "/timeline" (with any query or
/// fragment), the base path ("/research/japan-nato") put in front.
#[component]
pub fn Link(#[prop(into)] href: String, children: Children) -> impl IntoView {
    view! { <a href=format!("{}{href}", use_base())>{children()}</a> }
}

/// A link of the site navigation, marked as the current page when the
/// reader is on it (on an exact match only, for "/").
#[component]
pub fn NavLink(
    #[prop(into)] href: String,
    #[prop(optional)] exact: bool,
    children: Children,
) -> impl IntoView {
    // The router resolves relative paths against its base but leaves
    // absolute ones as they are: the base goes in front here.
    let href = format!("{}{href}", use_base());
    view! { <A href=href exact=exact>{children()}</A> }
}
