//! The visual timeline's geometry: the axis, marks placed as honestly as
//! their dates allow, stacks and lanes, and counts per year.

use explorer_core::data::{self, synthetic, DateSpec, Qualifier};
use explorer_core::logic::timeline::{
    counts_by_group, counts_per_era, counts_per_year, layout, svg_number, Axis, Ends, SpanKey,
    TypeGroup, MARK_LIMIT,
};
use explorer_core::logic::Catalog;
use proptest::prelude::*;
use std::sync::OnceLock;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::new(data::bundled()))
}

fn all(catalog: &Catalog) -> Vec<usize> {
    (0..catalog.data.events.len()).collect()
}

#[test]
fn the_axis_covers_every_year_an_event_touches() {
    let catalog = catalog();
    let axis = Axis::of(&catalog.data.events, &all(catalog));
    assert_eq!((axis.first, axis.last), catalog.year_span());
    assert_eq!(axis.years(), axis.last - axis.first + 1);
    assert_eq!(axis.fraction(f64::from(axis.first)), 0.0);
    assert_eq!(axis.fraction(f64::from(axis.last + 1)), 1.0);
    assert_eq!(axis.year_at(0.0), axis.first);
    assert_eq!(axis.year_at(1.0), axis.last);
    assert_eq!(axis.year_at(f64::NAN), axis.first);
    assert_eq!(
        Axis::of(&catalog.data.events, &[]),
        Axis { first: 0, last: 0 }
    );
}

#[test]
fn ticks_are_round_years_that_do_not_collide() {
    let axis = Axis {
        first: 1990,
        last: 2025,
    };
    for width in [300.0, 360.0, 800.0, 1200.0] {
        let ticks = axis.ticks(width);
        assert!(ticks.len() >= 2, "{width}: {ticks:?}");
        let per_year = width / f64::from(axis.years());
        for pair in ticks.windows(2) {
            assert!(
                f64::from(pair[1] - pair[0]) * per_year >= 44.0,
                "{width}: {ticks:?}"
            );
        }
        let step = ticks[1] - ticks[0];
        assert!(
            ticks.iter().all(|year| year % step == 0),
            "{width}: {ticks:?}"
        );
    }
    assert!(axis.ticks(1200.0).len() > axis.ticks(360.0).len());
}

#[test]
fn every_event_is_one_mark_and_only_dates_within_a_year_are_points() {
    let catalog = catalog();
    let events = &catalog.data.events;
    let positions = all(catalog);
    let axis = Axis::of(events, &positions);
    let marks = layout(events, &positions, axis);
    let mut seen: Vec<usize> = marks
        .points
        .iter()
        .map(|p| p.position)
        .chain(marks.ranges.iter().map(|r| r.position))
        .collect();
    seen.sort_unstable();
    assert_eq!(seen, positions);
    for point in &marks.points {
        let date = &events[point.position].date;
        assert_eq!(date.qualifier, Qualifier::Exact);
        assert!(date.end.is_none());
        assert_eq!(date.year_range(), (point.year, point.year));
    }
    // The real data has decades, spans and "by" dates: none is a point.
    for range in &marks.ranges {
        let date = &events[range.position].date;
        assert!(range.from < range.to, "{}", events[range.position].id);
        match date.qualifier {
            Qualifier::By | Qualifier::ReportedAfter => assert_eq!(range.ends, Ends::OpenStart),
            Qualifier::After => assert_eq!(range.ends, Ends::OpenEnd),
            Qualifier::Exact => assert_eq!(range.ends, Ends::Closed),
        }
    }
    assert!(!marks.ranges.is_empty());
}

