//! The reader's filters, whose home is the URL query: read from it, written
//! by navigating to it, so every view can be linked.
//!
//! Search text is the one exception while it is being typed: writing the
//! URL on every key costs a router navigation and a history update, about
//! half of a keystroke's script time on a phone (see bench/). So what the
//! reader types is a draft that the filters read at once, and the URL
//! follows when the reader pauses; the next change of the URL, whatever
//! made it, ends the draft.

use std::time::Duration;

use explorer_core::logic::filters::MAX_QUERY_CHARS;
use explorer_core::logic::Filters;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::{use_base, use_catalog};

/// How long after the last key the URL takes up the search text.
const SEARCH_TO_URL_DELAY: Duration = Duration::from_millis(300);

/// Search text typed on a view (its path) that the URL does not hold yet.
#[derive(Clone, Default, PartialEq)]
struct Draft {
    path: String,
    text: String,
}

#[derive(Clone, Copy)]
struct SearchDraft {
    draft: RwSignal<Option<Draft>>,
    /// The pending write of the draft to the URL.
    pending: StoredValue<Option<TimeoutHandle>>,
}

impl SearchDraft {
    fn cancel_pending(self) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        self.pending.set_value(None);
    }
}

/// Provides the search draft to the views below; inside the router.
#[component]
pub fn FilterStateProvider(children: Children) -> impl IntoView {
    let search = SearchDraft {
        draft: RwSignal::new(None),
        pending: StoredValue::new(None),
    };
    // Any change of the URL ends the draft: either it wrote the draft (or
    // a facet change that carried it), or it is the reader going elsewhere
    // (back, a link, "clear"), which wins over the draft.
    let location = use_location();
    Effect::new(move |previous: Option<(String, String)>| {
        let now = (location.pathname.get(), location.search.get());
        if previous.is_some_and(|previous| previous != now) {
            search.cancel_pending();
            search.draft.set(None);
        }
        now
    });
    provide_context(search);
    children()
}

/// The filters of the current view: the URL query, checked against the
/// dataset, with the search text being typed.
pub fn use_filters() -> Memo<Filters> {
    let query = use_query_map();
    let catalog = use_catalog();
    let path = use_view_path();
    let search = expect_context::<SearchDraft>();
    Memo::new(move |_| {
        let query = query.read();
        let mut filters = catalog
            .read()
            .filters_from_query(|key| query.get_all(key).unwrap_or_default());
        if let Some(draft) = &*search.draft.read() {
            if draft.path == *path.read() {
                filters.q = draft.text.chars().take(MAX_QUERY_CHARS).collect();
            }
        }
        filters
    })
}

/// The current view's path below the base ("/timeline"), for links that
/// keep the view and change its filters.
pub fn use_view_path() -> Memo<String> {
    let location = use_location();
    let base = use_base();
    Memo::new(move |_| {
        let full = location.pathname.get();
        full.strip_prefix(base.as_str()).unwrap_or(&full).to_owned()
    })
}

/// A function that moves the current view to other filters: a new history
/// entry, so back undoes it.
pub fn use_set_filters() -> impl Fn(Filters) + Clone + 'static {
    let navigate = use_navigate();
    let path = use_view_path();
    move |filters: Filters| navigate_to(&navigate, &path.get_untracked(), &filters, false)
}

/// Functions for a search box: `type_text` shows the text's results at
/// once and writes it to the URL when the reader pauses; `commit` writes it
/// now (when the box loses focus, so a citation or a shared link has it).
/// The URL entry is replaced, not added: history holds no entry per key.
pub fn use_search_typing() -> (
    impl Fn(String) + Clone + 'static,
    impl Fn() + Clone + 'static,
) {
    let search = expect_context::<SearchDraft>();
    let filters = use_filters();
    let path = use_view_path();
    let navigate = use_navigate();
    let commit = move || {
        search.cancel_pending();
        // The filters already read the draft: writing them puts it in the URL.
        if search.draft.read_untracked().is_some() {
            navigate_to(
                &navigate,
                &path.get_untracked(),
                &filters.get_untracked(),
                true,
            );
        }
    };
    let type_text = {
        let commit = commit.clone();
        move |text: String| {
            search.draft.set(Some(Draft {
                path: path.get_untracked(),
                text,
            }));
            search.cancel_pending();
            let commit = commit.clone();
            search
                .pending
                .set_value(set_timeout_with_handle(commit, SEARCH_TO_URL_DELAY).ok());
        }
    };
    (type_text, commit)
}

fn navigate_to(
    navigate: &impl Fn(&str, NavigateOptions),
    path: &str,
    filters: &Filters,
    replace: bool,
) {
    navigate(
        &format!("{path}{}", filters.to_query_string()),
        NavigateOptions {
            replace,
            scroll: false,
            ..Default::default()
        },
    );
}
