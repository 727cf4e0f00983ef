//! What a fetched document is, from its own first bytes: the kind of feed (or page), and the
//! encoding to decode it with. Servers label RSS `text/xml`, `application/xml`, `text/html` and
//! `application/octet-stream`, so the content decides and the `Content-Type` only breaks ties.

/// What a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    JsonFeed,
    /// RSS 0.9x and 2.0 (`<rss>`).
    Rss,
    /// RSS 1.0 and 0.90 (`<rdf:RDF>`).
    Rdf,
    /// Atom 1.0 and 0.3 (`<feed>`, or a lone `<entry>`).
    Atom,
    /// A web page, which may link its feeds (see `discover`).
    Html,
    /// XML of another kind (OPML, SVG, a sitemap…).
    OtherXml,
    Unknown,
}

impl DocumentKind {
    /// Whether the shell reads it with the XML parser and `xml_feed::read`.
    pub fn is_xml_feed(self) -> bool {
        matches!(self, DocumentKind::Rss | DocumentKind::Rdf | DocumentKind::Atom)
    }

    /// The format's name, for telling the reader which feed of a page was opened.
    pub fn label(self) -> &'static str {
        match self {
            DocumentKind::JsonFeed => "JSON Feed",
            DocumentKind::Rss => "RSS",
            DocumentKind::Rdf => "RSS 1.0 (RDF)",
            DocumentKind::Atom => "Atom",
            DocumentKind::Html => "web page",
            DocumentKind::OtherXml => "XML",
            DocumentKind::Unknown => "unknown",
        }
    }
}

/// How far into a document its root element is looked for: comments, a DOCTYPE and stylesheet
/// instructions come first in real feeds, and a few kilobytes hold them.
const SNIFF_BYTES: usize = 64 * 1024;

/// The kind of `text` (already decoded), whatever `content_type` says; the type decides only
/// what the text cannot (empty, or neither JSON nor markup).
pub fn kind(text: &str, content_type: Option<&str>) -> DocumentKind {
    let head = prefix(text.trim_start_matches('\u{feff}').trim_start(), SNIFF_BYTES);
    if head.starts_with('{') {
        return DocumentKind::JsonFeed;
    }
    if head.starts_with('<') {
        return markup_kind(head);
    }
    let media = content_type.unwrap_or_default().split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    match media.as_str() {
        "application/feed+json" | "application/json" => DocumentKind::JsonFeed,
        "application/rss+xml" => DocumentKind::Rss,
        "application/atom+xml" => DocumentKind::Atom,
        "application/rdf+xml" => DocumentKind::Rdf,
        "text/html" => DocumentKind::Html,
        _ => DocumentKind::Unknown,
    }
}

