//! JSON Feed 1.0 and 1.1 text to a checked `Feed` of `Item`s, with errors a reader can act on.

use super::date::{self, Date};
use super::json::{self, Json};
use super::{discover, html_text, url};

/// Why a text is not a feed Lectern can show. The message is the sentence a reader sees.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    #[error("The feed is not valid JSON (line {line}, column {column}).")]
    NotJson { line: usize, column: usize },
    #[error("This is JSON, but not a JSON Feed: {0}.")]
    NotAFeed(&'static str),
    #[error("Article {item} in the feed has no {field}.")]
    MissingField { item: usize, field: &'static str },
    #[error("Article {item} in the feed has a bad {field}: {problem}.")]
    BadField { item: usize, field: String, problem: String },
    #[error("The feed has no articles yet.")]
    NoItems,
    /// HTML where a feed was expected: usually a site's home page, which may link its feed.
    #[error("This address is a web page, not a feed.{}", if feed_link.is_some() { " The page links to a feed." } else { " The page does not link to a feed." })]
    WebPage { feed_link: Option<String> },
    /// XML the browser's parser refused; the shell passes on the position it reports, if any.
    #[error("The feed is not well-formed XML{}.", position(*line, *column))]
    NotXml { line: Option<usize>, column: Option<usize> },
    /// Well-formed XML whose root is not RSS, RDF or Atom.
    #[error("This is XML, but not an RSS, Atom or RDF feed.")]
    NotAFeedXml,
}

/// " (line 3, column 7)" when the parser said where; nothing when it did not.
fn position(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(line), Some(column)) => format!(" (line {line}, column {column})"),
        (Some(line), None) => format!(" (line {line})"),
        _ => String::new(),
    }
}

/// How many `next_url` pages Lectern follows at most on its own (saving for offline, finding a
/// deep-linked article): a feed whose pages never end must not keep it fetching forever.
pub const MAX_FOLLOWED_PAGES: usize = 50;

/// A checked feed: every item has an id, every URL is absolute and safe.
#[derive(Clone, Debug, PartialEq)]
pub struct Feed {
    /// The address the feed was read from (after redirects): what relative URLs in its items,
    /// bodies included, resolve against.
    pub url: String,
    pub title: String,
    pub description: Option<String>,
    pub home_page_url: Option<String>,
    /// The next page of a paginated feed: http(s) only, never the feed itself.
    pub next_url: Option<String>,
    pub language: Option<String>,
    /// The feed's small image for lists: `favicon`, else `icon`, resolved and checked by
    /// `url::safe_image`.
    pub icon: Option<String>,
    pub items: Vec<Item>,
}

/// One article of a feed.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub authors: Vec<Author>,
    pub published: Option<Date>,
    pub modified: Option<Date>,
    pub summary: Option<String>,
    pub image: Option<String>,
    pub tags: Vec<String>,
    pub language: Option<String>,
    pub body: BodySource,
    /// Podcast episodes and other files, as the feed lists them.
    pub attachments: Vec<Attachment>,
    /// What relative URLs in the body resolve against when it is not the feed's address: an RSS
    /// or Atom `xml:base`. `None` for JSON Feed.
    pub base_url: Option<String>,
}

/// A file an item comes with (a podcast's audio, a video, a PDF).
#[derive(Clone, Debug, PartialEq)]
pub struct Attachment {
    /// Safe and absolute, like every URL from a feed.
    pub url: String,
    pub mime_type: String,
    pub title: Option<String>,
    pub size_in_bytes: Option<u64>,
    pub duration_in_seconds: Option<u64>,
}

/// A person or organisation credited for a feed or an item.
#[derive(Clone, Debug, PartialEq)]
pub struct Author {
    pub name: String,
    pub url: Option<String>,
    /// A picture of the author, checked by `url::safe_image`.
    pub avatar: Option<String>,
}

/// Where an item's body comes from, in the order of preference the interface sets.
#[derive(Clone, Debug, PartialEq)]
pub enum BodySource {
    Markdown(String),
    Html(String),
    Text(String),
    Empty,
}

impl Feed {
    /// The item with this id, and its position in the feed.
    pub fn item(&self, id: &str) -> Option<(usize, &Item)> {
        self.items.iter().enumerate().find(|(_, item)| item.id == id)
    }
}

/// The longest title derived from an item's text when it has none (microblog posts).
const DERIVED_TITLE_CHARS: usize = 80;

