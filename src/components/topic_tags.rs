//! The topics of a record, as a list of links to their pages.

use leptos::prelude::*;

use crate::components::link::Link;
use crate::context::{use_catalog, use_strings};

/// Links to the topics with these ids (unknown ids are skipped).
#[component]
pub fn TopicTags(topics: Vec<String>) -> impl IntoView {
    let catalog = use_catalog().get_untracked();
    let label = use_strings().topic_tags_label;
    let items = topics
        .iter()
        .filter_map(|id| catalog.topic(id))
        .map(|t| (format!("/topics/{}", t.id), t.name.clone()))
        .map(|(href, name)| view! { <li><Link href=href>{name}</Link></li> })
        .collect_view();
    view! { <ul class="tags" aria-label=label>{items}</ul> }
}
