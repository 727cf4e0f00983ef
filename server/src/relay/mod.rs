//! `GET /relay?url=URL`: the order of checks is the order of the interface's answers, cheapest
//! first: another site's page (403), too many requests (429), the URL (400/414), then the cache,
//! then one fetch per URL however many readers ask at once.
//!
//! A 200 carries the origin's body and `Content-Type`, `X-Lectern-Final-Url` (the URL after
//! redirects, against which the feed's relative links resolve), the origin's `ETag` and
//! `Last-Modified`, and a policy that keeps the answer from ever running as a page of this origin.

pub mod address;
pub mod cache;
pub mod fetch;
pub mod guard;
pub mod rate;
pub mod target;
pub mod tls;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use tokio::sync::{watch, Semaphore};

use crate::config::RelayConfig;
use crate::error::Failure;
use cache::{Cache, Lookup};
use fetch::{Document, Outcome, Validators};

/// The header naming the URL the body came from after redirects.
pub const FINAL_URL: HeaderName = HeaderName::from_static("x-lectern-final-url");

type Shared = Result<Document, Failure>;

/// The relay's state: its limits, the cache, fetches under way, the rate limit.
pub struct Relay {
    pub config: Arc<RelayConfig>,
    cache: Mutex<Cache>,
    /// One fetch per URL at a time: later readers wait for the first one's answer.
    pending: Mutex<HashMap<String, watch::Receiver<Option<Shared>>>>,
    rate: Mutex<rate::RateLimit>,
    /// Turns for origin fetches (`RelayConfig::max_fetches`).
    turns: Semaphore,
    /// TLS settings every hop's client starts from.
    tls: rustls::ClientConfig,
}

impl Relay {
    pub fn new(config: RelayConfig) -> Result<Relay, String> {
        Ok(Relay {
            tls: tls::client_config()?,
            cache: Mutex::new(Cache::new(config.cache_bytes, config.cache_entries)),
            pending: Mutex::new(HashMap::new()),
            rate: Mutex::new(rate::RateLimit::new(config.per_minute)),
            turns: Semaphore::new(config.max_fetches.max(1)),
            config: Arc::new(config),
        })
    }

    /// The document for `url`: from the cache while fresh, else from the one fetch under way for
    /// it, else from a new fetch that runs to its end even if this reader leaves (others may wait).
    async fn document(self: &Arc<Self>, key: String, url: url::Url) -> Shared {
        let mut receiver = {
            let mut pending = lock(&self.pending);
            let validators = match lock(&self.cache).get(&key, Instant::now()) {
                Lookup::Fresh(document) => return Ok(document),
                Lookup::Stale(validators) => validators,
                Lookup::Missing => Validators::default(),
            };
            match pending.get(&key) {
                Some(receiver) => receiver.clone(),
                None => {
                    let (sender, receiver) = watch::channel(None);
                    pending.insert(key.clone(), receiver.clone());
                    let relay = Arc::clone(self);
                    tokio::spawn(async move {
                        // Removed before the answer is published (a reader arriving after it finds
                        // the cache, or starts afresh, never a finished fetch), and removed even if
                        // the task ended some other way, so no URL is left waiting forever.
                        let pending = Pending { relay: &relay, key: &key };
                        let result = relay.fetch_and_keep(&key, url, validators).await;
                        drop(pending);
                        sender.send_replace(Some(result));
                    });
                    receiver
                }
            }
        };
        let answer = match receiver.wait_for(Option::is_some).await {
            Ok(answer) => answer.clone().unwrap_or_else(|| Err(internal())),
            Err(_) => Err(internal()),
        };
        answer
    }

    async fn fetch_and_keep(&self, key: &str, url: url::Url, validators: Validators) -> Shared {
        match fetch::fetch(url, validators, &self.config, &self.turns, &self.tls).await? {
            Outcome::Fresh(document) => {
                lock(&self.cache).put(key, &document, Instant::now());
                Ok(document)
            }
            Outcome::NotModified(policy) => {
                lock(&self.cache).revalidated(key, policy, Instant::now()).ok_or_else(|| {
                    Failure::new(StatusCode::BAD_GATEWAY, "the origin answered 304 to a copy the relay no longer holds")
                })
            }
        }
    }
}

/// A fetch under way for `key`: its entry in the pending map goes when this is dropped.
struct Pending<'a> {
    relay: &'a Relay,
    key: &'a str,
}

impl Drop for Pending<'_> {
    fn drop(&mut self) {
        lock(&self.relay.pending).remove(self.key);
    }
}

/// Any method but GET and HEAD on `/relay`.
pub async fn other_method() -> Response {
    let mut response = Failure::new(StatusCode::METHOD_NOT_ALLOWED, "the relay answers GET only").into_response();
    response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
    response
}

/// A poisoned lock only means another request panicked mid-update; the maps stay usable.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn internal() -> Failure {
    Failure::new(StatusCode::BAD_GATEWAY, "the relay's fetch ended without an answer")
}

