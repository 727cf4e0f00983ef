//! An article's date and reading time, the line under a headline or a list title.
use leptos::prelude::*;

use crate::core::date::Date;
use crate::core::reading_time;

/// "Tuesday, November 26, 2024 · 4 min read", the date in a `<time datetime>`.
#[component]
pub fn MetaLine(
    /// When the article was published, if the feed says.
    published: Option<Date>,
    /// Reading time in whole minutes.
    minutes: u32,
) -> impl IntoView {
    view! {
        <p class="meta">
            {published.map(|date| view! { <time datetime=date.iso()>{date.long()}</time> })}
            <span class="reading-time">{reading_time::label(minutes)}</span>
        </p>
    }
}
