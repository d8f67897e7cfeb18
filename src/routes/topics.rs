//! `/topics`: every topic as a card with its counts.

use crate::components::link::Link;
use explorer_core::logic::{Catalog, Strings};
use leptos::prelude::*;

use crate::components::chart::sparkline;
use crate::components::page::Page;
use crate::context::{render_from_catalog, use_strings};
use explorer_core::logic::pages;

/// All areas of cooperation and themes of debate.
#[component]
pub fn TopicsPage() -> impl IntoView {
    let s = use_strings();
    // Drawn from the catalog: a newer dataset renders the page again.
    render_from_catalog(move |catalog| all_topics(catalog, s))
}

fn all_topics(catalog: &Catalog, s: &'static Strings) -> impl IntoView {
    let cards = catalog
        .data
        .topics
        .iter()
        .map(|topic| {
            let events: Vec<_> = catalog.events_in_topic(&topic.id).collect();
            let debates = catalog
                .data
                .perspectives
                .iter()
                .filter(|p| p.topics.contains(&topic.id))
                .count();
            let span = match (events.first(), events.last()) {
                (Some(first), Some(last)) => {
                    Some((first.date.group_year(), last.date.group_year()))
                }
                _ => None,
            };
            let href = format!("/topics/{}", topic.id);
            let (name, summary) = (topic.name.clone(), topic.summary.clone());
            let counts = (s.topic_card_counts)(events.len(), debates, span);
            view! {
                <li>
                    <article class="card topic-card">
                        <h2 class="card-title"><Link href=href>{name}</Link></h2>
                        <p class="card-meta">{counts}</p>
                        {sparkline(catalog, &topic.id)}
                        <p class="card-summary">{summary}</p>
                    </article>
                </li>
            }
        })
        .collect_view();
    view! {
        <Page head=pages::topics(s)>
            <p class="lead">{s.topics_lead}</p>
            <ul class="cards grid">{cards}</ul>
        </Page>
    }
}
