//! A part of a page the app builds one task later while it is starting, so
//! that building its first page off-screen is several short tasks rather
//! than one long one (a key or a tap on the prerendered page is handled in
//! between). The part's place says `aria-busy` meanwhile, so the takeover
//! waits for it; the page it swaps in is complete and the same as the
//! prerendered one. Rendered natively (the prerender) or once the app has
//! taken the page over, the part is built at once.

use leptos::either::Either;
use leptos::prelude::*;

use crate::browser::{takeover, tasks};

#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(cfg!(not(target_arch = "wasm32")) || takeover::taken_over());
    if !ready.get_untracked() {
        leptos::task::spawn_local(async move {
            tasks::yield_to_browser().await;
            ready.set(true);
        });
    }
    move || {
        if ready.get() {
            Either::Left(children())
        } else {
            Either::Right(view! { <div class="deferred" aria-busy="true"></div> })
        }
    }
}
