//! The records of the dataset, as they are written in `data/*.json`.
//! `data/README.md` documents the same schema for the people who edit it.
//!
//! Every record rejects unknown fields, so a misspelt field name fails the
//! build instead of being silently dropped.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::date::DateSpec;

/// A verbatim quote from one source document: the evidence behind a record.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The id of a [`Source`].
    pub source: String,
    /// Words copied exactly from that source (typographic quotes and dashes aside).
    pub quote: String,
    /// The Japanese edition's reference translation of the quote (参考訳),
    /// from `data/ja/`; never in `data/*.json` (see `translation.rs`).
    #[serde(skip)]
    pub rendering: Option<String>,
}

/// `data/meta.json`: the dataset's version and date, used in citations.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub version: String,
    /// The day this version was made, `YYYY-MM-DD`.
    pub date: DateSpec,
    pub title: String,
    pub description: String,
    /// The address of the licence the dataset is published under, for
    /// the about page's structured data (`logic::discovery`); optional, so
    /// that datasets made before it still read.
    #[serde(default)]
    pub license: Option<String>,
}

/// What kind of document a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    Official,
    AcademicProject,
    Commentary,
    Analysis,
}

/// What a source's date is: when it says it was published, when it says it
/// was last updated, or what we infer from its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateKind {
    Published,
    LastUpdated,
    Inferred,
}

/// `data/sources.json`: one of the five source documents.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The document's file name in the shared sources folder.
    pub file: String,
    pub title: String,
    /// The organisation behind it, where the text names one.
    pub organisation: Option<String>,
    /// Authors as named in the text; empty where none is named.
    pub authors: Vec<String>,
    /// What the text says, or does not say, about authorship.
    pub authors_note: String,
    pub date: DateSpec,
    pub date_kind: DateKind,
    /// Where the date comes from.
    pub date_note: String,
    pub kind: SourceKind,
    /// A short, neutral summary of the document's perspective, in our words.
    pub perspective: String,
    /// A characteristic passage of the document.
    pub quote: String,
    /// The passage's reference translation in the Japanese edition.
    #[serde(skip)]
    pub rendering: Option<String>,
}

/// The kind of happening an event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventType {
    Agreement,
    Meeting,
    Exercise,
    Operation,
    Institutional,
    Contribution,
    Policy,
    Capability,
    Statement,
    Context,
}

impl EventType {
    /// Every type, in the order filters list them.
    pub const ALL: [EventType; 10] = [
        EventType::Agreement,
        EventType::Meeting,
        EventType::Exercise,
        EventType::Operation,
        EventType::Institutional,
        EventType::Contribution,
        EventType::Policy,
        EventType::Capability,
        EventType::Statement,
        EventType::Context,
    ];

    /// The slug used in data files and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            EventType::Agreement => "agreement",
            EventType::Meeting => "meeting",
            EventType::Exercise => "exercise",
            EventType::Operation => "operation",
            EventType::Institutional => "institutional",
            EventType::Contribution => "contribution",
            EventType::Policy => "policy",
            EventType::Capability => "capability",
            EventType::Statement => "statement",
            EventType::Context => "context",
        }
    }

    pub fn from_slug(slug: &str) -> Option<EventType> {
        EventType::ALL.into_iter().find(|t| t.slug() == slug)
    }
}

/// `data/events.json`: one dated happening.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// A stable slug, used in `/events/{id}`.
    pub id: String,
    pub date: DateSpec,
    /// Where the date comes from, when it is not plain in the quotes.
    #[serde(default)]
    pub date_note: Option<String>,
    pub title: String,
    /// One to three sentences in our own words.
    pub summary: String,
    #[serde(rename = "type")]
    pub kind: EventType,
    /// Ids of [`Topic`]s.
    pub topics: Vec<String>,
    /// Ids of [`Actor`]s.
    pub actors: Vec<String>,
    /// Ids of [`Place`]s, where the sources say it happened.
    pub places: Vec<String>,
    /// Ids of other events that belong with this one.
    #[serde(default)]
    pub related: Vec<String>,
    /// Where the sources disagree about this event, what each says.
    #[serde(default)]
    pub discrepancy: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// `data/topics.json`: an area of cooperation or a theme of the debate.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// A stable slug, used in `/topics/{id}`.
    pub id: String,
    pub name: String,
    pub summary: String,
    pub evidence: Vec<Evidence>,
}

