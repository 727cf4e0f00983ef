//! An article's header: its only `<h1>`, the byline with the first author's picture, the date and
//! reading time, and the lede.
use leptos::prelude::*;

use crate::core::feed::Item;
use crate::shell::ui::meta_line::MetaLine;

/// The header of `item`, whose reading takes `minutes`.
#[component]
pub fn ArticleHeader(item: Item, minutes: u32) -> impl IntoView {
    view! {
        <header class="article-header">
            <h1>{item.display_title()}</h1>
            {item.byline().map(|byline| {
                // The first author's picture, small and lazy: the byline never waits for it.
                let avatar = item.authors.iter().find_map(|author| author.avatar.clone());
                view! {
                    <p class="byline">
                        {avatar.map(|src| view! { <img class="avatar" src=src alt="" loading="lazy" width="28" height="28"/> })}
                        "By " <span class="author">{byline}</span>
                    </p>
                }
            })}
            <MetaLine published=item.published minutes/>
            {item.summary.clone().map(|summary| view! { <p class="lede">{summary}</p> })}
        </header>
    }
}
