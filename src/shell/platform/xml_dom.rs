//! XML read by the browser's own parser (`DOMParser`): OPML files into core's neutral `Outline`s
//! (`text/xml`), and RSS, RDF and Atom feeds into a `Feed` (`application/xml`) through core's
//! `XmlTree`. The parsed document has no browsing context, so nothing in it runs or loads, and the
//! parser bounds entity expansion and never fetches external entities. The walks are core's
//! (`core::opml::outlines_of`, `core::xml_feed::read`), iterative and bounded.

use crate::core::feed::{Feed, FeedError};
use crate::core::opml::{self, Outline, XmlElement};
use crate::core::xml::{self, XmlTree};
use crate::core::xml_feed;

/// Why a file gave no outlines. Each message is what the reader sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OpmlDomError {
    /// `DOMParser` could not be created or refused the text outright.
    #[error("This browser could not read the file.")]
    Unavailable,
    /// The text is not well-formed XML (the parser answered with a `<parsererror>` document).
    #[error("This file is not an OPML subscription list: it is not well-formed XML.")]
    NotXml,
    #[error("This file is not an OPML subscription list.")]
    NotOpml,
}

/// The outlines of the OPML document `xml_text`, in document order (see `core::opml::outlines_of`
/// for which outlines are listed).
pub fn outlines(xml_text: &str) -> Result<Vec<Outline>, OpmlDomError> {
    let parser = web_sys::DomParser::new().map_err(|_| OpmlDomError::Unavailable)?;
    let document =
        parser.parse_from_string(xml_text, web_sys::SupportedType::TextXml).map_err(|_| OpmlDomError::Unavailable)?;
    // Malformed XML does not throw: browsers return a document holding a `<parsererror>` element
    // (as the root in Firefox, inside the partial tree in Chromium and WebKit).
    if document.get_elements_by_tag_name("parsererror").length() > 0 {
        return Err(OpmlDomError::NotXml);
    }
    let root = document.document_element().ok_or(OpmlDomError::NotXml)?;
    opml::outlines_of(&DomElement(root)).map_err(|_| OpmlDomError::NotOpml)
}

/// The feed in `text` (RSS, RDF or Atom, decoded) read from `feed_url`: parsed as
/// `application/xml`, once more with HTML's named entities repaired when the first parse fails,
/// then mapped by `core::xml_feed::read`. Not well-formed XML is [`FeedError::NotXml`] with the
/// line and column the browser reports.
pub fn feed(text: &str, feed_url: &str) -> Result<Feed, FeedError> {
    let source = xml::source(text);
    let root = match parse(source) {
        Ok(root) => root,
        Err(message) => match xml::repair_entities(source).map(|repaired| parse(&repaired)) {
            Some(Ok(root)) => root,
            // The first parse's position is where the reader's own document broke.
            _ => {
                let (line, column) = xml::parser_error_position(&message);
                return Err(FeedError::NotXml { line, column });
            }
        },
    };
    xml_feed::read(&DomElement(root), feed_url)
}

/// The root element of `source` parsed as `application/xml`, or the text of the parser's error.
fn parse(source: &str) -> Result<web_sys::Element, String> {
    let parser = web_sys::DomParser::new().map_err(|_| String::new())?;
    let document =
        parser.parse_from_string(source, web_sys::SupportedType::ApplicationXml).map_err(|_| String::new())?;
    if let Some(error) = document.get_elements_by_tag_name("parsererror").item(0) {
        return Err(error.text_content().unwrap_or_default());
    }
    document.document_element().ok_or_else(String::new)
}

/// A DOM element, seen through core's `XmlElement` (OPML) and `XmlTree` (feeds).
#[derive(Clone)]
struct DomElement(web_sys::Element);

impl DomElement {
    /// The child elements, in document order.
    fn child_elements(&self) -> Vec<Self> {
        let mut children = Vec::new();
        let mut next = self.0.first_element_child();
        while let Some(child) = next {
            next = child.next_element_sibling();
            children.push(DomElement(child));
        }
        children
    }
}

impl XmlTree for DomElement {
    fn local_name(&self) -> String {
        self.0.local_name()
    }

    fn namespace(&self) -> Option<String> {
        self.0.namespace_uri()
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.0.get_attribute_ns(None, name)
    }

    fn attribute_ns(&self, namespace: &str, local: &str) -> Option<String> {
        self.0.get_attribute_ns(Some(namespace), local)
    }

    fn children(&self) -> Vec<Self> {
        self.child_elements()
    }

    fn text(&self) -> String {
        self.0.text_content().unwrap_or_default()
    }

    fn inner_markup(&self) -> String {
        let Ok(serializer) = web_sys::XmlSerializer::new() else { return String::new() };
        let nodes = self.0.child_nodes();
        let mut out = String::new();
        for index in 0..nodes.length() {
            if let Some(markup) = nodes.item(index).and_then(|node| serializer.serialize_to_string(&node).ok()) {
                out.push_str(&markup);
            }
        }
        out
    }
}

impl XmlElement for DomElement {
    fn name(&self) -> String {
        XmlTree::local_name(self)
    }

    fn attribute(&self, name: &str) -> Option<String> {
        // XML attribute names are case-sensitive in the DOM, so the exact spelling is tried first
        // and the others (`xmlurl`, `XMLURL`) by scanning the element's attribute names.
        if let Some(value) = self.0.get_attribute(name) {
            return Some(value);
        }
        self.0
            .get_attribute_names()
            .iter()
            .filter_map(|found| found.as_string())
            .find(|found| found.eq_ignore_ascii_case(name))
            .and_then(|found| self.0.get_attribute(&found))
    }

    fn children(&self) -> Vec<Self> {
        self.child_elements()
    }
}
