//! The catalog's lookups, each checked against a plain walk over the
//! bundled dataset (so they hold for whatever data it holds), plus the
//! cases the data may not have: an actor no event names, a source quoted
//! twice by one event.

use std::sync::Arc;

use explorer_core::data::{self, Actor, Dataset, Event};
use explorer_core::logic::filters::Facet;
use explorer_core::logic::Catalog;

fn with_extras() -> Dataset {
    let mut data = data::bundled();
    let mut idle = data.actors[0].clone();
    idle.id = "an-actor-no-event-names".into();
    data.actors.push(idle);
    let event = Arc::make_mut(&mut data.events[0]);
    let again = event.evidence[0].clone();
    event.evidence.push(again);
    data
}

#[test]
fn records_are_found_by_id() {
    let catalog = Catalog::new(data::bundled());
    let data = &catalog.data;
    for topic in &data.topics {
        assert_eq!(catalog.topic(&topic.id).map(|t| &t.id), Some(&topic.id));
    }
    for actor in &data.actors {
        assert_eq!(catalog.actor(&actor.id).map(|a| &a.id), Some(&actor.id));
    }
    for source in &data.sources {
        assert_eq!(catalog.source(&source.id).map(|s| &s.id), Some(&source.id));
    }
    for (at, entry) in data.glossary.iter().enumerate() {
        assert_eq!(catalog.glossary_entry(at).map(|g| &g.id), Some(&entry.id));
    }
    assert!(catalog.glossary_entry(data.glossary.len()).is_none());
    assert!(catalog.topic("no-such-topic").is_none());
    assert!(catalog.actor("no-such-actor").is_none());
    assert!(catalog.source("no-such-source").is_none());
}

#[test]
fn topics_count_and_list_their_events() {
    let catalog = Catalog::new(data::bundled());
    let mut counted = 0;
    for topic in &catalog.data.topics {
        let walked: Vec<&str> = catalog
            .data
            .events
            .iter()
            .filter(|e| e.topics.contains(&topic.id))
            .map(|e| e.id.as_str())
            .collect();
        let listed: Vec<&str> = catalog
            .events_in_topic(&topic.id)
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(listed, walked, "{}", topic.id);
        assert_eq!(catalog.topic_count(&topic.id), walked.len(), "{}", topic.id);
        counted += walked.len();
    }
    assert!(counted > catalog.data.topics.len(), "topics hold events");
    assert_eq!(catalog.topic_count("no-such-topic"), 0);
}

#[test]
fn an_actor_has_events_when_one_names_it() {
    let catalog = Catalog::new(with_extras());
    let named = |actor: &Actor| {
        catalog
            .data
            .events
            .iter()
            .any(|e| e.actors.contains(&actor.id))
    };
    for actor in &catalog.data.actors {
        assert_eq!(
            catalog.actor_has_events(&actor.id),
            named(actor),
            "{}",
            actor.id
        );
    }
    assert!(!catalog.actor_has_events("an-actor-no-event-names"));
    assert!(catalog.data.actors.iter().any(named));
    assert!(!catalog.actor_has_events("no-such-actor"));
}

#[test]
fn sources_are_listed_once_per_event_and_know_their_events() {
    let catalog = Catalog::new(with_extras());
    let mut quoted = 0;
    for event in &catalog.data.events {
        let mut walked: Vec<&str> = Vec::new();
        for evidence in &event.evidence {
            if !walked.contains(&evidence.source.as_str()) {
                walked.push(&evidence.source);
            }
        }
        let listed: Vec<&str> = catalog
            .event_sources(event)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(listed, walked, "{}", event.id);
    }
    for source in &catalog.data.sources {
        let walked: Vec<&str> = catalog
            .data
            .events
            .iter()
            .filter(|e| e.evidence.iter().any(|ev| ev.source == source.id))
            .map(|e| e.id.as_str())
            .collect();
        let citing: Vec<&str> = catalog
            .events_citing(&source.id)
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(citing, walked, "{}", source.id);
        quoted += citing.len();
    }
    assert!(
        quoted >= catalog.data.events.len(),
        "every event quotes a source"
    );
}

