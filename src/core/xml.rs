//! XML as feed reading needs it: the parse (roxmltree, bounded), and a parsed element seen through
//! [`XmlTree`]: names with their namespace, attributes, text, inner markup.
//!
//! Feeds are parsed here, in Rust, not by the browser's DOMParser: walking a DOM from Wasm costs a
//! call across the JS boundary per name, attribute and text, which made a 5,000-item RSS feed take
//! 2.1 times as long as the same items in JSON (docs/BENCHMARKS.md, "RSS against JSON Feed"). The
//! parser bounds entity expansion, has no way to fetch an external entity, and is cut off at
//! [`MAX_NODES`]; it lives in the XML feed chunk, so the first load does not carry it. OPML files,
//! small and imported by hand, are still read by the browser's parser (`shell::platform::xml_dom`).

use super::html_text;

/// The namespace of `xml:base` and `xml:lang`.
pub const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// An element of a parsed XML document (as the DOM has `localName`, `namespaceURI`,
/// `getAttribute`, `getAttributeNS`, `children`, `textContent` and `XMLSerializer`).
pub trait XmlTree: Sized + Clone {
    /// The local name, without prefix (`encoded` for `content:encoded`), as written.
    fn local_name(&self) -> &str;
    /// The namespace URI, `None` for none (RSS 2.0's own elements).
    fn namespace(&self) -> Option<&str>;
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

/// The most nodes a document may have: a 20 MB feed of 5,000 full items has about a tenth of this,
/// while 20 MB of empty elements would have five million, and the memory for them.
pub const MAX_NODES: u32 = 1_000_000;

/// Parses `source` (see [`source`]): DTDs allowed (RSS 0.91 declares one), internal entities
/// expanded within roxmltree's bounds on references and depth (a "billion laughs" is an error),
/// external entities never read, at most [`MAX_NODES`] nodes.
pub fn parse(source: &str) -> Result<roxmltree::Document<'_>, roxmltree::Error> {
    let options = roxmltree::ParsingOptions { allow_dtd: true, nodes_limit: MAX_NODES, ..Default::default() };
    roxmltree::Document::parse_with_options(source, options)
}

/// A roxmltree element, seen through the feed mapping's `XmlTree`.
#[derive(Clone, Copy)]
pub struct RoxElement<'a, 'input>(pub roxmltree::Node<'a, 'input>);

impl XmlTree for RoxElement<'_, '_> {
    fn local_name(&self) -> &str {
        self.0.tag_name().name()
    }

    fn namespace(&self) -> Option<&str> {
        self.0.tag_name().namespace()
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.0.attributes().find(|a| a.namespace().is_none() && a.name() == name).map(|a| a.value().to_owned())
    }

    fn attribute_ns(&self, namespace: &str, local: &str) -> Option<String> {
        self.0.attribute((namespace, local)).map(str::to_owned)
    }

    fn children(&self) -> Vec<Self> {
        self.0.children().filter(roxmltree::Node::is_element).map(RoxElement).collect()
    }

    fn text(&self) -> String {
        self.0.descendants().filter(roxmltree::Node::is_text).filter_map(|node| node.text()).collect()
    }

    fn inner_markup(&self) -> String {
        // Iterative, like XMLSerializer would be to a caller: a deep tree must not blow the stack.
        enum Step<'a, 'input> {
            Open(roxmltree::Node<'a, 'input>),
            Close(String),
        }
        let mut out = String::new();
        let mut stack: Vec<Step> = self.0.children().rev().map(Step::Open).collect();
        while let Some(step) = stack.pop() {
            match step {
                Step::Close(name) => {
                    out.push_str("</");
                    out.push_str(&name);
                    out.push('>');
                }
                Step::Open(node) if node.is_text() => escape_xml(&mut out, node.text().unwrap_or_default()),
                Step::Open(node) if node.is_element() => {
                    let name = node.tag_name().name().to_owned();
                    out.push('<');
                    out.push_str(&name);
                    for attribute in node.attributes() {
                        out.push(' ');
                        out.push_str(attribute.name());
                        out.push_str("=\"");
                        escape_xml(&mut out, attribute.value());
                        out.push('"');
                    }
                    out.push('>');
                    stack.push(Step::Close(name));
                    stack.extend(node.children().rev().map(Step::Open));
                }
                Step::Open(_) => {}
            }
        }
        out
    }
}

fn escape_xml(out: &mut String, text: &str) {
    for c in text.chars() {
        super::opml::push_escaped(out, c);
    }
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
}
