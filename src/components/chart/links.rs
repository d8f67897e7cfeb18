//! Following the charts' links: SVG links written as markup, which the
//! router does not intercept as it does HTML ones.

use crate::browser::pointer;

/// Whether a click on a link is a plain one, which the app follows itself
/// (the router follows HTML links only; the chart's are SVG). A click with
/// a modifier key opens a tab or a window as the browser would.
pub(super) fn is_plain_click(event: &web_sys::MouseEvent) -> bool {
    !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
        && event.button() == 0
}

/// A click handler for a group of SVG links written as markup: a plain
/// click on one follows its `data-path` with the router.
pub(super) fn follow_link(
    navigate: impl Fn(&str, leptos_router::NavigateOptions) + 'static,
) -> impl Fn(web_sys::MouseEvent) + 'static {
    move |event: web_sys::MouseEvent| {
        if !is_plain_click(&event) {
            return;
        }
        if let Some(path) = pointer::closest_data(&event, "path") {
            event.prevent_default();
            navigate(&path, Default::default());
        }
    }
}
