//! `/sources`: the five documents everything here is drawn from.

use crate::components::link::Link;
use leptos::prelude::*;

use crate::components::page::Page;
use crate::context::use_catalog;
use crate::logic::pages;

/// All source documents, with their details and what cites them.
#[component]
pub fn SourcesPage() -> impl IntoView {
    let catalog = use_catalog().get_untracked();
    let cards = catalog
        .data
        .sources
        .iter()
        .map(|source| {
            let href = format!("/sources/{}", source.id);
            let cited = catalog.events_citing(&source.id).count();
            let meta = format!(
                "{} · {} ({}) · cited by {cited} events",
                source.kind.label(),
                source.date,
                source.date_kind.label()
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
    view! {
        <Page head=pages::sources()>
            <p class="lead">"Every statement in this explorer is drawn from these five documents and quotes one of them word for word. Where a document does not say something — a date, an author — we say so rather than guess."</p>
            <ul class="cards grid">{cards}</ul>
        </Page>
    }
}
