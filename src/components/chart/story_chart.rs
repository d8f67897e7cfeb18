//! A story's steps on the visual timeline: the steps already seen, the
//! current one marked, those to come faded; each mark leads to its step.
//! The same axis, eras and marks as the chronology's chart, without its
//! span control and tables.

use leptos::prelude::*;

use explorer_core::logic::timeline::{Axis, MARK_LIMIT};

use super::marks::{draw_story_marks, marks_group, Tip};
use super::svg::px;
use crate::context::{use_base, use_catalog, use_strings};

#[component]
pub fn StoryChart(
    /// The story's steps, as event positions in time order.
    #[prop(into)]
    steps: Signal<Vec<usize>>,
    /// The step shown (`None` on the story's first screen).
    #[prop(into)]
    current: Signal<Option<usize>>,
    /// The story's query, which each mark's link keeps.
    #[prop(into)]
    query: Signal<String>,
) -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    let base = use_base();
    // The chronology's axis, so a story's chart reads like the timeline's.
    let axis = Memo::new(move |_| {
        let catalog = catalog.read();
        let every: Vec<usize> = (0..catalog.data.events.len()).collect();
        Axis::of(&catalog.data.events, &every)
    });
    // Past the chart's limit of marks (a story of a large filtered dataset)
    // only the steps around the current one are drawn.
    let drawn = Signal::derive(move || {
        let steps = steps.read();
        if steps.len() <= MARK_LIMIT {
            return steps.clone();
        }
        let at = current.get().unwrap_or(0);
        let from = at.saturating_sub(MARK_LIMIT / 2);
        steps[from..(from + MARK_LIMIT).min(steps.len())].to_vec()
    });
    let drawing = Memo::new(move |_| {
        let steps = steps.read();
        let current = current.get();
        let drawn = drawn.get();
        // Seen and to come are counted on the whole story's steps.
        let offset = drawn
            .first()
            .and_then(|first| steps.iter().position(|at| at == first))
            .unwrap_or(0);
        let current = current.map(|c| c.saturating_sub(offset));
        draw_story_marks(
            s,
            &catalog.read(),
            &drawn,
            current,
            axis.get(),
            &base,
            &query.read(),
        )
    });
    // The eras behind the marks are the same for every step: a memo keeps
    // them from being written again as the reader moves on.
    let back = Memo::new(move |_| drawing.read().back.as_str().to_owned());
    let active = RwSignal::new(None::<usize>);
    let marks = NodeRef::<leptos::svg::G>::new();
    let height = Signal::derive(move || drawing.read().height);
    view! {
        <figure class="time-chart story-chart">
            <figcaption>
                <span class="time-chart-title">{s.story_chart_title}</span>
                <span class="story-chart-key">
                    <span class="key-seen">{s.story_chart_seen}</span>
                    <span class="key-current">{s.story_chart_current}</span>
                    <span class="key-to-come">{s.story_chart_to_come}</span>
                </span>
            </figcaption>
            <svg class="time-chart-plot" width="100%" height=move || px(height.get()) role="group" aria-label=s.story_chart_title>
                <g inner_html=back></g>
                {marks_group(drawn, active, marks, move || drawing.read().front.as_str().to_owned())}
            </svg>
            <Tip active=active idle=s.story_chart_tip/>
        </figure>
    }
}
