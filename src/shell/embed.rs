//! Lectern as a guest on another site: the `<lectern-reader>` widget (mounted by `embed.js` into
//! the element's shadow root through `mount_widget`) and `embed.html`, the iframe alternative.
//!
//! Both are the same `<Reader/>` the page app shows, with a memory router (the host's address and
//! history are never touched), the host told of progress, navigation and errors, and no masthead,
//! title, service worker or storage warnings of their own.

use leptos::html::Div;
use leptos::mount::mount_to;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;

use crate::core::route::Route;
use crate::shell::app::reader::Reader;
use crate::shell::feed::demo::demo_feed;
use crate::shell::feed::load::absolute_feed_url;
use crate::shell::history::state::provide_reading_history;
use crate::shell::navigation::commands::{on_key, provide_commands};
use crate::shell::navigation::help_overlay::HelpOverlay;
use crate::shell::navigation::router::{provide_memory_router, AppBase, Router};
use crate::shell::platform::host_events::HostEvents;
use crate::shell::platform::locale;
use crate::shell::platform::scroller::{focus_in_place, Scroller};
use crate::shell::reading::learned_speed::provide_learned_speed;
use crate::shell::settings::panel::SettingsPanel;
use crate::shell::settings::state::{provide_reading_settings, Target};

/// A mounted widget, held by its `<lectern-reader>` element until it is disconnected.
#[wasm_bindgen]
pub struct Widget {
    router: Router,
    /// Its `lang` attribute, followed as it changes.
    lang: RwSignal<Option<String>>,
    /// The `UnmountHandle`: dropping it unmounts the reader and disposes of everything it owned.
    _mounted: Box<dyn std::any::Any>,
}

/// Mounts a reader into `container` (inside `host`'s shadow root). `app_base` is the URL of the
/// directory holding Lectern's files (links open the full app there); `feed` is absolute, or
/// absent for the demo feed; `article` absent shows the feed's list; `lang` is the element's
/// `lang` attribute, if any.
#[wasm_bindgen]
pub fn mount_widget(
    host: web_sys::HtmlElement,
    container: web_sys::HtmlElement,
    app_base: String,
    feed: Option<String>,
    article: Option<String>,
    lang: Option<String>,
) -> Widget {
    let router = std::rc::Rc::new(std::cell::Cell::new(None::<Router>));
    let router_out = std::rc::Rc::clone(&router);
    let lang = RwSignal::new(lang);
    let scroller = Scroller::Widget(SendWrapper::new(container.clone()));
    let mounted = mount_to(container, move || {
        let route = Route { feed, article, ..Route::default() };
        router_out.set(Some(provide_memory_router(route)));
        provide_context(AppBase(app_base));
        // Its own `lang`, else the host page's `<html lang>`, else the browser's languages.
        let page = document().document_element().and_then(|root| root.get_attribute("lang"));
        let browser = locale::browser_languages();
        let asked = Signal::derive(move || {
            let mut asked: Vec<String> = lang.get().into_iter().chain(page.clone()).collect();
            asked.extend(browser.iter().cloned());
            asked
        });
        view! { <Guest host=HostEvents::Element(SendWrapper::new(host)) scroller asked/> }
    });
    // `mount_to` runs the closure before returning, so the router is there.
    let router = router.take().unwrap_or_else(|| provide_memory_router(Route::default()));
    Widget { router, lang, _mounted: Box::new(mounted) }
}

#[wasm_bindgen]
impl Widget {
    /// Shows another feed or article (the host changed an attribute, or called `open`).
    pub fn show(&self, feed: Option<String>, article: Option<String>) {
        self.router.show(Route { feed, article, ..Route::default() });
    }

    /// Follows a new `lang` attribute (or its removal).
    pub fn set_lang(&self, lang: Option<String>) {
        self.lang.set(lang.filter(|lang| !lang.trim().is_empty()));
    }
}

/// `embed.html?feed=…&article=…`: the reader alone in a page, for hosts whose Content Security
/// Policy cannot allow the widget. It reports to the parent window, its height included.
#[component]
pub fn Frame() -> impl IntoView {
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    let query = window().location().search().unwrap_or_default();
    provide_memory_router(Route::from_query(&query));
    let page = NodeRef::<Div>::new();
    let host = HostEvents::Parent;
    let report = host.clone();
    let report_height = move || {
        let height = document().document_element().map_or(0, |root| root.scroll_height());
        report.height(f64::from(height));
    };
    // A parent whose listener came late asks with `lectern-hello`, and hears the height at once.
    let asked = report_height.clone();
    let hello = window_event_listener(leptos::ev::message, move |event| {
        let kind = js_sys::Reflect::get(&event.data(), &"type".into()).ok().and_then(|kind| kind.as_string());
        if kind.as_deref() == Some("lectern-hello") {
            asked();
        }
    });
    on_cleanup(move || hello.remove());
    let observer = Closure::<dyn Fn()>::new(report_height);
    if let Ok(resize) = web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()) {
        Effect::new(move |_| {
            if let Some(page) = page.get() {
                resize.observe(&page);
            }
        });
    }
    // The observer lives as long as the page does.
    observer.forget();
    view! {
        <div class="frame-page" node_ref=page>
            <Guest host scroller=Scroller::Window asked=Signal::stored(locale::browser_languages())/>
        </div>
    }
}

/// The reader as a guest: its contexts, and the host told where it goes.
#[component]
fn Guest(host: HostEvents, scroller: Scroller, asked: Signal<Vec<String>>) -> impl IntoView {
    let keeper = provide_reading_history().keeper();
    provide_learned_speed(keeper);
    host.clone().provide();
    scroller.clone().provide();
    let region = NodeRef::<Div>::new();
    provide_reading_settings(keeper, Target::Guest(region), asked);
    let commands = provide_commands();
    let router = crate::shell::navigation::router::use_router();
    let route = router.route();
    let demo = demo_feed();
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        if previous.is_some_and(|previous| previous != current) {
            let by_reader = router.by_reader();
            scroller.reset_for_new_screen(by_reader);
            let feed = absolute_feed_url(current.feed.as_deref().unwrap_or(&demo)).unwrap_or_default();
            host.navigate(&feed, current.article.as_deref());
            // The link the reader used is gone: focus goes to the new screen, as in the page app.
            // A change the host made never takes the host page's focus.
            if by_reader {
                if let Some(region) = region.get_untracked() {
                    request_animation_frame(move || focus_in_place(&region));
                }
            }
        }
        current
    });
    view! {
        <div class="page guest" tabindex="-1" node_ref=region on:keydown=move |event| on_key(commands, &event)>
            // An article's reading bar holds the settings: the box's own button steps aside (style/main.css).
            <div class="guest-tools"><SettingsPanel/></div>
            // Pinned to the top of the visible part of the box, taking no room: the help opens
            // where the reader is.
            <div class="guest-overlay"><HelpOverlay/></div>
            <Reader/>
        </div>
    }
}
