//! "You will be interested": the articles of the same feed that `core::related` finds closest.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::feed::Feed;
use crate::core::i18n::{format as words_format, Msg};
use crate::core::related::related;
use crate::core::route::Route;
use crate::shell::navigation::router::RouteLink;
use crate::shell::ui::words::content_language;
use crate::shell::words::use_words;

/// How many related articles close an article.
const RELATED_LIMIT: usize = 3;

/// Links to the articles related to `feed.items[index]`, or nothing when there are none.
#[component]
pub fn Related(feed: Arc<Feed>, index: usize, route: Route) -> impl IntoView {
    let lang = use_words().lang_untracked();
    let links = related(&feed, index, RELATED_LIMIT)
        .into_iter()
        .filter_map(|position| feed.items.get(position))
        .map(|other| {
            let title = words_format::title(lang, other);
            let (tag, dir) = content_language(other, &feed);
            view! { <li lang=tag dir=dir><RouteLink route=route.with_article(&other.id)>{title}</RouteLink></li> }
        })
        .collect::<Vec<_>>();
    (!links.is_empty()).then(|| {
        view! {
            <aside class="related" aria-labelledby="related-title">
                <h2 id="related-title">{use_words().of(Msg::Related)}</h2>
                <ul role="list">{links}</ul>
            </aside>
        }
    })
}
