//! What leaves the app: citations and downloads of the current selection.

use serde::Serialize;

use crate::data::{Event, Meta};

use super::catalog::Catalog;

/// A citation of a page of the explorer, with the dataset version, the
/// address and the day it was read.
pub fn citation(page_title: &str, url: &str, meta: &Meta, accessed: &str) -> String {
    format!(
        "“{page_title}”. Japan–NATO Partnership Explorer, dataset version {} ({}). {url} (accessed {accessed}).",
        meta.version,
        meta.date.data_form(),
    )
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The events as CSV (RFC 4180, CRLF line ends), one row each, with the
/// quotes and their sources joined in one field.
pub fn events_csv(catalog: &Catalog, events: &[&Event]) -> String {
    let header = [
        "id",
        "date",
        "date_shown",
        "title",
        "summary",
        "type",
        "topics",
        "actors",
        "places",
        "sources",
        "quotes",
    ];
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
        let row = [
            event.id.clone(),
            event.date.data_form(),
            event.date.to_string(),
            event.title.clone(),
            event.summary.clone(),
            event.kind.slug().to_owned(),
            event.topics.join("; "),
            event.actors.join("; "),
            event.places.join("; "),
            sources.join("; "),
            quotes.join(" | "),
        ];
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

#[derive(Serialize)]
struct Export<'a> {
    dataset: &'a Meta,
    url: &'a str,
    events: &'a [&'a Event],
}

/// The events as JSON in the dataset's own schema, with the dataset's
/// version and the address of the view they were selected in.
pub fn events_json(catalog: &Catalog, events: &[&Event], url: &str) -> String {
    serde_json::to_string_pretty(&Export {
        dataset: &catalog.data.meta,
        url,
        events,
    })
    .unwrap_or_else(|_| "{}".to_owned())
}
