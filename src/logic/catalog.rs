//! The dataset made ready for reading: lookups by id, the search index
//! (built once, not per keystroke), counts, and the neighbours of an event.

use std::collections::HashMap;

use crate::data::{Actor, Dataset, Era, Event, GlossaryEntry, Source, Topic};

use super::filters::{Facet, Filters, SortOrder};
use super::text::{fold, matches_all, GlossaryMatcher};

/// The dataset with its indexes. Build it once per dataset.
#[derive(Debug)]
pub struct Catalog {
    pub data: Dataset,
    events_by_id: HashMap<String, usize>,
    topics_by_id: HashMap<String, usize>,
    actors_by_id: HashMap<String, usize>,
    sources_by_id: HashMap<String, usize>,
    /// Per event, all its searchable text, folded.
    search_text: Vec<String>,
    pub glossary: GlossaryMatcher,
}

fn index_by_id<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| (id(item).to_owned(), i))
        .collect()
}

impl Catalog {
    pub fn new(data: Dataset) -> Catalog {
        // Only acronyms the sources expand are explained in place; the
        // others ("not expanded in the sources") would only add noise.
        let expanded = data
            .glossary
            .iter()
            .enumerate()
            .filter(|(_, g)| g.expansion.is_some());
        let glossary = GlossaryMatcher::new(expanded.map(|(i, g)| {
            let mut spellings = vec![g.term.as_str()];
            spellings.extend(g.aliases.iter().map(String::as_str));
            (i, spellings)
        }));
        let mut catalog = Catalog {
            events_by_id: index_by_id(&data.events, |e| &e.id),
            topics_by_id: index_by_id(&data.topics, |t| &t.id),
            actors_by_id: index_by_id(&data.actors, |a| &a.id),
            sources_by_id: index_by_id(&data.sources, |s| &s.id),
            search_text: Vec::new(),
            glossary,
            data,
        };
        catalog.search_text = catalog
            .data
            .events
            .iter()
            .map(|e| catalog.searchable(e))
            .collect();
        catalog
    }

    /// Everything a search over an event looks at: title, summary, quotes,
    /// actors, topics, places, type, date, source titles, and the
    /// expansions of the acronyms it uses.
    fn searchable(&self, event: &Event) -> String {
        let mut text = String::new();
        let mut add = |part: &str| {
            text.push_str(part);
            text.push('\n');
        };
        add(&event.title);
        add(&event.summary);
        add(&event.date.to_string());
        add(event.kind.label());
        event.places.iter().for_each(|p| add(p));
        for quote in &event.evidence {
            add(&quote.quote);
            if let Some(source) = self.source(&quote.source) {
                add(&source.title);
            }
        }
        event
            .actors
            .iter()
            .filter_map(|id| self.actor(id))
            .for_each(|a| add(&a.name));
        event
            .topics
            .iter()
            .filter_map(|id| self.topic(id))
            .for_each(|t| add(&t.name));
        let own_text = format!(
            "{} {} {}",
            event.title,
            event.summary,
            event
                .evidence
                .iter()
                .map(|e| e.quote.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        );
        for index in self.glossary.mentioned(&own_text) {
            let entry = &self.data.glossary[index];
            add(&entry.term);
            if let Some(expansion) = &entry.expansion {
                add(expansion);
            }
        }
        fold(&text)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events_by_id.get(id).map(|&i| &self.data.events[i])
    }

    pub fn event_position(&self, id: &str) -> Option<usize> {
        self.events_by_id.get(id).copied()
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics_by_id.get(id).map(|&i| &self.data.topics[i])
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors_by_id.get(id).map(|&i| &self.data.actors[i])
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources_by_id.get(id).map(|&i| &self.data.sources[i])
    }

    pub fn glossary_entry(&self, index: usize) -> Option<&GlossaryEntry> {
        self.data.glossary.get(index)
    }

    /// The sources an event quotes, each once, in the order first quoted.
    pub fn event_sources(&self, event: &Event) -> Vec<&Source> {
        let mut seen: Vec<&Source> = Vec::new();
        for evidence in &event.evidence {
            if let Some(source) = self.source(&evidence.source) {
                if !seen.iter().any(|s| s.id == source.id) {
                    seen.push(source);
                }
            }
        }
        seen
    }

    /// Events in a topic, in time order.
    pub fn events_in_topic<'a>(&'a self, topic: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.data
            .events
            .iter()
            .filter(move |e| e.topics.iter().any(|t| t == topic))
    }

