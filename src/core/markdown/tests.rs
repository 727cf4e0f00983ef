//! Markdown-to-blocks cases, each compared as a one-line-per-block outline.

use super::*;
use crate::core::outline::outline;

const BASE: &str = "https://example.com/blog/feed.json";

#[track_caller]
fn check(markdown: &str, expected: &str) {
    assert_eq!(outline(&blocks(markdown, BASE)), expected.trim());
}

#[test]
fn empty_input_has_no_blocks() {
    check("", "");
}
#[test]
fn paragraph() {
    check("Hello world", r#"p "Hello world""#);
}
#[test]
fn soft_breaks_become_spaces() {
    check("one\ntwo", r#"p "one two""#);
}
#[test]
fn hard_breaks_are_kept() {
    check("one  \ntwo", r#"p "one" br "two""#);
}
#[test]
fn level_one_heading_in_a_body_becomes_h2() {
    check("# Title", r#"h2 "Title""#);
}
#[test]
fn level_two_heading_stays_h2() {
    check("## Section", r#"h2 "Section""#);
}
#[test]
fn level_three_heading_stays_h3() {
    check("### Sub", r#"h3 "Sub""#);
}
#[test]
fn level_six_heading_stays_h6() {
    check("###### Deep", r#"h6 "Deep""#);
}
#[test]
fn emphasis_strong_and_code() {
    check("*a* **b** `c` ~~d~~", r#"p em("a") " " strong("b") " " code("c") " " del("d")"#);
}
#[test]
fn relative_links_resolve_against_the_feed() {
    check("[x](../about)", r#"p a[https://example.com/about]("x")"#);
}
#[test]
fn javascript_links_keep_their_text_only() {
    check("[x](javascript:alert(1))", r#"p "x""#);
}
#[test]
fn bullet_list_of_bold_terms() {
    check(
        "- **Term:** text\n- **Other:** more",
        r#"
ul
  li
    p strong("Term:") " text"
  li
    p strong("Other:") " more""#,
    );
}
#[test]
fn numbered_list_keeps_its_start() {
    check("3. c\n4. d", "ol 3\n  li\n    p \"c\"\n  li\n    p \"d\"");
}
#[test]
fn nested_lists_nest() {
    check("- a\n  - b", "ul\n  li\n    p \"a\"\n    ul\n      li\n        p \"b\"");
}
#[test]
fn loose_list_items_hold_paragraphs() {
    check("- a\n\n  more\n- b", "ul\n  li\n    p \"a\"\n    p \"more\"\n  li\n    p \"b\"");
}
#[test]
fn quote_with_attribution() {
    check(
        "> Words.\n>\n> — Jean-Noël Barrot, French Foreign Minister",
        "quote\n  p \"Words.\"\n  cite \"Jean-Noël Barrot, French Foreign Minister\"",
    );
}
#[test]
fn quote_attribution_with_double_hyphen() {
    check("> Words.\n>\n> -- *Someone*", "quote\n  p \"Words.\"\n  cite em(\"Someone\")");
}
#[test]
fn a_quote_that_is_only_a_dash_line_is_not_an_attribution() {
    check("> — just a dash", "quote\n  p \"— just a dash\"");
}
#[test]
fn quote_without_attribution() {
    check("> Words.", "quote\n  p \"Words.\"");
}
#[test]
fn fenced_code_keeps_language_and_text() {
    check("```json\n{\"a\": 1}\n```", r#"code json "{\"a\": 1}""#);
}
#[test]
fn indented_code() {
    check("    let x;", r#"code - "let x;""#);
}
#[test]
fn image_alone_is_a_block_image() {
    check("![A map](img/map.png)", r#"img https://example.com/blog/img/map.png "A map""#);
}
#[test]
fn image_inside_text_stays_inline() {
    check("See ![map](map.png) here", r#"p "See " img[https://example.com/blog/map.png]("map") " here""#);
}
#[test]
fn unsafe_image_becomes_its_alt_text() {
    check("![alt](javascript:x)", r#"p "alt""#);
}
#[test]
fn thematic_break() {
    check("a\n\n---\n\nb", "p \"a\"\nhr\np \"b\"");
}
#[test]
fn html_block_becomes_text_only() {
    check("<div><script>x</script>Hi</div>", r#"p "Hi""#);
}
#[test]
fn multi_line_html_block_drops_its_script_whole() {
    check("<div>\n<script>\nalert(1)\n</script>\nHi\n</div>", r#"p "Hi""#);
}
#[test]
fn inline_html_tags_vanish() {
    check("a <b>bold</b> c", r#"p "a bold c""#);
}

#[test]
fn deeply_nested_quotes_do_not_overflow_the_stack() {
    let blocks = blocks(&"> ".repeat(50_000), BASE);
    assert!(depth(&blocks) <= MAX_BLOCK_DEPTH);
}

#[test]
fn deeply_nested_lists_are_flattened() {
    let markdown: String = (0..200).map(|level| format!("{}- item {level}\n", "  ".repeat(level))).collect();
    let blocks = blocks(&markdown, BASE);
    assert!(depth(&blocks) <= MAX_BLOCK_DEPTH);
    assert!(outline(&blocks).contains("item 199"), "no text is lost when flattening");
}

#[test]
fn deeply_nested_emphasis_is_bounded() {
    let markdown = format!("{}x{}", "*_".repeat(500), "_*".repeat(500));
    let blocks = blocks(&markdown, BASE);
    assert!(outline(&blocks).contains('x'));
}

fn depth(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|block| match block {
            Block::Quote { blocks, .. } => 1 + depth(blocks),
            Block::List { items, .. } => 1 + items.iter().map(|item| depth(item)).max().unwrap_or(0),
            _ => 0,
        })
        .max()
        .unwrap_or(0)
}

#[test]
fn inline_script_text_never_shows() {
    check("Hello <script>alert(1)</script> world <style>p{}</style>!", r#"p "Hello  world !""#);
    check("<b>bold</b> stays", r#"p "bold stays""#);
}

#[test]
fn an_unclosed_inline_script_ends_with_its_paragraph() {
    check(
        "a <script>x\n\nnext",
        r#"
p "a "
p "next""#,
    );
}
