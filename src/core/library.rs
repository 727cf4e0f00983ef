//! The reader's feed library as plain data: one `Entry` per feed (identified by its normalised
//! URL), the `Library` that adds, removes, renames and reorders them and counts what is new since
//! the last visit, and its storage schema (versioned).
//!
//! Storage layout (the shell writes it to `localStorage`): one key, `lectern:library`, holding
//! `{"v":1,"feeds":[…]}` in the library's order. The key being absent means "never stored" (first
//! run: the demo feed is offered); `{"v":1,"feeds":[]}` means the reader removed everything, and
//! that must stick. One key (not one per feed) because reordering touches every position at once,
//! and a whole library is small: see [`MAX_SEEN`] for the arithmetic.

use std::collections::HashSet;

use super::url;

mod address;
mod schema;

pub use address::{normalize, typed};

/// The `localStorage` key of the library.
pub const STORAGE_KEY: &str = "lectern:library";
/// The schema version this build writes.
pub const SCHEMA_VERSION: u64 = 1;
/// How many feeds a library holds. Adding beyond it is refused; a stored library with more is
/// read up to it.
pub const MAX_FEEDS: usize = 500;
/// How many item ids are remembered per feed from the last visit: the first ones in the feed's
/// order (feeds list their newest items first), so only those can count as new. Ids are kept as
/// 32-bit fingerprints written as JSON numbers (about 11 bytes each): a feed at the cap costs
/// about 11 KB, a typical library of 50 feeds of 50 items about 30 KB, far inside the origin's
/// few megabytes of storage whatever the ids look like. Two ids sharing a fingerprint (about one
/// chance in four million per new item at the cap) only hide one item from a count.
pub const MAX_SEEN: usize = 1000;
/// Titles and custom names are cut to this many characters.
pub const MAX_TITLE_CHARS: usize = 300;
/// Feed and icon URLs longer than this are refused: no feed lives at such an address.
pub const MAX_URL_CHARS: usize = 2048;
/// Stored strings longer than this are not Lectern's: the library is treated as corrupt.
const MAX_FIELD_CHARS: usize = 4096;

/// One feed in the library.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The feed's address, normalised by [`normalize`]: the feed's identity in the library.
    pub url: String,
    /// The feed's own title (from the feed, or from an import until the feed is fetched).
    pub title: String,
    /// The name the reader gave it, shown instead of the title.
    pub name: Option<String>,
    /// The feed's icon, already checked by `url::safe_image`.
    pub icon: Option<String>,
    /// When it was added, in milliseconds since the Unix epoch.
    pub added: u64,
    /// When the reader last opened it; `None` before the first visit.
    pub last_visit: Option<u64>,
    /// How many items the feed had at the last visit.
    pub items: usize,
    /// Fingerprints of the item ids seen at the last visit, in feed order, at most [`MAX_SEEN`].
    pub seen: Vec<u32>,
}

impl Entry {
    fn new(url: String, title: &str, added: u64) -> Entry {
        Entry { url, title: tidy(title), name: None, icon: None, added, last_visit: None, items: 0, seen: Vec::new() }
    }

    /// What the library shows: the reader's name, else the feed's title, else its address.
    pub fn display_name(&self) -> &str {
        match &self.name {
            Some(name) => name,
            None if !self.title.is_empty() => &self.title,
            None => &self.url,
        }
    }
}

/// Why a feed was not added. Each message is what the reader sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AddError {
    #[error(
        "This is not a feed address Lectern can open: it must be a full web address starting with https:// or http://."
    )]
    Invalid,
    #[error("Your library already holds {MAX_FEEDS} feeds, the most it can. Remove one to add another.")]
    Full,
}

/// Where an added feed is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    /// Appended at this position.
    New(usize),
    /// The same feed (by normalised URL) was already here, at this position; nothing changed.
    Already(usize),
}

/// A removed feed and where it was, so it can be put back (undo).
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub position: usize,
    pub entry: Entry,
}

