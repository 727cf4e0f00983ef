//! The reader's place in the app as a query string: `?feed=URL&article=ID` (or `?view=library`)
//! ⇄ `Route`.

/// Which feed is open and, when one is, which article. `None` feed means the bundled demo.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    pub feed: Option<String>,
    pub article: Option<String>,
    /// The reader's library on its own (`?view=library`): the screen that lists their feeds.
    pub library: bool,
}

/// The `view` value of the library's screen.
const LIBRARY_VIEW: &str = "library";

impl Route {
    /// Reads a `location.search` string ("?feed=…&article=…", leading '?' optional).
    /// Unknown parameters are ignored; the first of a repeated one wins.
    pub fn from_query(query: &str) -> Route {
        let mut route = Route::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            let slot = match decode(key).as_str() {
                "feed" => &mut route.feed,
                "article" => &mut route.article,
                // Other views may come; a value this build does not know shows home, not an error.
                "view" => {
                    route.library |= value == LIBRARY_VIEW;
                    continue;
                }
                _ => continue,
            };
            if slot.is_none() && !value.is_empty() {
                *slot = Some(value);
            }
        }
        route
    }

    /// The query string for this route ("" for home, else "?…").
    pub fn to_query(&self) -> String {
        let view = self.library.then(|| LIBRARY_VIEW.to_owned());
        let pairs: Vec<String> = [("feed", &self.feed), ("article", &self.article), ("view", &view)]
            .into_iter()
            .filter_map(|(key, value)| value.as_ref().map(|v| format!("{key}={}", encode(v))))
            .collect();
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    /// The feed at `url`, showing its list.
    pub fn feed(url: &str) -> Route {
        Route { feed: Some(url.to_owned()), ..Route::default() }
    }

    /// The reader's library on its own screen.
    pub fn library() -> Route {
        Route { library: true, ..Route::default() }
    }

    /// Home: no feed, no article, no view (the library beside the demo feed's list).
    pub fn is_home(&self) -> bool {
        *self == Route::default()
    }

    /// The same feed, showing the article `id`.
    pub fn with_article(&self, id: &str) -> Route {
        Route { feed: self.feed.clone(), article: Some(id.to_owned()), library: false }
    }

    /// The same feed, showing its list.
    pub fn list(&self) -> Route {
        Route { feed: self.feed.clone(), article: None, library: false }
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters and the URL punctuation
/// that reads well in an address bar and is harmless inside a query value.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' | b':' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` as space; malformed escapes stay as written, and
/// invalid UTF-8 becomes U+FFFD rather than an error.
fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        let escaped = (byte == b'%')
            .then(|| bytes.get(index + 1..index + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (byte, escaped) {
            (_, Some(decoded)) => {
                out.push(decoded);
                index += 3;
            }
            (b'+', None) => {
                out.push(b' ');
                index += 1;
            }
            (other, None) => {
                out.push(other);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(feed: Option<&str>, article: Option<&str>) -> Route {
        Route { feed: feed.map(str::to_owned), article: article.map(str::to_owned), library: false }
    }

    #[track_caller]
    fn check(query: &str, expected: Route) {
        assert_eq!(Route::from_query(query), expected);
    }

    #[test]
    fn empty_query_is_the_demo_list() {
        check("", route(None, None));
    }
    #[test]
    fn question_mark_alone_is_the_demo_list() {
        check("?", route(None, None));
    }
    #[test]
    fn article_alone() {
        check("?article=abc", route(None, Some("abc")));
    }
    #[test]
    fn feed_and_article() {
        check("?feed=https%3A%2F%2Fx.org%2Ff.json&article=7", route(Some("https://x.org/f.json"), Some("7")));
    }
    #[test]
    fn unencoded_feed_url_is_read_as_is() {
        check("?feed=https://x.org/f.json", route(Some("https://x.org/f.json"), None));
    }
    #[test]
    fn plus_is_a_space() {
        check("?article=a+b", route(None, Some("a b")));
    }
    #[test]
    fn unknown_parameters_are_ignored() {
        check("?utm_source=x&article=1", route(None, Some("1")));
    }
    #[test]
    fn first_repeat_wins() {
        check("?article=1&article=2", route(None, Some("1")));
    }
    #[test]
    fn empty_values_are_absent() {
        check("?feed=&article=", route(None, None));
    }
    #[test]
    fn malformed_escapes_stay_literal() {
        check("?article=%zz%4", route(None, Some("%zz%4")));
    }
    #[test]
    fn invalid_utf8_does_not_fail() {
        check("?article=%FF", route(None, Some("\u{fffd}")));
    }
    #[test]
    fn multibyte_escapes_decode() {
        check("?article=%C3%A9t%C3%A9", route(None, Some("été")));
    }

    #[test]
    fn round_trips_awkward_ids() {
        for id in ["a&b=c", "50% off", "été", "https://x.org/?p=1#f", "+ plus"] {
            let original = route(Some("feeds/a b.json"), Some(id));
            assert_eq!(Route::from_query(&original.to_query()), original, "{id}");
        }
    }

    #[test]
    fn demo_list_has_no_query() {
        assert_eq!(route(None, None).to_query(), "");
    }
    #[test]
    fn library_view() {
        check("?view=library", Route::library());
    }
    #[test]
    fn library_view_beside_other_parameters() {
        check("?utm_source=x&view=library", Route::library());
    }
    #[test]
    fn unknown_view_is_home() {
        check("?view=settings", route(None, None));
    }
    #[test]
    fn empty_view_is_home() {
        check("?view=", route(None, None));
    }
    #[test]
    fn library_view_writes_its_query() {
        assert_eq!(Route::library().to_query(), "?view=library");
    }
    #[test]
    fn library_view_round_trips() {
        assert_eq!(Route::from_query(&Route::library().to_query()), Route::library());
    }
    #[test]
    fn only_the_bare_route_is_home() {
        assert!(route(None, None).is_home());
        assert!(!Route::library().is_home());
        assert!(!route(Some("f.json"), None).is_home());
        assert!(!route(None, Some("a")).is_home());
    }
    #[test]
    fn leaving_the_library_for_a_feed_or_article_drops_the_view() {
        let library = Route { feed: Some("f.json".to_owned()), ..Route::library() };
        assert_eq!(library.list(), route(Some("f.json"), None));
        assert_eq!(library.with_article("a"), route(Some("f.json"), Some("a")));
    }
    #[test]
    fn a_feed_route_lists_it() {
        assert_eq!(Route::feed("https://x.org/f.json").to_query(), "?feed=https://x.org/f.json");
    }

    #[test]
    fn urls_stay_readable() {
        assert_eq!(route(Some("https://x.org/f.json"), None).to_query(), "?feed=https://x.org/f.json");
    }
}
