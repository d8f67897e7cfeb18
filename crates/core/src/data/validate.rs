//! Loading and validating the dataset. The build script runs this on the
//! bundled files, so malformed data fails the build; the app runs the same
//! code on a dataset fetched at run time.
//!
//! It is long (about 600 lines) on purpose: every rule the data must meet
//! is here in one place, in file order, so an editor who meets a message
//! can find the rule behind it without following modules.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::date::{DatePoint, Qualifier};
use super::schema::*;

/// One JSON file of the dataset: its name (for messages) and its text.
#[derive(Clone, Copy, Debug)]
pub struct DataFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// Calls `$then!` with the dataset's sections, in file order: each is a
/// file `data/NAME.json` and a key of a dataset published as one document.
/// The one list of them: [`DataFiles`], [`SECTIONS`] and the bundled files
/// are all made from it.
#[macro_export]
macro_rules! with_dataset_sections {
    ($then:ident) => {
        $then!(
            meta,
            sources,
            events,
            topics,
            actors,
            places,
            eras,
            perspectives,
            glossary,
            story
        );
    };
}

macro_rules! define_data_files {
    ($($section:ident),*) => {
        /// The dataset's files, one per section.
        #[derive(Clone, Copy, Debug)]
        pub struct DataFiles<'a> {
            $(pub $section: DataFile<'a>,)*
        }

        /// The sections of the dataset, in file order.
        pub const SECTIONS: [&str; [$(stringify!($section)),*].len()] = [$(stringify!($section)),*];

        impl<'a> DataFiles<'a> {
            /// The files in [`SECTIONS`] order.
            pub fn from_sections(files: [DataFile<'a>; SECTIONS.len()]) -> DataFiles<'a> {
                let [$($section),*] = files;
                DataFiles { $($section),* }
            }

            /// The files in [`SECTIONS`] order.
            pub fn in_order(&self) -> [DataFile<'a>; SECTIONS.len()] {
                [$(self.$section),*]
            }
        }
    };
}
with_dataset_sections!(define_data_files);

/// What is wrong with the data, and exactly where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// The file, e.g. `data/events.json`.
    pub file: String,
    /// The record: its id where it has a readable one, else its position.
    pub record: Option<String>,
    /// The field, as a path inside the record (`evidence[1].quote`).
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(record) = &self.record {
            write!(f, ": record {record}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found, not only the first, so an editor can fix them in one go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationErrors(pub Vec<ValidationError>);

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the dataset has {} problem(s):", self.0.len())?;
        for error in &self.0 {
            writeln!(f, "  {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// The shortest quote that can prove anything (the same limit as the quote checker).
pub const MIN_QUOTE_CHARS: usize = 12;

/// Collects problems while the dataset is read.
struct Checker {
    errors: Vec<ValidationError>,
}

impl Checker {
    fn push(&mut self, file: &str, record: Option<String>, field: Option<String>, message: String) {
        self.errors.push(ValidationError {
            file: file.to_owned(),
            record,
            field,
            message,
        });
    }

    /// Parses a file's JSON, or records why it cannot.
    fn json(&mut self, file: DataFile) -> Option<Value> {
        match serde_json::from_str(file.text) {
            Ok(value) => Some(value),
            Err(err) => {
                self.push(file.name, None, None, format!("not valid JSON: {err}"));
                None
            }
        }
    }

    /// Reads a single record (such as `meta.json`).
    fn record<T: DeserializeOwned>(&mut self, file: &str, value: Value) -> Option<T> {
        self.typed(file, None, value)
    }

    /// Reads an array of records, one by one, so that one bad record names
    /// itself and does not hide the others.
    fn records<T: DeserializeOwned>(&mut self, file: DataFile) -> Records<T> {
        let mut loaded = Records {
            items: Vec::new(),
            unreadable_ids: Vec::new(),
            file_readable: false,
        };
        let Some(value) = self.json(file) else {
            return loaded;
        };
        let Value::Array(items) = value else {
            self.push(
                file.name,
                None,
                None,
                "expected a JSON array of records".into(),
            );
            return loaded;
        };
        loaded.file_readable = true;
        for (index, item) in items.into_iter().enumerate() {
            let label = record_label(index, &item);
            let id = item.get("id").and_then(Value::as_str).map(str::to_owned);
            match self.typed(file.name, Some(label), item) {
                Some(record) => loaded.items.push(record),
                None => loaded.unreadable_ids.extend(id),
            }
        }
        loaded
    }

    fn typed<T: DeserializeOwned>(
        &mut self,
        file: &str,
        record: Option<String>,
        value: Value,
    ) -> Option<T> {
        match read_record::<T>(value) {
            Ok(parsed) => Some(parsed),
            Err((field, message)) => {
                self.push(file, record, field, message);
                None
            }
        }
    }
}

/// Reads one record; when it cannot, says which field (if any) and why.
pub(crate) fn read_record<T: DeserializeOwned>(
    value: Value,
) -> Result<T, (Option<String>, String)> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|err| {
        let path = err.path().to_string();
        let message = err.inner().to_string();
        // serde reports a missing field on the record itself; name the field.
        let missing = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
            .map(str::to_owned);
        let field = match (path.as_str(), missing) {
            (".", Some(name)) => Some(name),
            (".", None) => None,
            (_, Some(name)) => Some(format!("{path}.{name}")),
            (_, None) => Some(path),
        };
        (field, message)
    })
}

/// The records of one file, and what is known of those that could not be read.
struct Records<T> {
    items: Vec<T>,
    /// Ids of records that failed to parse: references to them are not
    /// reported again as dangling.
    unreadable_ids: Vec<String>,
    /// False when the file is not JSON or not an array: then references into
    /// it cannot be checked at all.
    file_readable: bool,
}

impl<T> Records<T> {
    fn ids<'a>(&'a self, id: impl Fn(&'a T) -> &'a String) -> impl Iterator<Item = &'a str> {
        self.items.iter().map(move |item| id(item).as_str())
    }

    /// The ids other records may refer to, or `None` when they cannot be known.
    fn known_ids<'a>(&'a self, id: impl Fn(&'a T) -> &'a String) -> Known<'a> {
        self.file_readable.then(|| {
            self.ids(id)
                .chain(self.unreadable_ids.iter().map(String::as_str))
                .collect()
        })
    }
}

/// "\"some-id\"" when the record has a string id, else "#3" (1-based).
fn record_label(index: usize, item: &Value) -> String {
    match item.get("id").and_then(Value::as_str) {
        Some(id) if !id.trim().is_empty() => format!("\"{id}\""),
        _ => format!("#{}", index + 1),
    }
}

/// The ids a reference may point to; `None` when the file they live in could
/// not be read, so that one broken file does not bury its own error under
/// many dangling references.
type Known<'a> = Option<HashSet<&'a str>>;

/// Checks of one record, reported against its file and id.
struct RecordCheck<'c> {
    checker: &'c mut Checker,
    file: &'c str,
    record: String,
}

impl<'c> RecordCheck<'c> {
    /// Checks of the record with this id in this file.
    fn of(checker: &'c mut Checker, file: &'c str, id: &str) -> RecordCheck<'c> {
        RecordCheck {
            checker,
            file,
            record: format!("\"{id}\""),
        }
    }

    fn fail(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.checker.push(
            self.file,
            Some(self.record.clone()),
            Some(field.into()),
            message.into(),
        );
    }

    fn text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, "is empty");
        }
    }

    fn id(&mut self, value: &str) {
        let ok = !value.is_empty()
            && value
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !value.starts_with('-')
            && !value.ends_with('-');
        if !ok {
            self.fail(
                "id",
                format!(
                    "\"{value}\" is not a slug (lower-case letters, digits and single hyphens)"
                ),
            );
        }
    }

    fn quote(&mut self, field: &str, quote: &str) {
        let length = quote.trim().chars().count();
        if length == 0 {
            self.fail(field, "the quote is empty");
        } else if length < MIN_QUOTE_CHARS {
            self.fail(
                field,
                format!("the quote is too short to prove anything ({length} characters; at least {MIN_QUOTE_CHARS})"),
            );
        }
    }

    /// A `[longitude, latitude]` pair on the globe.
    fn coordinates(&mut self, field: &str, [lon, lat]: LonLat) {
        if !(-180.0..=180.0).contains(&lon) {
            self.fail(field, format!("longitude {lon} is outside -180 to 180"));
        }
        if !(-90.0..=90.0).contains(&lat) {
            self.fail(field, format!("latitude {lat} is outside -90 to 90"));
        }
    }

    fn evidence(&mut self, evidence: &[Evidence], sources: &Known) {
        if evidence.is_empty() {
            self.fail("evidence", "needs at least one quote from a source");
        }
        for (i, item) in evidence.iter().enumerate() {
            self.reference(
                &format!("evidence[{i}].source"),
                &item.source,
                sources,
                "source",
            );
            self.quote(&format!("evidence[{i}].quote"), &item.quote);
        }
    }

    fn reference(&mut self, field: &str, id: &str, known: &Known, what: &str) {
        if known.as_ref().is_some_and(|ids| !ids.contains(id)) {
            self.fail(
                field,
                format!("refers to the {what} \"{id}\", which does not exist"),
            );
        }
    }

    fn references(&mut self, field: &str, ids: &[String], known: &Known, what: &str) {
        let mut seen = HashSet::new();
        for (i, id) in ids.iter().enumerate() {
            self.reference(&format!("{field}[{i}]"), id, known, what);
            if !seen.insert(id) {
                self.fail(format!("{field}[{i}]"), format!("lists \"{id}\" twice"));
            }
        }
    }
}

