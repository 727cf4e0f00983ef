//! Components: props in, view out. They print what `core` has already checked and computed.
pub mod attachments;
pub mod block_view;
pub mod contents_nav;
pub mod disclosure;
pub mod error_alert;
pub mod help_overlay;
pub mod history_tools;
pub mod inlines;
pub mod listen_controls;
pub mod meta_line;
pub mod progress_bar;
pub mod resume_note;
pub mod save_offline;
pub mod settings_panel;
pub mod storage_notice;
