//! The frame around every view: skip link, header with navigation, notices,
//! main, footer. In embed mode, a compact frame with a link to the full
//! explorer instead of the site header and footer.

use explorer_core::logic::{embed, pages};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::browser::{document, shell};
use crate::components::link::{Link, NavLink};
use crate::context::{use_catalog, use_embed, use_status};

/// The id of `<main>`, target of the skip link.
pub const MAIN_ID: &str = "main";

/// Wraps the routed view in the site's landmarks, and moves focus to the
/// new view's heading after a navigation to another path, so keyboard and
/// screen-reader users land on it. Only a new path moves focus: changing
/// filters (the query) or a newer dataset never takes focus from the reader.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let embedded = use_embed().embedded;
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        // On the first view of a page load focus stays at the document
        // start, as browsers do.
        if previous.is_some_and(|previous| previous != path) {
            // After the frame in which the new view is rendered.
            request_animation_frame(document::focus_main_heading);
        }
        path
    });
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>"Skip to content"</a>
        {if embedded { view! { <EmbedBar/> }.into_any() } else { view! { <SiteHeader/> }.into_any() }}
        <Notices/>
        <main id=MAIN_ID tabindex="-1">{children()}</main>
        {(!embedded).then(|| view! { <SiteFooter/> })}
    }
}

#[component]
fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <NavLink href="/" exact=true attr:class="brand">"Japan–NATO Partnership Explorer"</NavLink>
            <nav aria-label="Main">
                <ul>
                    <li><NavLink href="/" exact=true>"Overview"</NavLink></li>
                    <li><NavLink href="/timeline">"Chronology"</NavLink></li>
                    <li><NavLink href="/topics">"Topics"</NavLink></li>
                    <li><NavLink href="/perspectives">"Debates"</NavLink></li>
                    <li><NavLink href="/sources">"Sources"</NavLink></li>
                    <li><NavLink href="/about">"About"</NavLink></li>
                </ul>
            </nav>
        </header>
    }
}

/// Embed mode's header: the explorer's name, linking to the same view in
/// the full explorer (in a new tab, out of the host's frame).
#[component]
fn EmbedBar() -> impl IntoView {
    let location = use_location();
    // Follows in-app navigation; the location's path includes the base.
    let full_view = move || {
        format!(
            "{}{}{}",
            document::origin(),
            location.pathname.get(),
            embed::query_without(&location.search.get(), &embed::KEYS)
        )
    };
    view! {
        <header class="embed-bar">
            <span class="brand">"Japan–NATO Partnership Explorer"</span>
            <a href=full_view target="_blank" rel="noopener">"Open the full explorer"<span class="visually-hidden">" (opens in a new tab)"</span></a>
        </header>
    }
}

#[component]
fn SiteFooter() -> impl IntoView {
    let catalog = use_catalog();
    let text = move || {
        let catalog = catalog.read();
        format!(
            "Every statement here is drawn from, and quotes, one of {} public source documents. Dataset version {} of {}.",
            pages::count_in_words(catalog.data.sources.len()),
            catalog.data.meta.version,
            catalog.data.meta.date.data_form()
        )
    };
    view! {
        <footer class="site-footer">
            <p>
                {text} " "
                <Link href="/about">"Method and how to cite"</Link>
            </p>
        </footer>
    }
}

/// Polite notices about the app itself: a waiting update, being offline,
/// the dataset in use.
#[component]
fn Notices() -> impl IntoView {
    let status = use_status();
    view! {
        <div class="notices">
            <p class="notice" role="status">
                <Show when=move || status.update_ready.get()>
                    "A new version is available — "
                    <button type="button" class="link-button" on:click=|_| shell::apply_update()>"reload"</button>
                </Show>
            </p>
            <p class="notice offline-notice" role="status">
                <Show when=move || !status.online.get()>
                    "You are offline. Everything in the explorer still works."
                </Show>
            </p>
            <p class="notice dataset-notice" role="status">{move || status.dataset_notice.get()}</p>
        </div>
    }
}
