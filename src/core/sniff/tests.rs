//! Document kinds and encodings: the cases, and the real corpus told apart whatever its Content-Type.

use super::*;

#[test]
fn the_content_decides_the_kind() {
    let cases = [
        ("<?xml version=\"1.0\"?>\n<!-- c --><?xml-stylesheet href=\"x\"?><rss version=\"2.0\">", DocumentKind::Rss),
        ("<rdf:RDF xmlns:rdf=\"x\">", DocumentKind::Rdf),
        ("\u{feff}  <feed xmlns=\"http://www.w3.org/2005/Atom\">", DocumentKind::Atom),
        ("<!DOCTYPE html><html>", DocumentKind::Html),
        ("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"x\">\n<rss>", DocumentKind::Rss),
        ("<!DOCTYPE x [ <!ENTITY a \"b>\"> ]><feed>", DocumentKind::Atom),
        ("<opml version=\"2.0\">", DocumentKind::OtherXml),
        ("{\"version\": \"https://jsonfeed.org/version/1.1\"}", DocumentKind::JsonFeed),
        ("<html><head>", DocumentKind::Html),
        ("<!-- never closed", DocumentKind::Unknown),
    ];
    for (text, expected) in cases {
        for content_type in [None, Some("text/html"), Some("application/octet-stream"), Some("application/json")] {
            assert_eq!(kind(text, content_type), expected, "{text} as {content_type:?}");
        }
    }
    assert_eq!(kind("oops", Some("application/json; charset=utf-8")), DocumentKind::JsonFeed);
    assert_eq!(kind("", Some("text/html")), DocumentKind::Html);
    assert_eq!(kind("", None), DocumentKind::Unknown);
}

#[test]
fn the_encoding_comes_from_bom_then_declaration_then_header() {
    assert_eq!(encoding(b"\xef\xbb\xbf<?xml version='1.0' encoding='iso-8859-1'?>", None), "utf-8");
    assert_eq!(encoding(b"\xff\xfe<\x00", Some("text/xml; charset=iso-8859-1")), "utf-16le");
    assert_eq!(
        encoding(b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>", Some("text/xml; charset=utf-8")),
        "iso-8859-1"
    );
    assert_eq!(encoding(b"<rss>", Some("text/xml; charset=\"windows-1252\"")), "windows-1252");
    assert_eq!(encoding(b"<html><meta charset=koi8-r>", None), "koi8-r");
    assert_eq!(encoding(b"<?xml version=\"1.0\" encoding=\"UTF-16\"?>", None), "utf-8");
    assert_eq!(encoding(b"<rss>", None), "utf-8");
    assert_eq!(encoding(b"", Some("text/xml")), "utf-8");
}

#[test]
fn real_documents_are_told_apart() {
    let dir = crate::core::test_support::corpora().join("feeds-xml/real");
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let text = String::from_utf8_lossy(&std::fs::read(entry.path()).unwrap()).into_owned();
        let found = kind(&text, Some("text/html"));
        let expected = match name.rsplit('.').next().unwrap() {
            "html" => DocumentKind::Html,
            "rdf" => DocumentKind::Rdf,
            // Named .atom, but the site serves RSS 2.0 at that address.
            "atom" if name == "allthis.atom" => DocumentKind::Rss,
            "atom" => DocumentKind::Atom,
            _ if name.starts_with("LICENSE") => continue,
            _ => found,
        };
        assert_eq!(found, expected, "{name}");
        assert!(found != DocumentKind::Unknown && found != DocumentKind::OtherXml, "{name}: {found:?}");
    }
}

#[test]
fn utf8_is_decoded_here_as_text_decoder_would() {
    let text = |bytes: &[u8], label: &str| utf8_text(bytes.to_vec(), label);
    assert_eq!(text(b"\xEF\xBB\xBF<rss>caf\xC3\xA9</rss>", "utf-8"), Ok("<rss>café</rss>".to_owned()));
    assert_eq!(text(b"<rss/>", "utf8"), Ok("<rss/>".to_owned()));
    // A broken sequence is one replacement character, the rest kept (the WHATWG decoder's rule).
    assert_eq!(text(b"a\xC3(b\xFF", "utf-8"), Ok("a\u{FFFD}(b\u{FFFD}".to_owned()));
    // Only one byte-order mark is the decoder's; a second is text.
    assert_eq!(text(b"\xEF\xBB\xBF\xEF\xBB\xBFx", "utf-8"), Ok("\u{FEFF}x".to_owned()));
    // Any other encoding is the browser's: the bytes come back whole.
    assert_eq!(text(b"caf\xE9", "iso-8859-1"), Err(b"caf\xE9".to_vec()));
    // The Encoding Standard's own decoder (encoding_rs, as `TextDecoder`) agrees on every case.
    for bytes in
        [&b"\xEF\xBB\xBFcaf\xC3\xA9"[..], b"a\xC3(b\xFF", b"\xE2\x82", b"\xF0\x9F\x98\x80 ok", b"\xED\xA0\x80x"]
    {
        let standard = encoding_rs::UTF_8.decode(bytes).0.into_owned();
        assert_eq!(text(bytes, "utf-8"), Ok(standard), "{bytes:?}");
    }
}

#[test]
fn feed_addresses_that_read_as_xml() {
    for url in [
        "https://example.com/feed.xml",
        "https://example.com/blog/index.rss?utm=1",
        "https://example.com/feed/",
        "https://example.com/RSS",
        "https://example.com/atom.atom",
        "https://example.com/news.rdf#top",
        "https://example.com/feeds",
    ] {
        assert!(likely_xml_address(url), "{url}");
    }
    for url in [
        "https://example.com/feed.json",
        "https://example.com/",
        "https://example.com",
        "https://example.com/blog/post",
        "https://example.com/page?feed=rss.xml",
        "https://rss.example.com/list",
        "not a url",
    ] {
        assert!(!likely_xml_address(url), "{url}");
    }
}
