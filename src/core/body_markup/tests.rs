//! The writer's markup per block and inline kind, its escaping, its URL checks, and the XSS corpus
//! written and re-parsed by html5ever with nothing that could run coming out.

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

use super::*;
use crate::core::anchor::Anchors;
use crate::core::blocks::{Image, Table};

fn text(text: &str) -> Inline {
    Inline::Text(text.to_owned())
}

fn para(inlines: Vec<Inline>) -> Block {
    Block::Paragraph(inlines)
}

fn one(key: &str) -> BlockKeys {
    BlockKeys::One(key.to_owned())
}

fn image(src: &str, alt: &str, title: Option<&str>) -> Image {
    Image { src: src.to_owned(), alt: alt.to_owned(), title: title.map(str::to_owned), link: None }
}

#[track_caller]
fn check(blocks: Vec<Block>, keys: Vec<BlockKeys>, expected: &str) {
    assert_eq!(write(&blocks, &keys), expected);
}

#[track_caller]
fn check_inlines(inlines: Vec<Inline>, expected: &str) {
    check(vec![para(inlines)], vec![], &format!("<p>{expected}</p>"));
}

#[test]
fn paragraphs_and_headings_carry_their_key_as_id() {
    check(vec![para(vec![text("Hi")])], vec![one("hi")], r#"<p id="hi">Hi</p>"#);
    check(vec![para(vec![text("Hi")])], vec![], "<p>Hi</p>");
    let headings = [
        (HeadingLevel::H2, "h2"),
        (HeadingLevel::H3, "h3"),
        (HeadingLevel::H4, "h4"),
        (HeadingLevel::H5, "h5"),
        (HeadingLevel::H6, "h6"),
    ];
    for (level, tag) in headings {
        check(
            vec![Block::Heading { level, inlines: vec![text("Title")] }],
            vec![one("title")],
            &format!(r#"<{tag} id="title">Title</{tag}>"#),
        );
    }
    // Missing keys mean no id; a key list meant for a list gives a paragraph none.
    check(
        vec![para(vec![text("a")]), para(vec![text("b")])],
        vec![BlockKeys::Items(vec!["x".into()])],
        "<p>a</p><p>b</p>",
    );
}

#[test]
fn lists_give_their_items_the_ids_and_ol_start_only_when_not_one() {
    let items = vec![vec![para(vec![text("a")])], vec![para(vec![text("b")])]];
    check(
        vec![Block::List { start: None, items: items.clone() }],
        vec![BlockKeys::Items(vec!["a".into(), "b".into()])],
        r#"<ul><li id="a"><p>a</p></li><li id="b"><p>b</p></li></ul>"#,
    );
    check(
        vec![Block::List { start: Some(1), items: items.clone() }],
        vec![BlockKeys::Items(vec!["a".into()])],
        r#"<ol><li id="a"><p>a</p></li><li><p>b</p></li></ol>"#,
    );
    check(
        vec![Block::List { start: Some(7), items: items.clone() }],
        vec![one("ignored")],
        r#"<ol start="7"><li><p>a</p></li><li><p>b</p></li></ol>"#,
    );
    // Nested blocks never carry ids.
    let nested = Block::List { start: None, items: vec![vec![Block::List { start: Some(0), items }]] };
    check(
        vec![nested],
        vec![BlockKeys::Items(vec!["outer".into()])],
        r#"<ul><li id="outer"><ol start="0"><li><p>a</p></li><li><p>b</p></li></ol></li></ul>"#,
    );
}

#[test]
fn quotes_keep_their_speaker_in_footer_cite() {
    let quote = |attribution| Block::Quote { blocks: vec![para(vec![text("Words")]), Block::Rule], attribution };
    check(
        vec![quote(Some(vec![text("Ada "), Inline::Emphasis(vec![text("L.")])]))],
        vec![one("q")],
        r#"<blockquote id="q"><p>Words</p><hr><footer><cite>Ada <em>L.</em></cite></footer></blockquote>"#,
    );
    check(vec![quote(None)], vec![], "<blockquote><p>Words</p><hr></blockquote>");
}

#[test]
fn code_blocks_are_focusable_and_name_their_language() {
    check(
        vec![Block::Code { language: Some("rust".into()), text: "if a < b && c > d {\n\t\"x\"\n}".into() }],
        vec![one("code")],
        "<pre id=\"code\" tabindex=\"0\"><code class=\"language-rust\">if a &lt; b &amp;&amp; c &gt; d {\n\t\"x\"\n}</code></pre>",
    );
    check(
        vec![Block::Code { language: None, text: "</code></pre><script>".into() }],
        vec![],
        r#"<pre tabindex="0"><code>&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;</code></pre>"#,
    );
    check(
        vec![Block::Code { language: Some("a\" onmouseover=\"x".into()), text: String::new() }],
        vec![],
        r#"<pre tabindex="0"><code class="language-a&quot; onmouseover=&quot;x"></code></pre>"#,
    );
}

#[test]
fn images_are_lazy_figures_with_their_caption() {
    check(
        vec![Block::Image(image("https://x/a.png", "A \"cat\"", Some("Fig <1>")))],
        vec![one("img")],
        r#"<figure id="img"><img src="https://x/a.png" alt="A &quot;cat&quot;" loading="lazy" decoding="async"><figcaption>Fig &lt;1&gt;</figcaption></figure>"#,
    );
    check(
        vec![Block::Image(image("data:image/png;base64,AAAA", "", None))],
        vec![],
        r#"<figure><img src="data:image/png;base64,AAAA" alt="" loading="lazy" decoding="async"></figure>"#,
    );
}

#[test]
fn an_image_that_fails_the_check_again_leaves_its_alt_as_text() {
    for src in ["javascript:alert(1)", "data:image/svg+xml,<svg onload=alert(1)>", "relative.png", "vbscript:x", ""] {
        check(
            vec![Block::Image(image(src, "<b>alt</b>", Some("cap")))],
            vec![one("k")],
            r#"<p id="k">&lt;b&gt;alt&lt;/b&gt;</p>"#,
        );
        check_inlines(vec![text("a "), Inline::Image(image(src, "x&y", None))], "a x&amp;y");
    }
}

#[test]
fn rules_and_tables() {
    check(vec![Block::Rule], vec![one("never")], "<hr>");
    let table = Table {
        head: Some(vec![vec![text("Name")], vec![Inline::Strong(vec![text("Age")])]]),
        rows: vec![vec![vec![text("Ada")], vec![]], vec![]],
    };
    check(
        vec![Block::Table(table)],
        vec![one("t")],
        concat!(
            r#"<div class="table-scroll" id="t" tabindex="0"><table>"#,
            r#"<thead><tr><th scope="col">Name</th><th scope="col"><strong>Age</strong></th></tr></thead>"#,
            "<tbody><tr><td>Ada</td><td></td></tr><tr></tr></tbody></table></div>"
        ),
    );
    check(
        vec![Block::Table(Table { head: None, rows: vec![] })],
        vec![],
        r#"<div class="table-scroll" tabindex="0"><table><tbody></tbody></table></div>"#,
    );
}

#[test]
fn every_inline_kind() {
    check_inlines(
        vec![
            Inline::Emphasis(vec![text("e")]),
            Inline::Strong(vec![text("s")]),
            Inline::Strikethrough(vec![text("d")]),
            Inline::Subscript(vec![text("2")]),
            Inline::Superscript(vec![text("n")]),
            Inline::Code("a<b".into()),
            Inline::LineBreak,
        ],
        "<em>e</em><strong>s</strong><del>d</del><sub>2</sub><sup>n</sup><code>a&lt;b</code><br>",
    );
    check_inlines(
        vec![Inline::Link { href: "https://x/?a=1&b='2'".into(), children: vec![Inline::Emphasis(vec![text("go")])] }],
        r#"<a href="https://x/?a=1&amp;b=&#39;2&#39;" rel="noopener noreferrer"><em>go</em></a>"#,
    );
    check_inlines(
        vec![Inline::Link { href: "mailto:a@b.c".into(), children: vec![text("mail")] }],
        r#"<a href="mailto:a@b.c" rel="noopener noreferrer">mail</a>"#,
    );
    check_inlines(
        vec![Inline::Image(image("https://x/i.png", "i", Some("t\"t")))],
        r#"<img src="https://x/i.png" alt="i" title="t&quot;t" loading="lazy" decoding="async">"#,
    );
    check_inlines(
        vec![Inline::Image(image("https://x/i.png", "", None))],
        r#"<img src="https://x/i.png" alt="" loading="lazy" decoding="async">"#,
    );
}

#[test]
fn a_link_that_fails_the_check_again_is_written_as_its_content() {
    for href in [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:x",
        "vbscript:x",
        "data:text/html,x",
        "/relative",
        "file:///etc",
    ] {
        check_inlines(
            vec![Inline::Link { href: href.into(), children: vec![Inline::Strong(vec![text("x")])] }],
            "<strong>x</strong>",
        );
    }
}

#[test]
fn the_written_url_is_the_checked_one() {
    // `safe_link` lower-cases the scheme and removes dot segments: what was checked is written.
    check_inlines(
        vec![Inline::Link { href: "HTTPS://x/a/../b c".into(), children: vec![text("x")] }],
        r#"<a href="https://x/b%20c" rel="noopener noreferrer">x</a>"#,
    );
}

#[test]
fn a_link_inside_a_link_is_written_as_its_content() {
    let inner = Inline::Link { href: "https://inner/".into(), children: vec![text("in")] };
    check_inlines(
        vec![
            Inline::Link {
                href: "https://outer/".into(),
                children: vec![text("a "), Inline::Emphasis(vec![inner]), text(" b")],
            },
            Inline::Link { href: "https://next/".into(), children: vec![text("c")] },
        ],
        concat!(
            r#"<a href="https://outer/" rel="noopener noreferrer">a <em>in</em> b</a>"#,
            r#"<a href="https://next/" rel="noopener noreferrer">c</a>"#
        ),
    );
    // Under an outer link that failed its check, there is no `<a>` open: the inner one is kept.
    let inner = Inline::Link { href: "https://inner/".into(), children: vec![text("in")] };
    check_inlines(
        vec![Inline::Link { href: "javascript:x".into(), children: vec![inner] }],
        r#"<a href="https://inner/" rel="noopener noreferrer">in</a>"#,
    );
}

#[test]
fn text_and_attributes_escape_every_special_character() {
    let hostile = "& < > \" ' </p> <!-- ]]> &amp; \u{202e}\u{200f} é 😀";
    check_inlines(
        vec![text(hostile)],
        "&amp; &lt; &gt; \" ' &lt;/p&gt; &lt;!-- ]]&gt; &amp;amp; \u{202e}\u{200f} é 😀",
    );
    check(
        vec![para(vec![])],
        vec![one(hostile)],
        "<p id=\"&amp; &lt; &gt; &quot; &#39; &lt;/p&gt; &lt;!-- ]]&gt; &amp;amp; \u{202e}\u{200f} é 😀\"></p>",
    );
    // CR would become LF and NUL would vanish in the parser: written so the parse keeps them.
    check_inlines(vec![text("a\r\nb\0c")], "a&#13;\nb\u{FFFD}c");
    let mut out = String::new();
    push_attribute(&mut out, "alt", "\r\0'\"");
    assert_eq!(out, " alt=\"&#13;\u{FFFD}&#39;&quot;\"");
}

#[test]
fn deep_trees_are_written_without_recursion() {
    let mut inline = text("deep");
    let mut block = para(vec![text("deep")]);
    for _ in 0..100_000 {
        inline = Inline::Emphasis(vec![inline]);
        block = Block::Quote { blocks: vec![block], attribution: None };
    }
    let blocks = vec![para(vec![inline]), block];
    let html = write(&blocks, &[]);
    assert_eq!(html.matches("<em>").count(), 100_000);
    assert_eq!(html.matches("</blockquote>").count(), 100_000);
    // Dropping the trees would recurse as deep as they are: the test leaks them instead.
    std::mem::forget(blocks);
}

#[test]
fn the_estimate_covers_ordinary_bodies() {
    let blocks = vec![
        Block::Heading { level: HeadingLevel::H2, inlines: vec![text("A heading")] },
        para(vec![text("Some text with "), Inline::Link { href: "https://x/".into(), children: vec![text("a link")] }]),
        Block::List { start: None, items: vec![vec![para(vec![text("one")])], vec![para(vec![text("two")])]] },
        Block::Image(image("https://x/a.png", "alt", Some("caption"))),
    ];
    let anchors = Anchors::of(&blocks);
    assert!(estimate(&blocks) >= write(&blocks, &anchors.blocks).len());
}

/// Elements the writer may emit, and what html5ever adds around a fragment.
const TAGS: &[&str] = &[
    "html",
    "head",
    "body",
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "footer",
    "cite",
    "pre",
    "code",
    "figure",
    "img",
    "figcaption",
    "hr",
    "div",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "em",
    "strong",
    "del",
    "sub",
    "sup",
    "a",
    "br",
];
const ATTRIBUTES: &[&str] =
    &["id", "class", "tabindex", "start", "scope", "href", "rel", "src", "alt", "title", "loading", "decoding"];

/// Everything wrong in a written body once the HTML parser has read it: any element, attribute,
/// comment or URL that is not the writer's own.
pub(super) fn dangers(html: &str) -> Vec<String> {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut found = Vec::new();
    let mut stack: Vec<Handle> = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        match &node.data {
            NodeData::Element { name, attrs, template_contents, .. } => {
                let tag = &*name.local;
                if !TAGS.contains(&tag) || name.ns != html5ever::ns!(html) || template_contents.borrow().is_some() {
                    found.push(format!("element {tag}"));
                }
                for attribute in attrs.borrow().iter() {
                    let key = &*attribute.name.local;
                    let value = attribute.value.to_string();
                    if !ATTRIBUTES.contains(&key) || key.starts_with("on") || !attribute.name.ns.is_empty() {
                        found.push(format!("attribute {key}={value:?} on {tag}"));
                    }
                    let url =
                        value.trim_matches(|c: char| c <= ' ').to_ascii_lowercase().replace(['\t', '\n', '\r'], "");
                    let safe = match key {
                        "href" => ["https://", "http://", "mailto:"].iter().any(|scheme| url.starts_with(scheme)),
                        "src" => {
                            ["https://", "http://"].iter().any(|scheme| url.starts_with(scheme))
                                || ["png", "jpeg", "gif", "webp", "avif"]
                                    .iter()
                                    .any(|kind| url.starts_with(&format!("data:image/{kind}")))
                        }
                        // `id`, `class`, `alt`… are never URLs: text there that looks like one is text.
                        _ => true,
                    };
                    if !safe {
                        found.push(format!("url {key}={value:?} on {tag}"));
                    }
                }
            }
            NodeData::Comment { contents } => found.push(format!("comment {contents:?}")),
            NodeData::ProcessingInstruction { .. } | NodeData::Doctype { .. } => found.push("declaration".to_owned()),
            NodeData::Document | NodeData::Text { .. } => {}
        }
        stack.extend(node.children.borrow().iter().cloned());
    }
    found
}

#[test]
fn the_danger_check_itself_catches_what_it_looks_for() {
    for bad in [
        "<script>x</script>",
        "<p onclick=x>a</p>",
        "<a href=javascript:x>a</a>",
        "<a href=' VBScript:x'>a</a>",
        "<img src='data:image/svg+xml,x'>",
        "<iframe srcdoc=x></iframe>",
        "<p style=x>a</p>",
        "<object></object>",
        "<embed>",
        "<style></style>",
        "<svg><a href=https://x></a></svg>",
        "<!-- x -->",
    ] {
        assert!(!dangers(bad).is_empty(), "{bad}");
    }
    assert!(dangers("<p id=x>a</p>").is_empty());
}

#[test]
fn xss_payloads_written_and_reparsed_carry_nothing_that_runs() {
    #[derive(serde::Deserialize)]
    struct Case {
        payload: String,
    }
    const BASE: &str = "https://example.com/blog/feed.json";
    let path = crate::core::test_support::corpora().join("xss/dompurify-payloads.json");
    let corpus = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let cases: Vec<Case> = serde_json::from_str(&corpus).unwrap();
    assert!(cases.len() >= 200, "only {} payloads", cases.len());
    let mut written = 0;
    for Case { payload } in &cases {
        let from_html = crate::core::html_blocks::blocks(&crate::core::test_support::parse_html(payload), BASE);
        let from_markdown = crate::core::markdown::blocks(payload, BASE);
        for blocks in [from_html, from_markdown] {
            let html = write(&blocks, &Anchors::of(&blocks).blocks);
            let found = dangers(&html);
            assert!(found.is_empty(), "{found:?}\nin {html}\nfrom {payload:?}");
            written += 1;
        }
    }
    eprintln!("{} XSS payloads, {written} bodies written and re-parsed clean", cases.len());
}

/// The blocks of `tests/web.rs`'s `blocks_render_as_semantic_html`, which mounts the Leptos views in
/// Chromium: the writer gives the markup the views give, once Leptos's empty comment markers are
/// taken out of theirs.
#[test]
fn the_markup_is_what_the_views_render_in_the_browser_test() {
    let words = |words: &str| vec![text(words)];
    let blocks = vec![
        Block::Heading { level: HeadingLevel::H2, inlines: words("Section") },
        Block::Heading { level: HeadingLevel::H3, inlines: words("Sub") },
        para(vec![Inline::Strong(words("Term:")), text(" text")]),
        Block::List { start: None, items: vec![vec![para(words("one"))], vec![para(words("two"))]] },
        Block::List { start: Some(3), items: vec![vec![para(words("three"))]] },
        Block::Quote { blocks: vec![para(words("Words."))], attribution: Some(words("Speaker")) },
    ];
    let expected = [
        "<h2>Section</h2>",
        "<h3>Sub</h3>",
        "<p><strong>Term:</strong> text</p>",
        "<ul><li><p>one</p></li><li><p>two</p></li></ul>",
        "<ol start=\"3\"><li><p>three</p></li></ol>",
        "<blockquote><p>Words.</p><footer><cite>Speaker</cite></footer></blockquote>",
    ];
    assert_eq!(write(&blocks, &[]), expected.concat());
}
