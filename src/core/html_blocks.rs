//! `content_html`, parsed into neutral `Node`s, turned into blocks by the allow-list in
//! `html_policy`. It flows like a browser lays out: inline content gathers into a paragraph until a
//! block starts; `<br><br>` ends a paragraph; unknown elements are unwrapped; every URL goes
//! through `safe_link`/`safe_image` against the feed URL.

use super::blocks::{inlines_text, push_merged, take_attribution, Block, HeadingLevel, Image, Inline, Table};
use super::html_policy::{is_block, kind, Element, Kind, Node, BLOCK_CONTAINERS, MAX_DEPTH, MAX_NESTING};
use super::url;

/// The blocks of an HTML body (the children of `<body>`), URLs resolved against `base_url`.
pub fn blocks(nodes: &[Node], base_url: &str) -> Vec<Block> {
    let mut flow = Flow::new(base_url, 0);
    flow.nodes(nodes, 0);
    flow.finish()
}

/// Blocks being built at one nesting level, and the paragraph still open.
struct Flow<'a> {
    base: &'a str,
    /// How many lists and quotes enclose this flow.
    nesting: usize,
    blocks: Vec<Block>,
    inlines: Vec<Inline>,
}

impl<'a> Flow<'a> {
    fn new(base: &'a str, nesting: usize) -> Self {
        Flow { base, nesting, blocks: Vec::new(), inlines: Vec::new() }
    }

    fn finish(mut self) -> Vec<Block> {
        self.flush();
        self.blocks
    }

    fn nodes(&mut self, nodes: &[Node], depth: usize) {
        let mut index = 0;
        while let Some(node) = nodes.get(index) {
            match node {
                Node::Text(text) => push_merged(&mut self.inlines, Inline::Text(collapse(text))),
                // `<li>` outside any list still shows as a bullet: a run of them is one list.
                Node::Element(element) if kind(&element.name) == Kind::ListItem && self.nesting < MAX_NESTING => {
                    let run = stray_items(nodes.get(index..).unwrap_or_default());
                    self.flush();
                    self.list_items(run.iter().copied(), None, depth);
                    index += run.len();
                    continue;
                }
                Node::Element(element) => self.element(element, depth),
            }
            index += 1;
        }
    }

    fn element(&mut self, element: &Element, depth: usize) {
        if depth >= MAX_DEPTH {
            push_merged(&mut self.inlines, Inline::Text(collapse(&raw_text(element))));
            return;
        }
        let children = &element.children;
        let inner = depth + 1;
        match kind(&element.name) {
            Kind::Dropped => {}
            Kind::Paragraph | Kind::ListItem | Kind::FigureCaption | Kind::TableRow | Kind::TableCell { .. } => {
                self.flush();
                self.nodes(children, inner);
                self.flush();
            }
            Kind::Heading(level) => {
                self.flush();
                let inlines = self.inline_content(children, inner);
                if !is_blank(&inlines) {
                    self.blocks.push(Block::Heading { level: heading_level(level), inlines });
                }
            }
            Kind::List { ordered } if self.nesting < MAX_NESTING => {
                self.flush();
                self.list(element, ordered, inner);
            }
            Kind::Quote if self.nesting < MAX_NESTING => {
                self.flush();
                self.quote(element, inner);
            }
            Kind::List { .. } | Kind::Quote => {
                // Too deep: the content stays, the nesting does not.
                self.flush();
                self.nodes(children, inner);
                self.flush();
            }
            Kind::Preformatted => {
                self.flush();
                let (label, text) = code_text(element);
                self.blocks.push(Block::Code { language: code_language(element).or(label), text });
            }
            Kind::Figure => {
                self.flush();
                self.figure(element, inner);
            }
            Kind::Image => {
                if let Some(image) = self.image(element) {
                    self.inlines.push(Inline::Image(image));
                }
            }
            Kind::Rule => {
                self.flush();
                self.blocks.push(Block::Rule);
            }
            Kind::Table => {
                self.flush();
                self.table(element, inner);
            }
            Kind::LineBreak => {
                // Two breaks in a row are how much HTML marks a paragraph.
                if matches!(self.inlines.last(), Some(Inline::LineBreak)) {
                    self.inlines.pop();
                    self.flush();
                } else {
                    self.inlines.push(Inline::LineBreak);
                }
            }
            _ if BLOCK_CONTAINERS.contains(&element.name.as_str()) => {
                self.flush();
                self.nodes(children, inner);
                self.flush();
            }
            inline if !has_block_inside(element) => {
                for converted in self.inline_element(element, inline, inner) {
                    push_merged(&mut self.inlines, converted);
                }
            }
            // Inline elements wrapping blocks (`<a><div>…</div></a>`) and unknown ones: unwrapped.
            _ => self.nodes(children, inner),
        }
    }

