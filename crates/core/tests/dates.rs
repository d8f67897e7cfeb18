//! The date notation of the dataset: parsing, display with real precision,
//! ordering, and round trips for any valid date (property tests).

use explorer_core::data::date::{
    days_in_month, DatePoint, DateSpec, Precision, MAX_YEAR, MIN_YEAR,
};
use proptest::prelude::*;

fn shown(text: &str) -> String {
    DateSpec::parse(text).unwrap().to_string()
}

#[test]
fn each_precision_is_shown_as_a_reader_expects() {
    assert_eq!(shown("2009"), "2009");
    assert_eq!(shown("2013-04"), "April 2013");
    assert_eq!(shown("2014-11-19"), "19 November 2014");
    assert_eq!(shown("1990s"), "1990s");
    assert_eq!(shown("early-1990s"), "early 1990s");
    assert_eq!(shown("mid-1990s"), "mid-1990s");
    assert_eq!(shown("late-1990s"), "late 1990s");
    assert_eq!(shown("2009/2013"), "2009–2013");
    assert_eq!(shown("2023-07-11/2023-07-12"), "11–12 July 2023");
    assert_eq!(shown("2022-03/2022-04"), "March–April 2022");
    assert_eq!(shown("2022-12/2023"), "December 2022 – 2023");
    // Months of different years: both with their year.
    assert_eq!(shown("2022-11/2023-02"), "November 2022 – February 2023");
    // Days of different months: English writes both in full.
    assert_eq!(shown("2023-06-30/2023-07-01"), "30 June 2023 – 1 July 2023");
    assert_eq!(
        shown("2022-12-30/2023-01-02"),
        "30 December 2022 – 2 January 2023"
    );
    assert_eq!(shown("by:2018"), "by 2018");
    assert_eq!(shown("after:2014-11-19"), "after 19 November 2014");
    assert_eq!(
        shown("reported-after:2014-11-19"),
        "reported after 19 November 2014"
    );
}

fn in_japanese(text: &str) -> String {
    DateSpec::parse(text).unwrap().japanese()
}

#[test]
fn each_precision_has_its_japanese_form() {
    assert_eq!(in_japanese("2009"), "2009年");
    assert_eq!(in_japanese("2013-04"), "2013年4月");
    assert_eq!(in_japanese("2014-11-19"), "2014年11月19日");
    assert_eq!(in_japanese("1990s"), "1990年代");
    assert_eq!(in_japanese("early-1990s"), "1990年代前半");
    assert_eq!(in_japanese("mid-1990s"), "1990年代半ば");
    assert_eq!(in_japanese("late-1990s"), "1990年代後半");
    assert_eq!(in_japanese("2009/2013"), "2009〜2013年");
    assert_eq!(in_japanese("2023-07-11/2023-07-12"), "2023年7月11〜12日");
    assert_eq!(
        in_japanese("2023-06-30/2023-07-01"),
        "2023年6月30日〜7月1日"
    );
    assert_eq!(in_japanese("2022-03/2022-04"), "2022年3〜4月");
    assert_eq!(in_japanese("2022-12/2023"), "2022年12月〜2023年");
    assert_eq!(in_japanese("2022-11/2023-02"), "2022年11月〜2023年2月");
    assert_eq!(
        in_japanese("2022-12-30/2023-01-02"),
        "2022年12月30日〜2023年1月2日"
    );
    assert_eq!(in_japanese("by:2023"), "2023年までに");
    assert_eq!(in_japanese("after:2014-11-19"), "2014年11月19日以降");
    assert_eq!(
        in_japanese("reported-after:2014-11-19"),
        "2014年11月19日以降の報告"
    );
}

#[test]
fn precision_is_reported() {
    assert_eq!(
        DateSpec::parse("early-1990s").unwrap().precision(),
        Precision::Decade
    );
    assert_eq!(
        DateSpec::parse("2013").unwrap().precision(),
        Precision::Year
    );
    assert_eq!(
        DateSpec::parse("2013-04").unwrap().precision(),
        Precision::Month
    );
    assert_eq!(
        DateSpec::parse("2013-04-01").unwrap().precision(),
        Precision::Day
    );
    assert_eq!(
        DateSpec::parse("2009/2013").unwrap().precision(),
        Precision::Span
    );
}

#[test]
fn year_ranges_follow_the_precision() {
    assert_eq!(
        DateSpec::parse("early-1990s").unwrap().year_range(),
        (1990, 1993)
    );
    assert_eq!(
        DateSpec::parse("mid-1990s").unwrap().year_range(),
        (1993, 1996)
    );
    assert_eq!(DateSpec::parse("1990s").unwrap().year_range(), (1990, 1999));
    assert_eq!(
        DateSpec::parse("2009/2013").unwrap().year_range(),
        (2009, 2013)
    );
    assert_eq!(
        DateSpec::parse("by:2018").unwrap().year_range(),
        (2018, 2018)
    );
    // Known only as reported no earlier than a day: counted in that day's year.
    assert_eq!(
        DateSpec::parse("reported-after:2014-11-19")
            .unwrap()
            .year_range(),
        (2014, 2014)
    );
}

