//! The reading core: feeds, article bodies, dates, URLs and reading time as plain data. No browser APIs.
pub mod anchor;
pub mod blocks;
pub mod body;
pub mod date;
pub mod feed;
pub mod history;
pub mod html_blocks;
pub mod html_policy;
pub mod html_text;
pub mod markdown;
pub mod outline;
pub mod progress;
pub mod reading_time;
pub mod related;
pub mod route;
pub mod test_support;
pub mod url;