    /// Ends the open paragraph. A paragraph of images alone becomes image blocks.
    fn flush(&mut self) {
        let mut inlines = std::mem::take(&mut self.inlines);
        trim(&mut inlines);
        if inlines.is_empty() || (is_blank(&inlines) && !has_image(&inlines)) {
            return;
        }
        let images: Option<Vec<Image>> = inlines.iter().filter(|inline| !is_space(inline)).map(lone_image).collect();
        match images {
            Some(images) => self.blocks.extend(images.into_iter().map(Block::Image)),
            None => self.blocks.push(Block::Paragraph(inlines)),
        }
    }

    /// Inline content of `nodes`, blocks inside flattened to their text (for headings and cells).
    fn inline_content(&self, nodes: &[Node], depth: usize) -> Vec<Inline> {
        let mut flow = Flow::new(self.base, self.nesting);
        flow.nodes(nodes, depth);
        let mut out = Vec::new();
        for block in std::mem::take(&mut flow.blocks) {
            match block {
                Block::Paragraph(inlines) | Block::Heading { inlines, .. } => out.extend(inlines),
                Block::Image(image) => out.push(Inline::Image(image)),
                other => {
                    let mut text = String::new();
                    other.push_text(&mut text);
                    out.push(Inline::Text(collapse(&text)));
                }
            }
            out.push(Inline::Text(" ".to_owned()));
        }
        out.extend(flow.inlines);
        trim(&mut out);
        out
    }

    fn inline_element(&self, element: &Element, kind: Kind, depth: usize) -> Vec<Inline> {
        if kind == Kind::Code {
            return vec![Inline::Code(collapse(&raw_text(element)))];
        }
        let children = self.inline_content(&element.children, depth);
        if children.is_empty() {
            return children;
        }
        let wrapped = match kind {
            Kind::Emphasis => Inline::Emphasis(children),
            Kind::Strong => Inline::Strong(children),
            Kind::Strikethrough => Inline::Strikethrough(children),
            Kind::Subscript => Inline::Subscript(children),
            Kind::Superscript => Inline::Superscript(children),
            Kind::Link => match element.attribute("href").and_then(|href| url::safe_link(self.base, href)) {
                Some(href) => Inline::Link { href, children },
                None => return children,
            },
            _ => return children,
        };
        vec![wrapped]
    }

    fn list(&mut self, element: &Element, ordered: bool, depth: usize) {
        let start =
            ordered.then(|| element.attribute("start").and_then(|start| start.trim().parse().ok()).unwrap_or(1));
        self.list_items(element.children.iter(), start, depth);
    }

