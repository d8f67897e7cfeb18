//! The SVG pieces both charts draw, and the lengths they are written in.

use explorer_core::data::Era;
use explorer_core::logic::markup::Markup;
use explorer_core::logic::timeline::{svg_number, Axis};

/// Vertical measures shared by the charts, in pixels: the eras' strip
/// above, the year labels below.
pub(super) const ERA_STRIP: f64 = 20.0;
pub(super) const TICKS: f64 = 22.0;

/// A length for an SVG attribute (see [`svg_number`]).
pub(super) fn px(value: f64) -> String {
    svg_number(value)
}

/// A percentage of the chart's width for an SVG coordinate.
pub(super) fn pct(fraction: f64) -> String {
    format!("{}%", px(fraction * 100.0))
}

/// Whether an era's name fits its band on a wide screen (the chart about
/// 1,000 px wide, 6.5 px a character); narrower bands show its number.
fn fits_name(name: &str, width: f64) -> bool {
    width * 1000.0 >= name.chars().count() as f64 * 6.5 + 12.0
}

/// The eras as labelled bands behind the marks, from the top down to
/// `bottom`, as SVG markup.
pub(super) fn era_markup(eras: &[Era], axis: Axis, bottom: f64) -> Markup {
    let mut out = Markup::fill(r#"<g class="eras">"#, &[]);
    for (i, era) in eras.iter().enumerate() {
        let from = axis.year_start(era.from);
        let to = axis.year_start(era.to + 1);
        let middle = pct((from + to) / 2.0);
        let fits = fits_name(&era.name, to - from);
        out.push(
            r#"<g class="era era-{}"><rect x="{}" y="0" width="{}" height="{}"></rect>"#,
            &[&(i % 2), &pct(from), &pct(to - from), &px(bottom)],
        );
        if fits {
            out.push(
                r#"<text class="era-name" x="{}" y="14" text-anchor="middle">{}</text>"#,
                &[&middle, &era.name],
            );
        }
        out.push(
            r#"<text class="era-number{}" x="{}" y="14" text-anchor="middle">{}</text></g>"#,
            &[&if fits { "" } else { " always" }, &middle, &(i + 1)],
        );
    }
    out.push("</g>", &[]);
    out
}

/// The axis at `axis_y`, with year labels under it down to `bottom`, fewer
/// on narrow screens (CSS hides the labels only a wide screen has room
/// for), as SVG markup.
pub(super) fn axis_markup(axis: Axis, axis_y: f64, bottom: f64) -> Markup {
    let narrow = axis.ticks(340.0);
    let y = px(axis_y);
    let mut out = Markup::fill(
        r#"<line class="time-chart-axis" x1="0" x2="100%" y1="{}" y2="{}"></line><g class="ticks">"#,
        &[&y, &y],
    );
    for year in axis.ticks(1000.0) {
        let class = if narrow.contains(&year) {
            "tick"
        } else {
            "tick tick-wide"
        };
        let x = pct(axis.year_start(year) + axis.year_width() / 2.0);
        out.push(
            r#"<g class="{}"><line x1="{}" x2="{}" y1="{}" y2="{}"></line><text x="{}" y="{}" text-anchor="middle">{}</text></g>"#,
            &[
                &class,
                &x,
                &x,
                &px(bottom - TICKS + 2.0),
                &px(bottom - TICKS + 6.0),
                &x,
                &px(bottom - 4.0),
                &year,
            ],
        );
    }
    out.push("</g>", &[]);
    out
}
