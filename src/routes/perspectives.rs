//! `/perspectives`: the debates and open questions, who argues what.

use crate::components::link::Link;
use explorer_core::logic::{Catalog, Strings};
use leptos::prelude::*;

use crate::components::evidence::Quote;
use crate::components::page::Page;
use crate::components::topic_tags::TopicTags;
use crate::context::{render_from_catalog, use_strings};
use explorer_core::logic::pages;

/// Every open question the sources raise, with each source's position.
#[component]
pub fn PerspectivesPage() -> impl IntoView {
    let s = use_strings();
    // Drawn from the catalog: a newer dataset renders the page again.
    render_from_catalog(move |catalog| all_perspectives(catalog, s))
}

fn all_perspectives(catalog: &Catalog, s: &'static Strings) -> impl IntoView {
    let sections = catalog
        .data
        .perspectives
        .iter()
        .map(|p| {
            let heading_id = format!("{}-heading", p.id);
            let labelled_by = heading_id.clone();
            let (id, question, summary) = (p.id.clone(), p.question.clone(), p.summary.clone());
            let topics = p.topics.clone();
            let positions = p
                .positions
                .iter()
                .map(|pos| {
                    let source = catalog
                        .source(&pos.source)
                        .map(|s| s.title.clone())
                        .unwrap_or_default();
                    let href = format!("/sources/{}", pos.source);
                    let (stance, quote, source_id, rendering) = (
                        pos.stance.clone(),
                        pos.quote.clone(),
                        pos.source.clone(),
                        pos.rendering.clone(),
                    );
                    view! {
                        <li class="position">
                            <p><Link href=href><strong>{source}</strong></Link> {s.position_separator} {stance}</p>
                            <Quote quote=quote source=source_id rendering=rendering/>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="perspective" id=id aria-labelledby=labelled_by>
                    <h2 id=heading_id>{question}</h2>
                    <p>{summary}</p>
                    <TopicTags topics=topics/>
                    <ul class="positions">{positions}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <Page head=pages::perspectives(s)>
            <p class="lead">{s.perspectives_lead}</p>
            {sections}
        </Page>
    }
}
