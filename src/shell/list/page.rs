//! The feed list: "Continue reading" first, then every article as a link with its byline, date,
//! reading time, summary and how far the reader got (the reading-history tools are the library's).
use std::sync::Arc;

use leptos::html::Ol;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::core::body;
use crate::core::feed::Feed;
use crate::core::history::Status;
use crate::core::i18n::{format as words_format, Arg, Msg};
use crate::core::reading_speed;
use crate::shell::alert::ErrorAlert;
use crate::shell::feed::pager::{self, Pager};
use crate::shell::history::continue_reading::{ContinueReading, Started};
use crate::shell::history::state::use_reading_history;
use crate::shell::library::follow::FollowFeed;
use crate::shell::navigation::router::{use_router, RouteLink};
use crate::shell::offline::save_button::SaveOffline;
use crate::shell::platform::host_events::HostEvents;
use crate::shell::reading::learned_speed::use_learned_speed;
use crate::shell::ui::meta_line::MetaLine;
use crate::shell::ui::words::{around, content_language};
use crate::shell::words::use_words;

/// How many entries are added at a time.
const PAGE: usize = 100;

/// The list of a feed's articles, in feed order.
#[component]
pub fn FeedList(
    /// The loaded feed.
    feed: Arc<Feed>,
    /// The feed's absolute URL, for resolving what the items point to.
    feed_url: String,
    /// Pages after the first (`next_url`), loaded with "Load more articles".
    more_pages: RwSignal<Vec<Arc<Feed>>>,
) -> impl IntoView {
    let route = use_router().route().get_untracked();
    let reading = use_reading_history();
    let history = reading.history();
    let words = use_words();
    let total = feed.items.len();
    // Long feeds render a page of entries at a time, so the first screen is quick whatever the size.
    let shown = RwSignal::new(PAGE.min(total));
    let list_ref = NodeRef::<Ol>::new();
    let entries = entry_pages(Arc::clone(&feed), feed_url.clone(), 0, shown);
    let show_more = move |_| {
        let first_new = shown.get_untracked();
        shown.set((first_new + PAGE).min(total));
        focus_entry(list_ref, first_new);
    };
    let more_entries = {
        let feed_url = feed_url.clone();
        move || {
            more_pages.with(|pages| {
                pages
                    .iter()
                    .flat_map(|page| (0..page.items.len()).map(move |index| (Arc::clone(page), index)))
                    .map(|(page, index)| view! { <Entry feed=page feed_url=feed_url.clone() index/> })
                    .collect_view()
            })
        }
    };
    let loading_more = RwSignal::new(false);
    let more_error = RwSignal::new(None::<String>);
    let next_url = {
        let first = Arc::clone(&feed);
        move || pager::next_url(&first, more_pages)
    };
    let load_more = {
        let first = Arc::clone(&feed);
        move |_| {
            let mut pager = more_pages.with_untracked(|pages| Pager::continuing(&first, pages, usize::MAX));
            if pager.next_url().is_none() {
                return;
            }
            let first_new =
                total + more_pages.with_untracked(|pages| pages.iter().map(|page| page.items.len()).sum::<usize>());
            loading_more.set(true);
            more_error.set(None);
            spawn_local(async move {
                match pager.load_next().await {
                    Some(Ok((_, page))) => {
                        more_pages.update(|pages| pages.push(page));
                        focus_entry(list_ref, first_new);
                    }
                    Some(Err(error)) => more_error.set(Some(error.message(words.lang_untracked()))),
                    None => {}
                }
                loading_more.set(false);
            });
        }
    };
    let in_feed = Arc::clone(&feed);
    let save_offline = (!HostEvents::current().is_embedded())
        .then(|| view! { <SaveOffline feed=Arc::clone(&feed) feed_url=feed_url.clone()/> });
    let (follow_url, home) = (feed_url.clone(), route.is_home());
    let started = Signal::derive(move || {
        history.with(|history| {
            history
                .in_progress(&feed_url)
                .into_iter()
                .filter(|record| in_feed.item(&record.article).is_some())
                .map(|record| Started::of(record, route.with_article(&record.article), words.lang()))
                .collect::<Vec<_>>()
        })
    });
    let continue_reading = view! { <ContinueReading class="continue" heading_id="continue-title" heading=Signal::derive(move || words.text(Msg::ContinueReading)) started/> };
    view! {
        <section class="feed" aria-labelledby="feed-title">
            <header class="feed-header">
                <h1 id="feed-title">
                    {feed.icon.clone().map(|src| view! { <img class="feed-icon" src=src alt="" loading="lazy" width="40" height="40"/> })}
                    {feed.title.clone()}
                </h1>
                {feed.description.clone().map(|text| view! { <p class="feed-description">{text}</p> })}
                // Home has the library beside the list, so no toggle there (nor a stop before the articles).
                <FollowFeed feed=Arc::clone(&feed) feed_url=follow_url toggle=!home/>
            </header>
            {save_offline}
            {continue_reading}
            <ol class="entries" role="list" node_ref=list_ref>
                {entries}
                {more_entries}
            </ol>
            <Show when=move || { shown.get() < total }>
                <button type="button" class="button secondary show-more" on:click=show_more>
                    {move || words.t(Msg::ShowMoreArticles, &[("shown", Arg::Num(shown.get() as u64)), ("count", Arg::Num(total as u64))])}
                </button>
            </Show>
            <Show when=move || { shown.get() >= total && next_url().is_some() }>
                <button type="button" class="button secondary show-more" on:click=load_more.clone() disabled=move || loading_more.get()>
                    {move || words.text(if loading_more.get() { Msg::LoadingMoreArticles } else { Msg::LoadMoreArticles })}
                </button>
            </Show>
            {move || more_error.get().map(|message| view! { <ErrorAlert message/> })}
        </section>
    }
}