    fn list_items<'n>(&mut self, children: impl Iterator<Item = &'n Node>, start: Option<u64>, depth: usize) {
        let mut items: Vec<Vec<Block>> = Vec::new();
        for child in children {
            let mut flow = Flow::new(self.base, self.nesting + 1);
            match child {
                Node::Element(item) if kind(&item.name) == Kind::ListItem => {
                    flow.nodes(&item.children, depth + 1);
                    let blocks = flow.finish();
                    if !blocks.is_empty() {
                        items.push(blocks);
                    }
                }
                // Stray content between items belongs to the item before it.
                other => {
                    flow.nodes(std::slice::from_ref(other), depth);
                    let blocks = flow.finish();
                    match items.last_mut() {
                        Some(last) => last.extend(blocks),
                        None if !blocks.is_empty() => items.push(blocks),
                        None => {}
                    }
                }
            }
        }
        if !items.is_empty() {
            self.blocks.push(Block::List { start, items });
        }
    }

    fn quote(&mut self, element: &Element, depth: usize) {
        // A closing `<footer>` or `<cite>` names the speaker.
        let last =
            element.children.iter().rposition(|node| !matches!(node, Node::Text(text) if text.trim().is_empty()));
        let speaker = last.and_then(|index| match element.children.get(index) {
            Some(Node::Element(tail)) if tail.name == "footer" || tail.name == "cite" => Some((index, tail)),
            _ => None,
        });
        let body = match speaker {
            Some((index, _)) => element.children.get(..index).unwrap_or_default(),
            None => &element.children,
        };
        let mut flow = Flow::new(self.base, self.nesting + 1);
        flow.nodes(body, depth);
        let mut blocks = flow.finish();
        let attribution = speaker
            .map(|(_, tail)| strip_dash(self.inline_content(&tail.children, depth)))
            .filter(|inlines| !is_blank(inlines))
            .or_else(|| take_attribution(&mut blocks));
        if blocks.is_empty() && attribution.is_none() {
            return;
        }
        self.blocks.push(Block::Quote { blocks, attribution });
    }

    fn figure(&mut self, element: &Element, depth: usize) {
        // `<figure><blockquote>…</blockquote><figcaption>Speaker</figcaption></figure>`: the HTML
        // standard's way to attribute a quote.
        let quote = element.children.iter().find_map(|node| match node {
            Node::Element(child) if kind(&child.name) == Kind::Quote => Some(child),
            _ => None,
        });
        if let Some(quote) = quote.filter(|_| self.nesting < MAX_NESTING) {
            let before = self.blocks.len();
            self.quote(quote, depth + 1);
            let caption = element.children.iter().find_map(|node| match node {
                Node::Element(child) if child.name == "figcaption" => Some(child),
                _ => None,
            });
            let speaker = caption
                .map(|caption| strip_dash(self.inline_content(&caption.children, depth + 1)))
                .filter(|inlines| !is_blank(inlines));
            match (self.blocks.get_mut(before), speaker) {
                (Some(Block::Quote { attribution, .. }), Some(speaker)) if attribution.is_none() => {
                    *attribution = Some(speaker);
                }
                (None, Some(speaker)) => {
                    self.blocks.push(Block::Quote { blocks: Vec::new(), attribution: Some(speaker) })
                }
                _ => {}
            }
            return;
        }
        let image = descendants(element).find(|found| found.name == "img").and_then(|img| self.image(img));
        let Some(mut image) = image else {
            self.nodes(&element.children, depth);
            self.flush();
            return;
        };
        let caption = descendants(element)
            .find(|found| found.name == "figcaption")
            .map(|caption| collapse(&raw_text(caption)).trim().to_owned())
            .filter(|caption| !caption.is_empty());
        if caption.is_some() {
            image.title = caption;
        }
        // A figure's picture wrapped in a link keeps it.
        image.link = descendants(element)
            .find(|found| found.name == "a" && descendants(found).any(|inner| inner.name == "img"))
            .and_then(|link| link.attribute("href"))
            .and_then(|href| url::safe_link(self.base, href));
        self.blocks.push(Block::Image(image));
    }

    fn table(&mut self, element: &Element, depth: usize) {
        let mut head = None;
        let mut rows = Vec::new();
        for (in_head, row) in table_rows(element) {
            let cells: Vec<(bool, Vec<Inline>)> = row
                .children
                .iter()
                .filter_map(|node| match node {
                    Node::Element(cell) => match kind(&cell.name) {
                        Kind::TableCell { header } => Some((header, self.inline_content(&cell.children, depth))),
                        _ => None,
                    },
                    Node::Text(_) => None,
                })
                .collect();
            if cells.is_empty() {
                continue;
            }
            let all_headers = cells.iter().all(|(header, _)| *header);
            let cells: Vec<Vec<Inline>> = cells.into_iter().map(|(_, cell)| cell).collect();
            if head.is_none() && rows.is_empty() && (in_head || all_headers) {
                head = Some(cells);
            } else {
                rows.push(cells);
            }
        }
        if head.is_some() || !rows.is_empty() {
            self.blocks.push(Block::Table(Table { head, rows }));
        }
    }

    /// An `<img>` as an image, its real source found where lazy loaders keep it.
    fn image(&self, element: &Element) -> Option<Image> {
        let lazy = ["data-src", "data-lazy-src", "data-original"].iter().find_map(|name| element.attribute(name));
        let src = element.attribute("src").filter(|src| !src.trim_start().starts_with("data:"));
        let srcset =
            ["srcset", "data-srcset"].iter().find_map(|name| element.attribute(name).and_then(largest_candidate));
        let placeholder = element.attribute("src");
        let src = [lazy, src, srcset.as_deref(), placeholder]
            .into_iter()
            .flatten()
            .find_map(|candidate| url::safe_image(self.base, candidate))?;
        Some(Image {
            src,
            alt: collapse(element.attribute("alt").unwrap_or_default()).trim().to_owned(),
            title: element
                .attribute("title")
                .map(|title| collapse(title).trim().to_owned())
                .filter(|title| !title.is_empty()),
            link: None,
        })
    }
}

