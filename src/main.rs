//! Entry point of the WebAssembly bundle: builds the app and puts it in
//! place of the prerendered page (see [`japan_nato_explorer::browser::takeover`]).
//! The Japanese edition first loads its text, a file of its own (English
//! readers never download it); meanwhile the prerendered page is on screen.

use explorer_core::data::translation::Translations;
use explorer_core::logic::Lang;
use japan_nato_explorer::app::App;
use japan_nato_explorer::browser::{document, network, takeover};

fn main() {
    console_error_panic_hook::set_once();
    let lang = document::edition();
    match lang {
        Lang::En => start(lang, Translations::default()),
        Lang::Ja => wasm_bindgen_futures::spawn_local(async move {
            start(lang, load_translations().await);
        }),
    }
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

fn start(lang: Lang, translations: Translations) {
    takeover::take_over(move |root| {
        // The app lives as long as the page.
        leptos::mount::mount_to(root, move || {
            leptos::view! { <App lang=lang translations=translations/> }
        })
        .forget();
    });
}
