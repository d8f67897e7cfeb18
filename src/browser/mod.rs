//! The only module that talks to the browser directly (`web_sys`, `gloo`).
//! Each function is a thin wrapper, grouped by what it serves, so the rest
//! of the app stays declarative; outside a browser they do nothing.

pub mod chart;
pub mod dataset_check;
pub mod document;
pub mod embedding;
pub mod files;
pub mod network;
pub mod pointer;
pub mod preferences;
pub mod shell;
pub mod story_moves;
pub mod takeover;
pub mod tasks;