impl Item {
    /// The title to show: the feed's, or the opening words of the item when it has none.
    pub fn display_title(&self) -> String {
        if let Some(title) = &self.title {
            return title.clone();
        }
        let source = self.summary.as_deref().unwrap_or(match &self.body {
            BodySource::Markdown(text) | BodySource::Text(text) => text,
            BodySource::Html(_) | BodySource::Empty => "",
        });
        let words = source.split_whitespace().collect::<Vec<_>>().join(" ");
        if words.is_empty() {
            return "Untitled".to_owned();
        }
        if words.chars().count() <= DERIVED_TITLE_CHARS {
            return words;
        }
        let cut: String = words.chars().take(DERIVED_TITLE_CHARS).collect();
        let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
        format!("{cut}…")
    }

    /// The authors' names as one byline: "A", "A and B", "A, B and C".
    pub fn byline(&self) -> Option<String> {
        let names: Vec<&str> = self.authors.iter().map(|a| a.name.as_str()).collect();
        match names.as_slice() {
            [] => None,
            [one] => Some((*one).to_owned()),
            [init @ .., last] => Some(format!("{} and {last}", init.join(", "))),
        }
    }
}

/// A field of the wrong type: its path (`title`, `_lectern.markdown`) and what is wrong, in
/// serde's words.
struct Bad {
    field: &'static str,
    problem: String,
}

fn wrong_type(field: &'static str, found: &Json, expected: &str) -> Bad {
    Bad { field, problem: format!("invalid type: {}, expected {expected}", found.describe()) }
}

/// An optional string member: absent or `null` is `None`, anything but a string is `Bad`.
fn text(object: &Json, key: &'static str) -> Result<Option<String>, Bad> {
    match object.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(text)) => Ok(Some(text.clone())),
        Some(other) => Err(wrong_type(key, other, "a string")),
    }
}

/// The `authors` list: absent is empty; present, it must be a list (as serde's `Vec` wants).
fn author_list(object: &Json) -> Result<&[Json], Bad> {
    match object.get("authors") {
        None => Ok(&[]),
        Some(Json::Array(entries)) => Ok(entries),
        Some(other) => Err(wrong_type("authors", other, "a list")),
    }
}

/// Parses feed text fetched from `feed_url`; relative URLs inside resolve against it.
pub fn parse(text: &str, feed_url: &str) -> Result<Feed, FeedError> {
    // A byte-order mark is not JSON, but editors write it and browsers strip it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Markup where JSON was expected (`<!DOCTYPE`, `<html`, `<?xml`): a page, not a broken feed.
    let markup = text.trim_start().strip_prefix('<');
    if markup.is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '!' || c == '?')) {
        return Err(FeedError::WebPage { feed_link: discover::preferred_feed(text, feed_url).map(|link| link.url) });
    }
    let value = json::parse(text).map_err(|error| FeedError::NotJson { line: error.line, column: error.column })?;
    if !matches!(value, Json::Object(_)) {
        return Err(FeedError::NotAFeed("it is not a JSON object"));
    }
    let wrong_types = |_| FeedError::NotAFeed("its top-level fields have the wrong types");
    let home_page_url = self::text(&value, "home_page_url").map_err(wrong_types)?;
    let description = self::text(&value, "description").map_err(wrong_types)?;
    let language = self::text(&value, "language").map_err(wrong_types)?;
    // A list shows the icon small, so the favicon (meant for that) comes before the large icon.
    let icon = ["favicon", "icon"]
        .into_iter()
        .filter_map(|key| self::text(&value, key).ok().flatten())
        .find_map(|icon| url::safe_image(feed_url, &icon));
    let plural_authors = author_list(&value).map_err(wrong_types)?;
    let is_json_feed = value.get("version").and_then(Json::as_str).is_some_and(|version| {
        // Some 1.0 publishers wrote the version URL with http; it names the same spec.
        version.starts_with("https://jsonfeed.org/version/1") || version.starts_with("http://jsonfeed.org/version/1")
    });
    if !is_json_feed {
        return Err(FeedError::NotAFeed("it has no JSON Feed version"));
    }
    let Some(Json::Array(raw_items)) = value.get("items") else {
        return Err(FeedError::NotAFeed("it has no list of items"));
    };
    let feed_authors = authors(plural_authors, value.field("author"), feed_url);
    let items = raw_items
        .iter()
        .enumerate()
        .map(|(index, value)| item(index + 1, value, feed_url, &feed_authors))
        .collect::<Result<Vec<_>, _>>()?;
    if items.is_empty() {
        return Err(FeedError::NoItems);
    }
    Ok(Feed {
        url: feed_url.to_owned(),
        title: value
            .get("title")
            .and_then(Json::as_str)
            .and_then(|title| text_field(Some(title.to_owned())))
            .unwrap_or_else(|| "Untitled feed".to_owned()),
        description: text_field(description),
        home_page_url: home_page_url.and_then(|u| url::safe_link(feed_url, &u)),
        next_url: value
            .get("next_url")
            .and_then(Json::as_str)
            .and_then(|next| url::safe_link(feed_url, next))
            .filter(|next| (next.starts_with("https://") || next.starts_with("http://")) && next != feed_url),
        language: non_empty(language),
        icon,
        items,
    })
}

