//! Loading a feed: `platform::fetch` with a timeout, each failure named for the reader; the bytes
//! decoded by `core::sniff::encoding`, and the text read by what `core::sniff::kind` says it is: a
//! JSON Feed by `core::feed::parse`, RSS, RDF or Atom by `core::xml_feed::parse` (in a chunk
//! fetched with the first XML feed), a web page by autodiscovery
//! (`core::discover`). A feed whose server forbids other sites to read it is tried once more
//! through the relay of Lectern's own server, where there is one (`core::relay`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::core::discover::{self, FeedLink};
use crate::core::feed::{self, Feed, FeedError};
use crate::core::i18n::{format as i18n_format, Arg, Lang, Msg};
use crate::core::relay::{self, Refusal, RELAY_BOUND_SECONDS};
use crate::core::sniff::{self, DocumentKind};
use crate::core::xml_feed;
use crate::shell::feed::kinds;
use crate::shell::platform::fetch::{self, Failure, Fetched};
use crate::shell::platform::lazy::chunk;

/// How long a feed may take before the reader is told and offered a retry.
const TIMEOUT: Duration = Duration::from_secs(15);
/// How long a read through the relay may take: longer than the relay's own bound (20 s), so that
/// the reader's wait never cuts short an answer, or the relay's 504, that is still on its way.
const RELAY_TIMEOUT: Duration = Duration::from_secs(25);
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
    #[error("The feed server did not answer within {seconds} seconds.")]
    Timeout { seconds: u64 },
    #[error("The feed server answered {status}{}.", reason(*status))]
    Http { status: u16 },
    /// A web page where a feed was expected, and the feed it links that Lectern would open.
    #[error("{}", FeedError::WebPage { feed_link: link.as_ref().map(|link| link.url.clone()) })]
    WebPage { link: Option<FeedLink> },
    /// The XML reader's chunk could not be fetched (offline before it was ever cached).
    #[error(
        "This part of Lectern has not been downloaded yet, and cannot be now. Check your connection, then try again."
    )]
    Unavailable,
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
            | LoadError::Timeout { .. }
            | LoadError::Unavailable => true,
            LoadError::Http { status } => *status == 408 || *status == 429 || *status >= 500,
            LoadError::BadUrl(_) | LoadError::TooLarge | LoadError::WebPage { .. } | LoadError::Feed(_) => false,
        }
    }
}

