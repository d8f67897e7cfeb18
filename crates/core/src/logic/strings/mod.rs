//! The interface's words in both editions, as one typed table: every
//! user-visible string the app itself writes (not the dataset's text, which
//! `data/ja/` translates), one field each. A field missing from either
//! edition is a compile error. Views read it through
//! `crate::context::use_strings` in the app; the core's page heads,
//! exports and update notices take it as an argument.
//!
//! [`EN`] is the English edition (one of anything reads "1 topic",
//! "1 event", everywhere); [`JA`] is the Japanese edition.
//!
//! Fixed text is a `&'static str`; text with numbers or names in it is a
//! `fn` that builds it, so each edition places them, counts and pluralises
//! them in its own way. Dates arrive already written in the edition's form
//! ([`Strings::date`]); years arrive as numbers.
//!
//! Why not `leptos_i18n` (0.6, for Leptos 0.8): by default a key missing
//! from the Japanese locale is a build warning and shows the English text,
//! where here it does not compile; its provider takes the language from the
//! browser, not the address; and it is larger even in its leanest form.
//! `bench/alternatives/i18n.sh` builds the table's 181 fixed texts both
//! ways in a minimal Leptos 0.8 app compiled as the explorer is (measured
//! 2026-12-06): as a constant list they add 2,341 bytes brotli to the
//! module, through `td_string!` (no provider) 2,774 (+18%). The texts with
//! arguments have no like-for-like form there and are left out of both.
//!
//! The table itself is [`table`]: each field written once, with its
//! documentation, its type, its English and its Japanese, side by side;
//! [`strings_table!`] turns that list into the [`Strings`] struct and the
//! two constants [`EN`] and [`JA`].

use super::Lang;

/// Declares [`Strings`], [`EN`] and [`JA`] from one list in which each field
/// is named once:
///
/// ```text
/// /// What the text is, where it shows, what its arguments are.
/// field_name: fn(usize) -> String {
///     en: |n| format!("{n} events"),
///     ja: |n| format!("出来事{n}件"),
/// },
/// ```
///
/// A field without either edition does not match the pattern, so a missing
/// translation is a compile error. In tests, `every_text` samples every
/// field (`fn` fields called with [`tests::Sample`]'s arguments), so the
/// checks over all texts cannot miss a field either.
macro_rules! strings_table {
    ($(
        $(#[$doc:meta])*
        $name:ident: $ty:ty { en: $en:expr, ja: $ja:expr $(,)? }
    ),* $(,)?) => {
        /// Every interface string of the explorer, in one edition.
        pub struct Strings {
            /// The edition these strings belong to.
            pub lang: Lang,
            $($(#[$doc])* pub $name: $ty,)*
        }

        /// The English edition (one of anything reads "1 topic", "1 event").
        pub const EN: Strings = Strings { lang: Lang::En, $($name: $en,)* };

        /// The Japanese edition.
        pub const JA: Strings = Strings { lang: Lang::Ja, $($name: $ja,)* };

        #[cfg(test)]
        impl Strings {
            /// Every text of this edition by field name, in the table's
            /// order; `fn` fields are called with sample arguments.
            pub(super) fn every_text(&self) -> Vec<(&'static str, String)> {
                let mut texts = Vec::new();
                $(super::tests::Sample::sample(&self.$name, stringify!($name), &mut texts);)*
                texts
            }
        }
    };
}

mod table;
pub use table::{Strings, EN, JA};

/// An event type's English label: the English edition's (its `type_*`
/// texts are these), and what search finds an event's type by in both
/// editions, so it is here, outside the table, where the Japanese
/// edition's module (built without the English table) has it too.
pub const fn english_type_label(kind: crate::data::EventType) -> &'static str {
    use crate::data::EventType as T;
    match kind {
        T::Agreement => "Agreement",
        T::Meeting => "Summit or meeting",
        T::Exercise => "Exercise",
        T::Operation => "Operation or mission",
        T::Institutional => "Institutional step",
        T::Contribution => "Contribution or funding",
        T::Policy => "Policy change",
        T::Capability => "Capability or equipment",
        T::Statement => "Statement or document",
        T::Context => "Wider context",
    }
}

impl Strings {
    /// A date as this edition writes it.
    pub fn date(&self, date: &crate::data::DateSpec) -> String {
        match self.lang {
            Lang::En => date.to_string(),
            Lang::Ja => date.japanese(),
        }
    }

    /// An event type's label.
    pub fn event_type(&self, kind: crate::data::EventType) -> &'static str {
        use crate::data::EventType as T;
        match kind {
            T::Agreement => self.type_agreement,
            T::Meeting => self.type_meeting,
            T::Exercise => self.type_exercise,
            T::Operation => self.type_operation,
            T::Institutional => self.type_institutional,
            T::Contribution => self.type_contribution,
            T::Policy => self.type_policy,
            T::Capability => self.type_capability,
            T::Statement => self.type_statement,
            T::Context => self.type_context,
        }
    }

    /// A source kind's label.
    pub fn source_kind(&self, kind: crate::data::SourceKind) -> &'static str {
        use crate::data::SourceKind as K;
        match kind {
            K::Official => self.source_kind_official,
            K::AcademicProject => self.source_kind_academic_project,
            K::Commentary => self.source_kind_commentary,
            K::Analysis => self.source_kind_analysis,
        }
    }

    /// How a source's date was found.
    pub fn date_kind(&self, kind: crate::data::DateKind) -> &'static str {
        use crate::data::DateKind as K;
        match kind {
            K::Published => self.date_kind_published,
            K::LastUpdated => self.date_kind_last_updated,
            K::Inferred => self.date_kind_inferred,
        }
    }

    /// A group of event types, as a label ("Agreements, meetings and policy").
    pub fn group(&self, group: crate::logic::timeline::TypeGroup) -> &'static str {
        use crate::logic::timeline::TypeGroup as G;
        match group {
            G::Framework => self.group_framework,
            G::Practice => self.group_practice,
            G::Context => self.group_context,
        }
    }

    /// The group in the middle of a sentence ("4 agreements, meetings and policy").
    pub fn group_short(&self, group: crate::logic::timeline::TypeGroup) -> &'static str {
        use crate::logic::timeline::TypeGroup as G;
        match group {
            G::Framework => self.group_framework_short,
            G::Practice => self.group_practice_short,
            G::Context => self.group_context_short,
        }
    }

    /// One word for the group, where a phone's legend has room for no more.
    pub fn group_brief(&self, group: crate::logic::timeline::TypeGroup) -> &'static str {
        use crate::logic::timeline::TypeGroup as G;
        match group {
            G::Framework => self.group_framework_brief,
            G::Practice => self.group_practice_brief,
            G::Context => self.group_context_brief,
        }
    }
}

