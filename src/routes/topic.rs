//! `/topics/{slug}`: one topic — its summary, its sources, and its own slice
//! of the chronology with search and filters.

use explorer_core::data::Topic;
use leptos::prelude::*;

use crate::components::link::Link;

use crate::components::chart::TimeChart;
use crate::components::chronology::Chronology;
use crate::components::deferred::Deferred;
use crate::components::evidence::EvidenceList;
use crate::components::filter_panel::FilterPanel;
use crate::components::page::Page;
use crate::components::results_bar::ResultsBar;
use crate::context::{use_base, use_catalog, use_filters, use_strings};
use crate::routes::record_or_not_found;
use explorer_core::logic::{pages, story};

/// One topic, or the not-found view for an unknown slug.
#[component]
pub fn TopicPage() -> impl IntoView {
    record_or_not_found(
        |catalog, id| catalog.topic(id).cloned(),
        |topic| view! { <TopicView topic=topic/> },
    )
}

#[component]
fn TopicView(topic: Topic) -> impl IntoView {
    let catalog = use_catalog();
    let url_filters = use_filters();
    let s = use_strings();
    // The topic is pinned: the reader's other filters apply within it.
    // The URL keeps only the reader's own filters.
    let topic_id = topic.id.clone();
    let positions = Memo::new(move |_| {
        let mut pinned = url_filters.get();
        pinned.topics = vec![topic_id.clone()];
        catalog.read().filter(&pinned)
    });
    let count = Signal::derive(move || positions.read().len());
    // The topic's events, with the reader's filters, told one a screen.
    let story_topic = topic.id.clone();
    let base = use_base();
    let story = move || {
        let mut pinned = url_filters.get();
        pinned.topics = vec![story_topic.clone()];
        format!("{base}{}", story::href(None, &pinned))
    };
    let in_topic = topic.id.clone();
    let scope = Memo::new(move |_| {
        let catalog = catalog.read();
        let events = &catalog.data.events;
        (0..events.len())
            .filter(|&at| events[at].topics.contains(&in_topic))
            .collect::<Vec<_>>()
    });
    let name = topic.name.clone();
    let title = Signal::derive(move || name.clone());
    let path = format!("/topics/{}", topic.id);
    let bar_href = path.clone();
    let debate_topic = topic.id.clone();
    let debates = move || {
        let debates: Vec<(String, String)> = catalog
            .read()
            .data
            .perspectives
            .iter()
            .filter(|p| p.topics.contains(&debate_topic))
            .map(|p| (format!("/perspectives#{}", p.id), p.question.clone()))
            .collect();
        (!debates.is_empty()).then(|| {
            let items = debates
                .into_iter()
                .map(|(href, question)| view! { <li><Link href=href>{question}</Link></li> })
                .collect_view();
            view! {
                <h2>{s.topic_debates_heading}</h2>
                <ul class="debate-links">{items}</ul>
            }
        })
    };
    view! {
        <Page head=pages::topic(&topic, s)>
            <p class="kicker"><Link href="/topics">{s.topic_kicker}</Link></p>
            <p class="lead">{topic.summary.clone()} " " <a class="play-story" href=story>{s.story_play}</a></p>
            <details class="topic-sources">
                <summary>{s.topic_evidence_summary}</summary>
                <EvidenceList evidence=topic.evidence.clone()/>
            </details>
            {debates}
            <h2>{s.topic_chronology_heading}</h2>
            <Deferred><TimeChart scope=scope matching=positions filters=url_filters/></Deferred>
            <div class="explorer">
                <Deferred><FilterPanel filters=url_filters show_topics=false/></Deferred>
                <div class="results">
                    <Deferred><ResultsBar filters=url_filters count=count clear_href=bar_href.clone() title=title positions=positions file_name="japan-nato-topic"/></Deferred>
                    <Deferred><Chronology positions=positions filters=url_filters clear_href=path.clone()/></Deferred>
                </div>
            </div>
        </Page>
    }
}
