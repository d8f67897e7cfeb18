//! How a date reads, in each edition: "11–12 July 2023", "by 2018",
//! 2023年7月11〜12日, 2014年11月19日以降の報告. The data layer
//! (`data/date.rs`) parses and orders dates; reading them is presentation,
//! so it is here. A span shares what its ends share ("April–June 2013",
//! 2013年4〜6月).

use std::fmt;

use crate::data::date::{month_name, DatePoint, DateSpec, DecadePart, Qualifier};

impl fmt::Display for DatePoint {
    /// Reader-facing form: "early 1990s", "April 2013", "19 November 2014".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DatePoint::Decade { decade, part } => match part {
                DecadePart::Whole => write!(f, "{decade}s"),
                DecadePart::Early => write!(f, "early {decade}s"),
                DecadePart::Mid => write!(f, "mid-{decade}s"),
                DecadePart::Late => write!(f, "late {decade}s"),
            },
            DatePoint::Year(year) => write!(f, "{year}"),
            DatePoint::Month { year, month } => write!(f, "{} {year}", month_name(month)),
            DatePoint::Day { year, month, day } => {
                write!(f, "{day} {} {year}", month_name(month))
            }
        }
    }
}

impl fmt::Display for DateSpec {
    /// Reader-facing form, e.g. "11–12 July 2023", "2009–2013", "by 2018".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.qualifier {
            Qualifier::Exact => {}
            Qualifier::By => f.write_str("by ")?,
            Qualifier::After => f.write_str("after ")?,
            Qualifier::ReportedAfter => f.write_str("reported after ")?,
        }
        let Some(end) = self.end else {
            return write!(f, "{}", self.start);
        };
        use DatePoint::{Day, Month, Year};
        match (self.start, end) {
            (
                Day { year, month, day },
                Day {
                    year: y2,
                    month: m2,
                    day: d2,
                },
            ) if year == y2 && month == m2 => {
                write!(f, "{day}–{d2} {} {year}", month_name(month))
            }
            (
                Month { year, month },
                Month {
                    year: y2,
                    month: m2,
                },
            ) if year == y2 => {
                write!(f, "{}–{} {year}", month_name(month), month_name(m2))
            }
            (Year(a), Year(b)) => write!(f, "{a}–{b}"),
            (a, b) => write!(f, "{a} – {b}"),
        }
    }
}

impl DatePoint {
    /// The Japanese form: 1990年代前半, 2013年, 2013年4月, 2014年11月19日.
    pub fn japanese(&self) -> String {
        match *self {
            DatePoint::Decade { decade, part } => {
                let part = match part {
                    DecadePart::Whole => "",
                    DecadePart::Early => "前半",
                    DecadePart::Mid => "半ば",
                    DecadePart::Late => "後半",
                };
                format!("{decade}年代{part}")
            }
            DatePoint::Year(year) => format!("{year}年"),
            DatePoint::Month { year, month } => format!("{year}年{month}月"),
            DatePoint::Day { year, month, day } => format!("{year}年{month}月{day}日"),
        }
    }
}

impl DateSpec {
    /// The Japanese form, e.g. 2023年7月11〜12日, 2009〜2013年, 2023年までに,
    /// 2014年11月19日以降, 2014年11月19日以降の報告: a span shares what its
    /// ends share.
    pub fn japanese(&self) -> String {
        use DatePoint::{Day, Month, Year};
        let dates = match self.end {
            None => self.start.japanese(),
            Some(end) => match (self.start, end) {
                (
                    Day { year, month, day },
                    Day {
                        year: y2,
                        month: m2,
                        day: d2,
                    },
                ) if year == y2 && month == m2 => {
                    format!("{year}年{month}月{day}〜{d2}日")
                }
                (
                    Day { year, month, day },
                    Day {
                        year: y2,
                        month: m2,
                        day: d2,
                    },
                ) if year == y2 => {
                    format!("{year}年{month}月{day}日〜{m2}月{d2}日")
                }
                (
                    Month { year, month },
                    Month {
                        year: y2,
                        month: m2,
                    },
                ) if year == y2 => {
                    format!("{year}年{month}〜{m2}月")
                }
                (Year(a), Year(b)) => format!("{a}〜{b}年"),
                (a, b) => format!("{}〜{}", a.japanese(), b.japanese()),
            },
        };
        match self.qualifier {
            Qualifier::Exact => dates,
            Qualifier::By => format!("{dates}までに"),
            Qualifier::After => format!("{dates}以降"),
            Qualifier::ReportedAfter => format!("{dates}以降の報告"),
        }
    }
}
