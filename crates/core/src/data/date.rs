//! Dates as the sources give them, with their real precision.
//!
//! The date forms, their parser, their order and their year ranges, which
//! change together. How a date reads in each edition (the last column
//! below, and its Japanese) is presentation: `logic/date_text.rs`.
//!
//! The data writes a date as a short string:
//!
//! | form                      | meaning                         | shown as              |
//! |---------------------------|---------------------------------|-----------------------|
//! | `2013`                    | a year                          | 2013                  |
//! | `2013-04`                 | a month                         | April 2013            |
//! | `2014-11-19`              | a day                           | 19 November 2014      |
//! | `1990s`, `early-1990s`    | a decade, or part of one (`early`, `mid`, `late`) | early 1990s |
//! | `2009/2013`               | a span between two of the above | 2009–2013             |
//! | `by:2018`                 | happened at the latest by then (the source is undated about it) | by 2018 |
//! | `after:2014-11-19`        | happened on or after then       | after 19 November 2014 |
//! | `reported-after:2014-11-19` | reported as done by a document written on or after then; the source dates neither | reported after 19 November 2014 |

use std::cmp::Ordering;

/// How a date relates to the happening it dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// The happening is dated by the source itself.
    Exact,
    /// The source reports it as done by then, without saying when.
    By,
    /// It happened on or after then.
    After,
    /// It is reported as done by a document that is itself only known to
    /// have been written on or after then (the analysis whose one date is a
    /// photograph's): neither the happening nor the report has a date, only
    /// this lower bound on the report.
    ReportedAfter,
}

/// Which part of a decade a source names ("early 1990s").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DecadePart {
    Whole,
    Early,
    Mid,
    Late,
}

/// One point in time at the precision the source gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DatePoint {
    Decade { decade: i32, part: DecadePart },
    Year(i32),
    Month { year: i32, month: u8 },
    Day { year: i32, month: u8, day: u8 },
}

/// A parsed date of the dataset. See the module documentation for the forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateSpec {
    pub qualifier: Qualifier,
    pub start: DatePoint,
    /// The end of a span, when the date is one.
    pub end: Option<DatePoint>,
}

/// See [`DateSpec::sort_key`].
pub type SortKey = ((i32, u8, u8), u8, (i32, u8, u8));

/// The precision of a date, for labels and filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Precision {
    Decade,
    Year,
    Month,
    Day,
    Span,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of a month, 1-based (error messages, and
/// `logic::date_text`).
pub fn month_name(month: u8) -> &'static str {
    MONTHS[usize::from(month.clamp(1, 12)) - 1]
}

/// Earliest and latest years the dataset accepts: wide enough for any
/// history of the partnership, narrow enough to catch typing slips.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2100;

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month of a year (1-based month).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn parse_year(text: &str) -> Result<i32, String> {
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("\"{text}\" is not a four-digit year"));
    }
    let year: i32 = text
        .parse()
        .map_err(|_| format!("\"{text}\" is not a year"))?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(format!("year {year} is outside {MIN_YEAR}–{MAX_YEAR}"));
    }
    Ok(year)
}

fn parse_two_digits(text: &str, what: &str) -> Result<u8, String> {
    if text.len() != 2 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("\"{text}\" is not a two-digit {what}"));
    }
    text.parse()
        .map_err(|_| format!("\"{text}\" is not a {what}"))
}

impl DatePoint {
    fn parse(text: &str) -> Result<DatePoint, String> {
        if let Some(decade) = text.strip_suffix('s') {
            let (part, digits) = match decade.split_once('-') {
                Some(("early", d)) => (DecadePart::Early, d),
                Some(("mid", d)) => (DecadePart::Mid, d),
                Some(("late", d)) => (DecadePart::Late, d),
                Some((other, _)) => {
                    return Err(format!(
                        "\"{other}\" is not a part of a decade (use early, mid or late)"
                    ))
                }
                None => (DecadePart::Whole, decade),
            };
            let year = parse_year(digits)?;
            if year % 10 != 0 {
                return Err(format!(
                    "a decade starts with a year ending in 0, not {year}"
                ));
            }
            return Ok(DatePoint::Decade { decade: year, part });
        }
        let mut parts = text.split('-');
        let year = parse_year(parts.next().unwrap_or_default())?;
        let Some(month) = parts.next() else {
            return Ok(DatePoint::Year(year));
        };
        let month = parse_two_digits(month, "month")?;
        if !(1..=12).contains(&month) {
            return Err(format!("month {month} is not between 1 and 12"));
        }
        let Some(day) = parts.next() else {
            return Ok(DatePoint::Month { year, month });
        };
        let day = parse_two_digits(day, "day")?;
        let last = days_in_month(year, month);
        if day == 0 || day > last {
            return Err(format!(
                "{} {year} has no day {day} (it has {last} days)",
                month_name(month)
            ));
        }
        if parts.next().is_some() {
            return Err("too many parts (use YYYY, YYYY-MM or YYYY-MM-DD)".into());
        }
        Ok(DatePoint::Day { year, month, day })
    }

    /// The first day the point covers, as (year, month, day).
    pub fn first_day(self) -> (i32, u8, u8) {
        match self {
            DatePoint::Decade { .. } => (self.years().0, 1, 1),
            DatePoint::Year(year) => (year, 1, 1),
            DatePoint::Month { year, month } => (year, month, 1),
            DatePoint::Day { year, month, day } => (year, month, day),
        }
    }

    /// The last day the point covers, as (year, month, day).
    pub fn last_day(self) -> (i32, u8, u8) {
        match self {
            DatePoint::Decade { .. } => (self.years().1, 12, 31),
            DatePoint::Year(year) => (year, 12, 31),
            DatePoint::Month { year, month } => (year, month, days_in_month(year, month)),
            DatePoint::Day { year, month, day } => (year, month, day),
        }
    }