/// The run of `<li>` elements (and the blank text between them) that opens `nodes`.
fn stray_items(nodes: &[Node]) -> Vec<&Node> {
    nodes
        .iter()
        .take_while(|node| match node {
            Node::Element(element) => kind(&element.name) == Kind::ListItem,
            Node::Text(text) => text.trim().is_empty(),
        })
        .collect()
}

fn heading_level(level: u8) -> HeadingLevel {
    match level {
        0..=2 => HeadingLevel::H2,
        3 => HeadingLevel::H3,
        4 => HeadingLevel::H4,
        5 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// The candidate of a `srcset` with the largest width (or density), else the first.
fn largest_candidate(srcset: &str) -> Option<String> {
    srcset
        .split(',')
        .filter_map(|candidate| {
            let mut parts = candidate.split_whitespace();
            let url = parts.next()?;
            // "640w", "2x", "1.5x": the whole part is enough to rank, and integer parsing keeps
            // the float parser's tables out of the Wasm.
            let size = parts
                .next()
                .map(|descriptor| descriptor.split(['.', 'w', 'x']).next().unwrap_or_default())
                .and_then(|whole| whole.parse::<u32>().ok())
                .unwrap_or(0);
            Some((size, url))
        })
        .fold(None, |best: Option<(u32, &str)>, candidate| match best {
            Some(best) if best.0 >= candidate.0 => Some(best),
            _ => Some(candidate),
        })
        .map(|(_, url)| url.to_owned())
}

/// `language-rust` or `lang-rust` in the class, or `data-language`/`data-lang`, on the `<pre>`
/// or its `<code>`: letters, digits and `+#-_` only.
fn code_language(element: &Element) -> Option<String> {
    let code = descendants(element).find(|found| found.name == "code");
    let marked = [Some(element), code].into_iter().flatten();
    let from_data =
        marked.clone().find_map(|element| element.attribute("data-language").or(element.attribute("data-lang")));
    let from_class = marked
        .filter_map(|element| element.attribute("class"))
        .flat_map(str::split_whitespace)
        .find_map(|class| class.strip_prefix("language-").or_else(|| class.strip_prefix("lang-")));
    from_class.or(from_data).map(str::trim).filter(|language| is_language(language)).map(str::to_owned)
}

fn is_language(text: &str) -> bool {
    !text.is_empty() && text.len() <= 24 && text.chars().all(|c| c.is_ascii_alphanumeric() || "+#-_".contains(c))
}

/// The text of a `<pre>`, lines kept, and the language label a highlighter put beside the code.
///
/// Highlighters (Shiki, Prism, highlight.js, Chroma) wrap each line in a `<div>`, a `<span
/// class="line">` or a `<p>`, with or without newlines between them: each such element is a line.
/// When the `<pre>` holds one `<code>` and, outside it, only a word (`<div
/// class="language-id">vue</div>`), that word is the language and the code is the text.
fn code_text(pre: &Element) -> (Option<String>, String) {
    let codes: Vec<&Element> = descendants(pre).filter(|found| found.name == "code").collect();
    if let [code] = codes.as_slice() {
        let outside = text_outside(pre, code);
        let label = outside.trim();
        if label.is_empty() {
            return (None, code_lines(code));
        }
        if is_language(label) {
            return (Some(label.to_ascii_lowercase()), code_lines(code));
        }
    }
    (None, code_lines(pre))
}

/// The text of `element` outside `inner` (an element below it).
fn text_outside(element: &Element, inner: &Element) -> String {
    let mut out = String::new();
    let mut stack: Vec<&Node> = element.children.iter().rev().collect();
    while let Some(node) = stack.pop() {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::Element(child) if std::ptr::eq(child, inner) => {}
            Node::Element(child) if kind(&child.name) != Kind::Dropped => stack.extend(child.children.iter().rev()),
            Node::Element(_) => {}
        }
    }
    out
}

/// Whether `element` is one line of highlighted code.
fn is_line(element: &Element) -> bool {
    matches!(element.name.as_str(), "div" | "p")
        || element.attribute("class").is_some_and(|class| class.split_whitespace().any(|class| class == "line"))
}

/// The text inside a `<pre>` or `<code>`, whitespace as written, each line element on its line.
fn code_lines(element: &Element) -> String {
    enum Step<'a> {
        Node(&'a Node),
        EndLine,
    }
    let mut out = String::new();
    // After a line element: a newline written between lines is not one more line.
    let mut after_line = false;
    let mut stack: Vec<Step> = element.children.iter().rev().map(Step::Node).collect();
    while let Some(step) = stack.pop() {
        match step {
            Step::EndLine => {
                out.push('\n');
                after_line = true;
            }
            Step::Node(Node::Text(text)) => {
                let text = if after_line { text.strip_prefix('\n').unwrap_or(text) } else { text };
                after_line = after_line && text.is_empty();
                out.push_str(text);
            }
            Step::Node(Node::Element(child)) if child.name == "br" => {
                out.push('\n');
                after_line = false;
            }
            Step::Node(Node::Element(child)) if kind(&child.name) == Kind::Dropped => {}
            Step::Node(Node::Element(child)) if is_line(child) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                stack.push(Step::EndLine);
                stack.extend(child.children.iter().rev().map(Step::Node));
            }
            Step::Node(Node::Element(child)) => stack.extend(child.children.iter().rev().map(Step::Node)),
        }
    }
    // A newline right after `<pre>` is not content, as in a browser.
    out.strip_prefix('\n').map(str::to_owned).unwrap_or(out).trim_end().to_owned()
}

