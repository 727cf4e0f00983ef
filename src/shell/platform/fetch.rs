//! The browser's `fetch`, the only code that calls it: a GET whose body is read as bytes up to a
//! bound, with its `Content-Type` and the service worker's markers (a saved copy, nothing saved)
//! read from its headers; and `TextDecoder`, which turns those bytes into text.
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What a GET brought: the body's bytes and `Content-Type`, when the service worker saved it if it is a saved copy
/// (`x-lectern-saved`), and the address it came from in the end (after redirects).
pub struct Fetched {
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
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

/// GETs `url` (abortable by `signal`) and reads its body as bytes, at most `max_bytes`.
/// `on_headers` hears the `Content-Type` of a successful answer as soon as its headers arrive,
/// while the body is still on its way.
pub async fn get_bytes(
    url: &str,
    signal: &web_sys::AbortSignal,
    max_bytes: usize,
    on_headers: impl FnOnce(Option<&str>),
) -> Result<Fetched, Failure> {
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
    let content_type = header("content-type");
    on_headers(content_type.as_deref());
    let buffer = match response.array_buffer() {
        Ok(promise) => JsFuture::from(promise).await.ok(),
        Err(_) => None,
    }
    .ok_or(Failure::Refused)?;
    let body = js_sys::Uint8Array::new(&buffer);
    // Compressed or chunked answers declare no length; the body itself is checked too.
    if body.length() as usize > max_bytes {
        return Err(Failure::TooLarge);
    }
    let bytes = body.to_vec();
    // A redirected resource lives at its new address: its relative links resolve there.
    let final_url =
        Some(response.url()).filter(|final_url| final_url.starts_with("http")).unwrap_or_else(|| url.to_owned());
    Ok(Fetched { bytes, content_type, saved_at, final_url, relay_final_url })
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

/// `bytes` decoded as the encoding `label` names (`TextDecoder`, which knows every label of the
/// Encoding Standard), as UTF-8 when the browser refuses the label; malformed sequences become
/// U+FFFD as the standard says, never an error.
pub fn decode(bytes: &[u8], label: &str) -> String {
    let decoder = web_sys::TextDecoder::new_with_label(label).or_else(|_| web_sys::TextDecoder::new());
    decoder
        .and_then(|decoder| decoder.decode_with_u8_array(bytes))
        .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
}
