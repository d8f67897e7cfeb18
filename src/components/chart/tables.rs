//! The time chart's words: the legend, the era key, and its numbers as
//! tables (for screen readers, and for reading them exactly).

use explorer_core::data::Era;
use explorer_core::logic::markup::Markup;
use explorer_core::logic::timeline::{TypeGroup, YearCount};
use explorer_core::logic::Strings;

/// The three type groups, each with its shape and colour, and how dates
/// that are not a single point are drawn.
pub(super) fn legend_markup(s: &Strings) -> Markup {
    let mut out = Markup::new();
    for group in TypeGroup::ALL {
        let types = group
            .types()
            .map(|t| s.event_type(t))
            .collect::<Vec<_>>()
            .join(s.list_separator);
        let slug = group.slug();
        out.push(
            r##"<li title="{}"><svg class="legend-swatch" viewBox="-7 -7 14 14" aria-hidden="true"><use href="#tc-{}" class="mark-{}"></use></svg><span class="label-long">{}</span><span class="label-brief">{}</span></li>"##,
            &[&types, &slug, &slug, &s.group(group), &s.group_brief(group)],
        );
    }
    for (class, label, brief) in [
        ("range", s.legend_range, s.legend_range_brief),
        ("range open", s.legend_open, s.legend_open_brief),
    ] {
        out.push(
            r#"<li><svg class="legend-line" viewBox="0 -4 24 8" aria-hidden="true"><line class="{}" x1="1" x2="23" y1="0" y2="0"></line></svg><span class="label-long">{}</span><span class="label-brief">{}</span></li>"#,
            &[&class, &label, &brief],
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
) -> Markup {
    let filtered = totals != matches;
    let mut out = Markup::new();
    for (era, (&total, &matched)) in eras.iter().zip(totals.iter().zip(matches)) {
        let counts = if filtered {
            (s.era_key_filtered)(total, matched)
        } else {
            (s.events)(total)
        };
        out.push(
            "<li>{}</li>",
            &[&(s.era_key_entry)(&era.name, era.from, era.to, &counts)],
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
) -> Markup {
    let head = Markup::fill(
        r#"<th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>"#,
        &[&s.table_events, &s.table_matching],
    );
    let mut out = Markup::fill(
        r#"<table><caption>{}</caption><thead><tr><th scope="col">{}</th>{}"#,
        &[&s.table_era_caption, &s.table_era, &head],
    );
    for (i, (era, (total, matched))) in eras.iter().zip(totals.iter().zip(matches)).enumerate() {
        out.push(
            r#"<tr><th scope="row">{}</th><td>{}</td><td>{}</td></tr>"#,
            &[
                &(s.table_era_row)(i + 1, &era.name, era.from, era.to),
                total,
                matched,
            ],
        );
    }
    out.push(
        r#"</tbody></table><table><caption>{}</caption><thead><tr><th scope="col">{}</th>{}"#,
        &[&s.table_year_caption, &s.table_year, &head],
    );
    for count in counts.iter().filter(|count| count.total > 0) {
        out.push(
            r#"<tr><th scope="row">{}</th><td>{}</td><td>{}</td></tr>"#,
            &[&count.year, &count.total, &count.matching],
        );
    }
    out.push("</tbody></table>", &[]);
    out
}
