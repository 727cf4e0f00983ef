//! The reader's feed library as shared state: `core::library::Library` in a signal, loaded from
//! storage once, written through on every change, kept in step with other tabs, and kept in memory
//! when storage fails (the reader is told once, calmly; nothing stored is lost). Also what each
//! kept feed holds now (its item ids, fetched this visit), so "N new" needs no stored copy.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::core::i18n::{Lang, Msg};
use crate::core::library::{normalize, AddError, DecodeError, Library, Removed, STORAGE_KEY};
use crate::core::opml::{self, AddReport};
use crate::shell::feed::demo::demo_url;
use crate::shell::feed::kinds;
use crate::shell::platform::clock::now;
use crate::shell::platform::xml_dom::{self, OpmlDomError};
use crate::shell::stored::{Fault, Keeper, Schema, Stored, Unreadable};

mod check;

pub use check::Checked;

/// The demo feed's title in a first run's library (the feed's own title replaces it once read).
const DEMO_TITLE: &str = "Lectern demo";

/// Why the library is not being kept, or not as stored. Each message is what the reader sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LibraryTrouble {
    #[error(
        "This browser does not let Lectern save your feeds, so changes to them last only until you close this page."
    )]
    Blocked,
    #[error("This browser’s storage for Lectern is full, so your latest changes to your feeds last only until you close this page.")]
    Full,
    /// What storage held could not be read: a new library was started (and replaces it once changed).
    #[error("Your saved list of feeds could not be read, so Lectern started a new one.")]
    Unreadable,
    /// Another tab runs a newer Lectern: its library is left alone, and this page keeps its own.
    #[error("Your feeds were saved by a newer version of Lectern. Reload this page to see them; until then, changes here last only until you close it.")]
    Newer,
}

impl LibraryTrouble {
    /// What the reader sees, in `lang` (the `Display` above is its English).
    pub fn message(self, lang: Lang) -> &'static str {
        lang.text(match self {
            LibraryTrouble::Blocked => Msg::LibraryStorageDenied,
            LibraryTrouble::Full => Msg::LibraryStorageFull,
            LibraryTrouble::Unreadable => Msg::LibraryUnreadable,
            LibraryTrouble::Newer => Msg::LibraryNewer,
        })
    }
}

impl From<Fault> for LibraryTrouble {
    fn from(fault: Fault) -> Self {
        match fault {
            Fault::Blocked => LibraryTrouble::Blocked,
            Fault::Full => LibraryTrouble::Full,
            Fault::Unreadable => LibraryTrouble::Unreadable,
            Fault::Newer => LibraryTrouble::Newer,
        }
    }
}

impl Schema for Library {
    const KEY: &'static str = STORAGE_KEY;

    fn decode(stored: &str) -> Result<Self, Unreadable> {
        Library::decode(stored).map_err(|error| match error {
            DecodeError::Corrupt => Unreadable::Corrupt,
            DecodeError::Newer(_) => Unreadable::Newer,
        })
    }

    fn encode(&self) -> String {
        Library::encode(self)
    }
}

/// What an OPML import did, for the reader.
#[derive(Clone, Debug, PartialEq)]
pub struct OpmlImport {
    pub report: AddReport,
    /// Outlines without a feed Lectern may open, and repeats within the file.
    pub skipped: usize,
}

/// The library of this page, for every view under the same owner.
#[derive(Clone, Copy)]
pub struct FeedLibrary {
    /// The library as stored; a first run's (the demo feed alone) when nothing is.
    library: Stored<Library>,
    /// Each kept feed's item ids as last fetched in this visit, by normalised URL.
    current: RwSignal<HashMap<String, Vec<String>>>,
    /// What the background check has started or finished, by normalised URL.
    checked: RwSignal<HashMap<String, Checked>>,
}

/// Provides the library to the views below, reading it from storage once. The page app only:
/// a widget on someone else's site shows no library.
pub fn provide_feed_library() -> FeedLibrary {
    let library = FeedLibrary {
        library: Stored::load(Keeper::new(), || Library::first_run(&demo_url(), DEMO_TITLE)),
        current: RwSignal::new(HashMap::new()),
        checked: RwSignal::new(HashMap::new()),
    };
    provide_context(library);
    library
}

/// The library of the enclosing app; `None` in an embedded reader.
pub fn use_feed_library() -> Option<FeedLibrary> {
    use_context::<FeedLibrary>()
}

impl FeedLibrary {
    /// The library, reactively.
    pub fn get(&self) -> ReadSignal<Library> {
        self.library.value()
    }

    /// Why changes are not being kept, if they are not.
    pub fn trouble(&self) -> Signal<Option<LibraryTrouble>> {
        let fault = self.library.keeper().fault();
        Signal::derive(move || fault.get().map(LibraryTrouble::from))
    }

