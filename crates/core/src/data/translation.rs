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
//!
//! About 600 lines: the record kinds' Japanese shapes, then one
//! `impl Translation` per kind (what it checks, what must still fit, what
//! it replaces), then the reading and applying they share.

use std::collections::{BTreeMap, HashMap};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use std::sync::Arc;

use super::schema::{
    Actor, Dataset, Era, Event, Evidence, GlossaryEntry, Perspective, Place, Source, Story,
    StoryStep, Topic,
};
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

/// A place's name in Japanese.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceJa {
    pub name: String,
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

/// `data/ja/story.json`: the guided story's intro, and each step's line
/// keyed by its event's id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StoryJa {
    pub intro: StoryIntroJa,
    pub steps: BTreeMap<String, StoryStepJa>,
}

/// The story's intro in Japanese.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StoryIntroJa {
    pub text: String,
    /// One per English evidence quote, in order.
    pub renderings: Vec<String>,
}

/// A step's line in Japanese (its quote stays in English, as every quote).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(transparent)]
pub struct StoryStepJa(pub String);

/// The Japanese edition's text, by record id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Translations {
    pub meta: MetaJa,
    pub sources: BTreeMap<String, SourceJa>,
    pub events: BTreeMap<String, EventJa>,
    pub topics: BTreeMap<String, TopicJa>,
    pub actors: BTreeMap<String, ActorJa>,
    pub places: BTreeMap<String, PlaceJa>,
    pub eras: BTreeMap<String, EraJa>,
    pub perspectives: BTreeMap<String, PerspectiveJa>,
    pub glossary: BTreeMap<String, GlossaryJa>,
    pub story: StoryJa,
}

/// The files of `data/ja/`: one per section of the English dataset.
pub type TranslationFiles<'a> = super::validate::DataFiles<'a>;

/// What one kind of record translates, in one place: how a translation
/// is checked against its English record when the build reads `data/ja/`,
/// whether it still fits an English record of a newer dataset, and how its
/// words replace the English ones. Implemented once per record kind below.
trait Translation: DeserializeOwned {
    /// The English record it translates.
    type English: Record;
    /// The English file, to name in errors.
    const ENGLISH_FILE: &'static str;
    /// Checks every field against the English record (each problem names
    /// its field).
    fn check(&self, english: &Self::English, f: &mut Fields);
    /// Whether it has as many places, quotes and positions as the English
    /// record, and the same optional fields: what [`Translation::check`]
    /// requires of its shape (the bundled data passes both).
    fn fits(&self, english: &Self::English) -> bool;
    /// Writes its words into the English record.
    fn apply(&self, english: &mut Self::English);
}

/// An English record: what a translation is keyed by.
trait Record {
    fn id(&self) -> &str;
}

macro_rules! records_by_id {
    ($($t:ty),*) => {$(
        impl Record for $t {
            fn id(&self) -> &str {
                &self.id
            }
        }
    )*};
}

impl Record for StoryStep {
    fn id(&self) -> &str {
        &self.event
    }
}

records_by_id!(
    Arc<Event>,
    Topic,
    Actor,
    Place,
    Era,
    Perspective,
    Source,
    GlossaryEntry
);

/// Each quote's reference translation, in order.
fn render(evidence: &mut [Evidence], renderings: &[String]) {
    for (evidence, rendering) in evidence.iter_mut().zip(renderings) {
        evidence.rendering = Some(rendering.clone());
    }
}

impl Translation for StoryStepJa {
    type English = StoryStep;
    const ENGLISH_FILE: &'static str = "data/story.json";
    fn check(&self, _: &StoryStep, f: &mut Fields) {
        f.text("link", &self.0);
    }
    fn fits(&self, _: &StoryStep) -> bool {
        true
    }
    fn apply(&self, step: &mut StoryStep) {
        step.link.clone_from(&self.0);
    }
}

