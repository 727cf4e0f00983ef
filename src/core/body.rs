//! An item's body as blocks: `_lectern.markdown`, else `content_html`, else `content_text`; and
//! its reading time, counted from the source without building the blocks.

use super::blocks::{Block, Inline};
use super::feed::{BodySource, Item};
use super::html_policy::Node;
use super::{html_blocks, html_text, markdown, reading_time};

/// Parses an HTML fragment into neutral nodes: the browser's DOMParser in the app, html5ever in
/// native tests. Core never parses HTML into markup itself.
pub type ParseHtml<'a> = &'a dyn Fn(&str) -> Vec<Node>;

/// An article ready to show: its blocks, and anything the reader should know about how it is
/// shown. Its reading time comes from `words` and the reader's own speed (`core::reading_speed`).
#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    pub blocks: Vec<Block>,
    pub notice: Option<Notice>,
}

/// Something about the body the reader is told above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Notice {
    #[error("This article has no text in the feed.")]
    Empty,
    #[error("The feed carries only a link to this article.")]
    OnlyLink,
}

/// Builds the body of `item`, resolving its URLs against `feed_url`.
pub fn body(item: &Item, feed_url: &str, parse_html: ParseHtml<'_>) -> Body {
    // An XML feed's `xml:base` rules its bodies' relative URLs.
    let feed_url = item.base_url.as_deref().unwrap_or(feed_url);
    let blocks = match &item.body {
        BodySource::Markdown(markdown) => markdown::blocks(markdown, feed_url),
        BodySource::Html(html) => html_blocks::blocks(&parse_html(html), feed_url),
        BodySource::Text(text) => text_blocks(text_paragraphs(text)),
        BodySource::Empty => Vec::new(),
    };
    let notice = match (blocks.is_empty(), &item.url) {
        (false, _) => None,
        (true, Some(_)) => Some(Notice::OnlyLink),
        (true, None) => Some(Notice::Empty),
    };
    Body { blocks, notice }
}

/// The words of `item` (title, summary, body), from its source text: cheap enough for a
/// 100,000-item list. Markdown and HTML syntax is not counted (tokens without a letter or digit, tags).
pub fn words(item: &Item) -> usize {
    let source_words = match &item.body {
        BodySource::Markdown(text) => reading_time::prose_word_count(text),
        BodySource::Text(text) => reading_time::word_count(text),
        BodySource::Html(html) => html_text::paragraphs(html).iter().map(|text| reading_time::word_count(text)).sum(),
        BodySource::Empty => 0,
    };
    reading_time::word_count(&item.display_title())
        + item.summary.as_deref().map_or(0, reading_time::word_count)
        + source_words
}

/// Plain text splits into paragraphs at blank lines; single newlines inside one are spaces.
fn text_paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|paragraph| !paragraph.is_empty())
        .collect()
}

fn text_blocks(paragraphs: Vec<String>) -> Vec<Block> {
    paragraphs.into_iter().map(|paragraph| Block::Paragraph(vec![Inline::Text(paragraph)])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::feed::Item;
    use crate::core::test_support::parse_html;

    fn body(item: &Item, feed_url: &str) -> Body {
        super::body(item, feed_url, &parse_html)
    }

    fn item(body: BodySource) -> Item {
        Item {
            id: "1".to_owned(),
            url: None,
            title: Some("Title".to_owned()),
            authors: Vec::new(),
            published: None,
            modified: None,
            summary: None,
            image: None,
            tags: Vec::new(),
            language: None,
            body,
            attachments: Vec::new(),
            base_url: None,
        }
    }

    fn paragraph(text: &str) -> Block {
        Block::Paragraph(vec![Inline::Text(text.to_owned())])
    }

    #[test]
    fn markdown_becomes_blocks_without_notice() {
        let body = body(&item(BodySource::Markdown("Hello *you*".to_owned())), "https://x/");
        assert_eq!(body.notice, None);
        assert_eq!(body.blocks.len(), 1);
    }

    #[test]
    fn text_splits_on_blank_lines() {
        let body = body(&item(BodySource::Text("One\nline\n\n\nTwo\r\n\r\nThree".to_owned())), "https://x/");
        assert_eq!(body.blocks, vec![paragraph("One line"), paragraph("Two"), paragraph("Three")]);
    }

    #[test]
    fn html_becomes_blocks_by_the_allow_list() {
        let body = body(&item(BodySource::Html("<p>One <script>x</script></p><p>Two</p>".to_owned())), "https://x/");
        assert_eq!(body.blocks, vec![paragraph("One"), paragraph("Two")]);
        assert_eq!(body.notice, None);
    }

    #[test]
    fn no_body_says_so() {
        let body = body(&item(BodySource::Empty), "https://x/");
        assert_eq!(body.notice, Some(Notice::Empty));
        // Even an empty article reads as a minute: nobody is told "0 min read".
        let minutes = crate::core::reading_time::minutes_for(words(&item(BodySource::Empty)), 230);
        assert_eq!(minutes, 1);
    }

    #[test]
    fn a_link_without_text_says_so() {
        let mut linked = item(BodySource::Empty);
        linked.url = Some("https://example.com/post".to_owned());
        assert_eq!(body(&linked, "https://x/").notice, Some(Notice::OnlyLink));
    }

    #[test]
    fn blank_text_counts_as_empty() {
        assert_eq!(body(&item(BodySource::Text("  \n\n ".to_owned())), "https://x/").notice, Some(Notice::Empty));
    }
}
