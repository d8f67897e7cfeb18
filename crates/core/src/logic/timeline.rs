//! The visual timeline's shape: where each event goes on a time axis, drawn
//! as honestly as its date allows, and, for large datasets, how many events
//! each year holds.
//!
//! The view (`src/components/chart/`) only turns this into SVG. Years
//! are the unit: an axis runs from the first to the last year any event
//! touches, and a position along it is a fraction from 0 (the first year's
//! start) to 1 (the last year's end).
//!
//! About 440 lines: the axis, the marks' layout, counts per year and era,
//! and the span of years chosen on it, which the property tests in
//! `tests/timeline.rs` check together.
//!
//! - A date within one year (a year, a month or a day) is a **point**,
//!   stacked in its year's column with the others of that year, in date
//!   order.
//! - A decade, part of one, or a span is a **range** from its first to its
//!   last day, drawn in lanes below the points so ranges never overlap.
//! - "By 2018" is a range **open at its start**: it ends with the period it
//!   names, and the source does not say how long before. "After …" is open
//!   at its end. They are drawn with a fixed length and an open end.

use std::sync::Arc;

use crate::data::{DateSpec, Era, Event, EventType, Qualifier};

/// Above this many events the timeline draws counts per year rather than a
/// mark per event: marks would be too small to see, touch or tell apart.
pub const MARK_LIMIT: usize = 400;

/// How long an open-ended range is drawn, in years.
pub const OPEN_LENGTH: f64 = 2.0;

/// The years an axis covers, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Axis {
    pub first: i32,
    pub last: i32,
}

impl Axis {
    /// The axis for these events: every year any of them touches, and at
    /// least one year.
    pub fn of(events: &[Arc<Event>], positions: &[usize]) -> Axis {
        let mut years = positions.iter().map(|&at| events[at].date.year_range());
        let Some((first, last)) = years.next() else {
            return Axis { first: 0, last: 0 };
        };
        let (first, last) = years.fold((first, last), |(a, b), (c, d)| (a.min(c), b.max(d)));
        Axis { first, last }
    }

    /// How many years it covers.
    pub fn years(&self) -> i32 {
        self.last - self.first + 1
    }

    /// Where a moment (a year with its fraction: 2014.5 is mid-2014) falls
    /// along the axis, clamped to it.
    pub fn fraction(&self, at: f64) -> f64 {
        ((at - f64::from(self.first)) / f64::from(self.years())).clamp(0.0, 1.0)
    }

    /// Where a year's column begins along the axis.
    pub fn year_start(&self, year: i32) -> f64 {
        self.fraction(f64::from(year))
    }

    /// The width of one year along the axis.
    pub fn year_width(&self) -> f64 {
        1.0 / f64::from(self.years())
    }

    /// The year at a fraction along the axis (for selecting a span of years
    /// by dragging), clamped to the axis.
    pub fn year_at(&self, fraction: f64) -> i32 {
        let fraction = if fraction.is_finite() {
            fraction.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let year = self.first + (fraction * f64::from(self.years())).floor() as i32;
        year.min(self.last)
    }

    /// Years to label on an axis of about `width_px` pixels: round years,
    /// spaced so that labels of four digits do not collide.
    pub fn ticks(&self, width_px: f64) -> Vec<i32> {
        let per_year = width_px / f64::from(self.years());
        let step = [1, 2, 5, 10, 20, 50, 100]
            .into_iter()
            .find(|&step| per_year * f64::from(step) >= 44.0)
            .unwrap_or(100);
        (self.first..=self.last)
            .filter(|year| year.rem_euclid(step) == 0)
            .collect()
    }
}

/// A moment as a year and its fraction, from a day of the calendar: the
/// day's start, or its end. Months count as 31 days each: at the scale of a
/// timeline of years the difference from the calendar is under a pixel.
fn moment((year, month, day): (i32, u8, u8), end_of_day: bool) -> f64 {
    let day_of_year = f64::from(month.saturating_sub(1)) * 31.0 + f64::from(day.saturating_sub(1));
    let day_of_year = day_of_year + if end_of_day { 1.0 } else { 0.0 };
    f64::from(year) + day_of_year / 372.0
}

/// A number for an SVG attribute, to a hundredth ("12.50", "-3.07").
/// Written with integer formatting only: Rust's float formatting would add
/// tens of kilobytes to the WebAssembly module.
pub fn svg_number(value: f64) -> String {
    let hundredths = if value.is_finite() {
        (value * 100.0).round() as i64
    } else {
        0
    };
    let sign = if hundredths < 0 { "-" } else { "" };
    let hundredths = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", hundredths / 100, hundredths % 100)
}

/// How a range's ends are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ends {
    /// Both ends are known (a decade, part of one, or a span).
    Closed,
    /// The source says only that it happened by the end ("by 2018").
    OpenStart,
    /// The source says only that it happened on or after the start.
    OpenEnd,
}