/// Every element below `element`, depth first, without recursion.
fn descendants(element: &Element) -> impl Iterator<Item = &Element> {
    let mut stack: Vec<&Node> = element.children.iter().rev().collect();
    std::iter::from_fn(move || {
        while let Some(node) = stack.pop() {
            if let Node::Element(found) = node {
                if kind(&found.name) == Kind::Dropped {
                    continue;
                }
                stack.extend(found.children.iter().rev());
                return Some(found);
            }
        }
        None
    })
}

/// The rows of a table, with whether each sits in its `<thead>`; nested tables are not entered.
fn table_rows(table: &Element) -> Vec<(bool, &Element)> {
    let mut rows = Vec::new();
    let mut stack: Vec<(bool, &Node)> = table.children.iter().rev().map(|node| (false, node)).collect();
    while let Some((in_head, node)) = stack.pop() {
        let Node::Element(element) = node else { continue };
        match element.name.as_str() {
            "tr" => rows.push((in_head, element)),
            "thead" | "tbody" | "tfoot" => {
                let head = element.name == "thead";
                stack.extend(element.children.iter().rev().map(|node| (head, node)));
            }
            _ => {}
        }
    }
    rows
}

/// The text inside `element`, without dropped elements, whitespace as written.
fn raw_text(element: &Element) -> String {
    let mut out = String::new();
    let mut stack: Vec<&Node> = element.children.iter().rev().collect();
    while let Some(node) = stack.pop() {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::Element(child) if child.name == "br" => out.push('\n'),
            Node::Element(child) if kind(&child.name) != Kind::Dropped => stack.extend(child.children.iter().rev()),
            Node::Element(_) => {}
        }
    }
    // A newline right after `<pre>` is not content, as in a browser.
    out.strip_prefix('\n').map(str::to_owned).unwrap_or(out).trim_end().to_owned()
}

