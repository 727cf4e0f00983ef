//! The feed list: every article as a link with its byline, date, reading time and summary.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::body;
use crate::core::feed::Feed;
use crate::shell::components::meta_line::MetaLine;
use crate::shell::router::{use_router, RouteLink};

/// The list of a feed's articles, in feed order.
#[component]
pub fn FeedList(
    /// The loaded feed.
    feed: Arc<Feed>,
    /// The feed's absolute URL, for resolving what the items point to.
    feed_url: String,
) -> impl IntoView {
    let route = use_router().route().get_untracked();
    let entries = feed
        .items
        .iter()
        .map(|item| {
            let minutes = body::body(item, &feed_url).minutes;
            let title = item.display_title();
            view! {
                <li class="entry" lang=item.language.clone()>
                    <h2 class="entry-title">
                        <RouteLink route=route.with_article(&item.id)>{title}</RouteLink>
                    </h2>
                    {item.byline().map(|byline| view! { <p class="byline">"By " {byline}</p> })}
                    <MetaLine published=item.published minutes/>
                    {item.summary.clone().map(|summary| view! { <p class="summary">{summary}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="feed" aria-labelledby="feed-title">
            <header class="feed-header">
                <h1 id="feed-title">{feed.title.clone()}</h1>
                {feed.description.clone().map(|text| view! { <p class="feed-description">{text}</p> })}
            </header>
            <ol class="entries" role="list">{entries}</ol>
        </section>
    }
}
