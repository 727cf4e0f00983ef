//! The small pieces the feed mapping reads: namespaces, text constructs, people, durations.

use super::super::html_text;
use super::super::xml::XmlTree;

pub const RDF_NS: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

/// The vocabularies the mapping reads, each possibly under several URIs seen in the wild.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ns {
    /// No namespace (RSS 0.9x and 2.0), or RSS 1.0's and 0.90's own: the same element names.
    Plain,
    Atom,
    Rdf,
    Content,
    Dc,
    DcTerms,
    Itunes,
    Media,
    Xhtml,
    /// Anything else (`googleplay:description` must not pass for `description`).
    Other,
}

impl Ns {
    pub fn of(uri: Option<&str>) -> Ns {
        let Some(uri) = uri else { return Ns::Plain };
        // The spellings nearly every feed uses, matched as they are: this runs for every element.
        match uri {
            "http://purl.org/rss/1.0/modules/content/" => return Ns::Content,
            "http://purl.org/dc/elements/1.1/" => return Ns::Dc,
            "http://www.w3.org/2005/Atom" => return Ns::Atom,
            "http://www.itunes.com/dtds/podcast-1.0.dtd" => return Ns::Itunes,
            "http://search.yahoo.com/mrss/" => return Ns::Media,
            _ => {}
        }
        let uri = uri.trim();
        if uri.is_empty() {
            return Ns::Plain;
        }
        // Publishers vary the case, the scheme and the trailing slash; the vocabulary is what
        // matters. Compared in place, without a lower-cased copy.
        let uri = uri.trim_end_matches(['/', '#']);
        let uri = strip_prefix_ignore_case(uri, "https://")
            .or_else(|| strip_prefix_ignore_case(uri, "http://"))
            .unwrap_or(uri);
        const VOCABULARIES: [(&str, Ns); 16] = [
            ("purl.org/rss/1.0/modules/content", Ns::Content),
            ("purl.org/dc/elements/1.1", Ns::Dc),
            ("www.w3.org/2005/atom", Ns::Atom),
            ("purl.org/rss/1.0", Ns::Plain),
            ("my.netscape.com/rdf/simple/0.9", Ns::Plain),
            ("backend.userland.com/rss2", Ns::Plain),
            ("blogs.law.harvard.edu/tech/rss", Ns::Plain),
            ("purl.org/net/rss1.1", Ns::Plain),
            ("purl.org/atom/ns", Ns::Atom),
            ("www.w3.org/1999/02/22-rdf-syntax-ns", Ns::Rdf),
            ("purl.org/dc/terms", Ns::DcTerms),
            ("www.itunes.com/dtds/podcast-1.0.dtd", Ns::Itunes),
            ("www.itunes.com/dtds/podcast-1.0", Ns::Itunes),
            ("search.yahoo.com/mrss", Ns::Media),
            ("tools.search.yahoo.com/mrss", Ns::Media),
            ("www.w3.org/1999/xhtml", Ns::Xhtml),
        ];
        VOCABULARIES.iter().find(|(known, _)| known.eq_ignore_ascii_case(uri)).map_or(Ns::Other, |(_, ns)| *ns)
    }
}

/// `text` without `prefix`, compared without regard to ASCII case.
fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..])
}

/// A piece of text as the feed marks it.
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    Plain(String),
    Html(String),
}

impl Text {
    /// Plain text for titles and names: markup dropped and entities decoded for HTML, whitespace
    /// collapsed for both.
    pub fn plain(&self) -> String {
        match self {
            Text::Plain(text) => collapse(text),
            Text::Html(html) if !html_text::has_markup(html) => collapse(html),
            Text::Html(html) => collapse(&html_text::plain(html)),
        }
    }

    pub fn is_blank(&self) -> bool {
        match self {
            Text::Plain(text) | Text::Html(text) => text.trim().is_empty(),
        }
    }
}

