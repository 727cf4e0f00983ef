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
    /// Where a picture standing alone links to (`<a href><img></a>`), safe like every URL here:
    /// as a block it is no longer inside its link, so the link travels with it.
    pub link: Option<String>,
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
            Block::Heading { inlines, .. } | Block::Paragraph(inlines) => push_inlines_text(inlines, out),
            Block::List { items, .. } => {
                for item in items {
                    push_blocks_text(item, out);
                }
            }
            Block::Quote { blocks, attribution } => {
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

/// Every image source in `blocks` (figures and inline images, at any depth), once each: what
/// "Save for offline" keeps of an article besides its text.
pub fn image_sources(blocks: &[Block]) -> Vec<String> {
    let mut sources: Vec<String> = Vec::new();
    let mut add = |src: &String| {
        if !sources.contains(src) {
            sources.push(src.clone());
        }
    };
    // An explicit stack: nesting is bounded (8), but a walk without recursion needs no argument.
    let mut blocks_left: Vec<&Block> = blocks.iter().rev().collect();
    let mut inlines_left: Vec<&Inline> = Vec::new();
    while let Some(block) = blocks_left.pop() {
        match block {
            Block::Image(image) => add(&image.src),
            Block::Heading { inlines, .. } | Block::Paragraph(inlines) => inlines_left.extend(inlines),
            Block::List { items, .. } => blocks_left.extend(items.iter().rev().flat_map(|item| item.iter().rev())),
            Block::Quote { blocks, attribution } => {
                blocks_left.extend(blocks.iter().rev());
                inlines_left.extend(attribution.iter().flatten());
            }
            Block::Table(table) => {
                inlines_left.extend(table.head.iter().flatten().flatten());
                inlines_left.extend(table.rows.iter().flatten().flatten());
            }
            Block::Code { .. } | Block::Rule => {}
        }
        while let Some(inline) = inlines_left.pop() {
            match inline {
                Inline::Image(image) => add(&image.src),
                Inline::Emphasis(children)
                | Inline::Strong(children)
                | Inline::Strikethrough(children)
                | Inline::Subscript(children)
                | Inline::Superscript(children)
                | Inline::Link { children, .. } => inlines_left.extend(children),
                Inline::Text(_) | Inline::Code(_) | Inline::LineBreak => {}
            }
        }
    }
    sources
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
    let rest = ATTRIBUTION_DASHES.iter().find_map(|dash| first.strip_prefix(dash))?.trim_start().to_owned();
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

#[cfg(test)]
mod tests {
    use super::*;

    fn image(src: &str) -> Image {
        Image { src: src.to_owned(), alt: String::new(), title: None, link: None }
    }

    fn check(blocks: Vec<Block>, expected: &[&str]) {
        let mut found = image_sources(&blocks);
        found.sort();
        let mut expected: Vec<String> = expected.iter().map(|src| (*src).to_owned()).collect();
        expected.sort();
        assert_eq!(found, expected);
    }

    #[test]
    fn image_sources_are_found_at_every_depth_once() {
        check(vec![], &[]);
        check(vec![Block::Paragraph(vec![Inline::Text("no pictures".into())]), Block::Rule], &[]);
        check(
            vec![
                Block::Image(image("https://x/a.png")),
                Block::Paragraph(vec![Inline::Link {
                    href: "https://x/".into(),
                    children: vec![Inline::Strong(vec![Inline::Image(image("https://x/b.png"))])],
                }]),
                Block::List {
                    start: None,
                    items: vec![vec![Block::Quote {
                        blocks: vec![Block::Image(image("https://x/c.png"))],
                        attribution: None,
                    }]],
                },
                Block::Table(Table { head: Some(vec![vec![Inline::Image(image("https://x/d.png"))]]), rows: vec![] }),
                Block::Image(image("https://x/a.png")),
            ],
            &["https://x/a.png", "https://x/b.png", "https://x/c.png", "https://x/d.png"],
        );
    }
}
