//! Quotes with their source: the evidence behind every record.

use crate::components::link::Link;
use leptos::prelude::*;

use crate::components::rich_text::RichText;
use crate::context::use_catalog;
use explorer_core::data::Evidence;

/// One verbatim quote and the document it comes from.
#[component]
pub fn Quote(
    #[prop(into)] quote: String,
    #[prop(into)] source: String,
    /// Search terms to highlight.
    #[prop(into, optional)]
    terms: Signal<Vec<String>>,
) -> impl IntoView {
    let catalog = use_catalog();
    let title = catalog
        .read_untracked()
        .source(&source)
        .map(|s| s.title.clone())
        .unwrap_or_else(|| source.clone());
    view! {
        <figure class="quote">
            <blockquote>
                <p><RichText text=quote terms=terms glossary=true/></p>
            </blockquote>
            <figcaption>
                "— " <Link href=format!("/sources/{source}")><cite>{title}</cite></Link>
            </figcaption>
        </figure>
    }
}

/// All the quotes behind a record.
#[component]
pub fn EvidenceList(
    evidence: Vec<Evidence>,
    #[prop(into, optional)] terms: Signal<Vec<String>>,
) -> impl IntoView {
    evidence
        .into_iter()
        .map(|e| view! { <Quote quote=e.quote source=e.source terms=terms/> })
        .collect_view()
}
