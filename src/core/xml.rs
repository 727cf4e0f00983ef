//! A parsed XML element as feed reading needs it: names with their namespace, attributes, text,
//! inner markup. The browser's DOMParser implements it in the shell, roxmltree in tests.
//!
//! Core never parses XML itself: the browser's parser already bounds entity expansion and never
//! fetches external entities, and it adds nothing to the Wasm.

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
