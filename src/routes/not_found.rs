//! The view for any path, slug or id the explorer does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page::Page;

/// Shown for unknown paths, slugs and ids, with ways back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Page title="Page not found" description="This page does not exist in the Japan–NATO Partnership Explorer.">
            <p>"There is no page at this address. It may have been mistyped, or the record it named does not exist."</p>
            <ul>
                <li><A href="/">"Back to the overview"</A></li>
                <li><A href="/timeline">"Browse the chronology"</A></li>
                <li><A href="/topics">"See all topics"</A></li>
            </ul>
        </Page>
    }
}
