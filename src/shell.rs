//! The browser shell: Leptos components and Web APIs around the core. No content rules live here.
pub mod alert;
pub mod app;
pub mod embed;
pub mod feed;
pub mod history;
pub mod library;
pub mod list;
pub mod navigation;
pub mod offline;
pub mod platform;
pub mod reading;
pub mod settings;
pub mod stored;
pub mod ui;
pub mod words;

pub use app::page::App;

use leptos::prelude::*;

/// Starts what the page asks for: `<body data-lectern="app">` is the full reader (index.html),
/// `"frame"` the iframe alternative (embed.html). Any other page is a host: the module waits for
/// `embed.js` to mount widgets.
pub fn start() {
    let mode = document().body().and_then(|body| body.get_attribute("data-lectern"));
    // Lectern's own pages enforce Trusted Types (scripts/csp.mjs): Leptos's static templates need
    // the `default` policy before the first view is built. A host page's is the host's business.
    if matches!(mode.as_deref(), Some("app" | "frame")) {
        platform::body_html::install_default_policy();
    }
    match mode.as_deref() {
        Some("app") => leptos::mount::mount_to_body(App),
        Some("frame") => leptos::mount::mount_to_body(embed::Frame),
        _ => {}
    }
}
