//! The title and description of every page, in one place: the views use
//! them for `document.title` and the meta description, and the build writes
//! them into a static HTML page per route for link previews and for hosts
//! without rewrite rules.

use serde::Serialize;

use super::catalog::Catalog;
use crate::data::{Event, Source, Topic};

/// The site name, also the home page's title.
pub const SITE_NAME: &str = "Japan–NATO Partnership Explorer";

/// What a page is called and how it is described.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PageHead {
    /// The path below the app's base, without a leading slash ("" for the home page).
    pub path: String,
    /// The view's h1, also the first part of the document title.
    pub title: String,
    pub description: String,
}

impl PageHead {
    fn new(
        path: impl Into<String>,
        title: impl Into<String>,
        description: impl Into<String>,
    ) -> PageHead {
        PageHead {
            path: path.into(),
            title: title.into(),
            description: description.into(),
        }
    }

    /// The full document title.
    pub fn document_title(&self) -> String {
        document_title(&self.title)
    }
}

/// "Title · Site", or the site name alone for the home page.
pub fn document_title(title: &str) -> String {
    if title == SITE_NAME {
        title.to_owned()
    } else {
        format!("{title} · {SITE_NAME}")
    }
}

pub fn home() -> PageHead {
    PageHead::new("", SITE_NAME, "How Japan and NATO came to work together, what they cooperate on, and what analysts argue about it: a sourced chronology and topic explorer.")
}

pub fn timeline(catalog: &Catalog) -> PageHead {
    PageHead::new(
        "timeline",
        "Chronology",
        format!(
            "Every dated step of the Japan–NATO partnership {}, each with its sources, searchable and filterable.",
            coverage(catalog)
        ),
    )
}

pub fn topics() -> PageHead {
    PageHead::new("topics", "Topics", "The areas in which Japan and NATO cooperate, and the themes analysts discuss, each with its events and sources.")
}

pub fn topic(topic: &Topic) -> PageHead {
    PageHead::new(
        format!("topics/{}", topic.id),
        topic.name.clone(),
        topic.summary.clone(),
    )
}

pub fn event(event: &Event) -> PageHead {
    PageHead::new(
        format!("events/{}", event.id),
        event.title.clone(),
        format!("{}: {}", event.date, event.summary),
    )
}

pub fn sources(catalog: &Catalog) -> PageHead {
    PageHead::new(
        "sources",
        "Sources",
        format!(
            "The {} public documents every statement in the Japan–NATO Partnership Explorer is drawn from.",
            count_in_words(catalog.data.sources.len())
        ),
    )
}

pub fn source(source: &Source) -> PageHead {
    PageHead::new(
        format!("sources/{}", source.id),
        source.title.clone(),
        format!("{}: {}", source.title, source.perspective),
    )
}

pub fn perspectives() -> PageHead {
    PageHead::new("perspectives", "Debates and open questions", "What analysts and officials argue about the Japan–NATO partnership: will it last, China and Russia, Article 5, and more — each position quoted from its source.")
}

pub fn about() -> PageHead {
    PageHead::new("about", "About this explorer", "What the Japan–NATO Partnership Explorer is, how it was made, how to cite and embed it, and the dataset version.")
}

pub fn not_found() -> PageHead {
    PageHead::new(
        "404",
        "Page not found",
        "This page does not exist in the Japan–NATO Partnership Explorer.",
    )
}

/// The span of the chronology in words, from its data: "from the early
/// 1990s to 2023" (the first event's date as precisely as it is known, the
/// last year any event reaches).
pub fn coverage(catalog: &Catalog) -> String {
    // A decade reads with an article: "from the early 1990s", "from 2013".
    let first = catalog
        .data
        .events
        .first()
        .map(|e| match e.date.to_string() {
            decade if decade.ends_with('s') => format!("the {decade}"),
            date => date,
        });
    let (_, last_year) = catalog.year_span();
    match first {
        Some(first) if first != last_year.to_string() => format!("from {first} to {last_year}"),
        Some(first) => format!("in {first}"),
        None => "(no events yet)".to_owned(),
    }
}

/// "1 event", "61 events".
pub fn event_count(n: usize) -> String {
    if n == 1 {
        "1 event".to_owned()
    } else {
        format!("{n} events")
    }
}

/// "match", or "matches" after one.
pub fn matches_after(n: usize) -> &'static str {
    if n == 1 {
        "matches"
    } else {
        "match"
    }
}

/// A count as running prose writes it: words up to twelve, digits beyond.
pub fn count_in_words(n: usize) -> String {
    const WORDS: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

/// Every page the dataset defines, for the static pages the build writes.
pub fn all(catalog: &Catalog) -> Vec<PageHead> {
    let data = &catalog.data;
    let mut heads = vec![
        home(),
        timeline(catalog),
        topics(),
        sources(catalog),
        perspectives(),
        about(),
    ];
    heads.extend(data.topics.iter().map(topic));
    heads.extend(data.events.iter().map(|e| event(e)));
    heads.extend(data.sources.iter().map(source));
    heads
}
