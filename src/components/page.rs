//! The common head of every view: its `h1`, document title and description.

use leptos::prelude::*;

use crate::browser;

/// A routed view's frame. Sets the document title and meta description, and
/// moves focus to the heading so that screen-reader and keyboard users land
/// on the new view after a client-side navigation.
#[component]
pub fn Page(
    /// The view's one `h1`, also the first part of the document title.
    #[prop(into)]
    title: String,
    /// The meta description for this view.
    #[prop(into)]
    description: String,
    children: Children,
) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    browser::set_document_head(&title, &description);
    Effect::new(move |_| {
        if let Some(h1) = heading.get() {
            browser::focus_heading(&h1);
        }
    });
    view! {
        <h1 node_ref=heading tabindex="-1">{title}</h1>
        {children()}
    }
}
