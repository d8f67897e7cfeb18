//! The frame around every view: skip link, header with navigation, main, footer.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::context::use_catalog;

/// The id of `<main>`, target of the skip link.
pub const MAIN_ID: &str = "main";

/// Wraps the routed view in the site's landmarks.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let catalog = use_catalog();
    let version = move || {
        let catalog = catalog.read();
        format!(
            "Dataset version {} of {}.",
            catalog.data.meta.version,
            catalog.data.meta.date.data_form()
        )
    };
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>"Skip to content"</a>
        <header class="site-header">
            <A href="/" exact=true attr:class="brand">"Japan–NATO Partnership Explorer"</A>
            <nav aria-label="Main">
                <ul>
                    <li><A href="/" exact=true>"Overview"</A></li>
                    <li><A href="/timeline">"Chronology"</A></li>
                    <li><A href="/topics">"Topics"</A></li>
                    <li><A href="/perspectives">"Debates"</A></li>
                    <li><A href="/sources">"Sources"</A></li>
                    <li><A href="/about">"About"</A></li>
                </ul>
            </nav>
        </header>
        <main id=MAIN_ID tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>
                "Every statement here is drawn from, and quotes, one of five public source documents. "
                {version} " "
                <A href="/about">"Method and how to cite"</A>
            </p>
        </footer>
    }
}
