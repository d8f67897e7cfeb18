//! Japan–NATO Partnership Explorer: the app, the view layer over the pure
//! core crate (`explorer_core`: schema, validation, catalog, search,
//! filters, exports, page heads).
//!
//! The data flows one way: `data/*.json` → `explorer_core` → [`routes`] (one
//! file per route) → [`components`] (cards, filters, chronology).
//! [`context`] holds app-wide state, [`dataset_update`] loads a newer
//! dataset, and [`browser`] is the only module that talks to `web_sys`
//! directly. `main.rs` only mounts [`app::App`].

// Rendering to HTML (the `ssr` feature) nests the view types deeper than
// rustc's default limit allows.
#![recursion_limit = "512"]

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod dataset_update;
pub mod routes;
