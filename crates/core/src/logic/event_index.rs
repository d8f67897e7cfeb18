//! What a list of events is narrowed by, for every event, without the
//! records themselves: the one implementation of "which events pass these
//! filters, in which order".
//!
//! Two readers use it. The app's [`Catalog::filter`](super::Catalog::filter)
//! answers every list with [`EventFacets::select`]. Before the app has
//! started, the early search module (`crates/early-search`) answers a
//! prerendered page's search box and filters with the same function, over
//! an [`EventIndex`] the build writes to a file of its own: the facets and
//! the search index of one edition, in postcard form. Both read the query
//! with [`Filters::from_query`] and write it with
//! [`Filters::to_query_string`], so they give the same events and the same
//! URL by construction.

use serde::{Deserialize, Serialize};

use crate::data::{Dataset, EventType};

use super::filters::{Facet, Filters, SortOrder};
use super::lang::Lang;
use super::search::{EventSet, SearchIndex};

/// One event's facets, with topics, actors, places and sources as positions in
/// [`EventFacets`]' id lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Facets {
    kind: EventType,
    /// First and last year the event touches.
    years: (i32, i32),
    topics: Vec<u32>,
    actors: Vec<u32>,
    places: Vec<u32>,
    /// Sources quoted, each as often as it is quoted.
    sources: Vec<u32>,
}

/// Every event's facets, in the dataset's order (oldest first), and the
/// ids they name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventFacets {
    /// Event ids, by position.
    event_ids: Vec<String>,
    topic_ids: Vec<String>,
    actor_ids: Vec<String>,
    place_ids: Vec<String>,
    source_ids: Vec<String>,
    events: Vec<Facets>,
}

/// Positions of `ids` in `known`; an id the dataset lacks is left out (a
/// record naming it is invalid and never reaches here).
fn positions_of(known: &[String], ids: impl Iterator<Item = impl AsRef<str>>) -> Vec<u32> {
    ids.filter_map(|id| known.iter().position(|k| k == id.as_ref()))
        .map(|at| at as u32)
        .collect()
}

