//! Test support: blocks as a one-line-per-block outline, so converter tests read like their input.
#![cfg(test)]

use super::blocks::{Block, Inline};

/// One line per block, indented for nesting, so each test reads like its input.
pub fn outline(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        outline_block(block, 0, &mut out);
    }
    out.trim_end().to_owned()
}

fn outline_block(block: &Block, depth: usize, out: &mut String) {
    let pad = "  ".repeat(depth);
    match block {
        Block::Heading { level, inlines } => {
            out.push_str(&format!("{pad}{} {}\n", format!("{level:?}").to_lowercase(), inlines_outline(inlines)))
        }
        Block::Paragraph(inlines) => out.push_str(&format!("{pad}p {}\n", inlines_outline(inlines))),
        Block::List { start, items } => {
            match start {
                Some(start) => out.push_str(&format!("{pad}ol {start}\n")),
                None => out.push_str(&format!("{pad}ul\n")),
            }
            for item in items {
                out.push_str(&format!("{pad}  li\n"));
                for block in item {
                    outline_block(block, depth + 2, out);
                }
            }
        }
        Block::Quote { blocks, attribution } => {
            out.push_str(&format!("{pad}quote\n"));
            for block in blocks {
                outline_block(block, depth + 1, out);
            }
            if let Some(attribution) = attribution {
                out.push_str(&format!("{pad}  cite {}\n", inlines_outline(attribution)));
            }
        }
        Block::Code { language, text } => {
            out.push_str(&format!("{pad}code {} {text:?}\n", language.as_deref().unwrap_or("-")))
        }
        Block::Image(image) => out.push_str(&format!("{pad}img {} {:?}\n", image.src, image.alt)),
        Block::Rule => out.push_str(&format!("{pad}hr\n")),
        Block::Table(table) => {
            out.push_str(&format!("{pad}table\n"));
            for row in table.head.iter() {
                let cells: Vec<String> = row.iter().map(|cell| inlines_outline(cell)).collect();
                out.push_str(&format!("{pad}  th {}\n", cells.join(" | ")));
            }
            for row in &table.rows {
                let cells: Vec<String> = row.iter().map(|cell| inlines_outline(cell)).collect();
                out.push_str(&format!("{pad}  tr {}\n", cells.join(" | ")));
            }
        }
    }
}

fn inlines_outline(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => format!("{text:?}"),
            Inline::Emphasis(children) => format!("em({})", inlines_outline(children)),
            Inline::Strong(children) => format!("strong({})", inlines_outline(children)),
            Inline::Strikethrough(children) => format!("del({})", inlines_outline(children)),
            Inline::Subscript(children) => format!("sub({})", inlines_outline(children)),
            Inline::Superscript(children) => format!("sup({})", inlines_outline(children)),
            Inline::Code(code) => format!("code({code:?})"),
            Inline::Link { href, children } => format!("a[{href}]({})", inlines_outline(children)),
            Inline::Image(image) => format!("img[{}]({:?})", image.src, image.alt),
            Inline::LineBreak => "br".to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}
