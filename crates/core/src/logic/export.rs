//! What leaves the app: citations and downloads of the current selection.

use serde::Serialize;

use crate::data::{DateSpec, Event, Meta};

use super::catalog::Catalog;
use super::lang::Lang;
use super::strings::{CitationParts, Strings};

/// A citation of a page of the explorer, with the dataset version, the
/// address and the day it was read.
/// `accessed` is a day as YYYY-MM-DD. Citations in English keep dates in
/// that form; in Japanese they read 2026年11月21日, as Japanese text writes
/// dates (a placeholder that is not a date is kept as it is).
pub fn citation(page_title: &str, url: &str, meta: &Meta, accessed: &str, s: &Strings) -> String {
    let (date, accessed) = match s.lang {
        Lang::En => (meta.date.data_form(), accessed.to_owned()),
        Lang::Ja => (
            meta.date.japanese(),
            DateSpec::parse(accessed).map_or_else(|_| accessed.to_owned(), |day| day.japanese()),
        ),
    };
    (s.citation)(&CitationParts {
        title: page_title,
        url,
        version: &meta.version,
        date: &date,
        accessed: &accessed,
    })
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The events as CSV (RFC 4180, CRLF line ends), one row each, with the
/// quotes and their sources joined in one field. The column names are the
/// same in both editions (they are for programs); the Japanese edition's
/// text is in Japanese, its dates in Japanese form, and a last column holds
/// the quotes' reference translations (the quotes stay in English).
pub fn events_csv(catalog: &Catalog, events: &[&Event], s: &Strings) -> String {
    let japanese = catalog.lang == Lang::Ja;
    let mut header = s.csv_header.to_vec();
    if japanese {
        header.push(QUOTE_RENDERINGS);
    }
    let mut out = header.join(",");
    out.push_str("\r\n");
    for event in events {
        let sources: Vec<&str> = catalog
            .event_sources(event)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        let quotes: Vec<String> = event
            .evidence
            .iter()
            .map(|e| format!("[{}] {}", e.source, e.quote))
            .collect();
        let mut row = vec![
            event.id.clone(),
            event.date.data_form(),
            s.date(&event.date),
            event.title.clone(),
            event.summary.clone(),
            event.kind.slug().to_owned(),
            event.topics.join("; "),
            event.actors.join("; "),
            event.places.join("; "),
            sources.join("; "),
            quotes.join(" | "),
        ];
        if japanese {
            let renderings: Vec<String> = event
                .evidence
                .iter()
                .map(|e| format!("[{}] {}", e.source, e.rendering.as_deref().unwrap_or("")))
                .collect();
            row.push(renderings.join(" | "));
        }
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The CSV column of the quotes' reference translations (Japanese edition).
pub const QUOTE_RENDERINGS: &str = "quote_renderings";

#[derive(Serialize)]
struct Export<'a> {
    dataset: &'a Meta,
    /// The edition the text is in ("en", "ja").
    lang: &'static str,
    url: &'a str,
    events: Vec<serde_json::Value>,
}

/// The events as JSON in the dataset's own schema, with the dataset's
/// version, the edition and the address of the view they were selected
/// in. In the Japanese edition each quote (kept in English) has its
/// reference translation beside it, as `rendering`.
pub fn events_json(catalog: &Catalog, events: &[&Event], url: &str) -> String {
    let events = events
        .iter()
        .map(|event| {
            let mut value = serde_json::to_value(event).unwrap_or_default();
            let evidence = value.get_mut("evidence").and_then(|e| e.as_array_mut());
            for (item, evidence) in evidence.into_iter().flatten().zip(&event.evidence) {
                if let (Some(item), Some(rendering)) = (item.as_object_mut(), &evidence.rendering) {
                    item.insert("rendering".into(), rendering.clone().into());
                }
            }
            value
        })
        .collect();
    serde_json::to_string_pretty(&Export {
        dataset: &catalog.data.meta,
        lang: catalog.lang.tag(),
        url,
        events,
    })
    .unwrap_or_else(|_| "{}".to_owned())
}
