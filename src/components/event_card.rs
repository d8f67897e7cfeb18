//! The card of one event, used in every list of events.

use std::sync::Arc;

use explorer_core::data::Event;
use leptos::prelude::*;

use crate::components::link::Link;
use crate::components::rich_text::RichText;
use crate::components::topic_tags::TopicTags;
use crate::context::{use_catalog, use_strings};

/// An event as a card: heading linking to its page, date, type, topics,
/// sources and summary. Search matches are highlighted. An event the
/// edition shows in English for want of a translation says so.
#[component]
pub fn EventCard(
    /// The event, shared with the catalog rather than copied.
    event: Arc<Event>,
    /// Folded search terms to highlight.
    #[prop(into, optional)]
    terms: Signal<Vec<String>>,
    /// Heading level of the card title (3 in grids, 4 under year headings).
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    // A card belongs to one dataset: a newer one brings new cards.
    let catalog = use_catalog().get_untracked();
    let s = use_strings();
    // Its English title and summary, marked as English.
    let untranslated = catalog.untranslated_event(&event.id);
    let lang = untranslated.then_some("en");
    let href = format!("/events/{}", event.id);
    let title_text = event.title.clone();
    let title = view! { <Link href=href><RichText text=title_text terms=terms/></Link> };
    let heading = match level {
        4 => view! { <h4 class="card-title" lang=lang>{title}</h4> }.into_any(),
        _ => view! { <h3 class="card-title" lang=lang>{title}</h3> }.into_any(),
    };
    let sources = catalog
        .event_sources(&event)
        .into_iter()
        .map(|source| source.title.clone())
        .collect::<Vec<_>>()
        .join(s.source_list_separator);
    view! {
        <article class="card" data-event=event.id.clone()>
            {heading}
            <p class="card-meta">
                <time datetime=event.date.machine_readable()>{s.date(&event.date)}</time>
                <span class="card-type">{s.event_type(event.kind)}</span>
            </p>
            <p class="card-summary" lang=lang><RichText text=event.summary.clone() terms=terms glossary=true/></p>
            {untranslated.then(|| view! { <p class="untranslated-note">{s.untranslated_note}</p> })}
            <TopicTags topics=event.topics.clone()/>
            <p class="card-source"><span class="label">{s.card_source_label}</span>{sources}</p>
        </article>
    }
}
