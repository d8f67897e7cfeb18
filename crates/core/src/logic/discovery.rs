//! What search engines and link previews read: each page's canonical
//! address, the sitemap and `robots.txt`, and the structured data
//! (schema.org JSON-LD) of the about page (the dataset) and of event pages
//! (an event, citing its sources). The prerender tool writes them; the
//! build's post-processing step writes the downloads they name.

use serde_json::{json, Value};

use super::catalog::Catalog;
use super::lang::Lang;
use super::markup::Markup;
use super::pages::PageHead;
use super::strings::Strings;
use crate::data::{DateKind, DateSpec, Event, Qualifier, Source};

/// Where the site is published: its origin ("https://example.org", or ""
/// when the build was not told it) and its base path ("/", "/sub/path/").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    pub origin: String,
    pub base: String,
}

impl Site {
    pub fn new(origin: &str, base: &str) -> Site {
        Site {
            origin: origin.trim_end_matches('/').to_owned(),
            base: format!("{}/", base.trim_end_matches('/')),
        }
    }

    /// Whether the build knows the origin, so that addresses are absolute.
    pub fn has_origin(&self) -> bool {
        !self.origin.is_empty()
    }

    /// A file below the base: "share/x.png" → "https://example.org/sub/share/x.png".
    pub fn file(&self, path: &str) -> String {
        format!(
            "{}{}{}",
            self.origin,
            self.base,
            path.trim_start_matches('/')
        )
    }

    /// A page's address in an edition: the page at `head.path` in `lang`
    /// ("/", "/timeline", "/ja/", "/ja/timeline").
    pub fn page(&self, head: &PageHead, lang: Lang) -> String {
        let view = if head.path.is_empty() {
            "/".to_owned()
        } else {
            format!("/{}", head.path)
        };
        format!(
            "{}{}{}",
            self.origin,
            self.base.trim_end_matches('/'),
            lang.path(&view)
        )
    }

    /// The page's own address, which its `<link rel="canonical">` gives,
    /// whatever query or `?embed=1` it was opened with.
    pub fn canonical(&self, head: &PageHead) -> String {
        self.page(head, head.lang)
    }
}

/// Whether a page is listed (every page but the not-found pages).
pub fn is_listed(head: &PageHead) -> bool {
    head.path != "404"
}

/// A sitemap file holds at most this many addresses (sitemaps.org).
pub const SITEMAP_LIMIT: usize = 50_000;

/// The sitemap of every listed page, each with its alternates in both
/// editions, `lastmod` the dataset's date: one `sitemap.xml`, or past
/// [`SITEMAP_LIMIT`] addresses a sitemap index `sitemap.xml` over
/// `sitemap-1.xml`, `sitemap-2.xml`, … Files as (name, text).
pub fn sitemaps(site: &Site, heads: &[PageHead], lastmod: &str) -> Vec<(String, String)> {
    let listed: Vec<&PageHead> = heads.iter().filter(|h| is_listed(h)).collect();
    // XML written with `Markup`, which escapes every address by construction.
    let urlset = |heads: &[&PageHead]| {
        let mut xml = Markup::fill(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
"#,
            &[],
        );
        for head in heads {
            xml.push(
                "<url><loc>{}</loc><lastmod>{}</lastmod>",
                &[&site.canonical(head), &lastmod],
            );
            for (tag, lang) in [("en", Lang::En), ("ja", Lang::Ja), ("x-default", Lang::En)] {
                xml.push(
                    r#"<xhtml:link rel="alternate" hreflang="{}" href="{}"/>"#,
                    &[&tag, &site.page(head, lang)],
                );
            }
            xml.push("</url>\n", &[]);
        }
        xml.push("</urlset>\n", &[]);
        xml.into_string()
    };
    if listed.len() <= SITEMAP_LIMIT {
        return vec![("sitemap.xml".to_owned(), urlset(&listed))];
    }
    let parts: Vec<(String, String)> = listed
        .chunks(SITEMAP_LIMIT)
        .enumerate()
        .map(|(at, chunk)| (format!("sitemap-{}.xml", at + 1), urlset(chunk)))
        .collect();
    let mut index = Markup::fill(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
"#,
        &[],
    );
    for (name, _) in &parts {
        index.push(
            "<sitemap><loc>{}</loc><lastmod>{}</lastmod></sitemap>\n",
            &[&site.file(name), &lastmod],
        );
    }
    index.push("</sitemapindex>\n", &[]);
    let mut files = vec![("sitemap.xml".to_owned(), index.into_string())];
    files.extend(parts);
    files
}

/// `robots.txt`: everything may be crawled; the sitemap is named. Crawlers
/// read it only at the host's root, so under a sub-path the host's own
/// `robots.txt` must name the sitemap (README, "Found and shared").
pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.file("sitemap.xml")
    )
}

