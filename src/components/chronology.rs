//! The chronology: events grouped by year, with the eras of the
//! partnership marked, and a bounded number of cards rendered at once.
//!
//! Rendering reuses what did not change: year groups are keyed by their
//! year and cards by their event, so as the reader types, a card that stays
//! in the results keeps its DOM node, and only cards that come or go are
//! built or dropped. Building a card is what costs (a phone builds a few a
//! frame), so an interaction builds at most [`NEW_CARDS_PER_FRAME`] new
//! ones before the browser paints; the rest follow in the next frames. The
//! first render, the page as it loads, holds the whole window.

use std::collections::HashSet;
use std::sync::Arc;

use explorer_core::data::Event;
use explorer_core::logic::chronology::{group_by_year, YearGroup, PAGE_SIZE};
use explorer_core::logic::Filters;
use leptos::prelude::*;

use crate::components::event_card::EventCard;
use crate::components::link::Link;
use crate::context::{use_catalog, use_strings};

/// How many cards not already on the page one frame may build: the first
/// screen of a phone holds fewer.
const NEW_CARDS_PER_FRAME: usize = 6;

/// A card's identity for keyed rendering: its record. A newer dataset
/// brings new records, so its cards are built afresh. The card holds its
/// `Arc`, so no other live record can share the address while it exists.
fn identity(event: &Arc<Event>) -> usize {
    Arc::as_ptr(event) as usize
}

/// The events at `positions`, grouped by year under era headings.
#[component]
pub fn Chronology(
    /// Positions of the events to show, in display order.
    #[prop(into)]
    positions: Signal<Vec<usize>>,
    filters: Memo<Filters>,
    /// Where "clear all filters" leads in the empty state.
    #[prop(into)]
    clear_href: String,
) -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    let terms = Memo::new(move |_| filters.read().terms());
    // "Show more" widens the window; a change of filters starts it afresh,
    // derived here rather than reset by an effect.
    let window = RwSignal::new((filters.get_untracked(), PAGE_SIZE));
    let limit = Memo::new(move |_| {
        let (shown_for, limit) = &*window.read();
        if *shown_for == *filters.read() {
            *limit
        } else {
            PAGE_SIZE
        }
    });
    let total = Memo::new(move |_| positions.read().len());
    // The cards on the page: the window of the results (only it is copied
    // out of them), cut where it would bring more than a frame's worth of
    // new cards. Each animation frame lets it grow until the window is full.
    let next_frame = Trigger::new();
    let rendered = Memo::new(move |previous: Option<&Vec<usize>>| {
        next_frame.track();
        let positions = positions.read();
        let window = &positions[..positions.len().min(limit.get())];
        // Prerendered, the first render is the whole window: a page
        // renders once. In the browser the app builds its first page
        // off-screen, a frame's worth of cards at a time like any other
        // change (so no single task blocks the reader), and takes the
        // prerendered page over once the list is complete (`aria-busy`).
        if cfg!(feature = "ssr") && previous.is_none() {
            return window.to_vec();
        }
        let on_page: HashSet<usize> = previous.into_iter().flatten().copied().collect();
        let mut new = 0;
        let cut = window
            .iter()
            .position(|at| {
                new += usize::from(!on_page.contains(at));
                new > NEW_CARDS_PER_FRAME
            })
            .unwrap_or(window.len());
        window[..cut].to_vec()
    });
    let building = Memo::new(move |_| rendered.read().len() < limit.get().min(total.get()));
    Effect::new(move |_| {
        // Runs again after each frame's cards, while the list is building.
        rendered.track();
        if building.get() {
            request_animation_frame(move || next_frame.notify());
        }
    });
    let groups = Memo::new(move |_| {
        let catalog = catalog.read();
        group_by_year(&catalog.data.events, &catalog.data.eras, &rendered.read())
    });
    let years = Memo::new(move |_| groups.read().iter().map(|g| g.year).collect::<Vec<_>>());

    view! {
        <Show
            when=move || { total.get() > 0 }
            fallback=move || view! {
                <div class="empty-state">
                    <h2>{s.no_results_heading}</h2>
                    <p>{s.no_results_text}</p>
                    <p><Link href=clear_href.clone()>{s.clear_all_filters}</Link></p>
                </div>
            }
        >
            <p class="no-app-note">
                {s.no_app_note}
                {move || (total.get() > limit.get()).then(|| (s.no_app_first_shown)(limit.get(), total.get()))}
            </p>
            <ol class="chronology" aria-busy=move || building.get().then_some("true")>
                <For each=move || years.get() key=|year| *year let:year>
                    <YearSection year=year groups=groups terms=terms/>
                </For>
            </ol>
            <Show when=move || { total.get() > limit.get() }>
                <p class="show-more needs-app">
                    <button type="button" on:click=move |_| {
                        window.set((filters.get_untracked(), limit.get_untracked() + PAGE_SIZE));
                    }>
                        {move || (s.show_more)(limit.get().min(total.get()), total.get())}
                    </button>
                </p>
            </Show>
        </Show>
    }
}

/// One year of the chronology, and the era heading when the year opens an
/// era. Each reads only its own part of the groups.
#[component]
fn YearSection(year: i32, groups: Memo<Vec<YearGroup>>, terms: Memo<Vec<String>>) -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    let opens_era = Memo::new(move |_| {
        groups
            .read()
            .iter()
            .find(|g| g.year == year)
            .and_then(|g| g.opens_era)
    });
    let events = Memo::new(move |_| {
        let groups = groups.read();
        let catalog = catalog.read();
        groups
            .iter()
            .find(|g| g.year == year)
            .map(|g| {
                g.events
                    .iter()
                    .map(|&at| catalog.data.events[at].clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let era_marker = move || {
        let era = catalog.read().data.eras.get(opens_era.get()?)?.clone();
        Some(view! {
            <li class="era-marker">
                <h2>{era.name} " " <span class="era-years">{(s.era_years)(era.from, era.to)}</span></h2>
                <p>{era.summary}</p>
            </li>
        })
    };
    view! {
        {era_marker}
        <li class="year-group">
            <h3 class="year" id=format!("year-{year}")>{(s.year_heading)(year)}</h3>
            <ul class="cards">
                <For each=move || events.get() key=identity let:event>
                    <li><EventCard event=event terms=terms level=4/></li>
                </For>
            </ul>
        </li>
    }
}
