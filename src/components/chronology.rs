//! The chronology: events grouped by year, with the eras of the
//! partnership marked, and a bounded number of cards rendered at once.

use crate::components::link::Link;
use leptos::prelude::*;

use crate::components::event_card::EventCard;
use crate::context::use_catalog;
use crate::logic::Filters;

/// How many cards are rendered before "Show more": enough for any real
/// reading, bounded so a dataset of 100,000 events stays fast.
pub const PAGE_SIZE: usize = 100;

/// One year of the chronology.
#[derive(Clone, Debug, PartialEq)]
struct YearGroup {
    year: i32,
    /// The era this year opens, when it is the first year shown of that era.
    opens_era: Option<usize>,
    events: Vec<usize>,
}

fn group_by_year(catalog: &crate::logic::Catalog, positions: &[usize]) -> Vec<YearGroup> {
    let mut groups: Vec<YearGroup> = Vec::new();
    for &at in positions {
        let year = catalog.data.events[at].date.group_year();
        match groups.last_mut() {
            Some(group) if group.year == year => group.events.push(at),
            _ => groups.push(YearGroup {
                year,
                opens_era: None,
                events: vec![at],
            }),
        }
    }
    // Mark where each era begins in reading order.
    let mut previous_era = None;
    for group in &mut groups {
        let era = catalog
            .data
            .eras
            .iter()
            .position(|era| (era.from..=era.to).contains(&group.year));
        if era.is_some() && era != previous_era {
            group.opens_era = era;
        }
        previous_era = era;
    }
    groups
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
    let terms = Memo::new(move |_| filters.read().terms());
    // "Show more" widens the window; a change of filters starts it afresh,
    // derived here rather than reset by an effect.
    let window = RwSignal::new((filters.get_untracked(), PAGE_SIZE));
    let limit = move || {
        let (shown_for, limit) = window.get();
        if shown_for == filters.get() {
            limit
        } else {
            PAGE_SIZE
        }
    };
    let groups = Memo::new(move |_| {
        let positions = positions.get();
        let shown = &positions[..positions.len().min(limit())];
        group_by_year(&catalog.read(), shown)
    });
    let total = move || positions.read().len();

    view! {
        <Show
            when=move || { total() > 0 }
            fallback=move || view! {
                <div class="empty-state">
                    <h2>"No events match"</h2>
                    <p>"Try fewer words, another spelling, or fewer filters. Search looks at titles, summaries, quotes, actors and acronyms."</p>
                    <p><Link href=clear_href.clone()>"Clear all filters"</Link></p>
                </div>
            }
        >
            <ol class="chronology">
                <For
                    each=move || groups.get()
                    key=|group| (group.year, group.opens_era, group.events.clone())
                    let:group
                >
                    {
                        let era = group.opens_era.and_then(|i| catalog.read_untracked().data.eras.get(i).cloned());
                        let heading_id = format!("year-{}", group.year);
                        let cards = group.events.iter().map(|&at| {
                            let event = catalog.read_untracked().data.events[at].clone();
                            view! { <li><EventCard event=event terms=terms level=4/></li> }
                        }).collect_view();
                        view! {
                            {era.map(|era| view! {
                                <li class="era-marker">
                                    <h2>{era.name.clone()} " " <span class="era-years">{format!("{}–{}", era.from, era.to)}</span></h2>
                                    <p>{era.summary.clone()}</p>
                                </li>
                            })}
                            <li class="year-group">
                                <h3 class="year" id=heading_id>{group.year}</h3>
                                <ul class="cards">{cards}</ul>
                            </li>
                        }
                    }
                </For>
            </ol>
            <Show when=move || { total() > limit() }>
                <p class="show-more">
                    <button type="button" on:click=move |_| {
                        let current = limit();
                        window.set((filters.get_untracked(), current + PAGE_SIZE));
                    }>
                        {move || format!("Show more ({} of {} shown)", limit().min(total()), total())}
                    </button>
                </p>
            </Show>
        </Show>
    }
}
