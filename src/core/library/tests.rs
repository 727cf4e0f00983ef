//! The feed library: URL identity, editing, "new since last visit", and the storage schema.

use super::*;

const DEMO: &str = "https://lectern.example/feed.json";
const A: &str = "https://a.example/feed.json";
const B: &str = "https://b.example/feed.json";
const C: &str = "https://c.example/feed.json";

/// A library holding `urls` in order, each titled after its host.
fn library(urls: &[&str]) -> Library {
    let mut library = Library::default();
    for (index, url) in urls.iter().enumerate() {
        let title = format!("Title {index}");
        assert!(matches!(library.add(url, &title, 10), Ok(Added::New(_))), "{url}");
    }
    library
}

/// The library's URLs in order, as one line: "a b c" by host letter when they are A, B, C.
fn order(library: &Library) -> Vec<&str> {
    library.feeds().iter().map(|entry| entry.url.as_str()).collect()
}

#[track_caller]
fn check_normalize(url: &str, expected: Option<&str>) {
    assert_eq!(normalize(url).as_deref(), expected, "normalizing {url:?}");
}

#[track_caller]
fn check_decode(value: &str, expected: Result<Library, DecodeError>) {
    assert_eq!(Library::decode(value), expected, "decoding {value}");
}

/// Visits `url` with each list of ids in turn and compares what each visit counted as new.
#[track_caller]
fn check_visits(visits: &[&[&str]], expected: &[usize]) {
    let mut library = library(&[A]);
    let counts: Vec<usize> =
        visits.iter().enumerate().map(|(at, ids)| library.visit(A, ids.iter(), at as u64).unwrap_or(999)).collect();
    assert_eq!(counts, expected);
}

// URL identity.

#[test]
fn the_same_feed_in_two_spellings() {
    check_normalize("HTTP://X:80/feed.json#a", Some("http://x/feed.json"));
    check_normalize("http://x/feed.json", Some("http://x/feed.json"));
}
#[test]
fn https_default_port_is_dropped() {
    check_normalize("https://Example.COM:443/f.json", Some("https://example.com/f.json"));
}
#[test]
fn other_ports_are_kept() {
    check_normalize("https://x:8443/f.json", Some("https://x:8443/f.json"));
}
#[test]
fn port_80_on_https_is_kept() {
    check_normalize("https://x:80/f", Some("https://x:80/f"));
}
#[test]
fn leading_zeros_in_a_port_are_dropped() {
    check_normalize("http://x:0080/f", Some("http://x/f"));
}
#[test]
fn an_empty_port_is_dropped() {
    check_normalize("http://x:/f", Some("http://x/f"));
}
#[test]
fn path_and_query_keep_their_case() {
    check_normalize("https://X/Feed.JSON?Tag=A", Some("https://x/Feed.JSON?Tag=A"));
}
#[test]
fn an_empty_path_is_the_root() {
    check_normalize("https://x", Some("https://x/"));
}
#[test]
fn a_query_without_path_gets_the_root() {
    check_normalize("https://x?a=1", Some("https://x/?a=1"));
}
#[test]
fn dot_segments_are_removed() {
    check_normalize("https://x/a/../b/./f.json", Some("https://x/b/f.json"));
}
#[test]
fn surrounding_whitespace_is_stripped() {
    check_normalize("  https://x/f.json\n", Some("https://x/f.json"));
}
#[test]
fn ipv6_hosts_keep_their_brackets() {
    check_normalize("http://[::1]:80/f", Some("http://[::1]/f"));
}
#[test]
fn ipv6_with_another_port() {
    check_normalize("http://[::1]:8080/f", Some("http://[::1]:8080/f"));
}
#[test]
fn relative_references_are_not_feeds() {
    check_normalize("/feed.json", None);
}
#[test]
fn scheme_relative_is_not_a_feed() {
    check_normalize("//x/feed.json", None);
}
#[test]
fn javascript_is_not_a_feed() {
    check_normalize("javascript:alert(1)//x", None);
}
#[test]
fn data_is_not_a_feed() {
    check_normalize("data:application/json,{}", None);
}
#[test]
fn file_is_not_a_feed() {
    check_normalize("file:///etc/passwd", None);
}
#[test]
fn credentials_are_refused() {
    check_normalize("https://user:pass@x/f.json", None);
}
#[test]
fn a_missing_host_is_refused() {
    check_normalize("https:///f.json", None);
}
#[test]
fn a_port_that_is_not_a_number_is_refused() {
    check_normalize("https://x:http/f", None);
}
#[test]
fn a_port_beyond_65535_is_refused() {
    check_normalize("https://x:70000/f", None);
}
#[test]
fn a_stray_colon_in_the_host_is_refused() {
    check_normalize("https://x:1:2/f", None);
}
#[test]
fn an_overlong_url_is_refused() {
    check_normalize(&format!("https://x/{}", "a".repeat(MAX_URL_CHARS)), None);
}
#[test]
fn empty_is_refused() {
    check_normalize("", None);
}

