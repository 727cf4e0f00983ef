//! The storage namespace: every key Lectern keeps starts with `lectern:`. Each store names its own
//! key beside its schema (`history::PROGRESS_PREFIX`, `library::STORAGE_KEY`,
//! `settings::STORAGE_KEY`, `reading_speed::STORAGE_KEY`); this prefix is what they share.

/// Every key Lectern writes starts with this; keys without it are never read, changed or removed.
pub const KEY_PREFIX: &str = "lectern:";
