//! The visual timeline above a chronology: the partnership's events on a
//! time axis under its eras, the current search and filters showing on it,
//! and a span of years chosen by dragging across it.
//!
//! The geometry is the core's (`explorer_core::logic::timeline`); this file
//! turns it into SVG. Horizontal positions are percentages of the chart's
//! width, so it fits any screen without script; vertical ones are pixels.
//! Each mark is a link to its event's page, so the chart works as plain
//! links before the app starts and without it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::browser::{chart, pointer};
use crate::components::markup::escape;
use crate::context::{use_base, use_catalog, use_set_filters, use_strings, use_view_path};
use explorer_core::data::{Era, Event};
use explorer_core::logic::filters::Filters;
use explorer_core::logic::timeline::{
    counts_per_era, counts_per_year, layout, svg_number, Axis, Ends, MarkLayout, TypeGroup,
    YearCount, MARK_LIMIT,
};
use explorer_core::logic::{Catalog, Strings};

/// Vertical measures of the chart, in pixels.
pub(crate) const ERA_STRIP: f64 = 20.0;
const ROW: f64 = 10.0;
const LANE: f64 = 7.0;
pub(crate) const TICKS: f64 = 22.0;
/// The tallest bar when the chart shows counts instead of marks.
const BAR_HEIGHT: f64 = 120.0;

/// A length for an SVG attribute (see [`svg_number`]).
pub(crate) fn px(value: f64) -> String {
    svg_number(value)
}

/// A percentage of the chart's width for an SVG coordinate.
pub(crate) fn pct(fraction: f64) -> String {
    format!("{}%", px(fraction * 100.0))
}

/// Whether a click on a link is a plain one, which the app follows itself
/// (the router follows HTML links only; the chart's are SVG). A click with
/// a modifier key opens a tab or a window as the browser would.
pub(crate) fn is_plain_click(event: &web_sys::MouseEvent) -> bool {
    !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
        && event.button() == 0
}

/// What a mark says about its event: its date, title and type.
fn describe(s: &Strings, event: &Event) -> String {
    (s.mark_label)(&s.date(&event.date), &event.title, s.event_type(event.kind))
}

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
        format!(
            r#"<span class="time-chart-title">{}</span> <span class="time-chart-caption">{}{}</span>"#,
            escape(s.chart_title),
            escape(&(s.chart_caption)(axis.first, axis.last, shown, total)),
            escape(unit),
        )
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
            <ul class="time-chart-legend" inner_html=legend_markup(s)></ul>
            <svg class="time-chart-plot" width="100%" height=move || px(height.get()) role="group" aria-label=plot_label>
                <g inner_html=move || drawing.read().back.clone()></g>
                {brush_area(axis, filters, brush, height)}
                {marks_group(scope, active, marks, move || drawing.read().front.clone())}
            </svg>
            <ol class="time-chart-eras" inner_html=move || era_key_markup(s, &catalog.read().data.eras, &era_totals.read(), &era_matches.read())></ol>
            <details class="chart-data" on:toggle=move |event| numbers_open.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())>
                <summary>{s.chart_numbers_summary}</summary>
                <div inner_html=move || numbers_open.get().then(|| numbers_markup(s, &catalog.read().data.eras, &era_totals.read(), &era_matches.read(), &counts.read()))></div>
            </details>
            <Tip active=active/>
        </figure>
    }
}

/// The chart's drawing, as SVG markup in two layers: the eras behind the
/// span control, and the axis, year labels and events in front of it.
/// (Markup rather than a typed view per shape: one string builder keeps
/// the WebAssembly module small, and the charts render the same natively.)
#[derive(Clone, PartialEq)]
struct Drawing {
    back: String,
    front: String,
    /// The plot's height in pixels.
    height: f64,
}

