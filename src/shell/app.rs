//! The page app's roots: `<App/>` for index.html and the `<Reader/>` that shows a route's feed, list or article.
pub mod later_article;
pub mod page;
pub mod reader;