/// Why a stored library was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Not JSON, not a library, a field of the wrong type or out of bounds.
    #[error("the saved feed library is unreadable")]
    Corrupt,
    /// Written by a newer Lectern (another tab may be running it): left alone.
    #[error("the saved feed library was written by a newer version of Lectern ({0})")]
    Newer(u64),
}

/// The reader's feeds, in the reader's order: the position in [`Library::feeds`] is the order, so
/// no stored number can disagree with it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Library {
    feeds: Vec<Entry>,
}

impl Library {
    /// The library of a first run: the demo feed alone (which the reader may remove), added at
    /// time 0 since it was there before the reader did anything.
    pub fn first_run(demo_url: &str, demo_title: &str) -> Library {
        let mut library = Library::default();
        // The demo URL is the app's own constant; should it ever not normalise, the library
        // simply starts empty rather than failing.
        let _ = library.add(demo_url, demo_title, 0);
        library
    }

    /// The library from what storage holds under [`STORAGE_KEY`]: `None` (never stored) is a first
    /// run; anything stored, an empty library included, is decoded as is.
    pub fn load(stored: Option<&str>, demo_url: &str, demo_title: &str) -> Result<Library, DecodeError> {
        match stored {
            None => Ok(Library::first_run(demo_url, demo_title)),
            Some(value) => Library::decode(value),
        }
    }

    pub fn feeds(&self) -> &[Entry] {
        &self.feeds
    }

    pub fn len(&self) -> usize {
        self.feeds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.feeds.is_empty()
    }

    /// Where the feed at `url` (in any spelling [`normalize`] equates) is.
    pub fn position(&self, url: &str) -> Option<usize> {
        let url = normalize(url)?;
        self.feeds.iter().position(|entry| entry.url == url)
    }

    pub fn get(&self, url: &str) -> Option<&Entry> {
        self.position(url).and_then(|at| self.feeds.get(at))
    }

    fn get_mut(&mut self, url: &str) -> Option<&mut Entry> {
        self.position(url).and_then(|at| self.feeds.get_mut(at))
    }

    /// Adds the feed at `url` at the end, unless the same feed is already here.
    pub fn add(&mut self, url: &str, title: &str, now: u64) -> Result<Added, AddError> {
        let url = normalize(url).ok_or(AddError::Invalid)?;
        if let Some(at) = self.feeds.iter().position(|entry| entry.url == url) {
            return Ok(Added::Already(at));
        }
        if self.feeds.len() >= MAX_FEEDS {
            return Err(AddError::Full);
        }
        self.feeds.push(Entry::new(url, title, now));
        Ok(Added::New(self.feeds.len() - 1))
    }

    /// Removes the feed at `url`, returning it and its position (for undo).
    pub fn remove(&mut self, url: &str) -> Option<Removed> {
        let position = self.position(url)?;
        if position >= self.feeds.len() {
            return None;
        }
        Some(Removed { position, entry: self.feeds.remove(position) })
    }

    /// Puts a removed feed back where it was (or last, if the library shrank meanwhile). False when
    /// the feed is back already or the library is full.
    pub fn restore(&mut self, removed: Removed) -> bool {
        if self.feeds.len() >= MAX_FEEDS || self.feeds.iter().any(|entry| entry.url == removed.entry.url) {
            return false;
        }
        let position = removed.position.min(self.feeds.len());
        self.feeds.insert(position, removed.entry);
        true
    }

    /// Gives the feed the reader's own name; a blank name, or the feed's own title, clears it.
    /// False when the feed is not in the library.
    pub fn rename(&mut self, url: &str, name: &str) -> bool {
        let Some(entry) = self.get_mut(url) else { return false };
        let name = tidy(name);
        entry.name = (!name.is_empty() && name != entry.title).then_some(name);
        true
    }

    /// Moves the feed one place towards the top. False when it is first or absent.
    pub fn move_up(&mut self, url: &str) -> bool {
        match self.position(url) {
            Some(at) if at > 0 => {
                self.feeds.swap(at, at - 1);
                true
            }
            _ => false,
        }
    }

