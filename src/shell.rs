//! The browser shell: Leptos components and Web APIs around the core. No content rules live here.
pub mod app;
pub mod components;
pub mod fetch;
pub mod pages;
pub mod reader;
pub mod router;

pub use app::App;
