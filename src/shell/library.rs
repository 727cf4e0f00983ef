//! Your feeds: the stored library, its page and list, Follow, Open a feed, OPML, and checking for new articles.
pub mod follow;
pub mod list;
pub mod open_feed;
pub mod opml;
pub mod page;
pub mod shelf;
pub mod state;