impl Translation for SourceJa {
    type English = Source;
    const ENGLISH_FILE: &'static str = "data/sources.json";
    fn check(&self, source: &Source, f: &mut Fields) {
        f.text("title", &self.title);
        let organisation = source.organisation.is_some();
        f.optional("organisation", &self.organisation, organisation);
        f.text("authors_note", &self.authors_note);
        f.text("date_note", &self.date_note);
        f.text("perspective", &self.perspective);
        f.text("rendering", &self.rendering);
    }
    fn fits(&self, source: &Source) -> bool {
        source.organisation.is_some() == self.organisation.is_some()
    }
    fn apply(&self, source: &mut Source) {
        source.title.clone_from(&self.title);
        source.organisation.clone_from(&self.organisation);
        source.authors_note.clone_from(&self.authors_note);
        source.date_note.clone_from(&self.date_note);
        source.perspective.clone_from(&self.perspective);
        source.rendering = Some(self.rendering.clone());
    }
}

impl Translation for EventJa {
    type English = Arc<Event>;
    const ENGLISH_FILE: &'static str = "data/events.json";
    fn check(&self, event: &Arc<Event>, f: &mut Fields) {
        f.text("title", &self.title);
        f.text("summary", &self.summary);
        f.optional("date_note", &self.date_note, event.date_note.is_some());
        let discrepancy = event.discrepancy.is_some();
        f.optional("discrepancy", &self.discrepancy, discrepancy);
        f.texts(
            "renderings",
            &self.renderings,
            event.evidence.len(),
            "quotes",
        );
    }
    fn fits(&self, event: &Arc<Event>) -> bool {
        event.evidence.len() == self.renderings.len()
            && event.date_note.is_some() == self.date_note.is_some()
            && event.discrepancy.is_some() == self.discrepancy.is_some()
    }
    /// Copies the event only if something else still shares it.
    fn apply(&self, event: &mut Arc<Event>) {
        let event = Arc::make_mut(event);
        event.title.clone_from(&self.title);
        event.summary.clone_from(&self.summary);
        event.date_note.clone_from(&self.date_note);
        event.discrepancy.clone_from(&self.discrepancy);
        render(&mut event.evidence, &self.renderings);
    }
}

impl Translation for TopicJa {
    type English = Topic;
    const ENGLISH_FILE: &'static str = "data/topics.json";
    fn check(&self, topic: &Topic, f: &mut Fields) {
        f.text("name", &self.name);
        f.text("summary", &self.summary);
        f.texts(
            "renderings",
            &self.renderings,
            topic.evidence.len(),
            "quotes",
        );
    }
    fn fits(&self, topic: &Topic) -> bool {
        topic.evidence.len() == self.renderings.len()
    }
    fn apply(&self, topic: &mut Topic) {
        topic.name.clone_from(&self.name);
        topic.summary.clone_from(&self.summary);
        render(&mut topic.evidence, &self.renderings);
    }
}

impl Translation for ActorJa {
    type English = Actor;
    const ENGLISH_FILE: &'static str = "data/actors.json";
    fn check(&self, actor: &Actor, f: &mut Fields) {
        f.text("name", &self.name);
        f.text("role", &self.role);
        f.texts(
            "renderings",
            &self.renderings,
            actor.evidence.len(),
            "quotes",
        );
    }
    fn fits(&self, actor: &Actor) -> bool {
        actor.evidence.len() == self.renderings.len()
    }
    fn apply(&self, actor: &mut Actor) {
        actor.name.clone_from(&self.name);
        actor.role.clone_from(&self.role);
        render(&mut actor.evidence, &self.renderings);
    }
}

impl Translation for PlaceJa {
    type English = Place;
    const ENGLISH_FILE: &'static str = "data/places.json";
    fn check(&self, place: &Place, f: &mut Fields) {
        f.text("name", &self.name);
        f.texts(
            "renderings",
            &self.renderings,
            place.evidence.len(),
            "quotes",
        );
    }
    fn fits(&self, place: &Place) -> bool {
        place.evidence.len() == self.renderings.len()
    }
    fn apply(&self, place: &mut Place) {
        place.name.clone_from(&self.name);
        render(&mut place.evidence, &self.renderings);
    }
}