/// An event whose date falls within one year: a mark in its year's column.
#[derive(Clone, Debug, PartialEq)]
pub struct PointMark {
    /// The event's index in the dataset.
    pub position: usize,
    pub kind: EventType,
    pub year: i32,
    /// Its place in the year's stack, from 0 at the axis.
    pub row: u32,
}

/// An event whose date covers more than a year, or is open-ended.
#[derive(Clone, Debug, PartialEq)]
pub struct RangeMark {
    pub position: usize,
    pub kind: EventType,
    /// Start and end along the axis, as fractions.
    pub from: f64,
    pub to: f64,
    pub ends: Ends,
    /// Its lane, from 0 just below the axis.
    pub lane: u32,
}

/// Every mark of a timeline, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkLayout {
    pub axis: Axis,
    pub points: Vec<PointMark>,
    pub ranges: Vec<RangeMark>,
    /// The highest stack of points (rows in the tallest year).
    pub rows: u32,
    /// How many lanes the ranges take.
    pub lanes: u32,
}

/// Whether a date is drawn as a point: it lies within one year and the
/// source gives it as such.
fn is_point(date: &DateSpec) -> bool {
    let (first, last) = date.year_range();
    date.qualifier == Qualifier::Exact && date.end.is_none() && first == last
}

/// Where a range is drawn, in years, and how its ends look.
fn range_years(date: &DateSpec) -> (f64, f64, Ends) {
    let start = moment(date.start.first_day(), false);
    let end = moment(date.end.unwrap_or(date.start).last_day(), true);
    match date.qualifier {
        Qualifier::Exact => (start, end, Ends::Closed),
        Qualifier::By => (end - OPEN_LENGTH, end, Ends::OpenStart),
        Qualifier::After => (start, start + OPEN_LENGTH, Ends::OpenEnd),
        // Done before a report written on or after `start`: drawn, like a
        // "by" date, as fading in towards the earliest the report can be.
        Qualifier::ReportedAfter => (start - OPEN_LENGTH, start, Ends::OpenStart),
    }
}

/// Places the events at `positions` (in date order) on `axis`.
pub fn layout(events: &[Arc<Event>], positions: &[usize], axis: Axis) -> MarkLayout {
    let mut points = Vec::new();
    let mut ranges = Vec::new();
    let mut stacks: Vec<u32> = vec![0; axis.years().max(0) as usize];
    // The end of the last range in each lane, for first-fit packing.
    let mut lane_ends: Vec<f64> = Vec::new();
    // The dataset is stored in date order: ascending positions are too.
    let mut ordered = positions.to_vec();
    ordered.sort_unstable();
    for at in ordered {
        let event = &events[at];
        if is_point(&event.date) {
            let year = event.date.group_year();
            let column = (year - axis.first).clamp(0, axis.years() - 1) as usize;
            let row = stacks.get(column).copied().unwrap_or(0);
            if let Some(stack) = stacks.get_mut(column) {
                *stack += 1;
            }
            points.push(PointMark {
                position: at,
                kind: event.kind,
                year,
                row,
            });
        } else {
            let (start, end, ends) = range_years(&event.date);
            let (from, to) = (axis.fraction(start), axis.fraction(end));
            // A small gap between neighbours in a lane keeps them apart.
            let gap = axis.year_width() * 0.25;
            let lane = match lane_ends
                .iter()
                .position(|&lane_end| lane_end + gap <= from)
            {
                Some(lane) => {
                    lane_ends[lane] = to;
                    lane
                }
                None => {
                    lane_ends.push(to);
                    lane_ends.len() - 1
                }
            };
            ranges.push(RangeMark {
                position: at,
                kind: event.kind,
                from,
                to,
                ends,
                lane: lane as u32,
            });
        }
    }
    MarkLayout {
        axis,
        points,
        ranges,
        rows: stacks.into_iter().max().unwrap_or(0),
        lanes: lane_ends.len() as u32,
    }
}

/// How many events one year holds, and how many of them match the current
/// search and filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearCount {
    pub year: i32,
    pub total: usize,
    pub matching: usize,
}

/// Events per year on the axis (each counted in the year the chronology
/// lists it under), every year of the axis included, empty or not.
/// `matching` is a subset of `positions`.
pub fn counts_per_year(
    events: &[Arc<Event>],
    positions: &[usize],
    matching: &[usize],
    axis: Axis,
) -> Vec<YearCount> {
    let mut counts: Vec<YearCount> = (axis.first..=axis.last)
        .map(|year| YearCount {
            year,
            total: 0,
            matching: 0,
        })
        .collect();
    let column = |at: usize| {
        let year = events[at].date.group_year();
        (year - axis.first).clamp(0, axis.years() - 1) as usize
    };
    for &at in positions {
        if let Some(count) = counts.get_mut(column(at)) {
            count.total += 1;
        }
    }
    for &at in matching {
        if let Some(count) = counts.get_mut(column(at)) {
            count.matching += 1;
        }
    }
    counts
}