/// The client a request is counted against: the peer, or behind a trusted proxy the address it
/// appended last to `X-Forwarded-For`.
fn client(peer: SocketAddr, headers: &HeaderMap, config: &RelayConfig) -> IpAddr {
    if config.trust_forwarded {
        // Only the last entry: the earlier ones are whatever the client claimed.
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .next_back()
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.rsplit(',').next())
            .and_then(|last| last.trim().parse::<IpAddr>().ok());
        if let Some(ip) = forwarded {
            return ip;
        }
    }
    peer.ip()
}

/// The handler; logs one line per request: status, bytes, milliseconds, URL.
pub async fn handle(
    State(state): State<Arc<crate::State>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let start = Instant::now();
    let shown = uri.query().and_then(|query| target::url_param(Some(query), 2048).ok().flatten()).unwrap_or_default();
    let (response, bytes) = match relay(&state, peer, &uri, &headers).await {
        Ok((response, bytes)) => (response, bytes),
        Err(failure) => (failure.into_response(), 0),
    };
    // The URL is cut and stripped of control characters so the log stays one line per request.
    let shown: String = shown.chars().filter(|c| !c.is_control()).take(200).collect();
    println!("relay {} {} B {} ms {}", response.status().as_u16(), bytes, fetch::millis(start), shown);
    response
}

async fn relay(
    state: &Arc<crate::State>,
    peer: SocketAddr,
    uri: &Uri,
    headers: &HeaderMap,
) -> Result<(Response, usize), Failure> {
    let relay = &state.relay;
    if let Some(why) = guard::foreign(headers) {
        return Err(Failure::new(StatusCode::FORBIDDEN, why));
    }
    let client = client(peer, headers, &relay.config);
    if let Err(seconds) = lock(&relay.rate).take(client, Instant::now()) {
        let mut failure = Failure::new(
            StatusCode::TOO_MANY_REQUESTS,
            format!("more than {} relay requests a minute from this address", relay.config.per_minute),
        );
        failure.retry_after = Some(seconds);
        return Err(failure);
    }
    let value = target::url_param(uri.query(), relay.config.max_url)?;
    let url = target::parse(value.as_deref(), relay.config.max_url)?;
    let key = url.as_str().to_owned();
    let document = relay.document(key, url).await?;
    Ok(answer(&document, headers))
}

/// 200 with the document, or 304 when the client's validators match it.
fn answer(document: &Document, request: &HeaderMap) -> (Response, usize) {
    let header_text = |name| request.get(name).and_then(|value: &HeaderValue| value.to_str().ok());
    let not_modified = match (header_text(header::IF_NONE_MATCH), &document.etag) {
        (Some(list), Some(etag)) => etag.to_str().is_ok_and(|etag| crate::files::etag_matches(list, etag)),
        (Some(_), None) => false,
        // If-Modified-Since counts only without If-None-Match; the client echoes Last-Modified.
        (None, _) => match (header_text(header::IF_MODIFIED_SINCE), &document.last_modified) {
            (Some(since), Some(modified)) => modified.as_bytes() == since.as_bytes(),
            _ => false,
        },
    };
    let (mut response, bytes) = if not_modified {
        (StatusCode::NOT_MODIFIED.into_response(), 0)
    } else {
        (Response::new(Body::from(document.body.clone())), document.body.len())
    };
    let out = response.headers_mut();
    if !not_modified {
        let content_type =
            document.content_type.clone().unwrap_or(HeaderValue::from_static("application/octet-stream"));
        out.insert(header::CONTENT_TYPE, content_type);
    }
    if let Ok(final_url) = HeaderValue::from_str(&document.final_url) {
        out.insert(FINAL_URL, final_url);
    }
    if let Some(etag) = &document.etag {
        out.insert(header::ETAG, etag.clone());
    }
    if let Some(modified) = &document.last_modified {
        out.insert(header::LAST_MODIFIED, modified.clone());
    }
    // The browser asks again each time (the relay answers from its cache while it is fresh).
    out.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    out.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // Whatever an origin sends (HTML, SVG) never runs as a page of this origin: no scripts, an
    // opaque origin, no subresources.
    out.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("default-src 'none'; sandbox"));
    (response, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_behind_a_trusted_proxy_is_the_last_forwarded_address() {
        let peer: SocketAddr = "127.0.0.1:5000".parse().unwrap();
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_static("198.51.100.7, 203.0.113.9"));
        let trusting = RelayConfig { trust_forwarded: true, ..RelayConfig::default() };
        assert_eq!(client(peer, &headers, &trusting), "203.0.113.9".parse::<IpAddr>().unwrap());
        // Not trusted: the peer, whatever the header claims.
        assert_eq!(client(peer, &headers, &RelayConfig::default()), peer.ip());
        // A last entry that is not an address: the peer.
        headers.insert("x-forwarded-for", HeaderValue::from_static("198.51.100.7, unknown"));
        assert_eq!(client(peer, &headers, &trusting), peer.ip());
        assert_eq!(client(peer, &HeaderMap::new(), &trusting), peer.ip());
    }
}
