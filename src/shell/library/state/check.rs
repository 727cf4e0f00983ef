//! Checking kept feeds for what is new: each is fetched once a visit, a few at a time, in the
//! background, so the library can say "N new" and how many articles each has without storing them.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::FeedLibrary;
use crate::core::library::normalize;
use crate::shell::feed::load::{load_feed, Loaded};

/// How many feeds are fetched at once: enough to finish a typical library in a few seconds,
/// few enough to leave the connection to whatever the reader opens meanwhile.
const AT_ONCE: usize = 3;

/// Where a feed's check is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checked {
    Pending,
    Done,
    /// The feed could not be read just now (offline, down, not a feed): nothing is said to be new.
    Failed,
}

impl FeedLibrary {
    /// Fetches every kept feed not yet checked in this visit, except `except` (the feed the page
    /// is showing, which records its own visit).
    pub fn check_all(&self, except: Option<&str>) {
        let except = except.and_then(normalize);
        let checked = self.checked;
        let due: VecDeque<String> = self.library.value().with_untracked(|library| {
            checked.with_untracked(|checked| {
                library
                    .feeds()
                    .iter()
                    .map(|entry| entry.url.clone())
                    .filter(|url| !checked.contains_key(url) && Some(url) != except.as_ref())
                    .collect()
            })
        });
        if due.is_empty() {
            return;
        }
        checked.update(|checked| {
            for url in &due {
                checked.insert(url.clone(), Checked::Pending);
            }
        });
        let workers = AT_ONCE.min(due.len());
        let queue = Rc::new(RefCell::new(due));
        for _ in 0..workers {
            spawn_local(check_from(*self, Rc::clone(&queue)));
        }
    }

    /// Where the feed's check is, reactively; `None` when it was not checked in this visit.
    pub fn checked(&self, url: &str) -> Option<Checked> {
        let key = normalize(url)?;
        self.checked.with(|checked| checked.get(&key).copied())
    }
}

/// Checks feeds from `queue` until it is empty.
async fn check_from(library: FeedLibrary, queue: Rc<RefCell<VecDeque<String>>>) {
    loop {
        // The borrow ends with this statement, before anything is awaited.
        let Some(url) = queue.borrow_mut().pop_front() else {
            return;
        };
        let outcome = match load_feed(url.clone()).await {
            Ok(Loaded { feed, .. }) => {
                let ids: Vec<String> = feed.items.iter().map(|item| item.id.clone()).collect();
                library.remember_items(&url, &ids);
                library.set_details(&url, &feed.title, feed.icon.as_deref());
                Checked::Done
            }
            Err(_) => Checked::Failed,
        };
        library.checked.try_update(|checked| {
            checked.insert(url, outcome);
        });
    }
}
