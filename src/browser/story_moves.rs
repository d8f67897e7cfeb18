//! Moving through a story from the keyboard and by swiping: ← and → for
//! the step before and after, Home and End for the first and last, a
//! horizontal swipe on a touch screen. Listened for on the window while a
//! story is shown, and let go when it is not.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where a reader asks to go in a story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryMove {
    Previous,
    Next,
    First,
    Last,
}

/// How far a finger must travel sideways (CSS pixels) for a swipe, and how
/// much more sideways than up or down: a scroll stays a scroll.
const SWIPE_MIN: f64 = 60.0;
const SWIPE_RATIO: f64 = 2.0;

/// The window events a story listens to, all handled by one closure.
const EVENTS: [&str; 3] = ["keydown", "touchstart", "touchend"];

/// Calls `on_move` for each move the reader asks for, until the calling
/// view is removed.
pub fn listen(on_move: impl Fn(StoryMove) + 'static) {
    use wasm_bindgen::closure::Closure;
    // Rendering natively there is no window to listen on.
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    // Where a one-finger touch began.
    let start = std::cell::Cell::new(None::<(f64, f64)>);
    // One closure for the three events: a closure per event, through
    // Leptos's typed listeners, cost the module 2 kB brotli (measured
    // December 2026).
    let handle = move |event: web_sys::Event| {
        if let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() {
            if let Some(step) = key_move(key) {
                event.prevent_default();
                on_move(step);
            }
        } else if let Some(touch) = event.dyn_ref::<web_sys::TouchEvent>() {
            if event.type_() == "touchstart" {
                let single = touch.touches().length() == 1;
                start.set(single.then(|| first_touch(&touch.touches())).flatten());
            } else if let (Some((x, y)), Some((end_x, end_y))) =
                (start.take(), first_touch(&touch.changed_touches()))
            {
                let (dx, dy) = (end_x - x, end_y - y);
                if dx.abs() >= SWIPE_MIN && dx.abs() >= SWIPE_RATIO * dy.abs() {
                    on_move(if dx < 0.0 {
                        StoryMove::Next
                    } else {
                        StoryMove::Previous
                    });
                }
            }
        }
    };
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(handle);
    for name in EVENTS {
        let _ = window.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    }
    let closure = StoredValue::new_local(Some(closure));
    on_cleanup(move || {
        if let Some(closure) = closure.try_update_value(Option::take).flatten() {
            for name in EVENTS {
                let _ = window_remove(name, closure.as_ref().unchecked_ref());
            }
        }
    });
}

fn window_remove(name: &str, callback: &js_sys::Function) -> Option<()> {
    web_sys::window()?
        .remove_event_listener_with_callback(name, callback)
        .ok()
}

fn first_touch(touches: &web_sys::TouchList) -> Option<(f64, f64)> {
    let touch = touches.get(0)?;
    Some((f64::from(touch.client_x()), f64::from(touch.client_y())))
}

/// The move a key asks for, unless the key belongs to something else: a
/// form field, a modifier (the browser's own shortcuts), the chart's marks
/// (whose arrow keys move between marks) or a key already handled.
fn key_move(event: &web_sys::KeyboardEvent) -> Option<StoryMove> {
    if event.default_prevented()
        || event.alt_key()
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || in_form_field(event)
        || in_chart(event)
    {
        return None;
    }
    match event.key().as_str() {
        "ArrowLeft" => Some(StoryMove::Previous),
        "ArrowRight" => Some(StoryMove::Next),
        "Home" => Some(StoryMove::First),
        "End" => Some(StoryMove::Last),
        _ => None,
    }
}

fn target_element(event: &web_sys::Event) -> Option<web_sys::Element> {
    event.target()?.dyn_into::<web_sys::Element>().ok()
}

fn in_form_field(event: &web_sys::Event) -> bool {
    target_element(event).is_some_and(|target| {
        matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || target
                .dyn_ref::<web_sys::HtmlElement>()
                .is_some_and(|t| t.is_content_editable())
    })
}

fn in_chart(event: &web_sys::Event) -> bool {
    target_element(event)
        .is_some_and(|target| target.closest(".time-chart").ok().flatten().is_some())
}
