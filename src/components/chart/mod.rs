//! The charts: the visual timeline above a chronology (`time_chart.rs`),
//! events per year on the overview and each topic's sparkline
//! (`year_chart.rs`).
//!
//! The geometry is the core's (`explorer_core::logic::timeline`: the axis,
//! marks stacked by year, ranges in lanes, counts per year, the span of years
//! chosen from the keyboard); these files turn it into SVG. Horizontal
//! positions are percentages of the chart's width, so a chart fits any
//! screen without script; vertical ones are pixels. Every mark and bar is a
//! link, so the charts work as plain links before the app starts and
//! without it.
//!
//! The shapes are written as SVG markup rather than a typed view per shape
//! (`svg.rs`): one string builder keeps the WebAssembly module small, and
//! the charts render the same natively.
//!
//! - `svg.rs`: the pieces both charts draw (eras, axis, lengths), and how
//!   markup is written;
//! - `links.rs`: following the charts' SVG links with the router;
//! - `marks.rs`: the time chart's marks or bars, their handlers and tip;
//! - `brush.rs`: the span of years dragged or chosen from the keyboard;
//! - `story_chart.rs`: a story's steps, seen, current and to come;
//! - `tables.rs`: the legend, the era key and the numbers as tables.

mod brush;
mod links;
mod marks;
mod story_chart;
mod svg;
mod tables;
mod time_chart;
mod year_chart;

pub use story_chart::StoryChart;
pub use time_chart::TimeChart;
pub use year_chart::{sparkline, year_chart};