#[test]
fn dates_order_in_time_with_vaguer_dates_first_and_by_dates_last() {
    let order = [
        "early-1990s",
        "1990s",
        "mid-1990s",
        "2013",
        "2013-04",
        "2013-04-02",
        "by:2013",
        "2014",
    ];
    let mut dates: Vec<DateSpec> = order
        .iter()
        .rev()
        .map(|t| DateSpec::parse(t).unwrap())
        .collect();
    dates.sort();
    let sorted: Vec<String> = dates.iter().map(DateSpec::data_form).collect();
    assert_eq!(sorted, order);
}

#[test]
fn machine_readable_dates_are_valid_html_dates() {
    assert_eq!(
        DateSpec::parse("2014-11-19").unwrap().machine_readable(),
        "2014-11-19"
    );
    assert_eq!(
        DateSpec::parse("2013-04").unwrap().machine_readable(),
        "2013-04"
    );
    assert_eq!(
        DateSpec::parse("early-1990s").unwrap().machine_readable(),
        "1990"
    );
    assert_eq!(
        DateSpec::parse("by:2018").unwrap().machine_readable(),
        "2018"
    );
}

#[test]
fn bad_dates_are_explained() {
    let cases = [
        ("", "empty"),
        ("13", "four-digit year"),
        ("2013-4", "two-digit month"),
        ("2013-13", "month 13"),
        ("2013-00", "month 0"),
        ("2023-02-29", "February 2023 has no day 29"),
        ("2013-04-31", "April 2013 has no day 31"),
        ("1995s", "decade starts with a year ending in 0"),
        ("spring-1990s", "not a part of a decade"),
        ("1850", "outside"),
        ("2013/2013", "end after it starts"),
        ("by:2009/2013", "cannot also be"),
        ("reported-after:2009/2013", "cannot also be"),
        ("2013-04-01-02", "too many parts"),
    ];
    for (text, words) in cases {
        let error = DateSpec::parse(text).expect_err(text);
        assert!(
            error.contains(words),
            "{text:?}: {error:?} should mention {words:?}"
        );
    }
    assert!(DateSpec::parse("2024-02-29").is_ok(), "2024 is a leap year");
    assert!(DateSpec::parse("2000-02-29").is_ok(), "2000 is a leap year");
    assert!(
        DateSpec::parse("1900-02-29").is_err(),
        "1900 is not a leap year"
    );
}

fn any_point() -> impl Strategy<Value = DatePoint> {
    let year = MIN_YEAR..=MAX_YEAR;
    prop_oneof![
        year.clone().prop_map(DatePoint::Year),
        (year.clone(), 1u8..=12).prop_map(|(year, month)| DatePoint::Month { year, month }),
        (year.clone(), 1u8..=12, 1u8..=31).prop_map(|(year, month, day)| DatePoint::Day {
            year,
            month,
            day: day.min(days_in_month(year, month)),
        }),
        ((MIN_YEAR / 10)..=(MAX_YEAR / 10 - 1), 0usize..4).prop_map(|(d, part)| {
            use explorer_core::data::date::DecadePart::*;
            DatePoint::Decade {
                decade: d * 10,
                part: [Whole, Early, Mid, Late][part],
            }
        }),
    ]
}

proptest! {
    #[test]
    fn any_valid_date_survives_a_round_trip(point in any_point(), qualifier in 0usize..4) {
        let prefix = ["", "by:", "after:", "reported-after:"][qualifier];
        let spec = DateSpec::parse(&format!("{prefix}{}", DateSpec { qualifier: explorer_core::data::Qualifier::Exact, start: point, end: None }.data_form())).unwrap();
        prop_assert_eq!(DateSpec::parse(&spec.data_form()).unwrap(), spec);
        let (first, last) = spec.year_range();
        prop_assert!(first <= last);
        // What a reader sees names the date's decade at least ("1990s", "2013").
        prop_assert!(spec.to_string().contains(&(first / 10).to_string()), "{}", spec);
    }

    #[test]
    fn a_date_wholly_before_another_sorts_before_it(a in any_point(), b in any_point()) {
        let exact = |p: DatePoint| DateSpec { qualifier: explorer_core::data::Qualifier::Exact, start: p, end: None };
        let (a, b) = (exact(a), exact(b));
        if a.year_range().1 < b.year_range().0 {
            prop_assert!(a.sort_key() < b.sort_key(), "{} should sort before {}", a, b);
        }
    }

    #[test]
    fn a_span_is_valid_exactly_when_it_moves_forward(a in any_point(), b in any_point()) {
        let plain = |p: DatePoint| DateSpec { qualifier: explorer_core::data::Qualifier::Exact, start: p, end: None }.data_form();
        let parsed = DateSpec::parse(&format!("{}/{}", plain(a), plain(b)));
        prop_assert_eq!(parsed.is_ok(), b.first_day() > a.first_day());
    }

    #[test]
    fn parsing_never_panics(text in "\\PC{0,24}") {
        let _ = DateSpec::parse(&text);
    }
}