/// The three type groups, each with its shape and colour, and how dates
/// that are not a single point are drawn.
fn legend_markup(s: &Strings) -> String {
    let mut out = String::new();
    for group in TypeGroup::ALL {
        let types = group
            .types()
            .map(|t| s.event_type(t))
            .collect::<Vec<_>>()
            .join(s.list_separator);
        out += &format!(
            r##"<li title="{}"><svg class="legend-swatch" viewBox="-7 -7 14 14" aria-hidden="true"><use href="#tc-{slug}" class="mark-{slug}"></use></svg><span class="label-long">{}</span><span class="label-brief">{}</span></li>"##,
            escape(&types),
            escape(s.group(group)),
            escape(s.group_brief(group)),
            slug = group.slug(),
        );
    }
    for (class, label, brief) in [
        ("range", s.legend_range, s.legend_range_brief),
        ("range open", s.legend_open, s.legend_open_brief),
    ] {
        out += &format!(
            r#"<li><svg class="legend-line" viewBox="0 -4 24 8" aria-hidden="true"><line class="{class}" x1="1" x2="23" y1="0" y2="0"></line></svg><span class="label-long">{}</span><span class="label-brief">{}</span></li>"#,
            escape(label),
            escape(brief),
        );
    }
    out
}

/// The eras in words, numbered as their bands are, with how many events
/// each holds and how many of them match.
fn era_key_markup(s: &Strings, eras: &[Era], totals: &[usize], matches: &[usize]) -> String {
    let filtered = totals != matches;
    let mut out = String::new();
    for (era, (&total, &matched)) in eras.iter().zip(totals.iter().zip(matches)) {
        let counts = if filtered {
            (s.era_key_filtered)(total, matched)
        } else {
            (s.events)(total)
        };
        out += &format!(
            "<li>{}</li>",
            escape(&(s.era_key_entry)(&era.name, era.from, era.to, &counts))
        );
    }
    out
}

/// The chart's numbers as tables, for screen readers and for reading them
/// exactly: events per era and per year, and how many match. (On a phone
/// the era key above is left out and the eras are read here.)
fn numbers_markup(
    s: &Strings,
    eras: &[Era],
    totals: &[usize],
    matches: &[usize],
    counts: &[YearCount],
) -> String {
    let head = format!(
        r#"<th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>"#,
        escape(s.table_events),
        escape(s.table_matching),
    );
    let mut out = format!(
        r#"<table><caption>{}</caption><thead><tr><th scope="col">{}</th>{head}"#,
        escape(s.table_era_caption),
        escape(s.table_era),
    );
    for (i, (era, (total, matched))) in eras.iter().zip(totals.iter().zip(matches)).enumerate() {
        out += &format!(
            r#"<tr><th scope="row">{}</th><td>{total}</td><td>{matched}</td></tr>"#,
            escape(&(s.table_era_row)(i + 1, &era.name, era.from, era.to)),
        );
    }
    out += &format!(
        r#"</tbody></table><table><caption>{}</caption><thead><tr><th scope="col">{}</th>{head}"#,
        escape(s.table_year_caption),
        escape(s.table_year),
    );
    for count in counts.iter().filter(|count| count.total > 0) {
        out += &format!(
            r#"<tr><th scope="row">{}</th><td>{}</td><td>{}</td></tr>"#,
            count.year, count.total, count.matching
        );
    }
    out + "</tbody></table>"
}

/// The shapes of the marks, drawn around (0, 0) and placed with `<use>`;
/// smaller ones for the ends of ranges in their 7 px lanes.
const SHAPES: &str = r#"<defs><circle id="tc-framework" r="4.5"></circle><rect id="tc-practice" x="-4" y="-4" width="8" height="8"></rect><path id="tc-context" d="M0,-5.5L5.5,0L0,5.5L-5.5,0Z"></path><circle id="tc-framework-end" r="3"></circle><rect id="tc-practice-end" x="-2.75" y="-2.75" width="5.5" height="5.5"></rect><path id="tc-context-end" d="M0,-3.75L3.75,0L0,3.75L-3.75,0Z"></path></defs>"#;

/// Whether an era's name fits its band on a wide screen (the chart about
/// 1,000 px wide, 6.5 px a character); narrower bands show its number.
fn fits_name(name: &str, width: f64) -> bool {
    width * 1000.0 >= name.chars().count() as f64 * 6.5 + 12.0
}

