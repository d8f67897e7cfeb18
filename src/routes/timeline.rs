//! `/timeline`: the whole chronology, with search and filters in the URL.

use leptos::prelude::*;

use crate::components::chart::TimeChart;
use crate::components::chronology::Chronology;
use crate::components::deferred::Deferred;
use crate::components::filter_panel::FilterPanel;
use crate::components::page::Page;
use crate::components::results_bar::ResultsBar;
use crate::context::{use_base, use_catalog, use_filters, use_strings};
use explorer_core::logic::{pages, story};

/// The chronology of every event.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let catalog = use_catalog();
    let filters = use_filters();
    let s = use_strings();
    let positions = Memo::new(move |_| catalog.read().filter(&filters.read()));
    let count = Signal::derive(move || positions.read().len());
    // Every event's position: computed once per dataset, not per read (at
    // 100,000 events a fresh list per keystroke and reader shows).
    let every = Memo::new(move |_| (0..catalog.read().data.events.len()).collect::<Vec<_>>());
    let title = Signal::derive(move || {
        if filters.read().is_active() {
            s.timeline_title_filtered.to_owned()
        } else {
            s.timeline_title.to_owned()
        }
    });
    let head = Signal::derive(move || pages::timeline(&catalog.read(), s));
    // These events told one a screen (without filters, the guided story),
    // offered at the end of the lead: a line of its own would push the
    // phone's first event off its first screen.
    let base = use_base();
    let story = move || format!("{base}{}", story::href(None, &filters.read()));
    let lead = move || (s.timeline_lead)(&pages::coverage(&catalog.read(), s));
    view! {
        <Page head=head>
            <p class="lead">
                {lead}
                // A phone's first screen keeps to the first sentence: the
                // chart's legend shows how dates are drawn.
                <span class="lead-more">{s.timeline_lead_more}</span>
                " "
                <a class="play-story" href=story>{s.story_play}</a>
            </p>
            <Deferred><TimeChart scope=every matching=positions filters=filters/></Deferred>
            <div class="explorer">
                <Deferred><FilterPanel filters=filters/></Deferred>
                <div class="results">
                    <Deferred><ResultsBar filters=filters count=count clear_href="/timeline" title=title positions=positions/></Deferred>
                    <Deferred><Chronology positions=positions filters=filters clear_href="/timeline"/></Deferred>
                </div>
            </div>
        </Page>
    }
}