/// The downloads of the whole chronology the build writes beside the
/// pages, below the base: the same JSON and CSV the views offer, of every
/// event, in the edition's language.
pub fn download(lang: Lang, format: Download) -> String {
    format!("downloads/events-{}.{}", lang.tag(), format.extension())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Download {
    Json,
    Csv,
}

impl Download {
    pub const ALL: [Download; 2] = [Download::Json, Download::Csv];

    pub fn extension(self) -> &'static str {
        match self {
            Download::Json => "json",
            Download::Csv => "csv",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Download::Json => "application/json",
            Download::Csv => "text/csv",
        }
    }
}

/// JSON-LD for a `<script type="application/ld+json">` block: `<`, `>`
/// and `&` written as `\u` escapes, so that no text in the data can end
/// the block (`</script>`) or open a comment. Still the same JSON.
pub fn script_text(value: &Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// A date as schema.org reads it (ISO 8601), when it is a date at all:
/// "2007-01-29", "2007-01", "2007"; `None` for "by 2022" or "after 2014",
/// which are not a start date.
fn iso_date(date: &DateSpec) -> Option<String> {
    (date.qualifier == Qualifier::Exact).then(|| date.machine_readable())
}

/// The about page's description of the dataset (`Dataset`): its version,
/// licence, creator, the downloads as its distributions, its temporal
/// coverage from the data, the sources it is built on. `sources` are the
/// documents as they are titled (the bundled records, not an edition's
/// translation of their titles): a citation names a document by its title.
pub fn dataset(
    catalog: &Catalog,
    sources: &[Source],
    s: &Strings,
    site: &Site,
    about: &PageHead,
) -> Value {
    let meta = &catalog.data.meta;
    let (first, last) = catalog.year_span();
    let distribution: Vec<Value> = Download::ALL
        .iter()
        .map(|&format| {
            json!({
                "@type": "DataDownload",
                "encodingFormat": format.media_type(),
                "contentUrl": site.file(&download(catalog.lang, format)),
            })
        })
        .collect();
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": meta.title,
        "description": meta.description,
        "url": site.canonical(about),
        "version": meta.version,
        "dateModified": meta.date.machine_readable(),
        "inLanguage": catalog.lang.tag(),
        "isAccessibleForFree": true,
        "creator": { "@type": "Organization", "name": s.site_name, "url": site.file("") },
        "temporalCoverage": format!("{first}/{last}"),
        "distribution": distribution,
        "isBasedOn": sources.iter().map(source).collect::<Vec<_>>(),
    });
    if let Some(license) = &meta.license {
        value["license"] = json!(license);
    }
    value
}

/// A source as a schema.org `CreativeWork`.
fn source(source: &Source) -> Value {
    let mut value = json!({ "@type": "CreativeWork", "name": source.title });
    if !source.authors.is_empty() {
        value["author"] = source
            .authors
            .iter()
            .map(|name| json!({ "@type": "Person", "name": name }))
            .collect();
    }
    if let Some(organisation) = &source.organisation {
        value["publisher"] = json!({ "@type": "Organization", "name": organisation });
    }
    // The date as the document gives it: published, or last updated; a date
    // we only infer from its text is not stated as either.
    let field = match source.date_kind {
        DateKind::Published => Some("datePublished"),
        DateKind::LastUpdated => Some("dateModified"),
        DateKind::Inferred => None,
    };
    if let (Some(field), Some(date)) = (field, iso_date(&source.date)) {
        value[field] = json!(date);
    }
    value
}

/// An event page: a `WebPage` about the `Event`, citing the sources its
/// quotes come from (by their own titles, as [`dataset`]), part of the
/// dataset.
pub fn event_page(
    catalog: &Catalog,
    sources: &[Source],
    event: &Event,
    site: &Site,
    page: &PageHead,
    about: &PageHead,
) -> Value {
    let mut about_event = json!({
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
    });
    if let Some(start) = iso_date(&event.date) {
        about_event["startDate"] = json!(start);
        if let Some(end) = event.date.end {
            let end = DateSpec {
                start: end,
                end: None,
                ..event.date
            };
            about_event["endDate"] = json!(end.machine_readable());
        }
    }
    let places: Vec<Value> = event
        .places
        .iter()
        .filter_map(|id| catalog.place(id))
        .map(|place| {
            json!({
                "@type": "Place",
                "name": place.name,
                "geo": {
                    "@type": "GeoCoordinates",
                    "longitude": place.point[0],
                    "latitude": place.point[1],
                },
            })
        })
        .collect();
    if !places.is_empty() {
        about_event["location"] = json!(places);
    }
    json!({
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": event.title,
        "description": event.summary,
        "url": site.canonical(page),
        "inLanguage": catalog.lang.tag(),
        "about": about_event,
        "citation": catalog
            .event_sources(event)
            .into_iter()
            .filter_map(|cited| sources.iter().find(|s| s.id == cited.id))
            .map(source)
            .collect::<Vec<_>>(),
        "isPartOf": {
            "@type": "Dataset",
            "name": catalog.data.meta.title,
            "url": site.canonical(about),
        },
    })
}
