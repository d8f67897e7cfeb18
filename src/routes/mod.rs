//! One file per routed view, and the router that maps paths onto them.

mod home;
mod not_found;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::layout::Layout;
pub use home::HomePage;
pub use not_found::NotFoundPage;

/// The router: every public path of the explorer, and the not-found view for
/// anything else.
#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                </Routes>
            </Layout>
        </Router>
    }
}
