//! The RSS, RDF and Atom mapping: fields, bases, ids, the real XML feeds, and bounded walks.

use super::*;
use crate::core::feed::BodySource;
use crate::core::test_support::{corpora, xml_feed};

fn read(text: &str) -> Feed {
    xml_feed(text, "https://example.com/feed.xml").unwrap()
}

#[test]
fn rss_two_maps_its_fields() {
    let feed = read(
        r#"<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>News &amp;amp; more</title><link>/home</link><language>cs</language>
<atom:link rel="next" href="?page=2"/>
<image><url>/logo.png</url><title>x</title></image>
<item><title>&lt;b&gt;Bold&lt;/b&gt; title</title><link>post/1</link>
<guid isPermaLink="false">id-1</guid><description>Short</description>
<content:encoded><![CDATA[<p>Full <a href="rel">text</a></p>]]></content:encoded>
<author>jo@example.com (Jo Writer)</author><category>a</category><category>b</category>
<pubDate>Tue, 26 Nov 2024 09:00:00 +0100</pubDate>
<enclosure url="ep.mp3" type="audio/mpeg" length="1234"/><itunes:duration>1:02:03</itunes:duration>
</item></channel></rss>"#,
    );
    assert_eq!(feed.title, "News & more");
    assert_eq!(feed.home_page_url.as_deref(), Some("https://example.com/home"));
    assert_eq!(feed.next_url.as_deref(), Some("https://example.com/feed.xml?page=2"));
    assert_eq!(feed.language.as_deref(), Some("cs"));
    assert_eq!(feed.icon.as_deref(), Some("https://example.com/logo.png"));
    let item = &feed.items[0];
    assert_eq!(item.id, "id-1");
    assert_eq!(item.title.as_deref(), Some("Bold title"));
    assert_eq!(item.url.as_deref(), Some("https://example.com/post/1"));
    assert_eq!(item.body, BodySource::Html(r#"<p>Full <a href="rel">text</a></p>"#.to_owned()));
    assert_eq!(item.summary.as_deref(), Some("Short"));
    assert_eq!(item.authors[0].name, "Jo Writer");
    assert_eq!(item.tags, ["a", "b"]);
    assert_eq!(item.published.unwrap().iso(), "2024-11-26T09:00:00+01:00");
    assert_eq!(item.attachments[0].url, "https://example.com/ep.mp3");
    assert_eq!(item.attachments[0].duration_in_seconds, Some(3723));
    assert_eq!(item.attachments[0].size_in_bytes, Some(1234));
}

#[test]
fn atom_maps_its_fields_and_bases() {
    let feed = read(
        r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de" xml:base="https://base.example/dir/">
<title type="html">A &lt;em&gt;feed&lt;/em&gt;</title><link href="/"/><link rel="next" href="page2"/>
<icon>i.png</icon><author><name>Feed Author</name></author>
<entry xml:base="sub/"><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X <b>html</b></div></title>
<id>tag:x,2024:1</id><link rel="alternate" type="text/html" href="p1"/><link rel="enclosure" href="a.mp3" type="audio/mpeg"/>
<updated>2024-01-02T03:04:05Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <img src="i.png"/></p></div></content>
<category term="t1" /><category term="t2" label="Label two"/></entry>
<entry><title>Linked out</title><id>2</id><content src="https://elsewhere.example/x" type="text/html"/><summary>S</summary></entry>
</feed>"#,
    );
    assert_eq!(feed.title, "A feed");
    assert_eq!(feed.language.as_deref(), Some("de"));
    assert_eq!(feed.home_page_url.as_deref(), Some("https://base.example/"));
    assert_eq!(feed.next_url.as_deref(), Some("https://base.example/dir/page2"));
    assert_eq!(feed.icon.as_deref(), Some("https://base.example/dir/i.png"));
    let item = &feed.items[0];
    assert_eq!(item.title.as_deref(), Some("X html"));
    assert_eq!(item.url.as_deref(), Some("https://base.example/dir/sub/p1"));
    assert_eq!(item.id, "tag:x,2024:1");
    assert_eq!(item.authors[0].name, "Feed Author");
    assert_eq!(item.tags, ["t1", "t2"]);
    assert_eq!(item.published.unwrap().iso(), "2024-01-02T03:04:05Z");
    assert_eq!(item.base_url.as_deref(), Some("https://base.example/dir/sub/"));
    assert_eq!(item.attachments[0].url, "https://base.example/dir/sub/a.mp3");
    let BodySource::Html(html) = &item.body else { panic!("{:?}", item.body) };
    assert!(html.contains("<p>Hi <img src=\"i.png\"></img></p>") || html.contains("<p>Hi <img"), "{html}");
    let out = &feed.items[1];
    assert_eq!(out.url.as_deref(), Some("https://elsewhere.example/x"));
    assert_eq!(out.body, BodySource::Text("S".to_owned()));
}

#[test]
fn rdf_items_sit_beside_the_channel() {
    let feed = read(
        r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://e.org/"><title>RDF</title><link>https://e.org/</link><dc:language>en</dc:language></channel>
<item rdf:about="https://e.org/1"><title>One</title><link>https://e.org/1</link><dc:date>2024-05-06T07:08:09+02:00</dc:date><dc:creator>Ann</dc:creator></item>
</rdf:RDF>"#,
    );
    assert_eq!(feed.items.len(), 1);
    assert_eq!(feed.language.as_deref(), Some("en"));
    assert_eq!(feed.items[0].id, "https://e.org/1");
    assert_eq!(feed.items[0].authors[0].name, "Ann");
    assert!(feed.items[0].published.is_some());
}

#[test]
fn items_without_ids_keep_a_stable_one() {
    let text =
        "<rss><channel><item><title>T</title><pubDate>Tue, 26 Nov 2024 09:00:00 GMT</pubDate></item></channel></rss>";
    let (a, b) = (read(text), read(text));
    assert_eq!(a.items[0].id, b.items[0].id);
    assert!(a.items[0].id.starts_with("lectern:"));
}

#[test]
fn xml_that_is_not_a_feed_says_so() {
    assert_eq!(xml_feed("<html/>", "https://e.org/"), Err(FeedError::NotAFeedXml.to_string()));
    assert_eq!(xml_feed("<rss><channel/></rss>", "https://e.org/"), Err(FeedError::NoItems.to_string()));
}

#[test]
fn every_real_feed_reads() {
    let dir = corpora().join("feeds-xml/real");
    let mut read = 0;
    let mut problems = Vec::new();
    let mut total = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".html") || name.starts_with("LICENSE") {
            continue;
        }
        total += 1;
        let bytes = std::fs::read(entry.path()).unwrap();
        let text = crate::core::test_support::decode(&bytes, None);
        let feed = match xml_feed(&text, "https://example.com/feed") {
            Ok(feed) => feed,
            Err(error) => panic!("{name}: {error}"),
        };
        assert!(!feed.items.is_empty(), "{name}: no items");
        for item in &feed.items {
            // Microblog posts have no title: their text is their title.
            if item.title.is_none() && item.body == BodySource::Empty {
                problems.push(format!("{name}: an item with neither title nor body"));
            }
            if item.url.is_none() {
                problems.push(format!("{name}: {:?} without link", item.title));
            }
            if item.body == BodySource::Empty && item.summary.is_none() {
                problems.push(format!("{name}: {:?} without body", item.title));
            }
            // This fixture's one item gives no date at all.
            if item.published.is_none() && name != "shopify-namespace.rss" {
                problems.push(format!("{name}: {:?} without date", item.title));
            }
        }
        read += 1;
    }
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!((read, total), (21, 21));
}

