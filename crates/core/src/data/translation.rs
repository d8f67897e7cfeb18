//! The Japanese edition's text: `data/ja/*.json`, one file per English
//! file, each an object keyed by the English record's id.
//!
//! A translation carries only words. Ids, dates, types and references come
//! from the English record, so the two editions cannot disagree on a fact;
//! quotes stay in English (they are what the sources say) and each gets a
//! reference translation, a "rendering", in the same order as its evidence.
//!
//! Validation is strict for the bundled data (every record translated,
//! nothing else, no empty field, lists as long as the English ones) and
//! names file, record and field like the English checks. A dataset fetched
//! later may bring records that have no translation yet: the app shows
//! those in English, so a lookup here is an `Option`.

use std::collections::{BTreeMap, HashMap};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use std::sync::Arc;

use super::schema::{Dataset, Event, Evidence};
use super::validate::{read_record, DataFile, ValidationError, ValidationErrors};

/// `data/ja/meta.json`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MetaJa {
    pub title: String,
    pub description: String,
}

/// An event's words in Japanese.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventJa {
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub date_note: Option<String>,
    #[serde(default)]
    pub discrepancy: Option<String>,
    /// One per English place, in order.
    pub places: Vec<String>,
    /// One reference translation per English evidence quote, in order.
    pub renderings: Vec<String>,
}

/// A topic's words in Japanese.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TopicJa {
    pub name: String,
    pub summary: String,
    pub renderings: Vec<String>,
}

/// An actor's words in Japanese.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ActorJa {
    pub name: String,
    pub role: String,
    pub renderings: Vec<String>,
}

/// An era's words in Japanese.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EraJa {
    pub name: String,
    pub summary: String,
    pub renderings: Vec<String>,
}

/// One position of a debate in Japanese: its stance, and its quote rendered.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PositionJa {
    pub stance: String,
    pub rendering: String,
}

/// A debate's words in Japanese.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PerspectiveJa {
    pub question: String,
    pub summary: String,
    /// One per English position, in order.
    pub positions: Vec<PositionJa>,
}

/// A source document's description in Japanese.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceJa {
    pub title: String,
    #[serde(default)]
    pub organisation: Option<String>,
    pub authors_note: String,
    pub date_note: String,
    pub perspective: String,
    /// Its characteristic quote, rendered.
    pub rendering: String,
}

/// An acronym's Japanese rendering.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryJa {
    /// `None` exactly when the sources do not expand the acronym.
    pub expansion: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    pub renderings: Vec<String>,
}

/// The Japanese edition's text, by record id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Translations {
    pub meta: MetaJa,
    pub sources: BTreeMap<String, SourceJa>,
    pub events: BTreeMap<String, EventJa>,
    pub topics: BTreeMap<String, TopicJa>,
    pub actors: BTreeMap<String, ActorJa>,
    pub eras: BTreeMap<String, EraJa>,
    pub perspectives: BTreeMap<String, PerspectiveJa>,
    pub glossary: BTreeMap<String, GlossaryJa>,
}

/// The files of `data/ja/`: one per section of the English dataset.
pub type TranslationFiles<'a> = super::validate::DataFiles<'a>;

/// Collects problems, each naming file, record and field.
struct Check {
    errors: Vec<ValidationError>,
}

impl Check {
    fn fail(&mut self, file: &str, id: &str, field: Option<String>, message: impl Into<String>) {
        self.errors.push(ValidationError {
            file: file.to_owned(),
            record: Some(format!("\"{id}\"")),
            field,
            message: message.into(),
        });
    }

    /// Reads a file as an object of records keyed by id, each record on
    /// its own, so that one bad record names itself.
    fn records<T: DeserializeOwned>(&mut self, file: DataFile) -> BTreeMap<String, T> {
        let mut records = BTreeMap::new();
        let object = match serde_json::from_str::<Value>(file.text) {
            Ok(Value::Object(object)) => object,
            Ok(_) => {
                self.errors.push(file_error(
                    file,
                    "expected a JSON object keyed by record id",
                ));
                return records;
            }
            Err(err) => {
                self.errors
                    .push(file_error(file, &format!("not valid JSON: {err}")));
                return records;
            }
        };
        for (id, value) in object {
            match read_record::<T>(value) {
                Ok(record) => {
                    records.insert(id, record);
                }
                Err((field, message)) => self.fail(file.name, &id, field, message),
            }
        }
        records
    }

