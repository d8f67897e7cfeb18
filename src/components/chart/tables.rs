//! The time chart's words: the legend, the era key, and its numbers as
//! tables (for screen readers, and for reading them exactly).

use explorer_core::data::Era;
use explorer_core::logic::timeline::{TypeGroup, YearCount};
use explorer_core::logic::Strings;

use crate::components::markup::escape;

/// The three type groups, each with its shape and colour, and how dates
/// that are not a single point are drawn.
pub(super) fn legend_markup(s: &Strings) -> String {
    let mut out = String::new();
    for group in TypeGroup::ALL {
        let types = group
            .types()
            .map(|t| s.event_type(t))
            .collect::<Vec<_>>()
            .join(s.list_separator);
        out += &format!(
            r##"<li title="{}"><svg class="legend-swatch" viewBox="-7 -7 14 14" aria-hidden="true"><use href="#tc-{slug}" class="mark-{slug}"></use></svg><span class="label-long">{}</span><span class="label-brief">{}</span></li>"##,
            escape(&types),
            escape(s.group(group)),
            escape(s.group_brief(group)),
            slug = group.slug(),
        );
    }
    for (class, label, brief) in [
        ("range", s.legend_range, s.legend_range_brief),
        ("range open", s.legend_open, s.legend_open_brief),
    ] {
        out += &format!(
            r#"<li><svg class="legend-line" viewBox="0 -4 24 8" aria-hidden="true"><line class="{class}" x1="1" x2="23" y1="0" y2="0"></line></svg><span class="label-long">{}</span><span class="label-brief">{}</span></li>"#,
            escape(label),
            escape(brief),
        );
    }
    out
}

/// The eras in words, numbered as their bands are, with how many events
/// each holds and how many of them match.
pub(super) fn era_key_markup(
    s: &Strings,
    eras: &[Era],
    totals: &[usize],
    matches: &[usize],
) -> String {
    let filtered = totals != matches;
    let mut out = String::new();
    for (era, (&total, &matched)) in eras.iter().zip(totals.iter().zip(matches)) {
        let counts = if filtered {
            (s.era_key_filtered)(total, matched)
        } else {
            (s.events)(total)
        };
        out += &format!(
            "<li>{}</li>",
            escape(&(s.era_key_entry)(&era.name, era.from, era.to, &counts))
        );
    }
    out
}

/// The chart's numbers as tables, for screen readers and for reading them
/// exactly: events per era and per year, and how many match. (On a phone
/// the era key above is left out and the eras are read here.)
pub(super) fn numbers_markup(
    s: &Strings,
    eras: &[Era],
    totals: &[usize],
    matches: &[usize],
    counts: &[YearCount],
) -> String {
    let head = format!(
        r#"<th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>"#,
        escape(s.table_events),
        escape(s.table_matching),
    );
    let mut out = format!(
        r#"<table><caption>{}</caption><thead><tr><th scope="col">{}</th>{head}"#,
        escape(s.table_era_caption),
        escape(s.table_era),
    );
    for (i, (era, (total, matched))) in eras.iter().zip(totals.iter().zip(matches)).enumerate() {
        out += &format!(
            r#"<tr><th scope="row">{}</th><td>{total}</td><td>{matched}</td></tr>"#,
            escape(&(s.table_era_row)(i + 1, &era.name, era.from, era.to)),
        );
    }
    out += &format!(
        r#"</tbody></table><table><caption>{}</caption><thead><tr><th scope="col">{}</th>{head}"#,
        escape(s.table_year_caption),
        escape(s.table_year),
    );
    for count in counts.iter().filter(|count| count.total > 0) {
        out += &format!(
            r#"<tr><th scope="row">{}</th><td>{}</td><td>{}</td></tr>"#,
            count.year, count.total, count.matching
        );
    }
    out + "</tbody></table>"
}
