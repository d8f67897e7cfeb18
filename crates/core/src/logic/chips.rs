//! The filters in force as removable chips above a list of events: list
//! items of plain links, each to the view without that filter, and one that
//! clears them all. [`chips`] says what they are; the app's results bar
//! renders them as views, and the early search (`crates/early-search`, no
//! leptos) writes the same elements with [`chips_markup`], so the chips a
//! reader sees before the app starts are the app's.

use crate::data::EventType;

use super::filters::{ActiveFilter, Facet, Filters};
use super::markup::Markup;
use super::strings::Strings;

/// The words of the chips, taken from an edition's [`Strings`]: the few a
/// chip needs, so that the early search's module holds these and not the
/// whole table.
#[derive(Clone, Copy)]
pub struct ChipWords {
    kind: fn(&str) -> String,
    search: &'static str,
    topic: &'static str,
    type_: &'static str,
    actor: &'static str,
    place: &'static str,
    source: &'static str,
    years: &'static str,
    search_value: fn(&str) -> String,
    years_value: fn(Option<i32>, Option<i32>) -> String,
    remove: &'static str,
    clear_all: &'static str,
    /// Each type's label, in [`EventType::ALL`]'s order.
    types: [&'static str; 10],
}

impl ChipWords {
    pub const fn of(s: &Strings) -> ChipWords {
        ChipWords {
            kind: s.chip_kind,
            search: s.chip_search,
            topic: s.chip_topic,
            type_: s.chip_type,
            actor: s.chip_actor,
            place: s.chip_place,
            source: s.chip_source,
            years: s.chip_years,
            search_value: s.chip_search_value,
            years_value: s.chip_years_value,
            remove: s.chip_remove,
            clear_all: s.clear_all_filters,
            types: [
                s.type_agreement,
                s.type_meeting,
                s.type_exercise,
                s.type_operation,
                s.type_institutional,
                s.type_contribution,
                s.type_policy,
                s.type_capability,
                s.type_statement,
                s.type_context,
            ],
        }
    }

    fn type_label(&self, kind: EventType) -> &'static str {
        let at = EventType::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.types[at]
    }
}

/// What a chip says: the kind of filter, and its value. `name` gives a
/// record's name in the edition (`None`: an id the dataset lacks, shown as
/// it is).
fn chip_text(
    w: &ChipWords,
    name: &impl Fn(Facet, &str) -> Option<String>,
    filter: &ActiveFilter,
) -> (&'static str, String) {
    let named = |facet, id: &String| name(facet, id).unwrap_or_else(|| id.clone());
    match filter {
        ActiveFilter::Search(q) => (w.search, (w.search_value)(q)),
        ActiveFilter::Topic(id) => (w.topic, named(Facet::Topic, id)),
        ActiveFilter::Type(kind) => (w.type_, w.type_label(*kind).to_owned()),
        ActiveFilter::Actor(id) => (w.actor, named(Facet::Actor, id)),
        ActiveFilter::Place(id) => (w.place, named(Facet::Place, id)),
        ActiveFilter::Source(id) => (w.source, named(Facet::Source, id)),
        ActiveFilter::Years(from, to) => (w.years, (w.years_value)(*from, *to)),
    }
}

/// One filter in force, as its chip shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chip {
    /// The kind of filter, as the edition writes it before a value ("Topic: ").
    pub kind: String,
    pub value: String,
    /// This view without the filter.
    pub href: String,
}

/// The chips of `filters` (empty when none is in force): each links to
/// `view_href` (this view's full path) with the query of the filters
/// without it. `name` gives a record's name in the edition (`None`: an id
/// the dataset lacks, shown as it is).
pub fn chips(
    w: &ChipWords,
    name: impl Fn(Facet, &str) -> Option<String>,
    filters: &Filters,
    view_href: &str,
) -> Vec<Chip> {
    filters
        .each_active()
        .iter()
        .map(|(filter, without)| {
            let (kind, value) = chip_text(w, &name, filter);
            Chip {
                kind: (w.kind)(kind),
                value,
                href: format!("{view_href}{}", without.to_query_string()),
            }
        })
        .collect()
}

/// [`chips`] as markup, with the chip that clears them all (to
/// `clear_href`) last; empty when no filter is in force. The elements and
/// classes are the results bar's (`src/components/results_bar.rs`).
pub fn chips_markup(
    w: &ChipWords,
    name: impl Fn(Facet, &str) -> Option<String>,
    filters: &Filters,
    view_href: &str,
    clear_href: &str,
) -> Markup {
    let chips = chips(w, name, filters, view_href);
    let mut out = Markup::new();
    if chips.is_empty() {
        return out;
    }
    for chip in &chips {
        out.push(
            r#"<li><a class="chip" href="{}"><span class="chip-kind">{}</span><span class="chip-value">{}</span><span class="visually-hidden">{}</span><span aria-hidden="true"> ×</span></a></li>"#,
            &[&chip.href, &chip.kind, &chip.value, &w.remove],
        );
    }
    out.push(
        r#"<li><a class="clear-filters" href="{}">{}</a></li>"#,
        &[&clear_href, &w.clear_all],
    );
    out
}
