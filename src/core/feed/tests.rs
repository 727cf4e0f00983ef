//! Feed parsing cases: JSON Feed 1.0 and 1.1, missing and wrong fields, and the real-feed corpus.

use super::*;
use crate::core::body;

const FEED_URL: &str = "https://example.com/blog/feed.json";

fn feed_with_items(items: &str) -> String {
    format!(r#"{{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{items}]}}"#)
}

#[track_caller]
fn parse_ok(text: &str) -> Feed {
    match parse(text, FEED_URL) {
        Ok(feed) => feed,
        Err(error) => panic!("expected a feed, got {error:?}"),
    }
}

#[track_caller]
fn check_error(text: &str, expected: FeedError) {
    assert_eq!(parse(text, FEED_URL), Err(expected));
}

#[test]
fn minimal_1_1_feed() {
    let feed = parse_ok(&feed_with_items(r#"{"id":"1","content_text":"Hi"}"#));
    assert_eq!(feed.title, "T");
    assert_eq!(feed.items.len(), 1);
    assert_eq!(feed.items[0].body, BodySource::Text("Hi".to_owned()));
}

#[test]
fn version_1_0_singular_author() {
    let feed = parse_ok(r#"{"version":"https://jsonfeed.org/version/1","title":"T","author":{"name":"Ann"},
        "items":[{"id":"1","content_html":"<p>x</p>"}]}"#);
    assert_eq!(feed.items[0].byline().as_deref(), Some("Ann"));
}

#[test]
fn item_authors_override_feed_authors() {
    let feed = parse_ok(r#"{"version":"https://jsonfeed.org/version/1.1","title":"T","authors":[{"name":"Feed"}],
        "items":[{"id":"1","authors":[{"name":"A"},{"name":"B"},{"name":"C"}]}]}"#);
    assert_eq!(feed.items[0].byline().as_deref(), Some("A, B and C"));
}

#[test]
fn nameless_authors_are_dropped() {
    let feed = parse_ok(&feed_with_items(r#"{"id":"1","authors":[{"url":"https://a"},{"name":" "}]}"#));
    assert_eq!(feed.items[0].byline(), None);
}

#[test]
fn body_prefers_markdown_then_html_then_text() {
    let feed = parse_ok(&feed_with_items(
        r##"{"id":"1","content_html":"h","content_text":"t","_lectern":{"markdown":"# m"}},
            {"id":"2","content_html":"h","content_text":"t"},
            {"id":"3","content_text":"t"},
            {"id":"4"}"##,
    ));
    let bodies: Vec<&BodySource> = feed.items.iter().map(|item| &item.body).collect();
    assert_eq!(
        bodies,
        [
            &BodySource::Markdown("# m".to_owned()),
            &BodySource::Html("h".to_owned()),
            &BodySource::Text("t".to_owned()),
            &BodySource::Empty
        ]
    );
}

#[test]
fn unknown_fields_are_ignored() {
    parse_ok(r#"{"version":"https://jsonfeed.org/version/1.1","title":"T","_ext":{"a":1},"hubs":[],
        "items":[{"id":"1","_other":[1,2],"attachments":[{"url":"x"}]}]}"#);
}

#[test]
fn relative_urls_resolve_against_the_feed() {
    let feed = parse_ok(&feed_with_items(r#"{"id":"1","url":"posts/1","image":"/img/a.png"}"#));
    assert_eq!(feed.items[0].url.as_deref(), Some("https://example.com/blog/posts/1"));
    assert_eq!(feed.items[0].image.as_deref(), Some("https://example.com/img/a.png"));
}

#[test]
fn unsafe_urls_are_dropped() {
    let feed = parse_ok(&feed_with_items(r#"{"id":"1","url":"javascript:alert(1)","image":"data:image/svg+xml,<svg/>"}"#));
    assert_eq!(feed.items[0].url, None);
    assert_eq!(feed.items[0].image, None);
}

#[test]
fn dates_are_parsed_and_bad_ones_dropped() {
    let feed = parse_ok(&feed_with_items(
        r#"{"id":"1","date_published":"2024-11-26T09:00:00+01:00","date_modified":"yesterday"}"#,
    ));
    assert_eq!(feed.items[0].published.map(|d| d.iso()).as_deref(), Some("2024-11-26T09:00:00+01:00"));
    assert_eq!(feed.items[0].modified, None);
}

#[test]
fn numeric_ids_are_read_as_text() {
    assert_eq!(parse_ok(&feed_with_items(r#"{"id":42}"#)).items[0].id, "42");
}

#[test]
fn byte_order_mark_is_skipped() {
    parse_ok(&format!("\u{feff}{}", feed_with_items(r#"{"id":"1"}"#)));
}

#[test]
fn missing_item_id_names_the_item() {
    check_error(
        &feed_with_items(r#"{"id":"1"},{"title":"no id"}"#),
        FeedError::MissingField { item: 2, field: "id" },
    );
}

#[test]
fn blank_item_id_counts_as_missing() {
    check_error(&feed_with_items(r#"{"id":"  "}"#), FeedError::MissingField { item: 1, field: "id" });
}

#[test]
fn wrong_field_type_names_the_item_and_field() {
    let error = parse(&feed_with_items(r#"{"id":"1","title":7}"#), FEED_URL);
    match error {
        Err(FeedError::BadField { item: 1, field, .. }) => assert_eq!(field, "title"),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn wrong_nested_type_names_the_path() {
    let error = parse(&feed_with_items(r#"{"id":"1","authors":[{"name":"a"},{"name":3}]}"#), FEED_URL);
    match error {
        Err(FeedError::BadField { item: 1, field, .. }) => assert_eq!(field, "authors[1].name"),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn comma_joined_tags_are_split() {
    let feed = parse_ok(&feed_with_items(r#"{"id":"1","tags":"workflow, omnifocus,"}"#));
    assert_eq!(feed.items[0].tags, ["workflow", "omnifocus"]);
}

#[test]
fn item_that_is_not_an_object() {
    let error = parse(&feed_with_items("3"), FEED_URL);
    assert!(matches!(error, Err(FeedError::BadField { item: 1, .. })), "{error:?}");
}

#[test]
fn invalid_json_reports_line_and_column() {
    check_error("{\n  \"version\": ,", FeedError::NotJson { line: 2, column: 14 });
}

#[test]
fn json_array_is_not_a_feed() {
    check_error("[1,2]", FeedError::NotAFeed("it is not a JSON object"));
}

#[test]
fn object_without_version_is_not_a_feed() {
    check_error(r#"{"title":"x","items":[]}"#, FeedError::NotAFeed("it has no JSON Feed version"));
}

#[test]
fn rss_version_is_not_a_feed() {
    check_error(r#"{"version":"2.0","items":[]}"#, FeedError::NotAFeed("it has no JSON Feed version"));
}

#[test]
fn feed_without_items_is_not_a_feed() {
    check_error(r#"{"version":"https://jsonfeed.org/version/1.1","title":"T"}"#, FeedError::NotAFeed("it has no list of items"));
}

#[test]
fn empty_items_is_an_empty_feed() {
    check_error(&feed_with_items(""), FeedError::NoItems);
}

#[test]
fn untitled_item_takes_its_opening_words() {
    let feed = parse_ok(&feed_with_items(&format!(r#"{{"id":"1","content_text":"{}"}}"#, "word ".repeat(40))));
    let title = feed.items[0].display_title();
    assert!(title.ends_with('…') && title.chars().count() <= 81, "{title}");
}

#[test]
fn item_lookup_by_id() {
    let feed = parse_ok(&feed_with_items(r#"{"id":"a"},{"id":"b"}"#));
    assert_eq!(feed.item("b").map(|(index, _)| index), Some(1));
    assert!(feed.item("zz").is_none());
}

/// Where the shared test corpora live: `LECTERN_CORPORA`, else `../shared/corpora` beside the checkout.
fn corpora() -> std::path::PathBuf {
    if let Some(path) = std::env::var_os("LECTERN_CORPORA") {
        return path.into();
    }
    let beside = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    if beside.is_dir() {
        return beside;
    }
    "/work/shared/corpora".into()
}

#[test]
fn every_real_feed_in_the_corpus_parses_and_renders() {
    let dir = corpora().join("feeds");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("corpus {} unreadable: {e}", dir.display()));
    let mut count = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|ext| ext != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let feed = parse(&text, "https://example.com/feed.json")
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        for item in &feed.items {
            body::body(item, "https://example.com/feed.json");
        }
        count += 1;
    }
    assert!(count >= 10, "only {count} corpus feeds found in {}", dir.display());
}

#[test]
fn json_test_suite_never_panics_and_rejects_what_it_must() {
    let dir = corpora().join("jsontestsuite/test_parsing");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("corpus {} unreadable: {e}", dir.display()));
    let mut count = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        let result = parse(&text, FEED_URL);
        if name.starts_with("n_") {
            assert!(result.is_err(), "{name} must be rejected");
        }
        // None of these is a JSON Feed, so even valid JSON must not come back as one.
        assert!(result.is_err(), "{name} is not a feed");
        count += 1;
    }
    assert!(count >= 300, "only {count} JSON cases found in {}", dir.display());
}
