//! Embedding in another site: the host's accent and font on the root
//! element, and the frame's height posted to the host page.

use wasm_bindgen::JsCast;

fn root() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .document_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Sets a CSS custom property on the root element (allowed under a strict
/// `style-src`, unlike inline styles).
pub fn set_root_css_property(name: &str, value: &str) {
    if let Some(root) = root() {
        let _ = root.style().set_property(name, value);
    }
}

/// Marks the root element with a class (e.g. for embed mode's layout).
pub fn add_root_class(class: &str) {
    if let Some(root) = root() {
        let _ = root.class_list().add_1(class);
    }
}

/// True inside a frame of another page.
pub fn is_framed() -> bool {
    web_sys::window()
        .and_then(|w| w.parent().ok().flatten().map(|p| p != w))
        .unwrap_or(false)
}

/// Posts the page's content height to the embedding page whenever it
/// changes. Only the height is
/// sent: there is nothing private in it, so any parent origin may receive
/// it (the host script checks ours).
pub fn post_height_to_parent() {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Some(body), Ok(Some(parent))) =
        (window.document().and_then(|d| d.body()), window.parent())
    else {
        return;
    };
    let last = std::cell::Cell::new(0);
    let observed = body.clone();
    let post = move || {
        // The body's own height: the document's is never less than the
        // frame, so the frame could grow but never shrink.
        let height = body.scroll_height();
        // Small differences would make host and frame chase each other.
        if (height - last.get()).abs() < 2 {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"source".into(), &"japan-nato-explorer".into());
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&observed);
    }
    // An embedded page is observed for as long as it is open: the callback
    // is never released.
    callback.forget();
}
