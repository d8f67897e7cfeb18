//! Renders every page the dataset defines to HTML, with the same components
//! the app runs in the browser, into the static pages of a build.
//!
//! ```text
//! prerender --template dist/.page-template.html --out dist --base /sub/path/
//! ```
//!
//! The template is the build's `index.html` with four placeholders, which
//! each page fills: `%TITLE%` (the document title), `%DESCRIPTION%` (the
//! meta and link-preview description), `%PAGE%` (the page's path below the
//! base, which the start script compares with the address) and `%APP%` (the
//! rendered app). Each route is written to `<path>/index.html`, the home
//! page to `index.html`, the not-found page to `404.html`. Prints a JSON
//! summary: how many pages, and the largest.
//!
//! Built with the `ssr` feature (`cargo run --no-default-features
//! --features ssr --bin prerender`); `scripts/postbuild.mjs` runs it.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use explorer_core::data;
use explorer_core::logic::pages::{self, PageHead};
use explorer_core::logic::Catalog;
use japan_nato_explorer::app::PrerenderedApp;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

struct Options {
    template: PathBuf,
    out: PathBuf,
    base: String,
}

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let (mut template, mut out, mut base) = (None, None, "/".to_owned());
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--template" => template = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--base" => base = value()?,
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
    html
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page's file below the output directory.
fn file_for(head: &PageHead) -> PathBuf {
    match head.path.as_str() {
        "" => PathBuf::from("index.html"),
        "404" => PathBuf::from("404.html"),
        path => Path::new(path).join("index.html"),
    }
}

fn fill(template: &str, head: &PageHead, app: &str) -> String {
    template
        .replace("%TITLE%", &escape_attribute(&head.document_title()))
        .replace("%DESCRIPTION%", &escape_attribute(&head.description))
        .replace("%PAGE%", &escape_attribute(&head.path))
        // Last: the rendered app may contain anything, placeholders too.
        .replace("%APP%", app)
}

fn run(options: Options) -> Result<String, String> {
    let started = Instant::now();
    let template = std::fs::read_to_string(&options.template)
        .map_err(|e| format!("{}: {e}", options.template.display()))?;
    for placeholder in ["%TITLE%", "%DESCRIPTION%", "%PAGE%", "%APP%"] {
        if !template.contains(placeholder) {
            return Err(format!(
                "{}: the template has no {placeholder}",
                options.template.display()
            ));
        }
    }
    let catalog = Arc::new(Catalog::new(data::for_build()?));
    let mut heads = pages::all(&catalog);
    heads.push(pages::not_found());
    let mut largest = (0, String::new());
    for head in &heads {
        let html = fill(
            &template,
            head,
            &render_app(&options.base, &head.path, &catalog),
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
    Ok(serde_json::json!({
        "pages": heads.len(),
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
