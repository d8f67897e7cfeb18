//! Deploy-time dataset updates: an institution can publish a newer dataset
//! without rebuilding the app. What the configuration means and how the
//! outcome is worded is pure ([`explorer_core::logic::update`]); this module
//! only fetches, has the dataset checked (a module of its own, loaded only
//! here: see [`crate::browser::dataset_check`]) and switches.

use explorer_core::logic::update::{self, Checked, Config, CONFIG_FILE};
use explorer_core::logic::Catalog;
use leptos::prelude::*;

use crate::browser::dataset_check::{self, CheckError};
use crate::browser::document;
use crate::browser::network::{self, FetchError};
use crate::context::{use_catalog, use_lang, use_replace_catalog, use_status, use_strings};

/// Looks for a newer dataset named in the deploy-time configuration; if it
/// loads and validates, every view switches to it. Any failure keeps the
/// bundled data and says why in a discreet notice.
pub fn check_for_newer_dataset() {
    let status = use_status();
    let catalog = use_catalog();
    let bundled = catalog.read_untracked().data.meta.version.clone();
    let replace_catalog = use_replace_catalog();
    let (lang, s) = (use_lang(), use_strings());
    let base = document::app_base();
    leptos::task::spawn_local(async move {
        let keep = |why: &str| Some(update::kept_notice(&bundled, why, s));
        // No configuration file: nothing is configured, nothing to say.
        let Ok(config) = network::fetch_text(&format!("{base}{CONFIG_FILE}")).await else {
            return;
        };
        let url = match update::read_config(dataset_check::parse_config(&config), s) {
            Config::Bundled => return,
            Config::Invalid(why) => {
                status.dataset_notice.set(keep(&why));
                return;
            }
            Config::Dataset(url) => url,
        };
        let fetch_failed = |url: &str, error: FetchError| {
            let why = match error {
                FetchError::Unreachable(err) => (s.fetch_unreachable)(&err),
                FetchError::Http(status) => (s.fetch_http)(status),
                FetchError::Unreadable(err) => (s.fetch_unreadable)(&err),
            };
            keep(&(s.dataset_fetch_failed)(url, &why))
        };
        let text = match network::fetch_text(&url).await {
            Ok(text) => text,
            Err(error) => {
                status.dataset_notice.set(fetch_failed(&url, error));
                return;
            }
        };
        let notice = match dataset_check::check(&url, &text).await {
            Ok(Checked::Valid(dataset)) => {
                let version = dataset.meta.version.clone();
                // The bundled catalog's translations cover the records
                // they know; new ones show in English, with a note.
                let translations = catalog.read_untracked().ja.clone();
                replace_catalog(Catalog::for_edition(lang, *dataset, || translations));
                Some(update::switched_notice(&version, s))
            }
            Ok(Checked::Invalid { first, problems }) => {
                keep(&update::invalid_dataset_reason(&first, problems, s))
            }
            Err(CheckError::Fetch(module, error)) => fetch_failed(&module, error),
            Err(CheckError::Broken(error)) => keep(&(s.dataset_fetch_failed)(
                &url,
                &(s.fetch_unreadable)(&error),
            )),
        };
        status.dataset_notice.set(notice);
    });
}
