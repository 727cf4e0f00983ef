//! <App/>: the full-page reader. Owns the page-wide concerns: address, document title, focus.
use leptos::html::Main;
use leptos::prelude::*;

use crate::core::i18n::Msg;
use crate::core::route::Route;
use crate::shell::app::reader::Reader;
use crate::shell::feed::demo::demo_url;
use crate::shell::history::state::provide_reading_history;
use crate::shell::library::page::{LibraryPage, Shown};
use crate::shell::library::state::provide_feed_library;
use crate::shell::navigation::commands::{listen_for_shortcuts, provide_commands};
use crate::shell::navigation::help_overlay::HelpOverlay;
use crate::shell::navigation::router::{provide_page_router, RouteLink};
use crate::shell::platform::scroller::focus_in_place;
use crate::shell::platform::{locale, service_worker};
use crate::shell::reading::learned_speed::provide_learned_speed;
use crate::shell::settings::panel::SettingsPanel;
use crate::shell::settings::state::{provide_reading_settings, Target};
use crate::shell::words::use_words;

/// The whole page: a masthead, then the reader for the route in the address bar.
#[component]
pub fn App() -> impl IntoView {
    // The static placeholder in index.html gives way to the app itself.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    let router = provide_page_router();
    let keeper = provide_reading_history().keeper();
    let feeds = provide_feed_library();
    provide_reading_settings(keeper, Target::Page, Signal::stored(locale::browser_languages()));
    provide_learned_speed(keeper);
    let words = use_words();
    let commands = provide_commands();
    listen_for_shortcuts(commands);
    let update_ready = RwSignal::new(false);
    // Calm, not alarming: a word in the masthead while the browser says it has no network.
    let online = RwSignal::new(window().navigator().on_line());
    let went_online = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let went_offline = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        went_online.remove();
        went_offline.remove();
    });
    service_worker::register(update_ready.write_only());
    let route = router.route();
    let title = RwSignal::new(String::from("Lectern"));
    Effect::new(move |_| document().set_title(&title.get()));

    // After in-app navigation, focus moves to the new content so screen readers announce it.
    let main_ref = NodeRef::<Main>::new();
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        if previous.is_some_and(|previous| previous != current) {
            if let Some(main) = main_ref.get_untracked() {
                // In place: a plain focus would undo the scroll position Back restores.
                request_animation_frame(move || focus_in_place(&main));
            }
        }
        current
    });

    // Home is the library beside the demo feed's list while the demo is kept, as the first visit
    // promises; once the reader removes it, home is the library alone, as `?view=library` is.
    let demo = demo_url();
    let demo_kept = Memo::new(move |_| feeds.has(&demo));
    let library_alone = Memo::new(move |_| route.with(|route| route.library || (route.is_home() && !demo_kept.get())));
    let beside_list = Memo::new(move |_| route.with(Route::is_home) && demo_kept.get());
    Effect::new(move |_| {
        if library_alone.get() {
            title.set(words.text(Msg::LibraryDocumentTitle).to_owned());
        }
    });
    let shown = Signal::derive(move || match (library_alone.get(), beside_list.get()) {
        (true, _) => Shown::Alone,
        (false, true) => Shown::Beside,
        (false, false) => Shown::Hidden,
    });

    let home = move || route.with(Route::list);
    // On an article's address the masthead is out from the first frame: the reading bar takes its
    // place when the article comes, and a masthead that left only then would move the whole page
    // up (Lighthouse's CLS was 0.12 on a cold article). It comes back if the article fails.
    let article_route = Memo::new(move |_| route.with(|route| route.article.is_some()));
    view! {
        <a class="skip-link" href="#content">{words.of(Msg::SkipToContent)}</a>
        // An open article's reading bar takes the masthead's place (style/main.css): it holds the
        // way back and the settings, and nothing above it would scroll the page when Tab passes it.
        <header class="masthead" class:for-article=move || article_route.get()>
            <div class="masthead-inner">
                {move || view! { <RouteLink route=home() class="brand">"Lectern"</RouteLink> }}
                <Show when=move || !online.get()>
                    <span class="offline-badge" role="status">{words.of(Msg::OfflineBadge)}</span>
                </Show>
                <SettingsPanel/>
            </div>
        </header>
        <HelpOverlay/>
        <Show when=move || update_ready.get()>
            <p class="update-note" role="status">
                {words.of(Msg::UpdateReady)} " "
                <button type="button" class="button" on:click=|_| service_worker::accept_update()>{words.of(Msg::Reload)}</button>
            </p>
        </Show>
        <main id="content" class=move || if beside_list.get() { "page home" } else { "page" } tabindex="-1" node_ref=main_ref>
            <Show when=move || !library_alone.get()>
                <div class="reader-column">
                    <Reader title=title.write_only()/>
                </div>
            </Show>
            // Always mounted and hidden elsewhere: one view, not one per screen (each costs Wasm).
            <LibraryPage shown/>
        </main>
    }
}