/// After new entries appear, moves keyboard focus to the entry at `index` (0-based), so keyboard
/// and screen-reader users continue there.
fn focus_entry(list: NodeRef<Ol>, index: usize) {
    request_animation_frame(move || {
        // The list may be gone by the next frame (the reader moved on): then there is nothing to focus.
        let link = list
            .try_get_untracked()
            .flatten()
            .and_then(|list| list.query_selector(&format!(":scope > li:nth-child({}) a", index + 1)).ok().flatten());
        if let Some(link) = link.and_then(|link| link.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = link.focus();
        }
    });
}

/// Entries of page `page` onwards: each page's entries, then the next page once it is shown.
/// Earlier pages are never rebuilt, so focus and scroll stay where they are.
fn entry_pages(feed: Arc<Feed>, feed_url: String, page: usize, shown: RwSignal<usize>) -> AnyView {
    let first = page * PAGE;
    let total = feed.items.len();
    let entries = (first..(first + PAGE).min(total))
        .map(|index| view! { <Entry feed=Arc::clone(&feed) feed_url=feed_url.clone() index/> })
        .collect_view();
    let next = first + PAGE;
    view! {
        {entries}
        <Show when=move || { shown.get() > next }>
            {entry_pages(Arc::clone(&feed), feed_url.clone(), page + 1, shown)}
        </Show>
    }
    .into_any()
}

/// One article of the list: its link, byline, date, reading time, summary and progress.
#[component]
fn Entry(feed: Arc<Feed>, feed_url: String, index: usize) -> impl IntoView {
    let route = use_router().route().get_untracked();
    let reading = use_reading_history();
    let history = reading.history();
    let Some(item) = feed.items.get(index) else {
        return ().into_any();
    };
    let words = use_words();
    let lang = words.lang_untracked();
    let title = words_format::title(lang, item);
    let (item_lang, item_dir) = content_language(item, &feed);
    let id = item.id.clone();
    // One reactive closure per entry: the status, its label and the button together.
    let status_view = move || {
        let status = history.with(|history| history.status(&feed_url, &id));
        let (feed_url, id) = (feed_url.clone(), id.clone());
        view! {
            <span class=status_class(status)>{words_format::status(words.lang(), status)}</span>
            {(status != Status::Unread).then(|| view! {
                <button type="button" class="link-button" on:click=move |_| reading.mark_unread(&feed_url, &id)>{words.text(Msg::MarkAsUnread)}</button>
            })}
        }
    };
    view! {
        <li class="entry">
            // The title and summary speak the article's language; the controls, the reader's.
            <h2 class="entry-title" lang=item_lang.clone() dir=item_dir>
                <RouteLink route=route.with_article(&item.id)>{title}</RouteLink>
            </h2>
            {words_format::byline(lang, item).map(|byline| {
                let (before, after) = around(lang, Msg::Byline, "name");
                view! { <p class="byline">{before}{byline}{after}</p> }
            })}
            <MetaLine published=item.published minutes=reading_speed::minutes(body::words(item), use_learned_speed().wpm_untracked())/>
            {item.summary.clone().map(|summary| view! { <p class="summary" lang=item_lang dir=item_dir>{summary}</p> })}
            <p class="entry-status">{status_view}</p>
        </li>
    }
    .into_any()
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Unread => "status unread",
        Status::Reading(_) => "status reading",
        Status::Finished => "status finished",
    }
}