    /// Every English id has a record and every record an English id.
    fn same_ids<'a, T>(
        &mut self,
        file: DataFile,
        records: &BTreeMap<String, T>,
        english: impl Iterator<Item = &'a str>,
        english_file: &str,
        unreadable: &[String],
    ) {
        let mut expected: HashMap<&str, bool> = english.map(|id| (id, false)).collect();
        for id in records.keys() {
            match expected.get_mut(id.as_str()) {
                Some(seen) => *seen = true,
                None => self.fail(
                    file.name,
                    id,
                    None,
                    format!("translates a record that {english_file} does not have"),
                ),
            }
        }
        let mut missing: Vec<&str> = expected
            .into_iter()
            .filter(|(id, seen)| !seen && !unreadable.iter().any(|u| u == id))
            .map(|(id, _)| id)
            .collect();
        missing.sort_unstable();
        for id in missing {
            self.fail(
                file.name,
                id,
                None,
                format!("has no translation (every record of {english_file} needs one)"),
            );
        }
    }
}

fn file_error(file: DataFile, message: &str) -> ValidationError {
    ValidationError {
        file: file.name.to_owned(),
        record: None,
        field: None,
        message: message.to_owned(),
    }
}

/// The checks of one translated record against its English record.
struct Fields<'c> {
    check: &'c mut Check,
    file: &'c str,
    id: &'c str,
}

impl Fields<'_> {
    fn text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.check
                .fail(self.file, self.id, Some(field.to_owned()), "is empty");
        }
    }

    fn texts(&mut self, field: &str, values: &[String], english: usize, what: &str) {
        if values.len() != english {
            self.check.fail(
                self.file,
                self.id,
                Some(field.to_owned()),
                format!(
                    "has {} item(s) for the English record's {english} {what}",
                    values.len()
                ),
            );
        }
        for (i, value) in values.iter().enumerate() {
            self.text(&format!("{field}[{i}]"), value);
        }
    }

    /// An optional field: present (and not empty) exactly when the English
    /// record has it.
    fn optional(&mut self, field: &str, value: &Option<String>, english: bool) {
        match (value, english) {
            (Some(value), true) => self.text(field, value),
            (None, false) => {}
            (Some(_), false) => self.check.fail(
                self.file,
                self.id,
                Some(field.to_owned()),
                "the English record has none: translation adds nothing",
            ),
            (None, true) => self.check.fail(
                self.file,
                self.id,
                Some(field.to_owned()),
                "is missing: the English record has one",
            ),
        }
    }
}

