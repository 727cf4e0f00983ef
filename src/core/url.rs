//! URLs from feeds: RFC 3986 reference resolution against the feed's URL, and the schemes Lectern lets through.

/// Resolves `reference` against the absolute URL `base` (RFC 3986 §5.2, with dot-segment removal). None when `base` is not absolute (has no scheme) and `reference` is not absolute either.
pub fn resolve(base: &str, reference: &str) -> Option<String> {
    let base = clean(base);
    let reference = clean(reference);
    let base = Parts::split(&base);
    let reference = Parts::split(&reference);

    // RFC 3986 §5.2.2, in its strict form: a reference that names a scheme is
    // taken as absolute even when the scheme equals the base's.
    let target = if let Some(scheme) = reference.scheme {
        Target {
            scheme,
            authority: reference.authority,
            path: remove_dot_segments(reference.path),
            query: reference.query,
        }
    } else {
        let scheme = base.scheme?;
        if reference.authority.is_some() {
            Target {
                scheme,
                authority: reference.authority,
                path: remove_dot_segments(reference.path),
                query: reference.query,
            }
        } else if reference.path.is_empty() {
            Target {
                scheme,
                authority: base.authority,
                path: base.path.to_owned(),
                query: reference.query.or(base.query),
            }
        } else if reference.path.starts_with('/') {
            Target {
                scheme,
                authority: base.authority,
                path: remove_dot_segments(reference.path),
                query: reference.query,
            }
        } else {
            Target {
                scheme,
                authority: base.authority,
                path: remove_dot_segments(&merge(&base, reference.path)),
                query: reference.query,
            }
        }
    };
    Some(target.compose(reference.fragment))
}

/// The host (and port, if any) of an absolute URL, as a reader would name the site:
/// `https://user@Example.com:8080/a?b` gives `Example.com:8080`. `None` without a scheme and host.
pub fn host(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme.is_empty() || !scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    (!host.is_empty()).then_some(host)
}

/// A link target safe to put in `<a href>`: the resolved URL when its scheme is http, https or mailto; None for anything else (javascript:, data:, vbscript:, file:, unknown).
pub fn safe_link(base: &str, href: &str) -> Option<String> {
    let url = resolve(base, href)?;
    // The scheme is checked on the resolved URL, so a relative href cannot
    // smuggle in a dangerous scheme through the base either.
    let allowed = matches!(Parts::split(&url).scheme, Some("http" | "https" | "mailto"));
    allowed.then_some(url)
}

/// An image source safe for `<img src>`: resolved http or https, or a `data:image/{png,jpeg,gif,webp,avif}` URL; None otherwise (data:image/svg+xml included).
pub fn safe_image(base: &str, src: &str) -> Option<String> {
    let cleaned = clean(src);
    let parts = Parts::split(&cleaned);
    if parts.scheme.is_some_and(|scheme| scheme.eq_ignore_ascii_case("data")) {
        // Data URLs are returned as written: dot-segment removal would only
        // risk altering the payload, and there is nothing to resolve.
        let body = cleaned.get("data:".len()..)?;
        return raster_data_image(body).then(|| format!("data:{body}"));
    }
    let url = resolve(base, src)?;
    let allowed = matches!(Parts::split(&url).scheme, Some("http" | "https"));
    allowed.then_some(url)
}

/// Bitmap formats only: SVG can carry script and external references, so it stays out.
const IMAGE_TYPES: [&str; 5] = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"];

/// Whether a data URL body (after "data:") declares an allowed image type and has a payload.
fn raster_data_image(body: &str) -> bool {
    let Some((header, _payload)) = body.split_once(',') else {
        return false;
    };
    let media_type = header.split(';').next().unwrap_or(header);
    IMAGE_TYPES.iter().any(|allowed| media_type.eq_ignore_ascii_case(allowed))
}

/// Browsers strip leading and trailing C0 controls and spaces and drop every
/// tab and newline before parsing; doing the same here means the scheme we
/// check is the scheme the browser would see.
fn clean(text: &str) -> String {
    let trimmed = text.trim_matches(|ch: char| ch <= ' ');
    let mut out = String::with_capacity(trimmed.len());
    for ch in trimmed.chars() {
        match ch {
            '\t' | '\n' | '\r' => {}
            ' ' => out.push_str("%20"),
            other => out.push(other),
        }
    }
    out
}

