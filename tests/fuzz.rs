//! Bounded fuzzing of the core parsers on stable Rust: random inputs built from the pieces that
//! break parsers (tags, entities, quotes, brackets, deep nesting, huge runs), fed to the feed
//! parser, markdown → blocks, HTML → blocks, the stored-progress and stored-library decoders,
//! OPML import, the RSS/Atom mapping over random element trees, and sniffing and feed discovery.
//! Each must return
//! (never panic) and stay roughly linear: every input is timed against a generous bound.
//!
//! The test command runs 600 cases per parser; `LECTERN_FUZZ_CASES=200000 cargo test --release
//! --test fuzz` runs a long campaign (20,000 per parser took 74 s here).
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use lectern::core::history::{parse_export, Record};
use lectern::core::html_policy::{Element, Node};
use lectern::core::library::Library;
use lectern::core::opml::{self, Outline};
use lectern::core::random::Xorshift;
use lectern::core::{feed, html_blocks, markdown};

const BASE: &str = "https://example.com/feed.json";

/// Pieces random inputs are made of.
const PIECES: &[&str] = &[
    "<",
    ">",
    "</",
    "/>",
    "<p>",
    "</p>",
    "<li>",
    "<ul>",
    "<ol start=9999999999999>",
    "<blockquote>",
    "<pre>",
    "<table><tr><td>",
    "<a href=\"javascript:x\">",
    "<img src=x onerror=y>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "&amp;",
    "&#x110000;",
    "&#99999999;",
    "&",
    "\"",
    "'",
    "\\",
    "\\u0000",
    "\\ud800",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "null",
    "1e999",
    "-0",
    "#",
    "##",
    "> ",
    "- ",
    "1. ",
    "*",
    "**",
    "_",
    "`",
    "```",
    "~~",
    "[x](",
    ")",
    "![a](",
    "\n",
    "\n\n",
    "    ",
    "\t",
    "\u{feff}",
    "é",
    "😀",
    "\u{202e}",
    "—",
    "word ",
    "x",
];

/// The generator every fuzz case draws from (`core::random`), with this file's own draws below.
struct Random(Xorshift);

impl Random {
    fn below(&mut self, bound: usize) -> usize {
        self.0.below(bound)
    }

    /// A random text of up to `pieces` pieces, sometimes with one piece repeated thousands of times.
    fn text(&mut self, pieces: usize) -> String {
        let mut out = String::new();
        for _ in 0..self.below(pieces) + 1 {
            let piece = PIECES[self.below(PIECES.len())];
            let times = if self.below(50) == 0 { 1 + self.below(5_000) } else { 1 };
            out.push_str(&piece.repeat(times));
        }
        out
    }

    /// A random neutral HTML tree, as the DOMParser walk would give it.
    fn nodes(&mut self, depth: usize) -> Vec<Node> {
        const NAMES: &[&str] = &[
            "p",
            "div",
            "span",
            "ul",
            "ol",
            "li",
            "blockquote",
            "pre",
            "code",
            "a",
            "img",
            "br",
            "h1",
            "h3",
            "table",
            "tr",
            "td",
            "th",
            "figure",
            "figcaption",
            "em",
            "script",
            "svg",
            "footer",
            "cite",
            "x-unknown",
        ];
        (0..self.below(6))
            .map(|_| {
                if depth == 0 || self.below(3) == 0 {
                    return Node::Text(self.text(4));
                }
                let name = NAMES[self.below(NAMES.len())].to_owned();
                let attributes = (0..self.below(3))
                    .map(|_| {
                        (["href", "src", "alt", "start", "srcset", "class"][self.below(6)].to_owned(), self.text(3))
                    })
                    .collect();
                Node::Element(Element { name, attributes, children: self.nodes(depth - 1) })
            })
            .collect()
    }
}

fn cases() -> usize {
    std::env::var("LECTERN_FUZZ_CASES").ok().and_then(|cases| cases.parse().ok()).unwrap_or(600)
}

/// Runs `check` on `cases()` random inputs, failing on the first that takes longer than `bound`.
fn fuzz<T: std::fmt::Debug>(seed: u64, make: impl Fn(&mut Random) -> T, check: impl Fn(&T), bound: Duration) {
    let mut random = Random(Xorshift(seed));
    for _ in 0..cases() {
        let input = make(&mut random);
        let started = Instant::now();
        check(&input);
        let took = started.elapsed();
        assert!(took < bound, "took {took:?} (bound {bound:?}) on {:.300}", format!("{input:?}"));
    }
}

