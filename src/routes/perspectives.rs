//! `/perspectives`: the debates and open questions, who argues what.

use crate::components::link::Link;
use explorer_core::logic::Catalog;
use leptos::prelude::*;

use crate::components::evidence::Quote;
use crate::components::page::Page;
use crate::components::topic_tags::TopicTags;
use crate::context::render_from_catalog;
use explorer_core::logic::pages;

/// Every open question the sources raise, with each source's position.
#[component]
pub fn PerspectivesPage() -> impl IntoView {
    // Drawn from the catalog: a newer dataset renders the page again.
    render_from_catalog(all_perspectives)
}

fn all_perspectives(catalog: &Catalog) -> impl IntoView {
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
                    let (stance, quote, source_id) =
                        (pos.stance.clone(), pos.quote.clone(), pos.source.clone());
                    view! {
                        <li class="position">
                            <p><Link href=href><strong>{source}</strong></Link> ": " {stance}</p>
                            <Quote quote=quote source=source_id/>
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
        <Page head=pages::perspectives()>
            <p class="lead">"The questions the sources raise and the positions they take, each quoted from its source. Summaries of positions are ours; the quotes are theirs."</p>
            {sections}
        </Page>
    }
}
