//! Reusable pieces of the views.

pub mod chart;
pub mod chronology;
pub mod controls;
pub mod deferred;
pub mod event_body;
pub mod event_card;
pub mod evidence;
pub mod filter_panel;
pub mod layout;
pub mod link;
pub mod map;
pub mod page;
pub mod results_bar;
pub mod rich_text;
pub mod story;
pub mod toolbar;
pub mod topic_tags;
