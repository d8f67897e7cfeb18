//! The frame around every view: skip link, header with navigation and the
//! language switch, notices, main, footer. In embed mode, a compact frame with a link to the full
//! explorer instead of the site header and footer.

use explorer_core::logic::{embed, Lang};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::browser::{document, preferences, shell};
use crate::components::link::{Link, NavLink};
use crate::context::{
    use_catalog, use_embed, use_site_base, use_status, use_strings, use_view_path,
};

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
    let s = use_strings();
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>{s.skip_link}</a>
        {if embedded { view! { <EmbedBar/> }.into_any() } else { view! { <SiteHeader/> }.into_any() }}
        <Notices/>
        {(!embedded && s.lang == Lang::En).then(|| view! { <EditionOffer/> })}
        <main id=MAIN_ID tabindex="-1">{children()}</main>
        {(!embedded).then(|| view! { <SiteFooter/> })}
    }
}

#[component]
fn SiteHeader() -> impl IntoView {
    let s = use_strings();
    // Every destination in sight: a row of links where there is room, and
    // on a phone the same links one tap away behind "Menu" (a disclosure
    // that works without script; it closes when the reader goes
    // elsewhere). CSS shows one of the two lists.
    let location = use_location();
    let menu_open = move || {
        location.pathname.track();
        false
    };
    view! {
        <header class="site-header">
            <NavLink href="/" exact=true attr:class="brand">{s.site_name}</NavLink>
            <nav aria-label=s.nav_label>
                <ul class="nav-row"><NavLinks/></ul>
                <details class="nav-menu" prop:open=menu_open>
                    <summary>{s.nav_menu}</summary>
                    <ul><NavLinks/></ul>
                </details>
            </nav>
            <EditionSwitch/>
        </header>
    }
}

/// The site's destinations, the current one marked.
#[component]
fn NavLinks() -> impl IntoView {
    let s = use_strings();
    view! {
        <li><NavLink href="/" exact=true>{s.nav_overview}</NavLink></li>
        <li><NavLink href="/story">{s.nav_story}</NavLink></li>
        <li><NavLink href="/timeline">{s.nav_chronology}</NavLink></li>
        <li><NavLink href="/map">{s.nav_map}</NavLink></li>
        <li><NavLink href="/topics">{s.nav_topics}</NavLink></li>
        <li><NavLink href="/perspectives">{s.nav_debates}</NavLink></li>
        <li><NavLink href="/sources">{s.nav_sources}</NavLink></li>
        <li><NavLink href="/about">{s.nav_about}</NavLink></li>
    }
}

/// The address of the current view, with its filters, in another edition.
fn view_in(lang: Lang) -> impl Fn() -> String + Send + Sync + 'static {
    let (site_base, path, location) = (use_site_base(), use_view_path(), use_location());
    // The router's search has no "?"; `query_without` adds it when the
    // query is not empty.
    move || {
        format!(
            "{site_base}{}{}",
            lang.path(&path.get()),
            embed::query_without(&location.search.get(), &[])
        )
    }
}

/// A link to the page the reader is on, with its filters, in the other
/// edition. It loads that edition's own page (`rel="external"` keeps the
/// router out of it), and remembers the choice.
#[component]
fn EditionSwitch() -> impl IntoView {
    let s = use_strings();
    let other = s.lang.other();
    view! {
        <a
            class="edition-switch"
            href=view_in(other)
            hreflang=other.tag()
            lang=other.tag()
            rel="external"
            title=s.switch_to_other_hint
            on:click=move |_| preferences::remember_edition(other)
        >
            {s.switch_to_other}
        </a>
    }
}

/// On the English overview, an offer of the Japanese edition to a reader
/// who chose it before or whose browser prefers Japanese. Never a
/// redirect; nothing in the prerendered page (the browser decides).
#[component]
fn EditionOffer() -> impl IntoView {
    let s = use_strings();
    let path = use_view_path();
    let offered = RwSignal::new(preferences::offers_japanese());
    let shown = move || offered.get() && path.get() == "/";
    let decline = move |_| {
        preferences::remember_edition(Lang::En);
        offered.set(false);
    };
    // Fixed at the bottom of the screen: it moves nothing on the page.
    view! {
        <Show when=shown>
            <aside class="edition-offer" lang="ja" aria-label=s.offer_other_link>
                <p>
                    {s.offer_other} " "
                    <a
                        href=view_in(Lang::Ja)
                        hreflang="ja"
                        rel="external"
                        on:click=|_| preferences::remember_edition(Lang::Ja)
                    >
                        {s.offer_other_link}
                    </a>
                </p>
                <button type="button" class="link-button" on:click=decline>{s.offer_other_dismiss}</button>
            </aside>
        </Show>
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
    let s = use_strings();
    view! {
        <header class="embed-bar">
            <span class="brand">{s.site_name}</span>
            <a href=full_view target="_blank" rel="noopener">{s.embed_open_full}<span class="visually-hidden">{s.opens_in_new_tab}</span></a>
        </header>
    }
}

#[component]
fn SiteFooter() -> impl IntoView {
    let catalog = use_catalog();
    let s = use_strings();
    let text = move || {
        let catalog = catalog.read();
        (s.footer)(
            catalog.data.sources.len(),
            &catalog.data.meta.version,
            &s.date(&catalog.data.meta.date),
        )
    };
    view! {
        <footer class="site-footer">
            <p>
                {text} " "
                <Link href="/about">{s.footer_link}</Link>
            </p>
        </footer>
    }
}

/// Polite notices about the app itself: a waiting update, being offline,
/// the dataset in use.
#[component]
fn Notices() -> impl IntoView {
    let status = use_status();
    let s = use_strings();
    view! {
        <div class="notices">
            <p class="notice" role="status">
                <Show when=move || status.update_ready.get()>
                    {s.update_available}
                    <button type="button" class="link-button" on:click=|_| shell::apply_update()>{s.update_reload}</button>
                </Show>
            </p>
            <p class="notice offline-notice" role="status">
                <Show when=move || !status.online.get()>
                    {s.offline}
                </Show>
            </p>
            <p class="notice dataset-notice" role="status">{move || status.dataset_notice.get()}</p>
        </div>
    }
}
