//! Giving the main thread back between steps of work, so that what the
//! reader does (a key, a tap) is handled between them rather than after
//! all of them.

use wasm_bindgen::{JsCast, JsValue};

/// Resolves in a later task: through `scheduler.yield()` where the browser
/// has it (the continuation keeps its place ahead of other queued work),
/// else a zero-delay timer.
pub async fn yield_to_browser() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let scheduled = js_sys::Reflect::get(&window, &JsValue::from_str("scheduler"))
        .ok()
        .filter(|scheduler| scheduler.is_object())
        .and_then(|scheduler| {
            let yield_fn = js_sys::Reflect::get(&scheduler, &JsValue::from_str("yield")).ok()?;
            let yield_fn = yield_fn.dyn_into::<js_sys::Function>().ok()?;
            yield_fn
                .call0(&scheduler)
                .ok()?
                .dyn_into::<js_sys::Promise>()
                .ok()
        });
    match scheduled {
        Some(promise) => {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        }
        None => next_task().await,
    }
}

/// Resolves in a new task, after every pending microtask has run (a
/// zero-delay timer: other queued tasks, rendering included, go first).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
