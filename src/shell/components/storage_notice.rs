//! Says once, quietly, that reading places cannot be kept in this browser, and why.
use leptos::prelude::*;

use crate::shell::reading_history::use_reading_history;

/// A `role="status"` line while storage is failing; nothing otherwise.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let trouble = use_reading_history().trouble();
    // Usually known before the first paint (storage blocked), so it is there when read.
    move || trouble.get().map(|trouble| view! { <p class="notice storage-notice" role="status">{trouble.to_string()}</p> })
}
