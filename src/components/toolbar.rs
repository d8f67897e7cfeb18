//! "Cite this view" and downloads of the current selection.

use leptos::prelude::*;

use crate::browser::{document, files};
use crate::context::{use_catalog, use_strings};
use explorer_core::data::Event;
use explorer_core::logic::export::{citation, events_csv, events_json};

/// Tools for the current view: copy a citation, download the events shown.
#[component]
pub fn Toolbar(
    /// The title the citation names.
    #[prop(into)]
    title: Signal<String>,
    /// Positions of the events the downloads contain; none hides them.
    #[prop(into, optional)]
    positions: Option<Signal<Vec<usize>>>,
    /// Base of the downloaded files' names.
    #[prop(default = "japan-nato-events")]
    file_name: &'static str,
) -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    let status = RwSignal::new(String::new());

    let cite = move |_| {
        let text = citation(
            &title.get_untracked(),
            &document::current_url(),
            &catalog.read_untracked().data.meta,
            &document::today(),
            s,
        );
        leptos::task::spawn_local(async move {
            let copied = files::copy_to_clipboard(&text).await;
            status.set(if copied {
                (s.citation_copied)(&text)
            } else {
                (s.citation_copy_this)(&text)
            });
        });
    };

    let downloads = positions.map(|positions| {
        let download = move |json: bool| {
            let catalog = catalog.get_untracked();
            let events: Vec<&Event> = positions
                .get_untracked()
                .iter()
                .map(|&at| &*catalog.data.events[at])
                .collect();
            let (content, mime, ext) = if json {
                (
                    events_json(&catalog, &events, &document::current_url()),
                    "application/json",
                    "json",
                )
            } else {
                (events_csv(&catalog, &events, s), "text/csv", "csv")
            };
            let name = format!("{file_name}-{}.{ext}", catalog.data.meta.version);
            if files::download(&name, mime, &content) {
                status.set((s.downloaded)(events.len(), &ext.to_uppercase()));
            }
        };
        view! {
            <button type="button" on:click=move |_| download(false)>{s.download_csv}</button>
            <button type="button" on:click=move |_| download(true)>{s.download_json}</button>
        }
    });

    view! {
        <div class="toolbar needs-app">
            <button type="button" on:click=cite>{s.cite_view}</button>
            {downloads}
            <p class="toolbar-status" role="status">{move || status.get()}</p>
        </div>
    }
}
