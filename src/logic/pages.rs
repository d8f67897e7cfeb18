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

pub fn timeline() -> PageHead {
    PageHead::new("timeline", "Chronology", "Every dated step of the Japan–NATO partnership from the early 1990s to 2023, each with its sources, searchable and filterable.")
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

pub fn sources() -> PageHead {
    PageHead::new("sources", "Sources", "The five public documents every statement in the Japan–NATO Partnership Explorer is drawn from.")
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

/// Every page the dataset defines, for the static pages the build writes.
pub fn all(catalog: &Catalog) -> Vec<PageHead> {
    let data = &catalog.data;
    let mut heads = vec![
        home(),
        timeline(),
        topics(),
        sources(),
        perspectives(),
        about(),
    ];
    heads.extend(data.topics.iter().map(topic));
    heads.extend(data.events.iter().map(event));
    heads.extend(data.sources.iter().map(source));
    heads
}
