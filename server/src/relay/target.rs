//! The `url` parameter read into a URL the relay may try: present, not too long, http or https,
//! with a host and no credentials. Host spellings are the WHATWG parser's job (the one browsers
//! use): `http://2130706433/`, `http://0x7f.1/`, `http://0177.0.0.1./` all come out as 127.0.0.1,
//! which the address rules then refuse.

use axum::http::StatusCode;
use url::Url;

use crate::error::Failure;

/// The `url` value of a query string (`None` when absent), or 414 when the raw query is so long
/// that the value cannot be short enough.
pub fn url_param(query: Option<&str>, max: usize) -> Result<Option<String>, Failure> {
    let Some(query) = query else { return Ok(None) };
    // Percent-encoding triples a byte at most: a longer query cannot hold a short enough URL... unless
    // other parameters fill it, which the relay does not take anyway.
    if query.len() > max * 3 + 64 {
        return Err(too_long(max));
    }
    Ok(url::form_urlencoded::parse(query.as_bytes()).find(|(key, _)| key == "url").map(|(_, value)| value.into_owned()))
}

/// Checks and parses the URL to relay.
pub fn parse(value: Option<&str>, max: usize) -> Result<Url, Failure> {
    let bad = |message: &str| Failure::new(StatusCode::BAD_REQUEST, message);
    let value =
        value.map(str::trim).filter(|value| !value.is_empty()).ok_or_else(|| bad("the url parameter is missing"))?;
    if value.len() > max {
        return Err(too_long(max));
    }
    let mut url = Url::parse(value).map_err(|error| bad(&format!("the url is malformed ({error})")))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(bad("the relay fetches only http and https URLs"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("the relay does not pass credentials; the url holds a user name or password"));
    }
    if url.host().is_none() {
        return Err(bad("the url has no host"));
    }
    if url.port() == Some(0) {
        return Err(bad("the url names port 0"));
    }
    // The fragment is the reader's, never sent to a server.
    url.set_fragment(None);
    Ok(url)
}

fn too_long(max: usize) -> Failure {
    Failure::new(StatusCode::URI_TOO_LONG, format!("the url is longer than {max} bytes"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use url::Host;

    #[test]
    fn answers() {
        let status = |value: Option<&str>| parse(value, 2048).err().map(|failure| failure.status.as_u16());
        assert_eq!(status(None), Some(400));
        assert_eq!(status(Some("")), Some(400));
        assert_eq!(status(Some("not a url")), Some(400));
        assert_eq!(status(Some("/feed.json")), Some(400));
        assert_eq!(status(Some("ftp://example.com/feed")), Some(400));
        assert_eq!(status(Some("file:///etc/passwd")), Some(400));
        assert_eq!(status(Some("javascript:alert(1)")), Some(400));
        assert_eq!(status(Some("data:text/plain,hi")), Some(400));
        assert_eq!(status(Some("http://user:pw@example.com/")), Some(400));
        assert_eq!(status(Some("http://example.com:0/")), Some(400));
        assert_eq!(status(Some("http://[::1/")), Some(400));
        assert_eq!(status(Some(&format!("https://example.com/{}", "a".repeat(2100)))), Some(414));
        assert_eq!(status(Some("https://example.com/feed.json#x")), None);
        assert_eq!(parse(Some("HTTPS://Example.COM/f#x"), 2048).unwrap().as_str(), "https://example.com/f");
    }

    #[test]
    fn long_queries_are_414() {
        let query = format!("url={}", "a".repeat(10_000));
        assert_eq!(url_param(Some(&query), 2048).unwrap_err().status.as_u16(), 414);
        assert_eq!(url_param(Some("url=http%3A%2F%2Fa.b%2F&x=1"), 2048).unwrap().as_deref(), Some("http://a.b/"));
        assert_eq!(url_param(Some("x=1"), 2048).unwrap(), None);
        assert_eq!(url_param(None, 2048).unwrap(), None);
    }

    /// Every spelling of 127.0.0.1 a browser accepts is read as 127.0.0.1 (and then refused).
    #[test]
    fn ipv4_spellings() {
        for spelling in [
            "http://127.0.0.1/",
            "http://2130706433/",
            "http://0x7f000001/",
            "http://0x7F.0x0.0x0.0x1/",
            "http://127.1/",
            "http://127.0.1/",
            "http://0177.0.0.1/",
            "http://017700000001/",
            "http://127.0.0.1./",
            "http://2130706433./",
            "http://%31%32%37.0.0.1/",
            "http://１２７.０.０.１/",
        ] {
            let url = parse(Some(spelling), 2048).unwrap();
            assert_eq!(url.host(), Some(Host::Ipv4("127.0.0.1".parse().unwrap())), "{spelling}");
        }
        for (spelling, ip) in [
            ("http://[::1]/", "::1"),
            ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1"),
            ("http://[0:0:0:0:0:ffff:7f00:1]/", "::ffff:127.0.0.1"),
            ("http://[64:ff9b::127.0.0.1]/", "64:ff9b::7f00:1"),
        ] {
            let url = parse(Some(spelling), 2048).unwrap();
            assert_eq!(url.host(), Some(Host::Ipv6(ip.parse().unwrap())), "{spelling}");
        }
    }
}
