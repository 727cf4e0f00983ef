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
