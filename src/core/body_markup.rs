//! Typed blocks → the HTML text of an article body, escaped by construction, for the shell to
//! insert once instead of building every block as a view (issue 25, lever 1).
//!
//! Why it is safe whatever the blocks hold:
//! - every tag and attribute name is a `&'static str` written here (a closed set); nothing taken
//!   from data ever becomes a name;
//! - text goes through [`push_text`] (`&`, `<`, `>` escaped) and attribute values through
//!   [`push_attribute`] (`&`, `<`, `>`, `"`, `'` escaped), always inside `"…"`;
//! - every URL is checked again here with `url::safe_link` / `url::safe_image` (defence in depth:
//!   the converters already did), and the checked URL is what is written. A link that fails is
//!   written as its content without the `<a>`; an image that fails is dropped and its alt written
//!   as text;
//! - no raw-text element (`script`, `style`, `textarea`, `title`) and no `pre` followed directly
//!   by text is ever opened, so no text needs more than the escapes above.
//!
//! The markup is the DOM the Leptos views it replaced (`shell::ui::block_view`, `inlines`) built:
//! same tags, nesting, ids, classes and attributes, in the same order. Where it differs, on
//! purpose:
//! - a link inside a link is written as its content: the HTML parser would close the outer `<a>`
//!   at the inner one and move what follows out of it, where the views nested them;
//! - U+0000 is written as U+FFFD, as the parser turns it (the views kept an invisible NUL);
//!   U+000D is written `&#13;`, which the parser keeps (a raw one would become U+000A);
//! - the views leave an empty comment (`<!---->`, tachys's placeholder for a collected `Vec`)
//!   after every run of blocks, items, inlines, rows and cells, and make each `Inline::Text` its own
//!   text node; the writer writes no comments, and the parser joins adjacent text into one node.
//!   Neither is visible, and selectors and CSS never see comments (`tests/web.rs` already strips
//!   them before comparing the views' markup);
//! - the defence-in-depth fallbacks above, which never happen to blocks from `core`'s converters.
//!
//! Cost: one `String` sized by [`estimate`] and one work stack per call; the URL checks allocate
//! their checked copy. No recursion: depth is bounded by the heap, not the call stack. Natively
//! (release, opt-level 3) it writes the 6,599 real-feed bodies at about 160 MB/s.

use std::fmt::Write as _;

use super::anchor::BlockKeys;
use super::blocks::{Block, HeadingLevel, Image, Inline, Table};
use super::url;

