//! Search and filters over events. Every control writes the URL query and
//! reads back from it, so each state can be linked, bookmarked and reloaded.

use crate::components::link::Link;
use leptos::prelude::*;

use crate::browser;
use crate::context::{use_catalog, use_set_filters};
use crate::data::EventType;
use crate::logic::{Filters, SortOrder};

/// The search box, facets, sort order, result count and a "clear" link.
#[component]
pub fn FilterPanel(
    filters: Memo<Filters>,
    /// How many events the current filters give.
    #[prop(into)]
    count: Signal<usize>,
    /// The path the "clear all" link leads to (this view, unfiltered).
    #[prop(into)]
    clear_href: String,
    /// Offer the topic facet (off on a topic's own page).
    #[prop(default = true)]
    show_topics: bool,
) -> impl IntoView {
    let catalog = use_catalog();
    let set_filters = use_set_filters();
    let catalog_now = catalog.read_untracked();

    // The search box keeps what the reader types; the URL follows it. Only
    // when the URL changes by other means (back, a link, "clear") while the
    // box is not being typed in is the box updated from it.
    let search_box = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let q = filters.read().q.clone();
        if let Some(input) = search_box.get() {
            if !browser::has_focus(&input) && input.value() != q {
                input.set_value(&q);
            }
        }
    });
    let on_search = {
        let set_filters = set_filters.clone();
        move |ev: leptos::ev::Event| {
            let mut next = filters.get_untracked();
            next.q = event_target_value(&ev);
            set_filters(next, true);
        }
    };

    let topic_options = show_topics.then(|| {
        let options = catalog_now
            .data
            .topics
            .iter()
            .map(|topic| {
                let id = topic.id.clone();
                let input_id = format!("f-topic-{id}");
                let count = catalog_now.topic_count(&id);
                let set_filters = set_filters.clone();
                let checked_id = id.clone();
                view! {
                    <li>
                        <input
                            type="checkbox"
                            id=input_id.clone()
                            name="topic"
                            value=id.clone()
                            prop:checked=move || filters.read().topics.contains(&checked_id)
                            on:change=move |_| set_filters(filters.get_untracked().toggle_topic(&id), false)
                        />
                        <label for=input_id>{topic.name.clone()} " " <span class="count">"(" {count} ")"</span></label>
                    </li>
                }
            })
            .collect_view();
        view! {
            <fieldset class="facet">
                <legend>"Topics"</legend>
                <ul class="options">{options}</ul>
            </fieldset>
        }
    });

    let type_options = EventType::ALL
        .into_iter()
        .filter(|kind| catalog_now.data.events.iter().any(|e| e.kind == *kind))
        .map(|kind| {
            let input_id = format!("f-type-{}", kind.slug());
            let set_filters = set_filters.clone();
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=input_id.clone()
                        name="type"
                        value=kind.slug()
                        prop:checked=move || filters.read().types.contains(&kind)
                        on:change=move |_| set_filters(filters.get_untracked().toggle_type(kind), false)
                    />
                    <label for=input_id>{kind.label()}</label>
                </li>
            }
        })
        .collect_view();

    let actor_choices: Vec<(String, String)> = {
        let mut actors: Vec<(String, String)> = catalog_now
            .data
            .actors
            .iter()
            .filter(|a| catalog_now.actor_has_events(&a.id))
            .map(|a| (a.id.clone(), a.name.clone()))
            .collect();
        actors.sort_by(|a, b| a.1.cmp(&b.1));
        actors
    };
    let source_choices: Vec<(String, String)> = catalog_now
        .data
        .sources
        .iter()
        .map(|s| (s.id.clone(), s.title.clone()))
        .collect();
    let (first_year, last_year) = catalog_now.year_span();
    let years: Vec<(String, String)> = (first_year..=last_year)
        .map(|y| (y.to_string(), y.to_string()))
        .collect();

    // Each select reads one field of the filters and writes it back.
    let select = |id, label, any_label, choices, read: FieldRead, write: FieldWrite| {
        choice_select(
            id,
            label,
            any_label,
            choices,
            filters,
            set_filters.clone(),
            read,
            write,
        )
    };
    let actor_select = select(
        "f-actor",
        "Actor",
        "Any actor",
        actor_choices,
        |f| f.actors.first().cloned().unwrap_or_default(),
        |f, v| f.actors = (!v.is_empty()).then_some(v).into_iter().collect(),
    );
    let source_select = select(
        "f-source",
        "Source",
        "Any source",
        source_choices,
        |f| f.sources.first().cloned().unwrap_or_default(),
        |f, v| f.sources = (!v.is_empty()).then_some(v).into_iter().collect(),
    );
    let from_select = select(
        "f-from",
        "From",
        "Any year",
        years.clone(),
        |f| f.from.map(|y| y.to_string()).unwrap_or_default(),
        |f, v| f.from = v.parse().ok(),
    );
    let to_select = select(
        "f-to",
        "To",
        "Any year",
        years,
        |f| f.to.map(|y| y.to_string()).unwrap_or_default(),
        |f, v| f.to = v.parse().ok(),
    );
    let sort_select = {
        let set_filters = set_filters.clone();
        view! {
            <div class="field">
                <label for="f-sort">"Order"</label>
                <select id="f-sort" on:change=move |ev| {
                    let mut next = filters.get_untracked();
                    next.sort = SortOrder::from_slug(&event_target_value(&ev)).unwrap_or_default();
                    set_filters(next, false);
                }>
                    <option value="oldest" prop:selected=move || filters.read().sort == SortOrder::OldestFirst>"Oldest first"</option>
                    <option value="newest" prop:selected=move || filters.read().sort == SortOrder::NewestFirst>"Newest first"</option>
                </select>
            </div>
        }
    };

    let active_count = move || {
        let f = filters.read();
        f.topics.len()
            + f.types.len()
            + f.actors.len()
            + f.sources.len()
            + usize::from(f.from.is_some())
            + usize::from(f.to.is_some())
    };

    view! {
        <search class="filter-panel" aria-label="Search and filter events">
            <div class="field search-field">
                <label for="f-q">"Search events, quotes, actors and acronyms"</label>
                <input
                    type="search"
                    id="f-q"
                    name="q"
                    autocomplete="off"
                    spellcheck="false"
                    node_ref=search_box
                    prop:value=filters.get_untracked().q
                    on:input=on_search
                />
            </div>
            <details class="facets">
                <summary>
                    "Filters"
                    {move || match active_count() {
                        0 => String::new(),
                        n => format!(" ({n} active)"),
                    }}
                </summary>
                {topic_options}
                <fieldset class="facet">
                    <legend>"Type"</legend>
                    <ul class="options">{type_options}</ul>
                </fieldset>
                {actor_select}
                {source_select}
                <fieldset class="facet years">
                    <legend>"Years"</legend>
                    {from_select}
                    {to_select}
                </fieldset>
            </details>
            <div class="results-bar">
                <p class="result-count" role="status">
                    {move || match count.get() {
                        0 => "No events match".to_owned(),
                        1 => "1 event".to_owned(),
                        n => format!("{n} events"),
                    }}
                </p>
                {sort_select}
                <Show when=move || filters.read().is_active()>
                    <Link href=clear_href.clone() attr:class="clear-filters">"Clear all filters"</Link>
                </Show>
            </div>
        </search>
    }
}

/// Reads a select's value from the filters.
type FieldRead = fn(&Filters) -> String;
/// Writes a select's value into the filters ("" means any).
type FieldWrite = fn(&mut Filters, String);

/// A labelled `<select>` with an "any" choice first, bound to one field of
/// the filters in the URL.
#[allow(clippy::too_many_arguments)]
fn choice_select(
    id: &'static str,
    label: &'static str,
    any_label: &'static str,
    choices: Vec<(String, String)>,
    filters: Memo<Filters>,
    set_filters: impl Fn(Filters, bool) + 'static,
    read: FieldRead,
    write: FieldWrite,
) -> impl IntoView {
    let current = move || read(&filters.read());
    let options = choices
        .into_iter()
        .map(|(value, text)| {
            let selected_value = value.clone();
            view! { <option value=value prop:selected=move || current() == selected_value>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| {
                let mut next = filters.get_untracked();
                write(&mut next, event_target_value(&ev));
                set_filters(next, false);
            }>
                <option value="" prop:selected=move || current().is_empty()>{any_label}</option>
                {options}
            </select>
        </div>
    }
}
