//! `/sources`: the documents everything here is drawn from.

use crate::components::link::Link;
use explorer_core::logic::{Catalog, Strings};
use leptos::prelude::*;

use crate::components::page::Page;
use crate::context::{render_from_catalog, use_strings};
use explorer_core::logic::pages;

/// All source documents, with their details and what cites them.
#[component]
pub fn SourcesPage() -> impl IntoView {
    let s = use_strings();
    // Drawn from the catalog: a newer dataset renders the page again.
    render_from_catalog(move |catalog| all_sources(catalog, s))
}

fn all_sources(catalog: &Catalog, s: &'static Strings) -> impl IntoView {
    let cards = catalog
        .data
        .sources
        .iter()
        .map(|source| {
            let href = format!("/sources/{}", source.id);
            let cited = catalog.events_citing(&source.id).count();
            let meta = (s.source_card_meta)(
                s.source_kind(source.kind),
                &s.date(&source.date),
                s.date_kind(source.date_kind),
                cited,
            );
            let by = source
                .organisation
                .clone()
                .unwrap_or_else(|| s.source_publisher_unnamed.to_owned());
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
    let lead = (s.sources_lead)(catalog.data.sources.len());
    view! {
        <Page head=pages::sources(catalog, s)>
            <p class="lead">{lead}</p>
            <ul class="cards grid">{cards}</ul>
        </Page>
    }
}
