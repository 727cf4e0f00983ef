//! The browser shell: Leptos components and Web APIs around the core. No content rules live here.
pub mod app;
pub mod components;
pub mod fetch;
pub mod html_dom;
pub mod opml_dom;
pub mod pages;
pub mod reader;
pub mod reading_history;
pub mod reading_position;
pub mod router;
pub mod service_worker;
pub mod storage;

pub use app::App;
