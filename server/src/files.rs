//! Answers for the files of dist/: the path checked, the representation negotiated, 304 for a
//! matching `If-None-Match`, and the headers each kind of file gets.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use crate::assets::{Asset, Variant};
use crate::encoding::{choose, Coding};
use crate::error::Failure;

/// Any path but `/relay`: GET and HEAD of a file, 404 for anything not under the root.
pub async fn handle(State(state): State<Arc<crate::State>>, method: Method, uri: Uri, headers: HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut response = Failure::new(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD").into_response();
        response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let Some(path) = relative_path(uri.path()) else {
        return Failure::new(StatusCode::NOT_FOUND, "not found").into_response();
    };
    let Some(asset) = state.assets.find(&path) else {
        return Failure::new(StatusCode::NOT_FOUND, "not found").into_response();
    };
    answer(asset, &headers, method == Method::HEAD)
}

/// The request path as a relative file name, or None for anything that could name a file outside
/// the root or does not name one plainly: `.`/`..` segments (also percent-encoded), encoded
/// slashes and backslashes (`%2f`, `%5c`), backslashes, NUL, invalid UTF-8, empty segments.
/// Nothing is normalised: a path that needs normalising is refused.
pub fn relative_path(raw: &str) -> Option<String> {
    let raw = raw.strip_prefix('/')?;
    let lower = raw.to_ascii_lowercase();
    if lower.contains("%2f") || lower.contains("%5c") || raw.contains('\\') {
        return None;
    }
    let decoded = percent_encoding::percent_decode_str(raw).decode_utf8().ok()?;
    if decoded.contains(['\0', '\\']) {
        return None;
    }
    let segments: Vec<&str> = decoded.split('/').collect();
    let last = segments.len() - 1;
    for (index, segment) in segments.iter().enumerate() {
        // Only the last segment may be empty: `fonts/` is the directory's index.
        if *segment == "." || *segment == ".." || (segment.is_empty() && index != last) {
            return None;
        }
    }
    Some(decoded.into_owned())
}

/// The chosen representation, or 304 when the client holds it already.
fn answer(asset: &Asset, headers: &HeaderMap, head: bool) -> Response {
    let accept = headers.get(header::ACCEPT_ENCODING).and_then(|value| value.to_str().ok());
    let coding = choose(accept, asset.brotli.is_some(), asset.gzip.is_some());
    let variant: &Variant = match coding {
        Coding::Brotli => asset.brotli.as_ref().unwrap_or(&asset.identity),
        Coding::Gzip => asset.gzip.as_ref().unwrap_or(&asset.identity),
        Coding::Identity => &asset.identity,
    };
    let not_modified = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|list| etag_matches(list, &variant.etag));

    let mut response = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else if head {
        // HEAD: the headers of the GET, Content-Length included, and no body.
        let mut response = Response::new(Body::empty());
        response.headers_mut().insert(header::CONTENT_LENGTH, HeaderValue::from(variant.body.len()));
        response
    } else {
        Response::new(Body::from(variant.body.clone()))
    };
    let out = response.headers_mut();
    out.insert(header::ETAG, value(&variant.etag));
    out.insert(header::CACHE_CONTROL, HeaderValue::from_static(asset.cache_control));
    out.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if asset.brotli.is_some() || asset.gzip.is_some() {
        out.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
    if asset.cors {
        out.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    }
    if !not_modified {
        out.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
        if let Some(encoding) = coding.header().filter(|_| !std::ptr::eq(variant, &asset.identity)) {
            out.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
        }
        if let Some(csp) = &asset.csp {
            out.insert(header::CONTENT_SECURITY_POLICY, value(csp));
        }
    }
    response
}

/// `If-None-Match` by weak comparison (RFC 9110 §13.1.2): `*`, or any listed tag equal to ours
/// once a `W/` prefix is set aside.
pub fn etag_matches(list: &str, etag: &str) -> bool {
    list.split(',').map(str::trim).any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == etag)
}

/// A header value from text this server made itself (hex tags, a policy checked at startup).
fn value(text: &str) -> HeaderValue {
    HeaderValue::from_str(text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(relative_path("/").as_deref(), Some(""));
        assert_eq!(relative_path("/index.html").as_deref(), Some("index.html"));
        assert_eq!(relative_path("/fonts/a%20b.css").as_deref(), Some("fonts/a b.css"));
        assert_eq!(relative_path("/fonts/").as_deref(), Some("fonts/"));
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/x",
            "/fonts/../../x",
            "/..%2fetc",
            "/..%2Fetc",
            "/..%5cetc",
            "/..\\etc",
            "/a/./b",
            "/%2e/x",
            "//etc/passwd",
            "/a//b",
            "/x%00.html",
            "/%ff",
            "relative",
        ] {
            assert_eq!(relative_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn etags() {
        assert!(etag_matches("\"a\"", "\"a\""));
        assert!(etag_matches("W/\"a\"", "\"a\""));
        assert!(etag_matches("\"b\", \"a\"", "\"a\""));
        assert!(etag_matches("*", "\"a\""));
        assert!(!etag_matches("\"ab\"", "\"a\""));
        assert!(!etag_matches("", "\"a\""));
    }
}
