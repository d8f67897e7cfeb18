//! App-wide state, read through typed accessors: the catalog (dataset and
//! indexes) and the filters that live in the URL query.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::browser;
use crate::data;
use crate::logic::embed::EmbedSettings;
use crate::logic::{Catalog, Filters};

/// The base path the app is served under, in the router's form: "" at the
/// site root, "/research/japan-nato" under a sub-path.
#[derive(Clone)]
struct AppBase(String);

/// Provides the base path, read once from the page.
pub fn provide_base() {
    provide_context(AppBase(
        browser::app_base().trim_end_matches('/').to_owned(),
    ));
}

/// The base path to put before app paths (see [`provide_base`]).
pub fn use_base() -> String {
    use_context::<AppBase>()
        .map(|AppBase(base)| base)
        .unwrap_or_default()
}

/// The catalog, shared with every view.
#[derive(Clone, Copy)]
struct CatalogContext(RwSignal<Arc<Catalog>>);

/// Makes the catalog available to every component below.
pub fn provide_catalog(catalog: Catalog) {
    provide_context(CatalogContext(RwSignal::new(Arc::new(catalog))));
}

/// The catalog of the current dataset.
pub fn use_catalog() -> Signal<Arc<Catalog>> {
    let CatalogContext(signal) = expect_context::<CatalogContext>();
    signal.into()
}

/// The filters in the current URL query, checked against the dataset.
pub fn use_filters() -> Memo<Filters> {
    let query = use_query_map();
    let catalog = use_catalog();
    Memo::new(move |_| {
        let query = query.read();
        catalog
            .read()
            .filters_from_query(|key| query.get_all(key).unwrap_or_default())
    })
}

/// A function that moves the current view to other filters. While the
/// reader types (`replace`), history is not flooded with one entry a key.
pub fn use_set_filters() -> impl Fn(Filters, bool) + Clone + 'static {
    let navigate = use_navigate();
    let location = use_location();
    let base = use_base();
    move |filters: Filters, replace: bool| {
        // The location includes the base path; navigation adds it again.
        let full_path = location.pathname.get_untracked();
        let path = full_path.strip_prefix(base.as_str()).unwrap_or(&full_path);
        navigate(
            &format!("{path}{}", filters.to_query_string()),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    }
}

/// What the reader should know about the app itself, shown as notices.
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
        online: RwSignal::new(browser::is_online()),
        update_ready: RwSignal::new(false),
        dataset_notice: RwSignal::new(None),
    };
    browser::on_connection_change(move |online| status.online.set(online));
    browser::on_update_ready(move || status.update_ready.set(true));
    provide_context(status);
}

pub fn use_status() -> AppStatus {
    expect_context::<AppStatus>()
}

/// Provides the embed settings from the URL the page was opened with. They
/// hold for the whole visit, so in-app navigation keeps them.
pub fn provide_embed() {
    let settings = EmbedSettings::from_query(browser::initial_query_param);
    if settings.embedded {
        browser::add_root_class("embedded");
        if browser::is_framed() {
            browser::post_height_to_parent();
        }
    }
    if let (Some(accent), Some(contrast)) = (&settings.accent, &settings.accent_contrast) {
        browser::set_root_css_property("--embed-accent", accent);
        browser::set_root_css_property("--embed-accent-contrast", contrast);
    }
    if let Some(font) = &settings.font {
        browser::set_root_css_property("--embed-font", font);
    }
    provide_context(settings);
}

pub fn use_embed() -> EmbedSettings {
    use_context::<EmbedSettings>().unwrap_or_default()
}

/// The deploy-time configuration file, beside `index.html`.
const CONFIG_FILE: &str = "explorer-config.json";

/// Looks for a newer dataset named in the deploy-time configuration; if it
/// loads and validates, the app switches to it. Any failure keeps the
/// bundled data and says why in a discreet notice.
pub fn check_for_newer_dataset() {
    let CatalogContext(catalog) = expect_context::<CatalogContext>();
    let status = use_status();
    let base = browser::app_base();
    leptos::task::spawn_local(async move {
        // No configuration file: nothing is configured, nothing to say.
        let Ok(config) = browser::fetch_text(&format!("{base}{CONFIG_FILE}")).await else {
            return;
        };
        let bundled = catalog.get_untracked().data.meta.version.clone();
        let keep = |why: String| {
            Some(format!(
                "Showing the bundled data (version {bundled}): {why}"
            ))
        };
        let url = match serde_json::from_str::<serde_json::Value>(&config) {
            Ok(config) => match config.get("datasetUrl") {
                None | Some(serde_json::Value::Null) => return,
                Some(serde_json::Value::String(url)) if !url.trim().is_empty() => url.clone(),
                Some(_) => {
                    status.dataset_notice.set(keep(format!(
                        "{CONFIG_FILE} has a datasetUrl that is not a URL."
                    )));
                    return;
                }
            },
            Err(err) => {
                status
                    .dataset_notice
                    .set(keep(format!("{CONFIG_FILE} is not valid JSON ({err}).")));
                return;
            }
        };
        let notice = match browser::fetch_text(&url).await {
            Err(why) => keep(format!("the newer dataset at {url} {why}.")),
            Ok(text) => {
                match data::load_document(&url, &text) {
                    Ok(dataset) => {
                        let version = dataset.meta.version.clone();
                        catalog.set(Arc::new(Catalog::new(dataset)));
                        Some(format!("Showing dataset version {version}, published after this app was built."))
                    }
                    Err(errors) => {
                        let first = errors
                            .0
                            .first()
                            .map(ToString::to_string)
                            .unwrap_or_default();
                        let more = match errors.0.len() {
                            0 | 1 => String::new(),
                            n => format!(" (and {} more problems)", n - 1),
                        };
                        keep(format!("the newer dataset is not valid: {first}{more}."))
                    }
                }
            }
        };
        status.dataset_notice.set(notice);
    });
}
