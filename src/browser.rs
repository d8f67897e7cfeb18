//! The only module that talks to the browser directly (`web_sys`). Each
//! function is a thin wrapper, so the rest of the crate stays pure and
//! natively testable; outside a browser they do nothing.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `document.title` and `<meta name="description">` for the current view.
pub fn set_document_head(title: &str, description: &str) {
    let Some(document) = document() else {
        return;
    };
    document.set_title(title);
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}

/// Moves focus to a view's heading after a client-side navigation, so that
/// keyboard and screen-reader users land on the new view. On the first
/// view of a page load focus stays at the document start, as browsers do.
pub fn focus_heading(heading: &web_sys::HtmlElement) {
    use std::sync::atomic::{AtomicBool, Ordering};
    static FIRST_VIEW_SEEN: AtomicBool = AtomicBool::new(false);
    if FIRST_VIEW_SEEN.swap(true, Ordering::Relaxed) {
        let _ = heading.focus();
    }
}

/// True when the element has keyboard focus.
pub fn has_focus(element: &web_sys::Element) -> bool {
    document()
        .and_then(|d| d.active_element())
        .is_some_and(|active| &active == element)
}

/// The address of the current page.
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Today's date in the reader's time zone, as YYYY-MM-DD.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers text to the reader as a file download.
pub fn download(file_name: &str, mime: &str, content: &str) -> bool {
    let attempt = || -> Option<()> {
        let document = document()?;
        let parts = js_sys::Array::of1(&content.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement =
            document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
        web_sys::Url::revoke_object_url(&url).ok()
    };
    attempt().is_some()
}

/// The path the app is served under, from `<meta name="explorer-base">`
/// (written at build time from Trunk's public URL): "/" or "/some/path/".
pub fn app_base() -> String {
    document()
        .and_then(|d| d.query_selector("meta[name=explorer-base]").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|base| base.starts_with('/'))
        .unwrap_or_else(|| "/".to_owned())
}

/// The value of a parameter of the URL the page was opened with.
pub fn initial_query_param(key: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(key)
}

/// Calls `handler` when a window event fires, for the life of the page.
fn on_window_event(name: &str, handler: impl FnMut() + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let closure = Closure::<dyn FnMut()>::new(handler);
    let _ = window.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    // The app lives as long as the page: the listener is never removed.
    closure.forget();
}

/// Whether the browser believes it is online.
pub fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Calls `handler` with the new state whenever the connection comes or goes.
pub fn on_connection_change(handler: impl Fn(bool) + Clone + 'static) {
    let offline = handler.clone();
    on_window_event("online", move || handler(true));
    on_window_event("offline", move || offline(false));
}

/// Calls `handler` when a new build is installed and waiting (the boot
/// script raises `explorer-update-ready`), including one found before the
/// app listened.
pub fn on_update_ready(handler: impl Fn() + Clone + 'static) {
    let ready = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"explorerApplyUpdate".into()).ok())
        .is_some_and(|f| f.is_function());
    if ready {
        handler();
    }
    on_window_event("explorer-update-ready", handler);
}

/// Lets the waiting build take over; the boot script reloads the page once
/// it has, so page and module always come from the same build.
pub fn apply_update() {
    let apply = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"explorerApplyUpdate".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match apply {
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

/// Sets a CSS custom property on the root element (allowed under a strict
/// `style-src`, unlike inline styles).
pub fn set_root_css_property(name: &str, value: &str) {
    if let Some(root) = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root.style().set_property(name, value);
    }
}

/// Marks the root element with a class (e.g. for embed mode's layout).
pub fn add_root_class(class: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
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
/// changes. Only the height is sent: there is nothing private in it, so
/// any parent origin may receive it (the host script checks ours).
pub fn post_height_to_parent() {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Some(body), Ok(Some(parent))) = (document().and_then(|d| d.body()), window.parent())
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
    let observer = Closure::<dyn FnMut()>::new(post);
    if let Ok(resize) = web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()) {
        resize.observe(&observed);
    }
    // Observes for the life of the page.
    observer.forget();
}

/// Fetches a text resource of the app's origin; the error says why not.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|err| format!("could not be fetched ({err})"))?;
    if !response.ok() {
        return Err(format!("answered HTTP {}", response.status()));
    }
    response
        .text()
        .await
        .map_err(|err| format!("could not be read ({err})"))
}

/// The page's origin, e.g. "https://example.org".
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}
