//! Getting a feed: loading and parsing it, the demo feed, and following `next_url` pages.
pub mod demo;
pub mod load;
pub mod pager;
