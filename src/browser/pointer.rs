//! Pointers and focus on the visual timeline: where along an element a
//! pointer is, keeping a drag on the element that started it, which mark an
//! event came from, and moving focus between marks.

use wasm_bindgen::JsCast;

/// How far along its target element, from 0 (left edge) to 1 (right edge),
/// a pointer event happened; `None` outside a browser or for an element
/// without a width.
pub fn fraction_along_target(event: &web_sys::PointerEvent) -> Option<f64> {
    let target = event
        .current_target()?
        .dyn_into::<web_sys::Element>()
        .ok()?;
    let bounds = target.get_bounding_client_rect();
    (bounds.width() > 0.0)
        .then(|| ((f64::from(event.client_x()) - bounds.left()) / bounds.width()).clamp(0.0, 1.0))
}

/// Sends the rest of a drag to the element it began on, even when the
/// pointer leaves it.
pub fn capture_pointer(event: &web_sys::PointerEvent) {
    if let Some(target) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = target.set_pointer_capture(event.pointer_id());
    }
}

/// Moves keyboard focus to the first element matching `selector` inside the
/// event's current target.
pub fn focus_within_target(event: &web_sys::Event, selector: &str) {
    let found = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|root| root.query_selector(selector).ok().flatten());
    if let Some(element) = found {
        if let Some(element) = element.dyn_ref::<web_sys::SvgElement>() {
            let _ = element.focus();
        } else if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// The `data-{name}` attribute of the nearest element, from the event's
/// target up, that has one: which of many marks an event bubbled up from.
pub fn closest_data(event: &web_sys::Event, name: &str) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let attribute = format!("data-{name}");
    target
        .closest(&format!("[{attribute}]"))
        .ok()
        .flatten()?
        .get_attribute(&attribute)
}