impl Translation for EraJa {
    type English = Era;
    const ENGLISH_FILE: &'static str = "data/eras.json";
    fn check(&self, era: &Era, f: &mut Fields) {
        f.text("name", &self.name);
        f.text("summary", &self.summary);
        f.texts("renderings", &self.renderings, era.evidence.len(), "quotes");
    }
    fn fits(&self, era: &Era) -> bool {
        era.evidence.len() == self.renderings.len()
    }
    fn apply(&self, era: &mut Era) {
        era.name.clone_from(&self.name);
        era.summary.clone_from(&self.summary);
        render(&mut era.evidence, &self.renderings);
    }
}

impl Translation for PerspectiveJa {
    type English = Perspective;
    const ENGLISH_FILE: &'static str = "data/perspectives.json";
    fn check(&self, perspective: &Perspective, f: &mut Fields) {
        f.text("question", &self.question);
        f.text("summary", &self.summary);
        f.count(
            "positions",
            self.positions.len(),
            perspective.positions.len(),
            "positions",
        );
        for (i, position) in self.positions.iter().enumerate() {
            f.text(&format!("positions[{i}].stance"), &position.stance);
            f.text(&format!("positions[{i}].rendering"), &position.rendering);
        }
    }
    fn fits(&self, perspective: &Perspective) -> bool {
        perspective.positions.len() == self.positions.len()
    }
    fn apply(&self, perspective: &mut Perspective) {
        perspective.question.clone_from(&self.question);
        perspective.summary.clone_from(&self.summary);
        for (position, ja) in perspective.positions.iter_mut().zip(&self.positions) {
            position.stance.clone_from(&ja.stance);
            position.rendering = Some(ja.rendering.clone());
        }
    }
}

impl Translation for GlossaryJa {
    type English = GlossaryEntry;
    const ENGLISH_FILE: &'static str = "data/glossary.json";
    fn check(&self, entry: &GlossaryEntry, f: &mut Fields) {
        f.optional("expansion", &self.expansion, entry.expansion.is_some());
        f.optional("note", &self.note, entry.note.is_some());
        f.texts(
            "renderings",
            &self.renderings,
            entry.evidence.len(),
            "quotes",
        );
    }
    fn fits(&self, entry: &GlossaryEntry) -> bool {
        entry.evidence.len() == self.renderings.len()
            && entry.expansion.is_some() == self.expansion.is_some()
            && entry.note.is_some() == self.note.is_some()
    }
    /// The expansion stays English: the edition shows both.
    fn apply(&self, entry: &mut GlossaryEntry) {
        entry.note.clone_from(&self.note);
        render(&mut entry.evidence, &self.renderings);
    }
}

