//! Renders every page the dataset defines to HTML, with the same components
//! the app runs in the browser, into the static pages of a build.
//!
//! ```text
//! prerender --template dist/.page-template.html --out dist --base /sub/path/
//!           [--origin https://example.org] [--translations translations-<hash>.bin]
//!           [--share-images cards.json]
//! ```
//!
//! Both editions: English at the site's paths, Japanese under `ja/`.
//!
//! The template is the build's `index.html` with placeholders, which each
//! page fills: `%LANG%` (`<html lang>`), `%LOCALE%` (`og:locale`),
//! `%ALTERNATES%` (the `hreflang` links to the page in each edition),
//! `%EDITION_HEAD%` (a Japanese page's preload of its text), `%SHARE%`
//! (the canonical address and the link-preview tags with the page's share
//! image), `%STRUCTURED_DATA%` (schema.org JSON-LD, on the about and event
//! pages),
//! `%TITLE%` (the document title), `%DESCRIPTION%` (the meta and
//! link-preview description), `%PAGE%` (the page's path below the base,
//! which the start script compares with the address) and `%APP%` (the
//! rendered app). Each route is written to `<path>/index.html`, the home
//! page to `index.html`, the not-found page to `404.html`, and the same
//! below `ja/`. Given the origin, also writes `sitemap.xml` (a sitemap
//! index past 50,000 addresses) and `robots.txt`. Prints a JSON summary:
//! how many pages, the largest, the sitemap's files.
//!
//! Built with the `ssr` feature (`cargo run --no-default-features
//! --features ssr --bin prerender`); `scripts/postbuild.mjs` runs it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use explorer_core::data::{self, Source};
use explorer_core::logic::discovery::{self, Site};
use explorer_core::logic::pages::{self, PageHead};
use explorer_core::logic::share;
use explorer_core::logic::{strings, Catalog, Lang};
use japan_nato_explorer::app::PrerenderedApp;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

struct Options {
    template: PathBuf,
    out: PathBuf,
    base: String,
    /// The site's origin ("https://example.org"), for absolute `hreflang`
    /// addresses as search engines want them; root-relative without it.
    origin: String,
    /// The file of the Japanese edition's text, below the base, which its
    /// pages preload.
    translations: Option<String>,
    /// Each edition's share images, below the base, by card
    /// (`{"en": {"event-x": "share/en-event-x-<hash>.png", …}, "ja": …}`),
    /// as `scripts/postbuild.mjs` stores them.
    share_images: Option<PathBuf>,
}

/// The share images of each edition: the file of each card.
type ShareImages = HashMap<String, HashMap<String, String>>;

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let (mut template, mut out, mut base, mut origin, mut translations, mut share_images) =
        (None, None, "/".to_owned(), String::new(), None, None);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--template" => template = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--base" => base = value()?,
            "--origin" => origin = value()?.trim_end_matches('/').to_owned(),
            "--translations" => translations = Some(value()?),
            "--share-images" => share_images = Some(PathBuf::from(value()?)),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if !base.starts_with('/') {
        return Err(format!("--base must start with '/': {base}"));
    }
    Ok(Options {
        template: template.ok_or("--template is required")?,
        out: out.ok_or("--out is required")?,
        base: format!("{}/", base.trim_end_matches('/')),
        origin,
        translations,
        share_images,
    })
}

/// The app's HTML for one path below the base, rendered as the router
/// would render it for that address.
fn render_app(base: &str, path: &str, catalog: &Arc<Catalog>) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(RequestUrl::new(&format!("{base}{path}")));
        let (base, catalog) = (base.to_owned(), Arc::clone(catalog));
        view! { <PrerenderedApp base=base catalog=catalog/> }.to_html()
    });
    owner.cleanup();
    // The renderer marks where dynamic children begin with `<!>`, for
    // hydration; nothing here hydrates (the app mounts its own tree over the
    // page, browser/takeover.rs), and `<!>` is not valid HTML (a "bogus
    // comment" to the Nu validator). Text is escaped, so only markers match.
    html.replace("<!>", "")
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page's file below the output directory: `index.html`,
/// `timeline/index.html`, `ja/index.html`, `ja/timeline/index.html`;
/// the not-found pages `404.html` and `ja/404.html`.
fn file_for(head: &PageHead) -> PathBuf {
    let edition = Path::new(head.lang.prefix().trim_start_matches('/'));
    match head.path.as_str() {
        "" => edition.join("index.html"),
        "404" => edition.join("404.html"),
        path => edition.join(path).join("index.html"),
    }
}

