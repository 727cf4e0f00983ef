//! An article's date and reading time, the line under a headline or a list title.
use leptos::prelude::*;

use crate::core::date::Date;
use crate::core::i18n::format as words_format;
use crate::shell::platform::locale;
use crate::shell::words::use_words;

/// "Tuesday, November 26, 2024 · 4 min read" in the reader's language, the date in a
/// `<time datetime>` that keeps its ISO form.
#[component]
pub fn MetaLine(
    /// When the article was published, if the feed says.
    published: Option<Date>,
    /// Reading time in whole minutes.
    minutes: u32,
) -> impl IntoView {
    let words = use_words();
    view! {
        <p class="meta">
            {published.map(|date| {
                let iso = date.iso();
                view! { <time datetime=iso>{move || locale::long_date(words.lang(), &date)}</time> }
            })}
            <span class="reading-time">{move || words_format::minutes_read(words.lang(), minutes)}</span>
        </p>
    }
}
