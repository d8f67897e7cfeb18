//! `/events/{id}`: one event — summary, date, type, topics, actors, the
//! quotes with their sources, related events, previous and next in time.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::link::Link;

use crate::components::event_body::event_body;
use crate::components::event_card::EventCard;
use crate::components::page::Page;
use crate::components::toolbar::Toolbar;
use crate::context::{render_from_catalog, use_strings};
use crate::routes::record_or_not_found;
use explorer_core::data::Event;
use explorer_core::logic::{pages, Strings};

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
    let s = use_strings();
    // Names, neighbours and related events come from the catalog: a newer
    // dataset renders them again.
    render_from_catalog(move |catalog| event_view(catalog, event.clone(), s))
}

fn event_view(
    catalog: &explorer_core::logic::Catalog,
    event: Arc<Event>,
    s: &'static Strings,
) -> impl IntoView {
    // The Japanese edition shows an event without a translation in English.
    let untranslated = catalog.untranslated_event(&event.id);
    let english = untranslated.then_some("en");
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
            let title_lang = catalog.untranslated_event(&e.id).then_some("en");
            let date = s.date(&e.date);
            view! {
                <Link href=href attr:rel=rel attr:class=format!("step step-{rel}")>
                    <span class="step-label">{label}</span>
                    <span class="step-title" lang=title_lang>{title}</span>
                    <span class="step-date">{date}</span>
                </Link>
            }
        })
    };
    let steps = (
        step(previous, "prev", s.event_previous),
        step(next, "next", s.event_next),
    );
    let year = event.date.group_year();
    let era = catalog.era_of(year).map(|era| era.name.clone());
    let title = event.title.clone();
    let cite_title = Signal::derive(move || title.clone());
    let body = event_body(catalog, &event, english, s);
    view! {
        <Page head=pages::event(&event, s) title_lang=english>
            {untranslated.then(|| view! { <p class="untranslated-note">{s.untranslated_note}</p> })}
            <p class="kicker">
                <Link href=format!("/timeline#year-{year}")>{s.event_kicker_chronology}</Link>
                {era.map(|name| view! { " · " <span>{name}</span> })}
            </p>
            {body}
            <Toolbar title=cite_title/>
            <h2>{s.event_related_heading}</h2>
            <ul class="cards grid">{related}</ul>
            <nav class="steps" aria-label=s.event_steps_label>
                {steps}
            </nav>
        </Page>
    }
}