    /// Number of events that quote a source.
    pub fn events_citing<'a>(&'a self, source: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.data
            .events
            .iter()
            .filter(move |e| e.evidence.iter().any(|ev| ev.source == source))
    }

    /// The era a year falls in.
    pub fn era_of(&self, year: i32) -> Option<&Era> {
        self.data
            .eras
            .iter()
            .find(|era| (era.from..=era.to).contains(&year))
    }

    /// The events before and after one, in time.
    pub fn neighbours(&self, id: &str) -> (Option<&Event>, Option<&Event>) {
        let Some(at) = self.event_position(id) else {
            return (None, None);
        };
        let events = &self.data.events;
        (at.checked_sub(1).map(|i| &events[i]), events.get(at + 1))
    }

    /// Events that belong with one: those it names as related, those that
    /// name it, then the nearest in time sharing a topic, up to `limit`.
    pub fn related<'a>(&'a self, event: &Event, limit: usize) -> Vec<&'a Event> {
        let here = self.event_position(&event.id).unwrap_or(0);
        let mut sharing: Vec<(usize, &Event)> = self
            .data
            .events
            .iter()
            .enumerate()
            .filter(|(_, other)| other.topics.iter().any(|t| event.topics.contains(t)))
            .map(|(i, other)| (i.abs_diff(here), other))
            .collect();
        sharing.sort_by_key(|(distance, _)| *distance);

        let named = event.related.iter().filter_map(|id| self.event(id));
        let naming = self
            .data
            .events
            .iter()
            .filter(|other| other.related.contains(&event.id));
        let mut related: Vec<&'a Event> = Vec::new();
        for candidate in named
            .chain(naming)
            .chain(sharing.into_iter().map(|(_, e)| e))
        {
            if related.len() == limit {
                break;
            }
            if candidate.id != event.id && !related.iter().any(|e| e.id == candidate.id) {
                related.push(candidate);
            }
        }
        related
    }

    /// The positions of the events that pass the filters, in the filters' order.
    pub fn filter(&self, filters: &Filters) -> Vec<usize> {
        let terms = filters.terms();
        fn any<'s>(wanted: &[String], mut have: impl Iterator<Item = &'s String>) -> bool {
            wanted.is_empty() || have.any(|h| wanted.contains(h))
        }
        let mut hits: Vec<usize> = self
            .data
            .events
            .iter()
            .enumerate()
            .filter(|(i, event)| {
                let (first, last) = event.date.year_range();
                any(&filters.topics, event.topics.iter())
                    && (filters.types.is_empty() || filters.types.contains(&event.kind))
                    && any(&filters.actors, event.actors.iter())
                    && any(&filters.sources, event.evidence.iter().map(|e| &e.source))
                    && filters.from.is_none_or(|from| last >= from)
                    && filters.to.is_none_or(|to| first <= to)
                    && (terms.is_empty() || matches_all(&self.search_text[*i], &terms))
            })
            .map(|(i, _)| i)
            .collect();
        // Events are stored oldest first.
        if filters.sort == SortOrder::NewestFirst {
            hits.reverse();
        }
        hits
    }

    /// First and last year any event touches.
    pub fn year_span(&self) -> (i32, i32) {
        let years = self.data.events.iter().map(|e| e.date.year_range());
        let first = years.clone().map(|(a, _)| a).min().unwrap_or(0);
        let last = years.map(|(_, b)| b).max().unwrap_or(0);
        (first, last)
    }

    /// Whether this dataset has a record of that kind with that id.
    pub fn knows(&self, facet: Facet, id: &str) -> bool {
        match facet {
            Facet::Topic => self.topics_by_id.contains_key(id),
            Facet::Actor => self.actors_by_id.contains_key(id),
            Facet::Source => self.sources_by_id.contains_key(id),
        }
    }

    /// Reads filters from a URL query against this dataset.
    pub fn filters_from_query(&self, get_all: impl Fn(&str) -> Vec<String>) -> Filters {
        Filters::from_query(get_all, |facet, id| self.knows(facet, id))
    }
}
