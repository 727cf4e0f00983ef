//! Reading places: the stored history, "Continue reading", the history file tools and the storage notice.
pub mod continue_reading;
pub mod state;
pub mod storage_notice;
pub mod tools;
