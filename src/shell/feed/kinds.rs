//! The format of each feed read in this visit, by address: what OPML export names as a feed's
//! `version`, since the stored library does not keep formats.
use std::cell::RefCell;
use std::collections::HashMap;

use crate::core::library::normalize;
use crate::core::sniff::DocumentKind;

thread_local! {
    /// The format each address (normalised) was last read as.
    static KINDS: RefCell<HashMap<String, DocumentKind>> = RefCell::new(HashMap::new());
}

/// Remembers that the feed at `url` was read as `kind`.
pub fn remember(url: &str, kind: DocumentKind) {
    if let Some(key) = normalize(url) {
        KINDS.with(|kinds| kinds.borrow_mut().insert(key, kind));
    }
}

/// The format the feed at `url` was read as in this visit, if it was read.
pub fn of(url: &str) -> Option<DocumentKind> {
    let key = normalize(url)?;
    KINDS.with(|kinds| kinds.borrow().get(&key).copied())
}
