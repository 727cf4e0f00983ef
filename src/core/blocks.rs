//! The typed vocabulary of an article body: `Block` and `Inline`. No parsing, no view.

/// A heading inside an article body. There is no level 1: the headline is the page's only `<h1>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadingLevel {
    H2,
    H3,
    H4,
    H5,
    H6,
}

/// One block-level piece of an article body, already validated: every URL in it is safe to render.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading {
        level: HeadingLevel,
        inlines: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    List {
        /// The first number of a numbered list; `None` for a bullet list.
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    Quote {
        blocks: Vec<Block>,
        /// Who said it, from a final paragraph that starts with an em dash.
        attribution: Option<Vec<Inline>>,
    },
    Code {
        language: Option<String>,
        text: String,
    },
    Image(Image),
    Rule,
    Table(Table),
}

/// A table: an optional header row, then body rows; each cell is a run of inlines.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub head: Option<Vec<Vec<Inline>>>,
    pub rows: Vec<Vec<Vec<Inline>>>,
}

/// An image with the text a reader hears or sees instead of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    pub src: String,
    pub alt: String,
    pub title: Option<String>,
}

/// Text-level content inside a block.
#[derive(Clone, Debug, PartialEq)]
pub enum Inline {
    Text(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    Strikethrough(Vec<Inline>),
    Subscript(Vec<Inline>),
    Superscript(Vec<Inline>),
    Code(String),
    Link { href: String, children: Vec<Inline> },
    Image(Image),
    LineBreak,
}

impl Inline {
    /// Appends this inline's readable text to `out`, as a screen reader would speak it.
    pub fn push_text(&self, out: &mut String) {
        match self {
            Inline::Text(text) | Inline::Code(text) => out.push_str(text),
            Inline::Emphasis(children)
            | Inline::Strong(children)
            | Inline::Strikethrough(children)
            | Inline::Subscript(children)
            | Inline::Superscript(children)
            | Inline::Link { children, .. } => push_inlines_text(children, out),
            Inline::Image(image) => out.push_str(&image.alt),
            Inline::LineBreak => out.push(' '),
        }
    }
}

/// Appends the readable text of a run of inlines to `out`.
pub fn push_inlines_text(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        inline.push_text(out);
    }
}

/// The readable text of a run of inlines.
pub fn inlines_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_inlines_text(inlines, &mut out);
    out
}

impl Block {
    /// Appends this block's readable text to `out`, blocks separated by newlines.
    pub fn push_text(&self, out: &mut String) {
        match self {
            Block::Heading { inlines, .. } | Block::Paragraph(inlines) => {
                push_inlines_text(inlines, out)
            }
            Block::List { items, .. } => {
                for item in items {
                    push_blocks_text(item, out);
                }
            }
            Block::Quote {
                blocks,
                attribution,
            } => {
                push_blocks_text(blocks, out);
                if let Some(attribution) = attribution {
                    push_inlines_text(attribution, out);
                }
            }
            Block::Code { text, .. } => out.push_str(text),
            Block::Image(image) => out.push_str(&image.alt),
            Block::Rule => {}
            Block::Table(table) => {
                for row in table.head.iter().chain(&table.rows) {
                    for cell in row {
                        push_inlines_text(cell, out);
                        out.push(' ');
                    }
                    out.push('\n');
                }
            }
        }
        out.push('\n');
    }
}

/// Appends the readable text of a sequence of blocks to `out`.
pub fn push_blocks_text(blocks: &[Block], out: &mut String) {
    for block in blocks {
        block.push_text(out);
    }
}

/// The readable text of a sequence of blocks, one block per line.
pub fn blocks_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    push_blocks_text(blocks, &mut out);
    out
}

/// Appends `inline`, joining it to a preceding text run.
pub fn push_merged(inlines: &mut Vec<Inline>, inline: Inline) {
    if let (Some(Inline::Text(last)), Inline::Text(next)) = (inlines.last_mut(), &inline) {
        last.push_str(next);
        return;
    }
    inlines.push(inline);
}

/// The dashes that open a quote's attribution line ("— Jean-Noël Barrot").
const ATTRIBUTION_DASHES: [&str; 4] = ["—", "―", "--", "–"];

/// Takes a quote's final paragraph as its attribution when it opens with a dash and
/// something else in the quote remains to be attributed.
pub fn take_attribution(blocks: &mut Vec<Block>) -> Option<Vec<Inline>> {
    if blocks.len() < 2 {
        return None;
    }
    let Some(Block::Paragraph(inlines)) = blocks.last() else {
        return None;
    };
    let Some(Inline::Text(first)) = inlines.first() else {
        return None;
    };
    let rest = ATTRIBUTION_DASHES
        .iter()
        .find_map(|dash| first.strip_prefix(dash))?
        .trim_start()
        .to_owned();
    let Some(Block::Paragraph(mut inlines)) = blocks.pop() else {
        return None;
    };
    if rest.is_empty() {
        inlines.remove(0);
    } else if let Some(first) = inlines.first_mut() {
        *first = Inline::Text(rest);
    }
    Some(inlines)
}
