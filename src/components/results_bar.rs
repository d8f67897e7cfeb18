//! Above a list of events: the filters in force, each a chip that removes
//! it; how many events there are; their order; and the citation and
//! downloads of what is listed, folded into one menu so that they do not
//! push the events down.

use explorer_core::logic::chips::{chips_markup, ChipWords};
use explorer_core::logic::{Filters, SortOrder};
use leptos::prelude::*;

use crate::components::controls::FieldSelect;
use crate::components::toolbar::Toolbar;
use crate::context::{use_base, use_catalog, use_set_filters, use_strings, use_view_path};

#[component]
pub fn ResultsBar(
    filters: Memo<Filters>,
    /// How many events the current filters give.
    #[prop(into)]
    count: Signal<usize>,
    /// This view, unfiltered: where "Clear all filters" leads.
    #[prop(into)]
    clear_href: String,
    /// The title the citation names.
    #[prop(into)]
    title: Signal<String>,
    /// The events listed, for the downloads.
    #[prop(into)]
    positions: Signal<Vec<usize>>,
    /// Base of the downloaded files' names.
    #[prop(default = "japan-nato-events")]
    file_name: &'static str,
) -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    let set_filters = use_set_filters();
    let (base, path) = (use_base(), use_view_path());
    // The chips as markup, from the core's one writer (which escapes every
    // text in it, the reader's search included) that the early search uses
    // too, so nothing moves when the app takes over. As views they cost
    // 808 bytes brotli of WebAssembly (measured December 2026), which the
    // first visit's budget has no room for.
    let chips = move || {
        let catalog = catalog.read();
        chips_markup(
            &ChipWords::of(s),
            |facet, id| catalog.name_of(facet, id),
            &filters.read(),
            &format!("{base}{}", path.get()),
            &format!("{base}{clear_href}"),
        )
        .into_string()
    };
    let sort = Memo::new(move |_| filters.read().sort.slug().to_owned());
    let sort_choices = vec![
        (
            SortOrder::OldestFirst.slug().to_owned(),
            s.sort_oldest.to_owned(),
        ),
        (
            SortOrder::NewestFirst.slug().to_owned(),
            s.sort_newest.to_owned(),
        ),
    ];
    let pick_sort = Callback::new(move |slug: String| {
        let mut next = filters.get_untracked();
        next.sort = SortOrder::from_slug(&slug).unwrap_or_default();
        set_filters(next);
    });
    view! {
        <div class="results-bar">
            <ul class="active-filters needs-app" aria-label=s.active_filters_label inner_html=chips></ul>
            <p class="result-count" role="status">
                {move || (s.result_count)(count.get())}
            </p>
            <FieldSelect id="f-sort" label=s.sort_label choices=sort_choices value=sort on_pick=pick_sort/>
            <details class="export-menu needs-app">
                <summary><span class="label-long">{s.export_menu}</span><span class="label-brief">{s.export_menu_brief}</span></summary>
                <Toolbar title=title positions=positions file_name=file_name/>
            </details>
        </div>
    }
}
