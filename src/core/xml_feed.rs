//! RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0 (and 0.3) documents, already parsed into an
//! [`XmlTree`], mapped onto the same `Feed` and `Item`s JSON Feed gives.
//!
//! One pass reads every format: an item's children are sorted by namespace and name into an
//! [`entry::Draft`], because real feeds mix vocabularies (Atom links in RSS, Media RSS and iTunes
//! everywhere). The formats differ only in where the items sit and which field wins. The walk
//! visits a fixed number of levels (root, channel, item, field, sub-field), so a deep document
//! cannot recurse, and it reads at most [`MAX_ELEMENTS`] elements, so a wide one costs a bounded
//! walk.

use std::cell::Cell;
use std::rc::Rc;

use super::feed::{Author, Feed, FeedError};
use super::url;
use super::xml::{self, RoxElement, XmlTree, XML_NS};

mod entry;
mod parts;

use parts::{collapse, Ns};

/// How many elements the mapping looks at, at most: a 20 MB feed of 5,000 full items holds about a
/// tenth of this, so every real feed is read whole, while a hostile one stops here.
pub const MAX_ELEMENTS: usize = 500_000;

/// Elements read so far, charged as children are listed.
pub(crate) struct Budget(Cell<usize>);

impl Budget {
    fn new() -> Self {
        Budget(Cell::new(MAX_ELEMENTS))
    }

    /// The child elements of `element`, as many as the budget still allows.
    pub(crate) fn children<E: XmlTree>(&self, element: &E) -> Vec<E> {
        let left = self.0.get();
        if left == 0 {
            return Vec::new();
        }
        let mut children = element.children();
        children.truncate(left);
        self.0.set(left - children.len());
        children
    }
}

/// The address relative URLs resolve against. Shared, not copied: every element of a feed has
/// one, and nearly all of them are their parent's.
pub(crate) type Base = Rc<str>;

/// The address relative URLs inside `element` resolve against: its `xml:base` resolved against
/// the parent's base, else the parent's.
pub(crate) fn base_of<E: XmlTree>(element: &E, parent: &Base) -> Base {
    element
        .attribute_ns(XML_NS, "base")
        .and_then(|base| url::resolve(parent, base.trim()))
        .map_or_else(|| parent.clone(), Base::from)
}

/// Reads the feed in `text` (RSS, RDF or Atom, decoded) read from `feed_url`: parsed by
/// [`xml::parse`], once more with HTML's named entities repaired when the first parse fails, then
/// mapped by [`read`]. Not well-formed XML is [`FeedError::NotXml`] with the line and column where
/// the reader's own document broke (the first parse's).
pub fn parse(text: &str, feed_url: &str) -> Result<Feed, FeedError> {
    parsed(text, |root| read(root, feed_url))
}

/// `text` parsed as [`parse`] parses it (the entity repair and the first parse's position
/// included), its root element then given to `read`.
pub(crate) fn parsed<T>(text: &str, read: impl FnOnce(&RoxElement) -> Result<T, FeedError>) -> Result<T, FeedError> {
    let source = xml::source(text);
    let first = match xml::parse(source) {
        Ok(document) => return read(&RoxElement(document.root_element())),
        Err(error) => error,
    };
    if let Some(repaired) = xml::repair_entities(source) {
        if let Ok(document) = xml::parse(&repaired) {
            return read(&RoxElement(document.root_element()));
        }
    }
    let at = first.pos();
    let known = |n: u32| (n > 0).then_some(n as usize);
    Err(FeedError::NotXml { line: known(at.row), column: known(at.col) })
}

/// Maps the document whose root element is `root`, read from `feed_url` (after redirects), onto a
/// `Feed`. Relative URLs resolve against `xml:base` where the document sets it, else `feed_url`.
///
/// Errors: [`FeedError::NotAFeedXml`] when the root is not `rss`, `rdf:RDF`, Atom `feed` or a lone
/// Atom `entry`; [`FeedError::NoItems`] when it is a feed without items.
pub fn read<E: XmlTree>(root: &E, feed_url: &str) -> Result<Feed, FeedError> {
    let feed = map(root, feed_url)?;
    if feed.items.is_empty() {
        return Err(FeedError::NoItems);
    }
    Ok(feed)
}

