//! A feed's identity in the library: its URL, normalised so that spellings of one address are one feed.

use super::MAX_URL_CHARS;
use crate::core::url;

/// A feed's identity: its absolute http(s) URL with the scheme and host lower-cased, the default
/// port (80, 443) dropped, an empty path made `/`, dot segments removed and the fragment dropped;
/// the path and query are kept as written (servers may treat their case as meaningful). So
/// `http://x/feed.json` and `HTTP://X:80/feed.json#a` are one feed. `None` for anything else:
/// relative references, other schemes, addresses with credentials (which `fetch` refuses), bad
/// ports, no host, or more than [`MAX_URL_CHARS`] characters.
pub fn normalize(url: &str) -> Option<String> {
    if url.len() > MAX_URL_CHARS * 4 {
        return None;
    }
    // Resolving against nothing accepts absolute URLs only; it also strips what browsers strip,
    // removes dot segments and lower-cases the scheme.
    let resolved = url::resolve("", url)?;
    let without_fragment = resolved.split('#').next().unwrap_or_default();
    let (scheme, rest) = without_fragment.split_once("://")?;
    let default_port = match scheme {
        "http" => 80,
        "https" => 443,
        _ => return None,
    };
    let (authority, path_and_query) = rest.split_at_checked(rest.find(['/', '?']).unwrap_or(rest.len()))?;
    if authority.contains('@') {
        return None;
    }
    // A port follows the last colon, unless that colon is inside an IPv6 literal `[…]`.
    let (host, port) = match authority.rfind(':') {
        Some(colon) if !authority.get(colon..).is_some_and(|tail| tail.contains(']')) => {
            (authority.get(..colon)?, authority.get(colon + 1..))
        }
        _ => (authority, None),
    };
    // What is left of the host must be a name or a bracketed literal: no stray colon.
    if host.is_empty() || (!host.starts_with('[') && host.contains(':')) {
        return None;
    }
    let mut out = format!("{scheme}://{}", host.to_ascii_lowercase());
    match port {
        None | Some("") => {}
        Some(digits) if digits.bytes().all(|b| b.is_ascii_digit()) => {
            let port: u16 = digits.parse().ok()?;
            if port != default_port {
                out.push_str(&format!(":{port}"));
            }
        }
        Some(_) => return None,
    }
    if !path_and_query.starts_with('/') {
        out.push('/');
    }
    out.push_str(path_and_query);
    (out.chars().count() <= MAX_URL_CHARS).then_some(out)
}

/// File endings that make a first segment like `feed.json` a file beside the page, not a host.
const FILE_ENDINGS: [&str; 11] = ["json", "xml", "html", "htm", "rss", "atom", "php", "txt", "asp", "aspx", "cgi"];

/// What the reader typed into "Open a feed", as an address to resolve against the page: `None`
/// when blank. People paste addresses without their scheme (`example.com/feed.json`, as browsers
/// show them), which would otherwise resolve as a file beside Lectern; so a first segment that
/// looks like a host name (a dot, then letters that are not a file ending) or a `host:port` gets
/// `https://`. Anything with a scheme is left for the caller to accept or refuse, and everything
/// else (`feed.json`, `/feeds/a.json`, `../x`) stays relative to the page.
pub fn typed(input: &str) -> Option<String> {
    let input = input.trim();
    if input.is_empty() {
        return None;
    }
    let first = input.split(['/', '?', '#']).next().unwrap_or_default();
    let (host, port) = first.split_once(':').unwrap_or((first, ""));
    let is_port = !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit());
    let has_scheme = first.contains(':') && !is_port;
    if has_scheme || input.starts_with(['/', '.', '?', '#']) {
        return Some(input.to_owned());
    }
    let ending = host.rsplit_once('.').map(|(_, ending)| ending.to_ascii_lowercase());
    let looks_like_host = match ending {
        Some(ending) => {
            ending.len() >= 2
                && ending.bytes().all(|b| b.is_ascii_alphabetic())
                && !FILE_ENDINGS.contains(&ending.as_str())
        }
        None => false,
    };
    if looks_like_host || (is_port && !host.is_empty()) {
        return Some(format!("https://{input}"));
    }
    Some(input.to_owned())
}

#[cfg(test)]
mod tests {
    use super::typed;

    #[track_caller]
    fn check(input: &str, expected: Option<&str>) {
        assert_eq!(typed(input).as_deref(), expected);
    }

    #[test]
    fn blank_is_nothing() {
        check("  \n", None);
    }
    #[test]
    fn full_address_is_kept() {
        check(" https://x.org/feed.json ", Some("https://x.org/feed.json"));
    }
    #[test]
    fn other_schemes_are_left_for_the_caller() {
        check("javascript:alert(1)", Some("javascript:alert(1)"));
    }
    #[test]
    fn host_without_scheme_gets_https() {
        check("example.com/feed.json", Some("https://example.com/feed.json"));
    }
    #[test]
    fn bare_host_gets_https() {
        check("www.example.org", Some("https://www.example.org"));
    }
    #[test]
    fn host_and_port_get_https() {
        check("example.com:8443/f", Some("https://example.com:8443/f"));
    }
    #[test]
    fn file_beside_the_page_stays_relative() {
        check("feed.json", Some("feed.json"));
    }
    #[test]
    fn file_in_a_folder_stays_relative() {
        check("feeds/a.json", Some("feeds/a.json"));
    }
    #[test]
    fn rooted_path_stays_relative() {
        check("/feeds/a.json", Some("/feeds/a.json"));
    }
    #[test]
    fn dotted_path_stays_relative() {
        check("../a.json", Some("../a.json"));
    }
    #[test]
    fn numeric_ending_is_not_a_host_name() {
        check("v1.2/feed", Some("v1.2/feed"));
    }
    #[test]
    fn protocol_relative_stays_as_written() {
        check("//cdn.example/f.json", Some("//cdn.example/f.json"));
    }
}