/// Checks one item; `number` counts from 1, as a reader would.
fn item(number: usize, value: &Json, feed_url: &str, feed_authors: &[Author]) -> Result<Item, FeedError> {
    if !matches!(value, Json::Object(_)) {
        return Err(FeedError::BadField {
            item: number,
            field: "entry".to_owned(),
            problem: "it is not a JSON object".to_owned(),
        });
    }
    checked_item(value, feed_url, feed_authors).map_err(|bad| match bad {
        Ok(field) => FeedError::MissingField { item: number, field },
        Err(Bad { field, problem }) => FeedError::BadField { item: number, field: field.to_owned(), problem },
    })
}

/// The item, or `Ok(field)` for a missing field, `Err(bad)` for a field of the wrong type. As with
/// serde, a field of the wrong type is reported before a missing id.
fn checked_item(value: &Json, feed_url: &str, feed_authors: &[Author]) -> Result<Item, Result<&'static str, Bad>> {
    // JSON Feed says ids are strings; some 1.0 feeds publish numbers, which name an item as well.
    let id = match value.get("id") {
        None | Some(Json::Null) => None,
        Some(Json::String(id)) => Some(id.clone()).filter(|id| !id.trim().is_empty()),
        Some(Json::Number(id)) => Some(id.clone()),
        Some(_) => return Err(Err(Bad { field: "id", problem: "expected a string or a number".to_owned() })),
    };
    let field = |key| text(value, key).map_err(Err);
    let (url, external_url, title) = (field("url")?, field("external_url")?, field("title")?);
    let (content_html, content_text, summary) = (field("content_html")?, field("content_text")?, field("summary")?);
    let (image, banner_image, language) = (field("image")?, field("banner_image")?, field("language")?);
    let (date_published, date_modified) = (field("date_published")?, field("date_modified")?);
    let plural_authors = author_list(value).map_err(Err)?;
    // Tags as the spec has them (a list), or as some real feeds publish them ("a,b").
    let tags: Vec<&str> = match value.get("tags") {
        None => Vec::new(),
        Some(Json::String(joined)) => joined.split(',').collect(),
        Some(Json::Array(tags)) if tags.iter().all(|tag| tag.as_str().is_some()) => {
            tags.iter().filter_map(Json::as_str).collect()
        }
        Some(_) => {
            return Err(Err(Bad { field: "tags", problem: "expected a list of strings, or one string".to_owned() }))
        }
    };
    let lectern_markdown = match value.get("_lectern") {
        None | Some(Json::Null) => None,
        Some(lectern @ Json::Object(_)) => {
            text(lectern, "markdown").map_err(|bad| Err(Bad { field: "_lectern.markdown", ..bad }))?
        }
        Some(other) => return Err(Err(wrong_type("_lectern", other, "an object"))),
    };
    let Some(id) = id else { return Err(Ok("id")) };
    let body = match (lectern_markdown, content_html, content_text) {
        (Some(markdown), _, _) => BodySource::Markdown(markdown),
        (None, Some(html), _) => BodySource::Html(html),
        (None, None, Some(text)) => BodySource::Text(text),
        (None, None, None) => BodySource::Empty,
    };
    let item_authors = authors(plural_authors, value.field("author"), feed_url);
    Ok(Item {
        id,
        url: url.or(external_url).and_then(|u| url::safe_link(feed_url, &u)),
        title: text_field(title),
        authors: if item_authors.is_empty() { feed_authors.to_vec() } else { item_authors },
        published: date_published.as_deref().and_then(date::parse),
        modified: date_modified.as_deref().and_then(date::parse),
        summary: text_field(summary),
        image: image.or(banner_image).and_then(|src| url::safe_image(feed_url, &src)),
        tags: tags.into_iter().map(str::trim).filter(|tag| !tag.is_empty()).map(str::to_owned).collect(),
        language: non_empty(language),
        body,
        attachments: attachments(value.get("attachments"), feed_url),
        base_url: None,
    })
}