/// An Atom text construct (`title`, `summary`, `content`, `subtitle`), by its `type` (Atom 1.0)
/// or `mode` (Atom 0.3). `None` for a payload Lectern cannot show (base64, other media types).
pub fn atom_text<E: XmlTree>(element: &E) -> Option<Text> {
    let kind = element.attribute("type").map(|kind| kind.trim().to_ascii_lowercase()).unwrap_or_default();
    let mode = element.attribute("mode").map(|mode| mode.trim().to_ascii_lowercase()).unwrap_or_default();
    if mode == "base64" {
        // Atom 0.3: the content of `type` (text by default), base64-encoded.
        let decoded = String::from_utf8(base64(&element.text())?).ok()?;
        let html = matches!(kind.as_str(), "html" | "text/html" | "xhtml" | "application/xhtml+xml");
        return Some(if html { Text::Html(decoded) } else { Text::Plain(decoded) });
    }
    let xhtml = || {
        // The content is a single XHTML `div`, which is not part of it.
        let children = element.children();
        match children.as_slice() {
            [div] if div.local_name() == "div" => div.inner_markup(),
            _ => element.inner_markup(),
        }
    };
    Some(match kind.as_str() {
        "xhtml" | "application/xhtml+xml" => Text::Html(xhtml()),
        "html" | "text/html" => Text::Html(element.text()),
        _ if mode == "escaped" => Text::Html(element.text()),
        _ if mode == "xml" => Text::Html(xhtml()),
        "" | "text" | "text/plain" => Text::Plain(element.text()),
        other if other.starts_with("text/") => Text::Plain(element.text()),
        other if other.ends_with("+xml") || other.ends_with("/xml") => Text::Html(xhtml()),
        _ => return None,
    })
}

