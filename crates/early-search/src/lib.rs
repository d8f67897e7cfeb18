//! The early search module: answers the search box and the filters of a
//! prerendered chronology (`/timeline`, a topic's page) in the time the
//! full app is still downloading. It is the core crate's own code —
//! [`Filters::from_query`], [`EventIndex::filter`] (the function the app's
//! catalog filters with) and [`Filters::to_query_string`] — over the event
//! index the build writes for the page's edition, so it gives exactly the
//! app's events and writes exactly the app's address.
//!
//! The page's side (`scripts/early-search-template.js`) shows and hides the
//! prerendered cards; the app takes the page over as usual when it starts.
//!
//! The interface is a few C-ABI functions over one byte buffer, so the
//! module needs no generated glue:
//! 1. `buffer(len)` makes the buffer `len` bytes long and returns where it is;
//! 2. `load(len)`: the buffer holds the event index (postcard); 1 if it
//!    could be read;
//! 3. `answer_request(len)`: the buffer holds a request (see [`respond`]);
//!    the response replaces it, its length is returned, and `output()`
//!    says where it starts.

use std::cell::RefCell;

use explorer_core::logic::chips::{chips_markup, ChipWords};
#[cfg(feature = "english")]
use explorer_core::logic::strings::EN;
#[cfg(feature = "japanese")]
use explorer_core::logic::strings::JA;
use explorer_core::logic::{EventIndex, Filters, Lang};

/// The filters and events a request gives.
#[derive(Debug, PartialEq, Eq)]
pub struct Answer {
    /// The address's query for these filters (`?q=…`, or empty), written
    /// as the app writes it.
    pub query: String,
    /// The events that pass, by position in the dataset, in display order.
    pub positions: Vec<usize>,
}

/// Answers query pairs (decoded, as `URLSearchParams` gives them) on a page
/// that lists the events of the topic `pinned` (a topic's page; `None` on
/// `/timeline`), as the app's views do: the query keeps only the reader's
/// own filters, the topic is pinned on top of them.
pub fn answer(index: &EventIndex, pairs: &[(String, String)], pinned: Option<&str>) -> Answer {
    answer_filters(index, index.filters_from_pairs(pairs), pinned)
}

/// [`answer`], for filters already read from the query.
fn answer_filters(index: &EventIndex, mut filters: Filters, pinned: Option<&str>) -> Answer {
    let query = filters.to_query_string();
    if let Some(topic) = pinned {
        filters.topics = vec![topic.to_owned()];
    }
    Answer {
        query,
        positions: index.filter(&filters),
    }
}

/// The result count as the page's edition writes it ("5 events",
/// "出来事5件"), and the words of its filter chips. Each edition's pages
/// load a build with that edition's words alone (features `english`,
/// `japanese`); only these fields of the strings table are read, so the
/// module holds only these.
fn words(lang: Lang) -> (fn(usize) -> String, ChipWords) {
    match lang {
        #[cfg(feature = "english")]
        Lang::En => (EN.result_count, ChipWords::of(&EN)),
        #[cfg(feature = "japanese")]
        Lang::Ja => (JA.result_count, ChipWords::of(&JA)),
        #[allow(unreachable_patterns)]
        _ => unreachable_edition(),
    }
}

/// A build without the page's edition: the build never pairs them.
#[allow(dead_code)]
fn unreachable_edition() -> ! {
    panic!("this early search build has no words for the page's edition")
}

/// The result count as the page's edition writes it.
pub fn count_text(lang: Lang, count: usize) -> String {
    (words(lang).0)(count)
}

/// A request is NUL-separated UTF-8: the pinned topic (empty for none),
/// the view's full path (where the chips lead), then each query key
/// followed by its value. The response is newline-separated: the query,
/// the count text, the chips' markup, then one line per event shown, its
/// position and its id separated by a tab.
pub fn respond(index: &EventIndex, request: &str) -> String {
    let mut parts = request.split('\0');
    let pinned = parts.next().filter(|topic| !topic.is_empty());
    let view_href = parts.next().unwrap_or_default();
    let mut pairs = Vec::new();
    while let (Some(key), Some(value)) = (parts.next(), parts.next()) {
        pairs.push((key.to_owned(), value.to_owned()));
    }
    let filters = index.filters_from_pairs(&pairs);
    let chips = chips_markup(
        &words(index.lang).1,
        |facet, id| index.name_of(facet, id),
        &filters,
        view_href,
        view_href,
    );
    let Answer { query, positions } = answer_filters(index, filters, pinned);
    let mut out = format!(
        "{query}\n{}\n{}",
        count_text(index.lang, positions.len()),
        chips.as_str().replace('\n', " ")
    );
    for at in positions {
        out.push_str(&format!(
            "\n{at}\t{}",
            index.facets.event_id(at).unwrap_or("")
        ));
    }
    out
}

thread_local! {
    static INDEX: RefCell<Option<EventIndex>> = const { RefCell::new(None) };
    static BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Makes the buffer `len` bytes long; returns where it starts.
#[no_mangle]
pub extern "C" fn buffer(len: usize) -> *mut u8 {
    BUFFER.with_borrow_mut(|buffer| {
        buffer.clear();
        buffer.resize(len, 0);
        buffer.as_mut_ptr()
    })
}

/// Where the buffer starts (after `answer`, the response).
#[no_mangle]
pub extern "C" fn output() -> *const u8 {
    BUFFER.with_borrow(|buffer| buffer.as_ptr())
}

/// Reads the event index from the buffer's first `len` bytes: 1 if it
/// could be read, 0 if not (the page then waits for the app).
#[no_mangle]
pub extern "C" fn load(len: usize) -> u32 {
    let index = BUFFER.with_borrow(|buffer| {
        postcard::from_bytes::<EventIndex>(&buffer[..len.min(buffer.len())]).ok()
    });
    let loaded = index.is_some();
    INDEX.with_borrow_mut(|slot| *slot = index);
    u32::from(loaded)
}

/// Answers the request in the buffer's first `len` bytes; the response
/// replaces it, and its length is returned (0: no index loaded, or the
/// request is not UTF-8).
#[no_mangle]
pub extern "C" fn answer_request(len: usize) -> usize {
    INDEX.with_borrow(|index| {
        let Some(index) = index else { return 0 };
        BUFFER.with_borrow_mut(|buffer| {
            let Ok(request) = std::str::from_utf8(&buffer[..len.min(buffer.len())]) else {
                return 0;
            };
            let response = respond(index, request).into_bytes();
            *buffer = response;
            buffer.len()
        })
    })
}