/// What a citation of a page names, each in the edition's form: named
/// fields, so that two texts cannot be passed in each other's place.
pub struct CitationParts<'a> {
    /// The page's title.
    pub title: &'a str,
    /// The page's address.
    pub url: &'a str,
    /// The dataset's version and date.
    pub version: &'a str,
    pub date: &'a str,
    /// The day the page was read.
    pub accessed: &'a str,
}

/// What the About page says of the dataset: its version and date (in the
/// edition's form, [`Strings::date`]) and how many records of each kind.
pub struct DatasetSummary<'a> {
    pub version: &'a str,
    pub date: &'a str,
    pub events: usize,
    pub topics: usize,
    pub actors: usize,
    pub debates: usize,
    pub acronyms: usize,
    pub documents: usize,
}

/// The interface strings of an edition.
///
/// The app's WebAssembly module is built once per edition, each with its
/// own edition's table alone (the crate's `english` and `japanese`
/// features), so that no reader downloads the other edition's interface;
/// such a build serves only its own edition's pages, and answers every
/// edition with its one table. Everything else builds with both.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        #[cfg(feature = "english")]
        Lang::En => &EN,
        #[cfg(feature = "japanese")]
        Lang::Ja => &JA,
        #[cfg(not(all(feature = "english", feature = "japanese")))]
        _ => ONLY_EDITION,
    }
}

#[cfg(all(feature = "english", not(feature = "japanese")))]
const ONLY_EDITION: &Strings = &EN;
#[cfg(all(feature = "japanese", not(feature = "english")))]
const ONLY_EDITION: &Strings = &JA;
#[cfg(not(any(feature = "english", feature = "japanese")))]
compile_error!("explorer-core needs the interface strings of an edition: feature `english`, `japanese` or both");

#[cfg(test)]
mod tests;
