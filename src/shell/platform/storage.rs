//! `localStorage`, the only code that touches it: prefixed reads, writes that report why they
//! failed, and other tabs' changes. Every call copes with storage that throws or is missing.
//!
//! Only keys under `core::storage_keys::KEY_PREFIX` (`lectern:`) are ever read, written or removed.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::storage_keys::KEY_PREFIX;

/// Why values cannot be kept. Each message is what the reader is told, once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Trouble {
    /// Access throws (SecurityError: sandboxed or third-party frames, blocked cookies) or is null.
    #[error("This browser does not let Lectern save anything here, so your reading place is kept only until you close this page.")]
    Blocked,
    /// `setItem` threw: the origin's storage is full.
    #[error("This browser’s storage for Lectern is full, so your latest reading place is kept only until you close this page.")]
    Full,
}

/// A change another tab made, seen through the `storage` event.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Set {
        key: String,
        value: String,
    },
    Removed {
        key: String,
    },
    /// `localStorage.clear()` in another tab: everything must be read again.
    Cleared,
}

fn local_storage() -> Result<web_sys::Storage, Trouble> {
    // Err: the getter threw (SecurityError). Ok(None): the browser has no storage for this page.
    window().local_storage().ok().flatten().ok_or(Trouble::Blocked)
}

fn is_ours(key: &str) -> bool {
    key.starts_with(KEY_PREFIX)
}

/// The value stored under `key` (which must start with `lectern:`), if any.
pub fn read(key: &str) -> Result<Option<String>, Trouble> {
    if !is_ours(key) {
        return Ok(None);
    }
    local_storage()?.get_item(key).map_err(|_| Trouble::Blocked)
}

/// Every stored `(key, value)` whose key starts with `prefix` (which must start with `lectern:`).
pub fn read_prefixed(prefix: &str) -> Result<Vec<(String, String)>, Trouble> {
    let storage = local_storage()?;
    let length = storage.length().map_err(|_| Trouble::Blocked)?;
    let mut entries = Vec::new();
    for index in 0..length {
        let Ok(Some(key)) = storage.key(index) else {
            continue;
        };
        if !is_ours(&key) || !key.starts_with(prefix) {
            continue;
        }
        if let Ok(Some(value)) = storage.get_item(&key) {
            entries.push((key, value));
        }
    }
    Ok(entries)
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), Trouble> {
    if !is_ours(key) {
        return Ok(());
    }
    // Any exception from setItem means the value was not stored; quota is the one that reaches
    // pages that can read storage at all.
    local_storage()?.set_item(key, value).map_err(|_| Trouble::Full)
}

/// Removes `key`; a key that is not Lectern's is never touched.
pub fn remove(key: &str) -> Result<(), Trouble> {
    if !is_ours(key) {
        return Ok(());
    }
    local_storage()?.remove_item(key).map_err(|_| Trouble::Blocked)
}

/// Calls `on_change` for every change another tab makes to a key starting with `prefix`, for as
/// long as the calling owner lives.
pub fn on_other_tab_change(prefix: &'static str, on_change: impl Fn(Change) + 'static) {
    let handle = window_event_listener(ev::storage, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        let change = match (event.key(), event.new_value()) {
            (None, _) => Change::Cleared,
            (Some(key), _) if !is_ours(&key) || !key.starts_with(prefix) => return,
            (Some(key), Some(value)) => Change::Set { key, value },
            (Some(key), None) => Change::Removed { key },
        };
        on_change(change);
    });
    on_cleanup(move || handle.remove());
}