    /// Moves the feed one place towards the bottom. False when it is last or absent.
    pub fn move_down(&mut self, url: &str) -> bool {
        match self.position(url) {
            Some(at) if at + 1 < self.feeds.len() => {
                self.feeds.swap(at, at + 1);
                true
            }
            _ => false,
        }
    }

    /// Records what a fetch of the feed said about itself: its title (kept when blank) and icon
    /// (resolved against the feed's URL; dropped unless `url::safe_image` allows it).
    pub fn set_details(&mut self, url: &str, title: &str, icon: Option<&str>) -> bool {
        let Some(entry) = self.get_mut(url) else { return false };
        let title = tidy(title);
        if !title.is_empty() {
            if entry.name.as_deref() == Some(title.as_str()) {
                entry.name = None;
            }
            entry.title = title;
        }
        entry.icon = icon.and_then(|icon| safe_icon(&entry.url, icon));
        true
    }

    /// How many of `current_ids` (the feed's item ids in feed order) were not there at the last
    /// visit. Nothing is new before the first visit, nor in a feed that is not in the library.
    pub fn new_since_last_visit<I, S>(&self, url: &str, current_ids: I) -> usize
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let prints = current_ids.into_iter().map(|id| fingerprint(id.as_ref()));
        self.get(url).map_or(0, |entry| count_new(entry, prints))
    }

    /// The reader opened the feed at `now` and saw `item_ids` (in feed order): returns how many
    /// were new since the previous visit (none on the first) and remembers these as seen.
    /// `None` when the feed is not in the library.
    pub fn visit<I, S>(&mut self, url: &str, item_ids: I, now: u64) -> Option<usize>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let entry = self.get_mut(url)?;
        let mut items = 0;
        let mut fingerprints = Vec::new();
        let mut distinct = HashSet::new();
        for id in item_ids {
            items += 1;
            let print = fingerprint(id.as_ref());
            if fingerprints.len() < MAX_SEEN && distinct.insert(print) {
                fingerprints.push(print);
            }
        }
        let new = count_new(entry, fingerprints.iter().copied());
        entry.last_visit = Some(now);
        entry.items = items;
        entry.seen = fingerprints;
        Some(new)
    }
}

/// How many distinct `prints` (fingerprints of the current ids, in feed order) the last visit did
/// not see; none before the first visit. Only the first [`MAX_SEEN`] can have been remembered, so
/// only they can count as new.
fn count_new(entry: &Entry, prints: impl Iterator<Item = u32>) -> usize {
    if entry.last_visit.is_none() {
        return 0;
    }
    let seen: HashSet<u32> = entry.seen.iter().copied().collect();
    let mut counted = HashSet::new();
    prints.filter(|print| counted.insert(*print)).take(MAX_SEEN).filter(|print| !seen.contains(print)).count()
}

/// FNV-1a, 32 bits, of an item id: stable across builds and platforms.
fn fingerprint(id: &str) -> u32 {
    id.bytes().fold(0x811c_9dc5, |hash: u32, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

fn safe_icon(feed_url: &str, icon: &str) -> Option<String> {
    url::safe_image(feed_url, icon).filter(|icon| icon.chars().count() <= MAX_URL_CHARS)
}

/// A title or name as the library keeps it: control characters dropped, runs of whitespace made
/// one space, trimmed, and cut to [`MAX_TITLE_CHARS`].
pub fn tidy(text: &str) -> String {
    let mut out = String::new();
    let mut chars = 0;
    let mut space = false;
    for c in text.chars().filter(|c| !c.is_control() || c.is_whitespace()) {
        if chars >= MAX_TITLE_CHARS {
            break;
        }
        if c.is_whitespace() {
            space = chars > 0;
        } else {
            if space {
                // A space is only worth writing with a character after it.
                if chars + 1 >= MAX_TITLE_CHARS {
                    break;
                }
                out.push(' ');
                chars += 1;
                space = false;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests;
