//! Taking over a prerendered page. Every page arrives as finished HTML (see
//! `src/bin/prerender.rs`) inside `<div id="app">`; the app builds its own
//! copy of the page off-screen, then swaps it in within one task, so the
//! browser never paints anything in between and nothing moves. The swap
//! waits until the app's page is complete: the router renders the route's
//! view in microtasks after mounting, and a long list is built a few items
//! a frame, marked `aria-busy` meanwhile, so that no single task keeps the
//! reader waiting. Until the swap, the prerendered page is on screen. What the
//! reader did before the swap carries over: focus, text typed in the search
//! box, and ticked filters (replayed as the events the app listens to).
//! Scroll position needs nothing: the page is the same height before and
//! after.
//!
//! A page that is not the prerendered page of the address (the not-found
//! page a host without rewrites serves, an offline fallback) is marked
//! `route-pending` by the start script: the app replaces it and carries
//! nothing over.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// The id of the element the app renders into, in the prerendered page and
/// in the browser.
pub const ROOT_ID: &str = "app";

/// Classes on `<html>` that the start script sets while the page waits for
/// the app (see `scripts/start-template.js`), and the one the app sets
/// when it has taken over.
const PENDING_CLASSES: [&str; 2] = ["route-pending", "query-pending"];
const READY_CLASS: &str = "app";

/// How long the swap waits for the app's page to be complete before it
/// swaps whatever is there (a phone needs well under a second).
const MAX_WAIT_MS: f64 = 10_000.0;

/// Whether the app has taken the page over (until then it builds its page
/// off-screen).
pub fn taken_over() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|html| html.class_list().contains(READY_CLASS))
}

/// The app's page is complete: the routed view is there, and no list is
/// still being built.
fn complete(root: &Element) -> bool {
    matches!(root.query_selector("main h1"), Ok(Some(_)))
        && matches!(root.query_selector("[aria-busy=true]"), Ok(None))
}

/// Builds the app with `mount` into a new root element, then puts it in
/// place of the prerendered page (or into an empty body).
pub fn take_over(mount: impl FnOnce(HtmlElement)) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(container) = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    container.set_id(ROOT_ID);
    mount(container.clone());
    wasm_bindgen_futures::spawn_local(async move {
        // Deferred rendering work (the routed view, property updates) runs
        // in microtasks, so the page is checked in a new task, after all of
        // them; the chronology's frames run in between.
        let started = js_sys::Date::now();
        loop {
            super::tasks::next_task().await;
            if complete(&container) || js_sys::Date::now() - started > MAX_WAIT_MS {
                break;
            }
        }
        swap(&document, &container);
    });
}

/// Puts the app's page in place of the prerendered one, carrying over what
/// the reader did, and marks `<html>` as taken over.
fn swap(document: &Document, container: &HtmlElement) {
    let html = document.document_element();
    let own_page = html
        .as_ref()
        .is_some_and(|html| !html.class_list().contains(PENDING_CLASSES[0]));
    match document.get_element_by_id(ROOT_ID) {
        Some(prerendered) => {
            let before = own_page.then(|| ReaderState::read(document, &prerendered));
            let _ = prerendered.replace_with_with_node_1(container);
            if let Some(before) = before {
                before.restore(container);
            }
        }
        None => {
            if let Some(body) = document.body() {
                let _ = body.append_child(container);
            }
        }
    }
    if let Some(html) = html {
        let classes = html.class_list();
        for class in PENDING_CLASSES {
            let _ = classes.remove_1(class);
        }
        let _ = classes.add_1(READY_CLASS);
    }
}

/// A form control the reader changed on the prerendered page.
enum Changed {
    Text { id: String, value: String },
    Checked { id: String, checked: bool },
    Selected { id: String, value: String },
}

/// What the reader did on the prerendered page.
struct ReaderState {
    /// The focused element, as the element-child indexes leading to it from
    /// the root: the app's page has the same elements in the same places.
    focus: Option<Vec<u32>>,
    changed: Vec<Changed>,
}

impl ReaderState {
    fn read(document: &Document, root: &Element) -> ReaderState {
        let focus = document
            .active_element()
            .and_then(|active| path_from(root, &active));
        let mut changed = Vec::new();
        if let Ok(controls) = root.query_selector_all("input[id], select[id]") {
            for i in 0..controls.length() {
                let Some(control) = controls.item(i) else {
                    continue;
                };
                if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
                    let id = input.id();
                    match input.type_().as_str() {
                        "checkbox" | "radio" if input.checked() != input.default_checked() => {
                            changed.push(Changed::Checked {
                                id,
                                checked: input.checked(),
                            })
                        }
                        "search" | "text" if input.value() != input.default_value() => changed
                            .push(Changed::Text {
                                id,
                                value: input.value(),
                            }),
                        _ => {}
                    }
                } else if let Some(select) = control.dyn_ref::<HtmlSelectElement>() {
                    let default = (0..select.length())
                        .filter_map(|i| select.item(i))
                        .filter_map(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
                        .find(|o| o.default_selected())
                        .map(|o| o.value());
                    if default.is_some_and(|default| default != select.value()) {
                        changed.push(Changed::Selected {
                            id: select.id(),
                            value: select.value(),
                        });
                    }
                }
            }
        }
        ReaderState { focus, changed }
    }

    /// Applies the same changes to the app's page, through the events its
    /// controls listen to, and moves focus to the same place.
    fn restore(self, root: &Element) {
        let find = |id: &str| root.query_selector(&format!("#{id}")).ok().flatten();
        for change in self.changed {
            match change {
                Changed::Text { id, value } => {
                    if let Some(input) =
                        find(&id).and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                    {
                        input.set_value(&value);
                        dispatch(&input, "input");
                    }
                }
                Changed::Checked { id, checked } => {
                    if let Some(input) =
                        find(&id).and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                    {
                        input.set_checked(checked);
                        dispatch(&input, "change");
                    }
                }
                Changed::Selected { id, value } => {
                    if let Some(select) =
                        find(&id).and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
                    {
                        select.set_value(&value);
                        dispatch(&select, "change");
                    }
                }
            }
        }
        let focused = self
            .focus
            .and_then(|path| element_at(root, &path))
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let Some(element) = focused {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = element.focus_with_options(&options);
        }
    }
}

fn dispatch(target: &web_sys::EventTarget, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// The element-child indexes from `root` down to `element`, if it is inside.
fn path_from(root: &Element, element: &Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut current = element.clone();
    while &current != root {
        let parent = current.parent_element()?;
        let siblings = parent.children();
        let index =
            (0..siblings.length()).find(|&i| siblings.item(i).as_ref() == Some(&current))?;
        path.push(index);
        current = parent;
    }
    path.reverse();
    Some(path)
}

fn element_at(root: &Element, path: &[u32]) -> Option<Element> {
    path.iter().try_fold(root.clone(), |element, &index| {
        element.children().item(index)
    })
}