/// The eras as labelled bands behind the marks, from the top down to
/// `bottom`, as SVG markup.
pub(crate) fn era_markup(eras: &[Era], axis: Axis, bottom: f64) -> String {
    let mut out = String::from(r#"<g class="eras">"#);
    for (i, era) in eras.iter().enumerate() {
        let from = axis.year_start(era.from);
        let to = axis.year_start(era.to + 1);
        let middle = pct((from + to) / 2.0);
        let fits = fits_name(&era.name, to - from);
        out += &format!(
            r#"<g class="era era-{}"><rect x="{}" y="0" width="{}" height="{}"></rect>"#,
            i % 2,
            pct(from),
            pct(to - from),
            px(bottom)
        );
        if fits {
            out += &format!(
                r#"<text class="era-name" x="{middle}" y="14" text-anchor="middle">{}</text>"#,
                escape(&era.name)
            );
        }
        out += &format!(
            r#"<text class="era-number{}" x="{middle}" y="14" text-anchor="middle">{}</text></g>"#,
            if fits { "" } else { " always" },
            i + 1
        );
    }
    out + "</g>"
}

/// The axis at `axis_y`, with year labels under it down to `bottom`, fewer
/// on narrow screens (CSS hides the labels only a wide screen has room
/// for), as SVG markup.
pub(crate) fn axis_markup(axis: Axis, axis_y: f64, bottom: f64) -> String {
    let narrow = axis.ticks(340.0);
    let mut out = format!(
        r#"<line class="time-chart-axis" x1="0" x2="100%" y1="{y}" y2="{y}"></line><g class="ticks">"#,
        y = px(axis_y)
    );
    for year in axis.ticks(1000.0) {
        let class = if narrow.contains(&year) {
            "tick"
        } else {
            "tick tick-wide"
        };
        let x = pct(axis.year_start(year) + axis.year_width() / 2.0);
        out += &format!(
            r#"<g class="{class}"><line x1="{x}" x2="{x}" y1="{}" y2="{}"></line><text x="{x}" y="{}" text-anchor="middle">{year}</text></g>"#,
            px(bottom - TICKS + 2.0),
            px(bottom - TICKS + 6.0),
            px(bottom - 4.0)
        );
    }
    out + "</g>"
}

/// The chosen span of years: from the URL, or the one being dragged.
fn span(filters: Memo<Filters>, brush: RwSignal<Option<(i32, i32)>>) -> Option<(i32, i32)> {
    if let Some(dragging) = brush.get() {
        return Some(dragging);
    }
    let filters = filters.read();
    match (filters.from, filters.to) {
        (None, None) => None,
        (from, to) => Some((from.unwrap_or(i32::MIN), to.unwrap_or(i32::MAX))),
    }
}

/// The next span of years for a key on the chart's span control: arrows
/// move the span a year, with Shift they move its end (widening or
/// narrowing it), Home and End go to the axis' ends. `None` for other keys.
fn span_after_key(
    key: &str,
    shift: bool,
    (from, to): (i32, i32),
    axis: Axis,
) -> Option<(i32, i32)> {
    let step = match key {
        "ArrowRight" | "ArrowUp" => 1,
        "ArrowLeft" | "ArrowDown" => -1,
        "Home" => {
            return Some((
                axis.first,
                if shift { to } else { axis.first + (to - from) },
            ))
        }
        "End" => {
            return Some((
                if shift { from } else { axis.last - (to - from) },
                axis.last,
            ))
        }
        _ => return None,
    };
    let (from, to) = if shift {
        (from, (to + step).max(from))
    } else {
        (from + step, to + step)
    };
    let width = to - from;
    let from = from.clamp(axis.first, axis.last - width);
    Some((from, from + width))
}

/// The transparent area that takes drags across the chart, and the chosen
/// span drawn on it. Dragging sets `from` and `to` in the URL (a new
/// history entry, so back undoes it); a click without a drag does nothing.
/// From the keyboard it is a control of its own: arrows move a span (with
/// Shift, its end), Enter shows those years, Escape lets go.
fn brush_area(
    axis: Memo<Axis>,
    filters: Memo<Filters>,
    brush: RwSignal<Option<(i32, i32)>>,
    height: Signal<f64>,
) -> impl IntoView {
    let anchor = StoredValue::new(None::<i32>);
    let year_at = move |event: &web_sys::PointerEvent| {
        pointer::fraction_along_target(event).map(|f| axis.get_untracked().year_at(f))
    };
    let selection = move || {
        let Some((from, to)) = span(filters, brush) else {
            return String::new();
        };
        let axis = axis.get();
        let from = axis.year_start(from.max(axis.first));
        let to = axis.year_start(to.min(axis.last) + 1);
        format!(
            r#"<rect class="time-chart-span" x="{}" y="0" width="{}" height="{}"></rect>"#,
            pct(from),
            pct((to - from).max(0.0)),
            px(height.get())
        )
    };
    let set_span = use_set_filters();
    let apply = move |(from, to): (i32, i32)| {
        let mut next = filters.get_untracked();
        next.from = Some(from);
        next.to = Some(to);
        brush.set(None);
        set_span(next);
    };
    let apply_key = apply.clone();
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        let axis = axis.get_untracked();
        let current = brush.get_untracked().or_else(|| {
            let filters = filters.get_untracked();
            Some((
                filters
                    .from
                    .unwrap_or(axis.first)
                    .clamp(axis.first, axis.last),
                filters
                    .to
                    .unwrap_or(axis.first)
                    .clamp(axis.first, axis.last),
            ))
        });
        match (event.key().as_str(), current) {
            ("Enter", _) => {
                if let Some(span) = brush.get_untracked() {
                    event.prevent_default();
                    apply_key(span);
                }
            }
            ("Escape", _) => brush.set(None),
            (key, Some(span)) => {
                if let Some(next) = span_after_key(key, event.shift_key(), span, axis) {
                    event.prevent_default();
                    brush.set(Some(next));
                }
            }
            _ => {}
        }
    };
    let s = use_strings();
    let value_text = move || match span(filters, brush) {
        Some((from, to)) if brush.get().is_some() => (s.brush_choosing)(from, to),
        Some((from, to)) => (s.brush_shown)(from.max(axis.get().first), to.min(axis.get().last)),
        None => s.brush_every_year.to_owned(),
    };
    view! {
        <g inner_html=selection></g>
        <rect
            class="time-chart-brush"
            x="0"
            y="0"
            width="100%"
            height=move || px(height.get())
            tabindex="0"
            role="slider"
            aria-label=s.brush_label
            aria-valuemin=move || axis.get().first.to_string()
            aria-valuemax=move || axis.get().last.to_string()
            aria-valuenow=move || span(filters, brush).map_or(axis.get().first, |(from, _)| from.max(axis.get().first)).to_string()
            aria-valuetext=value_text
            on:keydown=on_keydown
            on:blur=move |_| brush.set(None)
            on:pointerdown=move |event: web_sys::PointerEvent| {
                if event.button() != 0 {
                    return;
                }
                if let Some(year) = year_at(&event) {
                    pointer::capture_pointer(&event);
                    anchor.set_value(Some(year));
                }
            }
            on:pointermove=move |event: web_sys::PointerEvent| {
                if let (Some(start), Some(year)) = (anchor.get_value(), year_at(&event)) {
                    if year != start || brush.get_untracked().is_some() {
                        brush.set(Some((start.min(year), start.max(year))));
                    }
                }
            }
            on:pointerup=move |_| {
                anchor.set_value(None);
                if let Some(span) = brush.get_untracked() {
                    apply(span);
                }
            }
            on:pointercancel=move |_| {
                anchor.set_value(None);
                brush.set(None);
            }
        />
    }
}

