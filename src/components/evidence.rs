//! Quotes with their source: the evidence behind every record.

use crate::components::link::Link;
use leptos::prelude::*;

use crate::components::rich_text::RichText;
use crate::context::{use_catalog, use_strings};
use explorer_core::data::Evidence;
use explorer_core::logic::Lang;

/// One verbatim quote and the document it comes from. The quote is always
/// the source's own English words (`lang="en"`); the Japanese edition keeps
/// browsers from machine-translating it (`translate="no"`) and follows it
/// with the explorer's reference translation, labelled as such.
#[component]
pub fn Quote(
    #[prop(into)] quote: String,
    #[prop(into)] source: String,
    /// The reference translation, in the Japanese edition.
    #[prop(default = None)]
    rendering: Option<String>,
    /// Search terms to highlight.
    #[prop(into, optional)]
    terms: Signal<Vec<String>>,
) -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    let title = catalog
        .read_untracked()
        .source(&source)
        .map(|s| s.title.clone())
        .unwrap_or_else(|| source.clone());
    let japanese = s.lang == Lang::Ja;
    let rendering = rendering.filter(|_| japanese).map(|rendering| {
        view! {
            <p class="rendering">
                <span class="rendering-label">{s.rendering_label}</span>
                <RichText text=rendering terms=terms glossary=true/>
            </p>
        }
    });
    view! {
        <figure class="quote">
            <blockquote lang="en" translate=japanese.then_some("no")>
                <p><RichText text=quote terms=terms glossary=true/></p>
            </blockquote>
            {rendering}
            <figcaption>
                {s.quote_attribution} <Link href=format!("/sources/{source}")><cite>{title}</cite></Link>
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
        .map(|e| view! { <Quote quote=e.quote source=e.source rendering=e.rendering terms=terms/> })
        .collect_view()
}
