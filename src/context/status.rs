//! What the reader should know about the app itself, shown as notices.

use leptos::prelude::*;

use crate::browser::shell;

#[derive(Clone, Copy)]
pub struct AppStatus {
    /// The browser's connection state.
    pub online: RwSignal<bool>,
    /// A new build is installed and waiting for a reload.
    pub update_ready: RwSignal<bool>,
    /// About the dataset: a newer one is in use, or why it could not be.
    pub dataset_notice: RwSignal<Option<String>>,
}

impl AppStatus {
    fn new(online: bool) -> AppStatus {
        AppStatus {
            online: RwSignal::new(online),
            update_ready: RwSignal::new(false),
            dataset_notice: RwSignal::new(None),
        }
    }
}

/// Provides [`AppStatus`], kept current by the browser's events.
pub fn provide_status() {
    let status = AppStatus::new(shell::is_online());
    shell::on_connection_change(move |online| status.online.set(online));
    shell::on_update_ready(move || status.update_ready.set(true));
    provide_context(status);
}

/// Provides the status a prerendered page shows: online, nothing to say.
/// (The app that takes the page over tells the reader otherwise.)
pub fn provide_prerendered_status() {
    provide_context(AppStatus::new(true));
}

pub fn use_status() -> AppStatus {
    expect_context::<AppStatus>()
}
