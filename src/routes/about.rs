//! `/about`: what this is, the method, the two editions, how to cite, how
//! to embed, the data version.

use crate::components::link::Link;
use explorer_core::logic::{Catalog, Lang, Strings};
use leptos::either::Either;
use leptos::prelude::*;

use crate::components::page::Page;
use crate::context::{render_from_catalog, use_strings};
use explorer_core::logic::pages;
use explorer_core::logic::strings::DatasetSummary;

/// About the explorer and its method, with the glossary.
#[component]
pub fn AboutPage() -> impl IntoView {
    let s = use_strings();
    // Drawn from the catalog: a newer dataset renders the page again.
    render_from_catalog(move |catalog| about(catalog, s))
}

fn about(catalog: &Catalog, s: &'static Strings) -> impl IntoView {
    let meta = catalog.data.meta.clone();
    let data = &catalog.data;
    let japanese = s.lang == Lang::Ja;
    let n_sources = data.sources.len();
    let version = (s.about_version)(&DatasetSummary {
        version: &meta.version,
        date: &s.date(&meta.date),
        events: data.events.len(),
        topics: data.topics.len(),
        actors: data.actors.len(),
        debates: data.perspectives.len(),
        acronyms: data.glossary.len(),
        documents: n_sources,
    });
    let example = explorer_core::logic::export::citation(
        s.about_example_title,
        &format!("https://example.org/japan-nato{}/timeline", s.lang.prefix()),
        &meta,
        "YYYY-MM-DD",
        s,
    );
    let editions = s
        .about_editions_text
        .iter()
        .map(|text| view! { <p>{*text}</p> })
        .collect_view();
    let glossary = catalog
        .data
        .glossary
        .iter()
        .map(|g| {
            let meaning = if japanese {
                // The English expansion, marked as English, then its
                // Japanese rendering.
                let rendering = catalog
                    .ja
                    .glossary
                    .get(&g.id)
                    .and_then(|ja| ja.expansion.as_deref())
                    .map(s.glossary_rendering);
                let (expansion, rest) = match (&g.expansion, &g.note) {
                    (Some(expansion), Some(note)) => {
                        (Some(expansion.clone()), (s.glossary_note_after)(note))
                    }
                    (Some(expansion), None) => (Some(expansion.clone()), String::new()),
                    (None, Some(note)) => (None, note.clone()),
                    (None, None) => (None, String::new()),
                };
                let expansion = expansion
                    .map(|expansion| view! { <span lang="en">{expansion}</span>{rendering} });
                Either::Right(view! { {expansion}{rest} })
            } else {
                Either::Left(match (&g.expansion, &g.note) {
                    (Some(expansion), Some(note)) => (s.glossary_meaning)(expansion, note),
                    (Some(expansion), None) => expansion.clone(),
                    (None, Some(note)) => note.clone(),
                    (None, None) => String::new(),
                })
            };
            let aliases = (!g.aliases.is_empty())
                .then(|| (s.glossary_aliases)(&g.aliases.join(s.list_separator)));
            view! { <div id=format!("glossary-{}", g.id)><dt>{g.term.clone()}{aliases}</dt><dd>{meaning}</dd></div> }
        })
        .collect_view();
    view! {
        <Page head=pages::about(s)>
            <p class="lead">{s.about_lead}</p>
            <h2>{s.about_method_heading}</h2>
            <p>{(s.about_method_before)(n_sources)} <Link href="/sources">{s.about_method_link}</Link> {(s.about_method_after)(n_sources)}</p>
            <p>{s.about_dates_before} <em>{s.about_dates_by}</em> {s.about_dates_after}</p>
            <section id="editions">
                <h2>{s.about_editions_heading}</h2>
                {editions}
            </section>
            <h2>{s.about_cite_heading}</h2>
            <p>{s.about_cite_before} <strong>{s.cite_view}</strong> {s.about_cite_after}</p>
            <p class="citation"><code>{example}</code></p>
            <p>{s.about_cite_links}</p>
            <h2>{s.about_embed_heading}</h2>
            <p>{s.about_embed_text}</p>
            <pre><code>{s.about_embed_code}</code></pre>
            <h2>{s.about_version_heading}</h2>
            <p>{version}</p>
            <h2>{s.about_glossary_heading}</h2>
            <dl class="glossary">{glossary}</dl>
        </Page>
    }
}