impl LoadError {
    /// The sentence a reader sees, in `lang` (the `Display` above is its English).
    pub fn message(&self, lang: Lang) -> String {
        let num = |value: u64| Arg::Num(value);
        match self {
            LoadError::BadUrl(address) => lang.t(Msg::NotAWebAddress, &[("address", Arg::Text(address))]),
            LoadError::Network => lang.text(Msg::Unreachable).to_owned(),
            LoadError::CrossOrigin { host } => lang.t(Msg::UnreachableOrClosed, &[("host", Arg::Text(host))]),
            LoadError::Offline => lang.text(Msg::YouAreOffline).to_owned(),
            LoadError::NotSaved => lang.text(Msg::OfflineNotSaved).to_owned(),
            LoadError::TooLarge => lang.count(Msg::FeedTooLarge, (MAX_FEED_BYTES / 1024 / 1024) as u64),
            LoadError::Timeout { seconds } => lang.count(Msg::FeedTimedOut, *seconds),
            LoadError::Http { status } => {
                let msg = match status {
                    401 | 403 => Msg::ServerAccessDenied,
                    404 | 410 => Msg::ServerNotFound,
                    429 => Msg::ServerTooManyRequests,
                    500..=599 => Msg::ServerError,
                    _ => Msg::ServerAnswered,
                };
                lang.t(msg, &[("status", num(u64::from(*status)))])
            }
            LoadError::WebPage { link: Some(_) } => lang.text(Msg::WebPageWithFeed).to_owned(),
            LoadError::WebPage { link: None } => lang.text(Msg::WebPageWithoutFeed).to_owned(),
            LoadError::Unavailable => lang.text(Msg::PartUnavailable).to_owned(),
            LoadError::Feed(error) => i18n_format::feed_error(lang, error),
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
    /// address, and a view must not take one feed for another meanwhile. Also what the library
    /// knows the feed by, relayed or not (`feed.url` is where it was read in the end).
    pub url: String,
    pub feed: Arc<Feed>,
    /// When the service worker saved the copy shown (RFC 3339), if it is a saved copy.
    pub saved_at: Option<String>,
    /// Read through the relay of Lectern's own server, since its server forbids other sites.
    pub relayed: bool,
    /// The format it was read as.
    pub kind: DocumentKind,
}

/// Loads and parses the feed at `url` (absolute).
pub async fn load_feed(url: String) -> Result<Loaded, LoadError> {
    // An address read as XML in this visit, or written as XML feeds' are, fetches the XML reader
    // beside the feed: after the feed's first bytes, a busy page may start it tens of ms late.
    if kinds::of(&url).map_or_else(|| sniff::likely_xml_address(&url), DocumentKind::is_xml_feed) {
        start_xml_reader();
    }
    let (fetched, relayed) = match fetch_within(&url, TIMEOUT).await {
        Ok(fetched) => (fetched, false),
        // Refused on another origin (the service worker reports that as nothing saved): most
        // likely CORS, so the relay is tried once. Without one, the direct read's explanation.
        Err(error @ (LoadError::Network | LoadError::NotSaved)) => match through_relay(&url).await {
            Some(result) => (result?, true),
            None if error == LoadError::Network => return Err(network_error(&url)),
            None => return Err(error),
        },
        Err(error) => return Err(error),
    };
    let Fetched { bytes, content_type, saved_at, final_url, relay_final_url } = fetched;
    // Relayed, the relay names where it read the feed in the end; relative links resolve there.
    let base = if relayed { relay_final_url.unwrap_or_else(|| url.clone()) } else { final_url };
    let label = sniff::encoding(&bytes, content_type.as_deref());
    let text = sniff::utf8_text(bytes, &label).unwrap_or_else(|bytes| fetch::decode(&bytes, &label));
    let (feed, kind) = read(text, content_type.as_deref(), &base).await?;
    kinds::remember(&url, kind);
    if relayed {
        remember_relayed(&url);
    }
    Ok(Loaded { url, feed: Arc::new(feed), saved_at, relayed, kind })
}

/// A GET of `url` cut off after `timeout`, its failures named; a refusal stays `Network` here.
async fn fetch_within(url: &str, timeout: Duration) -> Result<Fetched, LoadError> {
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
            timeout,
        )
        .ok()
    };
    let result = fetch::get_bytes(url, &controller.signal(), MAX_FEED_BYTES, fetch_xml_reader_early).await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result.map_err(|failure| match failure {
        _ if timed_out.get() => LoadError::Timeout { seconds: timeout.as_secs() },
        Failure::BadUrl => LoadError::BadUrl(url.to_owned()),
        Failure::Refused => LoadError::Network,
        Failure::NotSaved => LoadError::NotSaved,
        Failure::Status(status) => LoadError::Http { status },
        Failure::TooLarge => LoadError::TooLarge,
    })
}

/// The feed at `url` (on another origin) read through the relay beside the app: `None` where
/// there is no relay, so the direct read's explanation stands. Same-origin, once, with its own
/// timeout; a 200 counts only with the relay's header, since some hosts answer every path.
async fn through_relay(url: &str) -> Option<Result<Fetched, LoadError>> {
    fetch::other_origin_host(url)?;
    let page = window().location().href().ok()?;
    match fetch_within(&relay::relay_url(&page, url), RELAY_TIMEOUT).await {
        Ok(fetched) => fetched.relay_final_url.is_some().then_some(Ok(fetched)),
        Err(LoadError::Http { status }) => match relay::refusal(status) {
            Refusal::NotRelayed => None,
            Refusal::TooLarge => Some(Err(LoadError::TooLarge)),
            Refusal::TimedOut => Some(Err(LoadError::Timeout { seconds: RELAY_BOUND_SECONDS })),
            Refusal::Status(status) => Some(Err(LoadError::Http { status })),
        },
        Err(error @ (LoadError::TooLarge | LoadError::Timeout { .. })) => Some(Err(error)),
        // The relay unreachable, or nothing of it saved: as if there were none.
        Err(_) => None,
    }
}

