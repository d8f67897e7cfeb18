//! Reusable pieces of the views.

pub mod layout;
pub mod page;
