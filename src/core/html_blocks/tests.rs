//! HTML-to-blocks cases: sloppy real-world HTML parsed as a browser would, compared as outlines.

use super::*;
use crate::core::outline::outline;
use crate::core::test_support::parse_html;

const BASE: &str = "https://example.com/blog/feed.json";

#[track_caller]
fn check(html: &str, expected: &str) {
    assert_eq!(outline(&blocks(&parse_html(html), BASE)), expected.trim());
}

#[test]
fn paragraphs_and_inline_formatting() {
    check(
        "<p>Hello <em>big</em> <strong>world</strong></p><p>Two</p>",
        r#"
p "Hello " em("big") " " strong("world")
p "Two""#,
    );
}

#[test]
fn unclosed_paragraphs_and_items_close_as_a_browser_would() {
    check(
        "<p>One<p>Two<ul><li>a<li>b</ul>",
        r#"
p "One"
p "Two"
ul
  li
    p "a"
  li
    p "b""#,
    );
}

#[test]
fn text_directly_in_body_and_divs_becomes_paragraphs() {
    check(
        "Loose text<div>In a div</div>After",
        r#"
p "Loose text"
p "In a div"
p "After""#,
    );
}

#[test]
fn double_line_breaks_split_paragraphs_and_single_ones_stay() {
    check(
        "one<br>two<br><br>three",
        r#"
p "one" br "two"
p "three""#,
    );
}

#[test]
fn h1_becomes_h2_and_levels_are_kept() {
    check(
        "<h1>A</h1><h2>B</h2><h3>C</h3><h6>D</h6>",
        r#"
h2 "A"
h2 "B"
h3 "C"
h6 "D""#,
    );
}

#[test]
fn ordered_lists_keep_their_start() {
    check(
        r#"<ol start="4"><li>four</li></ol><ol><li>one</li></ol>"#,
        r#"
ol 4
  li
    p "four"
ol 1
  li
    p "one""#,
    );
}

#[test]
fn nested_lists() {
    check(
        "<ul><li>a<ul><li>b</li></ul></li></ul>",
        r#"
ul
  li
    p "a"
    ul
      li
        p "b""#,
    );
}

#[test]
fn blockquote_with_footer_cite_names_the_speaker() {
    check(
        "<blockquote><p>Words.</p><footer>— <cite>Someone</cite></footer></blockquote>",
        r#"
quote
  p "Words."
  cite em("Someone")"#,
    );
}

#[test]
fn blockquote_with_a_dash_line_names_the_speaker() {
    check(
        "<blockquote><p>Words.</p><p>— Someone, role</p></blockquote>",
        r#"
quote
  p "Words."
  cite "Someone, role""#,
    );
}

#[test]
fn pre_keeps_whitespace_and_language() {
    check(
        "<pre><code class=\"language-rust\">fn main() {\n    x\n}</code></pre>",
        r#"code rust "fn main() {\n    x\n}""#,
    );
}