/// The marks as SVG markup: a link per event to its page, carrying its
/// position for the handlers on the group; points stacked above the axis,
/// ranges in lanes below it. (Markup rather than a typed view per mark:
/// the charts must stay small in the WebAssembly module.)
fn marks_markup(
    s: &Strings,
    layout: &MarkLayout,
    events: &[Arc<Event>],
    matches: &[bool],
    base: &str,
    axis_y: f64,
    first: Option<usize>,
) -> String {
    let axis = layout.axis;
    let open_link = |out: &mut String, position: usize, group: TypeGroup| {
        let event = &events[position];
        let faded = if matches.get(position).copied().unwrap_or(false) {
            ""
        } else {
            " faded"
        };
        let tabindex = if first == Some(position) { 0 } else { -1 };
        *out += &format!(
            r#"<a href="{base}/events/{}" class="mark mark-{}{faded}" aria-label="{}" data-position="{position}" tabindex="{tabindex}">"#,
            escape(&event.id),
            group.slug(),
            escape(&describe(s, event)),
        );
    };
    let mut out = String::new();
    for point in &layout.points {
        let group = TypeGroup::of(point.kind);
        let x = axis.year_start(point.year) + axis.year_width() / 2.0;
        let y = axis_y - 7.0 - f64::from(point.row) * ROW;
        open_link(&mut out, point.position, group);
        out += &format!(
            r##"<use href="#tc-{}" x="{}" y="{}"></use></a>"##,
            group.slug(),
            pct(x),
            px(y)
        );
    }
    for range in &layout.ranges {
        let group = TypeGroup::of(range.kind);
        let y = px(axis_y + 8.0 + f64::from(range.lane) * LANE);
        let (line_class, cap) = match range.ends {
            Ends::Closed => ("range", range.to),
            Ends::OpenStart => ("range open", range.to),
            Ends::OpenEnd => ("range open", range.from),
        };
        open_link(&mut out, range.position, group);
        out += &format!(
            r##"<line class="{line_class}" x1="{}" x2="{}" y1="{y}" y2="{y}"></line><use href="#tc-{}-end" x="{}" y="{y}"></use></a>"##,
            pct(range.from),
            pct(range.to),
            group.slug(),
            pct(cap),
        );
    }
    out
}