/// Reads and validates the translations of `dataset` from their files.
pub fn load_translations(
    files: &TranslationFiles,
    dataset: &Dataset,
) -> Result<Translations, ValidationErrors> {
    let mut check = Check { errors: Vec::new() };
    let c = &mut check;
    let meta = match serde_json::from_str::<Value>(files.meta.text) {
        Ok(value) => match read_record::<MetaJa>(value) {
            Ok(meta) => meta,
            Err((field, message)) => {
                c.errors.push(ValidationError {
                    file: files.meta.name.to_owned(),
                    record: Some("meta".into()),
                    field,
                    message,
                });
                MetaJa::default()
            }
        },
        Err(err) => {
            c.errors
                .push(file_error(files.meta, &format!("not valid JSON: {err}")));
            MetaJa::default()
        }
    };
    for (field, value) in [("title", &meta.title), ("description", &meta.description)] {
        if value.trim().is_empty() && !c.errors.iter().any(|e| e.file == files.meta.name) {
            c.errors.push(ValidationError {
                file: files.meta.name.to_owned(),
                record: Some("meta".into()),
                field: Some(field.into()),
                message: "is empty".into(),
            });
        }
    }

    let sources = c.records::<SourceJa>(files.sources);
    let events = c.records::<EventJa>(files.events);
    let topics = c.records::<TopicJa>(files.topics);
    let actors = c.records::<ActorJa>(files.actors);
    let eras = c.records::<EraJa>(files.eras);
    let perspectives = c.records::<PerspectiveJa>(files.perspectives);
    let glossary = c.records::<GlossaryJa>(files.glossary);
    // Records that failed to parse have been reported; not again as missing.
    let unreadable: Vec<String> = c
        .errors
        .iter()
        .filter_map(|e| e.record.as_deref())
        .map(|r| r.trim_matches('"').to_owned())
        .collect();

    c.same_ids(
        files.sources,
        &sources,
        dataset.sources.iter().map(|r| r.id.as_str()),
        "data/sources.json",
        &unreadable,
    );
    c.same_ids(
        files.events,
        &events,
        dataset.events.iter().map(|r| r.id.as_str()),
        "data/events.json",
        &unreadable,
    );
    c.same_ids(
        files.topics,
        &topics,
        dataset.topics.iter().map(|r| r.id.as_str()),
        "data/topics.json",
        &unreadable,
    );
    c.same_ids(
        files.actors,
        &actors,
        dataset.actors.iter().map(|r| r.id.as_str()),
        "data/actors.json",
        &unreadable,
    );
    c.same_ids(
        files.eras,
        &eras,
        dataset.eras.iter().map(|r| r.id.as_str()),
        "data/eras.json",
        &unreadable,
    );
    c.same_ids(
        files.perspectives,
        &perspectives,
        dataset.perspectives.iter().map(|r| r.id.as_str()),
        "data/perspectives.json",
        &unreadable,
    );
    c.same_ids(
        files.glossary,
        &glossary,
        dataset.glossary.iter().map(|r| r.id.as_str()),
        "data/glossary.json",
        &unreadable,
    );

    for source in &dataset.sources {
        let Some(ja) = sources.get(&source.id) else {
            continue;
        };
        let mut f = Fields {
            check: c,
            file: files.sources.name,
            id: &source.id,
        };
        f.text("title", &ja.title);
        f.optional(
            "organisation",
            &ja.organisation,
            source.organisation.is_some(),
        );
        f.text("authors_note", &ja.authors_note);
        f.text("date_note", &ja.date_note);
        f.text("perspective", &ja.perspective);
        f.text("rendering", &ja.rendering);
    }
    for event in &dataset.events {
        let Some(ja) = events.get(&event.id) else {
            continue;
        };
        let mut f = Fields {
            check: c,
            file: files.events.name,
            id: &event.id,
        };
        f.text("title", &ja.title);
        f.text("summary", &ja.summary);
        f.optional("date_note", &ja.date_note, event.date_note.is_some());
        f.optional("discrepancy", &ja.discrepancy, event.discrepancy.is_some());
        f.texts("places", &ja.places, event.places.len(), "places");
        f.texts("renderings", &ja.renderings, event.evidence.len(), "quotes");
    }
    for topic in &dataset.topics {
        let Some(ja) = topics.get(&topic.id) else {
            continue;
        };
        let mut f = Fields {
            check: c,
            file: files.topics.name,
            id: &topic.id,
        };
        f.text("name", &ja.name);
        f.text("summary", &ja.summary);
        f.texts("renderings", &ja.renderings, topic.evidence.len(), "quotes");
    }
    for actor in &dataset.actors {
        let Some(ja) = actors.get(&actor.id) else {
            continue;
        };
        let mut f = Fields {
            check: c,
            file: files.actors.name,
            id: &actor.id,
        };
        f.text("name", &ja.name);
        f.text("role", &ja.role);
        f.texts("renderings", &ja.renderings, actor.evidence.len(), "quotes");
    }
    for era in &dataset.eras {
        let Some(ja) = eras.get(&era.id) else {
            continue;
        };
        let mut f = Fields {
            check: c,
            file: files.eras.name,
            id: &era.id,
        };
        f.text("name", &ja.name);
        f.text("summary", &ja.summary);
        f.texts("renderings", &ja.renderings, era.evidence.len(), "quotes");
    }
    for perspective in &dataset.perspectives {
        let Some(ja) = perspectives.get(&perspective.id) else {
            continue;
        };
        let mut f = Fields {
            check: c,
            file: files.perspectives.name,
            id: &perspective.id,
        };
        f.text("question", &ja.question);
        f.text("summary", &ja.summary);
        if ja.positions.len() != perspective.positions.len() {
            f.check.fail(
                f.file,
                f.id,
                Some("positions".into()),
                format!(
                    "has {} position(s) for the English record's {}",
                    ja.positions.len(),
                    perspective.positions.len()
                ),
            );
        }
        for (i, position) in ja.positions.iter().enumerate() {
            f.text(&format!("positions[{i}].stance"), &position.stance);
            f.text(&format!("positions[{i}].rendering"), &position.rendering);
        }
    }
    for entry in &dataset.glossary {
        let Some(ja) = glossary.get(&entry.id) else {
            continue;
        };
        let mut f = Fields {
            check: c,
            file: files.glossary.name,
            id: &entry.id,
        };
        f.optional("expansion", &ja.expansion, entry.expansion.is_some());
        f.optional("note", &ja.note, entry.note.is_some());
        f.texts("renderings", &ja.renderings, entry.evidence.len(), "quotes");
    }

    if check.errors.is_empty() {
        Ok(Translations {
            meta,
            sources,
            events,
            topics,
            actors,
            eras,
            perspectives,
            glossary,
        })
    } else {
        Err(ValidationErrors(check.errors))
    }
}

