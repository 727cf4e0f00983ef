//! The reader's library: their feeds, "Continue reading" across them, a field to open any feed,
//! OPML in and out, and their reading history's tools. Its own screen (`?view=library`, or home once the demo feed is removed),
//! and beside the demo feed's list on home.
use leptos::prelude::*;

use crate::core::i18n::Msg;
use crate::shell::feed::demo::demo_url;
use crate::shell::history::tools::HistoryTools;
use crate::shell::library::list::LibraryList;
use crate::shell::library::open_feed::OpenFeed;
use crate::shell::library::opml::OpmlTools;
use crate::shell::library::shelf::Shelf;
use crate::shell::library::state::use_feed_library;
use crate::shell::platform::lazy::{chunk, later};
use crate::shell::words::use_words;

/// Where the library is on the current screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// A feed or an article has the page.
    Hidden,
    /// Beside the demo feed's list (home): that list records its own visit and has its own
    /// "Continue reading".
    Beside,
    /// The page's subject: its heading is the `<h1>`.
    Alone,
}

/// The library, mounted once by the app and shown where `shown` says. Its code is its own chunk,
/// fetched the first time the library is on screen (never for a reader who only reads articles).
#[component]
pub fn LibraryPage(#[prop(into)] shown: Signal<Shown>) -> impl IntoView {
    let wanted = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || shown.get() != Shown::Hidden);
    move || wanted.get().then(|| later(library(shown)))
}

chunk! {
    /// The library's view: its own chunk.
    library: fn library(shown: Signal<Shown>) -> AnyView {
        let Some(feeds) = use_feed_library() else {
            return Ok(().into_any());
        };
        let demo = demo_url();
        // What is new in each kept feed, checked once a visit, when the library is first on screen.
        Effect::new(move |_| match shown.get() {
            Shown::Hidden => {}
            Shown::Beside => feeds.check_all(Some(&demo)),
            Shown::Alone => feeds.check_all(None),
        });
        let beside = Signal::derive(move || shown.get() == Shown::Beside);
        let visible = Signal::derive(move || shown.get() != Shown::Hidden);
        let words = use_words();
        let heading = move || {
            if shown.get() == Shown::Alone {
                view! { <h1 id="library-title">{words.of(Msg::YourFeeds)}</h1> }.into_any()
            } else {
                view! { <h2 id="library-title">{words.of(Msg::YourFeeds)}</h2> }.into_any()
            }
        };
        let trouble = move || {
            feeds.trouble().get().map(|trouble| view! { <p class="notice library-notice" role="status">{trouble.message(words.lang())}</p> })
        };
        Ok(view! {
            <div class="library" hidden=move || !visible.get()>
                <section class="library-feeds-section" aria-labelledby="library-title">
                    {heading}
                    {trouble}
                    <LibraryList feeds visible/>
                    <OpmlTools feeds/>
                </section>
                <Shelf feeds beside visible/>
                <OpenFeed/>
                // Moving one's reading history belongs with one's feeds, in the app (never a widget).
                <HistoryTools/>
            </div>
        }
        .into_any())
    }
}
