//! The browser's own inert HTML parser for `content_html`: `DOMParser` → neutral `Node`s.
//! A parsed document has no browsing context: nothing in it runs or loads. Only allow-listed
//! attributes are read, dropped elements are skipped whole, and depth is capped.
use wasm_bindgen::JsCast;

use crate::core::html_policy::{kind, Element, Kind, Node, ATTRIBUTES, MAX_DEPTH};

/// The children of `<body>` of `html` as the browser parses it; nothing if it cannot.
pub fn parse_html(html: &str) -> Vec<Node> {
    let body = web_sys::DomParser::new()
        .ok()
        .and_then(|parser| parser.parse_from_string(html, web_sys::SupportedType::TextHtml).ok())
        .and_then(|document| document.body());
    body.map(|body| children(&body, 0)).unwrap_or_default()
}

fn children(node: &web_sys::Node, depth: usize) -> Vec<Node> {
    let list = node.child_nodes();
    (0..list.length()).filter_map(|index| list.item(index)).filter_map(|child| convert(&child, depth + 1)).collect()
}

fn convert(node: &web_sys::Node, depth: usize) -> Option<Node> {
    match node.node_type() {
        web_sys::Node::TEXT_NODE | web_sys::Node::CDATA_SECTION_NODE => node.node_value().map(Node::Text),
        web_sys::Node::ELEMENT_NODE => {
            let element: &web_sys::Element = node.unchecked_ref();
            let name = element.local_name().to_ascii_lowercase();
            if kind(&name) == Kind::Dropped {
                return None;
            }
            if depth >= MAX_DEPTH {
                return node.text_content().map(Node::Text);
            }
            let attributes = if element.has_attributes() {
                ATTRIBUTES
                    .iter()
                    .filter_map(|attribute| Some((attribute.to_string(), element.get_attribute(attribute)?)))
                    .collect()
            } else {
                Vec::new()
            };
            Some(Node::Element(Element { name, attributes, children: children(node, depth) }))
        }
        _ => None,
    }
}