/// Reports ids used by more than one record of a file.
fn unique_ids<'a>(checker: &mut Checker, file: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = HashMap::new();
    for (index, id) in ids.enumerate() {
        if let Some(first) = seen.insert(id, index) {
            checker.push(
                file,
                Some(format!("\"{id}\"")),
                Some("id".into()),
                format!(
                    "duplicate id: records #{} and #{} share it",
                    first + 1,
                    index + 1
                ),
            );
        }
    }
}

/// Reads and validates the dataset from its files.
pub fn load(files: &DataFiles) -> Result<Dataset, ValidationErrors> {
    let mut checker = Checker { errors: Vec::new() };
    let c = &mut checker;

    let meta = c
        .json(files.meta)
        .and_then(|v| c.record::<Meta>(files.meta.name, v));
    let sources = c.records::<Source>(files.sources);
    let events = c.records::<Event>(files.events);
    let topics = c.records::<Topic>(files.topics);
    let actors = c.records::<Actor>(files.actors);
    let places = c.records::<Place>(files.places);
    let eras = c.records::<Era>(files.eras);
    let perspectives = c.records::<Perspective>(files.perspectives);
    let glossary = c.records::<GlossaryEntry>(files.glossary);
    // `null`: no guided story (a dataset published before stories were).
    let story = match c.json(files.story) {
        Some(Value::Null) => Some(None),
        Some(v) => c.record::<Story>(files.story.name, v).map(Some),
        None => None,
    };

    let source_ids = sources.known_ids(|s| &s.id);
    let event_ids = events.known_ids(|e| &e.id);
    let topic_ids = topics.known_ids(|t| &t.id);
    let actor_ids = actors.known_ids(|a| &a.id);
    let place_ids = places.known_ids(|p| &p.id);

    unique_ids(c, files.sources.name, sources.ids(|s| &s.id));
    unique_ids(c, files.events.name, events.ids(|e| &e.id));
    unique_ids(c, files.topics.name, topics.ids(|t| &t.id));
    unique_ids(c, files.actors.name, actors.ids(|a| &a.id));
    unique_ids(c, files.places.name, places.ids(|p| &p.id));
    unique_ids(c, files.eras.name, eras.ids(|e| &e.id));
    unique_ids(c, files.perspectives.name, perspectives.ids(|p| &p.id));
    unique_ids(c, files.glossary.name, glossary.ids(|g| &g.id));

    if let Some(meta) = &meta {
        let mut r = RecordCheck {
            checker: c,
            file: files.meta.name,
            record: "meta".into(),
        };
        r.text("version", &meta.version);
        r.text("title", &meta.title);
        r.text("description", &meta.description);
        let single_day = matches!(meta.date.start, DatePoint::Day { .. })
            && meta.date.qualifier == Qualifier::Exact
            && meta.date.end.is_none();
        if !single_day {
            r.fail("date", "must be a single day, YYYY-MM-DD");
        }
        if let Some(license) = &meta.license {
            if !license.starts_with("https://") || license.contains(char::is_whitespace) {
                r.fail("license", "must be the licence's https:// address");
            }
        }
    }
    for source in &sources.items {
        let mut r = RecordCheck::of(c, files.sources.name, &source.id);
        r.id(&source.id);
        r.text("file", &source.file);
        r.text("title", &source.title);
        r.text("authors_note", &source.authors_note);
        r.text("date_note", &source.date_note);
        r.text("perspective", &source.perspective);
        r.quote("quote", &source.quote);
        for (i, author) in source.authors.iter().enumerate() {
            r.text(&format!("authors[{i}]"), author);
        }
    }
    for event in &events.items {
        let mut r = RecordCheck::of(c, files.events.name, &event.id);
        r.id(&event.id);
        r.text("title", &event.title);
        r.text("summary", &event.summary);
        if event.topics.is_empty() {
            r.fail("topics", "needs at least one topic");
        }
        r.references("topics", &event.topics, &topic_ids, "topic");
        r.references("actors", &event.actors, &actor_ids, "actor");
        r.references("related", &event.related, &event_ids, "event");
        if event.related.iter().any(|id| id == &event.id) {
            r.fail("related", "an event cannot be related to itself");
        }
        r.references("places", &event.places, &place_ids, "place");
        if let Some(note) = &event.date_note {
            r.text("date_note", note);
        }
        if let Some(note) = &event.discrepancy {
            r.text("discrepancy", note);
        }
        r.evidence(&event.evidence, &source_ids);
    }
    for topic in &topics.items {
        let mut r = RecordCheck::of(c, files.topics.name, &topic.id);
        r.id(&topic.id);
        r.text("name", &topic.name);
        r.text("summary", &topic.summary);
        r.evidence(&topic.evidence, &source_ids);
    }
    for actor in &actors.items {
        let mut r = RecordCheck::of(c, files.actors.name, &actor.id);
        r.id(&actor.id);
        r.text("name", &actor.name);
        r.text("role", &actor.role);
        r.evidence(&actor.evidence, &source_ids);
    }
    let named_places: HashSet<&str> = events
        .items
        .iter()
        .flat_map(|e| e.places.iter().map(String::as_str))
        .collect();
    for place in &places.items {
        let mut r = RecordCheck::of(c, files.places.name, &place.id);
        r.id(&place.id);
        r.text("name", &place.name);
        r.text("gazetteer", &place.gazetteer);
        r.coordinates("point", place.point);
        match &place.extent {
            Some([west_south, east_north]) => {
                r.coordinates("extent[0]", *west_south);
                r.coordinates("extent[1]", *east_north);
                if west_south[1] > east_north[1] {
                    r.fail("extent", "its south edge is north of its north edge");
                }
            }
            None if place.kind.needs_extent() => r.fail(
                "extent",
                "a country, a region or a sea needs an extent: [[west, south], [east, north]]",
            ),
            None => {}
        }
        // An unread events file cannot say which places are used.
        if events.file_readable
            && events.unreadable_ids.is_empty()
            && !named_places.contains(place.id.as_str())
        {
            r.fail(
                "id",
                "no event names this place: remove it, or name it in an event's `places`",
            );
        }
        r.evidence(&place.evidence, &source_ids);
    }
    let mut eras = eras.items;
    eras.sort_by_key(|era| era.from);
    for (i, era) in eras.iter().enumerate() {
        let mut r = RecordCheck::of(c, files.eras.name, &era.id);
        r.id(&era.id);
        r.text("name", &era.name);
        r.text("summary", &era.summary);
        if era.to < era.from {
            r.fail(
                "to",
                format!("the era ends ({}) before it starts ({})", era.to, era.from),
            );
        }
        if let Some(next) = eras.get(i + 1) {
            if next.from <= era.to {
                r.fail(
                    "to",
                    format!(
                        "overlaps the era \"{}\", which starts in {}",
                        next.id, next.from
                    ),
                );
            }
        }
        r.evidence(&era.evidence, &source_ids);
    }
    for perspective in &perspectives.items {
        let mut r = RecordCheck::of(c, files.perspectives.name, &perspective.id);
        r.id(&perspective.id);
        r.text("question", &perspective.question);
        r.text("summary", &perspective.summary);
        r.references("topics", &perspective.topics, &topic_ids, "topic");
        if perspective.positions.is_empty() {
            r.fail("positions", "needs at least one position");
        }
        for (i, position) in perspective.positions.iter().enumerate() {
            r.reference(
                &format!("positions[{i}].source"),
                &position.source,
                &source_ids,
                "source",
            );
            r.text(&format!("positions[{i}].stance"), &position.stance);
            r.quote(&format!("positions[{i}].quote"), &position.quote);
        }
    }
    let mut terms = HashMap::new();
    for entry in &glossary.items {
        let mut r = RecordCheck::of(c, files.glossary.name, &entry.id);
        r.id(&entry.id);
        r.text("term", &entry.term);
        if let Some(expansion) = &entry.expansion {
            r.text("expansion", expansion);
        }
        if entry.expansion.is_none() && entry.note.is_none() {
            r.fail(
                "note",
                "an entry without an expansion must say why in a note",
            );
        }
        for (i, spelling) in std::iter::once(&entry.term)
            .chain(&entry.aliases)
            .enumerate()
        {
            if let Some(other) = terms.insert(spelling.clone(), entry.id.clone()) {
                let field = if i == 0 {
                    "term".to_owned()
                } else {
                    format!("aliases[{}]", i - 1)
                };
                r.fail(
                    field,
                    format!("\"{spelling}\" is already the term or alias of \"{other}\""),
                );
            }
        }
        r.evidence(&entry.evidence, &source_ids);
    }

    // Events that could not be read are reported on their own: a story's
    // step that names one is not judged (nor are any, without the file).
    let unread_events: Option<HashSet<String>> = events
        .file_readable
        .then(|| events.unreadable_ids.iter().cloned().collect());
    // The chronology's order; ties keep the file's order.
    let mut events = events.items;
    events.sort_by_key(|event| event.date.sort_key());
    if let Some(Some(story)) = &story {
        let events = unread_events
            .as_ref()
            .map(|unread| (events.as_slice(), unread));
        check_story(c, files.story.name, story, events, &source_ids);
    }

    match (checker.errors.is_empty(), meta, story) {
        (true, Some(meta), Some(story)) => Ok(Dataset {
            meta,
            sources: sources.items,
            events: events.into_iter().map(std::sync::Arc::new).collect(),
            topics: topics.items,
            actors: actors.items,
            places: places.items,
            eras,
            perspectives: perspectives.items,
            glossary: glossary.items,
            story: story.unwrap_or_default(),
        }),
        _ => Err(ValidationErrors(checker.errors)),
    }
}

