//! CommonMark (an item's `_lectern.markdown`) to typed blocks, with pulldown-cmark.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

use super::blocks::{push_merged, take_attribution, Block, HeadingLevel, Image, Inline};
use super::html_policy::{kind, Kind};
use super::html_text;
use super::url;

/// Containers nested deeper than this are flattened into their parent, so hostile input
/// cannot make the renderer recurse without bound.
const MAX_BLOCK_DEPTH: usize = 8;
/// The same bound for inline containers such as emphasis inside emphasis.
const MAX_INLINE_DEPTH: usize = 8;

/// Converts markdown to blocks. Links and images resolve against `base_url` (the feed's URL);
/// those with unsafe schemes keep their text and lose their target.
pub fn blocks(markdown: &str, base_url: &str) -> Vec<Block> {
    let mut builder = Builder::new(base_url);
    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        builder.event(event);
    }
    builder.finish()
}

enum BlockKind {
    Root,
    Quote,
    List {
        start: Option<u64>,
    },
    Item,
    /// Too deep to nest: its blocks join the parent when it ends.
    Flattened,
}

struct BlockFrame {
    kind: BlockKind,
    blocks: Vec<Block>,
    items: Vec<Vec<Block>>,
}

enum InlineKind {
    Paragraph,
    Heading(HeadingLevel),
    Emphasis,
    Strong,
    Strikethrough,
    Link(Option<String>),
    Image {
        src: Option<String>,
        title: String,
    },
    /// Too deep to nest, or a container we do not keep: its inlines join the parent.
    Flattened,
}

struct InlineFrame {
    kind: InlineKind,
    inlines: Vec<Inline>,
}

struct Builder<'a> {
    base_url: &'a str,
    block_stack: Vec<BlockFrame>,
    inline_stack: Vec<InlineFrame>,
    code: Option<(Option<String>, String)>,
    /// An HTML block arrives one line per event; it is reduced to text once it is whole.
    html: Option<String>,
    /// Depth of real (not flattened) block containers, root excluded.
    block_depth: usize,
    inline_depth: usize,
    /// Inside inline `<script>` (or another element dropped with its content) until it closes:
    /// its text is not the article's.
    dropped_inline: Option<String>,
}

impl<'a> Builder<'a> {
    fn new(base_url: &'a str) -> Self {
        Builder {
            base_url,
            block_stack: vec![BlockFrame::new(BlockKind::Root)],
            inline_stack: Vec::new(),
            code: None,
            html: None,
            block_depth: 0,
            inline_depth: 0,
            dropped_inline: None,
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(_) if self.dropped_inline.is_some() => {}
            Event::Text(text) => {
                if let Some((_, code)) = self.code.as_mut() {
                    code.push_str(&text);
                } else {
                    self.push_inline(Inline::Text(text.into_string()));
                }
            }
            Event::Code(code) => self.push_inline(Inline::Code(code.into_string())),
            Event::SoftBreak => self.push_inline(Inline::Text(" ".to_owned())),
            Event::HardBreak => self.push_inline(Inline::LineBreak),
            Event::Rule => self.push_block(Block::Rule),
            Event::Html(html) => match self.html.as_mut() {
                Some(block) => block.push_str(&html),
                None => self.push_html(&html),
            },
            // Inline tags are dropped; the text between them arrives as ordinary text, except
            // inside elements the HTML allow-list drops with their content.
            Event::InlineHtml(html) => self.inline_html(&html),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.push_inline(Inline::Code(text.into_string())),
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => self.open_inline(InlineKind::Paragraph),
            Tag::Heading { level, .. } => self.open_inline(InlineKind::Heading(body_level(level))),
            Tag::BlockQuote(_) => self.open_block(BlockKind::Quote),
            Tag::List(start) => self.open_block(BlockKind::List { start }),
            Tag::Item => self.open_block(BlockKind::Item),
            Tag::CodeBlock(kind) => {
                self.close_implicit_paragraph();
                let language = match kind {
                    CodeBlockKind::Fenced(info) => info.split_whitespace().next().map(str::to_owned),
                    CodeBlockKind::Indented => None,
                };
                self.code = Some((language, String::new()));
            }
            Tag::HtmlBlock => {
                self.close_implicit_paragraph();
                self.html = Some(String::new());
            }
            Tag::Emphasis => self.open_inline(InlineKind::Emphasis),
            Tag::Strong => self.open_inline(InlineKind::Strong),
            Tag::Strikethrough => self.open_inline(InlineKind::Strikethrough),
            Tag::Link { dest_url, .. } => {
                let href = url::safe_link(self.base_url, &dest_url);
                self.open_inline(InlineKind::Link(href));
            }
            Tag::Image { dest_url, title, .. } => {
                let src = url::safe_image(self.base_url, &dest_url);
                self.open_inline(InlineKind::Image { src, title: title.into_string() });
            }
            // Not enabled in the parser options; kept as plain text if they ever appear.
            _ => self.open_inline(InlineKind::Flattened),
        }
    }

