//! `/story/{id}`: one step of a story, the event told as its page tells it,
//! with where it stands ("Step 4 of 12"), the line that joins it to the
//! step before (in the guided story), the way on, and the story's steps on
//! the visual timeline. The query says which story (see `story.rs`).
//!
//! Moving from step to step changes only the route's `:id`: the view stays
//! and only what depends on the step is drawn again (the event, where it
//! stands, the links, the marks), which keeps a move quick on a slow phone.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use explorer_core::logic::pages;
use explorer_core::logic::story::{self, Storyline};

use crate::components::chart::StoryChart;
use crate::components::event_body::event_body;
use crate::components::link::Link;
use crate::components::page::Page;
use crate::components::story::{StepList, StoryNav};
use crate::context::{use_catalog, use_filters, use_strings};
use crate::routes::NotFoundPage;

/// The id of the text that says where a step stands, which its title's
/// `aria-describedby` names (read with the title when focus moves to it).
const PROGRESS_ID: &str = "story-progress";

/// A step of the story the query selects, or the not-found view for an
/// unknown id.
#[component]
pub fn StoryStepPage() -> impl IntoView {
    let params = use_params_map();
    let catalog = use_catalog();
    let id = Memo::new(move |_| params.read().get("id"));
    let event = Memo::new(move |_| {
        let id = id.read();
        catalog.read().event(id.as_deref()?).cloned()
    });
    let known = Memo::new(move |_| event.read().is_some());
    move || {
        if known.get() {
            view! { <StepView id=id/> }.into_any()
        } else {
            view! { <NotFoundPage/> }.into_any()
        }
    }
}

#[component]
fn StepView(
    /// The step's event id (the route's `:id`, which the view follows).
    id: Memo<Option<String>>,
) -> impl IntoView {
    let catalog = use_catalog();
    let filters = use_filters();
    let s = use_strings();
    let event = Memo::new(move |_| {
        let id = id.read();
        catalog.read().event(id.as_deref()?).cloned()
    });
    let storyline = Memo::new(move |_| {
        Storyline::select(&catalog.read(), &filters.read(), id.read().as_deref())
    });
    let current = Memo::new(move |_| {
        let at = catalog.read().event_position(id.read().as_deref()?)?;
        storyline.read().step_of(at)
    });
    let query = Signal::derive(move || story::query(&filters.read()));
    let head = Signal::derive(move || {
        let step = current.get().map(|step| (step, storyline.read().len()));
        match &*event.read() {
            Some(event) => pages::story_step(event, step, s),
            None => pages::not_found(s),
        }
    });
    // The Japanese edition shows an event without a translation in English.
    let english = Signal::derive(move || {
        let id = id.read();
        let untranslated = id
            .as_deref()
            .is_some_and(|id| catalog.read().untranslated_event(id));
        untranslated.then_some("en")
    });
    // The event, drawn again for each step (and coming in with a short
    // animation, unless the reader prefers less motion).
    let body = move || {
        let event = event.get()?;
        let catalog = catalog.read();
        let english = english.get();
        let href = format!("/events/{}", event.id);
        let Some(step) = current.get() else {
            let start = story::href(None, &filters.read());
            return Some(
                view! {
                    <div class="story-screen">
                        <p class="lead">{s.story_not_in_story}</p>
                        <p><Link href=href>{s.story_event_page}</Link> " · " <Link href=start>{s.story_start}</Link></p>
                    </div>
                }
                .into_any(),
            );
        };
        let joining = storyline.read().link(&catalog, step).map(str::to_owned);
        let body = event_body(&catalog, &event, english, s);
        Some(
            view! {
                <div class="story-screen">
                    {joining.map(|text| view! { <p class="story-link">{text}</p> })}
                    <StoryNav storyline=storyline current=current filters=filters/>
                    {body}
                    <p><Link href=href>{s.story_event_page}</Link></p>
                </div>
            }
            .into_any(),
        )
    };
    let progress = move || {
        current
            .get()
            .map(|step| (s.story_step_of)(step + 1, storyline.read().len()))
    };
    view! {
        <p class="kicker story-progress" id=PROGRESS_ID>{progress}</p>
        <Page head=head title_lang=english described_by=Some(PROGRESS_ID)>
            {body}
            <StoryChart steps=Signal::derive(move || storyline.read().steps.clone()) current=current query=query/>
            <StepList storyline=storyline current=current filters=filters/>
        </Page>
    }
}
