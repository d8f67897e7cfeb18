//! `/timeline`: the whole chronology, with search and filters in the URL.

use leptos::prelude::*;

use crate::components::chronology::Chronology;
use crate::components::filter_panel::FilterPanel;
use crate::components::page::Page;
use crate::components::results_bar::ResultsBar;
use crate::components::time_chart::TimeChart;
use crate::context::{use_catalog, use_filters};
use explorer_core::logic::pages;

/// The chronology of every event.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let catalog = use_catalog();
    let filters = use_filters();
    let positions = Memo::new(move |_| catalog.read().filter(&filters.read()));
    let count = Signal::derive(move || positions.read().len());
    // Every event's position: computed once per dataset, not per read (at
    // 100,000 events a fresh list per keystroke and reader shows).
    let every = Memo::new(move |_| (0..catalog.read().data.events.len()).collect::<Vec<_>>());
    let title = Signal::derive(move || {
        if filters.read().is_active() {
            "Chronology (filtered)".to_owned()
        } else {
            "Chronology".to_owned()
        }
    });
    let head = Signal::derive(move || pages::timeline(&catalog.read()));
    let coverage = move || pages::coverage(&catalog.read());
    view! {
        <Page head=head>
            <p class="lead">
                "Every dated step of the partnership, " {coverage} "."
                // A phone's first screen keeps to the first sentence: the
                // chart's legend shows how dates are drawn.
                <span class="lead-more">" Dates are shown as precisely as the sources give them."</span>
            </p>
            <TimeChart scope=every matching=positions filters=filters/>
            <div class="explorer">
                <FilterPanel filters=filters/>
                <div class="results">
                    <ResultsBar filters=filters count=count clear_href="/timeline" title=title positions=positions/>
                    <Chronology positions=positions filters=filters clear_href="/timeline"/>
                </div>
            </div>
        </Page>
    }
}
