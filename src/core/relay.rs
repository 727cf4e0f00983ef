//! Lectern's own server relays feeds whose servers forbid other sites to read them
//! (`GET <app base>relay?url=…`, server/): the relay's address for a feed, and what its answers mean.

/// How long the relay gives a feed's server in all (its 504 after that).
pub const RELAY_BOUND_SECONDS: u64 = 20;

/// The header a relay's 200 answer carries: the address it read the feed from in the end. A host
/// that answers every unknown path with index.html sends no such header, so it is the mark of a
/// real relay, and the feed's relative links resolve against it.
pub const FINAL_URL_HEADER: &str = "x-lectern-final-url";

/// The relay's address for `feed_url` on the server whose app page is `app_page` (the page's
/// address: the relay sits beside the app's files, so a server behind a path prefix still works).
pub fn relay_url(app_page: &str, feed_url: &str) -> String {
    let page = app_page.split(['?', '#']).next().unwrap_or_default();
    let base = page.rfind('/').map_or(page, |slash| &page[..=slash]);
    format!("{base}relay?url={}", encode(feed_url))
}

/// What a relay's error status means for the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No relay here (404, 405, or whatever a host without one answers), or it would not read
    /// this URL (400, 414, and 403: a private address, another site's page): the direct read's
    /// own explanation stands.
    NotRelayed,
    /// Over the relay's 20 MB bound (413).
    TooLarge,
    /// No complete answer from the feed's server within the relay's bound (504).
    TimedOut,
    /// The relay asked for patience (429), or the feed's server failed or could not be reached
    /// (502): worth a retry.
    Status(u16),
}

/// Reads a relay's non-2xx status.
pub fn refusal(status: u16) -> Refusal {
    match status {
        413 => Refusal::TooLarge,
        504 => Refusal::TimedOut,
        429 | 502 => Refusal::Status(status),
        _ => Refusal::NotRelayed,
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters: the feed URL's own `&`, `#`
/// and `=` must reach the relay as part of its one parameter.
fn encode(value: &str) -> String {
    let mut encoded = String::with_capacity(value.len() * 3 / 2);
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push('%');
            encoded.push(hex(byte >> 4));
            encoded.push(hex(byte & 0x0f));
        }
    }
    encoded
}

fn hex(nibble: u8) -> char {
    char::from(if nibble < 10 { b'0' + nibble } else { b'A' + nibble - 10 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relay_sits_beside_the_app_page() {
        assert_eq!(
            relay_url("https://example.org/?feed=x#top", "https://feeds.example/a.json"),
            "https://example.org/relay?url=https%3A%2F%2Ffeeds.example%2Fa.json"
        );
        assert_eq!(
            relay_url("https://example.org/lectern/index.html", "http://a.example/f"),
            "https://example.org/lectern/relay?url=http%3A%2F%2Fa.example%2Ff"
        );
    }

    #[test]
    fn feed_query_and_fragment_stay_inside_the_parameter() {
        assert_eq!(
            relay_url("http://127.0.0.1:8080/", "http://h/f?a=1&b=é#x"),
            "http://127.0.0.1:8080/relay?url=http%3A%2F%2Fh%2Ff%3Fa%3D1%26b%3D%C3%A9%23x"
        );
    }

    #[test]
    fn statuses_map_to_what_the_reader_is_told() {
        for status in [400, 403, 404, 405, 414, 500] {
            assert_eq!(refusal(status), Refusal::NotRelayed);
        }
        assert_eq!(refusal(413), Refusal::TooLarge);
        assert_eq!(refusal(504), Refusal::TimedOut);
        for status in [429, 502] {
            assert_eq!(refusal(status), Refusal::Status(status));
        }
    }
}
