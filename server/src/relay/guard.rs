//! Who may use the relay: pages of this server's own origin, and clients that are not pages at
//! all (no `Origin`, no `Sec-Fetch-Site`). A page of any other site (even a sibling subdomain,
//! `same-site`) is refused, or every page on the web could fetch through this server.

use axum::http::{header, HeaderMap};

/// Why a request comes from another site's page, or None when it may use the relay.
pub fn foreign(headers: &HeaderMap) -> Option<&'static str> {
    let text = |name| headers.get(name).map(|value: &axum::http::HeaderValue| value.to_str().unwrap_or("\u{0}"));
    match text("sec-fetch-site") {
        None | Some("same-origin") | Some("none") => {}
        Some(_) => return Some("the request comes from another site's page (Sec-Fetch-Site)"),
    }
    if let Some(origin) = text(header::ORIGIN.as_str()) {
        // The server's own origin is the one the browser addressed: the Host header (a reverse
        // proxy must pass it on). The scheme is left aside: behind a TLS proxy the page is https.
        let host = text(header::HOST.as_str()).unwrap_or("");
        let authority = origin.split_once("://").map(|(_, rest)| rest);
        let same = authority.is_some_and(|authority| !host.is_empty() && authority.eq_ignore_ascii_case(host));
        if !same {
            return Some("the request comes from another site's page (Origin)");
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn own_pages_and_plain_clients_pass() {
        assert_eq!(foreign(&headers(&[])), None);
        assert_eq!(foreign(&headers(&[("host", "127.0.0.1:8080")])), None);
        assert_eq!(foreign(&headers(&[("host", "127.0.0.1:8080"), ("origin", "http://127.0.0.1:8080")])), None);
        assert_eq!(foreign(&headers(&[("host", "Reader.Example"), ("origin", "https://reader.example")])), None);
        assert_eq!(foreign(&headers(&[("host", "a"), ("sec-fetch-site", "same-origin")])), None);
        assert_eq!(foreign(&headers(&[("sec-fetch-site", "none")])), None);
    }

    #[test]
    fn other_sites_are_refused() {
        assert!(foreign(&headers(&[("host", "127.0.0.1:8080"), ("origin", "http://evil.example")])).is_some());
        assert!(foreign(&headers(&[("host", "127.0.0.1:8080"), ("origin", "http://127.0.0.1:8081")])).is_some());
        assert!(foreign(&headers(&[("host", "127.0.0.1:8080"), ("origin", "null")])).is_some());
        assert!(foreign(&headers(&[("origin", "http://127.0.0.1:8080")])).is_some());
        assert!(foreign(&headers(&[("sec-fetch-site", "cross-site")])).is_some());
        assert!(foreign(&headers(&[("sec-fetch-site", "same-site")])).is_some());
        assert!(foreign(&headers(&[("host", "a.example"), ("origin", "http://a.example.evil")])).is_some());
    }
}
