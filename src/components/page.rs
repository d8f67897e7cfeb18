//! The common head of every view: its `h1`, document title and description.

use explorer_core::logic::pages::PageHead;
use leptos::prelude::*;

use crate::browser::document;

/// A routed view's frame: its one `h1`, and the document title and meta
/// description to match. (Focus moves to the `h1` after a navigation: see
/// [`crate::components::layout::Layout`].)
#[component]
pub fn Page(
    /// The view's title (its `h1`) and description.
    #[prop(into)]
    head: Signal<PageHead>,
    /// The title's language, where it is not the page's: an untranslated
    /// record's English title in the Japanese edition.
    #[prop(into, default = Signal::stored(None))]
    title_lang: Signal<Option<&'static str>>,
    /// The id of an element that says more about the title, read with it
    /// when focus moves to it (a story's "Step 4 of 12").
    #[prop(default = None)]
    described_by: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    // The document's head is outside the app: an effect keeps it in step.
    // (leptos_meta's <Title> and <Meta> would add 3.9 kB brotli to the
    // module: bench/alternatives/README.md.)
    Effect::new(move |_| {
        let head = head.read();
        document::set_document_head(&head.document_title(), &head.description);
    });
    view! {
        <h1 tabindex="-1" lang=title_lang aria-describedby=described_by>{move || head.read().title.clone()}</h1>
        {children()}
    }
}