/// A mark per event, stacked in year columns above the axis, with ranges
/// in lanes below it.
fn draw_marks(
    s: &Strings,
    catalog: &Catalog,
    scope: &[usize],
    matching: &[usize],
    axis: Axis,
    base: &str,
) -> Drawing {
    let events = &catalog.data.events;
    let marks = layout(events, scope, axis);
    // Per event position: does it match? Read by every mark's class.
    let mut matches = vec![false; events.len()];
    for &at in matching {
        if let Some(flag) = matches.get_mut(at) {
            *flag = true;
        }
    }
    let axis_y = ERA_STRIP + f64::from(marks.rows.max(4)) * ROW + 6.0;
    let band_bottom = axis_y + 6.0 + f64::from(marks.lanes) * LANE;
    let height = band_bottom + TICKS;
    // One tab stop for all the marks: the earliest.
    let first = scope.iter().copied().min();
    Drawing {
        back: format!(
            "{SHAPES}{}",
            era_markup(&catalog.data.eras, axis, band_bottom)
        ),
        front: axis_markup(axis, axis_y, height)
            + &marks_markup(s, &marks, events, &matches, base, axis_y, first),
        height,
    }
}

/// Counts per year, for datasets too large for a mark per event: each bar
/// leads to its year in the chronology, with the view's other filters.
fn draw_bars(
    s: &Strings,
    counts: &[YearCount],
    axis: Axis,
    eras: &[Era],
    base: &str,
    path: &str,
    filters: &Filters,
) -> Drawing {
    let axis_y = ERA_STRIP + BAR_HEIGHT + 4.0;
    let height = axis_y + TICKS;
    let highest = counts.iter().map(|c| c.total).max().unwrap_or(0).max(1) as f64;
    let mut front = axis_markup(axis, axis_y, height);
    for count in counts.iter().filter(|count| count.total > 0) {
        let x = pct(axis.year_start(count.year) + axis.year_width() * 0.1);
        let width = pct(axis.year_width() * 0.8);
        let total = count.total as f64 / highest * BAR_HEIGHT;
        let matching = count.matching as f64 / highest * BAR_HEIGHT;
        let mut year = filters.clone();
        year.from = Some(count.year);
        year.to = Some(count.year);
        let target = escape(&format!("{path}{}", year.to_query_string()));
        front += &format!(
            r#"<a href="{base}{target}" data-path="{target}" class="bar" aria-label="{}"><rect class="bar-total" x="{x}" y="{}" width="{width}" height="{}"></rect><rect class="bar-matching" x="{x}" y="{}" width="{width}" height="{}"></rect></a>"#,
            escape(&(s.bar_label)(count.year, count.total, count.matching)),
            px(axis_y - total),
            px(total),
            px(axis_y - matching),
            px(matching),
        );
    }
    Drawing {
        back: format!("{SHAPES}{}", era_markup(eras, axis, axis_y)),
        front,
        height,
    }
}

