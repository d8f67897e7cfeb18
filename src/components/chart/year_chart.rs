//! Events per year at a glance: on the overview, a bar per year split by
//! type group under the eras, each bar leading to that year in the
//! chronology; on each topic card, a small sparkline of its years.
//!
//! Both are drawn once from the dataset, as SVG markup (see
//! `mod.rs` for why markup): a newer dataset renders the page again.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::links::follow_link;
use super::svg::{axis_markup, era_markup, pct, px, ERA_STRIP, TICKS};
use crate::context::{use_base, use_strings};
use explorer_core::logic::markup::Markup;
use explorer_core::logic::timeline::{counts_by_group, counts_per_year, Axis, TypeGroup};
use explorer_core::logic::Catalog;

/// The tallest bar, in pixels.
const BAR_HEIGHT: f64 = 110.0;

/// Fills that tell the groups apart without colour: solid, hatched, dotted.
const PATTERNS: &str = r#"<defs><pattern id="yc-practice" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="pattern-ground" width="4" height="4"></rect><rect class="segment-practice-ink" width="2" height="4"></rect></pattern><pattern id="yc-context" width="4" height="4" patternUnits="userSpaceOnUse"><rect class="pattern-ground" width="4" height="4"></rect><circle class="segment-context-ink" cx="2" cy="2" r="1.2"></circle></pattern></defs>"#;

/// The whole dataset's events per year, by type group, with the eras, and
/// the same numbers as a table.
pub fn year_chart(catalog: &Catalog) -> impl IntoView + use<> {
    let s = use_strings();
    let events = &catalog.data.events;
    let every: Vec<usize> = (0..events.len()).collect();
    let axis = Axis::of(events, &every);
    let counts: Vec<(i32, [usize; 3])> = counts_by_group(events, &every, axis)
        .into_iter()
        .filter(|(_, groups)| groups.iter().sum::<usize>() > 0)
        .collect();
    let highest = counts
        .iter()
        .map(|(_, g)| g.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let axis_y = ERA_STRIP + BAR_HEIGHT + 4.0;
    let base = use_base();
    let mut bars = Markup::new();
    let mut rows = Markup::new();
    for (year, groups) in &counts {
        let total: usize = groups.iter().sum();
        let parts = TypeGroup::ALL
            .iter()
            .zip(groups)
            .filter(|(_, n)| **n > 0)
            .map(|(group, n)| (s.year_bar_part)(*n, s.group_short(*group)))
            .collect::<Vec<_>>()
            .join(s.list_separator);
        let path = format!("/timeline?from={year}&to={year}");
        bars.push(
            r#"<a href="{}{}" data-path="{}" class="year-bar" aria-label="{}"><rect class="year-bar-hit" x="{}" y="{}" width="{}" height="{}"></rect>"#,
            &[
                &base,
                &path,
                &path,
                &(s.year_bar_label)(*year, total, &parts),
                &pct(axis.year_start(*year)),
                &px(ERA_STRIP),
                &pct(axis.year_width()),
                &px(BAR_HEIGHT + 4.0),
            ],
        );
        let mut top = axis_y;
        for (group, n) in TypeGroup::ALL.iter().zip(groups).filter(|(_, n)| **n > 0) {
            let height = *n as f64 / highest * BAR_HEIGHT;
            top -= height;
            bars.push(
                r#"<rect class="segment segment-{}" x="{}" y="{}" width="{}" height="{}"></rect>"#,
                &[
                    &group.slug(),
                    &pct(axis.year_start(*year) + axis.year_width() * 0.12),
                    &px(top),
                    &pct(axis.year_width() * 0.76),
                    &px(height),
                ],
            );
        }
        bars.push("</a>", &[]);
        rows.push(
            r#"<tr><th scope="row">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
            &[year, &groups[0], &groups[1], &groups[2], &total],
        );
    }
    let mut headers = Markup::new();
    let mut legend = Markup::new();
    for group in TypeGroup::ALL {
        headers.push(r#"<th scope="col">{}</th>"#, &[&s.group(group)]);
        legend.push(
            r#"<li><svg class="legend-swatch" viewBox="0 0 12 12" aria-hidden="true"><rect class="segment segment-{}" width="12" height="12"></rect></svg>{}</li>"#,
            &[&group.slug(), &s.group(group)],
        );
    }
    let table = Markup::fill(
        r#"<caption>{}</caption><thead><tr><th scope="col">{}</th>{}<th scope="col">{}</th></tr></thead><tbody>{}</tbody>"#,
        &[
            &s.year_table_caption,
            &s.year_table_year,
            &headers,
            &s.year_table_all,
            &rows,
        ],
    );
    let height = axis_y + TICKS;
    let drawing = Markup::fill(
        r#"{}{}{}<g class="year-bars">{}</g>"#,
        &[
            &Markup::fill(PATTERNS, &[]),
            &era_markup(&catalog.data.eras, axis, axis_y),
            &axis_markup(axis, axis_y, height),
            &bars,
        ],
    );
    view! {
        <figure class="time-chart year-chart">
            <figcaption>
                <span class="time-chart-title">{s.year_chart_title}</span>
                {(s.year_chart_caption)(axis.first, axis.last)}
            </figcaption>
            <ul class="time-chart-legend" inner_html=legend.into_string()></ul>
            <svg class="time-chart-plot" width="100%" height=px(height) role="group" aria-label=s.year_chart_plot on:click=follow_link(use_navigate()) inner_html=drawing.into_string()></svg>
            <details class="chart-data">
                <summary>{s.year_chart_numbers}</summary>
                <table inner_html=table.into_string()></table>
            </details>
        </figure>
    }
}

/// A topic's events per year on the whole dataset's axis, as small bars.
pub fn sparkline(catalog: &Catalog, topic: &str) -> impl IntoView + use<> {
    const HEIGHT: f64 = 24.0;
    let s = use_strings();
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
    let busiest: Vec<String> = counts
        .iter()
        .filter(|c| c.total == highest)
        .map(|c| c.year.to_string())
        .collect();
    let label = if in_topic.is_empty() {
        (s.sparkline_empty)(axis.first, axis.last)
    } else {
        (s.sparkline_label)(
            axis.first,
            axis.last,
            highest,
            &busiest.join(s.list_separator),
        )
    };
    let mut bars = Markup::fill(
        r#"<line class="sparkline-axis" x1="0" x2="100%" y1="{}" y2="{}"></line>"#,
        &[&px(HEIGHT), &px(HEIGHT)],
    );
    for count in counts.iter().filter(|c| c.total > 0) {
        let height = (count.total as f64 / highest as f64 * HEIGHT).max(2.0);
        bars.push(
            r#"<rect x="{}" y="{}" width="{}" height="{}"></rect>"#,
            &[
                &pct(axis.year_start(count.year)),
                &px(HEIGHT - height),
                &pct(axis.year_width() * 0.8),
                &px(height),
            ],
        );
    }
    view! { <svg class="sparkline" width="100%" height=px(HEIGHT) role="img" aria-label=label inner_html=bars.into_string()></svg> }
}