/// A coarse grouping of the event types, for charts that cannot show ten
/// series legibly: what was agreed or decided, what was done together, and
/// what was said or happened around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeGroup {
    Framework,
    Practice,
    Context,
}

impl TypeGroup {
    pub const ALL: [TypeGroup; 3] = [
        TypeGroup::Framework,
        TypeGroup::Practice,
        TypeGroup::Context,
    ];

    pub fn of(kind: EventType) -> TypeGroup {
        match kind {
            EventType::Agreement
            | EventType::Meeting
            | EventType::Institutional
            | EventType::Policy => TypeGroup::Framework,
            EventType::Exercise
            | EventType::Operation
            | EventType::Contribution
            | EventType::Capability => TypeGroup::Practice,
            EventType::Statement | EventType::Context => TypeGroup::Context,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            TypeGroup::Framework => "framework",
            TypeGroup::Practice => "practice",
            TypeGroup::Context => "context",
        }
    }

    /// The event types in the group, in filter order.
    pub fn types(self) -> impl Iterator<Item = EventType> {
        EventType::ALL
            .into_iter()
            .filter(move |&kind| TypeGroup::of(kind) == self)
    }
}

/// Events per year, split by [`TypeGroup`] (in [`TypeGroup::ALL`] order),
/// every year of the axis included.
pub fn counts_by_group(
    events: &[Arc<Event>],
    positions: &[usize],
    axis: Axis,
) -> Vec<(i32, [usize; 3])> {
    let mut counts: Vec<(i32, [usize; 3])> =
        (axis.first..=axis.last).map(|y| (y, [0; 3])).collect();
    for &at in positions {
        let event = &events[at];
        let column = (event.date.group_year() - axis.first).clamp(0, axis.years() - 1) as usize;
        let group = TypeGroup::ALL
            .iter()
            .position(|&g| g == TypeGroup::of(event.kind))
            .unwrap_or(0);
        if let Some((_, groups)) = counts.get_mut(column) {
            groups[group] += 1;
        }
    }
    counts
}

/// How many of the events at `positions` each era holds (by the year the
/// chronology lists them under), in era order; events outside every era
/// are not counted.
pub fn counts_per_era(events: &[Arc<Event>], positions: &[usize], eras: &[Era]) -> Vec<usize> {
    let mut counts = vec![0; eras.len()];
    for &at in positions {
        let year = events[at].date.group_year();
        if let Some(era) = eras
            .iter()
            .position(|era| (era.from..=era.to).contains(&year))
        {
            counts[era] += 1;
        }
    }
    counts
}

/// A key on the chart's span-of-years control, as the browser names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanKey {
    /// ArrowRight or ArrowUp: a year later.
    Later,
    /// ArrowLeft or ArrowDown: a year earlier.
    Earlier,
    /// Home: to the axis' first year.
    First,
    /// End: to the axis' last year.
    Last,
}

impl SpanKey {
    /// The key for a `KeyboardEvent.key`, or `None` for a key the control
    /// leaves alone.
    pub fn from_key(key: &str) -> Option<SpanKey> {
        match key {
            "ArrowRight" | "ArrowUp" => Some(SpanKey::Later),
            "ArrowLeft" | "ArrowDown" => Some(SpanKey::Earlier),
            "Home" => Some(SpanKey::First),
            "End" => Some(SpanKey::Last),
            _ => None,
        }
    }
}

impl Axis {
    /// Where a span of years starts for the keyboard: the view's `from` and
    /// `to` on the axis (a missing end at the axis' first year).
    pub fn span_from(&self, from: Option<i32>, to: Option<i32>) -> (i32, i32) {
        let on_axis = |year: Option<i32>| year.unwrap_or(self.first).clamp(self.first, self.last);
        (on_axis(from), on_axis(to))
    }

    /// The next span of years after `key` on the chart's span control:
    /// arrows move the span a year; with Shift they move its end (widening
    /// or narrowing it, never below one year); Home and End go to the axis'
    /// ends. The span stays on the axis and keeps its width when it moves.
    pub fn span_after_key(&self, key: SpanKey, shift: bool, (from, to): (i32, i32)) -> (i32, i32) {
        let step = match key {
            SpanKey::Later => 1,
            SpanKey::Earlier => -1,
            SpanKey::First => {
                return (
                    self.first,
                    if shift { to } else { self.first + (to - from) },
                );
            }
            SpanKey::Last => {
                return (
                    if shift { from } else { self.last - (to - from) },
                    self.last,
                );
            }
        };
        if shift {
            // (A clamp would panic on a one-year axis, where the end has
            // nowhere to go: min and max cannot cross.)
            return (from, (to + step).min(self.last).max(from));
        }
        let width = to - from;
        let from = (from + step).min(self.last - width).max(self.first);
        (from, from + width)
    }
}