/// Collects problems, each naming file, record and field.
#[derive(Default)]
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

    /// Reads, and checks against `english`, one file of translations: an
    /// object of records keyed by the English ids, every English record
    /// translated and nothing else. Each record is read on its own, so that
    /// one bad record names itself (and is not reported again as missing).
    fn kind<T: Translation>(
        &mut self,
        file: DataFile,
        english: &[T::English],
    ) -> BTreeMap<String, T> {
        let object = match serde_json::from_str::<Value>(file.text) {
            Ok(Value::Object(object)) => object,
            Ok(_) => {
                self.errors.push(file_error(
                    file,
                    "expected a JSON object keyed by record id",
                ));
                return BTreeMap::new();
            }
            Err(err) => {
                self.errors
                    .push(file_error(file, &format!("not valid JSON: {err}")));
                return BTreeMap::new();
            }
        };
        self.records(file, object, english)
    }

    /// The records of one object keyed by the English ids (a file, or the
    /// story's steps), checked as [`Check::kind`] says.
    fn records<T: Translation>(
        &mut self,
        file: DataFile,
        object: serde_json::Map<String, Value>,
        english: &[T::English],
    ) -> BTreeMap<String, T> {
        let mut records = BTreeMap::new();
        let by_id: HashMap<&str, &T::English> = english.iter().map(|r| (r.id(), r)).collect();
        let mut unreadable = Vec::new();
        for (id, value) in object {
            let Some(&record) = by_id.get(id.as_str()) else {
                let what = format!("translates a record that {} does not have", T::ENGLISH_FILE);
                self.fail(file.name, &id, None, what);
                continue;
            };
            match read_record::<T>(value) {
                Ok(translation) => {
                    let mut f = Fields {
                        check: self,
                        file: file.name,
                        id: &id,
                    };
                    translation.check(record, &mut f);
                    records.insert(id, translation);
                }
                Err((field, message)) => {
                    self.fail(file.name, &id, field, message);
                    unreadable.push(id);
                }
            }
        }
        for record in english {
            let id = record.id();
            if !records.contains_key(id) && !unreadable.iter().any(|u| u == id) {
                let what = format!(
                    "has no translation (every record of {} needs one)",
                    T::ENGLISH_FILE
                );
                self.fail(file.name, id, None, what);
            }
        }
        records
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
    /// A text: not empty.
    fn text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.check
                .fail(self.file, self.id, Some(field.to_owned()), "is empty");
        }
    }

    /// A list: as long as the English record's.
    fn count(&mut self, field: &str, count: usize, english: usize, what: &str) {
        if count != english {
            let message = format!("has {count} item(s) for the English record's {english} {what}");
            self.check
                .fail(self.file, self.id, Some(field.to_owned()), message);
        }
    }

    /// A list of texts: as long as the English record's, none empty.
    fn texts(&mut self, field: &str, values: &[String], english: usize, what: &str) {
        self.count(field, values.len(), english, what);
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

/// `data/ja/meta.json`: a title and a description, neither empty.
fn load_meta(check: &mut Check, file: DataFile) -> MetaJa {
    let meta_error = |field, message| ValidationError {
        file: file.name.to_owned(),
        record: Some("meta".into()),
        field,
        message,
    };
    let value = match serde_json::from_str::<Value>(file.text) {
        Ok(value) => value,
        Err(err) => {
            check
                .errors
                .push(file_error(file, &format!("not valid JSON: {err}")));
            return MetaJa::default();
        }
    };
    match read_record::<MetaJa>(value) {
        Ok(meta) => {
            for (field, value) in [("title", &meta.title), ("description", &meta.description)] {
                if value.trim().is_empty() {
                    let error = meta_error(Some(field.into()), "is empty".into());
                    check.errors.push(error);
                }
            }
            meta
        }
        Err((field, message)) => {
            check.errors.push(meta_error(field, message));
            MetaJa::default()
        }
    }
}

/// `data/ja/story.json`: the intro with a rendering per English quote, and
/// every step's line keyed by its event's id (checked as a file of
/// records is).
fn load_story(check: &mut Check, file: DataFile, story: &Story) -> StoryJa {
    let value = match serde_json::from_str::<Value>(file.text) {
        Ok(value) => value,
        Err(err) => {
            let error = file_error(file, &format!("not valid JSON: {err}"));
            check.errors.push(error);
            return StoryJa::default();
        }
    };
    let Value::Object(mut object) = value else {
        let error = file_error(file, "expected a JSON object with `intro` and `steps`");
        check.errors.push(error);
        return StoryJa::default();
    };
    let intro = match object.remove("intro").map(read_record::<StoryIntroJa>) {
        Some(Ok(intro)) => {
            let mut f = Fields {
                check,
                file: file.name,
                id: "intro",
            };
            f.text("text", &intro.text);
            let quotes = story.intro.evidence.len();
            f.texts("renderings", &intro.renderings, quotes, "quotes");
            intro
        }
        Some(Err((field, message))) => {
            check.fail(file.name, "intro", field, message);
            StoryIntroJa::default()
        }
        None => {
            check.fail(file.name, "intro", None, "is missing");
            StoryIntroJa::default()
        }
    };
    let steps = match object.remove("steps") {
        Some(Value::Object(steps)) => check.records(file, steps, &story.steps),
        _ => {
            let what = "is missing: an object of lines keyed by event id";
            check.fail(file.name, "steps", None, what);
            BTreeMap::new()
        }
    };
    if let Some(unknown) = object.keys().next() {
        let what = "is not part of the story (`intro`, `steps`)";
        check.fail(file.name, unknown, None, what);
    }
    StoryJa { intro, steps }
}

/// Reads and validates the translations of `dataset` from their files.
pub fn load_translations(
    files: &TranslationFiles,
    dataset: &Dataset,
) -> Result<Translations, ValidationErrors> {
    let mut c = Check::default();
    let translations = Translations {
        meta: load_meta(&mut c, files.meta),
        sources: c.kind(files.sources, &dataset.sources),
        events: c.kind(files.events, &dataset.events),
        topics: c.kind(files.topics, &dataset.topics),
        actors: c.kind(files.actors, &dataset.actors),
        places: c.kind(files.places, &dataset.places),
        eras: c.kind(files.eras, &dataset.eras),
        perspectives: c.kind(files.perspectives, &dataset.perspectives),
        glossary: c.kind(files.glossary, &dataset.glossary),
        story: load_story(&mut c, files.story, &dataset.story),
    };
    if c.errors.is_empty() {
        Ok(translations)
    } else {
        Err(ValidationErrors(c.errors))
    }
}

/// Keeps the translations of `records` that fit them.
fn keep_fitting<T: Translation>(translations: &mut BTreeMap<String, T>, records: &[T::English]) {
    let by_id: HashMap<&str, &T::English> = records.iter().map(|r| (r.id(), r)).collect();
    translations.retain(|id, ja| by_id.get(id.as_str()).is_some_and(|r| ja.fits(r)));
}

/// Puts the words of the translated ones of `records` in Japanese.
fn apply_all<T: Translation>(translations: &BTreeMap<String, T>, records: &mut [T::English]) {
    for record in records {
        if let Some(ja) = translations.get(record.id()) {
            ja.apply(record);
        }
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
        keep_fitting(&mut self.sources, &data.sources);
        keep_fitting(&mut self.events, &data.events);
        keep_fitting(&mut self.topics, &data.topics);
        keep_fitting(&mut self.actors, &data.actors);
        keep_fitting(&mut self.places, &data.places);
        keep_fitting(&mut self.eras, &data.eras);
        keep_fitting(&mut self.perspectives, &data.perspectives);
        keep_fitting(&mut self.glossary, &data.glossary);
        keep_fitting(&mut self.story.steps, &data.story.steps);
        if self.story.intro.renderings.len() != data.story.intro.evidence.len() {
            self.story.intro = StoryIntroJa::default();
        }
        self
    }

    /// `data` as the Japanese edition shows it: every translated record's
    /// words in Japanese and each quote with its reference translation;
    /// ids, dates, kinds, references and the quotes themselves unchanged.
    /// Records without a translation stay in English. In place: an event is
    /// copied only if something else still shares it.
    pub fn apply_to(&self, data: &mut Dataset) {
        if !self.meta.title.is_empty() {
            data.meta.title.clone_from(&self.meta.title);
            data.meta.description.clone_from(&self.meta.description);
        }
        apply_all(&self.sources, &mut data.sources);
        apply_all(&self.events, &mut data.events);
        apply_all(&self.topics, &mut data.topics);
        apply_all(&self.actors, &mut data.actors);
        apply_all(&self.places, &mut data.places);
        apply_all(&self.eras, &mut data.eras);
        apply_all(&self.perspectives, &mut data.perspectives);
        apply_all(&self.glossary, &mut data.glossary);
        apply_all(&self.story.steps, &mut data.story.steps);
        if !self.story.intro.text.is_empty() {
            data.story.intro.text.clone_from(&self.story.intro.text);
            render(&mut data.story.intro.evidence, &self.story.intro.renderings);
        }
    }
}
