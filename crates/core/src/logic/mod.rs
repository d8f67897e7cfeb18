//! Filtering, search, sorting and lookups over the dataset. Pure Rust, no
//! browser: everything here is tested natively.

pub mod catalog;
pub mod chips;
pub mod chronology;
pub mod date_text;
pub mod discovery;
pub mod embed;
pub mod event_index;
pub mod export;
pub mod filters;
pub mod lang;
pub mod map;
pub mod markup;
pub mod pages;
pub mod search;
pub mod share;
pub mod story;
pub mod strings;
pub mod text;
pub mod timeline;
pub mod update;
pub mod world;

pub use catalog::Catalog;
pub use event_index::EventIndex;
pub use filters::{Filters, SortOrder};
pub use lang::Lang;
pub use strings::{strings, Strings};
