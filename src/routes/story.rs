//! `/story`: a story's first screen. Without filters, the guided story of
//! `data/story.json`: what the partnership is, in one paragraph with its
//! quotes; with filters (`/story?topic=cyber-defence&from=2014`), the
//! chronology they select, told one event a screen. Its steps are
//! `/story/{id}` (`story_step.rs`).

use leptos::prelude::*;

use explorer_core::logic::pages;
use explorer_core::logic::story::{StoryKind, Storyline};

use crate::components::chart::StoryChart;
use crate::components::evidence::EvidenceList;
use crate::components::link::Link;
use crate::components::page::Page;
use crate::components::story::{StepList, StoryNav};
use crate::context::{use_catalog, use_filters, use_strings};

#[component]
pub fn StoryPage() -> impl IntoView {
    let catalog = use_catalog();
    let filters = use_filters();
    let s = use_strings();
    let storyline = Memo::new(move |_| Storyline::select(&catalog.read(), &filters.read(), None));
    let head = Signal::derive(move || {
        let line = storyline.read();
        pages::story(line.kind, line.len(), s)
    });
    let intro = move || {
        let line = storyline.read();
        match line.kind {
            StoryKind::Guided => {
                let catalog = catalog.read();
                let intro = &catalog.data.story.intro;
                view! {
                    <p class="lead">{intro.text.clone()}</p>
                    <StoryNav storyline=storyline current=None filters=filters/>
                    <EvidenceList evidence=intro.evidence.clone()/>
                }
                .into_any()
            }
            StoryKind::Chronology if line.is_empty() => view! {
                <p class="lead">{s.story_empty}</p>
                <p><Link href=format!("/timeline{}", filters.read().to_query_string())>{s.story_end}</Link></p>
            }
            .into_any(),
            StoryKind::Chronology => view! {
                <p class="lead">{(s.story_filtered_lead)(line.len())}</p>
                <StoryNav storyline=storyline current=None filters=filters/>
            }
            .into_any(),
        }
    };
    let query = Signal::derive(move || explorer_core::logic::story::query(&filters.read()));
    view! {
        <Page head=head>
            <div class="story-screen">{intro}</div>
            <StoryChart steps=Signal::derive(move || storyline.read().steps.clone()) current=None query=query/>
            <StepList storyline=storyline current=None filters=filters/>
        </Page>
    }
}
