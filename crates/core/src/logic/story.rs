//! Stories: a sequence of events told one a screen (`/story`). Either the
//! guided story the data chooses (`data/story.json`), or any chronology:
//! the events a search and filters select, in time order. The views only
//! ask which steps a story has and where a step stands in it.

use super::catalog::Catalog;
use super::filters::{query_string, Filters};
use super::markup::Markup;
use super::strings::Strings;

/// Which story a reader is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryKind {
    /// The guided story of `data/story.json`.
    Guided,
    /// The events that pass the filters (all of them, when none is set and
    /// the step asked for is not one of the guided story's).
    Chronology,
}

/// A story: its kind and its steps, as positions in the catalog's events
/// in time order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Storyline {
    pub kind: StoryKind,
    pub steps: Vec<usize>,
}

impl Storyline {
    /// The story a reader is in: with filters in force, the chronology they
    /// select; without, the guided story, unless `event` (the step asked
    /// for) is not one of its steps, when it is the whole chronology.
    pub fn select(catalog: &Catalog, filters: &Filters, event: Option<&str>) -> Storyline {
        let guided = guided_steps(catalog);
        let in_guided = |id: &str| {
            catalog
                .event_position(id)
                .is_some_and(|at| guided.contains(&at))
        };
        if !filters.is_active() && event.is_none_or(in_guided) && !guided.is_empty() {
            return Storyline {
                kind: StoryKind::Guided,
                steps: guided,
            };
        }
        let mut steps = catalog.filter(filters);
        // A story runs forward in time, whatever order the chronology shows.
        steps.sort_unstable();
        Storyline {
            kind: StoryKind::Chronology,
            steps,
        }
    }

    /// The step (0-based) of the event at `position`, if the story has it.
    pub fn step_of(&self, position: usize) -> Option<usize> {
        match self.kind {
            StoryKind::Guided => self.steps.iter().position(|&at| at == position),
            // The chronology's steps are sorted: search them.
            StoryKind::Chronology => self.steps.binary_search(&position).ok(),
        }
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The line joining the guided story's step `step` to the one before,
    /// in the catalog's edition; none in a chronology's story.
    pub fn link<'c>(&self, catalog: &'c Catalog, step: usize) -> Option<&'c str> {
        let id = &catalog.data.events.get(*self.steps.get(step)?)?.id;
        match self.kind {
            StoryKind::Guided => catalog
                .data
                .story
                .steps
                .iter()
                .find(|s| &s.event == id)
                .map(|s| s.link.as_str()),
            StoryKind::Chronology => None,
        }
    }

    /// The steps the step list shows around `current`: all of a short
    /// story; of a long one the first, the last and [`LIST_WINDOW`] either
    /// side of the current step, in order (a gap between two is left out).
    pub fn listed(&self, current: Option<usize>) -> Vec<usize> {
        let len = self.len();
        if len <= LIST_ALL {
            return (0..len).collect();
        }
        let at = current.unwrap_or(0);
        let window = at.saturating_sub(LIST_WINDOW)..(at + LIST_WINDOW + 1).min(len);
        let mut listed = Vec::with_capacity(2 * LIST_WINDOW + 3);
        if window.start > 0 {
            listed.push(0);
        }
        listed.extend(window.clone());
        if window.end < len {
            listed.push(len - 1);
        }
        listed
    }
}

/// A story of up to this many steps lists them all.
pub const LIST_ALL: usize = 100;

/// How many steps a long story's list shows either side of the current one.
pub const LIST_WINDOW: usize = 10;

/// The guided story's steps, as positions. A newer dataset may lack an
/// event the story names (its validation allows none in the bundled data):
/// that step is left out.
pub fn guided_steps(catalog: &Catalog) -> Vec<usize> {
    catalog
        .data
        .story
        .steps
        .iter()
        .filter_map(|step| catalog.event_position(&step.event))
        .collect()
}

/// The query a story keeps from the chronology it plays: the filters in
/// force, without the order (a story runs forward in time). With `?` when
/// not empty.
pub fn query(filters: &Filters) -> String {
    let pairs: Vec<_> = filters
        .to_pairs()
        .into_iter()
        .filter(|(key, _)| *key != "sort")
        .collect();
    query_string(&pairs)
}

