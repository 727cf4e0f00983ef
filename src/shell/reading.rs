//! An open article: its page and reading bar, the saved reading place, contents, listening, the resume note and the learned speed.
pub mod article;
pub mod contents_nav;
pub mod learned_speed;
pub mod listen_controls;
pub mod position;
pub mod resume_note;
pub mod toolbar;
