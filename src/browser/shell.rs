//! The app shell around the explorer: the connection state and a new build
//! waiting in the service worker (announced by the boot script).

use leptos::ev;
use leptos::prelude::{on_cleanup, window_event_listener, window_event_listener_untyped};
use wasm_bindgen::JsCast;

/// Whether the browser believes it is online.
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Calls `handler` with the new state whenever the connection comes or
/// goes, for as long as the calling component lives.
pub fn on_connection_change(handler: impl Fn(bool) + Clone + 'static) {
    let offline = handler.clone();
    let online = window_event_listener(ev::online, move |_| handler(true));
    let offline = window_event_listener(ev::offline, move |_| offline(false));
    on_cleanup(move || {
        online.remove();
        offline.remove();
    });
}

/// The boot script's function that lets a waiting build take over.
fn waiting_update() -> Option<js_sys::Function> {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"explorerApplyUpdate".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
}

/// Calls `handler` when a new build is installed and waiting (the boot
/// script raises `explorer-update-ready`), including one found before the
/// app listened.
pub fn on_update_ready(handler: impl Fn() + 'static) {
    if waiting_update().is_some() {
        handler();
    }
    let listener = window_event_listener_untyped("explorer-update-ready", move |_| handler());
    on_cleanup(move || listener.remove());
}

/// Lets the waiting build take over; the boot script reloads the page once
/// it has, so page and module always come from the same build.
pub fn apply_update() {
    match waiting_update() {
        Some(apply) => {
            let _ = apply.call0(&wasm_bindgen::JsValue::NULL);
        }
        None => {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
    }
}