/// Inputs stay under about 100 KB, which a linear parser handles in milliseconds even in a debug
/// build on a busy machine; a quadratic one needs far longer than this.
const BOUND: Duration = Duration::from_secs(2);

#[test]
fn feed_parser_never_panics() {
    fuzz(
        1,
        |random| {
            let body = random.text(20);
            match random.below(3) {
                0 => body,
                1 => format!(
                    r#"{{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{{"id":"a","content_html":{}}}]}}"#,
                    serde_json::to_string(&body).unwrap()
                ),
                _ => format!(
                    r#"{{"version":"https://jsonfeed.org/version/1.1","items":[{{"id":{body},"title":{body}}}]}}"#
                ),
            }
        },
        |text| {
            let _ = feed::parse(text, BASE);
        },
        BOUND,
    );
}

#[test]
fn markdown_never_panics() {
    fuzz(
        2,
        |random| random.text(30),
        |text| {
            let _ = markdown::blocks(text, BASE);
        },
        BOUND,
    );
}

#[test]
fn html_converter_never_panics() {
    fuzz(
        3,
        |random| random.nodes(12),
        |nodes| {
            let _ = html_blocks::blocks(nodes, BASE);
        },
        BOUND,
    );
}

#[test]
fn stored_progress_and_imports_never_panic() {
    fuzz(
        4,
        |random| random.text(20),
        |text| {
            let _ = Record::decode(text);
            let _ = parse_export(text);
        },
        BOUND,
    );
}

#[test]
fn stored_library_never_panics() {
    fuzz(
        5,
        |random| {
            let feeds = random.text(20);
            match random.below(2) {
                0 => feeds,
                _ => format!(
                    r#"{{"v":1,"feeds":[{{"url":"https://x/{feeds}","title":{feeds},"added":1,"items":2,"seen":[{feeds}]}}]}}"#
                ),
            }
        },
        |text| {
            let _ = Library::decode(text);
        },
        BOUND,
    );
}

#[test]
fn opml_import_never_panics() {
    fuzz(
        6,
        |random| {
            (0..random.below(30))
                .map(|_| Outline {
                    text: Some(random.text(4)),
                    title: (random.below(2) == 0).then(|| random.text(4)),
                    xml_url: Some(format!(
                        "{}{}",
                        ["https://x/", "", "javascript:", "//", "HTTP://[", "https://x:"][random.below(6)],
                        random.text(3)
                    )),
                    html_url: Some(random.text(2)),
                    kind: Some(["rss", "json", "link", "include", ""][random.below(5)].to_owned()),
                    category_path: (0..random.below(40)).map(|_| random.text(2)).collect(),
                    ..Outline::default()
                })
                .collect::<Vec<_>>()
        },
        |outlines| {
            let _ = opml::import(outlines, BASE);
        },
        BOUND,
    );
}

#[test]
fn a_single_megabyte_paragraph_stays_linear() {
    let paragraph = "word ".repeat(200_000);
    for text in [paragraph.clone(), format!("<p>{paragraph}</p>")] {
        let started = Instant::now();
        let blocks = markdown::blocks(&text, BASE);
        assert_eq!(blocks.len(), 1);
        assert!(started.elapsed() < Duration::from_secs(5), "markdown took {:?}", started.elapsed());
    }
    let started = Instant::now();
    let nodes = vec![Node::Element(Element {
        name: "p".to_owned(),
        attributes: Vec::new(),
        children: vec![Node::Text(paragraph)],
    })];
    assert_eq!(html_blocks::blocks(&nodes, BASE).len(), 1);
    assert!(started.elapsed() < Duration::from_secs(5), "html took {:?}", started.elapsed());
}

/// A random XML element tree, standing in for a parsed document.
#[derive(Clone, Debug)]
struct Tree(std::rc::Rc<TreeNode>);

