//! The time chart's events: a mark per event (points stacked by year,
//! ranges in lanes), or bars of counts per year on a large dataset; the
//! handlers that make them a control (tips, keys, taps) and the tip.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use explorer_core::data::{Era, Event};
use explorer_core::logic::filters::Filters;
use explorer_core::logic::markup::Markup;
use explorer_core::logic::timeline::{layout, Axis, Ends, MarkLayout, TypeGroup, YearCount};
use explorer_core::logic::{Catalog, Strings};

use super::links::{follow_link, is_plain_click};
use super::svg::{axis_markup, era_markup, pct, px, ERA_STRIP, TICKS};
use crate::browser::pointer;
use crate::context::{use_catalog, use_strings};

/// Vertical measures of the time chart's marks, in pixels: a row of
/// points, a lane of ranges.
const ROW: f64 = 10.0;
const LANE: f64 = 7.0;
/// The tallest bar when the chart shows counts instead of marks.
const BAR_HEIGHT: f64 = 120.0;

/// What a mark says about its event: its date, title and type.
fn describe(s: &Strings, event: &Event) -> String {
    (s.mark_label)(&s.date(&event.date), &event.title, s.event_type(event.kind))
}

/// The chart's drawing, as SVG markup in two layers: the eras behind the
/// span control, and the axis, year labels and events in front of it.
/// (Markup rather than a typed view per shape: one string builder keeps
/// the WebAssembly module small, and the charts render the same natively.)
#[derive(Clone, PartialEq)]
pub(super) struct Drawing {
    pub(super) back: Markup,
    pub(super) front: Markup,
    /// The plot's height in pixels.
    pub(super) height: f64,
}

/// The shapes of the marks, drawn around (0, 0) and placed with `<use>`;
/// smaller ones for the ends of ranges in their 7 px lanes.
const SHAPES: &str = r#"<defs><circle id="tc-framework" r="4.5"></circle><rect id="tc-practice" x="-4" y="-4" width="8" height="8"></rect><path id="tc-context" d="M0,-5.5L5.5,0L0,5.5L-5.5,0Z"></path><circle id="tc-framework-end" r="3"></circle><rect id="tc-practice-end" x="-2.75" y="-2.75" width="5.5" height="5.5"></rect><path id="tc-context-end" d="M0,-3.75L3.75,0L0,3.75L-3.75,0Z"></path></defs>"#;