/// A tree made up as it is walked: as deep or as wide as asked, without a document behind it.
#[derive(Clone)]
struct Synthetic {
    name: &'static str,
    /// How many children each element below the root has.
    width: usize,
}

impl crate::core::xml::XmlTree for Synthetic {
    fn local_name(&self) -> &str {
        self.name
    }
    fn namespace(&self) -> Option<&str> {
        (self.name == "feed" || self.name == "entry").then_some("http://www.w3.org/2005/Atom")
    }
    fn attribute(&self, _: &str) -> Option<String> {
        None
    }
    fn attribute_ns(&self, _: &str, _: &str) -> Option<String> {
        None
    }
    fn children(&self) -> Vec<Self> {
        // Every element has children, forever: an endless nesting of entries in entries.
        let name = if self.name == "feed" { "entry" } else { self.name };
        vec![Synthetic { name, width: self.width }; self.width]
    }
    fn text(&self) -> String {
        "text".to_owned()
    }
    fn inner_markup(&self) -> String {
        String::new()
    }
}

#[test]
fn an_endless_tree_costs_a_bounded_walk() {
    // Endlessly deep: the mapping reads a fixed number of levels, so it ends.
    let deep = read_tree(&Synthetic { name: "feed", width: 1 });
    assert_eq!(deep.items.len(), 1);
    // Endlessly wide below: 2,000 entries of 2,000 children each would be four million elements;
    // the walk stops at its budget.
    let started = std::time::Instant::now();
    let wide = read_tree(&Synthetic { name: "feed", width: 2_000 });
    assert!(wide.items.len() <= 2_000);
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

fn read_tree(root: &Synthetic) -> Feed {
    super::read(root, "https://e.org/").unwrap()
}

#[test]
fn a_hostile_deep_document_never_overflows() {
    let depth = 100_000;
    let text = format!(
        "<rss><channel><item><title>t</title><description>{}x{}</description></item><item>{}{}</item></channel></rss>",
        "&lt;b&gt;".repeat(depth),
        "&lt;/b&gt;".repeat(depth),
        "<x>".repeat(depth),
        "</x>".repeat(depth)
    );
    // roxmltree may refuse the depth (as browsers do); whatever it says, nothing overflows.
    if let Ok(feed) = xml_feed(&text, "https://e.org/") {
        assert_eq!(feed.items.len(), 2);
    }
}

#[test]
fn entity_bombs_and_external_entities_come_to_nothing() {
    // A billion laughs: the parser bounds the expansion (the browser's does too) and refuses it.
    let mut bomb = String::from("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"ha\">");
    for level in 1..10 {
        bomb.push_str(&format!("<!ENTITY l{level} \"{}\">", format!("&l{};", level - 1).repeat(10)));
    }
    bomb.push_str("]><rss><channel><item><title>&l9;</title></item></channel></rss>");
    let started = std::time::Instant::now();
    assert!(xml_feed(&bomb, "https://e.org/").is_err());
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    // An external entity is never fetched: its reference reads as nothing or fails the parse.
    let external = r#"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>a&x;b</title></item></channel></rss>"#;
    if let Ok(feed) = xml_feed(external, "https://e.org/") {
        assert!(!feed.items[0].title.as_deref().unwrap_or_default().contains("root"));
    }
}

// The parse itself (core::xml::parse and the entity repair), as the XML feed chunk runs it.

#[test]
fn rss_and_atom_are_parsed_and_read() {
    let rss = parse(
        "\n\n<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\
         <channel><title>R &amp; D</title><item><title>One</title><link>/one</link>\
         <content:encoded><![CDATA[<p>Body <b>one</b></p>]]></content:encoded></item></channel></rss>",
        "https://r.example/feed.xml",
    )
    .unwrap();
    assert_eq!(rss.title, "R & D");
    assert_eq!(rss.items[0].url.as_deref(), Some("https://r.example/one"));
    assert!(matches!(&rss.items[0].body, BodySource::Html(html) if html.contains("<p>Body <b>one</b></p>")));
    let atom = parse(
        r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/blog/"><title>A</title>
        <entry><id>tag:a,1</id><title type="html">&lt;i&gt;Two&lt;/i&gt;</title><link href="two"/>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>X<em>y</em></p></div></content></entry></feed>"#,
        "https://a.example/atom",
    )
    .unwrap();
    assert_eq!(atom.items[0].title.as_deref(), Some("Two"));
    assert_eq!(atom.items[0].url.as_deref(), Some("https://a.example/blog/two"));
    match &atom.items[0].body {
        BodySource::Html(html) => assert!(html.contains("X<em>y</em></p>"), "{html}"),
        other => panic!("an XHTML body is markup: {other:?}"),
    }
}

#[test]
fn broken_xml_says_where_and_html_entities_are_repaired() {
    let broken = parse(
        "<rss version=\"2.0\"><channel>\n<item><title>A & B</title></item></channel></rss>",
        "https://b.example/",
    );
    match broken {
        Err(FeedError::NotXml { line: Some(2), column: Some(_) }) => {}
        other => panic!("expected NotXml at line 2: {other:?}"),
    }
    let repaired = parse(
        "<rss version=\"2.0\"><channel><title>Caf&eacute;&nbsp;x</title><item><title>i</title></item></channel></rss>",
        "https://b.example/",
    )
    .unwrap();
    // The title's whitespace, the no-break space included, is collapsed by core.
    assert_eq!(repaired.title, "Caf\u{e9} x");
    assert_eq!(
        parse(r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>"#, "https://b.example/").err(),
        Some(FeedError::NotAFeedXml)
    );
}
