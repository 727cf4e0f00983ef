//! The browser's `fetch`, the only code that calls it: a GET whose body is read as text up to a
//! bound, with the service worker's markers (a saved copy, nothing saved) read from its headers.
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What a GET brought: the body, when the service worker saved it if it is a saved copy
/// (`x-lectern-saved`), and the address it came from in the end (after redirects).
pub struct Fetched {
    pub text: String,
    pub saved_at: Option<String>,
    pub final_url: String,
    /// The address a relay says it read the feed from (`x-lectern-final-url`); `feed::load`
    /// trusts it only from the relay it asked.
    pub relay_final_url: Option<String>,
}

/// Why a GET brought nothing usable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// Not a URL the browser can request.
    BadUrl,
    /// The browser refused to complete it (offline, DNS, CORS, aborted).
    Refused,
    /// The service worker had no network and no saved copy (`x-lectern: not-saved`).
    NotSaved,
    /// The server answered this HTTP status, not 2xx.
    Status(u16),
    /// The body is larger than the bound.
    TooLarge,
}

/// GETs `url` (abortable by `signal`) and reads its body as text, at most `max_bytes`.
pub async fn get_text(url: &str, signal: &web_sys::AbortSignal, max_bytes: usize) -> Result<Fetched, Failure> {
    // The browser's fetch directly: gloo-net's builder appended "&" to URLs that already had a
    // query (`feed.json?page=2&`), and the feed needs nothing it adds.
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_signal(Some(signal));
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| Failure::BadUrl)?;
    let response: web_sys::Response = JsFuture::from(window().fetch_with_request(&request))
        .await
        .ok()
        .and_then(|response| response.dyn_into().ok())
        .ok_or(Failure::Refused)?;
    let header = |name: &str| response.headers().get(name).ok().flatten();
    if header("x-lectern").as_deref() == Some("not-saved") {
        return Err(Failure::NotSaved);
    }
    if !response.ok() {
        return Err(Failure::Status(response.status()));
    }
    let saved_at = header("x-lectern-saved");
    let relay_final_url = header(crate::core::relay::FINAL_URL_HEADER);
    let declared = header("content-length").and_then(|length| length.trim().parse::<usize>().ok());
    if declared.is_some_and(|length| length > max_bytes) {
        return Err(Failure::TooLarge);
    }
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|text| text.as_string()),
        Err(_) => None,
    }
    .ok_or(Failure::Refused)?;
    // Compressed or chunked answers declare no length; the text itself is checked too.
    if text.len() > max_bytes {
        return Err(Failure::TooLarge);
    }
    // A redirected resource lives at its new address: its relative links resolve there.
    let final_url =
        Some(response.url()).filter(|final_url| final_url.starts_with("http")).unwrap_or_else(|| url.to_owned());
    Ok(Fetched { text, saved_at, final_url, relay_final_url })
}

/// Whether the browser believes it has a network (`navigator.onLine`).
pub fn online() -> bool {
    window().navigator().on_line()
}

/// The host of `url` when it is on another origin than the page; `None` on the page's own.
pub fn other_origin_host(url: &str) -> Option<String> {
    let page_origin = window().location().origin().unwrap_or_default();
    web_sys::Url::new(url).ok().filter(|other| other.origin() != page_origin).map(|other| other.host())
}
