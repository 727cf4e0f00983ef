//! State kept in storage: the one way the reader's stores (history, library, settings, learned
//! speed) read, write and follow their values. On top of `platform::storage`, it holds the
//! schema's decode/encode, the in-memory fallback when storage fails, and "say so once": every
//! write goes through a [`Keeper`], which records the first failure for the reader to be told, so
//! no store can drop a write error.

use leptos::prelude::*;

use crate::shell::platform::storage::{self, Change, Trouble};

/// Why a stored value could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a value this schema reads: it is replaced once the reader changes something.
    Corrupt,
    /// Written by a newer Lectern: left untouched, and this page stops writing it.
    Newer,
}

/// How a value is kept under one storage key.
pub trait Schema: Clone + PartialEq + Send + Sync + 'static {
    /// The key, under `core::storage_keys::KEY_PREFIX`.
    const KEY: &'static str;
    fn decode(stored: &str) -> Result<Self, Unreadable>;
    fn encode(&self) -> String;
}

/// What went wrong keeping a store, for the reader to be told once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Storage throws or is missing (sandboxed frames, blocked cookies).
    Blocked,
    /// A write was refused: the origin's storage is full.
    Full,
    /// What storage held could not be read; a new value was started.
    Unreadable,
    /// A newer Lectern keeps this value; this page keeps its own for the visit.
    Newer,
}

impl From<Trouble> for Fault {
    fn from(trouble: Trouble) -> Self {
        match trouble {
            Trouble::Blocked => Fault::Blocked,
            Trouble::Full => Fault::Full,
        }
    }
}

/// Reads, writes and removals that record their first failure. A later success does not clear
/// it: what failed earlier was not kept, and the reader should know until the page closes.
#[derive(Clone, Copy)]
pub struct Keeper {
    fault: RwSignal<Option<Fault>>,
}

impl Default for Keeper {
    fn default() -> Self {
        Keeper::new()
    }
}

impl Keeper {
    pub fn new() -> Keeper {
        Keeper { fault: RwSignal::new(None) }
    }

    /// What went wrong first, if anything, reactively.
    pub fn fault(&self) -> ReadSignal<Option<Fault>> {
        self.fault.read_only()
    }

    /// Records `fault` unless an earlier one is already being said.
    pub fn note(&self, fault: Fault) {
        if self.fault.get_untracked().is_none() {
            self.fault.set(Some(fault));
        }
    }

    /// Clears a `Newer` fault once the newer value is gone (another tab went back).
    fn forget_newer(&self) {
        if self.fault.get_untracked() == Some(Fault::Newer) {
            self.fault.set(None);
        }
    }

    /// The value under `key`; `None` when nothing is stored or storage cannot be read (noted).
    pub fn read(&self, key: &str) -> Option<String> {
        storage::read(key).unwrap_or_else(|trouble| {
            self.note(trouble.into());
            None
        })
    }

    /// Every `(key, value)` under `prefix`; empty when storage cannot be read (noted).
    pub fn read_prefixed(&self, prefix: &str) -> Vec<(String, String)> {
        storage::read_prefixed(prefix).unwrap_or_else(|trouble| {
            self.note(trouble.into());
            Vec::new()
        })
    }

    /// Stores `value` under `key`; a refusal is noted and the value stays in memory only.
    pub fn write(&self, key: &str, value: &str) {
        if let Err(trouble) = storage::write(key, value) {
            self.note(trouble.into());
        }
    }

    /// Removes `key`; a refusal is noted.
    pub fn remove(&self, key: &str) {
        if let Err(trouble) = storage::remove(key) {
            self.note(trouble.into());
        }
    }
}

/// A value of `T` kept under `T::KEY`: read once, written through on every change, followed from
/// other tabs, and kept in memory when storage fails.
pub struct Stored<T: Schema> {
    value: RwSignal<T>,
    keeper: Keeper,
    /// Whether this page may write the value (not while storage holds a newer Lectern's).
    writable: StoredValue<bool>,
}

impl<T: Schema> Clone for Stored<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Schema> Copy for Stored<T> {}

impl<T: Schema> Stored<T> {
    /// Reads `T::KEY` once: the stored value, else `fallback()` when nothing is stored, storage is
    /// blocked, or what it holds is unreadable (noted on `keeper`). Follows other tabs' changes for
    /// as long as the calling owner lives; a value they remove becomes `fallback()` again.
    pub fn load(keeper: Keeper, fallback: impl Fn() -> T + Send + Sync + 'static) -> Stored<T> {
        let stored = Stored { value: RwSignal::new(fallback()), keeper, writable: StoredValue::new(true) };
        if let Some(text) = keeper.read(T::KEY) {
            stored.take(&text, true);
        }
        storage::on_other_tab_change(T::KEY, move |change| match change {
            Change::Set { key, value } if key == T::KEY => stored.take(&value, false),
            Change::Removed { key } if key == T::KEY => stored.value.set(fallback()),
            Change::Cleared => stored.value.set(fallback()),
            _ => {}
        });
        stored
    }

    /// A value that is never read from or written to storage: for a view shown outside any app.
    pub fn detached(value: T) -> Stored<T> {
        Stored { value: RwSignal::new(value), keeper: Keeper::new(), writable: StoredValue::new(false) }
    }

    /// Takes what storage holds. `first` is this page's own read: an unreadable value is said
    /// then; another tab's unreadable write is ignored (that tab says so itself).
    fn take(&self, text: &str, first: bool) {
        match T::decode(text) {
            Ok(value) => {
                self.writable.set_value(true);
                self.keeper.forget_newer();
                self.value.set(value);
            }
            Err(Unreadable::Corrupt) if first => self.keeper.note(Fault::Unreadable),
            Err(Unreadable::Corrupt) => {}
            Err(Unreadable::Newer) => {
                // Writing would destroy what the newer Lectern keeps there.
                self.writable.set_value(false);
                self.keeper.note(Fault::Newer);
            }
        }
    }

    /// The value, reactively.
    pub fn value(&self) -> ReadSignal<T> {
        self.value.read_only()
    }

    /// The keeper that says what went wrong.
    pub fn keeper(&self) -> Keeper {
        self.keeper
    }

    /// Applies `change` in memory; when it says it changed something, writes the value through.
    /// `None` when the value is gone (its owner was disposed).
    pub fn update<R>(&self, change: impl FnOnce(&mut T) -> (bool, R)) -> Option<R> {
        let (changed, result) = self.value.try_maybe_update(|value| {
            let (changed, result) = change(value);
            (changed, (changed, result))
        })?;
        if changed && self.writable.get_value() {
            let encoded = self.value.with_untracked(T::encode);
            self.keeper.write(T::KEY, &encoded);
        }
        Some(result)
    }

    /// Replaces the value (and stores it) when it differs.
    pub fn set(&self, next: T) {
        self.update(|value| {
            let changed = *value != next;
            if changed {
                *value = next;
            }
            (changed, ())
        });
    }
}

/// A store from the enclosing app, or `standalone()` outside any (a view shown on its own). The one
/// way the `use_*` helpers look their store up.
pub fn use_store<S: Clone + Send + Sync + 'static>(standalone: impl FnOnce() -> S) -> S {
    use_context::<S>().unwrap_or_else(standalone)
}