/// Standard base64 (whitespace ignored, padding optional); `None` for anything else.
fn base64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut buffer, mut bits) = (0_u32, 0);
    for byte in text.bytes().filter(|byte| !byte.is_ascii_whitespace() && *byte != b'=') {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// Runs of whitespace as one space, trimmed.
pub fn collapse(text: &str) -> String {
    // Every title, name, date and id of a feed comes through here, nearly all of them ASCII:
    // those are read a byte at a time, the rest by characters (Unicode has more spaces).
    if !text.is_ascii() {
        return text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    // The ASCII characters `char::is_whitespace` counts, vertical tab included.
    let is_space = |byte: u8| matches!(byte, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    // Most text is tidy already (single spaces between words, none at the ends): one copy.
    let mut after_space = true;
    let tidy = text.bytes().all(|byte| {
        let space = is_space(byte);
        let fine = !space || (byte == b' ' && !after_space);
        after_space = space;
        fine
    });
    if tidy && !after_space {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut word_start = None;
    // Cut at ASCII bytes only, so every word is whole text, copied at once.
    for (at, byte) in text.bytes().chain([b' ']).enumerate() {
        match (is_space(byte), word_start) {
            (true, Some(start)) => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(text.get(start..at).unwrap_or_default());
                word_start = None;
            }
            (false, None) => word_start = Some(at),
            _ => {}
        }
    }
    out
}

/// A person from an RSS `author`/`managingEditor`: `email (Name)` names Name, `Name <email>`
/// names Name, anything else is the name as written. The address is kept as a `mailto:` link.
pub fn rss_person(text: &str) -> Option<(String, Option<String>)> {
    // `Name <email>` first: reading the text as HTML would take `<email>` for a tag.
    let raw = collapse(text);
    if let Some((name, rest)) = raw.split_once('<') {
        let email = rest.trim_end_matches('>').trim();
        if email.contains('@') && !email.contains(' ') && !name.trim().is_empty() {
            return Some((collapse(&html_text::plain(name)), Some(format!("mailto:{email}"))));
        }
    }
    let text = collapse(&html_text::plain(text));
    if text.is_empty() {
        return None;
    }
    if let Some((outside, rest)) = text.split_once(" (") {
        let inside = rest.trim_end_matches(')').trim();
        let (outside, inside_is_email) = (outside.trim(), inside.contains('@') && !inside.contains(' '));
        // `email (Name)` as RSS 2.0 has it, or `Name (email)` as many write it.
        if outside.contains('@') && !inside.is_empty() && !inside_is_email {
            return Some((inside.to_owned(), Some(format!("mailto:{outside}"))));
        }
        if inside_is_email && !outside.is_empty() {
            return Some((outside.to_owned(), Some(format!("mailto:{inside}"))));
        }
    }
    let mailto = (text.contains('@') && !text.contains(' ')).then(|| format!("mailto:{text}"));
    Some((text, mailto))
}

/// `itunes:duration` and Media RSS `duration`: seconds, `MM:SS` or `H:MM:SS`, fractions dropped.
pub fn duration(text: &str) -> Option<u64> {
    let text = text.trim();
    if text.is_empty() || text.split(':').count() > 3 {
        return None;
    }
    text.split(':').try_fold(0_u64, |total, part| {
        let whole = part.trim().split('.').next().unwrap_or_default();
        let value: u64 = whole.parse().ok()?;
        total.checked_mul(60)?.checked_add(value)
    })
}

/// A MIME type for a file the feed lists without one, from its extension: a player needs it.
pub fn guess_mime(url: &str, medium: Option<&str>) -> String {
    let path = url.split(['?', '#']).next().unwrap_or_default().to_ascii_lowercase();
    let extension = path.rsplit_once('.').map(|(_, extension)| extension).unwrap_or_default();
    let guessed = match extension {
        "mp3" => "audio/mpeg",
        "m4a" | "aac" => "audio/mp4",
        "ogg" | "oga" | "opus" => "audio/ogg",
        "wav" => "audio/wav",
        "mp4" | "m4v" => "video/mp4",
        "mov" => "video/quicktime",
        "webm" => "video/webm",
        "pdf" => "application/pdf",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        _ => match medium.map(str::trim) {
            Some("audio") => "audio/mpeg",
            Some("video") => "video/mp4",
            Some("image") => "image/jpeg",
            _ => "application/octet-stream",
        },
    };
    guessed.to_owned()
}

/// A stable id for an item that names none: the same title and date give the same id on every
/// refresh, so reading progress and "what is new" hold. FNV-1a, 64 bits: tiny, and enough to
/// tell a feed's items apart.
pub fn stable_id(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("lectern:{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_reads_as_split_whitespace_does() {
        let texts = [
            "",
            "   ",
            "plain",
            "  two   words \n",
            "tab\tnew\nline\rform\x0cvertical\x0btab",
            "\u{a0}no-break\u{a0}and\u{2003}em\u{3000}ideographic ",
            "ümlaut  und\tß",
            "trailing\n\n",
            "one two three",
            "one  two",
            " one",
            "one ",
            "one\ttwo",
        ];
        for text in texts {
            assert_eq!(collapse(text), text.split_whitespace().collect::<Vec<_>>().join(" "), "{text:?}");
        }
    }

    #[test]
    fn namespaces_are_known_however_they_are_spelled() {
        assert_eq!(Ns::of(None), Ns::Plain);
        assert_eq!(Ns::of(Some(" ")), Ns::Plain);
        assert_eq!(Ns::of(Some("http://purl.org/rss/1.0/modules/content/")), Ns::Content);
        assert_eq!(Ns::of(Some("HTTPS://purl.org/RSS/1.0/modules/content")), Ns::Content);
        assert_eq!(Ns::of(Some("http://www.w3.org/2005/Atom")), Ns::Atom);
        assert_eq!(Ns::of(Some(" http://www.w3.org/2005/atom/ ")), Ns::Atom);
        assert_eq!(Ns::of(Some("http://purl.org/rss/1.0/")), Ns::Plain);
        assert_eq!(Ns::of(Some("http://www.w3.org/1999/02/22-rdf-syntax-ns#")), Ns::Rdf);
        assert_eq!(Ns::of(Some("http://www.google.com/schemas/play-podcasts/1.0")), Ns::Other);
        assert_eq!(Ns::of(Some("http://")), Ns::Other);
    }
}