#[test]
fn a_decade_is_drawn_across_its_years() {
    let catalog = catalog();
    let events = &catalog.data.events;
    let positions = all(catalog);
    let axis = Axis::of(events, &positions);
    let marks = layout(events, &positions, axis);
    let early_1990s = marks
        .ranges
        .iter()
        .find(|r| events[r.position].date == DateSpec::parse("early-1990s").unwrap())
        .expect("the data has an early-1990s event");
    assert!((early_1990s.from - axis.year_start(1990)).abs() < 1e-9);
    // Early 1990s: 1990 to 1993, to the end of its last day.
    let end = axis.year_start(1994);
    assert!((early_1990s.to - end).abs() < axis.year_width() / 300.0);
}

#[test]
fn points_of_a_year_stack_in_date_order_and_ranges_never_overlap_in_a_lane() {
    let catalog = catalog();
    let events = &catalog.data.events;
    let positions = all(catalog);
    let marks = layout(events, &positions, Axis::of(events, &positions));
    for year in marks.points.iter().map(|p| p.year) {
        let stack: Vec<_> = marks.points.iter().filter(|p| p.year == year).collect();
        let rows: Vec<u32> = stack.iter().map(|p| p.row).collect();
        assert_eq!(rows, (0..stack.len() as u32).collect::<Vec<_>>());
        assert!(stack.windows(2).all(|w| w[0].position < w[1].position));
    }
    assert_eq!(
        marks.rows,
        marks.points.iter().map(|p| p.row + 1).max().unwrap_or(0)
    );
    for lane in 0..marks.lanes {
        let mut in_lane: Vec<_> = marks.ranges.iter().filter(|r| r.lane == lane).collect();
        in_lane.sort_by(|a, b| a.from.total_cmp(&b.from));
        assert!(
            in_lane.windows(2).all(|w| w[0].to <= w[1].from),
            "lane {lane}"
        );
    }
}

#[test]
fn counts_per_year_add_up_and_keep_empty_years() {
    let catalog = catalog();
    let events = &catalog.data.events;
    let positions = all(catalog);
    let axis = Axis::of(events, &positions);
    let matching: Vec<usize> = positions.iter().copied().filter(|at| at % 3 == 0).collect();
    let counts = counts_per_year(events, &positions, &matching, axis);
    assert_eq!(counts.len(), axis.years() as usize);
    assert_eq!(
        counts.iter().map(|c| c.total).sum::<usize>(),
        positions.len()
    );
    assert_eq!(
        counts.iter().map(|c| c.matching).sum::<usize>(),
        matching.len()
    );
    assert!(counts.iter().all(|c| c.matching <= c.total));
    let by_group = counts_by_group(events, &positions, axis);
    for (count, (year, groups)) in counts.iter().zip(&by_group) {
        assert_eq!(count.year, *year);
        assert_eq!(count.total, groups.iter().sum::<usize>());
    }
}

#[test]
fn counts_per_era_cover_the_events_in_eras() {
    let catalog = catalog();
    let events = &catalog.data.events;
    let positions = all(catalog);
    let eras = &catalog.data.eras;
    let counts = counts_per_era(events, &positions, eras);
    assert_eq!(counts.len(), eras.len());
    let in_eras = positions
        .iter()
        .filter(|&&at| catalog.era_of(events[at].date.group_year()).is_some())
        .count();
    assert_eq!(counts.iter().sum::<usize>(), in_eras);
    assert!(counts.iter().all(|&n| n > 0));
}

#[test]
fn every_type_belongs_to_one_group() {
    let grouped: usize = TypeGroup::ALL.iter().map(|g| g.types().count()).sum();
    assert_eq!(grouped, explorer_core::data::EventType::ALL.len());
}

#[test]
fn large_datasets_are_past_the_mark_limit_and_count_quickly() {
    let large = synthetic::expand(&data::bundled(), 100_000);
    let catalog = Catalog::new(large);
    let events = &catalog.data.events;
    let positions = all(&catalog);
    assert!(positions.len() > MARK_LIMIT);
    let axis = Axis::of(events, &positions);
    let counts = counts_per_year(events, &positions, &positions, axis);
    assert_eq!(counts.iter().map(|c| c.total).sum::<usize>(), 100_000);
}

