//! OPML: the walk (over roxmltree, standing in for DOMParser), the import rule, export and round trip.

use super::*;
use crate::core::test_support::outlines_from_xml;

const BASE: &str = "https://example.com/lists/subscriptions.opml";

/// An OPML 2.0 document with `body` inside its `<body>`.
fn opml(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head><title>t</title></head><body>{body}</body></opml>"#
    )
}

/// An import as one line per entry: `json URL "title"`, then ` as "name"` and ` in A/B` when
/// present; then `skipped N` and `duplicates N` when not zero. (Every feed is `json`: the word
/// stayed from when Lectern read JSON Feed only, and keeps the expectations short.)
fn summary(import: &Import) -> String {
    let line = |kind: &str, candidate: &Candidate| {
        let mut line = format!("{kind} {} {:?}", candidate.url, candidate.title);
        if let Some(name) = &candidate.name {
            line.push_str(&format!(" as {name:?}"));
        }
        if !candidate.category_path.is_empty() {
            line.push_str(&format!(" in {}", candidate.category_path.join("/")));
        }
        line
    };
    let mut lines: Vec<String> = import.feeds.iter().map(|c| line("json", c)).collect();
    assert!(import.not_readable.is_empty(), "nothing is unreadable any more");
    if import.skipped > 0 {
        lines.push(format!("skipped {}", import.skipped));
    }
    if import.duplicates > 0 {
        lines.push(format!("duplicates {}", import.duplicates));
    }
    lines.join("\n")
}

/// Parses `body` (inside an OPML document), imports it against [`BASE`] and compares the summary.
#[track_caller]
fn check(body: &str, expected: &str) {
    let outlines = outlines_from_xml(&opml(body)).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(summary(&import(&outlines, BASE)), expected.trim());
}

/// Imports hand-built outlines (no XML) against `base` and compares the summary.
#[track_caller]
fn check_outlines(outlines: &[Outline], base: &str, expected: &str) {
    assert_eq!(summary(&import(outlines, base)), expected.trim());
}

fn feed(xml_url: &str) -> Outline {
    Outline { text: Some("T".to_owned()), xml_url: Some(xml_url.to_owned()), ..Outline::default() }
}

// The import rule.

#[test]
fn json_feeds_and_rss_are_all_feeds() {
    check(
        r#"<outline text="One" xmlUrl="https://one.example/feed.json"/>
           <outline text="Two" type="rss" xmlUrl="https://two.example/feed.json"/>
           <outline text="Three" xmlUrl="https://three.example/feeds/main"/>
           <outline text="Four" type="rss" xmlUrl="https://four.example/feed"/>
           <outline text="Five" xmlUrl="https://five.example/index.xml"/>"#,
        r#"
json https://one.example/feed.json "One"
json https://two.example/feed.json "Two"
json https://three.example/feeds/main "Three"
json https://four.example/feed "Four"
json https://five.example/index.xml "Five""#,
    );
}

#[test]
fn nested_folders_become_the_category_path() {
    check(
        r#"<outline text="Tech"><outline text="Rust">
             <outline text="A" xmlUrl="https://a.example/feed.json"/></outline>
             <outline text="B" xmlUrl="https://b.example/feed.json"/></outline>
           <outline title="News"><outline text="C" xmlUrl="https://c.example/feed.json"/></outline>
           <outline text="D" xmlUrl="https://d.example/feed.json"/>"#,
        r#"
json https://a.example/feed.json "A" in Tech/Rust
json https://b.example/feed.json "B" in Tech
json https://c.example/feed.json "C" in News
json https://d.example/feed.json "D""#,
    );
}

#[test]
fn attribute_names_in_any_case() {
    check(
        r#"<outline text="a" xmlUrl="https://x.example/a.json"/>
           <outline text="b" xmlurl="https://x.example/b.json"/>
           <outline TEXT="c" XMLURL="https://x.example/c.json" TYPE="RSS"/>
           <outline text="d" url="https://x.example/d.json"/>"#,
        r#"
json https://x.example/a.json "a"
json https://x.example/b.json "b"
json https://x.example/c.json "c"
json https://x.example/d.json "d""#,
    );
}

