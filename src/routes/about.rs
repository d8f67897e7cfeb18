//! `/about`: what this is, the method, how to cite, how to embed, the data version.

use crate::components::link::Link;
use explorer_core::logic::Catalog;
use leptos::prelude::*;

use crate::components::page::Page;
use crate::context::render_from_catalog;
use explorer_core::logic::pages;

/// About the explorer and its method, with the glossary.
#[component]
pub fn AboutPage() -> impl IntoView {
    // Drawn from the catalog: a newer dataset renders the page again.
    render_from_catalog(about)
}

fn about(catalog: &Catalog) -> impl IntoView {
    let meta = catalog.data.meta.clone();
    let data = &catalog.data;
    let documents = format!(
        "Everything here comes from {} public documents, listed under ",
        pages::count_in_words(data.sources.len())
    );
    let version = format!(
        "Dataset version {}, of {}: {} events, {} topics, {} actors, {} debates and {} acronyms from {} documents.",
        meta.version,
        meta.date.data_form(),
        data.events.len(),
        data.topics.len(),
        data.actors.len(),
        data.perspectives.len(),
        data.glossary.len(),
        data.sources.len()
    );
    let example = explorer_core::logic::export::citation(
        "Chronology",
        "https://example.org/japan-nato/timeline",
        &meta,
        "YYYY-MM-DD",
    );
    let glossary = catalog
    .data
    .glossary
    .iter()
    .map(|g| {
        let meaning = match (&g.expansion, &g.note) {
            (Some(expansion), Some(note)) => format!("{expansion}. {note}"),
            (Some(expansion), None) => expansion.clone(),
            (None, Some(note)) => note.clone(),
            (None, None) => String::new(),
        };
        let aliases = (!g.aliases.is_empty()).then(|| format!(" (also written {})", g.aliases.join(", ")));
        view! { <div id=format!("glossary-{}", g.id)><dt>{g.term.clone()}{aliases}</dt><dd>{meaning}</dd></div> }
    })
    .collect_view();
    view! {
        <Page head=pages::about()>
            <p class="lead">"A guide to how Japan and NATO came to work together, what they cooperate on, and what analysts argue about it — for readers who want every statement traced to its source."</p>
            <h2>"Method"</h2>
            <p>{documents} <Link href="/sources">"Sources"</Link> ". Every event, topic, actor, debate and acronym carries at least one quote copied word for word from one of them, and a check run with every change proves each quote is found in its document. Nothing comes from elsewhere."</p>
            <p>"Titles and summaries are in our own words, kept neutral. Dates are shown as precisely as the sources give them: a decade, a year, a month or a day. Where a source only reports that something had happened by the time it was written, the date says " <em>"by"</em> " that year. Where the sources disagree — on when the partnership programme was renewed, for example — both versions are kept and the difference is stated."</p>
            <h2>"How to cite"</h2>
            <p>"Each page has a " <strong>"Cite this view"</strong> " button that copies a citation with the page's address, the dataset version and today's date. For example:"</p>
            <p class="citation"><code>{example}</code></p>
            <p>"Every view's address holds its search and filters, so a cited link opens exactly what you saw."</p>
            <h2>"How to embed"</h2>
            <p>"Any page, with its filters, can be placed in another website in an iframe:"</p>
            <pre><code>{"<iframe src=\"https://YOUR-HOST/PATH/timeline?topic=maritime-security\" title=\"Japan–NATO Partnership Explorer\" width=\"100%\" height=\"800\"></iframe>"}</code></pre>
            <h2>"Data version"</h2>
            <p>{version}</p>
            <h2>"Acronyms"</h2>
            <dl class="glossary">{glossary}</dl>
        </Page>
    }
}
