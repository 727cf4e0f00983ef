//! Feed autodiscovery: the feeds a web page links with `<link rel="alternate" type="…">`, and
//! which one to open when it links several.

use super::html_text::{link_tags, plain};
use super::sniff::DocumentKind;
use super::url;

/// A feed a page links.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedLink {
    /// Resolved against the page's address; http(s) only.
    pub url: String,
    /// The kind the page announces. Pages are sometimes wrong (YouTube announces RSS and serves
    /// Atom), so what is fetched is sniffed again.
    pub kind: DocumentKind,
    /// The link's `title`, as plain text, when it has one.
    pub title: Option<String>,
}

/// The kind a `<link type>` announces, if it is a feed's.
fn announced(kind: &str) -> Option<DocumentKind> {
    let media = kind.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    match media.as_str() {
        "application/feed+json" => Some(DocumentKind::JsonFeed),
        "application/rss+xml" => Some(DocumentKind::Rss),
        "application/atom+xml" => Some(DocumentKind::Atom),
        "application/rdf+xml" => Some(DocumentKind::Rdf),
        _ => None,
    }
}

/// Every feed `html` links, in page order, each address once, resolved against `page_url`.
pub fn feed_links(html: &str, page_url: &str) -> Vec<FeedLink> {
    let mut links: Vec<FeedLink> = Vec::new();
    for attributes in link_tags(html) {
        let value = |name: &str| attributes.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str());
        let is_alternate = value("rel")
            .is_some_and(|rel| rel.split_ascii_whitespace().any(|rel| rel.eq_ignore_ascii_case("alternate")));
        let (Some(kind), Some(href)) = (value("type").and_then(announced), value("href")) else { continue };
        let Some(url) = url::safe_link(page_url, &plain(href.trim())) else { continue };
        if !is_alternate || !(url.starts_with("https://") || url.starts_with("http://")) {
            continue;
        }
        if links.iter().any(|known| known.url == url) {
            continue;
        }
        let title = value("title").map(plain).map(|title| title.trim().to_owned()).filter(|title| !title.is_empty());
        links.push(FeedLink { url, kind, title });
    }
    links
}

/// The feed to open of those a page links: its JSON Feed if it has one (Lectern's own format,
/// read most faithfully), else the first the page lists, which is the one sites put forward.
pub fn preferred(links: &[FeedLink]) -> Option<&FeedLink> {
    links.iter().find(|link| link.kind == DocumentKind::JsonFeed).or_else(|| links.first())
}

/// The feed to open from the page `html` read at `page_url`: [`preferred`] of [`feed_links`].
pub fn preferred_feed(html: &str, page_url: &str) -> Option<FeedLink> {
    preferred(&feed_links(html, page_url)).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::test_support::corpora;

    #[test]
    fn every_feed_kind_is_found_and_json_feed_preferred() {
        let page = r#"<head><link rel="alternate" type="application/rss+xml" title="R &amp; S" href="/rss">
            <link rel="alternate" type="application/atom+xml" href="atom.xml">
            <link rel="stylesheet" type="text/css" href="a.css"><link rel="alternate" href="/fr" hreflang="fr">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            <link rel="alternate" type="application/rdf+xml" href="/rdf">
            <link rel="alternate" type="application/rss+xml" href="/rss">
            <LINK REL="alternate" TYPE="application/feed+json" HREF="/feed.json"></head>"#;
        let links = feed_links(page, "https://site.example/blog/");
        let found: Vec<(&str, DocumentKind)> = links.iter().map(|link| (link.url.as_str(), link.kind)).collect();
        assert_eq!(
            found,
            [
                ("https://site.example/rss", DocumentKind::Rss),
                ("https://site.example/blog/atom.xml", DocumentKind::Atom),
                ("https://site.example/rdf", DocumentKind::Rdf),
                ("https://site.example/feed.json", DocumentKind::JsonFeed),
            ]
        );
        assert_eq!(links[0].title.as_deref(), Some("R & S"));
        assert_eq!(preferred(&links).map(|link| link.kind), Some(DocumentKind::JsonFeed));
        assert_eq!(preferred(&links[..2]).map(|link| link.url.as_str()), Some("https://site.example/rss"));
        assert_eq!(preferred(&[]), None);
    }

    #[test]
    fn the_real_pages_lead_to_their_feeds() {
        let expected = [
            ("DaringFireball.html", "https://daringfireball.net/feeds/main"),
            (
                "YouTubeTheVolvoRocks.html",
                "https://www.youtube.com/feeds/videos.xml?channel_id=UCct7QF2jcWRY6dhXWMSq9LQ",
            ),
            ("coco.html", "https://www.theatlantic.com/feed/all/"),
            ("furbo.html", "http://furbo.org/feed/"),
            ("inessential.html", "http://inessential.com/xml/rss.xml"),
        ];
        let base = |name: &str| match name {
            "DaringFireball.html" => "https://daringfireball.net/",
            "coco.html" => "https://www.theatlantic.com/",
            _ => "https://example.com/",
        };
        for (name, feed) in expected {
            let bytes = std::fs::read(corpora().join("feeds-xml/real").join(name)).unwrap();
            let html = String::from_utf8_lossy(&bytes);
            let found = preferred_feed(&html, base(name)).map(|link| link.url);
            assert_eq!(found.as_deref(), Some(feed), "{name}");
        }
    }
}
