//! Saving a whole feed for reading offline: the page's side of the work and its button.
pub mod save;
pub mod save_button;
