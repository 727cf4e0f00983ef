//! A parsed XML element as feed reading needs it: names with their namespace, attributes, text,
//! inner markup. The browser's DOMParser implements it in the shell, roxmltree in tests.
//!
//! Core never parses XML itself: the browser's parser already bounds entity expansion and never
//! fetches external entities, and it adds nothing to the Wasm.

use super::html_text;

/// The namespace of `xml:base` and `xml:lang`.
pub const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// An element of a parsed XML document.
///
/// In the browser: `localName`, `namespaceURI`, `getAttribute`, `getAttributeNS`, `children`,
/// `textContent`, and `XMLSerializer` over the child nodes for [`XmlTree::inner_markup`].
pub trait XmlTree: Sized + Clone {
    /// The local name, without prefix (`encoded` for `content:encoded`), as written.
    fn local_name(&self) -> String;
    /// The namespace URI, `None` for none (RSS 2.0's own elements).
    fn namespace(&self) -> Option<String>;
    /// The attribute with this exact name and no namespace (`href`, `isPermaLink`).
    fn attribute(&self, name: &str) -> Option<String>;
    /// The attribute `local` in `namespace` (`xml:base` is `(XML_NS, "base")`).
    fn attribute_ns(&self, namespace: &str, local: &str) -> Option<String>;
    /// The child elements, in document order.
    fn children(&self) -> Vec<Self>;
    /// All the text below the element, CDATA included, markup not (the DOM's `textContent`).
    fn text(&self) -> String;
    /// The element's children serialised as markup (for Atom `type="xhtml"`): what an HTML parser
    /// then reads as the body.
    fn inner_markup(&self) -> String;
}

/// The text to give the XML parser: without a byte-order mark or the blank lines some servers put
/// before the XML declaration, which XML parsers (the browser's too) refuse there.
pub fn source(text: &str) -> &str {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with("<?xml") {
        trimmed
    } else {
        text
    }
}

/// `text` with the HTML entities XML does not define (`&nbsp;`, `&mdash;`…) written as character
/// references, for a second parse when the first failed on them; `None` when there are none.
/// Feeds pasted from HTML carry them, and XML parsers refuse the whole document for one.
pub fn repair_entities(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut repaired = false;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let name_len = after.find(';').filter(|end| *end <= 10).unwrap_or(0);
        let name = &after[..name_len];
        let character = (name_len > 0 && name.chars().all(|c| c.is_ascii_alphanumeric()))
            .then(|| html_text::named_entity(name))
            .flatten()
            .filter(|_| !matches!(name, "amp" | "lt" | "gt" | "quot" | "apos"));
        match character {
            Some(character) => {
                out.push_str(&format!("&#{};", u32::from(character)));
                rest = &after[name_len + 1..];
                repaired = true;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    repaired.then_some(out)
}

/// Where a browser's XML parser says the document broke, from the text of its `parsererror`
/// element: Chromium and WebKit write "error on line 3 at column 7", Firefox "Line Number 3,
/// Column 7". `(None, None)` when it says neither.
pub fn parser_error_position(message: &str) -> (Option<usize>, Option<usize>) {
    let lower = message.to_ascii_lowercase();
    let number_after = |marker: &str| {
        let at = lower.find(marker)? + marker.len();
        let digits: String = lower[at..].trim_start().chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    };
    let line = number_after("on line").or_else(|| number_after("line number"));
    let column = number_after("at column").or_else(|| number_after("column"));
    (line, column.filter(|_| line.is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declaration_comes_first_and_html_entities_are_repaired() {
        assert_eq!(source("\u{feff}\n  <?xml version=\"1.0\"?><rss/>"), "<?xml version=\"1.0\"?><rss/>");
        assert_eq!(source(" <rss/>"), " <rss/>");
        assert_eq!(
            repair_entities("a&nbsp;b &amp; &mdash;&bogus; &"),
            Some("a&#160;b &amp; &#8212;&bogus; &".to_owned())
        );
        assert_eq!(repair_entities("a &amp; b"), None);
    }

    #[test]
    fn browsers_parser_errors_give_their_position() {
        let chromium =
            "This page contains the following errors:error on line 3 at column 7: Opening and ending tag mismatch";
        assert_eq!(parser_error_position(chromium), (Some(3), Some(7)));
        let firefox = "XML Parsing Error: mismatched tag\nLocation: https://e.org/feed\nLine Number 12, Column 40:";
        assert_eq!(parser_error_position(firefox), (Some(12), Some(40)));
        assert_eq!(parser_error_position("something broke"), (None, None));
    }
}