/// The address of a story's step (`None`: its first screen), with the
/// story's query.
pub fn href(event: Option<&str>, filters: &Filters) -> String {
    match event {
        Some(id) => format!("/story/{id}{}", query(filters)),
        None => format!("/story{}", query(filters)),
    }
}

/// Where each way out of a story's screen leads, as app paths: the step
/// before (the first screen, from the first step), the step after (the
/// first step, from the first screen; the chronology, from the last step),
/// the first and the last step.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Moves {
    pub previous: Option<String>,
    pub next: Option<String>,
    pub first: Option<String>,
    pub last: Option<String>,
}

impl Storyline {
    /// The address of step `step` (`None`: the first screen).
    pub fn step_href(&self, catalog: &Catalog, step: Option<usize>, filters: &Filters) -> String {
        let id = step
            .and_then(|step| self.steps.get(step))
            .and_then(|&at| catalog.data.events.get(at))
            .map(|event| event.id.as_str());
        href(id, filters)
    }

    /// The ways out of the screen of step `current` (`None`: the first).
    pub fn moves(&self, catalog: &Catalog, current: Option<usize>, filters: &Filters) -> Moves {
        let Some(last) = self.len().checked_sub(1) else {
            return Moves::default();
        };
        let step = |step| Some(self.step_href(catalog, step, filters));
        Moves {
            previous: match current {
                None => None,
                Some(0) => step(None),
                Some(at) => step(Some(at - 1)),
            },
            next: match current {
                None => step(Some(0)),
                Some(at) if at < last => step(Some(at + 1)),
                Some(_) => Some(format!("/timeline{}", query(filters))),
            },
            first: step(Some(0)),
            last: step(Some(last)),
        }
    }

    /// The links to the step before and after `current`, as markup (links
    /// the router follows; `base` in front of each path).
    pub fn nav_markup(
        &self,
        catalog: &Catalog,
        s: &Strings,
        current: Option<usize>,
        filters: &Filters,
        base: &str,
    ) -> Markup {
        let moves = self.moves(catalog, current, filters);
        let mut out = Markup::new();
        // The title of the step a link leads to, so the reader knows.
        let title = |step: usize| match self.steps.get(step) {
            Some(&at) => catalog.data.events[at].title.as_str(),
            None => "",
        };
        if let Some(path) = &moves.previous {
            let (label, to) = match current {
                Some(0) | None => (s.story_start, ""),
                Some(at) => (s.story_previous, title(at - 1)),
            };
            out.push(
                r#"<a href="{}{}" rel="prev" class="step step-prev"><span class="step-label">{}</span><span class="step-title">{}</span></a>"#,
                &[&base, path, &label, &to],
            );
        }
        if let Some(path) = &moves.next {
            let label = match current {
                None => s.story_begin,
                Some(at) if at + 1 == self.len() => s.story_end,
                Some(_) => s.story_next,
            };
            let to = title(current.map_or(0, |at| at + 1));
            out.push(
                r#"<a href="{}{}" rel="next" class="step step-next"><span class="step-label">{}</span><span class="step-title">{}</span></a>"#,
                &[&base, path, &label, &to],
            );
        }
        out
    }

    /// The story's steps as numbered list items (of a long story, those
    /// [`Storyline::listed`] around `current`), the current one marked;
    /// in the guided story each with its line, which print shows.
    pub fn list_markup(
        &self,
        catalog: &Catalog,
        s: &Strings,
        current: Option<usize>,
        filters: &Filters,
        base: &str,
    ) -> Markup {
        let mut out = Markup::new();
        for step in self.listed(current) {
            let event = &catalog.data.events[self.steps[step]];
            let path = self.step_href(catalog, Some(step), filters);
            let here = if current == Some(step) {
                r#" aria-current="step""#
            } else {
                ""
            };
            let lang = if catalog.untranslated_event(&event.id) {
                r#" lang="en""#
            } else {
                ""
            };
            out.push(
                r#"<li value="{}"><a href="{}{}"{}><span class="step-title"{}>{}</span> <span class="step-date">{}</span></a>"#,
                &[
                    &(step + 1),
                    &base,
                    &path,
                    &Markup::fill(here, &[]),
                    &Markup::fill(lang, &[]),
                    &event.title,
                    &s.date(&event.date),
                ],
            );
            if let Some(line) = self.link(catalog, step) {
                out.push(r#"<p class="step-line">{}</p>"#, &[&line]);
            }
            out.push("</li>", &[]);
        }
        out
    }
}
