//! Events per year at a glance: on the overview, a bar per year split by
//! type group under the eras, each bar leading to that year in the
//! chronology; on each topic card, a small sparkline of its years.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::time_chart::{era_bands, is_plain_click, pct, px, ticks, ERA_STRIP, TICKS};
use crate::context::use_base;
use explorer_core::logic::timeline::{counts_by_group, counts_per_year, Axis, TypeGroup};
use explorer_core::logic::Catalog;

/// The tallest bar, in pixels.
const BAR_HEIGHT: f64 = 110.0;

/// The whole dataset's events per year, by type group, with the eras.
pub fn year_chart(catalog: &Catalog) -> impl IntoView + use<> {
    let events = &catalog.data.events;
    let every: Vec<usize> = (0..events.len()).collect();
    let axis = Axis::of(events, &every);
    let counts = counts_by_group(events, &every, axis);
    let highest = counts
        .iter()
        .map(|(_, g)| g.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let axis_y = ERA_STRIP + BAR_HEIGHT + 4.0;
    let base = use_base();
    let navigate = use_navigate();
    let bars = counts
        .into_iter()
        .filter(|(_, groups)| groups.iter().sum::<usize>() > 0)
        .map(|(year, groups)| {
            let x = axis.year_start(year) + axis.year_width() * 0.12;
            let width = axis.year_width() * 0.76;
            let total: usize = groups.iter().sum();
            let parts = TypeGroup::ALL
                .iter()
                .zip(groups)
                .filter(|(_, n)| *n > 0)
                .map(|(group, n)| format!("{n} {}", group.label().to_lowercase()))
                .collect::<Vec<_>>()
                .join(", ");
            let label = format!(
                "{year}: {total} event{} ({parts})",
                if total == 1 { "" } else { "s" }
            );
            let mut top = axis_y;
            let segments = TypeGroup::ALL
                .iter()
                .zip(groups)
                .filter(|(_, n)| *n > 0)
                .map(|(group, n)| {
                    let height = n as f64 / highest * BAR_HEIGHT;
                    top -= height;
                    view! {
                        <rect class=format!("segment segment-{}", group.slug()) x=pct(x) y=px(top) width=pct(width) height=px(height)/>
                    }
                })
                .collect_view();
            let path = format!("/timeline?from={year}&to={year}");
            let navigate = navigate.clone();
            // Inside a `<g>`, the view macro makes the `<a>` an SVG link.
            view! {
                <g>
                    <a
                        href=format!("{base}{path}")
                        class="year-bar"
                        aria-label=label
                        on:click=move |event: web_sys::MouseEvent| {
                            if is_plain_click(&event) {
                                event.prevent_default();
                                navigate(&path, Default::default());
                            }
                        }
                    >
                        <rect class="year-bar-hit" x=pct(axis.year_start(year)) y=px(ERA_STRIP) width=pct(axis.year_width()) height=px(BAR_HEIGHT + 4.0)/>
                        {segments}
                    </a>
                </g>
            }
        })
        .collect_view();
    let legend = TypeGroup::ALL
        .into_iter()
        .map(|group| {
            view! {
                <li>
                    <svg class="legend-swatch" viewBox="0 0 12 12" aria-hidden="true">
                        <rect class=format!("segment segment-{}", group.slug()) x="0" y="0" width="12" height="12"/>
                    </svg>
                    {group.label()}
                </li>
            }
        })
        .collect_view();
    let height = axis_y + TICKS;
    view! {
        <figure class="time-chart year-chart">
            <figcaption>
                <span class="time-chart-title">"Events per year"</span>
                {format!(" {}–{}; each bar opens that year in the chronology. Events dated only to a decade or a span count in their first year.", axis.first, axis.last)}
            </figcaption>
            <ul class="time-chart-legend">{legend}</ul>
            <svg class="time-chart-plot" width="100%" height=px(height) role="group" aria-label="Events per year, by kind">
                {segment_patterns()}
                {era_bands(axis, axis_y)}
                <line class="time-chart-axis" x1="0" x2="100%" y1=px(axis_y) y2=px(axis_y)/>
                {ticks(axis, height)}
                <g class="year-bars">{bars}</g>
            </svg>
        </figure>
    }
}

/// Fills that tell the groups apart without colour: solid, hatched, dotted.
fn segment_patterns() -> impl IntoView {
    view! {
        <defs>
            <pattern id="yc-practice" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect class="pattern-ground segment-practice-ground" width="4" height="4"/>
                <rect class="pattern-ink segment-practice-ink" width="2" height="4"/>
            </pattern>
            <pattern id="yc-context" width="4" height="4" patternUnits="userSpaceOnUse">
                <rect class="pattern-ground segment-context-ground" width="4" height="4"/>
                <circle class="pattern-ink segment-context-ink" cx="2" cy="2" r="1.2"/>
            </pattern>
        </defs>
    }
}

/// A topic's events per year on the whole dataset's axis, as small bars.
pub fn sparkline(catalog: &Catalog, topic: &str) -> impl IntoView + use<> {
    let events = &catalog.data.events;
    let every: Vec<usize> = (0..events.len()).collect();
    let axis = Axis::of(events, &every);
    let in_topic: Vec<usize> = every
        .iter()
        .copied()
        .filter(|&at| events[at].topics.iter().any(|t| t == topic))
        .collect();
    let counts = counts_per_year(events, &in_topic, &in_topic, axis);
    let highest = counts.iter().map(|c| c.total).max().unwrap_or(0).max(1);
    let busiest = counts
        .iter()
        .filter(|c| c.total == highest)
        .map(|c| c.year.to_string())
        .collect::<Vec<_>>();
    let label = if in_topic.is_empty() {
        format!("No events {}–{}", axis.first, axis.last)
    } else {
        format!(
            "Events per year, {}–{}; most ({highest}) in {}",
            axis.first,
            axis.last,
            busiest.join(", ")
        )
    };
    const HEIGHT: f64 = 24.0;
    let bars = counts
        .into_iter()
        .filter(|c| c.total > 0)
        .map(|c| {
            let height = (c.total as f64 / highest as f64 * HEIGHT).max(2.0);
            view! { <rect x=pct(axis.year_start(c.year)) y=px(HEIGHT - height) width=pct(axis.year_width() * 0.8) height=px(height)/> }
        })
        .collect_view();
    view! {
        <svg class="sparkline" width="100%" height=px(HEIGHT) role="img" aria-label=label>
            <line class="sparkline-axis" x1="0" x2="100%" y1=px(HEIGHT) y2=px(HEIGHT)/>
            {bars}
        </svg>
    }
}
