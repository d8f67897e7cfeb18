//! The map of places (`/map`) and an event page's locator map.
//!
//! The land is a picture: `world-map.svg` and `locator-map.svg`, drawn by
//! the build from Natural Earth (`explorer_core::logic::world`) and served
//! beside the app, so their geometry never enters the WebAssembly module
//! and reaches only the pages that show it. The marks are drawn over it in
//! the same coordinates (`explorer_core::logic::map`), as SVG markup like
//! the charts' (see `chart/mod.rs`): one link per place, which works before
//! the app starts and without it.

use std::sync::Arc;

use leptos::prelude::*;

use explorer_core::data::{Event, Place};
use explorer_core::logic::filters::Filters;
use explorer_core::logic::map::{
    self, locator_view, project, project_extent, Mark, HEIGHT_TEXT, VIEW_BOX, WIDTH_TEXT,
};
use explorer_core::logic::markup::Markup;
use explorer_core::logic::{Catalog, Strings};

use crate::browser::{document, pointer};
use crate::context::{use_base, use_catalog, use_set_filters, use_site_base, use_strings};

/// The map of the places the events at `positions` name: a mark per place,
/// sized by its events, leading to the view with that place chosen (or no
/// longer chosen); below it, the same as a table.
#[component]
pub fn WorldMap(
    /// The events in view, without the place filter (the marks show where
    /// they happened, so other places can be added to the choice).
    #[prop(into)]
    positions: Signal<Vec<usize>>,
    /// The view's filters: the chosen places stand out.
    filters: Memo<Filters>,
) -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    let base = use_base();
    let image = format!("{}/world-map.svg", use_site_base());
    let marks = Memo::new(move |_| map::marks(&catalog.read(), &positions.read()));
    // The whole picture is one piece of markup, like the charts'.
    let drawing = {
        let base = base.clone();
        move || {
            // The filters are read before the marks: read after them, they
            // went untracked and choosing a place did not redraw the marks
            // (seen in the browser, not explained; the map test checks it).
            let filters = filters.read();
            let marks = marks.read();
            Markup::fill(
                r#"<svg class="world-map-plot" viewBox="{}" role="group" aria-label="{}"><image href="{}" width="{}" height="{}"></image><g class="map-marks">{}</g><g class="map-labels" aria-hidden="true">{}</g></svg>"#,
                &[
                    &VIEW_BOX,
                    &s.map_label,
                    &image,
                    &WIDTH_TEXT,
                    &HEIGHT_TEXT,
                    &marks_markup(s, &marks, &filters, &base),
                    &labels_markup(&marks),
                ],
            )
            .into_string()
        }
    };
    let table = move || {
        let filters = filters.read();
        table_markup(s, &marks.read(), &filters, &base).into_string()
    };
    let set_filters = use_set_filters();
    // The marks and the rows are links written as markup, which the
    // router does not follow (the marks are SVG): a plain click chooses
    // the place here, without a reload. Chosen from the keyboard, the same
    // place's link in `scope` has the focus again once drawn anew.
    let choose = move |scope: &'static str| {
        let set_filters = set_filters.clone();
        move |event: web_sys::MouseEvent| {
            let plain =
                !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
                    && event.button() == 0;
            if !plain {
                return;
            }
            if let Some(place) = pointer::closest_data(&event, "place") {
                event.prevent_default();
                let keyboard = event.detail() == 0;
                set_filters(filters.read_untracked().toggle_place(&place));
                if keyboard {
                    request_animation_frame(move || {
                        document::focus_selector(&format!(r#"{scope} a[data-place="{place}"]"#))
                    });
                }
            }
        }
    };
    view! {
        <figure class="world-map">
            <div class="world-map-frame" inner_html=drawing on:click=choose(".map-marks")></div>
            <figcaption class="map-credit">{s.map_credit}</figcaption>
        </figure>
        <div class="map-table" inner_html=table on:click=choose(".map-table")></div>
    }
}

/// A coordinate in whole user units.
fn n(value: f64) -> i32 {
    value.round() as i32
}

/// Where choosing a place leads: this view with it chosen, or unchosen.
fn toggle_href(base: &str, filters: &Filters, id: &str) -> String {
    format!("{base}/map{}", filters.toggle_place(id).to_query_string())
}

