//! `/timeline`: the whole chronology, with search and filters in the URL.

use leptos::prelude::*;

use crate::components::chronology::Chronology;
use crate::components::filter_panel::FilterPanel;
use crate::components::page::Page;
use crate::components::toolbar::Toolbar;
use crate::context::{use_catalog, use_filters};
use crate::logic::pages;

/// The chronology of every event.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let catalog = use_catalog();
    let filters = use_filters();
    let positions = Memo::new(move |_| catalog.read().filter(&filters.read()));
    let count = Signal::derive(move || positions.read().len());
    let title = Signal::derive(move || {
        if filters.read().is_active() {
            "Chronology (filtered)".to_owned()
        } else {
            "Chronology".to_owned()
        }
    });
    view! {
        <Page head=pages::timeline()>
            <p class="lead">"Every dated step of the partnership, from the first contacts of the early 1990s to the Vilnius summit of 2023. Dates are shown as precisely as the sources give them."</p>
            <div class="explorer">
                <FilterPanel filters=filters count=count clear_href="/timeline"/>
                <div class="results">
                    <Toolbar title=title positions=positions/>
                    <Chronology positions=positions filters=filters clear_href="/timeline"/>
                </div>
            </div>
        </Page>
    }
}
