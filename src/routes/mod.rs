//! One file per routed view, and the router that maps paths onto them.
//! These paths are public and stable: institutions link to them.

mod about;
mod event;
mod home;
mod map;
mod not_found;
mod perspectives;
mod source;
mod sources;
mod story;
mod story_step;
mod timeline;
mod topic;
mod topics;

use explorer_core::logic::Catalog;
use leptos::prelude::*;
use leptos::Params;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_params;
use leptos_router::params::Params;
use leptos_router::path;

use crate::components::layout::Layout;
use crate::context::{use_base, use_catalog, FilterStateProvider};
pub use about::AboutPage;
pub use event::EventPage;
pub use home::HomePage;
pub use map::MapPage;
pub use not_found::NotFoundPage;
pub use perspectives::PerspectivesPage;
pub use source::SourcePage;
pub use sources::SourcesPage;
pub use story::StoryPage;
pub use story_step::StoryStepPage;
pub use timeline::TimelinePage;
pub use topic::TopicPage;
pub use topics::TopicsPage;

/// The router: every public path of the explorer, and the not-found view
/// for anything else.
#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Router base=use_base()>
            <FilterStateProvider>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/timeline") view=TimelinePage/>
                    <Route path=path!("/map") view=MapPage/>
                    <Route path=path!("/story") view=StoryPage/>
                    <Route path=path!("/story/:id") view=StoryStepPage/>
                    <Route path=path!("/topics") view=TopicsPage/>
                    <Route path=path!("/topics/:id") view=TopicPage/>
                    <Route path=path!("/events/:id") view=EventPage/>
                    <Route path=path!("/sources") view=SourcesPage/>
                    <Route path=path!("/sources/:id") view=SourcePage/>
                    <Route path=path!("/perspectives") view=PerspectivesPage/>
                    <Route path=path!("/about") view=AboutPage/>
                </Routes>
            </Layout>
            </FilterStateProvider>
        </Router>
    }
}

/// The parameter of a route that shows one record (`/events/:id`).
#[derive(Params, Clone, PartialEq)]
struct RecordParams {
    id: Option<String>,
}

/// The view of the record the route's `:id` names, or the not-found view
/// when the current dataset has none. It renders again only when the record
/// found changes (another id, or a newer dataset that changes it).
fn record_or_not_found<T, V>(
    find: impl Fn(&Catalog, &str) -> Option<T> + Send + Sync + 'static,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let params = use_params::<RecordParams>();
    let catalog = use_catalog();
    let found = Memo::new(move |_| {
        let params = params.read();
        let id = params.as_ref().ok()?.id.as_deref()?;
        find(&catalog.read(), id)
    });
    move || match found.get() {
        Some(record) => render(record).into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}