/// What kind of actor a record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    Person,
    Organisation,
    State,
    Programme,
}

/// `data/actors.json`: a person, organisation, state or programme the sources name.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub role: String,
    pub evidence: Vec<Evidence>,
}

/// What kind of place a record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    City,
    Country,
    Region,
    Sea,
    /// An organisation's seat (NATO headquarters).
    Seat,
}

impl PlaceKind {
    /// Whether a place of this kind is an area without borders of its own
    /// on the map: a locator outlines its extent.
    pub fn is_area(self) -> bool {
        matches!(self, PlaceKind::Region | PlaceKind::Sea)
    }

    /// Whether a record of this kind gives the box it covers.
    pub fn needs_extent(self) -> bool {
        self.is_area() || self == PlaceKind::Country
    }
}

/// Longitude and latitude, in degrees.
pub type LonLat = [f64; 2];

/// `data/places.json`: a place the events name, with where it is on the
/// globe (from the gazetteer it names) for the map.
#[derive(Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: String,
    /// As the sources write it.
    pub name: String,
    pub kind: PlaceKind,
    /// Where its mark goes.
    pub point: LonLat,
    /// The area it covers, `[[west, south], [east, north]]`; west is greater
    /// than east when the area crosses the 180th meridian.
    #[serde(default)]
    pub extent: Option<[LonLat; 2]>,
    /// Where the coordinates come from (`GeoNames 593116`, …).
    pub gazetteer: String,
    pub evidence: Vec<Evidence>,
}

// Coordinates are finite numbers checked at load time, never NaN.
impl Eq for Place {}

/// Without its coordinates: formatting a float would bring the float
/// formatter into the app's WebAssembly module (about 12 kB) for the sake
/// of debug output.
impl std::fmt::Debug for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Place")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// `data/eras.json`: a period of the partnership, marked on the chronology.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: String,
    pub name: String,
    /// First year of the era.
    pub from: i32,
    /// Last year of the era.
    pub to: i32,
    pub summary: String,
    pub evidence: Vec<Evidence>,
}

/// One source's position in a debate.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub source: String,
    /// The position, in our words.
    pub stance: String,
    pub quote: String,
    /// The quote's reference translation in the Japanese edition.
    #[serde(skip)]
    pub rendering: Option<String>,
}

/// `data/perspectives.json`: an open question or argument the sources raise.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Perspective {
    pub id: String,
    pub question: String,
    pub summary: String,
    pub topics: Vec<String>,
    pub positions: Vec<Position>,
}

/// `data/glossary.json`: an acronym the sources use.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub id: String,
    /// The acronym as the sources write it.
    pub term: String,
    /// Its expansion, where the sources give one; `null` where they do not.
    pub expansion: Option<String>,
    /// Other spellings found in the sources.
    #[serde(default)]
    pub aliases: Vec<String>,
    pub note: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// `data/story.json`: the guided story, the partnership told through its
/// key milestones (`/story`). Chosen in the data, checked like the rest.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// The story's first screen: what the partnership is.
    pub intro: StoryIntro,
    /// In the chronology's order.
    pub steps: Vec<StoryStep>,
}

/// The paragraph that opens the story, with the quotes behind it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StoryIntro {
    pub text: String,
    pub evidence: Vec<Evidence>,
}

/// One step of the story: an event, and a line joining it to the step
/// before (to the intro, for the first).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StoryStep {
    /// The id of an [`Event`].
    pub event: String,
    /// One short line in our words; it says only what `quote` says.
    pub link: String,
    /// Part of a quote of this step's event or of the step before: the
    /// line's evidence (the validation checks it is one).
    pub quote: String,
}

/// The whole dataset, validated: every reference resolves, every id is unique.
/// `build.rs` also writes it in a compact binary form (postcard) for the bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dataset {
    pub meta: Meta,
    pub sources: Vec<Source>,
    /// In chronological order. Shared, so that a view holds an event
    /// without copying it (serialised as the plain records).
    pub events: Vec<Arc<Event>>,
    pub topics: Vec<Topic>,
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    /// In chronological order.
    pub eras: Vec<Era>,
    pub perspectives: Vec<Perspective>,
    pub glossary: Vec<GlossaryEntry>,
    pub story: Story,
}