// Adding and editing.

#[test]
fn adding_the_same_feed_twice_keeps_one() {
    let mut library = library(&["http://x/feed.json"]);
    assert_eq!(library.add("HTTP://X:80/feed.json#a", "Again", 20), Ok(Added::Already(0)));
    assert_eq!((library.len(), library.feeds()[0].title.as_str()), (1, "Title 0"));
}

#[test]
fn adding_appends_and_remembers_when() {
    let mut library = library(&[A]);
    assert_eq!(library.add(B, "  Bee \n Feed ", 77), Ok(Added::New(1)));
    let entry = library.get(B).unwrap();
    assert_eq!(
        (entry.title.as_str(), entry.added, entry.last_visit, entry.name.as_deref()),
        ("Bee Feed", 77, None, None)
    );
}

#[test]
fn adding_what_is_not_a_feed_url_is_refused() {
    for url in ["", "feed.json", "javascript:alert(1)", "ftp://x/f", "mailto:a@b"] {
        assert_eq!(Library::default().add(url, "t", 1), Err(AddError::Invalid), "{url}");
    }
}

#[test]
fn a_full_library_refuses_more_but_still_finds_duplicates() {
    let mut library = Library::default();
    for n in 0..MAX_FEEDS {
        library.add(&format!("https://x/{n}.json"), "", 1).unwrap();
    }
    assert_eq!(library.add("https://x/new.json", "", 1), Err(AddError::Full));
    assert_eq!(library.add("https://X/0.json", "", 1), Ok(Added::Already(0)));
}

#[test]
fn removing_and_undoing_puts_it_back_in_place() {
    let mut library = library(&[A, B, C]);
    let removed = library.remove("HTTPS://b.example/feed.json").unwrap();
    assert_eq!((removed.position, order(&library)), (1, vec![A, C]));
    assert!(library.restore(removed.clone()));
    assert_eq!(order(&library), [A, B, C]);
    assert!(!library.restore(removed), "already back");
    assert_eq!(library.remove("https://unknown.example/"), None);
}

#[test]
fn undo_after_the_library_shrank_puts_it_last() {
    let mut library = library(&[A, B, C]);
    let removed = library.remove(C).unwrap();
    library.remove(B);
    assert!(library.restore(removed));
    assert_eq!(order(&library), [A, C]);
}

#[test]
fn renaming_and_clearing_the_name() {
    let mut library = library(&[A]);
    assert!(library.rename(A, "  My   favourite "));
    assert_eq!(library.get(A).unwrap().display_name(), "My favourite");
    assert!(library.rename(A, "Title 0"), "the feed's own title is no custom name");
    assert_eq!(library.get(A).unwrap().name, None);
    library.rename(A, "x");
    library.rename(A, " \t");
    assert_eq!(library.get(A).unwrap().name, None);
    assert!(!library.rename(B, "x"));
}

#[test]
fn display_name_falls_back_to_title_then_url() {
    let mut library = Library::default();
    library.add(A, "", 1).unwrap();
    assert_eq!(library.get(A).unwrap().display_name(), A);
}

#[test]
fn moving_up_and_down() {
    let mut library = library(&[A, B, C]);
    assert!(library.move_up(C));
    assert_eq!(order(&library), [A, C, B]);
    assert!(library.move_down(A));
    assert_eq!(order(&library), [C, A, B]);
    assert!(!library.move_up(C), "first already");
    assert!(!library.move_down(B), "last already");
    assert!(!library.move_up("https://unknown.example/"));
    assert_eq!(order(&library), [C, A, B]);
}

#[test]
fn details_from_a_fetch_update_title_and_icon() {
    let mut library = library(&[A]);
    library.rename(A, "New title");
    assert!(library.set_details(A, "New title", Some("/icon.png")));
    let entry = library.get(A).unwrap();
    assert_eq!(entry.title, "New title");
    assert_eq!(entry.name, None, "a name equal to the new title is no longer custom");
    assert_eq!(entry.icon.as_deref(), Some("https://a.example/icon.png"));
    library.set_details(A, "  ", Some("javascript:alert(1)"));
    assert_eq!((library.get(A).unwrap().title.as_str(), library.get(A).unwrap().icon.as_deref()), ("New title", None));
}

#[test]
fn titles_are_tidied_and_cut() {
    assert_eq!(tidy(" a\u{0}b\u{7}\n\n c\t"), "ab c");
    let long = tidy(&"é".repeat(1000));
    assert_eq!(long.chars().count(), MAX_TITLE_CHARS);
    let spaced = tidy(&format!("{} b", "a".repeat(MAX_TITLE_CHARS - 1)));
    assert_eq!(spaced.chars().count(), MAX_TITLE_CHARS - 1, "no trailing space at the cut");
}