/// The marks as SVG links, largest first so smaller ones sit on top.
fn marks_markup(s: &Strings, marks: &[Mark], filters: &Filters, base: &str) -> Markup {
    let mut out = Markup::new();
    for mark in marks {
        let chosen = filters.places.contains(&mark.id);
        let label = if chosen {
            (s.map_mark_chosen)(&(s.map_mark)(&mark.name, mark.count))
        } else {
            (s.map_mark)(&mark.name, mark.count)
        };
        let class = if chosen {
            "map-mark chosen"
        } else {
            "map-mark"
        };
        out.push(
            r#"<a href="{}" data-place="{}" class="{}" aria-label="{}"><title>{}</title><circle cx="{}" cy="{}" r="{}"></circle></a>"#,
            &[
                &toggle_href(base, filters, &mark.id),
                &mark.id,
                &class,
                &label,
                &label,
                &n(mark.x),
                &n(mark.y),
                &n(mark.r),
            ],
        );
    }
    out
}

/// The names beside the marks where they fit (shown on wide screens; the
/// marks' titles and the table name every place).
fn labels_markup(marks: &[Mark]) -> Markup {
    let mut out = Markup::new();
    for mark in marks {
        if let Some((x, y, end)) = mark.label {
            let class = if end { "map-label end" } else { "map-label" };
            out.push(
                r#"<text x="{}" y="{}" class="{}">{}</text>"#,
                &[&n(x), &n(y), &class, &mark.name],
            );
        }
    }
    out
}

/// The places as a table, the map's text alternative: each a link that
/// chooses it, with its count; in the marks' order, most events first (a
/// sort of its own would be another copy of the sort in the module).
fn table_markup(s: &Strings, marks: &[Mark], filters: &Filters, base: &str) -> Markup {
    if marks.is_empty() {
        return Markup::fill(r#"<p class="map-none">{}</p>"#, &[&s.map_no_places]);
    }
    let mut body = Markup::new();
    for mark in marks {
        let chosen = filters.places.contains(&mark.id);
        let class = if chosen { "chosen" } else { "" };
        body.push(
            r#"<tr class="{}"><th scope="row"><a href="{}" data-place="{}">{}</a></th><td>{}</td></tr>"#,
            &[
                &class,
                &toggle_href(base, filters, &mark.id),
                &mark.id,
                &mark.name,
                &mark.count,
            ],
        );
    }
    Markup::fill(
        r#"<table><caption>{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{}</tbody></table>"#,
        &[
            &s.map_table_caption,
            &s.map_column_place,
            &s.map_column_events,
            &body,
        ],
    )
}

/// An event's places on a small map: points as dots, regions and seas as
/// their extent; nothing for an event without places.
pub fn locator(
    catalog: &Catalog,
    event: &Arc<Event>,
    s: &'static Strings,
) -> Option<impl IntoView + use<>> {
    let places: Vec<&Place> = event
        .places
        .iter()
        .filter_map(|id| catalog.place(id))
        .collect();
    if places.is_empty() {
        return None;
    }
    let (x, y, width, height) = locator_view(&places);
    let names: Vec<&str> = places.iter().map(|p| p.name.as_str()).collect();
    let label = (s.map_locator)(&names.join(s.list_separator));
    let mut shapes = Markup::new();
    // Dots scale with the view, so a wide view keeps them visible.
    let r = width / 70;
    for place in &places {
        if let Some(extent) = place.extent.filter(|_| place.kind.is_area()) {
            let (left, top, right, bottom) = project_extent(extent);
            shapes.push(
                r#"<rect class="locator-area" x="{}" y="{}" width="{}" height="{}"></rect>"#,
                &[&n(left), &n(top), &n(right - left), &n(bottom - top)],
            );
        }
        let (cx, cy) = project(place.point);
        shapes.push(
            r#"<circle class="locator-dot" cx="{}" cy="{}" r="{}"></circle>"#,
            &[&n(cx), &n(cy), &r],
        );
    }
    let image = format!("{}/locator-map.svg", use_site_base());
    Some(view! {
        <svg class="locator" viewBox=format!("{x} {y} {width} {height}") role="img" aria-label=label>
            <image href=image width=WIDTH_TEXT height=HEIGHT_TEXT></image>
            <g inner_html=shapes.into_string()></g>
        </svg>
    })
}