/// The `<link rel="alternate" hreflang>` of the page in each edition, and
/// the English one again as `x-default`.
fn alternates(site: &Site, head: &PageHead) -> String {
    if !discovery::is_listed(head) {
        return String::new();
    }
    let link = |tag: &str, lang: Lang| {
        format!(
            r#"<link rel="alternate" hreflang="{tag}" href="{}">"#,
            escape_attribute(&site.page(head, lang))
        )
    };
    [
        link("en", Lang::En),
        link("ja", Lang::Ja),
        link("x-default", Lang::En),
    ]
    .concat()
}

/// What a page gives search engines and link previews: its canonical
/// address (the same when it is opened embedded, `?embed=1`, or with a
/// query), and the Open Graph and Twitter tags with its share image.
fn share_tags(site: &Site, head: &PageHead, image: Option<(&str, String)>) -> String {
    let mut tags = String::new();
    let meta = |tags: &mut String, property: &str, content: &str| {
        tags.push_str(&format!(
            r#"<meta property="{property}" content="{}">"#,
            escape_attribute(content)
        ));
    };
    if discovery::is_listed(head) {
        let canonical = site.canonical(head);
        tags.push_str(&format!(
            r#"<link rel="canonical" href="{}">"#,
            escape_attribute(&canonical)
        ));
        // Open Graph addresses are absolute: without the origin, none.
        if site.has_origin() {
            meta(&mut tags, "og:url", &canonical);
        }
    }
    meta(&mut tags, "og:site_name", strings(head.lang).site_name);
    meta(&mut tags, "og:locale:alternate", locale(head.lang.other()));
    if let Some((file, alt)) = image {
        meta(&mut tags, "og:image", &site.file(file));
        meta(&mut tags, "og:image:type", "image/png");
        meta(&mut tags, "og:image:width", &share::WIDTH.to_string());
        meta(&mut tags, "og:image:height", &share::HEIGHT.to_string());
        meta(&mut tags, "og:image:alt", &alt);
        tags.push_str(r#"<meta name="twitter:card" content="summary_large_image">"#);
    }
    tags
}

/// The page's structured data, as a JSON-LD block: the about page
/// describes the dataset, an event page the event and its sources. A data
/// block is never run as script, so a strict CSP (no `unsafe-inline`)
/// neither blocks nor reports it (README, "Found and shared").
fn structured_data(catalog: &Catalog, sources: &[Source], site: &Site, head: &PageHead) -> String {
    let s = strings(head.lang);
    let about = pages::about(s);
    let value = if head.path == "about" {
        discovery::dataset(catalog, sources, s, site, &about)
    } else if let Some(event) = head
        .path
        .strip_prefix("events/")
        .and_then(|id| catalog.event(id))
    {
        discovery::event_page(catalog, sources, event, site, head, &about)
    } else {
        return String::new();
    };
    format!(
        r#"<script type="application/ld+json">{}</script>"#,
        discovery::script_text(&value)
    )
}

fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_GB",
        Lang::Ja => "ja_JP",
    }
}

/// What a page's head says beyond its title and description.
struct HeadExtras {
    share: String,
    structured_data: String,
}

fn fill(
    template: &str,
    options: &Options,
    head: &PageHead,
    extras: &HeadExtras,
    app: &str,
) -> String {
    let site = Site::new(&options.origin, &options.base);
    // The Japanese edition's text is fetched as soon as the page is read,
    // alongside the app, not after it.
    let edition_head = match (head.lang, &options.translations) {
        (Lang::Ja, Some(file)) => format!(
            r#"<link rel="preload" href="{}{}" as="fetch" crossorigin>"#,
            escape_attribute(&options.base),
            escape_attribute(file)
        ),
        _ => String::new(),
    };
    template
        .replace("%LANG%", head.lang.tag())
        .replace("%EDITION_HEAD%", &edition_head)
        .replace("%LOCALE%", locale(head.lang))
        .replace("%ALTERNATES%", &alternates(&site, head))
        .replace("%SHARE%", &extras.share)
        .replace("%STRUCTURED_DATA%", &extras.structured_data)
        .replace("%TITLE%", &escape_attribute(&head.document_title()))
        .replace("%DESCRIPTION%", &escape_attribute(&head.description))
        .replace("%PAGE%", &escape_attribute(&head.site_path()))
        // Last: the rendered app may contain anything, placeholders too.
        .replace("%APP%", app)
}

