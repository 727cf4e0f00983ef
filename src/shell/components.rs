//! Components: props in, view out. They print what `core` has already checked and computed.
pub mod attachments;
pub mod block_view;
pub mod error_alert;
pub mod history_tools;
pub mod inlines;
pub mod meta_line;
pub mod progress_bar;
pub mod resume_note;
pub mod storage_notice;