/// The fewest and most steps a guided story may have: a story of one step
/// is an event page, and past about fifteen it is the chronology again.
pub const STORY_STEPS: std::ops::RangeInclusive<usize> = 2..=20;

/// `data/story.json`: the intro is sourced like any record; each step is a
/// known event, once, in the chronology's order, and its line carries part
/// of a quote of its own event or of the step before, so the line can say
/// only what those quotes say.
fn check_story(
    c: &mut Checker,
    file: &str,
    story: &Story,
    events: Option<(&[Event], &HashSet<String>)>,
    sources: &Known,
) {
    let mut r = RecordCheck {
        checker: c,
        file,
        record: "intro".into(),
    };
    r.text("text", &story.intro.text);
    r.evidence(&story.intro.evidence, sources);
    let count = story.steps.len();
    if !STORY_STEPS.contains(&count) {
        r.record = "steps".into();
        r.fail(
            "steps",
            format!(
                "has {count} steps; a story has {} to {}",
                STORY_STEPS.start(),
                STORY_STEPS.end()
            ),
        );
    }
    // The latest step found in the chronology, for the order; and where
    // the step just before is (`Some(None)`: not known, so a line resting
    // on its quotes cannot be judged).
    let mut latest: Option<(usize, &str)> = None;
    let mut before: Option<Option<usize>> = None;
    for (i, step) in story.steps.iter().enumerate() {
        let mut r = RecordCheck::of(c, file, &step.event);
        r.record = format!("steps[{i}] {}", r.record);
        r.text("link", &step.link);
        r.quote("quote", &step.quote);
        let Some((events, unread)) = events else {
            continue;
        };
        let found = events.iter().position(|e| e.id == step.event);
        let previous = before.replace(found);
        let Some(at) = found else {
            if !unread.contains(&step.event) {
                let what = format!(
                    "refers to the event \"{}\", which does not exist",
                    step.event
                );
                r.fail("event", what);
            }
            continue;
        };
        if let Some((latest_at, id)) = latest {
            if at == latest_at {
                r.fail("event", format!("the story already has \"{id}\""));
            } else if at < latest_at {
                r.fail(
                    "event",
                    format!("comes before the step before it (\"{id}\") in the chronology: steps follow its order"),
                );
            }
        }
        if latest.is_none_or(|(latest_at, _)| at > latest_at) {
            latest = Some((at, &step.event));
        }
        let quoted = |at: usize| {
            events[at]
                .evidence
                .iter()
                .any(|e| e.quote.contains(step.quote.trim()))
        };
        match previous {
            // The step before is unknown: its quotes cannot be read.
            Some(None) => {}
            _ if quoted(at) || previous.flatten().is_some_and(quoted) => {}
            _ => r.fail(
                "quote",
                "is not part of a quote of this step's event or of the step before",
            ),
        }
    }
}

