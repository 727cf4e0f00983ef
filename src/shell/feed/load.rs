//! Fetching a feed: GET with a timeout, HTTP status checked, text handed to `core::feed::parse`.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::feed::{self, Feed, FeedError};

/// How long a feed may take before the reader is told and offered a retry.
const TIMEOUT: Duration = Duration::from_secs(15);
/// The largest feed Lectern reads: far above any real feed (a few MB), low enough that a runaway
/// or hostile server cannot exhaust the tab's memory.
pub const MAX_FEED_BYTES: usize = 20 * 1024 * 1024;

/// Why a feed could not be shown. The message is the sentence a reader sees.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("“{0}” is not a web address Lectern can read a feed from.")]
    BadUrl(String),
    #[error("Lectern could not reach the feed server. Check your connection, then try again.")]
    Network,
    /// A failed request to another origin while online: down, or no CORS permission.
    #[error("Lectern could not reach the feed server at {host}, or the server does not let other sites read its feed. If the site is up, its owner must send the header “Access-Control-Allow-Origin: *” with the feed.")]
    CrossOrigin { host: String },
    #[error("You are offline. Connect to the internet, then try again.")]
    Offline,
    /// The service worker had no network and no saved copy of this feed.
    #[error(
        "Lectern cannot reach this feed, and it has not been saved for reading offline. Try again when you are online."
    )]
    NotSaved,
    #[error("The feed is larger than {} MB, more than Lectern reads.", MAX_FEED_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("The feed server did not answer within {} seconds.", TIMEOUT.as_secs())]
    Timeout,
    #[error("The feed server answered {status}{}.", reason(*status))]
    Http { status: u16 },
    #[error("{0}")]
    Feed(#[from] FeedError),
}

impl LoadError {
    /// Whether trying again could succeed without anything else changing.
    pub fn retryable(&self) -> bool {
        match self {
            LoadError::Network
            | LoadError::CrossOrigin { .. }
            | LoadError::Offline
            | LoadError::NotSaved
            | LoadError::Timeout => true,
            LoadError::Http { status } => *status == 408 || *status == 429 || *status >= 500,
            LoadError::BadUrl(_) | LoadError::TooLarge | LoadError::Feed(_) => false,
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        401 | 403 => " (access denied)",
        404 | 410 => " (not found)",
        429 => " (too many requests)",
        500..=599 => " (a server error)",
        _ => "",
    }
}

/// The absolute URL of a feed given as written in `?feed=` (absolute or relative to the page).
pub fn absolute_feed_url(feed: &str) -> Result<String, LoadError> {
    let base = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(feed, &base)
        .map(|url| url.href())
        .ok()
        .filter(|url| url.starts_with("http://") || url.starts_with("https://"))
        .ok_or_else(|| LoadError::BadUrl(feed.to_owned()))
}

/// A feed as loaded: from the network, or the copy the service worker saved (and when).
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The address it was loaded from: a resource keeps its last value while it loads the next
    /// address, and a view must not take one feed for another meanwhile.
    pub url: String,
    pub feed: Arc<Feed>,
    /// When the service worker saved the copy shown (RFC 3339), if it is a saved copy.
    pub saved_at: Option<String>,
}

/// Loads and parses the feed at `url` (absolute).
pub async fn load_feed(url: String) -> Result<Loaded, LoadError> {
    let controller = web_sys::AbortController::new().map_err(|_| LoadError::Network)?;
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let controller = controller.clone();
        let timed_out = Rc::clone(&timed_out);
        set_timeout_with_handle(
            move || {
                timed_out.set(true);
                controller.abort();
            },
            TIMEOUT,
        )
        .ok()
    };
    let result = fetch_text(&url, &controller.signal()).await;
    if let Some(timer) = timer {
        timer.clear();
    }
    let (text, saved_at, final_url) = result.map_err(|error| match error {
        _ if timed_out.get() => LoadError::Timeout,
        LoadError::Network => network_error(&url),
        other => other,
    })?;
    let feed = Arc::new(feed::parse(&text, &final_url)?);
    Ok(Loaded { url, feed, saved_at })
}

/// Names what most likely stopped a request the browser refused to complete.
fn network_error(url: &str) -> LoadError {
    let window = window();
    if !window.navigator().on_line() {
        return LoadError::Offline;
    }
    let page_origin = window.location().origin().unwrap_or_default();
    match web_sys::Url::new(url) {
        Ok(feed) if feed.origin() != page_origin => LoadError::CrossOrigin { host: feed.host() },
        _ => LoadError::Network,
    }
}

/// The body, when the service worker saved it if it is a saved copy, and the address it came from
/// in the end (after redirects).
async fn fetch_text(url: &str, signal: &web_sys::AbortSignal) -> Result<(String, Option<String>, String), LoadError> {
    // The browser's fetch directly: gloo-net's builder appended "&" to URLs that already had a
    // query (`feed.json?page=2&`), and the feed needs nothing it adds.
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_signal(Some(signal));
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| LoadError::BadUrl(url.to_owned()))?;
    let response: web_sys::Response = JsFuture::from(window().fetch_with_request(&request))
        .await
        .ok()
        .and_then(|response| response.dyn_into().ok())
        .ok_or(LoadError::Network)?;
    let header = |name: &str| response.headers().get(name).ok().flatten();
    if header("x-lectern").as_deref() == Some("not-saved") {
        return Err(LoadError::NotSaved);
    }
    if !response.ok() {
        return Err(LoadError::Http { status: response.status() });
    }
    let saved_at = header("x-lectern-saved");
    let declared = header("content-length").and_then(|length| length.trim().parse::<usize>().ok());
    if declared.is_some_and(|length| length > MAX_FEED_BYTES) {
        return Err(LoadError::TooLarge);
    }
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|text| text.as_string()),
        Err(_) => None,
    }
    .ok_or(LoadError::Network)?;
    // Compressed or chunked answers declare no length; the text itself is checked too.
    if text.len() > MAX_FEED_BYTES {
        return Err(LoadError::TooLarge);
    }
    // A redirected feed lives at its new address: its relative links resolve there, as a page's do.
    let final_url =
        Some(response.url()).filter(|final_url| final_url.starts_with("http")).unwrap_or_else(|| url.to_owned());
    Ok((text, saved_at, final_url))
}