    /// Whether the feed at `url` is kept, reactively.
    pub fn has(&self, url: &str) -> bool {
        self.library.value().with(|library| library.position(url).is_some())
    }

    /// Keeps the feed at `url` (just read: its title, icon and items seen now).
    pub fn follow(&self, url: &str, title: &str, icon: Option<&str>, item_ids: &[String]) -> Result<(), AddError> {
        let now = now();
        let added = self.library.update(|library| match library.add(url, title, now) {
            Ok(_) => {
                library.set_details(url, title, icon);
                library.visit(url, item_ids, now);
                (true, Ok(()))
            }
            Err(error) => (false, Err(error)),
        });
        self.remember_items(url, item_ids);
        added.unwrap_or(Ok(()))
    }

    /// Stops keeping the feed at `url`, returning it for Undo.
    pub fn remove(&self, url: &str) -> Option<Removed> {
        self.library
            .update(|library| {
                let removed = library.remove(url);
                (removed.is_some(), removed)
            })
            .flatten()
    }

    /// Puts a removed feed back where it was.
    pub fn restore(&self, removed: Removed) {
        self.library.update(|library| (library.restore(removed), ()));
    }

    pub fn rename(&self, url: &str, name: &str) {
        self.library.update(|library| (library.rename(url, name), ()));
    }

    pub fn move_up(&self, url: &str) {
        self.library.update(|library| (library.move_up(url), ()));
    }

    pub fn move_down(&self, url: &str) {
        self.library.update(|library| (library.move_down(url), ()));
    }

    /// Records what a fetch said about the feed, writing only when that changed anything.
    pub fn set_details(&self, url: &str, title: &str, icon: Option<&str>) {
        self.library.update(|library| {
            let before = library.get(url).map(|entry| (entry.title.clone(), entry.name.clone(), entry.icon.clone()));
            library.set_details(url, title, icon);
            let after = library.get(url).map(|entry| (entry.title.clone(), entry.name.clone(), entry.icon.clone()));
            (before != after, ())
        });
    }

    /// The reader saw the feed's list now: remembers its items as seen (if the feed is kept) and
    /// returns how many were new since the previous visit.
    pub fn visit(&self, url: &str, item_ids: &[String]) -> usize {
        self.remember_items(url, item_ids);
        let now = now();
        self.library
            .update(|library| {
                let new = library.visit(url, item_ids, now);
                (new.is_some(), new.unwrap_or(0))
            })
            .unwrap_or(0)
    }

    /// How many of the feed's items are new since the last visit, reactively; `None` until the
    /// feed has been fetched in this visit.
    pub fn new_count(&self, url: &str) -> Option<usize> {
        let key = normalize(url)?;
        let ids = self.current.with(|current| current.get(&key).cloned())?;
        Some(self.library.value().with(|library| library.new_since_last_visit(url, &ids)))
    }

    /// The number of items the feed has now, if fetched in this visit, reactively.
    pub fn item_count(&self, url: &str) -> Option<usize> {
        let key = normalize(url)?;
        self.current.with(|current| current.get(&key).map(Vec::len))
    }

    fn remember_items(&self, url: &str, item_ids: &[String]) {
        if let Some(key) = normalize(url) {
            self.current.update(|current| {
                current.insert(key, item_ids.to_vec());
            });
        }
    }

    /// Reads an OPML file and adds the feeds it lists (JSON Feed, RSS and Atom alike). A file that is not OPML, or lists no
    /// feed at all, changes nothing.
    pub fn import_opml(&self, text: &str, lang: Lang) -> Result<OpmlImport, String> {
        let outlines = xml_dom::outlines(text).map_err(|error| {
            lang.text(match error {
                OpmlDomError::Unavailable => Msg::OpmlFileUnreadable,
                OpmlDomError::NotXml => Msg::OpmlNotXml,
                OpmlDomError::NotOpml => Msg::OpmlNotOpml,
            })
            .to_owned()
        })?;
        // A file picked from disk has no address of its own; relative entries resolve against the page.
        let base = window().location().href().unwrap_or_default();
        let import = opml::import(&outlines, &base);
        if import.feeds.is_empty() {
            return Err(lang.text(Msg::OpmlNoFeeds).to_owned());
        }
        let report = self
            .library
            .update(|library| {
                let report = opml::add_all(library, &import.feeds, now());
                (report.added > 0, report)
            })
            .unwrap_or_default();
        Ok(OpmlImport { report, skipped: import.skipped + import.duplicates })
    }

    /// The library as an OPML 2.0 file, each feed's format named where this visit read it.
    pub fn export_opml(&self) -> String {
        self.library
            .value()
            .with_untracked(|library| opml::write_with_kinds(library, "Feeds read in Lectern", now(), &kinds::of))
    }
}
