//! Entry point of the WebAssembly bundle: builds the app and puts it in
//! place of the prerendered page (see [`japan_nato_explorer::browser::takeover`]).

fn main() {
    console_error_panic_hook::set_once();
    japan_nato_explorer::browser::takeover::take_over(|root| {
        // The app lives as long as the page.
        leptos::mount::mount_to(root, japan_nato_explorer::app::App).forget();
    });
}
