//! An article's header: its only `<h1>`, the byline with the first author's picture, the date and
//! reading time, and the lede.
use leptos::prelude::*;

use crate::core::feed::Item;
use crate::core::i18n::{format as words_format, Msg};
use crate::shell::words::use_words;

use crate::shell::ui::meta_line::MetaLine;
use crate::shell::ui::words::around;

/// The header of `item`, whose reading takes `minutes`.
#[component]
pub fn ArticleHeader(item: Item, minutes: u32) -> impl IntoView {
    let words = use_words();
    let lang = words.lang_untracked();
    view! {
        <header class="article-header">
            <h1>{words_format::title(lang, &item)}</h1>
            {words_format::byline(lang, &item).map(|byline| {
                // The first author's picture, small and lazy: the byline never waits for it.
                let avatar = item.authors.iter().find_map(|author| author.avatar.clone());
                let (before, after) = around(lang, Msg::Byline, "name");
                view! {
                    <p class="byline">
                        {avatar.map(|src| view! { <img class="avatar" src=src alt="" loading="lazy" width="28" height="28"/> })}
                        {before}<span class="author">{byline}</span>{after}
                    </p>
                }
            })}
            <MetaLine published=item.published minutes/>
            {item.summary.clone().map(|summary| view! { <p class="lede">{summary}</p> })}
        </header>
    }
}
