//! Running text from the dataset, rendered as text (never as HTML), with
//! search matches highlighted and acronyms explained in place.

use std::sync::atomic::{AtomicUsize, Ordering};

use explorer_core::logic::text::{annotate, Segment};
use explorer_core::logic::{strings, Catalog, Lang};
use leptos::prelude::*;

use crate::context::use_catalog;

/// Text with search matches marked and glossary terms explained on hover,
/// focus or tap.
#[component]
pub fn RichText(
    /// The text, exactly as in the data.
    #[prop(into)]
    text: String,
    /// Folded search terms to highlight.
    #[prop(into, optional)]
    terms: Signal<Vec<String>>,
    /// Explain glossary terms. Off inside links, where a second focusable
    /// element would nest interactive content.
    #[prop(optional)]
    glossary: bool,
) -> impl IntoView {
    let catalog = use_catalog();
    // The DOM is rebuilt only when this text's own segments change: most
    // keystrokes change no highlight in most texts.
    let segments = Memo::new(move |_| {
        let catalog = catalog.read();
        annotate(&text, &terms.read(), glossary.then_some(&catalog.glossary))
    });
    move || {
        let catalog = catalog.read_untracked();
        segments
            .get()
            .into_iter()
            .map(|segment| render_segment(segment, &catalog))
            .collect_view()
    }
}

fn render_segment(segment: Segment, catalog: &Catalog) -> AnyView {
    let Segment { text, hit, term } = segment;
    let body = if hit {
        view! { <mark>{text}</mark> }.into_any()
    } else {
        text.into_any()
    };
    match term.and_then(|index| catalog.glossary_entry(index)) {
        Some(entry) => {
            let explanation = match (&entry.expansion, &entry.note) {
                (Some(expansion), _) => {
                    // The Japanese edition gives the English expansion and
                    // its Japanese rendering side by side.
                    let japanese = catalog
                        .ja
                        .glossary
                        .get(&entry.id)
                        .and_then(|ja| ja.expansion.as_deref())
                        .filter(|_| catalog.lang == Lang::Ja);
                    match japanese {
                        Some(ja) => {
                            format!("{expansion}{}", (strings(Lang::Ja).glossary_rendering)(ja))
                        }
                        None => expansion.clone(),
                    }
                }
                (None, Some(note)) => note.clone(),
                (None, None) => String::new(),
            };
            view! { <Term body=body explanation=explanation/> }.into_any()
        }
        None => body,
    }
}

static NEXT_TERM_ID: AtomicUsize = AtomicUsize::new(0);

/// An acronym with its explanation, shown on hover and on focus (a tap
/// focuses it on touch screens); screen readers hear it as a description.
#[component]
fn Term(body: AnyView, explanation: String) -> impl IntoView {
    let id = format!("term-{}", NEXT_TERM_ID.fetch_add(1, Ordering::Relaxed));
    view! {
        <span class="term">
            <abbr tabindex="0" aria-describedby=id.clone()>{body}</abbr>
            <span class="term-tip" role="tooltip" id=id>{explanation}</span>
        </span>
    }
}
