//! `/`: the overview — what the partnership is, key figures, the latest
//! milestones and the ways into topics and the chronology.

use crate::components::link::Link;
use explorer_core::logic::{Catalog, Strings};
use leptos::prelude::*;

use crate::components::chart::year_chart;
use crate::components::event_card::EventCard;
use crate::components::page::Page;
use crate::context::{render_from_catalog, use_strings};
use explorer_core::logic::pages;

/// How many of the latest events the overview shows.
const LATEST: usize = 4;

/// The overview of the partnership.
#[component]
pub fn HomePage() -> impl IntoView {
    let s = use_strings();
    // Drawn from the catalog: a newer dataset renders the page again.
    render_from_catalog(move |catalog| overview(catalog, s))
}

fn overview(catalog: &Catalog, s: &'static Strings) -> impl IntoView {
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
        .map(|e| s.date(&e.date))
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
        let years = (s.era_years)(era.from, era.to);
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
        view! { <li><Link href=href>{name}</Link> " " <span class="count">{(s.count_in_parens)(count)}</span></li> }
    })
    .collect_view();
    let glance = year_chart(catalog);
    view! {
        <Page head=pages::home(s)>
            <div class="intro">
                <p class="lead">
                    {s.home_lead}
                </p>
                <p>
                    {(s.home_sources_before)(n_sources)}
                    <Link href="/sources">{s.home_sources_link}</Link>
                    {(s.home_sources_after)(n_sources)}
                </p>
                <p class="cta">
                    <Link href="/timeline" attr:class="button">{s.home_cta_chronology}</Link>
                    <Link href="/perspectives" attr:class="button secondary">{s.home_cta_debates}</Link>
                </p>
            </div>
            <section aria-labelledby="glance-heading">
                <h2 id="glance-heading">{s.home_glance_heading}</h2>
                {glance}
            </section>
            <section aria-labelledby="figures-heading">
                <h2 id="figures-heading">{s.home_figures_heading}</h2>
                <dl class="figures">
                    <div><dt>{s.figure_events}</dt><dd>{n_events}</dd></div>
                    <div><dt>{s.figure_years}</dt><dd>{(s.figure_years_value)(&first, last_year)}</dd></div>
                    <div><dt>{s.figure_topics}</dt><dd>{n_topics}</dd></div>
                    <div><dt>{s.figure_sources}</dt><dd>{n_sources}</dd></div>
                    <div><dt>{s.figure_quotes}</dt><dd>{quotes}</dd></div>
                </dl>
            </section>
            <section aria-labelledby="latest-heading">
                <h2 id="latest-heading">{s.home_latest_heading}</h2>
                <ul class="cards grid">{latest}</ul>
                <p><Link href="/timeline?sort=newest">{s.home_latest_all}</Link></p>
            </section>
            <section aria-labelledby="eras-heading">
                <h2 id="eras-heading">{s.home_eras_heading}</h2>
                <ol class="eras">{eras}</ol>
            </section>
            <section aria-labelledby="topics-heading">
                <h2 id="topics-heading">{s.home_topics_heading}</h2>
                <ul class="topic-links">{topics}</ul>
            </section>
        </Page>
    }
}