/// Reads and validates a dataset published as one JSON document with one
/// key per file (`{"meta": …, "sources": […], …}`), as an institution may
/// publish a newer dataset. Messages name `NAME (section)` as the file.
pub fn load_document(name: &str, text: &str) -> Result<Dataset, ValidationErrors> {
    let fail = |field: Option<String>, message: String| {
        ValidationErrors(vec![ValidationError {
            file: name.to_owned(),
            record: None,
            field,
            message,
        }])
    };
    let value: Value =
        serde_json::from_str(text).map_err(|err| fail(None, format!("not valid JSON: {err}")))?;
    let Value::Object(mut document) = value else {
        return Err(fail(
            None,
            format!(
                "expected a JSON object with the keys {}",
                SECTIONS.join(", ")
            ),
        ));
    };
    let mut texts = Vec::new();
    for section in SECTIONS {
        match document.remove(section) {
            Some(value) => texts.push((format!("{name} ({section})"), value.to_string())),
            // Published before the guided story was: it has none.
            None if section == "story" => texts.push((format!("{name} (story)"), "null".into())),
            // Published before the map was: it has no places (an event
            // that names one is then reported as naming an unknown place).
            None if section == "places" => texts.push((format!("{name} (places)"), "[]".into())),
            None => return Err(fail(Some(section.to_owned()), "is missing".into())),
        }
    }
    // Comments and schema links may ride along; anything else is a mistake.
    if let Some(unknown) = document
        .keys()
        .find(|k| !k.starts_with('_') && !k.starts_with('$'))
    {
        return Err(fail(
            Some(unknown.clone()),
            "is not a section of the dataset".into(),
        ));
    }
    let file = |i: usize| DataFile {
        name: &texts[i].0,
        text: &texts[i].1,
    };
    load(&DataFiles::from_sections(std::array::from_fn(file)))
}
