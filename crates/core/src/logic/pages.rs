//! The title and description of every page, in one place: the views use
//! them for `document.title` and the meta description, and the build writes
//! them into a static HTML page per route for link previews and for hosts
//! without rewrite rules.

use serde::Serialize;

use super::catalog::Catalog;
use super::filters::Filters;
use super::lang::Lang;
use super::story::{StoryKind, Storyline};
use super::strings::{strings, Strings};
use crate::data::{Event, Source, Topic};

/// The English site name, also the English home page's title.
pub const SITE_NAME: &str = super::strings::EN.site_name;

/// What a page is called and how it is described.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PageHead {
    /// The path below the edition's base, without a leading slash ("" for
    /// the home page).
    pub path: String,
    /// The view's h1, also the first part of the document title.
    pub title: String,
    pub description: String,
    /// The edition the page is in.
    #[serde(skip)]
    pub lang: Lang,
}

impl PageHead {
    fn new(
        s: &Strings,
        path: impl Into<String>,
        title: impl Into<String>,
        description: impl Into<String>,
    ) -> PageHead {
        PageHead {
            path: path.into(),
            title: title.into(),
            description: description.into(),
            lang: s.lang,
        }
    }

    /// The full document title, in the page's edition.
    pub fn document_title(&self) -> String {
        (strings(self.lang).document_title)(&self.title)
    }

    /// The path below the site's base, with the edition's prefix:
    /// "ja/timeline" for the Japanese chronology, "ja" for its overview.
    pub fn site_path(&self) -> String {
        let prefix = self.lang.prefix().trim_start_matches('/');
        match (prefix, self.path.as_str()) {
            ("", path) => path.to_owned(),
            (prefix, "") => prefix.to_owned(),
            (prefix, path) => format!("{prefix}/{path}"),
        }
    }
}

/// "Title: description" as an edition writes it.
fn titled(s: &Strings, title: &str, text: &str) -> String {
    match s.lang {
        Lang::En => format!("{title}: {text}"),
        Lang::Ja => format!("{title}：{text}"),
    }
}

pub fn home(s: &Strings) -> PageHead {
    PageHead::new(s, "", s.site_name, s.home_description)
}

pub fn timeline(catalog: &Catalog, s: &Strings) -> PageHead {
    PageHead::new(
        s,
        "timeline",
        s.timeline_title,
        (s.timeline_description)(&coverage(catalog, s)),
    )
}

/// `/map`: the places the events name.
pub fn map(catalog: &Catalog, s: &Strings) -> PageHead {
    let places = super::map::counts(catalog, &(0..catalog.data.events.len()).collect::<Vec<_>>());
    let named = places.iter().filter(|&&count| count > 0).count();
    PageHead::new(s, "map", s.map_title, (s.map_description)(named))
}

/// A story's first screen: the guided story, or a filtered chronology's
/// story of `steps` events.
pub fn story(kind: StoryKind, steps: usize, s: &Strings) -> PageHead {
    match kind {
        StoryKind::Guided => PageHead::new(s, "story", s.story_title, s.story_description),
        StoryKind::Chronology => PageHead::new(
            s,
            "story",
            s.story_title_filtered,
            (s.story_filtered_lead)(steps),
        ),
    }
}

/// A story's step: the event's title, and where it stands in its story
/// (`step` from 0, of how many) before its summary.
pub fn story_step(event: &Event, step: Option<(usize, usize)>, s: &Strings) -> PageHead {
    let description = match step {
        Some((step, steps)) => titled(s, &(s.story_step_of)(step + 1, steps), &event.summary),
        None => event.summary.clone(),
    };
    PageHead::new(
        s,
        format!("story/{}", event.id),
        event.title.clone(),
        description,
    )
}

pub fn topics(s: &Strings) -> PageHead {
    PageHead::new(s, "topics", s.topics_title, s.topics_description)
}

pub fn topic(topic: &Topic, s: &Strings) -> PageHead {
    PageHead::new(
        s,
        format!("topics/{}", topic.id),
        topic.name.clone(),
        topic.summary.clone(),
    )
}

pub fn event(event: &Event, s: &Strings) -> PageHead {
    PageHead::new(
        s,
        format!("events/{}", event.id),
        event.title.clone(),
        titled(s, &s.date(&event.date), &event.summary),
    )
}

pub fn sources(catalog: &Catalog, s: &Strings) -> PageHead {
    PageHead::new(
        s,
        "sources",
        s.sources_title,
        (s.sources_description)(catalog.data.sources.len()),
    )
}

pub fn source(source: &Source, s: &Strings) -> PageHead {
    PageHead::new(
        s,
        format!("sources/{}", source.id),
        source.title.clone(),
        titled(s, &source.title, &source.perspective),
    )
}

pub fn perspectives(s: &Strings) -> PageHead {
    PageHead::new(
        s,
        "perspectives",
        s.perspectives_title,
        s.perspectives_description,
    )
}

pub fn about(s: &Strings) -> PageHead {
    PageHead::new(s, "about", s.about_title, s.about_description)
}

pub fn not_found(s: &Strings) -> PageHead {
    PageHead::new(s, "404", s.not_found_title, s.not_found_description)
}

/// The span of the chronology in words, from its data: "from the early
/// 1990s to 2023", "1990年代前半から2023年まで" (the first event's date as
/// precisely as it is known, the last year any event reaches).
pub fn coverage(catalog: &Catalog, s: &Strings) -> String {
    let first = catalog.data.events.first().map(|e| s.date(&e.date));
    let (_, last_year) = catalog.year_span();
    (s.coverage)(first.as_deref(), last_year)
}

/// Up to this many events, every event's step of a story has a page of its
/// own (see [`all`]).
pub const STORY_PAGES_FOR_ALL: usize = 5_000;

/// Every page the dataset defines, for the static pages the build writes.
pub fn all(catalog: &Catalog, s: &Strings) -> Vec<PageHead> {
    let data = &catalog.data;
    let mut heads = vec![
        home(s),
        timeline(catalog, s),
        map(catalog, s),
        topics(s),
        sources(catalog, s),
        perspectives(s),
        about(s),
    ];
    heads.extend(data.topics.iter().map(|t| topic(t, s)));
    heads.extend(data.events.iter().map(|e| event(e, s)));
    heads.extend(data.sources.iter().map(|x| source(x, s)));
    // Every event is a step of a story without filters: of the guided
    // story, or else of the whole chronology. Past STORY_PAGES_FOR_ALL
    // events only the guided story's steps get a page (the app draws the
    // others, from the not-found page): each page of the whole
    // chronology's story reads all its steps, so a page per event would
    // take time that grows with the square of their number.
    let guided = Storyline::select(catalog, &Filters::default(), None);
    heads.push(story(guided.kind, guided.len(), s));
    let everything = Storyline::select(catalog, &Filters::default(), Some(""));
    for (at, e) in data.events.iter().enumerate() {
        let line = match guided.step_of(at) {
            Some(_) => &guided,
            None if data.events.len() <= STORY_PAGES_FOR_ALL => &everything,
            None => continue,
        };
        let step = line.step_of(at).map(|step| (step, line.len()));
        heads.push(story_step(e, step, s));
    }
    heads
}
