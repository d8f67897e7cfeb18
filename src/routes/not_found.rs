//! The view for any path, slug or id the explorer does not know.

use crate::components::link::Link;
use leptos::prelude::*;

use crate::components::page::Page;
use explorer_core::logic::pages;

/// Shown for unknown paths, slugs and ids, with ways back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Page head=pages::not_found()>
            <p>"There is no page at this address. It may have been mistyped, or the record it named does not exist."</p>
            <ul>
                <li><Link href="/">"Back to the overview"</Link></li>
                <li><Link href="/timeline">"Browse the chronology"</Link></li>
                <li><Link href="/topics">"See all topics"</Link></li>
            </ul>
        </Page>
    }
}
