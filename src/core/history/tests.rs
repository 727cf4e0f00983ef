//! Reading-history records: schema, merge, eviction and the export file.

use super::*;
use crate::core::storage_keys::KEY_PREFIX;

const FEED: &str = "https://example.com/feed.json";

fn record(article: &str, percent: u8, updated: u64) -> Record {
    Record {
        feed: FEED.to_owned(),
        article: article.to_owned(),
        title: format!("Title of {article}"),
        section: Some("Opening".to_owned()),
        place: Some(Place { key: "p-abc".to_owned(), fraction: 0.25, text: "some text".to_owned() }),
        percent,
        finished: percent >= FINISHED_PERCENT,
        updated,
    }
}

fn history(records: &[Record]) -> History {
    let mut history = History::default();
    for record in records {
        history.put(record.clone());
    }
    history
}

#[track_caller]
fn check_decode(value: &str, expected: Result<Record, DecodeError>) {
    assert_eq!(Record::decode(value), expected);
}

#[test]
fn a_record_round_trips_through_storage() {
    let original = record("a", 40, 1_700_000_000_000);
    check_decode(&original.encode(), Ok(original));
}

#[test]
fn stored_values_carry_the_schema_version() {
    assert!(record("a", 1, 1).encode().starts_with(r#"{"v":1,"#));
}

#[test]
fn the_documented_v1_shape_reads() {
    let value = r#"{"v":1,"feed":"https://example.com/feed.json","article":"a","title":"T","percent":62,"finished":false,"updated":5,
        "place":{"key":"h-x","fraction":0.5,"text":"x"}}"#;
    let read = Record::decode(value).unwrap();
    assert_eq!((read.percent, read.section, read.place.unwrap().key), (62, None, "h-x".to_owned()));
}

#[test]
fn corrupt_values_are_corrupt() {
    for value in [
        "",
        "not json",
        "null",
        "[]",
        "{}",
        r#"{"v":1}"#,
        r#"{"v":"1"}"#,
        r#"{"v":0,"feed":"f"}"#,
        r#"{"v":1,"feed":"","article":"a","title":"","percent":1,"finished":false,"updated":1}"#,
        r#"{"v":1,"feed":"f","article":"a","title":"","percent":300,"finished":false,"updated":1}"#,
        r#"{"v":1,"feed":"f","article":"a","title":"","percent":1,"finished":false,"updated":-1}"#,
    ] {
        check_decode(value, Err(DecodeError::Corrupt));
    }
}

#[test]
fn newer_versions_are_left_alone() {
    check_decode(r#"{"v":2,"anything":true}"#, Err(DecodeError::Newer(2)));
}

#[test]
fn out_of_range_numbers_are_bounded() {
    let value = r#"{"v":1,"feed":"f","article":"a","title":"","percent":100,"finished":false,"updated":1,
        "place":{"key":"k","fraction":7.5,"text":""}}"#;
    assert_eq!(Record::decode(value).unwrap().place.unwrap().fraction, 1.0);
}

#[test]
fn huge_fields_are_not_lecterns() {
    let mut big = record("a", 1, 1);
    big.title = "x".repeat(10_000);
    check_decode(&big.encode(), Err(DecodeError::Corrupt));
}

#[test]
fn storage_keys_are_prefixed_and_per_article() {
    assert_eq!(storage_key(FEED, "a b"), "lectern:progress:https://example.com/feed.json a b");
    assert!(storage_key(FEED, "x").starts_with(KEY_PREFIX));
}

#[test]
fn status_follows_percent_and_finished() {
    assert_eq!(record("a", 0, 1).status(), Status::Unread);
    assert_eq!(record("a", 62, 1).status(), Status::Reading(62));
    assert_eq!(record("a", 100, 1).status(), Status::Finished);
    assert_eq!(History::default().status(FEED, "a"), Status::Unread);
    assert_eq!(Status::Reading(62).label(), "62% read");
}

#[test]
fn in_progress_is_this_feeds_unfinished_most_recent_first() {
    let mut other = record("elsewhere", 50, 9);
    other.feed = "https://other.example/feed.json".to_owned();
    let history =
        history(&[record("old", 30, 1), record("new", 70, 5), record("done", 100, 8), record("fresh", 0, 7), other]);
    let articles: Vec<&str> = history.in_progress(FEED).iter().map(|r| r.article.as_str()).collect();
    assert_eq!(articles, ["new", "old"]);
}

#[test]
fn merge_keeps_the_newest_per_article() {
    let mut history = history(&[record("a", 10, 5), record("b", 20, 5)]);
    let (report, changed) = history.merge(vec![record("a", 90, 9), record("b", 99, 1), record("c", 5, 3)]);
    assert_eq!(report, MergeReport { added: 1, updated: 1, kept: 1 });
    assert_eq!(changed.len(), 2);
    assert_eq!(history.get(FEED, "a").unwrap().percent, 90);
    assert_eq!(history.get(FEED, "b").unwrap().percent, 20);
    assert_eq!(history.len(), 3);
}

#[test]
fn merge_of_the_same_records_changes_nothing() {
    let records = [record("a", 10, 5), record("b", 20, 6)];
    let mut history = history(&records);
    let (report, changed) = history.merge(records.to_vec());
    assert_eq!((report.kept, changed.len()), (2, 0));
}

#[test]
fn eviction_forgets_the_least_recently_read() {
    let records: Vec<Record> = (0..10).map(|n| record(&n.to_string(), 10, 100 - n)).collect();
    let mut history = history(&records);
    let evicted: Vec<String> = history.evict(7).into_iter().map(|r| r.article).collect();
    let mut evicted = evicted;
    evicted.sort();
    assert_eq!(evicted, ["7", "8", "9"]);
    assert_eq!(history.len(), 7);
    assert!(history.evict(7).is_empty());
}

#[test]
fn capacity_is_at_least_500() {
    const { assert!(CAPACITY >= 500) };
}

#[test]
fn take_all_empties_and_returns_everything() {
    let mut history = history(&[record("a", 10, 5), record("b", 20, 6)]);
    assert_eq!(history.take_all().len(), 2);
    assert!(history.is_empty());
}

#[test]
fn export_then_import_restores_everything() {
    let original = history(&[record("a", 10, 5), record("b", 100, 6), record("c", 55, 7)]);
    let imported = parse_export(&original.export(42)).unwrap();
    assert_eq!(imported.skipped, 0);
    let mut fresh = History::default();
    fresh.merge(imported.records);
    assert_eq!(fresh, original);
}

#[track_caller]
fn check_import_error(text: &str, expected: ImportError) {
    assert_eq!(parse_export(text), Err(expected));
}

#[test]
fn import_refuses_what_is_not_a_history() {
    check_import_error("", ImportError::NotJson);
    check_import_error("<opml/>", ImportError::NotJson);
    check_import_error(r#"{"version":"https://jsonfeed.org/version/1.1","items":[]}"#, ImportError::NotHistory);
    check_import_error(r#"{"lectern":"settings","version":1,"records":[]}"#, ImportError::NotHistory);
    check_import_error(r#"[1,2,3]"#, ImportError::NotHistory);
    check_import_error(r#"{"lectern":"reading-history","version":9,"records":[]}"#, ImportError::Newer(9));
    check_import_error(r#"{"lectern":"reading-history","version":1,"records":[]}"#, ImportError::Empty);
    check_import_error(r#"{"lectern":"reading-history","version":1,"records":[{"feed":""}]}"#, ImportError::Empty);
}

#[test]
fn import_skips_unreadable_entries_and_counts_them() {
    let good = record("a", 10, 5).encode();
    let text = format!(r#"{{"lectern":"reading-history","version":1,"records":[{good}, 7, {{"feed":"x"}}]}}"#);
    let imported = parse_export(&text).unwrap();
    assert_eq!((imported.records.len(), imported.skipped), (1, 2));
}

#[test]
fn arbitrary_bytes_never_panic() {
    // A cheap property check: every prefix of a valid value, and byte-flipped variants, decode
    // to a record or an error, never a panic.
    let value = record("a", 40, 1).encode();
    for end in 0..value.len() {
        if let Some(prefix) = value.get(..end) {
            let _ = Record::decode(prefix);
            let _ = parse_export(prefix);
        }
    }
    for (index, _) in value.char_indices() {
        let mut flipped = value.clone();
        flipped.replace_range(index..=index, "\u{0}");
        let _ = Record::decode(&flipped);
    }
}

#[test]
fn a_record_is_forgotten_by_its_storage_key() {
    let mut history = history(&[record("a", 10, 5), record("b", 20, 6)]);
    history.remove_stored(&storage_key(FEED, "a"));
    history.remove_stored("lectern:progress:unknown");
    assert_eq!((history.get(FEED, "a"), history.len()), (None, 1));
}
