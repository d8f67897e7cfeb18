//! The view for any path, slug or id the explorer does not know.

use crate::components::link::Link;
use leptos::prelude::*;

use crate::components::page::Page;
use crate::context::use_strings;
use explorer_core::logic::pages;

/// Shown for unknown paths, slugs and ids, with ways back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let s = use_strings();
    view! {
        <Page head=pages::not_found(s)>
            <p>{s.not_found_text}</p>
            <ul>
                <li><Link href="/">{s.not_found_overview}</Link></li>
                <li><Link href="/timeline">{s.not_found_chronology}</Link></li>
                <li><Link href="/topics">{s.not_found_topics}</Link></li>
            </ul>
        </Page>
    }
}