#[test]
fn neighbours_are_the_events_before_and_after() {
    let catalog = Catalog::new(data::bundled());
    let events = &catalog.data.events;
    let id = |e: Option<&Arc<Event>>| e.map(|e| e.id.clone());
    for (at, event) in events.iter().enumerate() {
        let (before, after) = catalog.neighbours(&event.id);
        assert_eq!(id(before), at.checked_sub(1).map(|i| events[i].id.clone()));
        assert_eq!(id(after), events.get(at + 1).map(|e| e.id.clone()));
    }
    assert!(matches!(catalog.neighbours("no-such-event"), (None, None)));
}

/// The early search's index answers as the catalog does.
#[test]
fn the_event_index_answers_as_the_catalog() {
    let catalog = Catalog::new(data::bundled());
    let index = catalog.event_index();
    let topic = catalog.data.topics[0].id.clone();
    for pairs in [
        vec![],
        vec![("q".to_owned(), "cyber".to_owned())],
        vec![("topic".to_owned(), topic.clone())],
        vec![
            ("q".to_owned(), "summit".to_owned()),
            ("topic".to_owned(), topic),
        ],
    ] {
        let filters = index.filters_from_pairs(&pairs);
        let from_catalog = catalog.filters_from_query(|key| {
            pairs
                .iter()
                .filter(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .collect()
        });
        assert_eq!(filters, from_catalog, "{pairs:?}");
        assert_eq!(
            index.filter(&filters),
            catalog.filter(&filters),
            "{pairs:?}"
        );
    }
    // An id the dataset lacks is no filter, in both.
    let unknown = [("topic".to_owned(), "no-such-topic".to_owned())];
    assert!(!index.filters_from_pairs(&unknown).is_active());
    // The facets know every event, topic, actor and source, in order.
    let facets = &index.facets;
    assert_eq!(facets.len(), catalog.data.events.len());
    assert!(!facets.is_empty());
    let mut none = data::bundled();
    none.events.clear();
    assert!(Catalog::new(none).event_index().facets.is_empty());
    for (at, event) in catalog.data.events.iter().enumerate() {
        assert_eq!(facets.event_id(at), Some(event.id.as_str()));
    }
    assert_eq!(facets.event_id(catalog.data.events.len()), None);
    let ids = |records: Vec<&String>| records.into_iter().cloned().collect::<Vec<_>>();
    assert_eq!(
        facets.ids(Facet::Topic),
        ids(catalog.data.topics.iter().map(|t| &t.id).collect())
    );
    assert_eq!(
        facets.ids(Facet::Actor),
        ids(catalog.data.actors.iter().map(|a| &a.id).collect())
    );
    assert_eq!(
        facets.ids(Facet::Source),
        ids(catalog.data.sources.iter().map(|s| &s.id).collect())
    );
    assert!(facets.knows(Facet::Actor, &catalog.data.actors[0].id));
    assert!(!facets.knows(Facet::Actor, "no-such-actor"));
    // The names the chips show, per facet, in the edition.
    for topic in &catalog.data.topics {
        assert_eq!(
            index.name_of(Facet::Topic, &topic.id),
            Some(topic.name.clone())
        );
    }
    for actor in &catalog.data.actors {
        assert_eq!(
            index.name_of(Facet::Actor, &actor.id),
            Some(actor.name.clone())
        );
    }
    for source in &catalog.data.sources {
        assert_eq!(
            index.name_of(Facet::Source, &source.id),
            Some(source.title.clone())
        );
    }
    assert_eq!(index.name_of(Facet::Topic, "no-such-topic"), None);
    assert!(!index.filter(&index.filters_from_pairs(&[])).is_empty());
}