/// [`read`] without the check for items: conformance cases test channels alone.
pub(crate) fn map<E: XmlTree>(root: &E, feed_url: &str) -> Result<Feed, FeedError> {
    let budget = Budget::new();
    let feed_base = Base::from(feed_url);
    let root_base = base_of(root, &feed_base);
    let top = budget.children(root);
    let mut head = entry::Draft::default();
    // The channel holds the feed's own fields; the items are its children (RSS 2.0, Atom) or its
    // siblings (RSS 1.0, and RSS 0.90 under rdf:RDF).
    let mut items: Vec<(E, Base)> = Vec::new();
    let mut channel_lang = None;
    match (Ns::of(root.namespace()), root.local_name()) {
        (Ns::Atom | Ns::Plain, "feed") => {
            // An Atom feed written without its namespace reads as one.
            head.atom_plain = root.namespace().is_none();
            head.read_fields(&top, &root_base, &budget);
            items.extend(
                top.iter().filter(|child| child.local_name() == "entry").map(|e| (e.clone(), root_base.clone())),
            );
        }
        (Ns::Atom, "entry") => items.push((root.clone(), feed_base.clone())),
        (Ns::Plain | Ns::Rdf, "rss" | "RDF") => {
            if let Some(channel) = top.iter().find(|child| is(*child, Ns::Plain, "channel")) {
                let channel_base = base_of(channel, &root_base);
                channel_lang = lang_of(channel);
                let fields = budget.children(channel);
                head.read_fields(&fields, &channel_base, &budget);
                items.extend(
                    fields.into_iter().filter(|child| is(child, Ns::Plain, "item")).map(|e| (e, channel_base.clone())),
                );
            }
            // RSS 1.0 keeps its items and image beside the channel.
            let beside: Vec<E> = top.iter().filter(|child| is(*child, Ns::Plain, "image")).cloned().collect();
            head.read_fields(&beside, &root_base, &budget);
            items.extend(
                top.iter().filter(|child| is(*child, Ns::Plain, "item")).map(|e| (e.clone(), root_base.clone())),
            );
        }
        _ => return Err(FeedError::NotAFeedXml),
    }
    let language = head.language.clone().or(channel_lang).or_else(|| lang_of(root));
    let feed_authors: Vec<Author> = head.authors();
    let mut out = Vec::with_capacity(items.len());
    for (element, parent_base) in items {
        let base = base_of(&element, &parent_base);
        let mut draft = entry::Draft::default();
        draft.atom_plain = head.atom_plain;
        draft.language = lang_of(&element);
        draft.about = element.attribute_ns(parts::RDF_NS, "about");
        let fields = budget.children(&element);
        draft.read_fields(&fields, &base, &budget);
        out.push(draft.into_item(&base, feed_url, &feed_authors));
    }
    let home_page_url = head.link.as_ref().and_then(|(href, base)| url::safe_link(base, href));
    let next_url = head
        .next
        .as_ref()
        .and_then(|(href, base)| url::safe_link(base, href))
        .filter(|next| (next.starts_with("https://") || next.starts_with("http://")) && next != feed_url);
    Ok(Feed {
        url: feed_url.to_owned(),
        title: head
            .title
            .as_ref()
            .map(|t| t.plain())
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| "Untitled feed".to_owned()),
        description: head.description_text(),
        home_page_url,
        next_url,
        language,
        icon: head.feed_icon(),
        items: out,
    })
}

/// `xml:lang` on the element itself, as a language tag; `None` when absent or empty.
pub(crate) fn lang_of<E: XmlTree>(element: &E) -> Option<String> {
    element.attribute_ns(XML_NS, "lang").and_then(|lang| language_tag(&lang))
}

/// A language as HTML's `lang` wants it: trimmed, `en_US` written `en-US`; `None` when empty.
pub(crate) fn language_tag(text: &str) -> Option<String> {
    Some(collapse(text).replace('_', "-")).filter(|lang| !lang.is_empty())
}

/// Whether `element` is `local` in the namespace group `ns`.
pub(crate) fn is<E: XmlTree>(element: &E, ns: Ns, local: &str) -> bool {
    Ns::of(element.namespace()) == ns && element.local_name() == local
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod corpus;
#[cfg(test)]
mod feedparser;
