//! Query-string routing over the History API: the current `Route` as a signal, and links that push it.
//!
//! Routes live in the query (`?feed=…&article=…`) so deep links survive a reload on any static
//! server. leptos_router matches paths only, and its window-wide click listener would capture
//! links on a host page when Lectern is embedded, so this small router is Lectern's own.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::core::route::Route;

/// The route and, for the full-page app, the browser history that mirrors it.
#[derive(Clone, Copy)]
pub struct Router {
    route: RwSignal<Route>,
    /// The `#fragment` the page was opened with (a block's key), until a navigation uses it up.
    fragment: RwSignal<Option<String>>,
    /// Whether navigation writes browser history; an embedded reader keeps its route to itself.
    uses_history: bool,
    /// Whether the last change came from the reader (a link) rather than the host (`show`).
    by_reader: StoredValue<bool>,
}

/// Provides a router that follows and writes the page's address (back/forward included).
pub fn provide_page_router() -> Router {
    let router = Router {
        route: RwSignal::new(current_page_route()),
        fragment: RwSignal::new(current_fragment()),
        uses_history: true,
        by_reader: StoredValue::new(true),
    };
    // The app restores scroll itself once the view for the entry has rendered.
    if let Ok(history) = window().history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let listener = window_event_listener(ev::popstate, move |_| {
        let route = current_page_route();
        // A `#key` link within the same route: the browser has already scrolled to the block.
        if router.route.with_untracked(|current| *current == route) {
            return;
        }
        router.fragment.set(None);
        router.route.set(route);
        restore_scroll();
    });
    on_cleanup(move || listener.remove());
    provide_context(router);
    router
}

/// Provides a router whose route lives only in memory, starting at `initial`.
pub fn provide_memory_router(initial: Route) -> Router {
    let router = Router {
        route: RwSignal::new(initial),
        fragment: RwSignal::new(None),
        uses_history: false,
        by_reader: StoredValue::new(false),
    };
    provide_context(router);
    router
}

/// Where the full app lives, for an embedded reader: its links open there in a new tab, and the
/// demo feed is the app's own. The page app needs none (it is the app).
#[derive(Clone)]
pub struct AppBase(pub String);

/// The router of the enclosing app.
pub fn use_router() -> Router {
    // Every shell view sits under `provide_*_router`; a memory router keeps a stray one working.
    use_context::<Router>().unwrap_or_else(|| provide_memory_router(Route::default()))
}

impl Router {
    /// The current route, reactively.
    pub fn route(&self) -> Signal<Route> {
        self.route.into()
    }

    /// Whether the current route came from the reader following a link (not from the host).
    pub fn by_reader(&self) -> bool {
        self.by_reader.try_get_value().unwrap_or(false)
    }

    /// The block key the page was opened at (`#key`), if this is still the route it came with.
    pub fn fragment(&self) -> Option<String> {
        self.fragment.get_untracked()
    }

    /// Goes to `route` as a new history entry, starting at the top of the page.
    pub fn navigate(&self, route: Route) {
        self.by_reader.set_value(true);
        self.fragment.set(None);
        if self.uses_history {
            remember_scroll();
            if let Ok(history) = window().history() {
                let url = href(&route);
                // A failed push (e.g. a sandboxed iframe) still navigates in-app.
                let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
            }
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        self.route.set(route);
    }

    /// Shows `route` without a history entry: what a host does by changing a widget's attributes.
    /// Harmless after the reader is gone (the host may hold the element longer than the reader).
    pub fn show(&self, route: Route) {
        self.by_reader.try_set_value(false);
        self.fragment.try_set(None);
        self.route.try_set(route);
    }
}

/// The href for a route: its query string, or the page itself without one; for an embedded
/// reader, the same place in the full app.
pub fn href(route: &Route) -> String {
    let query = route.to_query();
    if let Some(AppBase(base)) = use_context::<AppBase>() {
        return format!("{base}{query}");
    }
    if query.is_empty() {
        window().location().pathname().unwrap_or_else(|_| "./".to_owned())
    } else {
        query
    }
}

fn current_page_route() -> Route {
    Route::from_query(&window().location().search().unwrap_or_default())
}

fn current_fragment() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let key = hash.strip_prefix('#')?;
    // Keys are plain text, but a pasted link may have percent-encoded them.
    let key = js_sys::decode_uri_component(key).ok().and_then(|key| key.as_string()).unwrap_or_else(|| key.to_owned());
    (!key.is_empty()).then_some(key)
}

/// Stores the scroll position in the current history entry, so Back can return to it.
fn remember_scroll() {
    let Ok(history) = window().history() else {
        return;
    };
    let y = window().scroll_y().unwrap_or(0.0);
    let _ = history.replace_state(&JsValue::from_f64(y), "");
}

/// After Back or Forward, returns to the stored position once the new view has rendered.
fn restore_scroll() {
    let y = window()
        .history()
        .ok()
        .and_then(|history| history.state().ok())
        .and_then(|state| state.as_f64())
        .unwrap_or(0.0);
    request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, y));
}

/// A link to a route: a real `<a href>` (open in new tab works) that navigates in-app on a plain click.
#[component]
pub fn RouteLink(
    /// Where the link goes.
    route: Route,
    /// Extra class names for styling.
    #[prop(optional, into)]
    class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let router = use_router();
    let target = route.clone();
    let on_click = move |event: ev::MouseEvent| {
        let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
        if event.button() != 0 || modified || event.default_prevented() {
            return;
        }
        event.prevent_default();
        router.navigate(target.clone());
    };
    view! {
        <a href=href(&route) class=class on:click=on_click>
            {children()}
        </a>
    }
}