/// The first `limit` bytes of `text`, cut on a character boundary.
fn prefix(text: &str, limit: usize) -> &str {
    let mut end = text.len().min(limit);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The kind of markup by its first element, past declarations, comments and a DOCTYPE.
fn markup_kind(head: &str) -> DocumentKind {
    let mut rest = head;
    loop {
        rest = rest.trim_start();
        let Some(after) = rest.strip_prefix('<') else { return DocumentKind::Unknown };
        if let Some(comment) = after.strip_prefix("!--") {
            let Some(end) = comment.find("-->") else { return DocumentKind::Unknown };
            rest = &comment[end + 3..];
        } else if after.starts_with('?') {
            let Some(end) = after.find("?>") else { return DocumentKind::Unknown };
            rest = &after[end + 2..];
        } else if let Some(declaration) = after.strip_prefix('!') {
            if declaration.get(..7).is_some_and(|word| word.eq_ignore_ascii_case("doctype")) {
                let doctype = declaration.get(7..).unwrap_or_default().trim_start();
                if doctype.get(..4).is_some_and(|word| word.eq_ignore_ascii_case("html")) {
                    return DocumentKind::Html;
                }
            }
            // A DOCTYPE may hold an internal subset in brackets, with `>` inside it.
            let end = match (declaration.find('['), declaration.find('>')) {
                (Some(open), Some(close)) if open < close => {
                    declaration.find("]>").or_else(|| declaration.find(']')).map(|end| end + 1)
                }
                (_, close) => close,
            };
            let Some(end) = end else { return DocumentKind::Unknown };
            rest = declaration.get(end + 1..).unwrap_or_default();
        } else {
            let name: String = after.chars().take_while(|c| !c.is_whitespace() && !matches!(c, '>' | '/')).collect();
            let local = name.rsplit(':').next().unwrap_or_default();
            return match local.to_ascii_lowercase().as_str() {
                "rss" => DocumentKind::Rss,
                "rdf" => DocumentKind::Rdf,
                "feed" | "entry" => DocumentKind::Atom,
                "html" | "head" | "body" | "meta" | "title" | "link" | "script" | "div" | "p" => DocumentKind::Html,
                "" => DocumentKind::Unknown,
                _ => DocumentKind::OtherXml,
            };
        }
    }
}

/// Whether the address `url` names an RSS, RDF or Atom feed by the way such addresses are
/// written: a last segment `feed.xml`, `index.rss`, `atom.atom`, `news.rdf`, or `rss`, `rss2`,
/// `atom`, `feed`, `feeds` (WordPress, Blogger, news sites). Only a guess, to fetch the XML reader
/// beside the feed instead of after its first bytes; what the bytes say still decides. A JSON
/// Feed's address (`feed.json`) never reads as one.
pub fn likely_xml_address(url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let path = path.split_once("://").map_or(path, |(_, rest)| rest.split_once('/').map_or("", |(_, path)| path));
    let Some(last) = path.split('/').rfind(|segment| !segment.is_empty()) else { return false };
    let last = last.to_ascii_lowercase();
    let by_extension =
        last.rsplit_once('.').is_some_and(|(_, extension)| matches!(extension, "xml" | "rss" | "atom" | "rdf"));
    by_extension || matches!(last.as_str(), "rss" | "rss2" | "atom" | "feed" | "feeds")
}

/// The label to give `TextDecoder` for `bytes` fetched with `content_type`: the byte-order mark,
/// else the XML declaration's `encoding`, else the HTTP `charset`, else a page's `<meta charset>`,
/// else `utf-8`. Labels are lower-cased as written; `TextDecoder` knows every one the Encoding
/// Standard names, and the shell falls back to `utf-8` for one it refuses.
pub fn encoding(bytes: &[u8], content_type: Option<&str>) -> String {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => return "utf-8".to_owned(),
        [0xFE, 0xFF, ..] => return "utf-16be".to_owned(),
        [0xFF, 0xFE, ..] => return "utf-16le".to_owned(),
        [0x3C, 0x00, 0x3F, 0x00, ..] => return "utf-16le".to_owned(),
        [0x00, 0x3C, 0x00, 0x3F, ..] => return "utf-16be".to_owned(),
        _ => {}
    }
    let head = &bytes[..bytes.len().min(1024)];
    let head = String::from_utf8_lossy(head);
    let declared = xml_declaration_encoding(&head)
        .or_else(|| content_type.and_then(charset))
        .or_else(|| meta_charset(&head))
        .map(|label| label.trim().to_ascii_lowercase())
        .filter(|label| !label.is_empty() && label.len() <= 40);
    match declared {
        // Bytes read as ASCII cannot be UTF-16 whatever they declare (the Encoding Standard's rule).
        Some(label) if label.starts_with("utf-16") || label.starts_with("utf16") => "utf-8".to_owned(),
        Some(label) => label,
        None => "utf-8".to_owned(),
    }
}

/// `bytes` as text when `label` (from [`encoding`]) names UTF-8, decoded as `TextDecoder` would:
/// a leading byte-order mark dropped, a broken sequence read as U+FFFD. Decoding here spares a
/// big feed's trip through a JavaScript string and back (0.9 to 1.4 MB for the bench's 5,000
/// items). Any other encoding gives the bytes back, for `TextDecoder` to read.
pub fn utf8_text(bytes: Vec<u8>, label: &str) -> Result<String, Vec<u8>> {
    // The Encoding Standard's labels of UTF-8.
    const LABELS: [&str; 6] =
        ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"];
    if !LABELS.contains(&label) {
        return Err(bytes);
    }
    let mut bytes = bytes;
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    Ok(String::from_utf8(bytes).unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned()))
}

/// `encoding="…"` of a leading `<?xml …?>`.
fn xml_declaration_encoding(head: &str) -> Option<String> {
    let declaration = head.strip_prefix("<?xml")?;
    let declaration = &declaration[..declaration.find("?>")?];
    attribute_value(declaration, "encoding")
}

/// The `charset` parameter of a `Content-Type`.
fn charset(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|parameter| {
        let (name, value) = parameter.split_once('=')?;
        name.trim().eq_ignore_ascii_case("charset").then(|| value.trim().trim_matches(['"', '\'']).to_owned())
    })
}

/// `<meta charset="…">` or the `charset=` inside `<meta http-equiv content="…">`, in a page's head.
fn meta_charset(head: &str) -> Option<String> {
    let lower = head.to_ascii_lowercase();
    let at = lower.find("<meta")?;
    let found = lower[at..].find("charset=")? + at + "charset=".len();
    let value: String = head[found..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!value.is_empty()).then_some(value)
}

/// The value of `name="…"` or `name='…'` in a declaration's inside.
fn attribute_value(inside: &str, name: &str) -> Option<String> {
    let at = inside.find(name)?;
    let rest = inside[at + name.len()..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let value = &rest[1..];
    Some(value[..value.find(quote)?].to_owned())
}

#[cfg(test)]
mod tests;