    /// The first and last year the point covers.
    pub fn years(self) -> (i32, i32) {
        match self {
            DatePoint::Decade { decade, part } => match part {
                DecadePart::Whole => (decade, decade + 9),
                DecadePart::Early => (decade, decade + 3),
                DecadePart::Mid => (decade + 3, decade + 6),
                DecadePart::Late => (decade + 7, decade + 9),
            },
            DatePoint::Year(year) | DatePoint::Month { year, .. } | DatePoint::Day { year, .. } => {
                (year, year)
            }
        }
    }

    fn precision(self) -> Precision {
        match self {
            DatePoint::Decade { .. } => Precision::Decade,
            DatePoint::Year(_) => Precision::Year,
            DatePoint::Month { .. } => Precision::Month,
            DatePoint::Day { .. } => Precision::Day,
        }
    }

    /// The form used in the data files.
    fn data_form(self) -> String {
        match self {
            DatePoint::Decade { decade, part } => match part {
                DecadePart::Whole => format!("{decade}s"),
                DecadePart::Early => format!("early-{decade}s"),
                DecadePart::Mid => format!("mid-{decade}s"),
                DecadePart::Late => format!("late-{decade}s"),
            },
            DatePoint::Year(year) => format!("{year}"),
            DatePoint::Month { year, month } => format!("{year}-{month:02}"),
            DatePoint::Day { year, month, day } => format!("{year}-{month:02}-{day:02}"),
        }
    }
}

impl DateSpec {
    /// Reads a date in the data's notation, or says what is wrong with it.
    pub fn parse(text: &str) -> Result<DateSpec, String> {
        let fail = |why: String| format!("cannot read \"{text}\" as a date: {why}");
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err("the date is empty".into());
        }
        let (qualifier, rest) = if let Some(rest) = trimmed.strip_prefix("reported-after:") {
            (Qualifier::ReportedAfter, rest)
        } else if let Some(rest) = trimmed.strip_prefix("by:") {
            (Qualifier::By, rest)
        } else if let Some(rest) = trimmed.strip_prefix("after:") {
            (Qualifier::After, rest)
        } else {
            (Qualifier::Exact, trimmed)
        };
        let (start, end) = match rest.split_once('/') {
            Some((a, b)) => (
                DatePoint::parse(a).map_err(fail)?,
                Some(DatePoint::parse(b).map_err(fail)?),
            ),
            None => (DatePoint::parse(rest).map_err(fail)?, None),
        };
        if let Some(end) = end {
            if qualifier != Qualifier::Exact {
                return Err(fail(
                    "a span cannot also be \"by\", \"after\" or \"reported-after\"".into(),
                ));
            }
            if end.first_day() <= start.first_day() {
                return Err(fail("a span must end after it starts".into()));
            }
        }
        Ok(DateSpec {
            qualifier,
            start,
            end,
        })
    }

    /// The precision to show and filter by.
    pub fn precision(&self) -> Precision {
        if self.end.is_some() {
            Precision::Span
        } else {
            self.start.precision()
        }
    }

    /// The years the happening may fall in, for year filters. "By",
    /// "after" and "reported after" dates count in the year they name: that
    /// is what the source tells.
    pub fn year_range(&self) -> (i32, i32) {
        let first = self.start.years().0;
        let last = self.end.unwrap_or(self.start).years().1;
        match self.qualifier {
            Qualifier::Exact => (first, last),
            Qualifier::By => (last, last),
            Qualifier::After | Qualifier::ReportedAfter => (first, first),
        }
    }

    /// The year under which the chronology lists the happening.
    pub fn group_year(&self) -> i32 {
        self.year_range().0
    }

    /// A key that orders dates in time: by first day; at the same first day,
    /// vaguer dates before exact ones, and happenings only known to be done
    /// "by" a period after those dated within it; then the narrower first.
    pub fn sort_key(&self) -> SortKey {
        let (y, m, d) = match self.qualifier {
            Qualifier::By => self.start.last_day(),
            Qualifier::Exact | Qualifier::After | Qualifier::ReportedAfter => {
                self.start.first_day()
            }
        };
        let rank = match self.qualifier {
            Qualifier::After | Qualifier::ReportedAfter => 4,
            Qualifier::Exact => match self.precision() {
                Precision::Decade => 0,
                Precision::Year | Precision::Span => 1,
                Precision::Month => 2,
                Precision::Day => 3,
            },
            Qualifier::By => 4,
        };
        ((y, m, d), rank, self.end.unwrap_or(self.start).last_day())
    }

    /// A value for `<time datetime>`: the start, as a valid HTML date string.
    pub fn machine_readable(&self) -> String {
        match self.start {
            DatePoint::Decade { .. } => format!("{}", self.start.years().0),
            other => other.data_form(),
        }
    }

    /// The form used in the data files; `DateSpec::parse` reads it back.
    pub fn data_form(&self) -> String {
        let prefix = match self.qualifier {
            Qualifier::Exact => "",
            Qualifier::By => "by:",
            Qualifier::After => "after:",
            Qualifier::ReportedAfter => "reported-after:",
        };
        match self.end {
            Some(end) => format!("{prefix}{}/{}", self.start.data_form(), end.data_form()),
            None => format!("{prefix}{}", self.start.data_form()),
        }
    }
}

impl PartialOrd for DateSpec {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateSpec {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl serde::Serialize for DateSpec {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.data_form())
    }
}

impl<'de> serde::Deserialize<'de> for DateSpec {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        DateSpec::parse(&text).map_err(serde::de::Error::custom)
    }
}
