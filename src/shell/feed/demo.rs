//! The bundled demo feed: what a route without `feed` reads, and the feed a first run's library holds.

use leptos::prelude::*;

use crate::shell::feed::load::absolute_feed_url;
use crate::shell::navigation::router::AppBase;

/// The bundled demo feed, relative to the page.
const DEMO_FEED: &str = "feed.json";

/// The feed a route without `feed` reads: the bundled demo, beside the page; for an embedded
/// reader, the app's own, not a file beside the host page.
pub fn demo_feed() -> String {
    use_context::<AppBase>().map_or_else(|| DEMO_FEED.to_owned(), |AppBase(base)| format!("{base}{DEMO_FEED}"))
}

/// The demo feed's absolute URL (empty if the page's own address is somehow not http(s)).
pub fn demo_url() -> String {
    absolute_feed_url(&demo_feed()).unwrap_or_default()
}