#[derive(Debug)]
struct TreeNode {
    name: &'static str,
    namespace: Option<&'static str>,
    attributes: Vec<(&'static str, String)>,
    text: String,
    children: Vec<Tree>,
}

impl lectern::core::xml::XmlTree for Tree {
    fn local_name(&self) -> &str {
        self.0.name
    }
    fn namespace(&self) -> Option<&str> {
        self.0.namespace
    }
    fn attribute(&self, name: &str) -> Option<String> {
        self.0.attributes.iter().find(|(key, _)| *key == name).map(|(_, value)| value.clone())
    }
    fn attribute_ns(&self, _: &str, local: &str) -> Option<String> {
        self.attribute(local)
    }
    fn children(&self) -> Vec<Self> {
        self.0.children.clone()
    }
    fn text(&self) -> String {
        self.0.text.clone()
    }
    fn inner_markup(&self) -> String {
        self.0.text.clone()
    }
}

impl Random {
    fn tree(&mut self, depth: usize) -> Tree {
        const NAMES: &[&str] = &[
            "rss",
            "RDF",
            "feed",
            "channel",
            "item",
            "entry",
            "title",
            "link",
            "guid",
            "description",
            "content",
            "encoded",
            "summary",
            "author",
            "name",
            "uri",
            "email",
            "pubDate",
            "date",
            "updated",
            "published",
            "enclosure",
            "group",
            "thumbnail",
            "image",
            "url",
            "category",
            "language",
            "duration",
            "div",
            "body",
        ];
        const NAMESPACES: &[Option<&str>] = &[
            None,
            Some("http://www.w3.org/2005/Atom"),
            Some("http://purl.org/rss/1.0/"),
            Some("http://search.yahoo.com/mrss/"),
            Some("http://www.itunes.com/dtds/podcast-1.0.dtd"),
            Some("http://purl.org/dc/elements/1.1/"),
            Some("http://purl.org/rss/1.0/modules/content/"),
        ];
        const ATTRIBUTES: &[&str] =
            &["href", "rel", "type", "url", "length", "base", "lang", "term", "src", "isPermaLink"];
        let children = if depth == 0 { Vec::new() } else { (0..self.below(6)).map(|_| self.tree(depth - 1)).collect() };
        let attributes = (0..self.below(3))
            .map(|_| {
                let value = match self.below(4) {
                    0 => "javascript:alert(1)".to_owned(),
                    1 => format!("https://x/{}", self.text(2)),
                    _ => self.text(3),
                };
                (ATTRIBUTES[self.below(ATTRIBUTES.len())], value)
            })
            .collect();
        Tree(std::rc::Rc::new(TreeNode {
            name: NAMES[self.below(NAMES.len())],
            namespace: NAMESPACES[self.below(NAMESPACES.len())],
            attributes,
            text: self.text(6),
            children,
        }))
    }
}

#[test]
fn xml_feed_mapping_never_panics_and_lets_nothing_unsafe_through() {
    use lectern::core::{url, xml_feed};
    fuzz(
        7,
        |random| {
            let mut root = random.tree(5);
            // Most cases start as a feed, so the mapping goes deep.
            let roots = [("rss", None), ("feed", Some("http://www.w3.org/2005/Atom")), ("RDF", None)];
            let (name, namespace) = roots[random.below(3)];
            if random.below(4) != 0 {
                let node = std::rc::Rc::get_mut(&mut root.0).unwrap();
                node.name = name;
                node.namespace = namespace;
            }
            root
        },
        |root| {
            if let Ok(feed) = xml_feed::read(root, BASE) {
                for item in &feed.items {
                    for link in item.url.iter().chain(item.attachments.iter().map(|file| &file.url)) {
                        assert_eq!(url::safe_link(BASE, link).as_ref(), Some(link));
                    }
                }
            }
        },
        BOUND,
    );
}

#[test]
fn sniffing_and_discovery_never_panic() {
    use lectern::core::{discover, sniff, xml};
    fuzz(
        8,
        |random| {
            let text = random.text(20);
            match random.below(4) {
                0 => format!("<?xml version=\"1.0\" encoding=\"{text}\"?><!DOCTYPE {text}><rss>"),
                1 => format!("<link rel=alternate type=application/rss+xml href=\"{text}\" title='{text}'>"),
                2 => format!("<!--{text}"),
                _ => text,
            }
        },
        |text| {
            let _ = sniff::kind(text, Some(text));
            let _ = sniff::encoding(text.as_bytes(), Some(text));
            let _ = discover::feed_links(text, BASE);
            let _ = xml::repair_entities(text);
            let _ = xml::source(text);
            let _ = xml::parse(xml::source(text)).map(|document| document.root_element().children().count());
        },
        BOUND,
    );
}