/// The group that holds the axis and the marks (or bars), written as
/// `markup` again whenever the matching events change (while the reader
/// types or drags, never while a mark has focus). What the marks do is
/// handled here, once for all of them: pointing or focus shows a mark's
/// tip in `active`, a click opens its event (a bar's year), arrow keys
/// move between marks in date order, and Tab leaves the chart.
fn marks_group(
    scope: Signal<Vec<usize>>,
    active: RwSignal<Option<usize>>,
    node: NodeRef<leptos::svg::G>,
    markup: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let catalog = use_catalog();
    let navigate = use_navigate();
    let follow = follow_link(navigate.clone());
    // Touch: the first tap on a mark shows what it is, a second opens it.
    // Set when a tap begins on a mark whose tip is not showing yet.
    let touched = StoredValue::new(false);
    let position_of = |event: &web_sys::Event| {
        pointer::closest_data(event, "position").and_then(|p| p.parse::<usize>().ok())
    };
    let on_pointerdown = move |event: web_sys::PointerEvent| {
        // Before the tap focuses the mark (which shows its tip).
        if let Some(position) = position_of(&event) {
            let showing = active.get_untracked() == Some(position);
            touched.set_value(event.pointer_type() == "touch" && !showing);
        }
    };
    // A touch also enters a mark: only a hovering pointer shows the tip on
    // entering; a tap shows it on click.
    let on_pointerover = move |event: web_sys::PointerEvent| {
        if event.pointer_type() != "touch" {
            if let Some(position) = position_of(&event) {
                active.set(Some(position));
            }
        }
    };
    let on_pointerout = move |event: web_sys::PointerEvent| {
        if event.pointer_type() != "touch" {
            active.set(None);
        }
    };
    let on_focusin = move |event: web_sys::FocusEvent| active.set(position_of(&event));
    let on_focusout = move |_: web_sys::FocusEvent| active.set(None);
    let on_click = move |event: web_sys::MouseEvent| {
        let Some(position) = position_of(&event) else {
            // Not a mark: a bar, which leads to its year.
            return follow(event);
        };
        if !is_plain_click(&event) {
            return;
        }
        event.prevent_default();
        if touched.get_value() {
            touched.set_value(false);
            active.set(Some(position));
        } else if let Some(found) = catalog.read_untracked().data.events.get(position) {
            navigate(&format!("/events/{}", found.id), Default::default());
        }
    };
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        let Some(current) = active.get_untracked() else {
            return;
        };
        let mut order: Vec<usize> = scope.get_untracked();
        order.sort_unstable();
        let Some(index) = order.iter().position(|&at| at == current) else {
            return;
        };
        let next = match event.key().as_str() {
            "ArrowRight" | "ArrowDown" => order.get(index + 1).copied(),
            "ArrowLeft" | "ArrowUp" => index.checked_sub(1).and_then(|i| order.get(i).copied()),
            "Home" => order.first().copied(),
            "End" => order.last().copied(),
            _ => return,
        };
        event.prevent_default();
        if let Some(next) = next {
            pointer::focus_within_target(&event, &format!("[data-position=\"{next}\"]"));
        }
    };
    view! {
        <g
            class="time-chart-marks"
            node_ref=node
            on:keydown=on_keydown
            on:pointerdown=on_pointerdown
            on:pointerover=on_pointerover
            on:pointerout=on_pointerout
            on:focusin=on_focusin
            on:focusout=on_focusout
            on:click=on_click
            inner_html=markup
        ></g>
    }
}

/// A click handler for a group of SVG links written as markup: a plain
/// click on one follows its `data-path` with the router.
pub(crate) fn follow_link(
    navigate: impl Fn(&str, leptos_router::NavigateOptions) + 'static,
) -> impl Fn(web_sys::MouseEvent) + 'static {
    move |event: web_sys::MouseEvent| {
        if !is_plain_click(&event) {
            return;
        }
        if let Some(path) = pointer::closest_data(&event, "path") {
            event.prevent_default();
            navigate(&path, Default::default());
        }
    }
}

/// What the mark under the pointer or in focus is: its date, title and type.
#[component]
fn Tip(active: RwSignal<Option<usize>>) -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    let text = move || match active.get() {
        Some(at) => catalog
            .read()
            .data
            .events
            .get(at)
            .map(|event| describe(s, event))
            .unwrap_or_default(),
        None => s.chart_tip.to_owned(),
    };
    // Until a mark is pointed at, the tip says how to use the chart (a
    // phone, short of room, shows it only for a mark).
    view! { <p class="time-chart-tip needs-app" class:idle=move || active.read().is_none() aria-hidden="true">{text}</p> }
}
