//! Getting a feed: loading and parsing it (JSON Feed, RSS, RDF or Atom), the demo feed, the format
//! each feed was read as, and following `next_url` pages.
pub mod demo;
pub mod kinds;
pub mod load;
pub mod pager;
