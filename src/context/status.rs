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

/// Provides [`AppStatus`], kept current by the browser's events.
pub fn provide_status() {
    let status = AppStatus {
        online: RwSignal::new(shell::is_online()),
        update_ready: RwSignal::new(false),
        dataset_notice: RwSignal::new(None),
    };
    shell::on_connection_change(move |online| status.online.set(online));
    shell::on_update_ready(move || status.update_ready.set(true));
    provide_context(status);
}

pub fn use_status() -> AppStatus {
    expect_context::<AppStatus>()
}