/// The five components of RFC 3986 Appendix B; `None` means undefined, which
/// differs from empty (`"?"` has an empty query).
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

impl<'a> Parts<'a> {
    fn split(text: &'a str) -> Self {
        // A colon after something that is not a valid scheme name (like
        // "1a:b" or "a/b:c") belongs to a relative path, as in browsers.
        let (scheme, rest) = match text.split_once(':') {
            Some((scheme, rest)) if is_scheme(scheme) => (Some(scheme), rest),
            _ => (None, text),
        };
        let (rest, fragment) = match rest.split_once('#') {
            Some((rest, fragment)) => (rest, Some(fragment)),
            None => (rest, None),
        };
        let (authority, rest) = match rest.strip_prefix("//") {
            Some(after) => {
                let end = after.find(['/', '?']).unwrap_or(after.len());
                match after.split_at_checked(end) {
                    Some((authority, rest)) => (Some(authority), rest),
                    None => (Some(after), ""),
                }
            }
            None => (None, rest),
        };
        let (path, query) = match rest.split_once('?') {
            Some((path, query)) => (path, Some(query)),
            None => (rest, None),
        };
        Parts { scheme, authority, path, query, fragment }
    }
}

/// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`
fn is_scheme(text: &str) -> bool {
    let mut bytes = text.bytes();
    bytes.next().is_some_and(|first| first.is_ascii_alphabetic())
        && bytes.all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'-' | b'.'))
}

/// A resolved URL before recomposition; its fragment always comes from the reference.
struct Target<'a> {
    scheme: &'a str,
    authority: Option<&'a str>,
    path: String,
    query: Option<&'a str>,
}

impl Target<'_> {
    /// RFC 3986 §5.3, with the scheme lower-cased as its canonical form.
    fn compose(self, fragment: Option<&str>) -> String {
        let mut out = self.scheme.to_ascii_lowercase();
        out.push(':');
        if let Some(authority) = self.authority {
            out.push_str("//");
            out.push_str(authority);
        }
        out.push_str(&self.path);
        if let Some(query) = self.query {
            out.push('?');
            out.push_str(query);
        }
        if let Some(fragment) = fragment {
            out.push('#');
            out.push_str(fragment);
        }
        out
    }
}

/// RFC 3986 §5.2.3.
fn merge(base: &Parts, reference_path: &str) -> String {
    if base.authority.is_some() && base.path.is_empty() {
        return format!("/{reference_path}");
    }
    let directory = base.path.rfind('/').and_then(|slash| base.path.get(..=slash)).unwrap_or("");
    format!("{directory}{reference_path}")
}

/// RFC 3986 §5.2.4, step by step on an input buffer and an output buffer.
fn remove_dot_segments(path: &str) -> String {
    let mut input = path;
    let mut output = String::with_capacity(path.len());
    while !input.is_empty() {
        // A: drop a leading "../" or "./".
        if let Some(rest) = input.strip_prefix("../").or_else(|| input.strip_prefix("./")) {
            input = rest;
        // B: "/./" or a final "/." becomes "/".
        } else if input.starts_with("/./") {
            input = input.get(2..).unwrap_or("/");
        } else if input == "/." {
            input = "/";
        // C: "/../" or a final "/.." becomes "/" and drops the last output segment.
        } else if input.starts_with("/../") {
            input = input.get(3..).unwrap_or("/");
            pop_segment(&mut output);
        } else if input == "/.." {
            input = "/";
            pop_segment(&mut output);
        // D: a lone "." or "..".
        } else if input == "." || input == ".." {
            input = "";
        // E: move the first segment, with its leading "/" if any, to the output.
        } else {
            let start = usize::from(input.starts_with('/'));
            let end = input.get(start..).and_then(|after| after.find('/')).map_or(input.len(), |slash| slash + start);
            let (segment, rest) = input.split_at_checked(end).unwrap_or((input, ""));
            output.push_str(segment);
            input = rest;
        }
    }
    output
}

/// Removes the last segment of `output` and the "/" before it, if any.
fn pop_segment(output: &mut String) {
    let keep = output.rfind('/').unwrap_or(0);
    output.truncate(keep);
}

#[cfg(test)]
mod tests;
