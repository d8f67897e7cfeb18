//! The dataset made ready for reading: lookups by id, the search index
//! (built once, not per keystroke), counts, and the neighbours of an event.

use std::collections::HashMap;
use std::sync::Arc;

use crate::data::translation::Translations;
use crate::data::{Actor, Dataset, Era, Event, GlossaryEntry, Place, Source, Topic};

use super::event_index::{EventFacets, EventIndex};
use super::filters::{Facet, Filters};
use super::lang::Lang;
use super::search::{SearchIndex, SearchIndexBuilder};
use super::strings::english_type_label;
use super::text::{fold, words, GlossaryMatcher};

/// The dataset with its indexes. Build it once per dataset.
#[derive(Debug)]
pub struct Catalog {
    pub data: Dataset,
    events_by_id: HashMap<String, usize>,
    topics_by_id: HashMap<String, usize>,
    actors_by_id: HashMap<String, usize>,
    places_by_id: HashMap<String, usize>,
    sources_by_id: HashMap<String, usize>,
    /// Word index over every event's searchable text.
    search: SearchIndex,
    /// What the filters look at, per event.
    facets: EventFacets,
    /// Per topic (in topic order), how many events it has.
    topic_counts: Vec<usize>,
    /// Per actor (in actor order), whether any event names it.
    actor_has_events: Vec<bool>,
    /// Per event (in event order), the events that name it as related.
    named_by: Vec<Vec<usize>>,
    pub glossary: GlossaryMatcher,
    /// The Japanese edition's text, by record id; empty when the dataset
    /// came without it (records then show in English).
    pub ja: Translations,
    /// The edition `data` is written in.
    pub lang: Lang,
}

fn index_by_id<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| (id(item).to_owned(), i))
        .collect()
}

impl Catalog {
    /// The catalog of `data`, English only.
    pub fn new(data: Dataset) -> Catalog {
        Catalog::with_translations(data, Translations::default())
    }

