//! The visual timeline above a chronology: the partnership's events on a
//! time axis under its eras, the current search and filters showing on it,
//! and a span of years chosen by dragging across it. (See `mod.rs` for how
//! the charts are drawn.)

use leptos::prelude::*;

use explorer_core::logic::filters::Filters;
use explorer_core::logic::markup::Markup;
use explorer_core::logic::timeline::{counts_per_era, counts_per_year, Axis, MARK_LIMIT};

use super::brush::brush_area;
use super::marks::{draw_bars, draw_marks, marks_group, Tip};
use super::svg::px;
use super::tables::{era_key_markup, legend_markup, numbers_markup};
use crate::browser::chart;
use crate::context::{use_base, use_catalog, use_strings, use_view_path};

/// The visual timeline of `scope`, with the events in `matching` standing
/// out and the others faded.
#[component]
pub fn TimeChart(
    /// Every event the view covers (the whole dataset, or a topic's).
    #[prop(into)]
    scope: Signal<Vec<usize>>,
    /// Those of them that match the search and filters.
    #[prop(into)]
    matching: Signal<Vec<usize>>,
    /// The view's filters: their `from` and `to` are the chosen span.
    filters: Memo<Filters>,
) -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    // One axis for every view, so the shapes of topics can be compared.
    let axis = Memo::new(move |_| {
        let catalog = catalog.read();
        let every: Vec<usize> = (0..catalog.data.events.len()).collect();
        Axis::of(&catalog.data.events, &every)
    });
    let aggregated = Memo::new(move |_| scope.read().len() > MARK_LIMIT);
    let active = RwSignal::new(None::<usize>);
    let brush = RwSignal::new(None::<(i32, i32)>);
    // Events per year: the table's rows, and the bars at scale.
    let counts = Memo::new(move |_| {
        counts_per_year(
            &catalog.read().data.events,
            &scope.read(),
            &matching.read(),
            axis.get(),
        )
    });
    // Events per era: the totals change with the view, the matches as the
    // reader types; the era key and the numbers read both.
    let era_totals = Memo::new(move |_| {
        let catalog = catalog.read();
        counts_per_era(&catalog.data.events, &scope.read(), &catalog.data.eras)
    });
    let era_matches = Memo::new(move |_| {
        let catalog = catalog.read();
        counts_per_era(&catalog.data.events, &matching.read(), &catalog.data.eras)
    });
    let base = use_base();
    let path = use_view_path();
    let drawing = Memo::new(move |_| {
        let catalog = catalog.read();
        let axis = axis.get();
        if aggregated.get() {
            let filters = filters.read();
            draw_bars(
                s,
                &counts.read(),
                axis,
                &catalog.data.eras,
                &base,
                &path.get(),
                &filters,
            )
        } else {
            // The marks are written again only when the view's events
            // change; as the reader types, only which of them fade changes
            // (see `fade` below), so matching is read here untracked.
            draw_marks(
                s,
                &catalog,
                &scope.read(),
                &matching.read_untracked(),
                axis,
                &base,
            )
        }
    });
    // The tables behind the chart are written while they are open (and
    // always in the page written at build time, for readers without
    // JavaScript), not on every keystroke behind a closed summary.
    let numbers_open = RwSignal::new(cfg!(feature = "ssr"));
    let marks = NodeRef::<leptos::svg::G>::new();
    // The marks are markup, outside the view tree: as the matching events
    // change, their classes follow here (rewriting the markup on each
    // keystroke made typing 60-70 ms slower at 4x CPU).
    Effect::new(move |_| {
        drawing.track();
        if aggregated.get() {
            return;
        }
        let catalog = catalog.read();
        let mut matches = vec![false; catalog.data.events.len()];
        for &at in matching.read().iter() {
            if let Some(flag) = matches.get_mut(at) {
                *flag = true;
            }
        }
        if let Some(group) = marks.get() {
            chart::fade_marks(&group, &matches);
        }
    });

    let caption = move || {
        let axis = axis.get();
        let (total, shown) = (scope.read().len(), matching.read().len());
        let unit = if aggregated.get() {
            s.chart_bars_note
        } else {
            ""
        };
        // Markup like the rest of the chart: as two spans of views it
        // costs 323 bytes brotli more (measured December 2026).
        Markup::fill(
            r#"<span class="time-chart-title">{}</span> <span class="time-chart-caption">{}{}</span>"#,
            &[
                &s.chart_title,
                &(s.chart_caption)(axis.first, axis.last, shown, total),
                &unit,
            ],
        )
        .into_string()
    };
    let height = Signal::derive(move || drawing.read().height);
    let plot_label = move || {
        if aggregated.get() {
            s.chart_plot_bars
        } else {
            s.chart_plot_marks
        }
    };

    view! {
        <figure class="time-chart">
            <figcaption inner_html=caption></figcaption>
            <ul class="time-chart-legend" inner_html=legend_markup(s).into_string()></ul>
            <svg class="time-chart-plot" width="100%" height=move || px(height.get()) role="group" aria-label=plot_label>
                <g inner_html=move || drawing.read().back.as_str().to_owned()></g>
                {brush_area(axis, filters, brush, height)}
                {marks_group(scope, active, marks, move || drawing.read().front.as_str().to_owned())}
            </svg>
            <ol class="time-chart-eras" inner_html=move || era_key_markup(s, &catalog.read().data.eras, &era_totals.read(), &era_matches.read()).into_string()></ol>
            <details class="chart-data" on:toggle=move |event| numbers_open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())>
                <summary>{s.chart_numbers_summary}</summary>
                <div inner_html=move || numbers_open.get().then(|| numbers_markup(s, &catalog.read().data.eras, &era_totals.read(), &era_matches.read(), &counts.read()).into_string())></div>
            </details>
            <Tip active=active idle=s.chart_tip/>
        </figure>
    }
}
