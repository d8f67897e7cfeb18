//! `/map`: where the events happened, with the chronology's search and
//! filters; choosing a place narrows the chronology below the map to it.

use leptos::prelude::*;

use crate::components::chronology::Chronology;
use crate::components::deferred::Deferred;
use crate::components::filter_panel::FilterPanel;
use crate::components::map::WorldMap;
use crate::components::page::Page;
use crate::components::results_bar::ResultsBar;
use crate::context::{use_catalog, use_filters, use_strings};
use explorer_core::logic::pages;

/// The map of places above the chronology.
#[component]
pub fn MapPage() -> impl IntoView {
    let catalog = use_catalog();
    let filters = use_filters();
    let s = use_strings();
    let positions = Memo::new(move |_| catalog.read().filter(&filters.read()));
    // The marks show every place of the events the other filters leave, so
    // a reader can add a place to those chosen (as a facet's counts do).
    let unplaced = Memo::new(move |_| {
        let filters = filters.read();
        if filters.places.is_empty() {
            positions.get()
        } else {
            let mut others = filters.clone();
            others.places.clear();
            catalog.read().filter(&others)
        }
    });
    let count = Signal::derive(move || positions.read().len());
    let title = Signal::derive(move || {
        if filters.read().is_active() {
            s.map_title_filtered.to_owned()
        } else {
            s.map_title.to_owned()
        }
    });
    let head = Signal::derive(move || pages::map(&catalog.read(), s));
    view! {
        <Page head=head>
            <p class="lead">{s.map_lead}</p>
            <Deferred><WorldMap positions=unplaced filters=filters/></Deferred>
            <div class="explorer">
                <Deferred><FilterPanel filters=filters/></Deferred>
                <div class="results">
                    <Deferred><ResultsBar filters=filters count=count clear_href="/map" title=title positions=positions/></Deferred>
                    <Deferred><Chronology positions=positions filters=filters clear_href="/map"/></Deferred>
                </div>
            </div>
        </Page>
    }
}
