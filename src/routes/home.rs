//! `/`: the overview.

use leptos::prelude::*;

use crate::components::page::Page;

/// The overview of the partnership.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Page title="Japan–NATO Partnership Explorer" description="How Japan and NATO came to work together, what they cooperate on, and what analysts argue about it.">
            <p>"How Japan and NATO came to work together, what they cooperate on, and what analysts argue about it."</p>
        </Page>
    }
}