fn has_block_inside(element: &Element) -> bool {
    descendants(element).any(|found| is_block(kind(&found.name)) || BLOCK_CONTAINERS.contains(&found.name.as_str()))
}

/// Runs of HTML whitespace become one space; other characters (no-break spaces) stay.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for character in text.chars() {
        if matches!(character, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(character);
            in_space = false;
        }
    }
    out
}

/// Drops leading and trailing spaces and line breaks of a paragraph.
fn trim(inlines: &mut Vec<Inline>) {
    let leading = inlines.iter().take_while(|inline| is_space(inline)).count();
    inlines.drain(..leading);
    while matches!(inlines.last(), Some(inline) if is_space(inline)) {
        inlines.pop();
    }
    if let Some(Inline::Text(first)) = inlines.first_mut() {
        *first = first.trim_start().to_owned();
    }
    if let Some(Inline::Text(last)) = inlines.last_mut() {
        *last = last.trim_end().to_owned();
    }
}

/// Whether `inline` is only white space (a line break counts), shown as nothing on its own.
pub(crate) fn is_space(inline: &Inline) -> bool {
    match inline {
        Inline::Text(text) => text.trim().is_empty(),
        Inline::LineBreak => true,
        _ => false,
    }
}

/// Whether `inlines` hold no visible text.
pub(crate) fn is_blank(inlines: &[Inline]) -> bool {
    inlines_text(inlines).trim().is_empty()
}

fn has_image(inlines: &[Inline]) -> bool {
    inlines.iter().any(|inline| lone_image(inline).is_some())
}

/// An image standing alone: itself, or as the only content of a link.
fn lone_image(inline: &Inline) -> Option<Image> {
    match inline {
        Inline::Image(image) => Some(image.clone()),
        Inline::Link { href, children } => match children.as_slice() {
            [Inline::Image(image)] => Some(Image { link: Some(href.clone()), ..image.clone() }),
            _ => None,
        },
        _ => None,
    }
}

/// A speaker line without its opening dash ("— Name" → "Name").
fn strip_dash(mut inlines: Vec<Inline>) -> Vec<Inline> {
    if let Some(Inline::Text(first)) = inlines.first_mut() {
        let stripped = first.trim_start().trim_start_matches(['—', '―', '–', '-']).trim_start();
        *first = stripped.to_owned();
    }
    if matches!(inlines.first(), Some(Inline::Text(first)) if first.is_empty()) {
        inlines.remove(0);
    }
    inlines
}

#[cfg(test)]
mod tests;
