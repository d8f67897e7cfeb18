//! Renders every page the dataset defines to HTML, with the same components
//! the app runs in the browser, into the static pages of a build.
//!
//! ```text
//! prerender --template dist/.page-template.html --out dist --base /sub/path/
//!           [--origin https://example.org] [--translations translations-<hash>.bin]
//! ```
//!
//! Both editions: English at the site's paths, Japanese under `ja/`.
//!
//! The template is the build's `index.html` with placeholders, which each
//! page fills: `%LANG%` (`<html lang>`), `%LOCALE%` (`og:locale`),
//! `%ALTERNATES%` (the `hreflang` links to the page in each edition),
//! `%EDITION_HEAD%` (a Japanese page's preload of its text),
//! `%TITLE%` (the document title), `%DESCRIPTION%` (the meta and
//! link-preview description), `%PAGE%` (the page's path below the base,
//! which the start script compares with the address) and `%APP%` (the
//! rendered app). Each route is written to `<path>/index.html`, the home
//! page to `index.html`, the not-found page to `404.html`, and the same
//! below `ja/`. Prints a JSON summary: how many pages, and the largest.
//!
//! Built with the `ssr` feature (`cargo run --no-default-features
//! --features ssr --bin prerender`); `scripts/postbuild.mjs` runs it.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use explorer_core::data;
use explorer_core::logic::pages::{self, PageHead};
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
}

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let (mut template, mut out, mut base, mut origin, mut translations) =
        (None, None, "/".to_owned(), String::new(), None);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--template" => template = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--base" => base = value()?,
            "--origin" => origin = value()?.trim_end_matches('/').to_owned(),
            "--translations" => translations = Some(value()?),
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

/// The page's address in an edition, as `hreflang` alternates give it (a
/// path from the site's root; the not-found pages have none).
fn address_in(origin: &str, base: &str, head: &PageHead, lang: Lang) -> String {
    let view = if head.path.is_empty() {
        "/".to_owned()
    } else {
        format!("/{}", head.path)
    };
    let path = lang.path(&view);
    format!("{origin}{}{path}", base.trim_end_matches('/'))
}

/// The `<link rel="alternate" hreflang>` of the page in each edition, and
/// the English one again as `x-default`.
fn alternates(origin: &str, base: &str, head: &PageHead) -> String {
    if head.path == "404" {
        return String::new();
    }
    let link = |tag: &str, lang: Lang| {
        format!(
            r#"<link rel="alternate" hreflang="{tag}" href="{}">"#,
            escape_attribute(&address_in(origin, base, head, lang))
        )
    };
    [
        link("en", Lang::En),
        link("ja", Lang::Ja),
        link("x-default", Lang::En),
    ]
    .concat()
}

fn fill(template: &str, options: &Options, head: &PageHead, app: &str) -> String {
    let locale = match head.lang {
        Lang::En => "en_GB",
        Lang::Ja => "ja_JP",
    };
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
        .replace("%LOCALE%", locale)
        .replace(
            "%ALTERNATES%",
            &alternates(&options.origin, &options.base, head),
        )
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
    let dataset = data::for_build()?;
    let mut largest = (0, String::new());
    let mut pages_written = 0;
    let ja = data::translations_for_build()?;
    for lang in Lang::ALL {
        let s = strings(lang);
        let catalog = Arc::new(Catalog::for_edition(lang, dataset.clone(), || ja.clone()));
        let mut heads = pages::all(&catalog, s);
        heads.push(pages::not_found(s));
        for head in &heads {
            let html = fill(
                &template,
                &options,
                head,
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
    }
    Ok(serde_json::json!({
        "pages": pages_written,
        "largest": { "file": largest.1, "bytes": largest.0 },
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
