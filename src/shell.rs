//! The browser shell: Leptos components and Web APIs around the core. No content rules live here.
pub mod app;
pub mod commands;
pub mod components;
pub mod download;
pub mod embed;
pub mod feed_library;
pub mod fetch;
pub mod host_events;
pub mod html_dom;
pub mod lazy;
pub mod learned_speed;
pub mod offline_save;
pub mod opml_dom;
pub mod pages;
pub mod reader;
pub mod reading_history;
pub mod reading_position;
pub mod reading_settings;
pub mod router;
pub mod scroller;
pub mod service_worker;
pub mod speech;
pub mod storage;

pub use app::App;

use leptos::prelude::*;

/// Starts what the page asks for: `<body data-lectern="app">` is the full reader (index.html),
/// `"frame"` the iframe alternative (embed.html). Any other page is a host: the module waits for
/// `embed.js` to mount widgets.
pub fn start() {
    let mode = document().body().and_then(|body| body.get_attribute("data-lectern"));
    match mode.as_deref() {
        Some("app") => leptos::mount::mount_to_body(App),
        Some("frame") => leptos::mount::mount_to_body(embed::Frame),
        _ => {}
    }
}