#[test]
fn entities_in_titles_are_decoded_once_by_xml_and_once_as_html() {
    check(
        r#"<outline text="Tom &amp; Jerry &lt;3 caf&#233; &quot;q&quot; &apos;a&apos;" xmlUrl="https://a.example/f.json"/>
           <outline text="Ben &amp;amp; Jerry" xmlUrl="https://b.example/f.json"/>
           <outline text="&lt;b&gt;Bold&lt;/b&gt; news" xmlUrl="https://c.example/f.json"/>
           <outline text="Line&#10;break&#9;tab" xmlUrl="https://d.example/f.json"/>"#,
        r#"
json https://a.example/f.json "Tom & Jerry <3 café \"q\" 'a'"
json https://b.example/f.json "Ben & Jerry"
json https://c.example/f.json "Bold news"
json https://d.example/f.json "Line break tab""#,
    );
}

#[test]
fn relative_addresses_resolve_against_the_file() {
    check(
        r#"<outline text="a" xmlUrl="../feeds/a.json"/><outline text="b" xmlUrl="/b.json"/>
           <outline text="c" xmlUrl="//cdn.example/c.json" htmlUrl="/c/"/>"#,
        r#"
json https://example.com/feeds/a.json "a"
json https://example.com/b.json "b"
json https://cdn.example/c.json "c""#,
    );
}

#[test]
fn relative_addresses_without_a_base_are_skipped() {
    check_outlines(
        &[feed("feeds/a.json"), feed("https://x.example/b.json")],
        "",
        r#"
json https://x.example/b.json "T"
skipped 1"#,
    );
}

#[test]
fn unsafe_addresses_are_skipped() {
    check(
        r#"<outline text="js" xmlUrl="javascript:alert(1)"/>
           <outline text="js2" xmlUrl=" JaVaScRiPt:alert(1)//feed.json"/>
           <outline text="data" xmlUrl="data:application/json,{}"/>
           <outline text="file" xmlUrl="file:///etc/passwd"/>
           <outline text="ftp" xmlUrl="ftp://x.example/f.json"/>
           <outline text="creds" xmlUrl="https://u:p@x.example/f.json"/>
           <outline text="ok" xmlUrl="https://ok.example/f.json"/>"#,
        r#"
json https://ok.example/f.json "ok"
skipped 6"#,
    );
}

