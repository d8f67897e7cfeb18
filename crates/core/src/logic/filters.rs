//! The reader's filters and search, as they live in the URL query:
//! `q`, `topic`, `type`, `actor`, `place`, `source`, `from`, `to`, `sort`.
//! Unknown or malformed values are dropped, never an error.

use crate::data::{EventType, MAX_YEAR, MIN_YEAR};

use super::text::{encode_query_component, query_terms};

/// The order of a list of events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortOrder {
    #[default]
    OldestFirst,
    NewestFirst,
}

impl SortOrder {
    pub fn slug(self) -> &'static str {
        match self {
            SortOrder::OldestFirst => "oldest",
            SortOrder::NewestFirst => "newest",
        }
    }

    pub fn from_slug(slug: &str) -> Option<SortOrder> {
        match slug {
            "oldest" => Some(SortOrder::OldestFirst),
            "newest" => Some(SortOrder::NewestFirst),
            _ => None,
        }
    }
}

/// Everything a reader can narrow a list of events by.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    /// Free text, as typed.
    pub q: String,
    /// Topic ids; an event matches if it has any of them.
    pub topics: Vec<String>,
    /// Event types; an event matches if it is of any of them.
    pub types: Vec<EventType>,
    /// Actor ids; an event matches if it names any of them.
    pub actors: Vec<String>,
    /// Place ids; an event matches if it happened in any of them.
    pub places: Vec<String>,
    /// Source ids; an event matches if it quotes any of them.
    pub sources: Vec<String>,
    /// First year, inclusive.
    pub from: Option<i32>,
    /// Last year, inclusive.
    pub to: Option<i32>,
    pub sort: SortOrder,
}

/// The kinds of record a filter value names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    Topic,
    Actor,
    Place,
    Source,
}

impl Facet {
    /// The repeatable facets, in the order the query writes them.
    pub const ALL: [Facet; 4] = [Facet::Topic, Facet::Actor, Facet::Place, Facet::Source];
}

/// One filter in force, as a reader would remove it: the search, a chosen
/// value of a facet, or the span of years (its two ends go together).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActiveFilter {
    Search(String),
    Topic(String),
    Type(EventType),
    Actor(String),
    Place(String),
    Source(String),
    Years(Option<i32>, Option<i32>),
}

/// The query keys the filters use, in the order they are written.
pub const KEYS: [&str; 9] = [
    "q", "topic", "type", "actor", "place", "source", "from", "to", "sort",
];

/// Longest search text kept from a URL: enough for any real query.
pub const MAX_QUERY_CHARS: usize = 200;

fn parse_year(text: &str) -> Option<i32> {
    let year: i32 = text.trim().parse().ok()?;
    (MIN_YEAR..=MAX_YEAR).contains(&year).then_some(year)
}

fn keep_known(
    values: Vec<String>,
    facet: Facet,
    is_known: &impl Fn(Facet, &str) -> bool,
) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for value in values {
        if is_known(facet, &value) && !kept.contains(&value) {
            kept.push(value);
        }
    }
    kept
}

impl Filters {
    /// Reads the filters from a query, given a lookup of all values of a
    /// key and a check of which ids exist; anything else is dropped.
    pub fn from_query(
        get_all: impl Fn(&str) -> Vec<String>,
        is_known: impl Fn(Facet, &str) -> bool,
    ) -> Filters {
        let first = |key: &str| get_all(key).into_iter().next();
        let mut types = Vec::new();
        for slug in get_all("type") {
            if let Some(kind) = EventType::from_slug(&slug) {
                if !types.contains(&kind) {
                    types.push(kind);
                }
            }
        }
        let (mut from, mut to) = (
            first("from").and_then(|t| parse_year(&t)),
            first("to").and_then(|t| parse_year(&t)),
        );
        if let (Some(a), Some(b)) = (from, to) {
            if a > b {
                (from, to) = (Some(b), Some(a));
            }
        }
        Filters {
            q: first("q")
                .map(|q| q.chars().take(MAX_QUERY_CHARS).collect::<String>())
                .unwrap_or_default(),
            topics: keep_known(get_all("topic"), Facet::Topic, &is_known),
            types,
            actors: keep_known(get_all("actor"), Facet::Actor, &is_known),
            places: keep_known(get_all("place"), Facet::Place, &is_known),
            sources: keep_known(get_all("source"), Facet::Source, &is_known),
            from,
            to,
            sort: first("sort")
                .and_then(|s| SortOrder::from_slug(&s))
                .unwrap_or_default(),
        }
    }