#[test]
fn svg_numbers_are_written_to_a_hundredth() {
    assert_eq!(svg_number(0.0), "0.00");
    assert_eq!(svg_number(12.5), "12.50");
    assert_eq!(svg_number(-3.074), "-3.07");
    assert_eq!(svg_number(-0.004), "0.00");
    assert_eq!(svg_number(f64::NAN), "0.00");
}

proptest! {
    #[test]
    fn svg_numbers_read_back_within_a_hundredth(value in -1.0e6f64..1.0e6) {
        let written = svg_number(value);
        let read: f64 = written.parse().unwrap();
        prop_assert!((read - value).abs() <= 0.005 + 1e-9, "{} -> {}", value, written);
    }

    #[test]
    fn any_subset_lays_out_within_the_axis(picks in proptest::collection::vec(any::<bool>(), 61)) {
        let catalog = catalog();
        let events = &catalog.data.events;
        let positions: Vec<usize> = all(catalog).into_iter().filter(|&at| picks.get(at).copied().unwrap_or(false)).collect();
        let axis = Axis::of(events, &all(catalog));
        let marks = layout(events, &positions, axis);
        prop_assert_eq!(marks.points.len() + marks.ranges.len(), positions.len());
        for range in &marks.ranges {
            prop_assert!((0.0..=1.0).contains(&range.from) && (0.0..=1.0).contains(&range.to));
            prop_assert!(range.lane < marks.lanes);
        }
        for point in &marks.points {
            prop_assert!(point.year >= axis.first && point.year <= axis.last);
            prop_assert!(point.row < marks.rows);
        }
    }

    #[test]
    fn year_at_inverts_year_start(year in 1990i32..=2025) {
        let axis = Axis { first: 1990, last: 2025 };
        prop_assert_eq!(axis.year_at(axis.year_start(year) + axis.year_width() / 2.0), year);
    }
}

// --- The span of years chosen from the keyboard ------------------------------

fn any_axis_and_span() -> impl Strategy<Value = (Axis, (i32, i32))> {
    (1950i32..2030, 0i32..60).prop_flat_map(|(first, length)| {
        let axis = Axis {
            first,
            last: first + length,
        };
        (
            Just(axis),
            (first..=axis.last).prop_flat_map(move |from| (Just(from), from..=axis.last)),
        )
    })
}

fn any_key() -> impl Strategy<Value = SpanKey> {
    proptest::sample::select(vec![
        SpanKey::Later,
        SpanKey::Earlier,
        SpanKey::First,
        SpanKey::Last,
    ])
}

