//! The explorer's two editions: English at the site's paths, Japanese
//! under `/ja/`. Ids, slugs and queries are the same in both, so a view
//! moves between editions by its path prefix alone.

/// An edition of the explorer.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The other edition: where the language switch leads.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ja,
            Lang::Ja => Lang::En,
        }
    }

    /// The language tag, for `<html lang>` and `hreflang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The edition's path prefix: "" or "/ja".
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Ja => "/ja",
        }
    }

    /// The edition a path (without its query) is in, and the view's path
    /// within it: "/ja/timeline" is the Japanese "/timeline", "/ja" and
    /// "/ja/" its "/"; "/japan" is an English path.
    pub fn of_path(path: &str) -> (Lang, &str) {
        match path.strip_prefix("/ja") {
            Some("") => (Lang::Ja, "/"),
            Some(rest) if rest.starts_with('/') => (Lang::Ja, rest),
            _ => (Lang::En, path),
        }
    }

    /// A view's path (with its query) in this edition: "/timeline?q=x"
    /// becomes "/ja/timeline?q=x"; the overview "/" becomes "/ja/".
    pub fn path(self, view: &str) -> String {
        format!("{}{view}", self.prefix())
    }
}
