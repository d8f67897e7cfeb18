//! `/events/{id}`: one event — summary, date, type, topics, actors, the
//! quotes with their sources, related events, previous and next in time.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::link::Link;

use crate::components::event_card::EventCard;
use crate::components::evidence::EvidenceList;
use crate::components::page::Page;
use crate::components::rich_text::RichText;
use crate::components::toolbar::Toolbar;
use crate::components::topic_tags::TopicTags;
use crate::context::render_from_catalog;
use crate::routes::record_or_not_found;
use explorer_core::data::Event;
use explorer_core::logic::pages;

/// How many related events an event page lists.
const RELATED: usize = 4;

/// One event, or the not-found view for an unknown id.
#[component]
pub fn EventPage() -> impl IntoView {
    record_or_not_found(
        |catalog, id| catalog.event(id).cloned(),
        |event| view! { <EventView event=event/> },
    )
}

#[component]
fn EventView(event: Arc<Event>) -> impl IntoView {
    // Names, neighbours and related events come from the catalog: a newer
    // dataset renders them again.
    render_from_catalog(move |catalog| event_view(catalog, event.clone()))
}

fn event_view(catalog: &explorer_core::logic::Catalog, event: Arc<Event>) -> impl IntoView {
    let actors = event
        .actors
        .iter()
        .filter_map(|id| catalog.actor(id))
        .map(|a| {
            let href = format!("/timeline?actor={}", a.id);
            let name = a.name.clone();
            let role = a.role.clone();
            view! { <li><Link href=href>{name}</Link> <span class="role">" — " {role}</span></li> }
        })
        .collect_view();
    let places = (!event.places.is_empty()).then(|| {
        let places = event.places.join(", ");
        view! { <dt>"Places"</dt><dd>{places}</dd> }
    });
    let related = catalog
        .related(&event, RELATED)
        .into_iter()
        .cloned()
        .map(|e| view! { <li><EventCard event=e/></li> })
        .collect_view();
    let (previous, next) = catalog.neighbours(&event.id);
    let step = |event: Option<&Arc<Event>>, rel: &'static str, label: &'static str| {
        event.map(|e| {
            let href = format!("/events/{}", e.id);
            let title = e.title.clone();
            let date = e.date.to_string();
            view! {
                <Link href=href attr:rel=rel attr:class=format!("step step-{rel}")>
                    <span class="step-label">{label}</span>
                    <span class="step-title">{title}</span>
                    <span class="step-date">{date}</span>
                </Link>
            }
        })
    };
    let steps = (
        step(previous, "prev", "Previous"),
        step(next, "next", "Next"),
    );
    let year = event.date.group_year();
    let era = catalog.era_of(year).map(|era| era.name.clone());
    let title = event.title.clone();
    let cite_title = Signal::derive(move || title.clone());
    view! {
        <Page head=pages::event(&event)>
            <p class="kicker">
                <Link href=format!("/timeline#year-{year}")>"Chronology"</Link>
                {era.map(|name| view! { " · " <span>{name}</span> })}
            </p>
            <p class="event-meta">
                <time datetime=event.date.machine_readable()>{event.date.to_string()}</time>
                <span class="card-type">{event.kind.label()}</span>
            </p>
            <p class="lead"><RichText text=event.summary.clone() glossary=true/></p>
            {event.date_note.clone().map(|note| view! {
                <p class="note"><strong>"About the date: "</strong>{note}</p>
            })}
            {event.discrepancy.clone().map(|text| view! {
                <aside class="discrepancy" aria-labelledby="discrepancy-heading">
                    <h2 id="discrepancy-heading">"The sources differ"</h2>
                    <p>{text}</p>
                </aside>
            })}
            <h2>"What the sources say"</h2>
            <EvidenceList evidence=event.evidence.clone()/>
            <h2>"Details"</h2>
            <dl class="details">
                <dt>"Topics"</dt>
                <dd><TopicTags topics=event.topics.clone()/></dd>
                <dt>"Actors"</dt>
                <dd><ul class="actors">{actors}</ul></dd>
                {places}
            </dl>
            <Toolbar title=cite_title/>
            <h2>"Related events"</h2>
            <ul class="cards grid">{related}</ul>
            <nav class="steps" aria-label="Previous and next events">
                {steps}
            </nav>
        </Page>
    }
}