proptest! {
    #[test]
    fn a_span_stays_on_the_axis_and_in_order((axis, span) in any_axis_and_span(), key in any_key(), shift in any::<bool>()) {
        let (from, to) = axis.span_after_key(key, shift, span);
        prop_assert!(axis.first <= from && from <= to && to <= axis.last, "{:?} -> {:?} on {:?}", span, (from, to), axis);
    }

    #[test]
    fn without_shift_a_span_moves_whole((axis, span) in any_axis_and_span(), key in any_key()) {
        let (from, to) = axis.span_after_key(key, false, span);
        prop_assert_eq!(to - from, span.1 - span.0);
        match key {
            SpanKey::First => prop_assert_eq!(from, axis.first),
            SpanKey::Last => prop_assert_eq!(to, axis.last),
            SpanKey::Later => prop_assert_eq!(from, (span.0 + 1).min(axis.last - (span.1 - span.0))),
            SpanKey::Earlier => prop_assert_eq!(from, (span.0 - 1).max(axis.first)),
        }
    }

    #[test]
    fn with_shift_a_span_keeps_its_start_and_moves_its_end((axis, span) in any_axis_and_span(), key in any_key()) {
        let (from, to) = axis.span_after_key(key, true, span);
        match key {
            SpanKey::Later => prop_assert_eq!((from, to), (span.0, (span.1 + 1).min(axis.last))),
            SpanKey::Earlier => prop_assert_eq!((from, to), (span.0, (span.1 - 1).max(span.0))),
            SpanKey::First => prop_assert_eq!((from, to), (axis.first, span.1)),
            SpanKey::Last => prop_assert_eq!((from, to), (span.0, axis.last)),
        }
    }

    #[test]
    fn a_later_then_an_earlier_year_comes_back((axis, span) in any_axis_and_span()) {
        prop_assume!(span.1 < axis.last);
        let moved = axis.span_after_key(SpanKey::Later, false, span);
        prop_assert_eq!(axis.span_after_key(SpanKey::Earlier, false, moved), span);
    }

    #[test]
    fn the_keyboard_starts_from_the_views_years_on_the_axis(axis in (1950i32..2030, 0i32..60).prop_map(|(f, l)| Axis { first: f, last: f + l }), from in proptest::option::of(1900i32..2100), to in proptest::option::of(1900i32..2100)) {
        let (a, b) = axis.span_from(from, to);
        prop_assert!(axis.first <= a && a <= axis.last && axis.first <= b && b <= axis.last);
        if let Some(from) = from.filter(|y| (axis.first..=axis.last).contains(y)) {
            prop_assert_eq!(a, from);
        }
    }
}

#[test]
fn span_keys_are_the_browsers_names() {
    assert_eq!(SpanKey::from_key("ArrowUp"), Some(SpanKey::Later));
    assert_eq!(SpanKey::from_key("ArrowDown"), Some(SpanKey::Earlier));
    assert_eq!(SpanKey::from_key("Home"), Some(SpanKey::First));
    assert_eq!(SpanKey::from_key("End"), Some(SpanKey::Last));
    assert_eq!(SpanKey::from_key("Enter"), None);
}

/// Events of the bundled dataset given other dates and types, for exact
/// geometry.
fn events_dated(
    dates: &[(&str, explorer_core::data::EventType)],
) -> Vec<std::sync::Arc<data::Event>> {
    let template = data::bundled().events[0].clone();
    dates
        .iter()
        .enumerate()
        .map(|(at, (date, kind))| {
            let mut event = data::Event::clone(&template);
            event.id = format!("e{at}");
            event.date = DateSpec::parse(date).unwrap();
            event.kind = *kind;
            std::sync::Arc::new(event)
        })
        .collect()
}

/// Where each kind of date is drawn, to the day: months count 31 days, a
/// year 372; a range runs from its first day's start to its last day's end;
/// "by", "after" and "reported after" dates are open for two years.
#[test]
fn dates_are_drawn_where_their_days_are() {
    use explorer_core::data::EventType::{Agreement, Exercise, Statement};
    let events = events_dated(&[
        ("2010", Agreement),
        ("2010-03-05/2010-03-06", Exercise),
        ("by:2012-01-01", Statement),
        ("after:2012-01-01", Statement),
        ("reported-after:2012-01-01", Statement),
        ("2011-06", Agreement),
        ("2010-07-01", Exercise),
    ]);
    let axis = Axis {
        first: 2008,
        last: 2015,
    };
    let at = |year: f64| (year - 2008.0) / 8.0;
    let marks = layout(&events, &(0..events.len()).collect::<Vec<_>>(), axis);
    let points: Vec<(usize, i32, u32)> = marks
        .points
        .iter()
        .map(|p| (p.position, p.year, p.row))
        .collect();
    assert_eq!(points, [(0, 2010, 0), (5, 2011, 0), (6, 2010, 1)]);
    let ranges: Vec<(usize, f64, f64, Ends)> = marks
        .ranges
        .iter()
        .map(|r| (r.position, r.from, r.to, r.ends))
        .collect();
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    let expected = [
        (
            1,
            at(2010.0 + 66.0 / 372.0),
            at(2010.0 + 68.0 / 372.0),
            Ends::Closed,
        ),
        (
            2,
            at(2010.0 + 1.0 / 372.0),
            at(2012.0 + 1.0 / 372.0),
            Ends::OpenStart,
        ),
        (3, at(2012.0), at(2014.0), Ends::OpenEnd),
        (4, at(2010.0), at(2012.0), Ends::OpenStart),
    ];
    assert_eq!(ranges.len(), expected.len(), "{ranges:?}");
    for (got, want) in ranges.iter().zip(expected) {
        assert!(
            got.0 == want.0 && close(got.1, want.1) && close(got.2, want.2) && got.3 == want.3,
            "{got:?} should be {want:?}"
        );
    }
    // Ranges that overlap take separate lanes; the next one that starts
    // after a lane's end (and a quarter year's gap) reuses it.
    let lanes: Vec<u32> = marks.ranges.iter().map(|r| r.lane).collect();
    assert_eq!(lanes, [0, 1, 0, 2]);
    assert_eq!(marks.lanes, 3);
    assert_eq!(marks.rows, 2);
}