// New since last visit.

#[test]
fn the_first_visit_counts_nothing_as_new() {
    check_visits(&[&["a", "b"]], &[0]);
}
#[test]
fn new_ids_count_at_the_next_visit() {
    check_visits(&[&["a", "b"], &["c", "d", "a", "b"]], &[0, 2]);
}
#[test]
fn nothing_new_when_nothing_changed() {
    check_visits(&[&["a", "b"], &["a", "b"], &["b", "a"]], &[0, 0, 0]);
}
#[test]
fn dropped_items_are_not_new() {
    check_visits(&[&["a", "b", "c"], &["a"]], &[0, 0]);
}
#[test]
fn counting_is_since_the_last_visit_not_the_first() {
    check_visits(&[&["a"], &["b", "a"], &["c", "b", "a"]], &[0, 1, 1]);
}
#[test]
fn repeated_ids_count_once() {
    check_visits(&[&["a"], &["b", "b", "a"]], &[0, 1]);
}
#[test]
fn an_empty_feed_then_items_all_new() {
    check_visits(&[&[], &["a", "b"]], &[0, 2]);
}

#[test]
fn new_since_last_visit_does_not_record() {
    let mut library = library(&[A]);
    assert_eq!(library.new_since_last_visit(A, ["a"]), 0, "never visited");
    library.visit(A, ["a", "b"], 5);
    assert_eq!(library.new_since_last_visit(A, ["x", "a", "b", "y"]), 2);
    assert_eq!(library.new_since_last_visit(A, ["x", "a", "b", "y"]), 2);
    assert_eq!(library.new_since_last_visit(B, ["x"]), 0, "not in the library");
}

#[test]
fn a_visit_records_time_count_and_seen() {
    let mut library = library(&[A]);
    assert_eq!(library.visit("https://A.example:443/feed.json", ["a", "b", "a"], 42), Some(0));
    let entry = library.get(A).unwrap();
    assert_eq!((entry.last_visit, entry.items, entry.seen.len()), (Some(42), 3, 2));
    assert_eq!(library.visit(B, ["a"], 1), None);
}

#[test]
fn only_the_most_recent_ids_are_remembered() {
    let mut library = library(&[A]);
    let ids: Vec<String> = (0..MAX_SEEN + 500).map(|n| format!("id-{n}")).collect();
    library.visit(A, &ids, 1);
    assert_eq!(library.get(A).unwrap().seen.len(), MAX_SEEN);
    // The same long feed again: the ids past the cap were never remembered, and never count.
    assert_eq!(library.new_since_last_visit(A, &ids), 0);
    // One new item on top pushes one remembered id past the cap: one new.
    let mut newer = vec!["fresh".to_owned()];
    newer.extend(ids.iter().cloned());
    assert_eq!(library.visit(A, &newer, 2), Some(1));
}

#[test]
fn fingerprints_are_stable() {
    // Stored values depend on these: they must never change between builds.
    assert_eq!(fingerprint(""), 0x811c_9dc5);
    assert_eq!(fingerprint("a"), 0xe40c_292c);
}

// First run and storage.

#[test]
fn a_first_run_offers_the_demo_feed() {
    let library = Library::load(None, DEMO, "Lectern demo").unwrap();
    assert_eq!((order(&library), library.feeds()[0].title.as_str()), (vec![DEMO], "Lectern demo"));
}

#[test]
fn removing_the_demo_feed_sticks() {
    let mut library = Library::load(None, DEMO, "Lectern demo").unwrap();
    library.remove(DEMO);
    let stored = library.encode();
    assert_eq!(stored, r#"{"v":1,"feeds":[]}"#);
    assert!(Library::load(Some(&stored), DEMO, "Lectern demo").unwrap().is_empty());
}

#[test]
fn a_library_round_trips_through_storage() {
    let mut library = library(&[A, B, C]);
    library.rename(B, "Bee \"quoted\" \\ name");
    library.set_details(C, "Sea", Some("https://c.example/i.png"));
    library.visit(A, ["1", "2", "3"], 99);
    library.move_up(C);
    check_decode(&library.encode(), Ok(library.clone()));
}

#[test]
fn the_documented_v1_shape_reads() {
    let value = r#"{"v":1,"feeds":[{"url":"https://a.example/feed.json","title":"A","name":"Mine","icon":null,
        "added":1,"last_visit":2,"items":3,"seen":[1,2,3],"future_field":{"x":[1]}}],"theme":"dark"}"#;
    let read = Library::decode(value).unwrap();
    let entry = &read.feeds()[0];
    assert_eq!(
        (entry.name.as_deref(), entry.icon.as_deref(), entry.last_visit, entry.items, entry.seen.as_slice()),
        (Some("Mine"), None, Some(2), 3, [1, 2, 3].as_slice())
    );
}