impl Translations {
    /// The translations that fit `data`: those of records it has, with as
    /// many places and renderings as the English record. The bundled
    /// translations fit the bundled data (the build checks it); a newer
    /// dataset may have records with none, or changed ones whose lists no
    /// longer match: those show in English, with a note, rather than with
    /// a translation of something else.
    pub fn fitting(mut self, data: &Dataset) -> Translations {
        let events: HashMap<&str, &Event> =
            data.events.iter().map(|e| (e.id.as_str(), &**e)).collect();
        self.events.retain(|id, ja| {
            events.get(id.as_str()).is_some_and(|e| {
                e.places.len() == ja.places.len()
                    && e.evidence.len() == ja.renderings.len()
                    && e.date_note.is_some() == ja.date_note.is_some()
                    && e.discrepancy.is_some() == ja.discrepancy.is_some()
            })
        });
        fn keep<T, J>(
            map: &mut BTreeMap<String, J>,
            records: &[T],
            id: impl Fn(&T) -> &str,
            fits: impl Fn(&T, &J) -> bool,
        ) {
            let by_id: HashMap<&str, &T> = records.iter().map(|r| (id(r), r)).collect();
            map.retain(|key, ja| by_id.get(key.as_str()).is_some_and(|r| fits(r, ja)));
        }
        keep(
            &mut self.topics,
            &data.topics,
            |t| &t.id,
            |t, ja| t.evidence.len() == ja.renderings.len(),
        );
        keep(
            &mut self.actors,
            &data.actors,
            |a| &a.id,
            |a, ja| a.evidence.len() == ja.renderings.len(),
        );
        keep(
            &mut self.eras,
            &data.eras,
            |e| &e.id,
            |e, ja| e.evidence.len() == ja.renderings.len(),
        );
        keep(
            &mut self.perspectives,
            &data.perspectives,
            |p| &p.id,
            |p, ja| p.positions.len() == ja.positions.len(),
        );
        keep(
            &mut self.sources,
            &data.sources,
            |s| &s.id,
            |s, ja| s.organisation.is_some() == ja.organisation.is_some(),
        );
        keep(
            &mut self.glossary,
            &data.glossary,
            |g| &g.id,
            |g, ja| {
                g.evidence.len() == ja.renderings.len()
                    && g.expansion.is_some() == ja.expansion.is_some()
                    && g.note.is_some() == ja.note.is_some()
            },
        );
        self
    }

    /// `data` as the Japanese edition shows it: every translated record's
    /// words in Japanese and each quote with its reference translation;
    /// ids, dates, kinds, references and the quotes themselves unchanged.
    /// Records without a translation stay in English. A glossary entry
    /// keeps its English expansion (the edition shows both). In place: an
    /// event is copied only if something else still shares it.
    pub fn apply_to(&self, data: &mut Dataset) {
        if !self.meta.title.is_empty() {
            data.meta.title.clone_from(&self.meta.title);
            data.meta.description.clone_from(&self.meta.description);
        }
        let render = |evidence: &mut [Evidence], renderings: &[String]| {
            for (evidence, rendering) in evidence.iter_mut().zip(renderings) {
                evidence.rendering = Some(rendering.clone());
            }
        };
        for event in &mut data.events {
            if let Some(ja) = self.events.get(&event.id) {
                let event = Arc::make_mut(event);
                event.title.clone_from(&ja.title);
                event.summary.clone_from(&ja.summary);
                event.date_note.clone_from(&ja.date_note);
                event.discrepancy.clone_from(&ja.discrepancy);
                event.places.clone_from(&ja.places);
                render(&mut event.evidence, &ja.renderings);
            }
        }
        for topic in &mut data.topics {
            if let Some(ja) = self.topics.get(&topic.id) {
                topic.name.clone_from(&ja.name);
                topic.summary.clone_from(&ja.summary);
                render(&mut topic.evidence, &ja.renderings);
            }
        }
        for actor in &mut data.actors {
            if let Some(ja) = self.actors.get(&actor.id) {
                actor.name.clone_from(&ja.name);
                actor.role.clone_from(&ja.role);
                render(&mut actor.evidence, &ja.renderings);
            }
        }
        for era in &mut data.eras {
            if let Some(ja) = self.eras.get(&era.id) {
                era.name.clone_from(&ja.name);
                era.summary.clone_from(&ja.summary);
                render(&mut era.evidence, &ja.renderings);
            }
        }
        for perspective in &mut data.perspectives {
            if let Some(ja) = self.perspectives.get(&perspective.id) {
                perspective.question.clone_from(&ja.question);
                perspective.summary.clone_from(&ja.summary);
                for (position, ja) in perspective.positions.iter_mut().zip(&ja.positions) {
                    position.stance.clone_from(&ja.stance);
                    position.rendering = Some(ja.rendering.clone());
                }
            }
        }
        for source in &mut data.sources {
            if let Some(ja) = self.sources.get(&source.id) {
                source.title.clone_from(&ja.title);
                source.organisation.clone_from(&ja.organisation);
                source.authors_note.clone_from(&ja.authors_note);
                source.date_note.clone_from(&ja.date_note);
                source.perspective.clone_from(&ja.perspective);
                source.rendering = Some(ja.rendering.clone());
            }
        }
        for entry in &mut data.glossary {
            if let Some(ja) = self.glossary.get(&entry.id) {
                entry.note.clone_from(&ja.note);
                render(&mut entry.evidence, &ja.renderings);
            }
        }
    }
}
