//! The span of years on the time chart: dragged across it with a pointer,
//! or chosen from the keyboard (the core's `Axis::span_after_key`), and
//! written to the URL as the view's `from` and `to`.

use leptos::prelude::*;

use explorer_core::logic::filters::Filters;
use explorer_core::logic::markup::Markup;
use explorer_core::logic::timeline::{Axis, SpanKey};

use super::svg::{pct, px};
use crate::browser::pointer;
use crate::context::{use_set_filters, use_strings};

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

/// The transparent area that takes drags across the chart, and the chosen
/// span drawn on it. Dragging sets `from` and `to` in the URL (a new
/// history entry, so back undoes it); a click without a drag does nothing.
/// From the keyboard it is a control of its own: arrows move a span (with
/// Shift, its end), Enter shows those years, Escape lets go.
pub(super) fn brush_area(
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
        Markup::fill(
            r#"<rect class="time-chart-span" x="{}" y="0" width="{}" height="{}"></rect>"#,
            &[&pct(from), &pct((to - from).max(0.0)), &px(height.get())],
        )
        .into_string()
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
        let current = brush.get_untracked().unwrap_or_else(|| {
            let filters = filters.get_untracked();
            axis.span_from(filters.from, filters.to)
        });
        match event.key().as_str() {
            "Enter" => {
                if let Some(span) = brush.get_untracked() {
                    event.prevent_default();
                    apply_key(span);
                }
            }
            "Escape" => brush.set(None),
            key => {
                if let Some(key) = SpanKey::from_key(key) {
                    event.prevent_default();
                    brush.set(Some(axis.span_after_key(key, event.shift_key(), current)));
                }
            }
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