    /// The filters as query pairs, in a stable order; defaults are left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.q.trim().is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        pairs.extend(self.topics.iter().map(|t| ("topic", t.clone())));
        pairs.extend(self.types.iter().map(|t| ("type", t.slug().to_owned())));
        pairs.extend(self.actors.iter().map(|a| ("actor", a.clone())));
        pairs.extend(self.places.iter().map(|p| ("place", p.clone())));
        pairs.extend(self.sources.iter().map(|s| ("source", s.clone())));
        if let Some(from) = self.from {
            pairs.push(("from", from.to_string()));
        }
        if let Some(to) = self.to {
            pairs.push(("to", to.to_string()));
        }
        if self.sort != SortOrder::default() {
            pairs.push(("sort", self.sort.slug().to_owned()));
        }
        pairs
    }

    /// The query string, with its `?`, or empty when no filter is set.
    pub fn to_query_string(&self) -> String {
        query_string(&self.to_pairs())
    }

    /// True when any filter or search narrows the list (sorting does not).
    pub fn is_active(&self) -> bool {
        !self.q.trim().is_empty()
            || !self.topics.is_empty()
            || !self.types.is_empty()
            || !self.actors.is_empty()
            || !self.places.is_empty()
            || !self.sources.is_empty()
            || self.from.is_some()
            || self.to.is_some()
    }

    /// How many facet values narrow the list (search and order not counted;
    /// a span of years counts once, as its chip above the results does).
    pub fn active_facets(&self) -> usize {
        self.topics.len()
            + self.types.len()
            + self.actors.len()
            + self.places.len()
            + self.sources.len()
            + usize::from(self.from.is_some() || self.to.is_some())
    }

    /// The chosen ids of a repeatable facet.
    pub fn chosen(&self, facet: Facet) -> &[String] {
        match facet {
            Facet::Topic => &self.topics,
            Facet::Actor => &self.actors,
            Facet::Place => &self.places,
            Facet::Source => &self.sources,
        }
    }

    /// The chosen ids of a repeatable facet, to change.
    pub fn chosen_mut(&mut self, facet: Facet) -> &mut Vec<String> {
        match facet {
            Facet::Topic => &mut self.topics,
            Facet::Actor => &mut self.actors,
            Facet::Place => &mut self.places,
            Facet::Source => &mut self.sources,
        }
    }

    /// Each filter in force, in the order the query writes them, with these
    /// filters without it (the order of the list is kept).
    pub fn each_active(&self) -> Vec<(ActiveFilter, Filters)> {
        let mut active = Vec::new();
        if !self.q.trim().is_empty() {
            let mut without = self.clone();
            without.q.clear();
            active.push((ActiveFilter::Search(self.q.trim().to_owned()), without));
        }
        for facet in Facet::ALL {
            for id in self.chosen(facet) {
                let mut without = self.clone();
                without.chosen_mut(facet).retain(|chosen| chosen != id);
                let filter = match facet {
                    Facet::Topic => ActiveFilter::Topic(id.clone()),
                    Facet::Actor => ActiveFilter::Actor(id.clone()),
                    Facet::Place => ActiveFilter::Place(id.clone()),
                    Facet::Source => ActiveFilter::Source(id.clone()),
                };
                active.push((filter, without));
            }
            if facet == Facet::Topic {
                // Types come after topics, as in the query.
                for &kind in &self.types {
                    let mut without = self.clone();
                    without.types.retain(|chosen| *chosen != kind);
                    active.push((ActiveFilter::Type(kind), without));
                }
            }
        }
        if self.from.is_some() || self.to.is_some() {
            let mut without = self.clone();
            (without.from, without.to) = (None, None);
            active.push((ActiveFilter::Years(self.from, self.to), without));
        }
        active
    }

    /// The folded search terms.
    pub fn terms(&self) -> Vec<String> {
        query_terms(&self.q)
    }

    /// These filters with a topic added, or removed if present.
    pub fn toggle_topic(&self, topic: &str) -> Filters {
        let mut next = self.clone();
        toggle(&mut next.topics, topic.to_owned());
        next
    }

    /// These filters with a place added, or removed if present.
    pub fn toggle_place(&self, place: &str) -> Filters {
        let mut next = self.clone();
        toggle(&mut next.places, place.to_owned());
        next
    }

    /// These filters with a type added, or removed if present.
    pub fn toggle_type(&self, kind: EventType) -> Filters {
        let mut next = self.clone();
        toggle(&mut next.types, kind);
        next
    }
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    match list.iter().position(|v| *v == value) {
        Some(at) => {
            list.remove(at);
        }
        None => list.push(value),
    }
}

/// Writes query pairs as `?a=1&b=2`, or "" when there are none.
pub fn query_string(pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let body: Vec<String> = pairs
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                encode_query_component(k),
                encode_query_component(v)
            )
        })
        .collect();
    format!("?{}", body.join("&"))
}
