//! OPML files read by the browser's own XML parser (`DOMParser`, `text/xml`) into core's neutral
//! `Outline`s. The parsed document has no browsing context, so nothing in it runs or loads, and the
//! parser bounds entity expansion and never fetches external entities. The walk is core's
//! (`core::opml::outlines_of`), iterative and bounded. (Feeds, which can hold thousands of items,
//! are parsed in Rust by `core::xml`: a DOM walk from Wasm crosses into JS for every field.)

use crate::core::opml::{self, Outline, XmlElement};

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

/// A DOM element, seen through core's `XmlElement`.
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

impl XmlElement for DomElement {
    fn name(&self) -> String {
        self.0.local_name()
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
