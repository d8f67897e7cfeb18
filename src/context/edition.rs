//! The edition the app shows (English at the site's paths, Japanese under
//! `/ja/`), its interface strings, and the base path the app is served
//! under. The edition comes from the address the page was opened at and
//! never changes while the app runs: the language switch is a link to the
//! other edition's page.

use explorer_core::logic::{strings, Lang, Strings};
use leptos::prelude::*;

#[derive(Clone)]
struct Edition {
    lang: Lang,
    /// The site's base in the router's form: "" at the site root,
    /// "/research/japan-nato" under a sub-path.
    site_base: String,
}

/// Provides the edition and the site's base path, in the page's form ("/"
/// or "/some/path/"): in the browser both read from the page, when
/// prerendering given by the build.
pub fn provide_edition(site_base: &str, lang: Lang) {
    provide_context(Edition {
        lang,
        site_base: site_base.trim_end_matches('/').to_owned(),
    });
}

fn edition() -> Edition {
    use_context::<Edition>().unwrap_or(Edition {
        lang: Lang::En,
        site_base: String::new(),
    })
}

/// The edition's language.
pub fn use_lang() -> Lang {
    edition().lang
}

/// The interface strings of the edition.
pub fn use_strings() -> &'static Strings {
    strings(use_lang())
}

/// The base to put before app paths, the router's base: the site's base
/// and the edition's prefix ("", "/ja", "/research/japan-nato/ja").
pub fn use_base() -> String {
    let Edition { lang, site_base } = edition();
    format!("{site_base}{}", lang.prefix())
}

/// The site's base without the edition ("" or "/research/japan-nato"), for
/// links to the other edition.
pub fn use_site_base() -> String {
    edition().site_base
}