    fn end(&mut self, tag: TagEnd) {
        // An unclosed inline `<script>` ends with its paragraph, as pulldown-cmark's inline HTML does.
        if matches!(tag, TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell) {
            self.dropped_inline = None;
        }
        match tag {
            TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item => self.close_block(),
            TagEnd::CodeBlock => {
                if let Some((language, mut text)) = self.code.take() {
                    if text.ends_with('\n') {
                        text.pop();
                    }
                    self.push_block(Block::Code { language, text });
                }
            }
            TagEnd::HtmlBlock => {
                if let Some(html) = self.html.take() {
                    self.push_html(&html);
                }
            }
            _ => self.close_inline(),
        }
    }

    fn inline_html(&mut self, tag: &str) {
        let (closing, rest) = match tag.strip_prefix("</") {
            Some(rest) => (true, rest),
            None => (false, tag.strip_prefix('<').unwrap_or_default()),
        };
        let name: String =
            rest.chars().take_while(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect();
        match &self.dropped_inline {
            Some(open) if closing && *open == name => self.dropped_inline = None,
            None if !closing && !tag.ends_with("/>") && kind(&name) == Kind::Dropped => {
                self.dropped_inline = Some(name)
            }
            _ => {}
        }
    }

    /// Raw HTML keeps only its text, as paragraphs.
    fn push_html(&mut self, html: &str) {
        for paragraph in html_text::paragraphs(html) {
            self.push_block(Block::Paragraph(vec![Inline::Text(paragraph)]));
        }
    }

    fn open_block(&mut self, kind: BlockKind) {
        self.close_implicit_paragraph();
        let in_real_list = matches!(self.block_stack.last().map(|frame| &frame.kind), Some(BlockKind::List { .. }));
        // An item belongs to its list: it nests only when the list itself did.
        let kind = match kind {
            BlockKind::Item if in_real_list => BlockKind::Item,
            BlockKind::Item => BlockKind::Flattened,
            _ if self.block_depth >= MAX_BLOCK_DEPTH => BlockKind::Flattened,
            kind => {
                self.block_depth += 1;
                kind
            }
        };
        self.block_stack.push(BlockFrame::new(kind));
    }

    fn close_block(&mut self) {
        self.close_implicit_paragraph();
        // The root is never popped: it is the only frame `finish` reads.
        if self.block_stack.len() < 2 {
            return;
        }
        let Some(frame) = self.block_stack.pop() else {
            return;
        };
        if matches!(frame.kind, BlockKind::Quote | BlockKind::List { .. }) {
            self.block_depth = self.block_depth.saturating_sub(1);
        }
        match frame.kind {
            BlockKind::Root | BlockKind::Flattened => {
                for block in frame.blocks {
                    self.push_block(block);
                }
            }
            BlockKind::Quote => {
                let mut blocks = frame.blocks;
                let attribution = take_attribution(&mut blocks);
                self.push_block(Block::Quote { blocks, attribution });
            }
            BlockKind::List { start } => self.push_block(Block::List { start, items: frame.items }),
            BlockKind::Item => {
                if let Some(parent) = self.block_stack.last_mut() {
                    if matches!(parent.kind, BlockKind::List { .. }) {
                        parent.items.push(frame.blocks);
                    } else {
                        parent.blocks.extend(frame.blocks);
                    }
                }
            }
        }
    }

    fn open_inline(&mut self, kind: InlineKind) {
        let is_block = matches!(kind, InlineKind::Paragraph | InlineKind::Heading(_));
        if is_block {
            self.close_implicit_paragraph();
        }
        let kind = if !is_block && self.inline_depth >= MAX_INLINE_DEPTH { InlineKind::Flattened } else { kind };
        if !is_block {
            self.inline_depth += 1;
        }
        self.inline_stack.push(InlineFrame { kind, inlines: Vec::new() });
    }

    fn close_inline(&mut self) {
        let Some(frame) = self.inline_stack.pop() else {
            return;
        };
        let inlines = frame.inlines;
        match frame.kind {
            InlineKind::Paragraph => self.push_paragraph(inlines),
            InlineKind::Heading(level) => self.push_block(Block::Heading { level, inlines }),
            other => {
                self.inline_depth = self.inline_depth.saturating_sub(1);
                match other {
                    InlineKind::Emphasis => self.push_inline(Inline::Emphasis(inlines)),
                    InlineKind::Strong => self.push_inline(Inline::Strong(inlines)),
                    InlineKind::Strikethrough => self.push_inline(Inline::Strikethrough(inlines)),
                    InlineKind::Link(Some(href)) => self.push_inline(Inline::Link { href, children: inlines }),
                    InlineKind::Image { src: Some(src), title } => self.push_inline(Inline::Image(Image {
                        src,
                        alt: super::blocks::inlines_text(&inlines),
                        title: Some(title).filter(|title| !title.is_empty()),
                        link: None,
                    })),
                    _ => {
                        for inline in inlines {
                            self.push_inline(inline);
                        }
                    }
                }
            }
        }
    }

    /// A paragraph made of one image alone is a figure-like block image.
    fn push_paragraph(&mut self, inlines: Vec<Inline>) {
        let only_image = match inlines.as_slice() {
            [Inline::Image(image)] => Some(image.clone()),
            _ => None,
        };
        match only_image {
            Some(image) => self.push_block(Block::Image(image)),
            None if inlines.is_empty() => {}
            None => self.push_block(Block::Paragraph(inlines)),
        }
    }

    /// Tight list items carry text with no paragraph around it; this gives it one.
    fn push_inline(&mut self, inline: Inline) {
        if self.inline_stack.is_empty() {
            self.inline_stack.push(InlineFrame { kind: InlineKind::Paragraph, inlines: Vec::new() });
        }
        if let Some(frame) = self.inline_stack.last_mut() {
            push_merged(&mut frame.inlines, inline);
        }
    }

    fn close_implicit_paragraph(&mut self) {
        while !self.inline_stack.is_empty() {
            self.close_inline();
        }
    }

    fn push_block(&mut self, block: Block) {
        self.close_implicit_paragraph();
        if let Some(frame) = self.block_stack.last_mut() {
            frame.blocks.push(block);
        }
    }

    fn finish(mut self) -> Vec<Block> {
        self.close_implicit_paragraph();
        while self.block_stack.len() > 1 {
            self.close_block();
        }
        self.block_stack.pop().map(|root| root.blocks).unwrap_or_default()
    }
}

impl BlockFrame {
    fn new(kind: BlockKind) -> Self {
        BlockFrame { kind, blocks: Vec::new(), items: Vec::new() }
    }
}

/// Markdown `#` is demoted to `h2`: the headline is the article's only `h1`.
fn body_level(level: pulldown_cmark::HeadingLevel) -> HeadingLevel {
    use pulldown_cmark::HeadingLevel as Md;
    match level {
        Md::H1 | Md::H2 => HeadingLevel::H2,
        Md::H3 => HeadingLevel::H3,
        Md::H4 => HeadingLevel::H4,
        Md::H5 => HeadingLevel::H5,
        Md::H6 => HeadingLevel::H6,
    }
}

/// Adjacent text runs become one, so the view renders one text node per run.
#[cfg(test)]
mod tests;