#[test]
fn outlines_without_an_address_are_skipped() {
    check(r#"<outline text="a note"/><outline text="empty" xmlUrl="  "/>"#, "skipped 2");
}

#[test]
fn links_and_includes_are_not_feeds() {
    check(
        r#"<outline text="page" type="link" url="https://x.example/about"/>
           <outline text="more" type="include" url="https://x.example/more.opml"/>
           <outline text="linked feed" type="link" xmlUrl="https://x.example/f.json"/>"#,
        r#"
json https://x.example/f.json "linked feed"
skipped 2"#,
    );
}

#[test]
fn what_says_json_is_a_candidate_whatever_its_type() {
    check(
        r#"<outline text="a" type="json" xmlUrl="https://x.example/a.xml"/>
           <outline text="b" type="JSONFeed" xmlUrl="https://x.example/b"/>
           <outline text="c" type="rss" version="JSONFeed" xmlUrl="https://x.example/c"/>
           <outline text="d" type="rss" xmlUrl="https://x.example/d.JSON?x=1.xml"/>"#,
        r#"
json https://x.example/a.xml "a"
json https://x.example/b "b"
json https://x.example/c "c"
json https://x.example/d.JSON?x=1.xml "d""#,
    );
}

#[test]
fn what_says_rss_or_atom_is_a_feed_too() {
    check(
        r#"<outline text="a" type="atom" xmlUrl="https://x.example/a"/>
           <outline text="b" type=" Pie " xmlUrl="https://x.example/b"/>
           <outline text="c" xmlUrl="https://x.example/c.rss"/>
           <outline text="d" xmlUrl="https://x.example/d.atom"/>
           <outline text="e" xmlUrl="https://x.example/feed/atom"/>
           <outline text="f" xmlUrl="https://x.example/rss"/>
           <outline text="g" xmlUrl="https://x.example/g.rdf"/>
           <outline text="h" type="RSS" xmlUrl="https://x.example/h"/>"#,
        r#"
json https://x.example/a "a"
json https://x.example/b "b"
json https://x.example/c.rss "c"
json https://x.example/d.atom "d"
json https://x.example/feed/atom "e"
json https://x.example/rss "f"
json https://x.example/g.rdf "g"
json https://x.example/h "h""#,
    );
}

#[test]
fn other_types_and_no_type_are_candidates() {
    check(
        r#"<outline text="a" type="feed" xmlUrl="https://x.example/a"/>
           <outline text="b" xmlUrl="https://x.example/b?format=feed"/>
           <outline text="c" xmlUrl="https://x.example/phantom"/>
           <outline text="d" xmlUrl="https://x.example/feed?format=rss"/>"#,
        r#"
json https://x.example/a "a"
json https://x.example/b?format=feed "b"
json https://x.example/phantom "c"
json https://x.example/feed?format=rss "d""#,
    );
}

#[test]
fn the_same_feed_twice_is_listed_once() {
    check(
        r#"<outline text="a" xmlUrl="https://x.example/a.json"/>
           <outline text="again" xmlUrl="HTTPS://X.EXAMPLE:443/a.json#top"/>
           <outline text="r" xmlUrl="https://x.example/r.xml"/>
           <outline text="r again" xmlUrl="https://x.example/r.xml"/>"#,
        r#"
json https://x.example/a.json "a"
json https://x.example/r.xml "r"
duplicates 2"#,
    );
}

#[test]
fn text_and_title_that_differ_are_a_name_and_a_title() {
    check(
        r#"<outline text="My name" title="Feed title" xmlUrl="https://a.example/f.json"/>
           <outline text="Same" title="Same" xmlUrl="https://b.example/f.json"/>
           <outline title="Only title" xmlUrl="https://c.example/f.json"/>
           <outline text="https://d.example/f.json" xmlUrl="https://d.example/f.json"/>"#,
        r#"
json https://a.example/f.json "Feed title" as "My name"
json https://b.example/f.json "Same"
json https://c.example/f.json "Only title"
json https://d.example/f.json """#,
    );
}

#[test]
fn commented_outlines_are_skipped_with_their_content() {
    check(
        r#"<outline text="old" isComment="true"><outline text="a" xmlUrl="https://a.example/f.json"/></outline>
           <outline text="b" isComment="false" xmlUrl="https://b.example/f.json"/>"#,
        r#"json https://b.example/f.json "b""#,
    );
}

#[test]
fn an_opml_1_file_reads() {
    let text = r#"<?xml version="1.0" encoding="ISO-8859-1"?>
<opml version="1.0"><head><title>mySubscriptions</title></head><body>
<outline text="CNET News.com" description="Tech news" htmlUrl="http://news.com.com/" language="unknown"
  title="CNET News.com" type="rss" version="RSS2" xmlUrl="http://news.com.com/2547-1_3-0-5.xml"/>
<outline text="JSON Feed" xmlUrl="https://www.jsonfeed.org/feed.json"/>
</body></opml>"#;
    let import = import(&outlines_from_xml(text).unwrap(), BASE);
    assert_eq!(summary(&import), "json http://news.com.com/2547-1_3-0-5.xml \"CNET News.com\"\njson https://www.jsonfeed.org/feed.json \"JSON Feed\"");
    assert_eq!(import.feeds[0].html_url.as_deref(), Some("http://news.com.com/"));
}

#[test]
fn unsafe_home_pages_are_dropped() {
    let mut outline = feed("https://x.example/f.json");
    outline.html_url = Some("javascript:alert(1)".to_owned());
    assert_eq!(import(&[outline.clone()], BASE).feeds[0].html_url, None);
    outline.html_url = Some("mailto:a@b.example".to_owned());
    assert_eq!(import(&[outline], BASE).feeds[0].html_url, None);
}

// The walk.

#[test]
fn what_is_not_opml_is_refused() {
    for text in
        ["", "not xml", "<opml><body>", "<rss version=\"2.0\"><channel/></rss>", "<opml version=\"2.0\"><head/></opml>"]
    {
        assert!(outlines_from_xml(text).is_err(), "{text:?}");
    }
    assert_eq!(outlines_from_xml("<OPML><Body/></OPML>"), Ok(Vec::new()));
}

#[test]
fn folders_are_not_outlines_but_empty_ones_are_skipped_leaves() {
    let body =
        r#"<outline text="Empty folder"/><outline text="F"><outline text="x" xmlUrl="https://x/f.json"/></outline>"#;
    let outlines = outlines_from_xml(&opml(body)).unwrap();
    let texts: Vec<_> = outlines.iter().map(|o| o.text.as_deref().unwrap_or_default()).collect();
    assert_eq!(texts, ["Empty folder", "x"]);
}

#[test]
fn a_feed_with_outlines_inside_is_listed_and_names_its_children_folder() {
    check(
        r#"<outline text="Parent" xmlUrl="https://p.example/f.json"><outline text="c" xmlUrl="https://c.example/f.json"/></outline>"#,
        r#"
json https://p.example/f.json "Parent"
json https://c.example/f.json "c" in Parent"#,
    );
}

#[test]
fn other_elements_inside_the_body_are_ignored() {
    check(
        r#"<div><outline text="hidden" xmlUrl="https://h.example/f.json"/></div><outline text="a" xmlUrl="https://a.example/f.json"/>"#,
        r#"json https://a.example/f.json "a""#,
    );
}

#[test]
fn a_huge_file_is_read_whole() {
    let body: String =
        (0..10_000).map(|n| format!(r#"<outline text="Feed {n}" xmlUrl="https://x.example/{n}.json"/>"#)).collect();
    let import = import(&outlines_from_xml(&opml(&body)).unwrap(), BASE);
    assert_eq!((import.feeds.len(), import.skipped), (10_000, 0));
    assert_eq!(import.feeds[9_999].title, "Feed 9999");
}

#[test]
fn a_file_beyond_the_cap_is_read_up_to_it() {
    let body: String =
        (0..MAX_OUTLINES + 100).map(|n| format!(r#"<outline xmlUrl="https://x.example/{n}.json"/>"#)).collect();
    assert_eq!(outlines_from_xml(&opml(&body)).unwrap().len(), MAX_OUTLINES);
    let outlines: Vec<Outline> =
        (0..MAX_OUTLINES + 100).map(|n| feed(&format!("https://x.example/{n}.json"))).collect();
    assert_eq!(import(&outlines, BASE).feeds.len(), MAX_OUTLINES);
}

#[test]
fn nesting_ten_thousand_deep_does_not_overflow() {
    // roxmltree builds and drops its tree without recursion, so the real walk is tested here.
    let depth = 10_000;
    let text = opml(&format!(
        "{}<outline text=\"deep\" xmlUrl=\"https://deep.example/f.json\"/>{}",
        (0..depth).map(|n| format!("<outline text=\"level {n}\">")).collect::<String>(),
        "</outline>".repeat(depth)
    ));
    let outlines = outlines_from_xml(&text).unwrap();
    assert_eq!(outlines.len(), 1);
    assert_eq!(outlines[0].category_path.len(), MAX_FOLDER_DEPTH);
    assert_eq!(
        (outlines[0].category_path[0].as_str(), outlines[0].category_path[15].as_str()),
        ("level 0", "level 15")
    );
    assert_eq!(import(&outlines, BASE).feeds.len(), 1);
}

#[test]
fn a_feed_at_every_level_of_deep_nesting_stays_bounded() {
    let depth = 5_000;
    let text = opml(&format!(
        "{}{}",
        (0..depth)
            .map(|n| format!("<outline text=\"f{n}\"><outline text=\"leaf\" xmlUrl=\"https://x.example/{n}.json\"/>"))
            .collect::<String>(),
        "</outline>".repeat(depth)
    ));
    let outlines = outlines_from_xml(&text).unwrap();
    assert_eq!(outlines.len(), depth);
    assert!(outlines.iter().all(|outline| outline.category_path.len() <= MAX_FOLDER_DEPTH));
    assert_eq!(outlines[3].category_path, ["f0", "f1", "f2", "f3"]);
}

// Export and the round trip.

/// A library with awkward titles and names.
fn sample_library() -> Library {
    let mut library = Library::default();
    library.add("https://a.example/feed.json", "Tom & Jerry's <\"best\"> feed", 1).unwrap();
    library.add("https://b.example/feeds/main?format=json&x=1", "Bee", 1).unwrap();
    library.rename("https://b.example/feeds/main?format=json&x=1", "My 🐝 name");
    library.add("http://c.example:8080/c.json", "", 1).unwrap();
    library.add("https://d.example/index.json", "Control\u{1}\u{7f}\u{9c} chars", 1).unwrap();
    library
}

#[test]
fn export_is_opml_2() {
    let mut library = Library::default();
    library.add("https://a.example/f.json?a=1&b=2", "A & <B>", 1).unwrap();
    library.rename("https://a.example/f.json?a=1&b=2", "Mine \"quoted\" 'too'");
    assert_eq!(
        write(&library, "Lectern & me", 1_700_000_000_000),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Lectern &amp; me</title>
    <dateCreated>Tue, 14 Nov 2023 22:13:20 GMT</dateCreated>
    <docs>http://opml.org/spec2.opml</docs>
  </head>
  <body>
    <outline type="rss" text="Mine &quot;quoted&quot; &apos;too&apos;" title="A &amp; &lt;B&gt;" xmlUrl="https://a.example/f.json?a=1&amp;b=2"/>
  </body>
</opml>
"#
    );
}

#[test]
fn export_writes_each_known_format() {
    let mut library = Library::default();
    for url in ["https://a.example/f.json", "https://b.example/rss", "https://c.example/atom", "https://d.example/x"] {
        library.add(url, "", 1).unwrap();
    }
    let kind_of = |url: &str| match url.as_bytes().get(8) {
        Some(b'a') => Some(DocumentKind::JsonFeed),
        Some(b'b') => Some(DocumentKind::Rss),
        Some(b'c') => Some(DocumentKind::Atom),
        _ => None,
    };
    let out = write_with_kinds(&library, "t", 0, &kind_of);
    let versions: Vec<&str> =
        out.lines().filter(|line| line.contains("<outline")).map(|line| line.split('"').nth(3).unwrap()).collect();
    assert_eq!(versions, ["JSONFeed", "RSS2", "Atom", "https://d.example/x"]);
    let import = import(&outlines_from_xml(&out).unwrap(), BASE);
    assert_eq!(import.feeds.len(), 4);
}

#[test]
fn control_characters_never_reach_the_file() {
    let mut out = String::new();
    escape(&mut out, "a\u{0}b\u{1f}c\u{7f}d\u{85}e\u{fffe}f\u{ffff}g\th\ni");
    assert_eq!(out, "abcdefghi");
}

#[test]
fn dates_are_rfc_822() {
    for (ms, expected) in [
        (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        (951_782_400_000, "Tue, 29 Feb 2000 00:00:00 GMT"),
        (4_102_444_799_000, "Thu, 31 Dec 2099 23:59:59 GMT"),
    ] {
        assert_eq!(rfc822(ms), expected);
    }
    let _ = rfc822(u64::MAX);
}

#[test]
fn round_trip_write_parse_import_equals_the_library() {
    let library = sample_library();
    let outlines = outlines_from_xml(&write(&library, "Mine", 5)).unwrap();
    let import = import(&outlines, "");
    assert_eq!((import.not_readable.len(), import.skipped, import.duplicates), (0, 0, 0));
    let mut restored = Library::default();
    assert_eq!(add_all(&mut restored, &import.feeds, 1), AddReport { added: 4, already: 0, refused: 0 });
    assert_eq!(restored, library);
}

#[test]
fn an_empty_library_exports_and_imports_nothing() {
    let outlines = outlines_from_xml(&write(&Library::default(), "", 0)).unwrap();
    assert_eq!(import(&outlines, ""), Import::default());
}

#[test]
fn adding_an_import_keeps_what_is_there_and_stops_when_full() {
    let mut library = Library::default();
    library.add("https://a.example/f.json", "A", 1).unwrap();
    library.rename("https://a.example/f.json", "Kept name");
    let outlines: Vec<Outline> =
        (0..library::MAX_FEEDS + 3).map(|n| feed(&format!("https://x.example/{n}.json"))).collect();
    let mut candidates = import(&[feed("https://a.example/f.json")], BASE).feeds;
    candidates.extend(import(&outlines, BASE).feeds);
    let report = add_all(&mut library, &candidates, 1);
    assert_eq!(report, AddReport { added: library::MAX_FEEDS - 1, already: 1, refused: 4 });
    assert_eq!(library.get("https://a.example/f.json").unwrap().display_name(), "Kept name");
}

#[test]
fn hostile_outlines_never_panic() {
    let long = "x".repeat(100_000);
    let outlines = [
        Outline::default(),
        Outline { xml_url: Some(format!("https://x.example/{long}")), text: Some(long.clone()), ..Outline::default() },
        Outline { xml_url: Some("https://[::1/f".to_owned()), ..Outline::default() },
        Outline {
            xml_url: Some("https://x.example/f".to_owned()),
            category_path: vec![long.clone(); 1000],
            ..Outline::default()
        },
        Outline {
            xml_url: Some("\u{0}https://x.example/\u{feff}".to_owned()),
            kind: Some("\u{0}".to_owned()),
            ..Outline::default()
        },
    ];
    let import = import(&outlines, &long);
    assert!(import.feeds.iter().all(|candidate| candidate.category_path.len() <= MAX_FOLDER_DEPTH
        && candidate.title.chars().count() <= library::MAX_TITLE_CHARS));
}