fn run(options: Options) -> Result<String, String> {
    let started = Instant::now();
    let template = std::fs::read_to_string(&options.template)
        .map_err(|e| format!("{}: {e}", options.template.display()))?;
    for placeholder in [
        "%LANG%",
        "%LOCALE%",
        "%ALTERNATES%",
        "%EDITION_HEAD%",
        "%SHARE%",
        "%STRUCTURED_DATA%",
        "%TITLE%",
        "%DESCRIPTION%",
        "%PAGE%",
        "%APP%",
    ] {
        if !template.contains(placeholder) {
            return Err(format!(
                "{}: the template has no {placeholder}",
                options.template.display()
            ));
        }
    }
    let share_images: ShareImages = match &options.share_images {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
            .map_err(|e| format!("{}: {e}", path.display()))?,
        None => ShareImages::new(),
    };
    let site = Site::new(&options.origin, &options.base);
    let dataset = data::for_build()?;
    let mut largest = (0, String::new());
    let mut pages_written = 0;
    let mut listed = Vec::new();
    let ja = data::translations_for_build()?;
    for lang in Lang::ALL {
        let s = strings(lang);
        let catalog = Arc::new(Catalog::for_edition(lang, dataset.clone(), || ja.clone()));
        let mut heads = pages::all(&catalog, s);
        heads.push(pages::not_found(s));
        let images = share_images.get(lang.tag());
        // Each card's alt text once: past 1,000 events many pages share a
        // topic's card, and a card reads every event.
        let mut alts: HashMap<share::CardKey, String> = HashMap::new();
        for head in &heads {
            let card = share::card_for_page(&catalog, &head.path);
            let image = match images {
                Some(images) => {
                    let file = images.get(&card.slug()).ok_or_else(|| {
                        format!(
                            "no share image for {} (card {})",
                            head.site_path(),
                            card.slug()
                        )
                    })?;
                    if !alts.contains_key(&card) {
                        let content = share::card(&catalog, s, &card)
                            .ok_or_else(|| format!("no record for the card {}", card.slug()))?;
                        alts.insert(card.clone(), share::alt(&content));
                    }
                    Some((file.as_str(), alts[&card].clone()))
                }
                None => None,
            };
            let extras = HeadExtras {
                share: share_tags(&site, head, image),
                structured_data: structured_data(&catalog, &dataset.sources, &site, head),
            };
            let html = fill(
                &template,
                &options,
                head,
                &extras,
                &render_app(&options.base, &head.site_path(), &catalog),
            );
            let file = options.out.join(file_for(head));
            if let Some(dir) = file.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&file, &html).map_err(|e| format!("{}: {e}", file.display()))?;
            if html.len() > largest.0 {
                largest = (html.len(), file_for(head).display().to_string());
            }
        }
        pages_written += heads.len();
        listed.extend(heads);
    }
    // Search engines want absolute addresses: without the origin, no
    // sitemap (the build says so).
    let mut sitemap = Vec::new();
    if site.has_origin() {
        let lastmod = dataset.meta.date.machine_readable();
        for (name, xml) in discovery::sitemaps(&site, &listed, &lastmod) {
            let file = options.out.join(&name);
            std::fs::write(&file, xml).map_err(|e| format!("{}: {e}", file.display()))?;
            sitemap.push(name);
        }
        let robots = options.out.join("robots.txt");
        std::fs::write(&robots, discovery::robots(&site))
            .map_err(|e| format!("{}: {e}", robots.display()))?;
    }
    Ok(serde_json::json!({
        "pages": pages_written,
        "largest": { "file": largest.1, "bytes": largest.0 },
        "sitemap": sitemap,
        "seconds": started.elapsed().as_secs_f64(),
    })
    .to_string())
}

fn main() {
    match options().and_then(run) {
        Ok(summary) => println!("{summary}"),
        Err(message) => {
            eprintln!("prerender: {message}");
            std::process::exit(1);
        }
    }
}
