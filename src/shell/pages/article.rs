//! The article view: headline, byline, date, reading time, lede, body, then related articles.
use std::sync::Arc;

use leptos::html::Article;
use leptos::prelude::*;

use crate::core::body::{self, Body};
use crate::core::feed::Feed;
use crate::core::related::related;
use crate::shell::components::block_view::Blocks;
use crate::shell::components::meta_line::MetaLine;
use crate::shell::components::progress_bar::ProgressBar;
use crate::shell::router::{use_router, RouteLink};

/// How many related articles close an article.
const RELATED_LIMIT: usize = 3;

/// One article of the feed, by its position in `feed.items`.
#[component]
pub fn ArticlePage(
    /// The loaded feed.
    feed: Arc<Feed>,
    /// The feed's absolute URL, against which the body's URLs resolve.
    feed_url: String,
    /// Position of the article in the feed.
    index: usize,
) -> impl IntoView {
    let route = use_router().route().get_untracked();
    let Some(item) = feed.items.get(index) else {
        return ().into_any();
    };
    let Body {
        blocks,
        minutes,
        notice,
    } = body::body(item, &feed_url);
    let article_ref = NodeRef::<Article>::new();
    let related_links = related(&feed, index, RELATED_LIMIT)
        .into_iter()
        .filter_map(|position| feed.items.get(position))
        .map(|other| {
            let title = other.display_title();
            view! { <li><RouteLink route=route.with_article(&other.id)>{title}</RouteLink></li> }
        })
        .collect_view();
    view! {
        <ProgressBar article=article_ref/>
        <article class="article" node_ref=article_ref lang=item.language.clone()>
            <header class="article-header">
                <h1>{item.display_title()}</h1>
                {item.byline().map(|byline| view! { <p class="byline">"By " <span class="author">{byline}</span></p> })}
                <MetaLine published=item.published minutes/>
                {item.summary.clone().map(|summary| view! { <p class="lede">{summary}</p> })}
            </header>
            {item.image.clone().map(|src| view! { <img class="hero" src=src alt=""/> })}
            {notice.map(|notice| view! { <p class="notice" role="note">{notice.to_string()}</p> })}
            <div class="article-body">
                <Blocks blocks/>
            </div>
            {item.url.clone().map(|url| view! {
                <footer class="article-footer">
                    <a href=url rel="noopener noreferrer">"Read on the original site"</a>
                </footer>
            })}
        </article>
        <aside class="related" aria-labelledby="related-title">
            <h2 id="related-title">"You will be interested"</h2>
            <ul role="list">{related_links}</ul>
        </aside>
        <nav class="back" aria-label="Feed">
            <RouteLink route=route.list()>"← All articles"</RouteLink>
        </nav>
    }
    .into_any()
}