impl Attachment {
    /// What plays it: `audio`, `video`, or `None` for a file to download.
    pub fn media(&self) -> Option<&'static str> {
        match self.mime_type.split('/').next().map(str::trim) {
            Some("audio") => Some("audio"),
            Some("video") => Some("video"),
            _ => None,
        }
    }

    /// "MPEG audio · 45 MB · 1 h 2 min": type, size and length, whichever the feed gives.
    pub fn details(&self) -> String {
        let mut parts = Vec::new();
        let mut kind = self.mime_type.split(['/', ';']);
        let (major, minor) = (kind.next().unwrap_or_default().trim(), kind.next().unwrap_or_default().trim());
        let minor = minor.trim_start_matches("x-").to_ascii_uppercase();
        parts.push(match self.media() {
            Some(media) if !minor.is_empty() => format!("{minor} {media}"),
            _ if !minor.is_empty() => minor,
            _ => major.to_owned(),
        });
        if let Some(bytes) = self.size_in_bytes.filter(|bytes| *bytes > 0) {
            parts.push(byte_size(bytes));
        }
        if let Some(seconds) = self.duration_in_seconds.filter(|seconds| *seconds > 0) {
            parts.push(duration(seconds));
        }
        parts.join(" · ")
    }
}

/// "45 MB", "820 KB", "1.5 GB": one decimal below ten, whole units above; integers only.
pub fn byte_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    let mut value = bytes;
    let mut tenths = 0;
    let mut unit = "bytes";
    for name in UNITS {
        if value < 1000 {
            break;
        }
        tenths = (value % 1000) / 100;
        value /= 1000;
        unit = name;
    }
    if unit != "bytes" && value < 10 && tenths > 0 {
        format!("{value}.{tenths} {unit}")
    } else {
        format!("{value} {unit}")
    }
}

/// "1 h 2 min", "45 min", "30 s".
fn duration(seconds: u64) -> String {
    let (hours, minutes) = (seconds / 3600, seconds % 3600 / 60);
    match (hours, minutes) {
        (0, 0) => format!("{seconds} s"),
        (0, minutes) => format!("{minutes} min"),
        (hours, 0) => format!("{hours} h"),
        (hours, minutes) => format!("{hours} h {minutes} min"),
    }
}

/// The well-formed attachments with a safe URL and a MIME type, as JSON Feed requires.
fn attachments(raw: Option<&Json>, feed_url: &str) -> Vec<Attachment> {
    let Some(Json::Array(entries)) = raw else {
        return Vec::new();
    };
    entries
        .iter()
        .filter_map(|entry| {
            let text = |name: &str| entry.get(name).and_then(Json::as_str).map(str::to_owned);
            // Numbers may be written as floats; whole units are all a reader needs.
            let whole = |name: &str| {
                let number = entry.get(name)?;
                number.as_u64().or_else(|| number.as_f64().filter(|n| n.is_finite() && *n >= 0.0).map(|n| n as u64))
            };
            Some(Attachment {
                url: url::safe_link(feed_url, &text("url")?)?,
                mime_type: text("mime_type").filter(|mime| !mime.trim().is_empty())?,
                title: text_field(text("title")),
                size_in_bytes: whole("size_in_bytes"),
                duration_in_seconds: whole("duration_in_seconds"),
            })
        })
        .collect()
}

/// JSON Feed 1.1 `authors`, falling back to 1.0's singular `author`. An author is an object
/// whose `name` and `url` are strings (or absent); anything else (`"author": ""` is common) and
/// nameless ones are dropped rather than failing the whole item.
fn authors(plural: &[Json], singular: Option<&Json>, feed_url: &str) -> Vec<Author> {
    let raw: Vec<&Json> = if plural.is_empty() { singular.into_iter().collect() } else { plural.iter().collect() };
    raw.into_iter()
        .filter_map(|entry| {
            if !matches!(entry, Json::Object(_)) {
                return None;
            }
            let name = text_field(text(entry, "name").ok()?)?;
            let url = text(entry, "url").ok()?;
            // A bad avatar costs the picture, never the author.
            let avatar = text(entry, "avatar").ok().flatten().and_then(|src| url::safe_image(feed_url, &src));
            Some(Author { name, url: url.and_then(|u| url::safe_link(feed_url, &u)), avatar })
        })
        .collect()
}

fn non_empty(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

/// A human-readable text field: entities decoded and tags dropped (feeds put both in titles and
/// summaries), then trimmed; `None` when nothing is left.
fn text_field(text: Option<String>) -> Option<String> {
    non_empty(text.map(|text| html_text::plain(&text)))
}

#[cfg(test)]
mod tests;
