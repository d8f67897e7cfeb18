//! The common head of every view: its `h1`, document title and description.

use leptos::prelude::*;

use crate::browser;
use crate::logic::pages::PageHead;

/// A routed view's frame. Sets the document title and meta description, and
/// moves focus to the heading so that screen-reader and keyboard users land
/// on the new view after a client-side navigation.
#[component]
pub fn Page(
    /// The view's title (its one `h1`) and description.
    head: PageHead,
    children: Children,
) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    browser::set_document_head(&head.document_title(), &head.description);
    let title = head.title;
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
