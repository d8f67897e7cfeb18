//! `/sources`: the documents everything here is drawn from.

use crate::components::link::Link;
use explorer_core::logic::pages::event_count;
use explorer_core::logic::Catalog;
use leptos::prelude::*;

use crate::components::page::Page;
use crate::context::render_from_catalog;
use explorer_core::logic::pages;

/// All source documents, with their details and what cites them.
#[component]
pub fn SourcesPage() -> impl IntoView {
    // Drawn from the catalog: a newer dataset renders the page again.
    render_from_catalog(all_sources)
}

fn all_sources(catalog: &Catalog) -> impl IntoView {
    let cards = catalog
        .data
        .sources
        .iter()
        .map(|source| {
            let href = format!("/sources/{}", source.id);
            let cited = catalog.events_citing(&source.id).count();
            let meta = format!(
                "{} · {} ({}) · cited by {}",
                source.kind.label(),
                source.date,
                source.date_kind.label(),
                event_count(cited)
            );
            let by = source
                .organisation
                .clone()
                .unwrap_or_else(|| "Publisher not named".to_owned());
            let (title, perspective) = (source.title.clone(), source.perspective.clone());
            view! {
                <li>
                    <article class="card source-card">
                        <h2 class="card-title"><Link href=href>{title}</Link></h2>
                        <p class="card-meta">{by}</p>
                        <p class="card-meta">{meta}</p>
                        <p class="card-summary">{perspective}</p>
                    </article>
                </li>
            }
        })
        .collect_view();
    let lead = format!(
        "Every statement in this explorer is drawn from these {} documents and quotes one of them word for word. Where a document does not say something — a date, an author — we say so rather than guess.",
        pages::count_in_words(catalog.data.sources.len())
    );
    view! {
        <Page head=pages::sources(catalog)>
            <p class="lead">{lead}</p>
            <ul class="cards grid">{cards}</ul>
        </Page>
    }
}