impl EventFacets {
    pub fn new(data: &Dataset) -> EventFacets {
        let ids = |items: Vec<&String>| items.into_iter().cloned().collect::<Vec<_>>();
        let topic_ids = ids(data.topics.iter().map(|t| &t.id).collect());
        let actor_ids = ids(data.actors.iter().map(|a| &a.id).collect());
        let place_ids = ids(data.places.iter().map(|p| &p.id).collect());
        let source_ids = ids(data.sources.iter().map(|s| &s.id).collect());
        let events = data
            .events
            .iter()
            .map(|event| Facets {
                kind: event.kind,
                years: event.date.year_range(),
                topics: positions_of(&topic_ids, event.topics.iter()),
                actors: positions_of(&actor_ids, event.actors.iter()),
                places: positions_of(&place_ids, event.places.iter()),
                sources: positions_of(&source_ids, event.evidence.iter().map(|e| &e.source)),
            })
            .collect();
        EventFacets {
            event_ids: ids(data.events.iter().map(|e| &e.id).collect()),
            topic_ids,
            actor_ids,
            place_ids,
            source_ids,
            events,
        }
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The id of the event at `position`.
    pub fn event_id(&self, position: usize) -> Option<&str> {
        self.event_ids.get(position).map(String::as_str)
    }

    /// The ids of the records of one kind, in the dataset's order.
    pub fn ids(&self, facet: Facet) -> &[String] {
        match facet {
            Facet::Topic => &self.topic_ids,
            Facet::Actor => &self.actor_ids,
            Facet::Place => &self.place_ids,
            Facet::Source => &self.source_ids,
        }
    }

    /// Whether the dataset has a record of that kind with that id.
    pub fn knows(&self, facet: Facet, id: &str) -> bool {
        self.ids(facet).iter().any(|known| known == id)
    }

    /// The positions of the events that pass the filters, in the filters'
    /// order. `found` is what the search index matched for the filters'
    /// terms (`None`: no terms, every event matches).
    pub fn select(&self, filters: &Filters, found: Option<&EventSet>) -> Vec<usize> {
        let wanted = |known: &[String], ids: &[String]| positions_of(known, ids.iter());
        let topics = wanted(&self.topic_ids, &filters.topics);
        let actors = wanted(&self.actor_ids, &filters.actors);
        let places = wanted(&self.place_ids, &filters.places);
        let sources = wanted(&self.source_ids, &filters.sources);
        // A chosen id the dataset lacks matches nothing, as in the query
        // an unknown id is dropped before it gets here.
        let any = |chosen: &[String], wanted: &[u32], have: &[u32]| {
            chosen.is_empty() || have.iter().any(|h| wanted.contains(h))
        };
        let mut hits: Vec<usize> = self
            .events
            .iter()
            .enumerate()
            .filter(|(at, event)| {
                let (first, last) = event.years;
                any(&filters.topics, &topics, &event.topics)
                    && (filters.types.is_empty() || filters.types.contains(&event.kind))
                    && any(&filters.actors, &actors, &event.actors)
                    && any(&filters.places, &places, &event.places)
                    && any(&filters.sources, &sources, &event.sources)
                    && filters.from.is_none_or(|from| last >= from)
                    && filters.to.is_none_or(|to| first <= to)
                    && found.is_none_or(|set| set.contains(*at))
            })
            .map(|(at, _)| at)
            .collect();
        // Events are stored oldest first.
        if filters.sort == SortOrder::NewestFirst {
            hits.reverse();
        }
        hits
    }
}

/// One edition's facets and search index: what the early search module
/// loads (see the module's documentation).
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct EventIndex {
    /// The edition whose words the search index holds.
    pub lang: Lang,
    pub facets: EventFacets,
    pub search: SearchIndex,
    /// The names of topics, actors, places and sources in the edition, in
    /// the order of [`EventFacets::ids`]: what the filter chips say.
    pub names: [Vec<String>; 4],
}

/// The place of a kind of record in [`EventIndex::names`].
fn slot(facet: Facet) -> usize {
    match facet {
        Facet::Topic => 0,
        Facet::Actor => 1,
        Facet::Place => 2,
        Facet::Source => 3,
    }
}

impl EventIndex {
    /// The index of an edition's facets, search index and names.
    pub fn new(
        lang: Lang,
        facets: EventFacets,
        search: SearchIndex,
        name: impl Fn(Facet, &str) -> Option<String>,
    ) -> EventIndex {
        let names = Facet::ALL.map(|facet| {
            facets
                .ids(facet)
                .iter()
                .map(|id| name(facet, id).unwrap_or_else(|| id.clone()))
                .collect()
        });
        EventIndex {
            lang,
            facets,
            search,
            names,
        }
    }

    /// The name of a topic, an actor or a source in the edition.
    pub fn name_of(&self, facet: Facet, id: &str) -> Option<String> {
        let at = self
            .facets
            .ids(facet)
            .iter()
            .position(|known| known == id)?;
        self.names[slot(facet)].get(at).cloned()
    }

    /// Reads filters from query pairs (as decoded from the address) against
    /// this dataset, as the app does.
    pub fn filters_from_pairs(&self, pairs: &[(String, String)]) -> Filters {
        Filters::from_query(
            |key| {
                pairs
                    .iter()
                    .filter(|(k, _)| k == key)
                    .map(|(_, v)| v.clone())
                    .collect()
            },
            |facet, id| self.facets.knows(facet, id),
        )
    }

    /// The positions of the events that pass the filters, in their order.
    pub fn filter(&self, filters: &Filters) -> Vec<usize> {
        let found = self.search.matching(&filters.terms());
        self.facets.select(filters, found.as_ref())
    }
}
