//! Search and filters over events. Every control writes the URL query and
//! reads back from it, so each state can be linked, bookmarked and reloaded.
//! Each control reads only its own field of the filters.

use explorer_core::data::EventType;
use explorer_core::logic::filters::Facet;
use explorer_core::logic::{Catalog, Filters};
use leptos::prelude::*;

use crate::browser::document;
use crate::components::controls::{ChoiceList, FieldSelect};
use crate::context::{use_catalog, use_search_typing, use_set_filters, use_strings, use_view_path};

/// The search box and the facets (open from the start on wide screens,
/// where they sit beside the results).
#[component]
pub fn FilterPanel(
    filters: Memo<Filters>,
    /// Offer the topic facet (off on a topic's own page).
    #[prop(default = true)]
    show_topics: bool,
) -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    let set_filters = use_set_filters();
    let view_path = use_view_path();
    // One memo per field: each notifies only when its own field changes.
    let q = Memo::new(move |_| filters.read().q.clone());
    let topics = Memo::new(move |_| filters.read().topics.clone());
    let types = Memo::new(move |_| filters.read().types.clone());
    let from = Memo::new(move |_| year_value(filters.read().from));
    let to = Memo::new(move |_| year_value(filters.read().to));

    // Every change starts from the filters in the URL and writes them back.
    let change = Callback::new(move |edit: Box<dyn FnOnce(&mut Filters)>| {
        let mut next = filters.get_untracked();
        edit(&mut next);
        set_filters(next);
    });
    // A repeatable facet: its chosen ids, adding one, and this view without one.
    let repeatable = move |facet: Facet| {
        let chosen = Memo::new(move |_| filters.read().chosen(facet).to_vec());
        let add = Callback::new(move |id: String| {
            change.run(Box::new(move |f| f.chosen_mut(facet).push(id)))
        });
        let without = Callback::new(move |id: String| {
            let mut next = filters.get();
            next.chosen_mut(facet).retain(|chosen| *chosen != id);
            format!("{}{}", view_path.get(), next.to_query_string())
        });
        (chosen, add, without)
    };
    let (actors, add_actor, without_actor) = repeatable(Facet::Actor);
    let (places, add_place, without_place) = repeatable(Facet::Place);
    let (sources, add_source, without_source) = repeatable(Facet::Source);

    // The search box keeps what the reader types; the URL follows it. Only
    // when the URL changes by other means (back, a link, "clear") while the
    // box is not being typed in is the box updated from it.
    let search_box = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let q = q.get();
        if let Some(input) = search_box.get() {
            if !document::has_focus(&input) && input.value() != q {
                input.set_value(&q);
            }
        }
    });
    let (type_search, commit_search) = use_search_typing();

    let topic_facet = show_topics.then(|| {
        let choices = Memo::new(move |_| {
            let catalog = catalog.read();
            catalog
                .data
                .topics
                .iter()
                .map(|t| (t.id.clone(), t.name.clone(), catalog.topic_count(&t.id)))
                .collect::<Vec<_>>()
        });
        view! {
            <fieldset class="facet">
                <legend>{s.facet_topics}</legend>
                <ul class="options">
                    <For
                        each=move || choices.get()
                        key=|choice| choice.clone()
                        children=move |(id, name, count)| {
                            let input_id = format!("f-topic-{id}");
                            let (checked_id, toggled_id) = (id.clone(), id.clone());
                            view! {
                                <li>
                                    <input
                                        type="checkbox"
                                        id=input_id.clone()
                                        name="topic"
                                        value=id
                                        prop:checked=move || topics.read().contains(&checked_id)
                                        on:change=move |_| {
                                            let id = toggled_id.clone();
                                            change.run(Box::new(move |f| *f = f.toggle_topic(&id)));
                                        }
                                    />
                                    <label for=input_id>{name} " " <span class="count">{(s.count_in_parens)(count)}</span></label>
                                </li>
                            }
                        }
                    />
                </ul>
            </fieldset>
        }
    });

    let present_types = Memo::new(move |_| {
        let catalog = catalog.read();
        EventType::ALL
            .into_iter()
            .filter(|kind| catalog.data.events.iter().any(|e| e.kind == *kind))
            .collect::<Vec<_>>()
    });
    let type_options = view! {
        <For
            each=move || present_types.get()
            key=|kind| *kind
            children=move |kind| {
                let input_id = format!("f-type-{}", kind.slug());
                view! {
                    <li>
                        <input
                            type="checkbox"
                            id=input_id.clone()
                            name="type"
                            value=kind.slug()
                            prop:checked=move || types.read().contains(&kind)
                            on:change=move |_| change.run(Box::new(move |f| *f = f.toggle_type(kind)))
                        />
                        <label for=input_id>{s.event_type(kind)}</label>
                    </li>
                }
            }
        />
    };

    let actor_choices = Signal::derive(move || actor_choices(&catalog.read()));
    let place_choices = Signal::derive(move || place_choices(&catalog.read()));
    let source_choices = Signal::derive(move || {
        let catalog = catalog.read();
        catalog
            .data
            .sources
            .iter()
            .map(|s| (s.id.clone(), s.title.clone()))
            .collect::<Vec<_>>()
    });
    let year_choices = Signal::derive(move || {
        let (first, last) = catalog.read().year_span();
        std::iter::once((String::new(), s.facet_any_year.to_owned()))
            .chain((first..=last).map(|y| (y.to_string(), y.to_string())))
            .collect::<Vec<_>>()
    });
    // A year bound: its select, reading and writing one field.
    let year_select = move |id,
                            label,
                            value: Memo<String>,
                            field: fn(&mut Filters) -> &mut Option<i32>| {
        let on_pick = Callback::new(move |year: String| {
            change.run(Box::new(move |f| *field(f) = year.parse().ok()))
        });
        view! { <FieldSelect id=id label=label choices=year_choices value=value on_pick=on_pick/> }
    };
    let active_count = Memo::new(move |_| filters.read().active_facets());

    view! {
        <search class="filter-panel needs-app" aria-label=s.filter_panel_label>
            <div class="field search-field">
                <label for="f-q">{s.search_label}</label>
                <input
                    type="search"
                    id="f-q"
                    name="q"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder=s.search_placeholder
                    node_ref=search_box
                    prop:value=q.get_untracked()
                    on:input=move |ev| type_search(event_target_value(&ev))
                    on:change=move |_| commit_search()
                />
            </div>
            <details class="facets" open=document::matches_media("(min-width: 60rem)")>
                // On a phone the summary shares a row with the search box:
                // it says only how many.
                <summary>
                    {s.filters_summary}
                    {move || match active_count.get() {
                        0 => None,
                        n => Some(view! {
                            <span class="label-long">{(s.filters_active_long)(n)}</span>
                            <span class="label-brief">{(s.filters_active_brief)(n)}</span>
                        }),
                    }}
                </summary>
                {topic_facet}
                <fieldset class="facet">
                    <legend>{s.facet_type}</legend>
                    <ul class="options">{type_options}</ul>
                </fieldset>
                <ChoiceList
                    id="f-actor"
                    label=s.facet_actor
                    any_label=s.facet_actor_any
                    add_label=s.facet_actor_add
                    choices=actor_choices
                    chosen=actors
                    on_add=add_actor
                    without=without_actor
                />
                <ChoiceList
                    id="f-place"
                    label=s.facet_place
                    any_label=s.facet_place_any
                    add_label=s.facet_place_add
                    choices=place_choices
                    chosen=places
                    on_add=add_place
                    without=without_place
                />
                <ChoiceList
                    id="f-source"
                    label=s.facet_source
                    any_label=s.facet_source_any
                    add_label=s.facet_source_add
                    choices=source_choices
                    chosen=sources
                    on_add=add_source
                    without=without_source
                />
                <fieldset class="facet years">
                    <legend>{s.facet_years}</legend>
                    {year_select("f-from", s.facet_from, from, |f| &mut f.from)}
                    {year_select("f-to", s.facet_to, to, |f| &mut f.to)}
                </fieldset>
            </details>
        </search>
    }
}

/// A year filter as a select's value: "" for any year.
fn year_value(year: Option<i32>) -> String {
    year.map(|y| y.to_string()).unwrap_or_default()
}

/// The actors that some event names, by name.
fn actor_choices(catalog: &Catalog) -> Vec<(String, String)> {
    let actors: Vec<(String, String)> = catalog
        .data
        .actors
        .iter()
        .filter(|a| catalog.actor_has_events(&a.id))
        .map(|a| (a.id.clone(), a.name.clone()))
        .collect();
    by_name(actors)
}

/// Choices `(id, name)` in the order of their names. One function for
/// every facet: each sort with a closure of its own is a copy of the sort
/// in the WebAssembly module.
fn by_name(mut choices: Vec<(String, String)>) -> Vec<(String, String)> {
    choices.sort_by(|a, b| a.1.cmp(&b.1));
    choices
}

/// The places, by name (every place has an event: the build checks it).
fn place_choices(catalog: &Catalog) -> Vec<(String, String)> {
    let places = catalog.data.places.iter();
    by_name(places.map(|p| (p.id.clone(), p.name.clone())).collect())
}
