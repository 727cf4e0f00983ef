//! Browser APIs, one module each: nothing else in the shell touches these Web APIs directly.
pub mod body_html;
pub mod clock;
pub mod fetch;
pub mod files;
pub mod host_events;
pub mod html_dom;
pub mod lazy;
pub mod locale;
pub mod scroller;
pub mod service_worker;
pub mod speech;
pub mod storage;
pub mod xml_dom;