    /// The catalog of `data` with the Japanese edition's text `ja`: search
    /// finds records by either.
    pub fn with_translations(data: Dataset, ja: Translations) -> Catalog {
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
            places_by_id: index_by_id(&data.places, |p| &p.id),
            sources_by_id: index_by_id(&data.sources, |s| &s.id),
            search: SearchIndex::default(),
            facets: EventFacets::new(&data),
            topic_counts: Vec::new(),
            actor_has_events: Vec::new(),
            named_by: Vec::new(),
            glossary,
            data,
            ja,
            lang: Lang::En,
        };
        catalog.search = catalog.build_search_index();
        let mut topic_counts = vec![0; catalog.data.topics.len()];
        let mut actor_has_events = vec![false; catalog.data.actors.len()];
        let mut named_by = vec![Vec::new(); catalog.data.events.len()];
        for (position, event) in catalog.data.events.iter().enumerate() {
            for related in &event.related {
                if let Some(&at) = catalog.events_by_id.get(related) {
                    named_by[at].push(position);
                }
            }
            for topic in &event.topics {
                if let Some(&at) = catalog.topics_by_id.get(topic) {
                    topic_counts[at] += 1;
                }
            }
            for actor in &event.actors {
                if let Some(&at) = catalog.actors_by_id.get(actor) {
                    actor_has_events[at] = true;
                }
            }
        }
        catalog.topic_counts = topic_counts;
        catalog.actor_has_events = actor_has_events;
        catalog.named_by = named_by;
        catalog
    }

    /// The Japanese edition's catalog: `data` with its words in Japanese
    /// where `ja` translates them (see [`Translations::apply`]); search
    /// finds records by their Japanese and their English text alike.
    pub fn japanese(data: Dataset, ja: Translations) -> Catalog {
        let ja = ja.fitting(&data);
        let mut catalog = Catalog::with_translations(data, ja);
        catalog.ja.apply_to(&mut catalog.data);
        catalog.lang = Lang::Ja;
        catalog
    }

    /// The catalog of `data` for an edition.
    pub fn for_edition(lang: Lang, data: Dataset, ja: impl FnOnce() -> Translations) -> Catalog {
        match lang {
            Lang::En => Catalog::new(data),
            Lang::Ja => Catalog::japanese(data, ja()),
        }
    }

    /// Whether the Japanese edition shows the event `id` in English, for
    /// want of a translation (a newer dataset's new record).
    pub fn untranslated_event(&self, id: &str) -> bool {
        self.lang == Lang::Ja && !self.ja.events.contains_key(id)
    }

    /// Indexes everything a search over an event looks at: title, summary,
    /// quotes, actors, topics, places, type, date, source titles; then makes
    /// each acronym findable by its expansion.
    fn build_search_index(&self) -> SearchIndex {
        let mut builder = SearchIndexBuilder::default();
        // Names are shared by many events: fold each once.
        let fold_all = |names: Vec<(&String, &str)>| -> HashMap<String, String> {
            names
                .into_iter()
                .map(|(id, name)| (id.clone(), fold(name)))
                .collect()
        };
        let actors = fold_all(
            self.data
                .actors
                .iter()
                .map(|a| (&a.id, a.name.as_str()))
                .collect(),
        );
        let topics = fold_all(
            self.data
                .topics
                .iter()
                .map(|t| (&t.id, t.name.as_str()))
                .collect(),
        );
        let places = fold_all(
            self.data
                .places
                .iter()
                .map(|p| (&p.id, p.name.as_str()))
                .collect(),
        );
        let sources = fold_all(
            self.data
                .sources
                .iter()
                .map(|s| (&s.id, s.title.as_str()))
                .collect(),
        );
        for (at, event) in self.data.events.iter().enumerate() {
            builder.add(at, &fold(&event.title));
            builder.add(at, &fold(&event.summary));
            builder.add(at, &fold(&event.date.to_string()));
            builder.add(at, &fold(english_type_label(event.kind)));
            for id in &event.places {
                builder.add(at, places.get(id).map_or("", String::as_str));
            }
            for evidence in &event.evidence {
                builder.add(at, &fold(&evidence.quote));
                builder.add(at, sources.get(&evidence.source).map_or("", String::as_str));
            }
            for id in &event.actors {
                builder.add(at, actors.get(id).map_or("", String::as_str));
            }
            for id in &event.topics {
                builder.add(at, topics.get(id).map_or("", String::as_str));
            }
            if let Some(ja) = self.ja.events.get(&event.id) {
                builder.add(at, &fold(&ja.title));
                builder.add(at, &fold(&ja.summary));
                builder.add(at, &fold(&event.date.japanese()));
                builder.add(
                    at,
                    &fold(super::strings::strings(Lang::Ja).event_type(event.kind)),
                );
                for text in &ja.renderings {
                    builder.add(at, &fold(text));
                }
                for id in &event.places {
                    if let Some(place) = self.ja.places.get(id) {
                        builder.add(at, &fold(&place.name));
                    }
                }
                for id in &event.topics {
                    if let Some(topic) = self.ja.topics.get(id) {
                        builder.add(at, &fold(&topic.name));
                    }
                }
                for id in &event.actors {
                    if let Some(actor) = self.ja.actors.get(id) {
                        builder.add(at, &fold(&actor.name));
                    }
                }
            }
        }
        for entry in &self.data.glossary {
            let ja = self
                .ja
                .glossary
                .get(&entry.id)
                .and_then(|g| g.expansion.as_ref());
            for expansion in entry.expansion.iter().chain(ja) {
                for spelling in std::iter::once(&entry.term).chain(&entry.aliases) {
                    // "ADMM-Plus" is indexed as "admm" and "plus": alias the first.
                    if let Some(word) = words(&fold(spelling)).next() {
                        builder.alias(word, &fold(expansion));
                    }
                }
            }
        }
        builder.finish()
    }

    pub fn event(&self, id: &str) -> Option<&Arc<Event>> {
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

    /// How many events a topic has (counted once, when the catalog is built).
    pub fn topic_count(&self, topic: &str) -> usize {
        self.topics_by_id
            .get(topic)
            .map_or(0, |&at| self.topic_counts[at])
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places_by_id.get(id).map(|&i| &self.data.places[i])
    }

    /// Where the place `id` is in the dataset's list of places.
    pub fn place_position(&self, id: &str) -> Option<usize> {
        self.places_by_id.get(id).copied()
    }

    /// Whether any event names the actor.
    pub fn actor_has_events(&self, actor: &str) -> bool {
        self.actors_by_id
            .get(actor)
            .is_some_and(|&at| self.actor_has_events[at])
    }

    /// Events in a topic, in time order.
    pub fn events_in_topic<'a>(
        &'a self,
        topic: &'a str,
    ) -> impl Iterator<Item = &'a Arc<Event>> + 'a {
        self.data
            .events
            .iter()
            .filter(move |e| e.topics.iter().any(|t| t == topic))
    }

    /// Number of events that quote a source.
    pub fn events_citing<'a>(
        &'a self,
        source: &'a str,
    ) -> impl Iterator<Item = &'a Arc<Event>> + 'a {
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
    pub fn neighbours(&self, id: &str) -> (Option<&Arc<Event>>, Option<&Arc<Event>>) {
        let Some(at) = self.event_position(id) else {
            return (None, None);
        };
        let events = &self.data.events;
        (at.checked_sub(1).map(|i| &events[i]), events.get(at + 1))
    }

    /// Events that belong with one: those it names as related, those that
    /// name it, then the nearest in time sharing a topic, up to `limit`.
    pub fn related<'a>(&'a self, event: &Event, limit: usize) -> Vec<&'a Arc<Event>> {
        let events = &self.data.events;
        let here = self.event_position(&event.id);
        let named = event.related.iter().filter_map(|id| self.event(id));
        let naming = here
            .and_then(|at| self.named_by.get(at))
            .into_iter()
            .flatten()
            .map(|&at| &events[at]);
        // Nearest in time first (the events are in date order), the earlier
        // of two at the same distance first; found by walking outwards, so
        // a page of a large dataset looks at a handful of events, not all.
        let here = here.unwrap_or(0);
        let sharing = (1..events.len())
            .flat_map(move |distance| [here.checked_sub(distance), Some(here + distance)])
            .flatten()
            .filter_map(|at| events.get(at))
            .filter(|other| other.topics.iter().any(|t| event.topics.contains(t)));
        let mut related: Vec<&'a Arc<Event>> = Vec::new();
        for candidate in named.chain(naming).chain(sharing) {
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
        let found = self.search.matching(&filters.terms());
        self.facets.select(filters, found.as_ref())
    }

    /// This edition's facets and search index, for the early search module
    /// (see [`EventIndex`]): it must answer as [`Catalog::filter`] does.
    pub fn event_index(&self) -> EventIndex {
        EventIndex::new(
            self.lang,
            self.facets.clone(),
            self.search.clone(),
            |facet, id| self.name_of(facet, id),
        )
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
            Facet::Place => self.places_by_id.contains_key(id),
            Facet::Source => self.sources_by_id.contains_key(id),
        }
    }

    /// The name of a topic, an actor, a place or a source (its title) in this
    /// edition, if the dataset has it.
    pub fn name_of(&self, facet: Facet, id: &str) -> Option<String> {
        match facet {
            Facet::Topic => self.topic(id).map(|t| t.name.clone()),
            Facet::Actor => self.actor(id).map(|a| a.name.clone()),
            Facet::Place => self.place(id).map(|p| p.name.clone()),
            Facet::Source => self.source(id).map(|s| s.title.clone()),
        }
    }

    /// Reads filters from a URL query against this dataset.
    pub fn filters_from_query(&self, get_all: impl Fn(&str) -> Vec<String>) -> Filters {
        Filters::from_query(get_all, |facet, id| self.knows(facet, id))
    }
}