/// Counts per year and per group agree with a plain walk over the data.
#[test]
fn counts_by_year_and_group_agree_with_the_events() {
    let c = catalog();
    let events = &c.data.events;
    let positions = all(c);
    let axis = Axis::of(events, &positions);
    let matching: Vec<usize> = positions.iter().copied().filter(|at| at % 3 == 0).collect();
    let per_year = counts_per_year(events, &positions, &matching, axis);
    let by_group = counts_by_group(events, &positions, axis);
    assert_eq!(per_year.len(), axis.years() as usize);
    assert_eq!(by_group.len(), per_year.len());
    for (count, (year, groups)) in per_year.iter().zip(&by_group) {
        assert_eq!(count.year, *year);
        let in_year = |at: &&usize| events[**at].date.group_year() == *year;
        assert_eq!(
            count.total,
            positions.iter().filter(in_year).count(),
            "{year}"
        );
        assert_eq!(
            count.matching,
            matching.iter().filter(in_year).count(),
            "{year}"
        );
        for (group, n) in TypeGroup::ALL.iter().zip(groups) {
            let walked = positions
                .iter()
                .filter(in_year)
                .filter(|at| TypeGroup::of(events[**at].kind) == *group)
                .count();
            assert_eq!(*n, walked, "{year} {group:?}");
        }
    }
    // The CSS names the groups' shapes and colours by these.
    let slugs = TypeGroup::ALL.map(TypeGroup::slug);
    assert_eq!(slugs, ["framework", "practice", "context"]);
}

/// An event beyond the axis's years stacks in the nearest column (a view
/// whose axis does not reach it still shows it, at the edge).
#[test]
fn points_beyond_the_axis_stack_at_its_edge() {
    use explorer_core::data::EventType::Agreement;
    let events = events_dated(&[
        ("2016", Agreement),
        ("2016", Agreement),
        ("2007", Agreement),
    ]);
    let axis = Axis {
        first: 2008,
        last: 2015,
    };
    let marks = layout(&events, &[0, 1, 2], axis);
    let rows: Vec<(i32, u32)> = marks.points.iter().map(|p| (p.year, p.row)).collect();
    assert_eq!(rows, [(2016, 0), (2016, 1), (2007, 0)]);
    assert_eq!(marks.rows, 2);
    // And they are counted in its first and last years.
    let counts = counts_per_year(&events, &[0, 1, 2], &[0], axis);
    let edges = (counts[0], counts[counts.len() - 1]);
    assert_eq!((edges.0.total, edges.1.total, edges.1.matching), (1, 2, 1));
    let groups = counts_by_group(&events, &[0, 1, 2], axis);
    assert_eq!((groups[0].1[0], groups[groups.len() - 1].1[0]), (1, 2));
}
