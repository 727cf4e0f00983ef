//! A feed list's part in the library: Follow / Following, "N new since your last visit", and the
//! visit itself (recorded once the list is on screen, so the next visit knows what is new). The
//! page app only: without a library (a widget) it shows nothing.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::feed::Feed;
use crate::core::i18n::{format as words_format, Msg};
use crate::core::library::Removed;
use crate::core::route::Route;
use crate::shell::alert::ErrorAlert;
use crate::shell::library::state::use_feed_library;
use crate::shell::navigation::router::RouteLink;
use crate::shell::words::use_words;

/// The feed's library controls. `toggle` false leaves out the button and the library link (home,
/// where the library is beside the list).
#[component]
pub fn FollowFeed(feed: Arc<Feed>, feed_url: String, toggle: bool) -> impl IntoView {
    let feeds = use_feed_library()?;
    let ids: Vec<String> = feed.items.iter().map(|item| item.id.clone()).collect();
    // Counted before this visit is recorded, and kept for as long as the list is shown.
    let new = feeds.get().with_untracked(|library| library.new_since_last_visit(&feed_url, &ids));
    {
        let (feed, feed_url, ids) = (Arc::clone(&feed), feed_url.clone(), ids.clone());
        // An effect runs once the list has rendered: the visit is what the reader was shown.
        Effect::new(move |done: Option<()>| {
            if done.is_some() || !feeds.get().with_untracked(|library| library.position(&feed_url).is_some()) {
                return;
            }
            feeds.set_details(&feed_url, &feed.title, feed.icon.as_deref());
            feeds.visit(&feed_url, &ids);
        });
    }
    // Unfollowing and following again in one visit puts the feed back as it was (name, place).
    let unfollowed = StoredValue::new(None::<Removed>);
    let refused = RwSignal::new(None::<String>);
    let following = {
        let feed_url = feed_url.clone();
        move || feeds.has(&feed_url)
    };
    let words = use_words();
    let press = {
        let (following, feed_url) = (following.clone(), feed_url.clone());
        move |_| {
            if untrack(&following) {
                unfollowed.set_value(feeds.remove(&feed_url));
            } else if let Some(removed) = unfollowed.try_update_value(Option::take).flatten() {
                feeds.restore(removed);
                feeds.visit(&feed_url, &ids);
            } else {
                let result = feeds.follow(&feed_url, &feed.title, feed.icon.as_deref(), &ids);
                refused.set(result.err().map(|error| words_format::add_error(words.lang_untracked(), &error)));
            }
        }
    };
    let note = (new > 0).then(|| {
        view! {
            <p class="new-note" role="status">
                {move || words.count(Msg::NewSinceLastVisit, new as u64)}
            </p>
        }
    });
    Some(view! {
        <div class="follow-row">
            {toggle.then(|| {
                let following = following.clone();
                view! {
                    <button type="button" class="button follow-button" aria-pressed=move || following().to_string() on:click=press>
                        {let following = following.clone(); move || words.text(if following() { Msg::Following } else { Msg::Follow })}
                    </button>
                    <RouteLink route=Route::library() class="library-link-small">{words.of(Msg::YourFeeds)}</RouteLink>
                }
            })}
            {note}
        </div>
        {move || refused.get().map(|message| view! { <ErrorAlert message/> })}
    })
}
