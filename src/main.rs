//! Entry point of the WebAssembly bundle: builds the app and puts it in
//! place of the prerendered page (see [`japan_nato_explorer::browser::takeover`]).
//! The Japanese edition first loads its text, a file of its own (English
//! readers never download it); meanwhile the prerendered page is on screen.
//!
//! The start runs in pieces, each its own task, so that a key or a tap on
//! the prerendered page is handled between them (and the early search
//! keeps answering): decoding the dataset and building its catalog, then
//! building the app's page off-screen (the chronology's cards follow a few
//! a frame), then the swap.

use std::sync::Arc;

use explorer_core::data::translation::Translations;
use explorer_core::logic::{Catalog, Lang};
use japan_nato_explorer::app::App;
use japan_nato_explorer::browser::tasks::yield_to_browser;
use japan_nato_explorer::browser::{document, network, takeover};
use japan_nato_explorer::context::bundled_dataset;

fn main() {
    console_error_panic_hook::set_once();
    let lang = document::edition();
    wasm_bindgen_futures::spawn_local(async move {
        let translations = match lang {
            Lang::En => Translations::default(),
            Lang::Ja => load_translations().await,
        };
        yield_to_browser().await;
        let catalog = Arc::new(Catalog::for_edition(lang, bundled_dataset(), || {
            translations
        }));
        yield_to_browser().await;
        start(lang, catalog);
    });
}

/// The Japanese edition's text. Should it fail to load (a broken deploy,
/// a blocked request), the edition still starts, its interface in
/// Japanese and its records in English, each saying so.
async fn load_translations() -> Translations {
    let Some(url) = document::translations_url() else {
        return Translations::default();
    };
    match network::fetch_bytes(&url).await {
        Ok(bytes) => postcard::from_bytes(&bytes).unwrap_or_default(),
        Err(_) => Translations::default(),
    }
}

fn start(lang: Lang, catalog: Arc<Catalog>) {
    takeover::take_over(move |root| {
        // The app lives as long as the page.
        leptos::mount::mount_to(root, move || {
            leptos::view! { <App lang=lang catalog=catalog/> }
        })
        .forget();
    });
}
