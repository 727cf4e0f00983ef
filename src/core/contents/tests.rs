//! Tables of contents and section navigation, on markdown bodies as a feed would carry them.

use super::*;
use crate::core::markdown::blocks;

const BASE: &str = "https://example.com/feed.json";

fn contents(markdown: &str) -> Contents {
    let blocks = blocks(markdown, BASE);
    Contents::of(&blocks, &Anchors::of(&blocks))
}

/// One line per entry: level, text, key and unit, indented for h3.
fn outline(contents: &Contents) -> String {
    contents
        .entries
        .iter()
        .map(|entry| {
            let indent = if entry.level == HeadingLevel::H3 { "  " } else { "" };
            format!("{indent}{:?} {:?} #{} @{}", entry.level, entry.text, entry.key, entry.unit)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[track_caller]
fn check(markdown: &str, expected: &str) {
    assert_eq!(outline(&contents(markdown)), expected.trim());
}

/// Units: 0 intro, 1 h2 One, 2 p, 3 li, 4 li, 5 h3 Deeper, 6 h4, 7 p, 8 h2 Two, 9 p.
const ESSAY: &str = "\
Before any heading.

## One

A paragraph.

- first
- second

### Deeper

#### Too deep to list

Inside the deeper part.

---

## Two

The end.
";

/// For each unit from `None` (above the body) to `Some(last)`, `lookup`'s answer as a heading
/// text or `-`, joined by spaces.
fn walk(contents: &Contents, last: usize, lookup: impl Fn(&Contents, Option<usize>) -> Option<String>) -> String {
    std::iter::once(None)
        .chain((0..=last).map(Some))
        .map(|unit| lookup(contents, unit).unwrap_or_else(|| "-".to_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[track_caller]
fn check_walk(lookup: impl Fn(&Contents, Option<usize>) -> Option<String>, expected: &str) {
    assert_eq!(walk(&contents(ESSAY), 11, lookup), expected);
}

#[test]
fn h2_and_h3_are_listed_with_their_units() {
    check(
        ESSAY,
        r#"
H2 "One" #h-one @1
  H3 "Deeper" #h-deeper @5
H2 "Two" #h-two @8"#,
    );
}

#[test]
fn an_article_without_headings_has_no_contents() {
    assert!(contents("Just text.\n\nMore text.").is_empty());
    assert!(contents("").is_empty());
}

#[test]
fn heading_text_is_collapsed_and_repeats_keep_their_numbered_keys() {
    check(
        "## A   *spaced*   heading\n\nText.\n\n## Notes\n\n## Notes",
        r#"
H2 "A spaced heading" #h-a-spaced-heading @0
H2 "Notes" #h-notes @2
H2 "Notes" #h-notes-2 @3"#,
    );
}

#[test]
fn empty_headings_are_left_out_but_still_counted() {
    check("##\n\n## Real", r#"H2 "Real" #h-real @1"#);
}

#[test]
fn anchors_of_other_blocks_give_no_wrong_entries() {
    let blocks = blocks("## One\n\n## Two", BASE);
    let other = Anchors::of(&crate::core::markdown::blocks("Para\n\n## Two", BASE));
    let mismatched = Contents::of(&blocks, &other);
    assert!(mismatched.entries.iter().all(|entry| other.units[entry.unit].key == entry.key));
    assert!(Contents::of(&blocks, &Anchors::default()).is_empty());
}

#[test]
fn current_is_the_section_a_unit_is_in() {
    check_walk(
        |contents, unit| contents.current(unit).map(|index| contents.entries[index].text.clone()),
        "- - One One One One Deeper Deeper Deeper Two Two Two Two",
    );
}

#[test]
fn next_is_the_first_heading_after_the_unit() {
    check_walk(
        |contents, unit| contents.next(unit).map(|entry| entry.text.clone()),
        "One One Deeper Deeper Deeper Deeper Two Two Two - - - -",
    );
}

#[test]
fn previous_is_the_start_of_this_section_or_the_heading_before() {
    check_walk(
        |contents, unit| contents.previous(unit).map(|entry| entry.text.clone()),
        "- - - One One One One Deeper Deeper Deeper Two Two Two",
    );
}

#[test]
fn entries_match_the_anchor_units_in_the_seed_feed() {
    let feed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/feed.json")).unwrap();
    let feed = crate::core::feed::parse(&feed, BASE).unwrap();
    let mut total = 0;
    for item in &feed.items {
        let body = crate::core::body::body(item, BASE, &crate::core::test_support::parse_html);
        let anchors = Anchors::of(&body.blocks);
        let contents = Contents::of(&body.blocks, &anchors);
        for entry in &contents.entries {
            assert_eq!(anchors.position(&entry.key), Some(entry.unit), "{}", item.id);
            assert_eq!(anchors.section_title(entry.unit), Some(entry.text.as_str()));
        }
        assert!(contents.entries.windows(2).all(|pair| pair[0].unit < pair[1].unit));
        total += contents.entries.len();
    }
    assert!(total > 3, "only {total} headings in the seed feed");
}