#[test]
fn figure_with_caption() {
    check(
        r#"<figure><img src="a.jpg" alt="A cat"><figcaption>The cat, <em>asleep</em></figcaption></figure>"#,
        r#"img https://example.com/blog/a.jpg "A cat""#,
    );
    let blocks =
        blocks(&parse_html(r#"<figure><img src="a.jpg" alt="A cat"><figcaption>The cat</figcaption></figure>"#), BASE);
    assert!(matches!(&blocks[0], Block::Image(image) if image.title.as_deref() == Some("The cat")));
}

#[test]
fn image_wrapped_in_a_link_is_an_image_block() {
    check(
        r#"<p><a href="big.jpg"><img src="small.jpg" alt="x"></a></p>"#,
        r#"img https://example.com/blog/small.jpg "x""#,
    );
}

#[test]
fn inline_images_stay_inline() {
    check(
        r#"<p>See <img src="i.png" alt="icon"> here</p>"#,
        r#"p "See " img[https://example.com/blog/i.png]("icon") " here""#,
    );
}

#[test]
fn lazy_images_use_their_real_source() {
    check(
        r#"<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/real.jpg" alt="r">"#,
        r#"img https://example.com/real.jpg "r""#,
    );
    check(
        r#"<img srcset="s.jpg 320w, l.jpg 1024w, m.jpg 640w" alt="set">"#,
        r#"img https://example.com/blog/l.jpg "set""#,
    );
    check(
        r#"<img data-lazy-src="lazy.jpg" src="placeholder.gif" alt="l">"#,
        r#"img https://example.com/blog/lazy.jpg "l""#,
    );
}

#[test]
fn tables_keep_header_and_cells() {
    check("<table><thead><tr><th>Name</th><th>Age</th></tr></thead><tbody><tr><td>Ann</td><td><b>3</b></td></tr></tbody></table>", r#"
table
  th "Name" | "Age"
  tr "Ann" | strong("3")"#);
    check(
        "<table><tr><th>H</th></tr><tr><td>c</td></tr></table>",
        r#"
table
  th "H"
  tr "c""#,
    );
}

#[test]
fn sub_sup_del_code() {
    check(
        "<p>H<sub>2</sub>O x<sup>2</sup> <s>old</s> <code>a  b</code></p>",
        r#"p "H" sub("2") "O x" sup("2") " " del("old") " " code("a b")"#,
    );
}

#[test]
fn dropped_elements_vanish_with_their_content() {
    check("<p>a<script>alert(1)</script>b</p><style>p{}</style><iframe src=x></iframe><form><input value=v>f</form><svg><text>s</text></svg><math>m</math><template>t</template>", r#"p "ab""#);
}

#[test]
fn unknown_elements_are_unwrapped() {
    check("<p><span>in <font>span</font></span> <marquee>m</marquee></p>", r#"p "in span m""#);
}

#[test]
fn unsafe_links_lose_the_link_not_the_text() {
    check(
        r#"<p><a href="javascript:alert(1)">click</a> <a href="/ok">ok</a></p>"#,
        r#"p "click " a[https://example.com/ok]("ok")"#,
    );
}

#[test]
fn unsafe_images_are_dropped() {
    check(r#"<p>x<img src="javascript:alert(1)"><img src="data:text/html,<b>"></p>"#, r#"p "x""#);
}

#[test]
fn base_href_is_ignored() {
    check(
        r#"<base href="https://evil.example/"><p><a href="page">p</a></p>"#,
        r#"p a[https://example.com/blog/page]("p")"#,
    );
}

#[test]
fn entities_and_comments() {
    check("<p>&amp; &lt;b&gt; &eacute;<!-- hidden --></p>", r#"p "& <b> é""#);
}

#[test]
fn links_wrapping_blocks_keep_the_blocks() {
    check(r#"<a href="/x"><div>Block in link</div></a>"#, r#"p "Block in link""#);
}

#[test]
fn whitespace_only_content_makes_nothing() {
    check("<p> </p><div>\n\t</div><p><br></p>", "");
}

#[test]
fn deep_nesting_is_bounded() {
    let html = format!("{}deep{}", "<blockquote>".repeat(200), "</blockquote>".repeat(200));
    let blocks = blocks(&parse_html(&html), BASE);
    assert_eq!(blocks.len(), 1);
    let lines = outline(&blocks).lines().count();
    assert!(lines <= MAX_NESTING + 2, "{lines}");
    let spans = format!("{}x{}", "<span>".repeat(5000), "</span>".repeat(5000));
    check(&spans, r#"p "x""#);
}

/// Counts of structure, in source HTML (as parsed) or in blocks.
#[derive(Debug, Default, PartialEq, Clone, Copy)]
struct Structure {
    headings: usize,
    items: usize,
    quotes: usize,
    code: usize,
    tables: usize,
    images: usize,
    links: usize,
}

fn has_text(element: &Element) -> bool {
    !raw_text(element).trim().is_empty()
}

/// What the source holds that a reader would see: non-empty headings, items, quotes, code and
/// tables, images with a safe source, and links with a safe target and some text or an image.
fn source_structure(nodes: &[Node]) -> Structure {
    let mut counts = Structure::default();
    let mut stack: Vec<&Node> = nodes.iter().collect();
    while let Some(node) = stack.pop() {
        let Node::Element(element) = node else { continue };
        match kind(&element.name) {
            Kind::Dropped => continue,
            Kind::Heading(_) if has_text(element) => counts.headings += 1,
            Kind::ListItem if has_text(element) => counts.items += 1,
            Kind::Quote if has_text(element) => counts.quotes += 1,
            Kind::Preformatted => counts.code += 1,
            Kind::Table => counts.tables += 1,
            Kind::Image if Flow::new(BASE, 0).image(element).is_some() => counts.images += 1,
            Kind::Link
                if (has_text(element) || descendants(element).any(|inner| inner.name == "img"))
                    && element.attribute("href").and_then(|href| url::safe_link(BASE, href)).is_some() =>
            {
                counts.links += 1
            }
            _ => {}
        }
        // Code and tables keep their inside as text or cells; headings keep only inline content.
        if !matches!(kind(&element.name), Kind::Preformatted | Kind::Table) {
            stack.extend(&element.children);
        }
    }
    counts
}

fn block_structure(blocks: &[Block], counts: &mut Structure) {
    for block in blocks {
        match block {
            Block::Heading { inlines, .. } => {
                counts.headings += 1;
                inline_structure(inlines, counts);
            }
            Block::Paragraph(inlines) => inline_structure(inlines, counts),
            Block::List { items, .. } => {
                counts.items += items.len();
                for item in items {
                    block_structure(item, counts);
                }
            }
            Block::Quote { blocks, attribution } => {
                counts.quotes += 1;
                block_structure(blocks, counts);
                inline_structure(attribution.as_deref().unwrap_or_default(), counts);
            }
            Block::Code { .. } => counts.code += 1,
            Block::Table(_) => counts.tables += 1,
            Block::Image(image) => {
                counts.images += 1;
                counts.links += usize::from(image.link.is_some());
            }
            Block::Rule => {}
        }
    }
}

fn inline_structure(inlines: &[Inline], counts: &mut Structure) {
    for inline in inlines {
        match inline {
            Inline::Image(_) => counts.images += 1,
            Inline::Link { children, .. } => {
                counts.links += 1;
                inline_structure(children, counts);
            }
            Inline::Emphasis(children)
            | Inline::Strong(children)
            | Inline::Strikethrough(children)
            | Inline::Subscript(children)
            | Inline::Superscript(children) => inline_structure(children, counts),
            Inline::Text(_) | Inline::Code(_) | Inline::LineBreak => {}
        }
    }
}

#[test]
fn real_feeds_keep_their_structure() {
    use crate::core::feed::{parse, BodySource};
    use crate::core::test_support::corpus;
    let (mut items, mut source_total, mut blocks_total) = (0, Structure::default(), Structure::default());
    for (name, text) in corpus("feeds", 10) {
        let Ok(feed) = parse(&text, BASE) else { continue };
        for item in &feed.items {
            let BodySource::Html(html) = &item.body else { continue };
            items += 1;
            let nodes = parse_html(html);
            let source = source_structure(&nodes);
            let mut converted = Structure::default();
            block_structure(&blocks(&nodes, BASE), &mut converted);
            // Every heading, item, quote, code block and table is kept; images and links may be
            // fewer only where a linked image became an image block (the link is dropped).
            let Structure { images, links, .. } = converted;
            assert_eq!(Structure { images, links, ..source }, converted, "{name} item {}", item.id);
            assert_eq!(images, source.images, "{name} item {}: images", item.id);
            assert!(
                links <= source.links && source.links - links <= source.images,
                "{name} item {}: links {links} of {}",
                item.id,
                source.links
            );
            for (total, counts) in [(&mut source_total, source), (&mut blocks_total, converted)] {
                total.headings += counts.headings;
                total.items += counts.items;
                total.quotes += counts.quotes;
                total.code += counts.code;
                total.tables += counts.tables;
                total.images += counts.images;
                total.links += counts.links;
            }
        }
    }
    assert!(items > 50, "only {items} HTML items in the corpus");
    eprintln!("{items} HTML items; source {source_total:?}; blocks {blocks_total:?}");
}

/// Every URL in `blocks`, links and images.
fn urls(blocks: &[Block], out: &mut Vec<String>) {
    fn inline_urls(inlines: &[Inline], out: &mut Vec<String>) {
        for inline in inlines {
            match inline {
                Inline::Link { href, children } => {
                    out.push(href.clone());
                    inline_urls(children, out);
                }
                Inline::Image(image) => out.push(image.src.clone()),
                Inline::Emphasis(children)
                | Inline::Strong(children)
                | Inline::Strikethrough(children)
                | Inline::Subscript(children)
                | Inline::Superscript(children) => inline_urls(children, out),
                Inline::Text(_) | Inline::Code(_) | Inline::LineBreak => {}
            }
        }
    }
    for block in blocks {
        match block {
            Block::Heading { inlines, .. } | Block::Paragraph(inlines) => inline_urls(inlines, out),
            Block::List { items, .. } => items.iter().for_each(|item| urls(item, out)),
            Block::Quote { blocks, attribution } => {
                urls(blocks, out);
                inline_urls(attribution.as_deref().unwrap_or_default(), out);
            }
            Block::Image(image) => out.push(image.src.clone()),
            Block::Table(table) => {
                table.head.iter().chain(&table.rows).flatten().for_each(|cell| inline_urls(cell, out))
            }
            Block::Code { .. } | Block::Rule => {}
        }
    }
}

#[test]
fn xss_payloads_leave_only_safe_urls_and_no_script_text() {
    #[derive(serde::Deserialize)]
    struct Case {
        payload: String,
    }
    let path = crate::core::test_support::corpora().join("xss/dompurify-payloads.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let cases: Vec<Case> = serde_json::from_str(&text).unwrap();
    assert!(cases.len() >= 200, "only {} payloads", cases.len());
    for Case { payload } in &cases {
        for blocks in [blocks(&parse_html(payload), BASE), crate::core::markdown::blocks(payload, BASE)] {
            let mut found = Vec::new();
            urls(&blocks, &mut found);
            for url in found {
                let safe = url.starts_with("https://")
                    || url.starts_with("http://")
                    || url.starts_with("mailto:")
                    || (url.starts_with("data:image/") && !url.starts_with("data:image/svg"));
                assert!(safe, "{url:?} from {payload:?}");
            }
        }
        // What a `<script>` or `<style>` holds never becomes text (text that merely looks like
        // markup, such as escaped `&lt;img onerror=…&gt;`, is shown as the text it is).
        let nodes = parse_html(payload);
        let shown = crate::core::blocks::blocks_text(&blocks(&nodes, BASE));
        for hidden in script_texts(&nodes) {
            assert!(!shown.contains(hidden.trim()), "{hidden:?} shown from {payload:?}");
        }
    }
}

fn script_texts(nodes: &[Node]) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack: Vec<&Node> = nodes.iter().collect();
    while let Some(node) = stack.pop() {
        if let Node::Element(element) = node {
            if matches!(element.name.as_str(), "script" | "style") {
                let text = raw_text(element);
                if text.trim().len() > 3 {
                    found.push(text);
                }
            }
            stack.extend(&element.children);
        }
    }
    found
}

#[test]
fn highlighted_code_keeps_its_lines_and_its_language() {
    // Shiki, as the seviche-blog-zh feed has it: a language label beside the code, a div per line.
    check(
        r#"<pre class="shiki material-default"><div class="language-id">vue</div><div class='code-container'><code><div class='line'>&lt;script setup&gt;</div><div class='line'>const msg = 'Hello'</div><div class='line'></div><div class='line'>&lt;/script&gt;</div></code></div></pre>"#,
        r#"code vue "<script setup>\nconst msg = 'Hello'\n\n</script>""#,
    );
    // Newer Shiki: span lines with newlines between them.
    check(
        "<pre class=\"shiki\"><code><span class=\"line\"><span>a</span></span>\n<span class=\"line\">b</span>\n<span class=\"line\"></span>\n<span class=\"line\">c</span></code></pre>",
        r#"code - "a\nb\n\nc""#,
    );
    // Line breaks, a leading language word, and data-language.
    check(r#"<pre><span>rust</span><code>fn a() {}<br>fn b() {}</code></pre>"#, r#"code rust "fn a() {}\nfn b() {}""#);
    check(r#"<pre data-language="python"><code>x = 1</code></pre>"#, r#"code python "x = 1""#);
    check(r#"<pre><code class="language-js">a</code></pre>"#, r#"code js "a""#);
    // Prose outside the code is not a label: the whole block is the code.
    check(r#"<pre>Output of the run: <code>ok</code></pre>"#, r#"code - "Output of the run: ok""#);
}

#[test]
fn a_quote_in_a_figure_takes_its_caption_as_speaker() {
    check(
        "<figure><blockquote><p>To be or not to be.</p></blockquote><figcaption>— Hamlet</figcaption></figure>",
        r#"
quote
  p "To be or not to be."
  cite "Hamlet""#,
    );
}

/// The same structure count over the real RSS, Atom and RDF feeds' bodies: each kind of element is
/// kept at 95% or more (figures: every `<figure>` with a picture is an image block, counted above).
#[test]
fn real_xml_feeds_keep_their_structure() {
    use crate::core::feed::BodySource;
    use crate::core::test_support::{corpora, decode, xml_feed};
    let (mut items, mut source_total, mut blocks_total) = (0, Structure::default(), Structure::default());
    let mut figures = (0, 0);
    for entry in std::fs::read_dir(corpora().join("feeds-xml/real")).unwrap().flatten() {
        let text = decode(&std::fs::read(entry.path()).unwrap(), None);
        let Ok(feed) = xml_feed(&text, BASE) else { continue };
        for item in &feed.items {
            let BodySource::Html(html) = &item.body else { continue };
            items += 1;
            let nodes = parse_html(html);
            let source = source_structure(&nodes);
            let converted_blocks = blocks(&nodes, BASE);
            let mut converted = Structure::default();
            block_structure(&converted_blocks, &mut converted);
            // Every picture's caption stays its caption.
            let captions = figure_captions(&nodes);
            figures.0 += captions.len();
            figures.1 += captions
                .iter()
                .filter(|caption| {
                    converted_blocks.iter().any(
                        |block| matches!(block, Block::Image(Image { title: Some(title), .. }) if title == *caption),
                    )
                })
                .count();
            for (total, counts) in [(&mut source_total, source), (&mut blocks_total, converted)] {
                total.headings += counts.headings;
                total.items += counts.items;
                total.quotes += counts.quotes;
                total.code += counts.code;
                total.tables += counts.tables;
                total.images += counts.images;
                total.links += counts.links;
            }
        }
    }
    eprintln!("{items} HTML items; source {source_total:?}; blocks {blocks_total:?}; captions {figures:?}");
    let pairs = [
        ("headings", source_total.headings, blocks_total.headings),
        ("items", source_total.items, blocks_total.items),
        ("quotes", source_total.quotes, blocks_total.quotes),
        ("code", source_total.code, blocks_total.code),
        ("tables", source_total.tables, blocks_total.tables),
        ("images", source_total.images, blocks_total.images),
        ("links", source_total.links, blocks_total.links),
    ];
    for (kind, source, kept) in pairs {
        assert!(kept * 100 >= source * 95, "{kind}: {kept} of {source}");
    }
    assert!(items > 300, "only {items} HTML items");
    assert!(figures.0 > 10 && figures.1 == figures.0, "captions kept: {figures:?}");
}

/// The caption text of every `<figure>` holding an `<img>` and a non-empty `<figcaption>`.
fn figure_captions(nodes: &[Node]) -> Vec<String> {
    let mut captions = Vec::new();
    let mut stack: Vec<&Node> = nodes.iter().collect();
    while let Some(node) = stack.pop() {
        let Node::Element(element) = node else { continue };
        if element.name == "figure" && descendants(element).any(|inner| inner.name == "img") {
            let caption = descendants(element).find(|inner| inner.name == "figcaption");
            if let Some(text) = caption.map(|caption| collapse(&raw_text(caption)).trim().to_owned()) {
                if !text.is_empty()
                    && Flow::new(BASE, 0).image(descendants(element).find(|i| i.name == "img").unwrap()).is_some()
                {
                    captions.push(text);
                }
            }
        }
        stack.extend(&element.children);
    }
    captions
}

#[test]
fn a_linked_picture_keeps_its_link_as_a_block() {
    let converted = blocks(
        &parse_html(
            r#"<p><a href="/big"><img src="a.png" alt="A"></a></p><figure><a href="https://x.org/"><img src="b.png"></a><figcaption>B</figcaption></figure>"#,
        ),
        BASE,
    );
    let links: Vec<Option<&str>> = converted
        .iter()
        .map(|block| match block {
            Block::Image(image) => image.link.as_deref(),
            _ => None,
        })
        .collect();
    assert_eq!(links, [Some("https://example.com/big"), Some("https://x.org/")]);
}
