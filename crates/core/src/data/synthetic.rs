//! Synthetic datasets for the benchmark: the real dataset grown to any
//! number of events with the real schema, deterministically. Every record
//! stays valid (ids unique, references resolve), so the same validator and
//! views run on it. Selected at build time with `EXPLORER_SYNTHETIC_EVENTS=N`.

use std::sync::Arc;

use super::date::{DatePoint, DateSpec, Qualifier};
use super::schema::{Dataset, Event};

/// A small deterministic generator (64-bit LCG): the same dataset every build.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The real dataset with exactly `count` events: the real ones first, then
/// variations of them with their own ids, dates from 1990 to 2023, and
/// shuffled topics, actors and places drawn from the real ones.
pub fn expand(real: &Dataset, count: usize) -> Dataset {
    let mut data = real.clone();
    data.meta.version = format!("{}-synthetic-{count}", real.meta.version);
    data.meta.title = format!("{} (synthetic, {count} events)", real.meta.title);
    let mut rng = Lcg(0x5eed);
    // Places from a stream of their own: the dates, topics and actors are
    // those of datasets made before events had places on a map.
    let mut places = Lcg(0x91ace);
    let templates = &real.events;
    let mut events: Vec<Arc<Event>> = templates.iter().take(count).cloned().collect();
    let mut n = 0;
    while events.len() < count {
        n += 1;
        let template = &templates[rng.below(templates.len())];
        let year = 1990 + rng.below(34) as i32;
        let month = 1 + rng.below(12) as u8;
        let mut event = Event::clone(template);
        event.id = format!("synthetic-{n}-{}", template.id);
        event.date = DateSpec {
            qualifier: Qualifier::Exact,
            start: DatePoint::Month { year, month },
            end: None,
        };
        event.title = format!("{} (variant {n})", template.title);
        event.related.clear();
        event.discrepancy = None;
        let topic = &real.topics[rng.below(real.topics.len())].id;
        if !event.topics.contains(topic) {
            event.topics.push(topic.clone());
        }
        let actor = &real.actors[rng.below(real.actors.len())].id;
        if !event.actors.contains(actor) {
            event.actors.push(actor.clone());
        }
        // Half the variants happen somewhere else as well, so the map's
        // marks grow with the dataset.
        if !real.places.is_empty() && places.below(2) == 0 {
            let place = &real.places[places.below(real.places.len())].id;
            if !event.places.contains(place) {
                event.places.push(place.clone());
            }
        }
        events.push(Arc::new(event));
    }
    events.sort_by_key(|event| event.date.sort_key());
    data.events = events;
    // A smaller dataset keeps the story's steps it still has.
    let kept = |id: &str| data.events.iter().any(|e| e.id == id);
    let steps = std::mem::take(&mut data.story.steps);
    data.story.steps = steps.into_iter().filter(|s| kept(&s.event)).collect();
    data
}
