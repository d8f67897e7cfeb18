//! One file per routed view, and the router that maps paths onto them.
//! These paths are public and stable: institutions link to them.

mod about;
mod event;
mod home;
mod not_found;
mod perspectives;
mod source;
mod sources;
mod timeline;
mod topic;
mod topics;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::layout::Layout;
use crate::context::{use_base, use_catalog};
pub use about::AboutPage;
pub use event::EventPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use perspectives::PerspectivesPage;
pub use source::SourcePage;
pub use sources::SourcesPage;
pub use timeline::TimelinePage;
pub use topic::TopicPage;
pub use topics::TopicsPage;

/// The router: every public path of the explorer, and the not-found view
/// for anything else.
#[component]
pub fn AppRoutes() -> impl IntoView {
    let base = use_base();
    let catalog = use_catalog();
    view! {
        <Router base=base>
            <Layout>
                // A newer dataset, once loaded, renders the current view afresh
                // from it; the URL keeps what the reader was doing.
                {move || {
                    catalog.track();
                    view! {
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/timeline") view=TimelinePage/>
                    <Route path=path!("/topics") view=TopicsPage/>
                    <Route path=path!("/topics/:slug") view=TopicPage/>
                    <Route path=path!("/events/:id") view=EventPage/>
                    <Route path=path!("/sources") view=SourcesPage/>
                    <Route path=path!("/sources/:id") view=SourcePage/>
                    <Route path=path!("/perspectives") view=PerspectivesPage/>
                    <Route path=path!("/about") view=AboutPage/>
                </Routes>
                    }
                }}
            </Layout>
        </Router>
    }
}

/// The value of a path parameter of the current route.
fn use_param(name: &'static str) -> Memo<String> {
    let params = leptos_router::hooks::use_params_map();
    Memo::new(move |_| params.read().get(name).unwrap_or_default())
}
