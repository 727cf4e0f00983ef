//! Pure views: props in, a view out. Nothing here reads a context, storage or the route.
pub mod article_header;
pub mod attachments;
pub mod meta_line;
pub mod progress_bar;
pub mod words;
