//! The chart's marks, written as markup: what changes in them as the
//! reader types is done here, on the elements, instead of rewriting them.

use wasm_bindgen::JsCast;

/// Fades the marks (`a[data-position]`) under `group` whose event does not
/// match: `matches[position]` says which do.
pub fn fade_marks(group: &web_sys::Element, matches: &[bool]) {
    let Ok(marks) = group.query_selector_all("a[data-position]") else {
        return;
    };
    for i in 0..marks.length() {
        let Some(mark) = marks
            .item(i)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let matching = mark
            .get_attribute("data-position")
            .and_then(|p| p.parse::<usize>().ok())
            .and_then(|p| matches.get(p).copied())
            .unwrap_or(false);
        let _ = mark.class_list().toggle_with_force("faded", !matching);
    }
}
