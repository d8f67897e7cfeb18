//! `/sources/{id}`: one document — its details and summary, and every
//! record that cites it.

use leptos::prelude::*;

use crate::components::link::Link;

use crate::components::event_card::EventCard;
use crate::components::evidence::Quote;
use crate::components::page::Page;
use crate::context::render_from_catalog;
use crate::routes::record_or_not_found;
use explorer_core::data::Source;
use explorer_core::logic::chronology::PAGE_SIZE;
use explorer_core::logic::pages;

/// One source, or the not-found view for an unknown id.
#[component]
pub fn SourcePage() -> impl IntoView {
    record_or_not_found(
        |catalog, id| catalog.source(id).cloned(),
        |source| view! { <SourceView source=source/> },
    )
}

#[component]
fn SourceView(source: Source) -> impl IntoView {
    // What cites the source comes from the catalog: a newer dataset renders it again.
    render_from_catalog(move |catalog| source_view(catalog, source.clone()))
}

fn source_view(catalog: &explorer_core::logic::Catalog, source: Source) -> impl IntoView {
    // As in the chronology, one window of cards: a source of a large
    // dataset may be cited by thousands; the chronology shows them all.
    let event_count = catalog.events_citing(&source.id).count();
    let event_cards = catalog
        .events_citing(&source.id)
        .take(PAGE_SIZE)
        .cloned()
        .map(|e| view! { <li><EventCard event=e/></li> })
        .collect_view();
    let (shown_note, open_all) = if event_count > PAGE_SIZE {
        (
            format!("The first {PAGE_SIZE} are shown here; "),
            format!("open all {event_count} in the chronology, with filters"),
        )
    } else {
        (
            String::new(),
            "Open these events in the chronology, with filters".to_owned(),
        )
    };
    let cites =
        |evidence: &[explorer_core::data::Evidence]| evidence.iter().any(|e| e.source == source.id);
    let topics: Vec<(String, String)> = catalog
        .data
        .topics
        .iter()
        .filter(|t| cites(&t.evidence))
        .map(|t| (format!("/topics/{}", t.id), t.name.clone()))
        .collect();
    let perspectives: Vec<(String, String)> = catalog
        .data
        .perspectives
        .iter()
        .filter(|p| p.positions.iter().any(|pos| pos.source == source.id))
        .map(|p| (format!("/perspectives#{}", p.id), p.question.clone()))
        .collect();
    let actors: Vec<String> = catalog
        .data
        .actors
        .iter()
        .filter(|a| cites(&a.evidence))
        .map(|a| a.name.clone())
        .collect();
    let terms: Vec<String> = catalog
        .data
        .glossary
        .iter()
        .filter(|g| cites(&g.evidence))
        .map(|g| g.term.clone())
        .collect();
    let link_list = |items: Vec<(String, String)>| {
        items
            .into_iter()
            .map(|(href, text)| view! { <li><Link href=href>{text}</Link></li> })
            .collect_view()
    };
    let authors = if source.authors.is_empty() {
        "Not named".to_owned()
    } else {
        source.authors.join(", ")
    };
    let filtered = format!("/timeline?source={}", source.id);
    view! {
        <Page head=pages::source(&source)>
            <p class="kicker"><Link href="/sources">"All sources"</Link></p>
            <p class="lead">{source.perspective.clone()}</p>
            <dl class="details">
                <dt>"Kind"</dt><dd>{source.kind.label()}</dd>
                <dt>"Organisation"</dt><dd>{source.organisation.clone().unwrap_or_else(|| "Not named".to_owned())}</dd>
                <dt>"Authors"</dt><dd>{authors} <span class="note">" — " {source.authors_note.clone()}</span></dd>
                <dt>"Date"</dt><dd>{source.date.to_string()} " (" {source.date_kind.label()} ") " <span class="note">"— " {source.date_note.clone()}</span></dd>
                <dt>"File"</dt><dd><code>{source.file.clone()}</code></dd>
            </dl>
            <h2>"In its own words"</h2>
            <Quote quote=source.quote.clone() source=source.id.clone()/>
            <h2>{format!("Events citing it ({event_count})")}</h2>
            <p>{shown_note}<Link href=filtered>{open_all}</Link></p>
            <ul class="cards grid">{event_cards}</ul>
            <h2>"Other records citing it"</h2>
            <dl class="details">
                <dt>"Topics"</dt><dd><ul class="tags">{link_list(topics)}</ul></dd>
                <dt>"Debates"</dt><dd><ul>{link_list(perspectives)}</ul></dd>
                <dt>"Actors"</dt><dd>{actors.join(", ")}</dd>
                <dt>"Acronyms"</dt><dd>{terms.join(", ")}</dd>
            </dl>
        </Page>
    }
}
