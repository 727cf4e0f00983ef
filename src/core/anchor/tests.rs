//! Anchor keys and place matching, on markdown bodies as a feed would carry them.

use super::*;
use crate::core::markdown::blocks;

const BASE: &str = "https://example.com/feed.json";

fn anchors(markdown: &str) -> Anchors {
    Anchors::of(&blocks(markdown, BASE))
}

fn keys(markdown: &str) -> Vec<String> {
    anchors(markdown).units.into_iter().map(|unit| unit.key).collect()
}

#[track_caller]
fn check_keys(markdown: &str, expected: &[&str]) {
    assert_eq!(keys(markdown), expected);
}

/// The key of the unit whose text starts with `start`.
fn key_of(anchors: &Anchors, start: &str) -> String {
    let start = normalize(start);
    anchors
        .units
        .iter()
        .find(|unit| unit.snippet.starts_with(&start))
        .map(|unit| unit.key.clone())
        .unwrap_or_else(|| panic!("no unit starts with {start:?}"))
}

#[track_caller]
fn check_found(before: &str, after: &str, place_text: &str, percent: u8, expected: Found) {
    let old = anchors(before);
    let key = key_of(&old, place_text);
    let unit = &old.units[old.position(&key).unwrap()];
    let new = anchors(after);
    assert_eq!(new.find(&key, &unit.snippet, percent), expected);
}

const ESSAY: &str = "\
## Opening

The first paragraph sets the scene for everything.

The second paragraph carries the argument further along.

- one item in a list
- another item in a list

> A quote worth keeping.
> — Someone, somewhere

## Closing

The last paragraph ends it all quietly.
";

#[test]
fn headings_keep_a_readable_slug() {
    check_keys("## Strategic Implications\n\n### Ça va, l'Europe?", &["h-strategic-implications", "h-ça-va-l-europe"]);
}

#[test]
fn every_unit_kind_gets_a_prefixed_key() {
    let keys = keys("Para\n\n- a\n- b\n\n> q\n\n```\ncode\n```\n\n![alt](a.png)\n\n---");
    let prefixes: Vec<&str> = keys.iter().map(|key| key.split('-').next().unwrap()).collect();
    assert_eq!(prefixes, ["p", "li", "li", "q", "c", "f"]);
}

#[test]
fn rules_have_no_key_and_lists_key_their_items() {
    let anchors = anchors("- a\n- b\n\n---");
    assert!(matches!(&anchors.blocks[0], BlockKeys::Items(items) if items.len() == 2));
    assert_eq!(anchors.blocks[1], BlockKeys::None);
}

#[test]
fn repeated_content_is_numbered_in_order() {
    let keys = keys("Same.\n\nSame.\n\nSame.");
    assert_eq!(keys[1], format!("{}-2", keys[0]));
    assert_eq!(keys[2], format!("{}-3", keys[0]));
}

#[test]
fn keys_ignore_layout_only_whitespace_and_case() {
    assert_eq!(keys("Hello   big\nworld."), keys("hello big world."));
}

#[test]
fn keys_do_not_depend_on_position() {
    let before = keys(ESSAY);
    let after = keys(&format!("A new paragraph added at the top.\n\n{ESSAY}"));
    assert_eq!(&after[1..], &before[..]);
}

#[test]
fn empty_heading_falls_back_to_a_hash() {
    let keys = keys("## !!!");
    assert!(keys[0].starts_with("h-") && keys[0].len() > 2, "{keys:?}");
}

#[test]
fn found_by_key_after_paragraphs_added_above() {
    let after = format!("Breaking: an update.\n\nAnother new paragraph.\n\n{ESSAY}");
    check_found(ESSAY, &after, "The second paragraph", 40, Found::Key(4));
}

#[test]
fn found_by_text_after_a_typo_fixed_inside_the_block() {
    let after = ESSAY.replace("carries the argument further along", "carries the argument further alongside");
    check_found(ESSAY, &after, "The second paragraph", 40, Found::Text(2));
}

#[test]
fn found_by_percent_when_the_block_was_rewritten() {
    let after = ESSAY.replace("The second paragraph carries the argument further along.", "Entirely new words here.");
    check_found(ESSAY, &after, "The second paragraph", 40, Found::Percent);
}

#[test]
fn text_ties_go_to_the_unit_nearest_the_old_percent() {
    let body = "Alpha beta gamma delta.\n\nfiller one\n\nfiller two\n\nfiller three\n\nAlpha beta gamma delta.";
    let anchors = anchors(body);
    let snippet = normalize("Alpha beta gamma delta!");
    assert_eq!(anchors.find("p-gone", &snippet, 90), Found::Text(4));
    assert_eq!(anchors.find("p-gone", &snippet, 5), Found::Text(0));
}

#[test]
fn an_empty_snippet_never_matches_by_text() {
    assert_eq!(anchors(ESSAY).find("p-gone", "", 50), Found::Percent);
}

#[test]
fn words_left_counts_the_rest_of_the_unit_and_everything_after() {
    let anchors = anchors("one two three four\n\nfive six");
    assert_eq!(anchors.total_words(), 6);
    assert_eq!(anchors.words_left(None), 6);
    assert_eq!(anchors.words_left(Some((0, 0.0))), 6);
    assert_eq!(anchors.words_left(Some((0, 0.5))), 4);
    assert_eq!(anchors.words_left(Some((1, 1.0))), 0);
    assert_eq!(anchors.words_left(Some((9, 0.0))), 0);
    assert_eq!(anchors.words_left(Some((0, f64::NAN))), 6);
}

#[test]
fn units_know_their_section() {
    let anchors = anchors(ESSAY);
    let last = anchors.units.len() - 1;
    assert_eq!(anchors.section_title(last), Some("Closing"));
    assert_eq!(anchors.section_title(1), Some("Opening"));
    let intro = Anchors::of(&blocks("Before any heading.\n\n## Later", BASE));
    assert_eq!(intro.section_title(0), None);
}

#[test]
fn snippets_are_bounded() {
    let long = "word ".repeat(500);
    let anchors = anchors(&long);
    assert_eq!(anchors.units[0].snippet.chars().count(), SNIPPET_CHARS);
    assert_eq!(anchors.units[0].words, 500);
}

#[test]
fn the_seed_article_has_unique_keys_for_every_block() {
    let feed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/feed.json")).unwrap();
    let feed = crate::core::feed::parse(&feed, BASE).unwrap();
    for item in &feed.items {
        let body = crate::core::body::body(item, BASE, &crate::core::test_support::parse_html);
        let anchors = Anchors::of(&body.blocks);
        let mut keys: Vec<&str> = anchors.units.iter().map(|unit| unit.key.as_str()).collect();
        let count = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), count, "{}", item.id);
        assert!(count > 3, "{}", item.id);
    }
}
