//! Test support: HTML parsed by html5ever (a dev-dependency, the HTML standard's tree builder) into
//! the neutral nodes the shell's DOMParser walk produces in the browser, OPML parsed by roxmltree
//! into the outlines the same walk gives the shell, and the shared corpora.
#![cfg(test)]

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

use super::html_policy::{Element, Node, ATTRIBUTES, MAX_DEPTH};
use super::opml::{self, Outline, XmlElement};

/// The children of `<body>` of `html`, as a browser would parse it.
pub fn parse_html(html: &str) -> Vec<Node> {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    find_body(&dom.document).map(|body| children(&body, 0)).unwrap_or_default()
}

fn find_body(handle: &Handle) -> Option<Handle> {
    if let NodeData::Element { name, .. } = &handle.data {
        if &*name.local == "body" {
            return Some(handle.clone());
        }
    }
    handle.children.borrow().iter().find_map(find_body)
}

fn children(handle: &Handle, depth: usize) -> Vec<Node> {
    handle.children.borrow().iter().filter_map(|child| convert(child, depth + 1)).collect()
}

fn convert(handle: &Handle, depth: usize) -> Option<Node> {
    if depth >= MAX_DEPTH {
        return Some(Node::Text(text_content(handle)));
    }
    match &handle.data {
        NodeData::Text { contents } => Some(Node::Text(contents.borrow().to_string())),
        NodeData::Element { name, attrs, .. } => {
            let attributes = attrs
                .borrow()
                .iter()
                .filter(|attribute| ATTRIBUTES.contains(&&*attribute.name.local))
                .map(|attribute| (attribute.name.local.to_string(), attribute.value.to_string()))
                .collect();
            Some(Node::Element(Element { name: name.local.to_string(), attributes, children: children(handle, depth) }))
        }
        _ => None,
    }
}

/// All text below `handle`, without recursion.
fn text_content(handle: &Handle) -> String {
    let mut out = String::new();
    let mut stack = vec![handle.clone()];
    while let Some(node) = stack.pop() {
        if let NodeData::Text { contents } = &node.data {
            out.push_str(&contents.borrow());
        }
        stack.extend(node.children.borrow().iter().rev().cloned());
    }
    out
}

/// The outlines of an OPML file, as `shell::platform::xml_dom::outlines` reads them in the browser: the XML
/// parsed (here by roxmltree, there by DOMParser), then core's own walk.
pub fn outlines_from_xml(text: &str) -> Result<Vec<Outline>, String> {
    let document = roxmltree::Document::parse(text).map_err(|error| error.to_string())?;
    opml::outlines_of(&XmlNode(document.root_element())).map_err(|error| error.to_string())
}

/// A roxmltree element, seen through the walk's `XmlElement`.
struct XmlNode<'a, 'input>(roxmltree::Node<'a, 'input>);

impl XmlElement for XmlNode<'_, '_> {
    fn name(&self) -> String {
        self.0.tag_name().name().to_owned()
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.0
            .attributes()
            .find(|attribute| attribute.name().eq_ignore_ascii_case(name))
            .map(|attribute| attribute.value().to_owned())
    }

    fn children(&self) -> Vec<Self> {
        self.0.children().filter(roxmltree::Node::is_element).map(XmlNode).collect()
    }
}

/// Where the shared test corpora live: `LECTERN_CORPORA`, else `../shared/corpora` beside the checkout.
pub fn corpora() -> std::path::PathBuf {
    if let Some(path) = std::env::var_os("LECTERN_CORPORA") {
        return path.into();
    }
    let beside = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    if beside.is_dir() {
        return beside;
    }
    // This workplace's shared folder, for a checkout cloned somewhere else (a temp dir).
    "/work/shared/corpora".into()
}

/// Every `.json` file of a corpus folder, with its text (invalid UTF-8 replaced, as a browser's
/// `text()` would), failing loudly when the folder is missing or nearly empty.
pub fn corpus(folder: &str, at_least: usize) -> Vec<(String, String)> {
    let dir = corpora().join(folder);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("corpus {} unreadable: {e}", dir.display()));
    let files: Vec<(String, String)> = entries
        .flatten()
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "json"))
        .map(|entry| {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            (entry.file_name().to_string_lossy().into_owned(), String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect();
    assert!(files.len() >= at_least, "only {} files in {}", files.len(), dir.display());
    files
}

/// A feed read from XML text as the shell reads it: parsed (again with HTML entities repaired if
/// the first parse fails), then core's mapping.
pub fn xml_feed(text: &str, feed_url: &str) -> Result<super::feed::Feed, String> {
    super::xml_feed::parse(text, feed_url).map_err(|error| error.to_string())
}

/// [`xml_feed`] accepting a feed without items, as conformance cases about channels need.
pub fn xml_channel(text: &str, feed_url: &str) -> Result<super::feed::Feed, String> {
    super::xml_feed::parsed(text, |root| super::xml_feed::map(root, feed_url)).map_err(|error| error.to_string())
}

/// Bytes decoded as the shell decodes them: the label `sniff::encoding` picks; UTF-8 by
/// `sniff::utf8_text`, any other label by the Encoding Standard's decoder (encoding_rs here,
/// `TextDecoder` in the browser), UTF-8 for a label it does not know.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let label = super::sniff::encoding(bytes, content_type);
    super::sniff::utf8_text(bytes.to_vec(), &label).unwrap_or_else(|bytes| {
        let encoding = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::UTF_8);
        encoding.decode(&bytes).0.into_owned()
    })
}

/// Every interface message: its stable key and its English text (as a template, `{name}` for a
/// parameter). A test scanning the shell for reader-facing literals compares against these.
pub fn messages() -> Vec<(super::i18n::Msg, &'static str, &'static str)> {
    use super::i18n::{Form, Lang, Msg};
    Msg::ALL.iter().map(|msg| (*msg, msg.key(), super::i18n::template(Lang::En, *msg, Form::Other))).collect()
}
