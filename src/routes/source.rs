//! `/sources/{id}`: one document — its details and summary, and every
//! record that cites it.

use leptos::prelude::*;

use crate::components::link::Link;

use crate::components::event_card::EventCard;
use crate::components::evidence::Quote;
use crate::components::page::Page;
use crate::context::{render_from_catalog, use_strings};
use crate::routes::record_or_not_found;
use explorer_core::data::Source;
use explorer_core::logic::chronology::PAGE_SIZE;
use explorer_core::logic::{pages, Strings};

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
    let s = use_strings();
    // What cites the source comes from the catalog: a newer dataset renders it again.
    render_from_catalog(move |catalog| source_view(catalog, source.clone(), s))
}

fn source_view(
    catalog: &explorer_core::logic::Catalog,
    source: Source,
    s: &'static Strings,
) -> impl IntoView {
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
            (s.source_first_shown)(PAGE_SIZE),
            (s.source_open_all)(event_count),
        )
    } else {
        (String::new(), s.source_open_these.to_owned())
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
        s.source_authors_unnamed.to_owned()
    } else {
        source.authors.join(s.list_separator)
    };
    let filtered = format!("/timeline?source={}", source.id);
    view! {
        <Page head=pages::source(&source, s)>
            <p class="kicker"><Link href="/sources">{s.source_kicker}</Link></p>
            <p class="lead">{source.perspective.clone()}</p>
            <dl class="details">
                <dt>{s.source_kind}</dt><dd>{s.source_kind(source.kind)}</dd>
                <dt>{s.source_organisation}</dt><dd>{source.organisation.clone().unwrap_or_else(|| s.source_organisation_unnamed.to_owned())}</dd>
                <dt>{s.source_authors}</dt><dd>{authors} <span class="note">" — " {source.authors_note.clone()}</span></dd>
                <dt>{s.source_date}</dt><dd>{s.date(&source.date)} {(s.source_date_kind)(s.date_kind(source.date_kind))} <span class="note">"— " {source.date_note.clone()}</span></dd>
                <dt>{s.source_file}</dt><dd><code>{source.file.clone()}</code></dd>
            </dl>
            <h2>{s.source_quote_heading}</h2>
            <Quote quote=source.quote.clone() source=source.id.clone() rendering=source.rendering.clone()/>
            <h2>{(s.source_events_heading)(event_count)}</h2>
            <p>{shown_note}<Link href=filtered>{open_all}</Link></p>
            <ul class="cards grid">{event_cards}</ul>
            <h2>{s.source_others_heading}</h2>
            <dl class="details">
                <dt>{s.source_topics}</dt><dd><ul class="tags">{link_list(topics)}</ul></dd>
                <dt>{s.source_debates}</dt><dd><ul>{link_list(perspectives)}</ul></dd>
                <dt>{s.source_actors}</dt><dd>{actors.join(s.list_separator)}</dd>
                <dt>{s.source_acronyms}</dt><dd>{terms.join(s.list_separator)}</dd>
            </dl>
        </Page>
    }
}
