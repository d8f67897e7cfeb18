//! The frame around every view: skip link, header with navigation, main, footer.

use leptos::prelude::*;
use leptos_router::components::A;

/// The id of `<main>`, target of the skip link.
pub const MAIN_ID: &str = "main";

/// Wraps the routed view in the site's landmarks.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>"Skip to content"</a>
        <header class="site-header">
            <A href="/" attr:class="brand">"Japan–NATO Partnership Explorer"</A>
            <nav aria-label="Main">
                <ul>
                    <li><A href="/">"Overview"</A></li>
                </ul>
            </nav>
        </header>
        <main id=MAIN_ID tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>"Every statement here is drawn from, and quotes, one of five public source documents."</p>
        </footer>
    }
}
