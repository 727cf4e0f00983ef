//! A feed's list of articles.
pub mod page;
