//! "Open a feed": a field for a feed's address (JSON Feed, RSS or Atom, or a site's whose page
//! links one), checked and loaded before the reader is taken to it, so a mistake is said here,
//! beside the field.
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::i18n::Msg;
use crate::core::library;
use crate::core::route::Route;
use crate::shell::alert::ErrorAlert;
use crate::shell::feed::load::{absolute_feed_url, load_feed, LoadError};
use crate::shell::navigation::router::use_router;
use crate::shell::words::use_words;

/// Where the form is.
#[derive(Clone, Debug, PartialEq)]
enum State {
    Ready,
    Opening,
    Failed(LoadError),
    Blank,
}

/// The field, its button, and what went wrong last.
#[component]
pub fn OpenFeed() -> impl IntoView {
    let router = use_router();
    let input = NodeRef::<Input>::new();
    let state = RwSignal::new(State::Ready);
    let open = Callback::new(move |()| {
        if state.get_untracked() == State::Opening {
            return;
        }
        let typed = input.get_untracked().map(|input| input.value()).unwrap_or_default();
        let Some(typed) = library::typed(&typed) else {
            state.set(State::Blank);
            return;
        };
        let url = match absolute_feed_url(&typed) {
            Ok(url) => url,
            Err(error) => {
                state.set(State::Failed(error));
                return;
            }
        };
        state.set(State::Opening);
        spawn_local(async move {
            match load_feed(url.clone()).await {
                Ok(_) => {
                    state.try_set(State::Ready);
                    router.navigate(Route::feed(&url));
                }
                // A site's page that names its feed: the feed is what the reader meant.
                // Its JSON Feed when it links several (`core::discover::preferred`).
                Err(LoadError::WebPage { link: Some(link) }) => {
                    state.try_set(State::Ready);
                    router.navigate(Route::feed(&link.url));
                }
                Err(error) => {
                    state.try_set(State::Failed(error));
                }
            }
        });
    });
    // Enter in the field opens, as it would in a form (the page holds no `<form>` of its own: the
    // hostile-feed audit proves that none reaches the page from a feed).
    let enter = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Enter" && !event.is_composing() {
            event.prevent_default();
            open.run(());
        }
    };
    let opening = move || state.get() == State::Opening;
    let words = use_words();
    let said = move || match state.get() {
        State::Failed(error) => {
            let retry = error.retryable().then_some(open);
            Some(view! { <ErrorAlert message=error.message(words.lang()) retry=retry/> }.into_any())
        }
        State::Blank => Some(view! { <ErrorAlert message=words.text(Msg::TypeAnAddress)/> }.into_any()),
        State::Opening => {
            Some(view! { <p class="open-feed-status" role="status">{words.of(Msg::OpeningTheFeed)}</p> }.into_any())
        }
        State::Ready => None,
    };
    view! {
        <section class="open-feed" aria-labelledby="open-feed-title">
            <h2 id="open-feed-title">{words.of(Msg::OpenAFeed)}</h2>
            <label for="open-feed-url">{words.of(Msg::FeedAddressLabel)}</label>
            <div class="open-feed-row">
                <input id="open-feed-url" type="text" inputmode="url" autocomplete="url" spellcheck="false"
                    autocapitalize="off" placeholder="https://example.com/feed.xml" node_ref=input on:keydown=enter/>
                <button type="button" class="button" disabled=opening on:click=move |_| open.run(())>
                    {move || words.text(if opening() { Msg::Opening } else { Msg::Open })}
                </button>
            </div>
            {said}
        </section>
    }
}
