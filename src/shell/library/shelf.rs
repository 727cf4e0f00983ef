//! "Continue reading" across the kept feeds (the library's shelf): the articles started and not finished, most recent
//! first, each with its saved title and place, so nothing is fetched to show them.
use leptos::prelude::*;

use crate::core::history::Status;
use crate::core::i18n::Msg;
use crate::core::library::normalize;
use crate::core::route::Route;
use crate::shell::feed::demo::demo_url;
use crate::shell::history::continue_reading::{ContinueReading, Started};
use crate::shell::history::state::use_reading_history;
use crate::shell::library::state::FeedLibrary;
use crate::shell::words::use_words;

/// How many articles the shelf offers: a shelf, not a second history.
const SHELF: usize = 10;

/// The started articles of every kept feed, or nothing when there are none. `beside` leaves out
/// the demo feed, whose own list (and its "Continue reading") is then on the page. While not
/// `visible`, it follows nothing.
#[component]
pub fn Shelf(feeds: FeedLibrary, beside: Signal<bool>, visible: Signal<bool>) -> impl IntoView {
    let history = use_reading_history().history();
    let demo = normalize(&demo_url());
    let words = use_words();
    let title =
        Signal::derive(move || words.text(if beside.get() { Msg::ContinueInOtherFeeds } else { Msg::ContinueReading }));
    let started = Signal::derive(move || {
        if !visible.get() {
            return Vec::new();
        }
        let library = feeds.get();
        let except = beside.get().then(|| demo.clone()).flatten();
        history.with(|history| {
            library.with(|library| {
                history
                    .records()
                    .into_iter()
                    .filter(|record| matches!(record.status(), Status::Reading(_)))
                    .filter_map(|record| {
                        let feed = normalize(&record.feed)?;
                        let entry = library.get(&feed).filter(|_| Some(&feed) != except.as_ref())?;
                        // The demo's articles keep their short address (`?article=…`).
                        let route = if Some(&feed) == demo.as_ref() {
                            Route { article: Some(record.article.clone()), ..Route::default() }
                        } else {
                            Route::feed(&record.feed).with_article(&record.article)
                        };
                        let mut started = Started::of(record, route, words.lang());
                        started.place.push_str(&format!(" · {}", entry.display_name()));
                        Some(started)
                    })
                    .take(SHELF)
                    .collect()
            })
        })
    });
    view! { <ContinueReading class="shelf" heading_id="shelf-title" heading=title started/> }
}
