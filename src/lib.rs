//! Japan–NATO Partnership Explorer.
//!
//! The data flows one way through the modules:
//! `data/*.json` → [`data`] (schema, loading, validation; pure) → [`logic`]
//! (filter, search, sort, dates; pure) → [`routes`] (one file per route) →
//! [`components`] (cards, filters, chronology). [`browser`] is the only module
//! that talks to `web_sys` directly. `main.rs` only mounts [`app::App`].

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod data;
pub mod logic;
pub mod routes;
