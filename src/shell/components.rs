//! Components: props in, view out. They print what `core` has already checked and computed.
pub mod block_view;
pub mod error_alert;
pub mod inlines;
pub mod meta_line;
pub mod progress_bar;
