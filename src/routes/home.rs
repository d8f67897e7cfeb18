//! `/`: the overview — what the partnership is, key figures, the latest
//! milestones and the ways into topics and the chronology.

use crate::components::link::Link;
use explorer_core::logic::Catalog;
use leptos::prelude::*;

use crate::components::event_card::EventCard;
use crate::components::page::Page;
use crate::components::year_chart::year_chart;
use crate::context::render_from_catalog;
use explorer_core::logic::pages;

/// How many of the latest events the overview shows.
const LATEST: usize = 4;

/// The overview of the partnership.
#[component]
pub fn HomePage() -> impl IntoView {
    // Drawn from the catalog: a newer dataset renders the page again.
    render_from_catalog(overview)
}

fn overview(catalog: &Catalog) -> impl IntoView {
    let data = &catalog.data;
    let quotes: usize = data.events.iter().map(|e| e.evidence.len()).sum::<usize>()
        + data.topics.iter().map(|t| t.evidence.len()).sum::<usize>()
        + data
            .perspectives
            .iter()
            .map(|p| p.positions.len())
            .sum::<usize>();
    let first = data
        .events
        .first()
        .map(|e| e.date.to_string())
        .unwrap_or_default();
    let (_, last_year) = catalog.year_span();
    let (n_events, n_topics, n_sources) =
        (data.events.len(), data.topics.len(), data.sources.len());
    let latest = data
        .events
        .iter()
        .rev()
        .take(LATEST)
        .cloned()
        .map(|event| view! { <li><EventCard event=event/></li> })
        .collect_view();
    let eras = data
    .eras
    .iter()
    .map(|era| {
        let href = format!("/timeline?from={}&to={}", era.from, era.to);
        let years = format!("{}–{}", era.from, era.to);
        let (name, summary) = (era.name.clone(), era.summary.clone());
        view! {
            <li>
                <Link href=href><strong>{name}</strong> " " <span class="era-years">{years}</span></Link>
                <p>{summary}</p>
            </li>
        }
    })
    .collect_view();
    let topics = data
    .topics
    .iter()
    .map(|topic| {
        let count = catalog.topic_count(&topic.id);
        let href = format!("/topics/{}", topic.id);
        let name = topic.name.clone();
        view! { <li><Link href=href>{name}</Link> " " <span class="count">"(" {count} ")"</span></li> }
    })
    .collect_view();
    let glance = year_chart(catalog);
    view! {
        <Page head=pages::home()>
            <div class="intro">
                <p class="lead">
                    "NATO and Japan have talked and worked together since the early 1990s. A Joint Political Declaration in 2013 and a partnership programme in 2014 gave the relationship a framework; after Russia's attack on Ukraine, Japan's prime ministers attended NATO summits, and in 2023 the two sides signed a new, individually tailored partnership programme."
                </p>
                <p>
                    {format!("This explorer follows that story through {} public documents, listed under ", pages::count_in_words(n_sources))}
                    <Link href="/sources">"Sources"</Link>
                    ", and quotes them for every statement it makes."
                </p>
                <p class="cta">
                    <Link href="/timeline" attr:class="button">"Read the chronology"</Link>
                    <Link href="/perspectives" attr:class="button secondary">"See the debates"</Link>
                </p>
            </div>
            <section aria-labelledby="glance-heading">
                <h2 id="glance-heading">"The partnership at a glance"</h2>
                {glance}
            </section>
            <section aria-labelledby="figures-heading">
                <h2 id="figures-heading">"In figures"</h2>
                <dl class="figures">
                    <div><dt>"Events"</dt><dd>{n_events}</dd></div>
                    <div><dt>"Years covered"</dt><dd>{format!("{first} – {last_year}")}</dd></div>
                    <div><dt>"Topics"</dt><dd>{n_topics}</dd></div>
                    <div><dt>"Source documents"</dt><dd>{n_sources}</dd></div>
                    <div><dt>"Quotes behind them"</dt><dd>{quotes}</dd></div>
                </dl>
            </section>
            <section aria-labelledby="latest-heading">
                <h2 id="latest-heading">"Latest milestones"</h2>
                <ul class="cards grid">{latest}</ul>
                <p><Link href="/timeline?sort=newest">"All events, newest first"</Link></p>
            </section>
            <section aria-labelledby="eras-heading">
                <h2 id="eras-heading">"The eras of the partnership"</h2>
                <ol class="eras">{eras}</ol>
            </section>
            <section aria-labelledby="topics-heading">
                <h2 id="topics-heading">"What they cooperate on"</h2>
                <ul class="topic-links">{topics}</ul>
            </section>
        </Page>
    }
}
