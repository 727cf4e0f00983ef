//! The feed list: "Continue reading" first, then every article as a link with its byline, date,
//! reading time, summary and how far the reader got; the reading-history tools close it.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::body;
use crate::core::feed::Feed;
use crate::core::history::Status;
use crate::shell::components::history_tools::HistoryTools;
use crate::shell::components::meta_line::MetaLine;
use crate::shell::reading_history::use_reading_history;
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
    let reading = use_reading_history();
    let history = reading.history();
    let entries = feed
        .items
        .iter()
        .map(|item| {
            let minutes = body::minutes(item);
            let title = item.display_title();
            let status = {
                let (feed_url, id) = (feed_url.clone(), item.id.clone());
                Signal::derive(move || history.with(|history| history.status(&feed_url, &id)))
            };
            let (feed_url, id) = (feed_url.clone(), item.id.clone());
            let mark_unread = move |_| reading.mark_unread(&feed_url, &id);
            view! {
                <li class="entry" lang=item.language.clone()>
                    <h2 class="entry-title">
                        <RouteLink route=route.with_article(&item.id)>{title}</RouteLink>
                    </h2>
                    {item.byline().map(|byline| view! { <p class="byline">"By " {byline}</p> })}
                    <MetaLine published=item.published minutes/>
                    {item.summary.clone().map(|summary| view! { <p class="summary">{summary}</p> })}
                    <p class="entry-status">
                        <span class=move || status_class(status.get())>{move || status.get().label()}</span>
                        <Show when=move || status.get() != Status::Unread>
                            <button type="button" class="link-button" on:click=mark_unread.clone()>"Mark as unread"</button>
                        </Show>
                    </p>
                </li>
            }
        })
        .collect_view();
    let in_feed = Arc::clone(&feed);
    let continue_reading = move || {
        let shelf: Vec<(String, String, String)> = history.with(|history| {
            history
                .in_progress(&feed_url)
                .into_iter()
                .filter(|record| in_feed.item(&record.article).is_some())
                .map(|record| {
                    let place = match &record.section {
                        Some(section) => format!("{}% read · {section}", record.percent),
                        None => format!("{}% read", record.percent),
                    };
                    (record.article.clone(), record.title.clone(), place)
                })
                .collect()
        });
        let links: Vec<_> = shelf
            .into_iter()
            .map(|(article, title, place)| view! {
                <li>
                    <RouteLink route=route.with_article(&article)>{title}</RouteLink>
                    <span class="continue-place">{place}</span>
                </li>
            })
            .collect();
        (!links.is_empty()).then(|| view! {
            <section class="continue" aria-labelledby="continue-title">
                <h2 id="continue-title">"Continue reading"</h2>
                <ul role="list">{links}</ul>
            </section>
        })
    };
    view! {
        <section class="feed" aria-labelledby="feed-title">
            <header class="feed-header">
                <h1 id="feed-title">{feed.title.clone()}</h1>
                {feed.description.clone().map(|text| view! { <p class="feed-description">{text}</p> })}
            </header>
            {continue_reading}
            <ol class="entries" role="list">{entries}</ol>
        </section>
        <HistoryTools/>
    }
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Unread => "status unread",
        Status::Reading(_) => "status reading",
        Status::Finished => "status finished",
    }
}
