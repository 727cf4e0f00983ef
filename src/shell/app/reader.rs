//! <Reader/>: loads the route's feed and shows its list, an article, or what went wrong.
//! It writes nothing outside its own view, so the page and an embedded widget can share it.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::date;
use crate::core::feed::Feed;
use crate::core::i18n::{format as words_format, Arg, Msg};
use crate::core::route::Route;
use crate::shell::alert::ErrorAlert;
use crate::shell::app::later_article::LaterPages;
use crate::shell::feed::demo::demo_feed;
use crate::shell::feed::load::{absolute_feed_url, load_feed, LoadError, Loaded};
use crate::shell::history::storage_notice::StorageNotice;
use crate::shell::list::page::FeedList;
use crate::shell::navigation::router::{use_router, RouteLink};
use crate::shell::platform::locale;
use crate::shell::reading::article::ArticlePage;
use crate::shell::words::use_words;

/// The reader for the current route.
#[component]
pub fn Reader(
    /// Receives a title for what is on screen ("Article · Feed"), for whoever shows one.
    #[prop(optional)]
    title: Option<WriteSignal<String>>,
) -> impl IntoView {
    let route = use_router().route();
    let words = use_words();
    let feed_param = Memo::new(move |_| route.with(|route| route.feed.clone()));
    let demo_feed = demo_feed();
    let feed_url = Memo::new(move |_| absolute_feed_url(feed_param.get().as_deref().unwrap_or(&demo_feed)));
    let feed = LocalResource::new(move || {
        let url = feed_url.get();
        async move { load_feed(url?).await }
    });
    let retry = Callback::new(move |()| {
        feed.set(None);
        feed.refetch();
    });
    // Later pages of a paginated feed (`next_url`), loaded when the reader asks; reset with the feed.
    let more_pages = RwSignal::new(Vec::<Arc<Feed>>::new());
    Effect::new(move |_| {
        feed_url.track();
        more_pages.set(Vec::new());
    });

    if let Some(title) = title {
        Effect::new(move |_| {
            let text = feed.get().and_then(Result::ok).map(|Loaded { feed, .. }| {
                let article = route.with(|route| route.article.clone());
                match article.as_deref().and_then(|id| feed.item(id)) {
                    Some((_, item)) => format!("{} · {}", words_format::title(words.lang(), item), feed.title),
                    None => feed.title.clone(),
                }
            });
            title.set(text.unwrap_or_else(|| "Lectern".to_owned()));
        });
    }

    let content = move || {
        let loaded = match feed.get() {
            // While another address loads, the resource still holds the last feed: not this one.
            Some(Ok(Loaded { url, .. })) if feed_url.with(|current| current.as_ref().ok() != Some(&url)) => None,
            other => other,
        };
        let loaded = match loaded {
            None => return view! { <p class="loading" role="status">{words.of(Msg::LoadingFeed)}</p> }.into_any(),
            Some(Err(error)) => {
                let retry = error.retryable().then_some(retry);
                // A site's page that links its feed: one click to the feed itself.
                let feed_link = match &error {
                    LoadError::WebPage { link: Some(link) } => {
                        let text = words.t(Msg::OpenLinkedFeed, &[("kind", Arg::Text(link.kind.label()))]);
                        Some(view! { <RouteLink route=Route::feed(&link.url) class="button">{text}</RouteLink> })
                    }
                    _ => None,
                };
                // A reader who followed a link to a broken feed still has somewhere to go.
                let demo_link = route.with(|route| route.feed.is_some()).then(|| {
                    view! { <RouteLink route=Route::default() class="button">{words.of(Msg::ReadDemoFeed)}</RouteLink> }
                });
                return view! {
                    <h1 class="error-title">{words.text(Msg::FeedUnreadableTitle)}</h1>
                    <ErrorAlert message=error.message(words.lang()) retry=retry>{feed_link}{demo_link}</ErrorAlert>
                }
                .into_any();
            }
            Some(Ok(loaded)) => loaded,
        };
        let Loaded { feed: loaded, saved_at, relayed, .. } = loaded;
        // Calm, not alarming: the reader can read; they should know it may not be the latest.
        let saved_note = saved_at.map(|saved_at| {
            let when = date::parse(&saved_at);
            let note = move || match &when {
                Some(date) => {
                    words.t(Msg::SavedCopyFrom, &[("date", Arg::Text(&locale::long_date(words.lang(), date)))])
                }
                None => words.text(Msg::SavedCopy).to_owned(),
            };
            view! { <p class="notice saved-note" role="status">{note}</p> }
        });
        // Calm too: nothing is wrong, and the reader learns why this works here and not elsewhere.
        let relay_note = relayed.then(|| {
            view! { <p class="notice relay-note" role="status">{words.of(Msg::RelayNote)}</p> }
        });
        // The resource only loads from a valid URL, so this is the URL it came from.
        let url = feed_url.get().unwrap_or_default();
        let current = route.get();
        let Some(id) = current.article.clone() else {
            return view! { {saved_note}{relay_note}<FeedList feed=loaded feed_url=url more_pages/> }.into_any();
        };
        let found = loaded.item(&id).map(|(index, _)| (Arc::clone(&loaded), index)).or_else(|| {
            more_pages.with_untracked(|pages| {
                pages.iter().find_map(|page| page.item(&id).map(|(index, _)| (Arc::clone(page), index)))
            })
        });
        match found {
            Some((page, index)) => view! { {saved_note}<ArticlePage feed=page feed_url=url index/> }.into_any(),
            // Not on the pages loaded so far: perhaps on a later one (a deep link after a reload).
            None => {
                view! { {saved_note}<LaterPages first=loaded id feed_url=url more_pages route=current/> }.into_any()
            }
        }
    };
    view! {
        <StorageNotice/>
        {content}
    }
}
