//! Draws the link-preview image ("share card", `explorer_core::logic::share`)
//! of every page, in both editions, as 1200×630 PNG files.
//!
//! ```text
//! share-images --out DIR
//! ```
//!
//! Writes `DIR/<lang>-<card>.png` for each card and prints a JSON summary:
//! each edition's cards (`{"en": {"event-x": "en-event-x.png", …}, …}`),
//! how many, and the seconds taken. `scripts/postbuild.mjs` names the files
//! by their hash and the prerender tool puts them in each page's head.
//!
//! Text is drawn in the bundled Noto Sans CJK JP (`fonts/`, SIL Open Font
//! Licence), a subset with Latin, kana, the JIS level-1 kanji and every
//! character the dataset uses. A text with a character the font lacks fails
//! the build, naming file, record and field (`fonts/subset.sh` widens it).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use explorer_core::data;
use explorer_core::logic::share::{self, Card, CardKey};
use explorer_core::logic::{strings, Catalog, Lang};
use resvg::{tiny_skia, usvg};

const REGULAR: &[u8] = include_bytes!("../fonts/NotoSansCJKjp-Regular-subset.otf");
const BOLD: &[u8] = include_bytes!("../fonts/NotoSansCJKjp-Bold-subset.otf");

/// The two weights, parsed once, for measuring lines before drawing them.
struct Fonts {
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

impl Fonts {
    fn load() -> Result<Fonts, String> {
        let parse = |bytes: &'static [u8]| {
            ttf_parser::Face::parse(bytes, 0).map_err(|err| format!("the bundled font: {err}"))
        };
        Ok(Fonts {
            regular: parse(REGULAR)?,
            bold: parse(BOLD)?,
        })
    }

    /// The width of a line at a size: the sum of its glyphs' advances
    /// (kerning only ever narrows it, so a line that fits this fits drawn).
    fn measure(&self, text: &str, size: f32, bold: bool) -> f32 {
        let face = if bold { &self.bold } else { &self.regular };
        let units: u32 = text
            .chars()
            .filter_map(|c| face.glyph_index(c))
            .map(|glyph| u32::from(face.glyph_hor_advance(glyph).unwrap_or(0)))
            .sum();
        units as f32 * size / f32::from(face.units_per_em())
    }

    /// The characters of a text the font has no glyph for.
    fn missing(&self, text: &str) -> Vec<char> {
        let mut missing: Vec<char> = text
            .chars()
            .filter(|&c| !c.is_whitespace() && self.regular.glyph_index(c).is_none())
            .collect();
        missing.dedup();
        missing
    }
}

/// Where a card's text comes from, for an error that names it.
fn record_of(key: &CardKey, lang: Lang) -> String {
    let dir = match lang {
        Lang::En => "data/",
        Lang::Ja => "data/ja/",
    };
    match key {
        CardKey::Site => {
            "the interface strings (crates/core/src/logic/strings/table.rs)".to_owned()
        }
        CardKey::Topic(id) => format!("{dir}topics.json: topic {id}"),
        CardKey::Event(id) => format!("{dir}events.json: event {id}"),
    }
}

fn check_glyphs(fonts: &Fonts, key: &CardKey, card: &Card) -> Result<(), String> {
    for (field, text) in [
        ("title", &card.title),
        ("date", &card.date),
        ("type", &card.kicker),
    ] {
        let missing = fonts.missing(text);
        if !missing.is_empty() {
            return Err(format!(
                "{}: {field}: {:?} has characters the bundled font lacks: {} \
                 (add them with crates/share-images/fonts/subset.sh)",
                record_of(key, card.lang),
                text,
                missing.iter().collect::<String>()
            ));
        }
    }
    Ok(())
}

fn render(svg: &str, options: &usvg::Options) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_str(svg, options).map_err(|err| err.to_string())?;
    let mut pixmap =
        tiny_skia::Pixmap::new(share::WIDTH, share::HEIGHT).ok_or("an empty image size")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    // The card is opaque: RGB without tiny-skia's alpha channel, filtered
    // per row, is a third the size of `Pixmap::encode_png`'s (36 kB, not 112).
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|pixel| [pixel[0], pixel[1], pixel[2]])
        .collect();
    let mut png = Vec::new();
    let mut encoder = png::Encoder::new(&mut png, share::WIDTH, share::HEIGHT);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Default);
    encoder.set_filter(png::FilterType::Paeth);
    encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
    let mut writer = encoder.write_header().map_err(|err| err.to_string())?;
    writer
        .write_image_data(&rgb)
        .map_err(|err| err.to_string())?;
    writer.finish().map_err(|err| err.to_string())?;
    Ok(png)
}

struct Job {
    lang: Lang,
    key: CardKey,
    card: Card,
}

/// A card drawn: its edition, its name (`CardKey::slug`) and its file.
type Drawn = (Lang, String, String);

fn run(out: &Path) -> Result<serde_json::Value, String> {
    let started = Instant::now();
    let fonts = Fonts::load()?;
    let mut options = usvg::Options::default();
    let database = options.fontdb_mut();
    database.load_font_data(REGULAR.to_vec());
    database.load_font_data(BOLD.to_vec());
    let options = Arc::new(options);

    let dataset = data::for_build()?;
    let ja = data::translations_for_build()?;
    let mut jobs = Vec::new();
    for lang in Lang::ALL {
        let catalog = Catalog::for_edition(lang, dataset.clone(), || ja.clone());
        for key in share::all_cards(&catalog) {
            let card = share::card(&catalog, strings(lang), &key)
                .ok_or_else(|| format!("no record for the card {}", key.slug()))?;
            check_glyphs(&fonts, &key, &card)?;
            jobs.push(Job { lang, key, card });
        }
    }
    std::fs::create_dir_all(out).map_err(|err| format!("{}: {err}", out.display()))?;

    // Each core draws every other card: the work is even, and nothing is shared
    // but the font database.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let fonts = &fonts;
    let written: Result<Vec<Vec<Drawn>>, String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|thread| {
                let (jobs, options) = (&jobs, Arc::clone(&options));
                scope.spawn(move || {
                    let mut done = Vec::new();
                    for job in jobs.iter().skip(thread).step_by(threads) {
                        let measure =
                            |text: &str, size: f32, bold: bool| fonts.measure(text, size, bold);
                        let svg = share::svg(&job.card, &measure).into_string();
                        let png = render(&svg, &options)
                            .map_err(|err| format!("card {}: {err}", job.key.slug()))?;
                        let name = format!("{}-{}.png", job.lang.tag(), job.key.slug());
                        let path = out.join(&name);
                        std::fs::write(&path, png)
                            .map_err(|err| format!("{}: {err}", path.display()))?;
                        done.push((job.lang, job.key.slug(), name));
                    }
                    Ok(done)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle
                    .join()
                    .map_err(|_| "a drawing thread panicked".to_owned())?
            })
            .collect()
    });
    let mut editions: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    for (lang, slug, name) in written?.into_iter().flatten() {
        editions.entry(lang.tag()).or_default().insert(slug, name);
    }
    Ok(serde_json::json!({
        "cards": editions,
        "images": jobs.len(),
        "seconds": started.elapsed().as_secs_f64(),
    }))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let out = match (args.next().as_deref(), args.next()) {
        (Some("--out"), Some(dir)) => PathBuf::from(dir),
        _ => {
            eprintln!("usage: share-images --out DIR");
            std::process::exit(2);
        }
    };
    match run(&out) {
        Ok(summary) => println!("{summary}"),
        Err(message) => {
            eprintln!("share-images: {message}");
            std::process::exit(1);
        }
    }
}
