//! The parts every screen of a story shares: the links to the step before
//! and after (which ←, →, Home, End and a swipe follow too), and the list
//! of the story's steps to jump to. A story's screens are `/story` (its
//! first) and `/story/{id}` (each step): see `routes/story.rs`.
//!
//! Both are markup from the core (`logic/story.rs`), as the chips and
//! charts are: the router follows their links as it follows any, and one
//! string builder costs the module far less than a typed view per link.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use explorer_core::logic::story::Storyline;
use explorer_core::logic::Filters;

use crate::browser::story_moves::{self, StoryMove};
use crate::context::{use_base, use_catalog, use_strings};

/// The links to the step before and after `current`, and the keys and
/// swipes that follow them.
#[component]
pub fn StoryNav(
    storyline: Memo<Storyline>,
    /// The step shown; `None` on the first screen.
    #[prop(into)]
    current: Signal<Option<usize>>,
    filters: Memo<Filters>,
) -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    let base = use_base();
    let navigate = use_navigate();
    story_moves::listen(move |step| {
        let moves = storyline.read_untracked().moves(
            &catalog.read_untracked(),
            current.get_untracked(),
            &filters.read_untracked(),
        );
        let target = match step {
            StoryMove::Previous => moves.previous,
            StoryMove::Next => moves.next,
            StoryMove::First => moves.first,
            StoryMove::Last => moves.last,
        };
        if let Some(target) = target {
            navigate(&target, Default::default());
        }
    });
    let links = move || {
        storyline
            .read()
            .nav_markup(&catalog.read(), s, current.get(), &filters.read(), &base)
            .into_string()
    };
    view! {
        <nav class="steps story-nav" aria-label=s.story_steps_label inner_html=links></nav>
        <p class="story-keys needs-app">{s.story_keys_hint}</p>
    }
}

/// The story's steps as a numbered list of links (a long story's around
/// the current step), the current one marked. Printed, it is the story.
#[component]
pub fn StepList(
    storyline: Memo<Storyline>,
    #[prop(into)] current: Signal<Option<usize>>,
    filters: Memo<Filters>,
) -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    let base = use_base();
    let items = move || {
        storyline
            .read()
            .list_markup(&catalog.read(), s, current.get(), &filters.read(), &base)
            .into_string()
    };
    view! {
        <section class="story-list" aria-labelledby="story-list-heading">
            <h2 id="story-list-heading">{s.story_list_heading}</h2>
            <ol inner_html=items></ol>
        </section>
    }
}
