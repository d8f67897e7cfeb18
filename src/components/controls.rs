//! Form controls bound to one field of the filters: each reads only its own
//! field's signal, so a change elsewhere (a keystroke in search) re-runs
//! none of them.

use leptos::prelude::*;

use crate::context::{use_base, use_strings};

/// A labelled `<select>` for a field with one value; `choices` are
/// (value, text) pairs, "" being "any".
#[component]
pub fn FieldSelect(
    id: &'static str,
    label: &'static str,
    #[prop(into)] choices: Signal<Vec<(String, String)>>,
    /// The field's current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the value the reader picks.
    on_pick: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| on_pick.run(event_target_value(&ev))>
                <For
                    each=move || choices.get()
                    key=|(choice, _)| choice.clone()
                    children=move |(choice, text)| {
                        let this = choice.clone();
                        view! { <option value=choice prop:selected=move || *value.read() == this>{text}</option> }
                    }
                />
            </select>
        </div>
    }
}

/// A repeatable field (`?actor=a&actor=b`): each chosen value as a link
/// that removes it, and a `<select>` that adds one more.
#[component]
pub fn ChoiceList(
    id: &'static str,
    label: &'static str,
    /// The first option while nothing is chosen ("Any actor").
    any_label: &'static str,
    /// The first option once something is chosen ("Add an actor").
    add_label: &'static str,
    #[prop(into)] choices: Signal<Vec<(String, String)>>,
    /// The field's current values.
    #[prop(into)]
    chosen: Signal<Vec<String>>,
    /// Called with a value the reader adds.
    on_add: Callback<String>,
    /// The app path of this view without one value.
    without: Callback<String, String>,
) -> impl IntoView {
    let s = use_strings();
    let name_of = move |value: &str| {
        choices
            .read()
            .iter()
            .find(|(choice, _)| choice == value)
            .map_or_else(|| value.to_owned(), |(_, text)| text.clone())
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <ul class="chosen" aria-label=(s.chosen_label)(label)>
                <For
                    each=move || chosen.get()
                    key=|value| value.clone()
                    children=move |value| {
                        let name = name_of(&value);
                        let base = use_base();
                        // The other filters change under the chip: the link follows them.
                        let href = move || format!("{base}{}", without.run(value.clone()));
                        view! {
                            <li>
                                <a href=href class="chip">
                                    {name.clone()}
                                    <span class="visually-hidden">{(s.chosen_remove)(label)}</span>
                                    <span aria-hidden="true">" ×"</span>
                                </a>
                            </li>
                        }
                    }
                />
            </ul>
            <select id=id on:change=move |ev| {
                let value = event_target_value(&ev);
                // The select only adds: it goes back to its prompt.
                event_target::<web_sys::HtmlSelectElement>(&ev).set_selected_index(0);
                if !value.is_empty() {
                    on_add.run(value);
                }
            }>
                <option value="" selected>
                    {move || if chosen.read().is_empty() { any_label } else { add_label }}
                </option>
                <For
                    each=move || choices.get()
                    key=|(choice, _)| choice.clone()
                    children=move |(choice, text)| {
                        let this = choice.clone();
                        view! { <option value=choice disabled=move || chosen.read().contains(&this)>{text}</option> }
                    }
                />
            </select>
        </div>
    }
}