thread_local! {
    /// The feeds read through the relay in this visit, so saving one for offline asks the relay.
    static RELAYED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// How many relayed feeds are remembered: more than a library checks, bounded all the same.
const REMEMBERED: usize = 500;

fn remember_relayed(url: &str) {
    RELAYED.with_borrow_mut(|relayed| {
        if !relayed.iter().any(|known| known == url) {
            if relayed.len() >= REMEMBERED {
                relayed.remove(0);
            }
            relayed.push(url.to_owned());
        }
    });
}

/// Where the service worker should fetch the feed at `url` to save it: the relay's address when
/// it was read through the relay (its own server forbids the worker too), else `url` itself.
pub fn address_to_save(url: &str) -> String {
    let relayed = RELAYED.with_borrow(|relayed| relayed.iter().any(|known| known == url));
    match window().location().href() {
        Ok(page) if relayed => relay::relay_url(&page, url),
        _ => url.to_owned(),
    }
}

/// Reads `text` (decoded, fetched from `feed_url` with `content_type`) as the kind its content
/// shows, whatever the server labelled it.
async fn read(text: String, content_type: Option<&str>, feed_url: &str) -> Result<(Feed, DocumentKind), LoadError> {
    let kind = match sniff::kind(&text, content_type) {
        // `<` then no element name (`<.>`): not markup at all, so JSON's parser says where it broke.
        DocumentKind::OtherXml if !starts_with_markup(&text) => DocumentKind::Unknown,
        kind => kind,
    };
    let feed = match kind {
        DocumentKind::Html => return Err(LoadError::WebPage { link: discover::preferred_feed(&text, feed_url) }),
        // Other XML goes through the XML parser too: a broken document is said with its position.
        DocumentKind::Rss | DocumentKind::Rdf | DocumentKind::Atom | DocumentKind::OtherXml => {
            read_xml(text, feed_url.to_owned()).await.map_err(|_| LoadError::Unavailable)??
        }
        DocumentKind::JsonFeed | DocumentKind::Unknown => match feed::parse(&text, feed_url) {
            Ok(feed) => feed,
            // Markup the sniffer could not place: still a page, whose feed links are what it has.
            Err(FeedError::WebPage { .. }) => {
                return Err(LoadError::WebPage { link: discover::preferred_feed(&text, feed_url) })
            }
            Err(error) => return Err(error.into()),
        },
    };
    // Text the sniffer could not place that read as JSON is a JSON Feed.
    let kind = if kind == DocumentKind::Unknown { DocumentKind::JsonFeed } else { kind };
    Ok((feed, kind))
}

/// Whether `text` opens with a tag, declaration or comment: `<` then a letter, `_`, `!` or `?`.
fn starts_with_markup(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .strip_prefix('<')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_alphabetic() || matches!(c, '_' | '!' | '?')))
}

/// Starts fetching the XML reader's chunk while an answer that may be XML is still arriving, so
/// a big RSS or Atom feed does not wait for the chunk after its last byte (on a loaded machine
/// that wait was 70 to 230 ms for a 1.4 MB feed). Answers labelled JSON never fetch it: a reader
/// of JSON Feeds alone still pays nothing for XML. Reading the empty text loads the chunk and
/// fails at once; the loader shares one fetch between this and the real read.
fn fetch_xml_reader_early(content_type: Option<&str>) {
    if !content_type.is_some_and(|label| label.to_ascii_lowercase().contains("json")) {
        start_xml_reader();
    }
}

/// Starts fetching the XML reader's chunk (the loader fetches it once, however often asked).
fn start_xml_reader() {
    leptos::task::spawn_local(async {
        let _ = read_xml(String::new(), String::new()).await;
    });
}

chunk! {
    /// The XML path (core's XML parser and its RSS, RDF and Atom mapping) in its own chunk,
    /// fetched with the first XML feed: a reader of JSON Feeds alone never pays for it.
    xml_feed: fn read_xml(text: String, feed_url: String) -> Result<Feed, FeedError> {
        Ok(xml_feed::parse(&text, &feed_url))
    }
}

/// Names what most likely stopped a request the browser refused to complete.
fn network_error(url: &str) -> LoadError {
    if !fetch::online() {
        return LoadError::Offline;
    }
    match fetch::other_origin_host(url) {
        Some(host) => LoadError::CrossOrigin { host },
        None => LoadError::Network,
    }
}