/// Where the mark of the event at a position leads (an app path) and the
/// class that says how it stands out (" faded", " seen", or none).
type MarkStyle<'a> = &'a dyn Fn(usize) -> (String, &'static str);

/// The marks as SVG markup: a link per event to its page, carrying its
/// position for the handlers on the group; points stacked above the axis,
/// ranges in lanes below it. (Markup rather than a typed view per mark:
/// the charts must stay small in the WebAssembly module.)
fn marks_markup(
    s: &Strings,
    layout: &MarkLayout,
    events: &[Arc<Event>],
    style: MarkStyle,
    base: &str,
    axis_y: f64,
    first: Option<usize>,
) -> Markup {
    let axis = layout.axis;
    let open_link = |out: &mut Markup, position: usize, group: TypeGroup| {
        let event = &events[position];
        let (path, state) = style(position);
        let tabindex = if first == Some(position) { 0 } else { -1 };
        out.push(
            r#"<a href="{}{}" data-path="{}" class="mark mark-{}{}" aria-label="{}" data-position="{}" tabindex="{}">"#,
            &[
                &base,
                &path,
                &path,
                &group.slug(),
                &state,
                &describe(s, event),
                &position,
                &tabindex,
            ],
        );
    };
    let mut out = Markup::new();
    for point in &layout.points {
        let group = TypeGroup::of(point.kind);
        let x = axis.year_start(point.year) + axis.year_width() / 2.0;
        let y = axis_y - 7.0 - f64::from(point.row) * ROW;
        open_link(&mut out, point.position, group);
        out.push(
            r##"<use href="#tc-{}" x="{}" y="{}"></use></a>"##,
            &[&group.slug(), &pct(x), &px(y)],
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
        out.push(
            r##"<line class="{}" x1="{}" x2="{}" y1="{}" y2="{}"></line><use href="#tc-{}-end" x="{}" y="{}"></use></a>"##,
            &[
                &line_class,
                &pct(range.from),
                &pct(range.to),
                &y,
                &y,
                &group.slug(),
                &pct(cap),
                &y,
            ],
        );
    }
    out
}

/// A mark per event, stacked in year columns above the axis, with ranges
/// in lanes below it.
pub(super) fn draw_marks(
    s: &Strings,
    catalog: &Catalog,
    scope: &[usize],
    matching: &[usize],
    axis: Axis,
    base: &str,
) -> Drawing {
    let events = &catalog.data.events;
    // Per event position: does it match? Read by every mark's class.
    let mut matches = vec![false; events.len()];
    for &at in matching {
        if let Some(flag) = matches.get_mut(at) {
            *flag = true;
        }
    }
    let style = |at: usize| {
        let faded = if matches[at] { "" } else { " faded" };
        (format!("/events/{}", events[at].id), faded)
    };
    draw_marks_styled(s, catalog, scope, axis, base, &style)
}

/// A story's steps on the time chart, each leading to its step (with the
/// story's `query`): those before `current` seen, the current one marked,
/// the rest to come.
pub(super) fn draw_story_marks(
    s: &Strings,
    catalog: &Catalog,
    steps: &[usize],
    current: Option<usize>,
    axis: Axis,
    base: &str,
    query: &str,
) -> Drawing {
    let events = &catalog.data.events;
    let mut step_at = vec![None; events.len()];
    for (step, &at) in steps.iter().enumerate() {
        step_at[at] = Some(step);
    }
    let style = |at: usize| {
        let state = match (step_at[at], current) {
            (Some(step), Some(current)) if step < current => " seen",
            (Some(step), Some(current)) if step == current => " current",
            _ => " to-come",
        };
        (format!("/story/{}{query}", events[at].id), state)
    };
    draw_marks_styled(s, catalog, steps, axis, base, &style)
}

/// The marks of the events at `scope`, each as `style` says.
fn draw_marks_styled(
    s: &Strings,
    catalog: &Catalog,
    scope: &[usize],
    axis: Axis,
    base: &str,
    style: MarkStyle,
) -> Drawing {
    let events = &catalog.data.events;
    let marks = layout(events, scope, axis);
    let axis_y = ERA_STRIP + f64::from(marks.rows.max(4)) * ROW + 6.0;
    let band_bottom = axis_y + 6.0 + f64::from(marks.lanes) * LANE;
    let height = band_bottom + TICKS;
    // One tab stop for all the marks: the earliest.
    let first = scope.iter().copied().min();
    let mut back = Markup::fill(SHAPES, &[]);
    back.append(&era_markup(&catalog.data.eras, axis, band_bottom));
    let mut front = axis_markup(axis, axis_y, height);
    front.append(&marks_markup(s, &marks, events, style, base, axis_y, first));
    Drawing {
        back,
        front,
        height,
    }
}

/// Counts per year, for datasets too large for a mark per event: each bar
/// leads to its year in the chronology, with the view's other filters.
pub(super) fn draw_bars(
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
        let target = format!("{path}{}", year.to_query_string());
        front.push(
            r#"<a href="{}{}" data-path="{}" class="bar" aria-label="{}"><rect class="bar-total" x="{}" y="{}" width="{}" height="{}"></rect><rect class="bar-matching" x="{}" y="{}" width="{}" height="{}"></rect></a>"#,
            &[
                &base,
                &target,
                &target,
                &(s.bar_label)(count.year, count.total, count.matching),
                &x,
                &px(axis_y - total),
                &width,
                &px(total),
                &x,
                &px(axis_y - matching),
                &width,
                &px(matching),
            ],
        );
    }
    let mut back = Markup::fill(SHAPES, &[]);
    back.append(&era_markup(eras, axis, axis_y));
    Drawing {
        back,
        front,
        height,
    }
}

/// The group that holds the axis and the marks (or bars), written as
/// `markup` again whenever the matching events change (while the reader
/// types or drags, never while a mark has focus). What the marks do is
/// handled here, once for all of them: pointing or focus shows a mark's
/// tip in `active`, a click follows its link (its event's page, a story's
/// step, a bar's year), arrow keys
/// move between marks in date order, and Tab leaves the chart.
pub(super) fn marks_group(
    scope: Signal<Vec<usize>>,
    active: RwSignal<Option<usize>>,
    node: NodeRef<leptos::svg::G>,
    markup: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
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
        } else if let Some(path) = pointer::closest_data(&event, "path") {
            navigate(&path, Default::default());
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

/// What the mark under the pointer or in focus is: its date, title and type.
#[component]
pub(super) fn Tip(
    active: RwSignal<Option<usize>>,
    /// What the tip says until a mark is pointed at: how to use the chart.
    idle: &'static str,
) -> impl IntoView {
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
        None => idle.to_owned(),
    };
    // Until a mark is pointed at, the tip says how to use the chart (a
    // phone, short of room, shows it only for a mark).
    view! { <p class="time-chart-tip needs-app" class:idle=move || active.read().is_none() aria-hidden="true">{text}</p> }
}