/// Every element the writer may write: a closed set, each a literal in this file (tests/invariants.rs
/// checks the source against it, and the XSS tests check the parsed output).
pub const WRITTEN_TAGS: &[&str] = &[
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
/// Every attribute the writer may write.
pub const WRITTEN_ATTRIBUTES: &[&str] =
    &["id", "class", "tabindex", "start", "scope", "href", "rel", "src", "alt", "title", "loading", "decoding"];

/// The HTML text of an article body: `blocks` in order, each with the ids `keys` gives it (one
/// entry per top-level block, as `anchor::Anchors::blocks`; missing entries mean no id). Pass
/// `&[]` for blocks without ids.
pub fn write(blocks: &[Block], keys: &[BlockKeys]) -> String {
    let capacity = estimate(blocks).saturating_add(ids_length(keys));
    let mut writer = Writer { out: String::with_capacity(capacity), steps: Vec::new(), links_open: 0 };
    let keys = keys.iter().map(Some).chain(std::iter::repeat(None));
    for (block, keys) in blocks.iter().zip(keys) {
        let (id, items): (Option<&str>, &[String]) = match keys {
            Some(BlockKeys::One(key)) => (Some(key), &[]),
            Some(BlockKeys::Items(keys)) => (None, keys),
            Some(BlockKeys::None) | None => (None, &[]),
        };
        writer.run(Step::Block { block, id, items });
    }
    writer.out
}

/// What the ` id="…"` attributes of `keys` add.
fn ids_length(keys: &[BlockKeys]) -> usize {
    let id = |key: &String| 6 + key.len();
    keys.iter()
        .map(|keys| match keys {
            BlockKeys::None => 0,
            BlockKeys::One(key) => id(key),
            BlockKeys::Items(keys) => keys.iter().map(id).sum(),
        })
        .sum()
}

/// A little over the written length without ids: text bytes plus the typical markup around each
/// node, plus an eighth for escapes. On the real-feed corpus (6,599 bodies, ids added) it was
/// enough for all but 29, which grew once (text full of escaped `<`, at most 1.3× the estimate).
fn estimate(blocks: &[Block]) -> usize {
    let mut bytes = 0usize;
    let mut blocks_left: Vec<&Block> = blocks.iter().collect();
    let mut inlines_left: Vec<&Inline> = Vec::new();
    let image = |image: &Image| {
        96 + image.src.len()
            + image.alt.len()
            + image.title.as_ref().map_or(0, String::len)
            + image.link.as_ref().map_or(0, String::len)
    };
    while let Some(block) = blocks_left.pop() {
        bytes += 32;
        match block {
            Block::Heading { inlines, .. } | Block::Paragraph(inlines) => inlines_left.extend(inlines),
            Block::List { items, .. } => {
                bytes += 16 * items.len();
                blocks_left.extend(items.iter().flatten());
            }
            Block::Quote { blocks, attribution } => {
                blocks_left.extend(blocks);
                inlines_left.extend(attribution.iter().flatten());
            }
            Block::Code { language, text } => bytes += 32 + language.as_ref().map_or(0, String::len) + text.len(),
            Block::Image(picture) => bytes += 32 + image(picture),
            Block::Rule => {}
            Block::Table(table) => {
                for cell in table.head.iter().chain(&table.rows).flatten() {
                    bytes += 16;
                    inlines_left.extend(cell);
                }
            }
        }
        while let Some(inline) = inlines_left.pop() {
            match inline {
                Inline::Text(text) | Inline::Code(text) => bytes += 13 + text.len(),
                Inline::Link { href, children } => {
                    bytes += 40 + href.len();
                    inlines_left.extend(children);
                }
                Inline::Emphasis(children)
                | Inline::Strong(children)
                | Inline::Strikethrough(children)
                | Inline::Subscript(children)
                | Inline::Superscript(children) => {
                    bytes += 18;
                    inlines_left.extend(children);
                }
                Inline::Image(picture) => bytes += image(picture),
                Inline::LineBreak => bytes += 4,
            }
        }
    }
    bytes.saturating_add(bytes / 8)
}

/// One thing left to write. Children are pushed in reverse so they pop in document order.
enum Step<'a> {
    Block {
        block: &'a Block,
        id: Option<&'a str>,
        items: &'a [String],
    },
    Item {
        blocks: &'a [Block],
        id: Option<&'a str>,
    },
    Inline(&'a Inline),
    /// Fixed markup, usually a closing tag.
    Markup(&'static str),
    /// `</a>`, and one link fewer open.
    CloseLink,
}

struct Writer<'a> {
    out: String,
    steps: Vec<Step<'a>>,
    /// Links being written around the current inline: a link inside one is written as its content.
    links_open: usize,
}

impl<'a> Writer<'a> {
    fn run(&mut self, first: Step<'a>) {
        self.steps.push(first);
        while let Some(step) = self.steps.pop() {
            match step {
                Step::Block { block, id, items } => self.block(block, id, items),
                Step::Item { blocks, id } => {
                    self.open("li", id);
                    self.steps.push(Step::Markup("</li>"));
                    self.push_blocks(blocks);
                }
                Step::Inline(inline) => self.inline(inline),
                Step::Markup(markup) => self.out.push_str(markup),
                Step::CloseLink => {
                    self.links_open = self.links_open.saturating_sub(1);
                    self.out.push_str("</a>");
                }
            }
        }
    }

    fn push_blocks(&mut self, blocks: &'a [Block]) {
        self.steps.extend(blocks.iter().rev().map(|block| Step::Block { block, id: None, items: &[] }));
    }

    fn push_inlines(&mut self, inlines: &'a [Inline]) {
        self.steps.extend(inlines.iter().rev().map(Step::Inline));
    }

    /// `<tag id="…">`, the id only when there is one.
    fn open(&mut self, tag: &'static str, id: Option<&str>) {
        self.out.push('<');
        self.out.push_str(tag);
        if let Some(id) = id {
            push_attribute(&mut self.out, "id", id);
        }
        self.out.push('>');
    }

    fn block(&mut self, block: &'a Block, id: Option<&'a str>, items: &'a [String]) {
        match block {
            Block::Paragraph(inlines) => {
                self.open("p", id);
                self.steps.push(Step::Markup("</p>"));
                self.push_inlines(inlines);
            }
            Block::Heading { level, inlines } => {
                let (open, close) = match level {
                    HeadingLevel::H2 => ("h2", "</h2>"),
                    HeadingLevel::H3 => ("h3", "</h3>"),
                    HeadingLevel::H4 => ("h4", "</h4>"),
                    HeadingLevel::H5 => ("h5", "</h5>"),
                    HeadingLevel::H6 => ("h6", "</h6>"),
                };
                self.open(open, id);
                self.steps.push(Step::Markup(close));
                self.push_inlines(inlines);
            }
            // Lists carry no id of their own: their items do (`BlockKeys::Items`).
            Block::List { start, items: list } => {
                match start {
                    None => {
                        self.out.push_str("<ul>");
                        self.steps.push(Step::Markup("</ul>"));
                    }
                    Some(start) => {
                        self.out.push_str("<ol");
                        // As the view: `start` only when it differs from 1.
                        // A number needs no escaping; writing it in place saves a `String`.
                        if *start != 1 {
                            let _ = write!(self.out, " start=\"{start}\"");
                        }
                        self.out.push('>');
                        self.steps.push(Step::Markup("</ol>"));
                    }
                }
                for (index, blocks) in list.iter().enumerate().rev() {
                    self.steps.push(Step::Item { blocks, id: items.get(index).map(String::as_str) });
                }
            }
            Block::Quote { blocks, attribution } => {
                self.open("blockquote", id);
                self.steps.push(Step::Markup("</blockquote>"));
                if let Some(attribution) = attribution {
                    self.steps.push(Step::Markup("</cite></footer>"));
                    self.push_inlines(attribution);
                    self.steps.push(Step::Markup("<footer><cite>"));
                }
                self.push_blocks(blocks);
            }
            Block::Code { language, text } => {
                self.out.push_str("<pre");
                if let Some(id) = id {
                    push_attribute(&mut self.out, "id", id);
                }
                // `<code>` always follows `<pre>` directly, so a leading newline of the text is
                // not the one the parser drops after `<pre>`.
                self.out.push_str(" tabindex=\"0\"><code");
                if let Some(language) = language {
                    self.out.push_str(" class=\"language-");
                    push_escaped(&mut self.out, language, true);
                    self.out.push('"');
                }
                self.out.push('>');
                push_text(&mut self.out, text);
                self.out.push_str("</code></pre>");
            }
            Block::Image(image) => match url::safe_image("", &image.src) {
                Some(src) => {
                    self.open("figure", id);
                    // A picture that stood alone in a link keeps it (checked again, as every URL).
                    let link = image.link.as_deref().and_then(|href| url::safe_link("", href));
                    if let Some(href) = &link {
                        self.out.push_str("<a");
                        push_attribute(&mut self.out, "href", href);
                        self.out.push_str(" rel=\"noopener noreferrer\">");
                    }
                    self.out.push_str("<img");
                    push_attribute(&mut self.out, "src", &src);
                    push_attribute(&mut self.out, "alt", &image.alt);
                    self.out.push_str(" loading=\"lazy\" decoding=\"async\">");
                    if link.is_some() {
                        self.out.push_str("</a>");
                    }
                    if let Some(title) = &image.title {
                        self.out.push_str("<figcaption>");
                        push_text(&mut self.out, title);
                        self.out.push_str("</figcaption>");
                    }
                    self.out.push_str("</figure>");
                }
                // The id stays, so a saved place or a `#key` link still finds the unit.
                None => {
                    self.open("p", id);
                    push_text(&mut self.out, &image.alt);
                    self.out.push_str("</p>");
                }
            },
            Block::Rule => self.out.push_str("<hr>"),
            Block::Table(table) => self.table(table, id),
        }
    }

    fn table(&mut self, Table { head, rows }: &'a Table, id: Option<&'a str>) {
        // Wide tables scroll on their own rather than widening the page (as in the view).
        self.out.push_str("<div class=\"table-scroll\"");
        if let Some(id) = id {
            push_attribute(&mut self.out, "id", id);
        }
        self.out.push_str(" tabindex=\"0\"><table>");
        self.steps.push(Step::Markup("</tbody></table></div>"));
        for row in rows.iter().rev() {
            self.push_row(row, "<td>", "</td>");
        }
        self.steps.push(Step::Markup("<tbody>"));
        if let Some(head) = head {
            self.steps.push(Step::Markup("</thead>"));
            self.push_row(head, "<th scope=\"col\">", "</th>");
            self.steps.push(Step::Markup("<thead>"));
        }
    }

    fn push_row(&mut self, cells: &'a [Vec<Inline>], open: &'static str, close: &'static str) {
        self.steps.push(Step::Markup("</tr>"));
        for cell in cells.iter().rev() {
            self.steps.push(Step::Markup(close));
            self.push_inlines(cell);
            self.steps.push(Step::Markup(open));
        }
        self.steps.push(Step::Markup("<tr>"));
    }

    fn inline(&mut self, inline: &'a Inline) {
        let (open, close, children) = match inline {
            Inline::Text(text) => return push_text(&mut self.out, text),
            Inline::Code(code) => {
                self.out.push_str("<code>");
                push_text(&mut self.out, code);
                self.out.push_str("</code>");
                return;
            }
            Inline::LineBreak => return self.out.push_str("<br>"),
            Inline::Image(image) => return self.inline_image(image),
            Inline::Link { href, children } => return self.link(href, children),
            Inline::Emphasis(children) => ("<em>", "</em>", children),
            Inline::Strong(children) => ("<strong>", "</strong>", children),
            Inline::Strikethrough(children) => ("<del>", "</del>", children),
            Inline::Subscript(children) => ("<sub>", "</sub>", children),
            Inline::Superscript(children) => ("<sup>", "</sup>", children),
        };
        self.out.push_str(open);
        self.steps.push(Step::Markup(close));
        self.push_inlines(children);
    }

    fn link(&mut self, href: &str, children: &'a [Inline]) {
        let checked = if self.links_open == 0 { url::safe_link("", href) } else { None };
        if let Some(href) = checked {
            self.out.push_str("<a");
            push_attribute(&mut self.out, "href", &href);
            self.out.push_str(" rel=\"noopener noreferrer\">");
            self.links_open += 1;
            self.steps.push(Step::CloseLink);
        }
        self.push_inlines(children);
    }

    fn inline_image(&mut self, image: &Image) {
        let Some(src) = url::safe_image("", &image.src) else {
            return push_text(&mut self.out, &image.alt);
        };
        self.out.push_str("<img");
        push_attribute(&mut self.out, "src", &src);
        push_attribute(&mut self.out, "alt", &image.alt);
        if let Some(title) = &image.title {
            push_attribute(&mut self.out, "title", title);
        }
        self.out.push_str(" loading=\"lazy\" decoding=\"async\">");
    }
}

/// ` name="value"`, the value escaped for a double-quoted attribute. `name` is always a literal
/// of this module.
fn push_attribute(out: &mut String, name: &'static str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    push_escaped(out, value, true);
    out.push('"');
}

/// Text content, escaped so that nothing in it can open or close a tag or start a reference.
fn push_text(out: &mut String, text: &str) {
    push_escaped(out, text, false);
}

/// Copies `text` to `out` in runs, replacing only the characters that need it. Every special
/// character is ASCII, so each cut falls on a character boundary.
fn push_escaped(out: &mut String, text: &str, in_attribute: bool) {
    let mut run_start = 0;
    for (index, byte) in text.bytes().enumerate() {
        let replacement = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' if in_attribute => "&quot;",
            b'\'' if in_attribute => "&#39;",
            // The parser turns a raw CR into LF, and drops or replaces NUL: written so that the
            // parsed text is the text given (NUL as the U+FFFD the parser would make of it).
            b'\r' => "&#13;",
            0 => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(text.get(run_start..index).unwrap_or_default());
        out.push_str(replacement);
        run_start = index + 1;
    }
    out.push_str(text.get(run_start..).unwrap_or_default());
}

#[cfg(test)]
mod round_trip;
#[cfg(test)]
mod tests;
