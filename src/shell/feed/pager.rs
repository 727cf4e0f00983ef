//! Following a paginated feed's `next_url` pages: the one pager that the list ("Load more
//! articles"), an article's deep link into a later page, and saving for offline all use.
use std::future::Future;
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::feed::{Feed, MAX_FOLLOWED_PAGES};
use crate::shell::feed::load::{load_feed, LoadError};

/// How many pages a pager follows on its own (a deep link's search, saving for offline): enough
/// for any real archive, bounded so a feed whose pages never end cannot hold the reader forever.
/// A reader pressing "Load more articles" is not bounded: each press is theirs.
pub const FOLLOWED_BY_ITSELF: usize = MAX_FOLLOWED_PAGES;

/// The pages after some page of a feed, loaded one at a time.
#[derive(Clone, Debug)]
pub struct Pager {
    next: Option<String>,
    followed: usize,
    limit: usize,
}

impl Pager {
    /// The pages after `last`, of which `followed` were already loaded, up to `limit` in all.
    pub fn after(last: &Feed, followed: usize, limit: usize) -> Pager {
        Pager { next: last.next_url.clone(), followed, limit }
    }

    /// The pages after the last of `first` and `loaded` (the pages loaded after it so far).
    pub fn continuing(first: &Feed, loaded: &[Arc<Feed>], limit: usize) -> Pager {
        Pager::after(loaded.last().map_or(first, |page| page), loaded.len(), limit)
    }

    /// The address of the next page, unless there is none or the bound is reached.
    pub fn next_url(&self) -> Option<&str> {
        self.next.as_deref().filter(|_| self.followed < self.limit)
    }

    /// Loads the next page: `None` when there is none, else its address and the page.
    pub async fn load_next(&mut self) -> Option<Result<(String, Arc<Feed>), LoadError>> {
        self.load_next_with(|url| async move { load_feed(url).await.map(|loaded| loaded.feed) }).await
    }

    /// `load_next`, with `load` fetching a page (the browser tests give it pages of their own).
    /// A page that fails leaves the pager where it was, so trying again retries that page.
    pub async fn load_next_with<Load, Loading>(&mut self, load: Load) -> Option<Result<(String, Arc<Feed>), LoadError>>
    where
        Load: FnOnce(String) -> Loading,
        Loading: Future<Output = Result<Arc<Feed>, LoadError>>,
    {
        let url = self.next_url()?.to_owned();
        Some(match load(url.clone()).await {
            Ok(page) => {
                self.followed += 1;
                self.next = page.next_url.clone();
                Ok((url, page))
            }
            Err(error) => Err(error),
        })
    }
}

/// The next page's address for a list showing `first` then `loaded`, reactively.
pub fn next_url(first: &Feed, loaded: RwSignal<Vec<Arc<Feed>>>) -> Option<String> {
    loaded.with(|loaded| Pager::continuing(first, loaded, usize::MAX).next_url().map(str::to_owned))
}
