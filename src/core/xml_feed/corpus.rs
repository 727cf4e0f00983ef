//! The feed-rs fixtures: Lectern's mapping compared with what the mature feed-rs parser extracts
//! (`*.serde.json` beside each document) on titles, article links, dates and enclosure URLs.
#![cfg(test)]

use serde_json::Value;

use crate::core::feed::Feed;
use crate::core::test_support::{corpora, decode, xml_feed};
use crate::core::{date, html_text, url};

/// The address the fixtures are read from: feed-rs read them without one, so its relative links
/// stay relative; ours resolve against this, and theirs are resolved the same way to compare.
const FEED_URL: &str = "https://fixture.example/feed.xml";

#[derive(Default, Debug)]
struct Tally {
    agree: usize,
    total: usize,
    differences: Vec<String>,
}

impl Tally {
    fn check(&mut self, file: &str, index: usize, ours: String, theirs: String) {
        self.total += 1;
        // feed-rs writes URLs the way the `url` crate normalises them: host in lower case, an
        // empty path as `/`. Those are the same addresses.
        let (ours, theirs) = (same_url(&ours), same_url(&theirs));
        if ours == theirs {
            self.agree += 1;
        } else {
            self.differences.push(format!("{file}#{index}: ours {ours:?}, feed-rs {theirs:?}"));
        }
    }
}

/// A URL with its host lower-cased and an empty path written `/`; other text as it is.
fn same_url(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let Some((scheme, rest)) = word.split_once("://") else { return word.to_owned() };
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            let path = if rest[end..].starts_with('/') { "" } else { "/" };
            format!("{scheme}://{}{path}{}", rest[..end].to_ascii_lowercase(), &rest[end..])
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn text_of(value: &Value) -> Option<String> {
    let content = value.get("content")?.as_str()?;
    let html = value.get("content_type").and_then(Value::as_str).is_some_and(|kind| kind.contains("html"));
    let text = if html { html_text::plain(content) } else { content.to_owned() };
    Some(text.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|text| !text.is_empty())
}

fn timestamp(text: Option<&str>) -> Option<i64> {
    text.and_then(date::parse).map(|date| date.timestamp())
}

#[test]
fn feed_rs_agrees_on_titles_links_dates_and_enclosures() {
    let dir = corpora().join("feeds-xml/feed-rs");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|entry| entry.path()).collect();
    files.sort();
    let (mut titles, mut links, mut dates, mut files_tally) =
        (Tally::default(), Tally::default(), Tally::default(), Tally::default());
    let mut read = 0;
    let mut documents = 0;
    for path in files.iter().filter(|path| path.extension().is_some_and(|ext| ext == "xml")) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // A few documents are feed-rs' own unit-test inputs, with no recorded result.
        let Ok(recorded) = std::fs::read_to_string(path.with_extension("serde.json")) else { continue };
        documents += 1;
        let expected: Value = serde_json::from_str(&recorded).unwrap();
        let text = decode(&std::fs::read(path).unwrap(), None);
        let feed: Feed = match xml_feed(&text, FEED_URL) {
            Ok(feed) => feed,
            Err(error) => {
                files_tally.differences.push(format!("{name}: {error}"));
                continue;
            }
        };
        read += 1;
        let entries = expected["entries"].as_array().unwrap();
        assert_eq!(feed.items.len(), entries.len(), "{name}: item count");
        for (index, (item, entry)) in feed.items.iter().zip(entries).enumerate() {
            titles.check(
                &name,
                index,
                item.title.clone().unwrap_or_default(),
                text_of(&entry["title"]).unwrap_or_default(),
            );
            let their_link = entry["links"]
                .as_array()
                .unwrap()
                .iter()
                .find(|link| matches!(link["rel"].as_str(), None | Some("alternate")))
                .and_then(|link| link["href"].as_str())
                .map(|href| url::resolve(FEED_URL, href).unwrap_or_else(|| href.to_owned()));
            links.check(&name, index, item.url.clone().unwrap_or_default(), their_link.unwrap_or_default());
            let theirs = timestamp(entry["published"].as_str()).or_else(|| timestamp(entry["updated"].as_str()));
            dates.check(&name, index, format!("{:?}", item.published.map(|d| d.timestamp())), format!("{theirs:?}"));
            // Media RSS pictures are the item's image to Lectern, files to feed-rs: both count.
            let mut theirs: Vec<String> = entry["media"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|media| media["content"].as_array().cloned().unwrap_or_default())
                .filter_map(|content| content["url"].as_str().map(str::to_owned))
                .collect();
            // feed-rs keeps Atom's `rel="enclosure"` among the links; they are files all the same.
            theirs.extend(
                entry["links"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|link| link["rel"].as_str() == Some("enclosure"))
                    .filter_map(|link| link["href"].as_str().map(str::to_owned)),
            );
            theirs.sort();
            theirs.dedup();
            let mut ours: Vec<String> = item.attachments.iter().map(|file| file.url.clone()).collect();
            ours.extend(item.image.iter().filter(|image| theirs.contains(image)).cloned());
            ours.sort();
            ours.dedup();
            files_tally.check(&name, index, ours.join(" "), theirs.join(" "));
        }
    }
    for (field, tally) in [("titles", &titles), ("links", &links), ("dates", &dates), ("enclosures", &files_tally)] {
        eprintln!("{field}: {}/{}", tally.agree, tally.total);
        for difference in &tally.differences {
            eprintln!("  {difference}");
        }
    }
    // Every recorded document reads (four of the 58 have no record: feed-rs' own unit inputs).
    assert_eq!((read, documents), (54, 54));
    // Floors: the agreement reached, per field, of 89 items. The deliberate disagreements:
    // - links, 2: rss_2.0_spec_1's items have only a `guid` with isPermaLink (the default): the
    //   RSS 2.0 spec makes that the item's permalink, feed-rs leaves the item without a link;
    // - enclosures, 1: rss_2.0_vimeo_media's `media:content` has no URL, only a `media:player`
    //   (a web page to embed); feed-rs lists the page as the content, Lectern lists no file.
    let counts = [titles.agree, links.agree, dates.agree, files_tally.agree];
    let totals = [titles.total, links.total, dates.total, files_tally.total];
    assert_eq!(totals, [89; 4]);
    assert!(counts.iter().zip([89, 87, 89, 88]).all(|(count, floor)| *count >= floor), "{counts:?}");
}
