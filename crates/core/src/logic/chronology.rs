//! The chronology's shape: the events shown, grouped by year, with the era
//! each group opens. The view keys year groups by their year and cards by
//! their event, so this only says where headings go.

use std::sync::Arc;

use crate::data::{Era, Event};

/// How many cards the chronology renders before "Show more": enough for any
/// real reading, bounded so a dataset of 100,000 events stays fast.
pub const PAGE_SIZE: usize = 100;

/// One year of the chronology.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearGroup {
    pub year: i32,
    /// The era (index into the eras) this year opens: the first year shown
    /// of an era, in reading order.
    pub opens_era: Option<usize>,
    /// Positions of the year's events, in display order.
    pub events: Vec<usize>,
}

/// Groups the events at `positions` (in display order) by year and marks
/// where each era begins in that order.
pub fn group_by_year(events: &[Arc<Event>], eras: &[Era], positions: &[usize]) -> Vec<YearGroup> {
    let mut groups: Vec<YearGroup> = Vec::new();
    for &at in positions {
        let year = events[at].date.group_year();
        match groups.last_mut() {
            Some(group) if group.year == year => group.events.push(at),
            _ => groups.push(YearGroup {
                year,
                opens_era: None,
                events: vec![at],
            }),
        }
    }
    let mut previous_era = None;
    for group in &mut groups {
        let era = eras
            .iter()
            .position(|era| (era.from..=era.to).contains(&group.year));
        if era.is_some() && era != previous_era {
            group.opens_era = era;
        }
        previous_era = era;
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    #[test]
    fn every_position_lands_once_under_its_year_and_eras_open_once() {
        let dataset = data::bundled();
        let all: Vec<usize> = (0..dataset.events.len()).collect();
        for positions in [all.clone(), all.iter().rev().copied().collect()] {
            let groups = group_by_year(&dataset.events, &dataset.eras, &positions);
            let flat: Vec<usize> = groups.iter().flat_map(|g| g.events.clone()).collect();
            assert_eq!(flat, positions, "groups keep display order");
            assert!(
                groups.windows(2).all(|pair| pair[0].year != pair[1].year),
                "one group per year: a year's events share its heading"
            );
            for group in &groups {
                assert!(group
                    .events
                    .iter()
                    .all(|&at| dataset.events[at].date.group_year() == group.year));
            }
            let opened: Vec<usize> = groups.iter().filter_map(|g| g.opens_era).collect();
            let mut unique = opened.clone();
            unique.dedup();
            assert_eq!(opened, unique, "an era opens once");
            assert_eq!(
                opened.len(),
                dataset.eras.len(),
                "each era with events opens"
            );
        }
    }

    #[test]
    fn a_filtered_window_opens_the_era_of_its_first_year() {
        let dataset = data::bundled();
        let late: Vec<usize> = (0..dataset.events.len())
            .filter(|&at| dataset.events[at].date.group_year() >= 2022)
            .collect();
        let groups = group_by_year(&dataset.events, &dataset.eras, &late);
        let era = groups[0]
            .opens_era
            .expect("the first year shown opens its era");
        assert!((dataset.eras[era].from..=dataset.eras[era].to).contains(&groups[0].year));
    }
}
