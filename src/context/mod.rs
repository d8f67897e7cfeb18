//! App-wide state, each kind provided once by [`crate::app::App`] and read
//! through a typed accessor: the edition and its strings, the base path, the catalog, the filters in the
//! URL, the app's status, and the embed settings.

mod catalog;
mod edition;
mod embed;
mod filters;
mod status;

pub use catalog::{
    bundled_dataset, provide_catalog, render_from_catalog, use_catalog, use_replace_catalog,
};
pub use edition::{provide_edition, use_base, use_lang, use_site_base, use_strings};
pub use embed::{provide_embed, provide_prerendered_embed, use_embed};
pub use filters::{
    use_filters, use_search_typing, use_set_filters, use_view_path, FilterStateProvider,
};
pub use status::{provide_prerendered_status, provide_status, use_status, AppStatus};