#[test]
fn stored_values_carry_the_schema_version() {
    assert!(library(&[A]).encode().starts_with(r#"{"v":1,"feeds":[{"url":"#));
}

const GOOD: &str = r#"{"url":"https://a.example/f","title":"A","added":1,"items":0,"seen":[]}"#;

#[test]
fn corrupt_values_are_corrupt() {
    let corrupt = [
        "".to_owned(),
        "not json".to_owned(),
        "null".to_owned(),
        "[]".to_owned(),
        "{}".to_owned(),
        r#"{"v":1}"#.to_owned(),
        r#"{"v":"1","feeds":[]}"#.to_owned(),
        r#"{"v":0,"feeds":[]}"#.to_owned(),
        r#"{"v":1,"feeds":{}}"#.to_owned(),
        r#"{"v":1,"feeds":[7]}"#.to_owned(),
        GOOD.replace(r#""title":"A""#, r#""title":7"#),
        GOOD.replace(r#""title":"A","#, ""),
        GOOD.replace(r#""added":1"#, r#""added":-1"#),
        GOOD.replace(r#""added":1"#, r#""added":1.5"#),
        GOOD.replace(r#""items":0"#, r#""items":"0""#),
        GOOD.replace(r#""seen":[]"#, r#""seen":["a"]"#),
        GOOD.replace(r#""seen":[]"#, r#""seen":[4294967296]"#),
        GOOD.replace(r#""seen":[]"#, r#""seen":null"#),
        GOOD.replace(r#""title":"A""#, r#""title":"A","name":false"#),
        GOOD.replace(r#""title":"A""#, &format!(r#""title":"{}""#, "x".repeat(5000))),
    ];
    for value in corrupt {
        let value = if value.starts_with(r#"{"url""#) { format!(r#"{{"v":1,"feeds":[{value}]}}"#) } else { value };
        check_decode(&value, Err(DecodeError::Corrupt));
    }
}

#[test]
fn newer_versions_are_left_alone() {
    check_decode(r#"{"v":2,"feeds":"anything"}"#, Err(DecodeError::Newer(2)));
}

#[test]
fn what_is_out_of_bounds_is_brought_within() {
    let unsafe_icon = GOOD.replace(r#""title":"A""#, r#""title":"A","icon":"javascript:alert(1)""#);
    let not_a_feed = GOOD.replace("https://a.example/f", "javascript:alert(1)");
    let duplicate = GOOD.replace("https://a.example/f", "HTTPS://A.example:443/f#x").replace(r#""A""#, r#""Second""#);
    let value = format!(r#"{{"v":1,"feeds":[{unsafe_icon},{not_a_feed},{duplicate}]}}"#);
    let read = Library::decode(&value).unwrap();
    assert_eq!(read.len(), 1);
    assert_eq!((read.feeds()[0].title.as_str(), read.feeds()[0].icon.as_deref()), ("A", None));
}

#[test]
fn a_stored_library_beyond_the_caps_is_cut() {
    let seen = (0..MAX_SEEN + 10).map(|n| n.to_string()).collect::<Vec<_>>().join(",");
    let feeds: Vec<String> = (0..MAX_FEEDS + 5)
        .map(|n| format!(r#"{{"url":"https://x/{n}","title":"","added":1,"items":0,"seen":[{seen}]}}"#))
        .collect();
    let read = Library::decode(&format!(r#"{{"v":1,"feeds":[{}]}}"#, feeds.join(","))).unwrap();
    assert_eq!((read.len(), read.feeds()[0].seen.len()), (MAX_FEEDS, MAX_SEEN));
}

#[test]
fn arbitrary_bytes_never_panic() {
    let mut library = library(&[A, B]);
    library.visit(A, ["x", "y"], 3);
    let value = library.encode();
    for end in 0..value.len() {
        if let Some(prefix) = value.get(..end) {
            let _ = Library::decode(prefix);
        }
    }
    for (index, _) in value.char_indices() {
        let mut flipped = value.clone();
        flipped.replace_range(index..=index, "\u{0}");
        let _ = Library::decode(&flipped);
        flipped.replace_range(index..=index, "9");
        let _ = Library::decode(&flipped);
    }
}

#[test]
fn caps_are_sensible() {
    const { assert!(MAX_FEEDS >= 500 && MAX_SEEN >= 1000 && MAX_URL_CHARS <= MAX_FIELD_CHARS) };
    assert!(STORAGE_KEY.starts_with(crate::core::storage_keys::KEY_PREFIX));
}
