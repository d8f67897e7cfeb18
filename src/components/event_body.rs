//! What an event says, as its page shows it and a story's step too: date
//! and kind, summary, notes, the quotes with their sources, topics, actors
//! and places.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::components::evidence::EvidenceList;
use crate::components::link::Link;
use crate::components::map::locator;
use crate::components::rich_text::RichText;
use crate::components::topic_tags::TopicTags;
use explorer_core::data::Event;
use explorer_core::logic::{Catalog, Strings};

/// The event's body, below its title. `english` is `Some("en")` for an
/// event the Japanese edition shows untranslated.
pub fn event_body(
    catalog: &Catalog,
    event: &Arc<Event>,
    english: Option<&'static str>,
    s: &'static Strings,
) -> impl IntoView + use<> {
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
    // Each place leads to the map with it chosen; the locator shows them.
    let places = (!event.places.is_empty()).then(|| {
        let links = event
            .places
            .iter()
            .filter_map(|id| catalog.place(id))
            .map(|p| {
                let href = format!("/map?place={}", p.id);
                let name = p.name.clone();
                view! { <li><Link href=href>{name}</Link></li> }
            })
            .collect_view();
        let locator = locator(catalog, event, s);
        view! { <dt>{s.event_places}</dt><dd><ul class="places">{links}</ul>{locator}</dd> }
    });
    view! {
        <p class="event-meta">
            <time datetime=event.date.machine_readable()>{s.date(&event.date)}</time>
            <span class="card-type">{s.event_type(event.kind)}</span>
        </p>
        <p class="lead" lang=english><RichText text=event.summary.clone() glossary=true/></p>
        {event.date_note.clone().map(|note| {
            let note = if english.is_some() {
                Either::Left(view! { <span lang="en">{note}</span> })
            } else {
                Either::Right(note)
            };
            view! { <p class="note"><strong>{s.event_date_note}</strong>{note}</p> }
        })}
        {event.discrepancy.clone().map(|text| view! {
            <aside class="discrepancy" aria-labelledby="discrepancy-heading">
                <h2 id="discrepancy-heading">{s.event_discrepancy_heading}</h2>
                <p lang=english>{text}</p>
            </aside>
        })}
        <h2>{s.event_evidence_heading}</h2>
        <EvidenceList evidence=event.evidence.clone()/>
        <h2>{s.event_details_heading}</h2>
        <dl class="details">
            <dt>{s.event_topics}</dt>
            <dd><TopicTags topics=event.topics.clone()/></dd>
            <dt>{s.event_actors}</dt>
            <dd><ul class="actors">{actors}</ul></dd>
            {places}
        </dl>
    }
}
