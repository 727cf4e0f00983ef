//! The reader's history as shared state: `core::history::History` in a signal, loaded from storage
//! once, written through on every save, kept in step with other tabs, and kept in memory when
//! storage fails (the reader is told once, and nothing already stored is removed).

use leptos::prelude::*;

use crate::core::history::{self, DecodeError, History, ImportError, MergeReport, Record, CAPACITY, PROGRESS_PREFIX};
use crate::shell::platform::clock::now;
use crate::shell::platform::storage::{self, Change};
use crate::shell::stored::{use_store, Fault, Keeper};

/// The reading history of this browser, for every view under the same owner.
#[derive(Clone, Copy)]
pub struct ReadingHistory {
    history: RwSignal<History>,
    /// Every write and removal goes through it; it says the first failure once.
    keeper: Keeper,
}

/// Provides the reading history to the views below, reading it from storage once.
pub fn provide_reading_history() -> ReadingHistory {
    let reading = ReadingHistory { history: RwSignal::new(History::default()), keeper: Keeper::new() };
    reading.reload();
    storage::on_other_tab_change(PROGRESS_PREFIX, move |change| reading.apply(change));
    provide_context(reading);
    reading
}

/// The reading history of the enclosing app (a fresh in-memory one outside any).
pub fn use_reading_history() -> ReadingHistory {
    use_store(provide_reading_history)
}

/// What an import did, for the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportSummary {
    pub report: MergeReport,
    pub skipped: usize,
}

impl ReadingHistory {
    /// Every record, reactively.
    pub fn history(&self) -> ReadSignal<History> {
        self.history.read_only()
    }

    /// Why progress is not being kept, if it is not.
    pub fn trouble(&self) -> ReadSignal<Option<Fault>> {
        self.keeper.fault()
    }

    /// The keeper of the reader's own stores: settings and the learned speed write through it
    /// too, so one notice says when any of them cannot be kept.
    pub fn keeper(&self) -> Keeper {
        self.keeper
    }

    /// Replaces the in-memory history with what storage holds. Unreadable entries are removed,
    /// one by one; entries from a newer Lectern are left alone.
    fn reload(&self) {
        let entries = match storage::read_prefixed(PROGRESS_PREFIX) {
            Ok(entries) => entries,
            Err(trouble) => {
                self.keeper.note(trouble.into());
                return;
            }
        };
        let mut loaded = History::default();
        for (key, value) in entries {
            match Record::decode(&value) {
                Ok(record) => loaded.put(record),
                Err(DecodeError::Corrupt) => {
                    self.keeper.remove(&key);
                }
                Err(DecodeError::Newer(_)) => {}
            }
        }
        self.history.set(loaded);
    }

    fn apply(&self, change: Change) {
        match change {
            Change::Set { value, .. } => {
                if let Ok(record) = Record::decode(&value) {
                    self.history.update(|history| history.put(record));
                }
            }
            Change::Removed { key } => self.history.update(|history| history.remove_stored(&key)),
            Change::Cleared => self.reload(),
        }
    }

    /// Saves `record` in memory and in storage, forgetting the least recently read beyond capacity.
    pub fn save(&self, record: Record) {
        let mut evicted = Vec::new();
        self.history.update(|history| {
            history.put(record.clone());
            evicted = history.evict(CAPACITY);
        });
        self.write_through(std::slice::from_ref(&record), &evicted);
    }

    /// Stores what changed in memory and removes from storage what was evicted from it.
    fn write_through(&self, changed: &[Record], evicted: &[Record]) {
        for record in changed {
            self.persist(record);
        }
        for old in evicted {
            self.keeper.remove(&old.storage_key());
        }
    }

    /// Writes one record. When storage refuses it (full, or blocked), the record stays in memory
    /// and the reader is told once; nothing stored is removed to make room.
    fn persist(&self, record: &Record) {
        self.keeper.write(&record.storage_key(), &record.encode());
    }

    /// Merges `records` in memory, then writes what changed and forgets what no longer fits.
    fn merge(&self, records: Vec<Record>) -> MergeReport {
        let mut outcome = (MergeReport::default(), Vec::new(), Vec::new());
        self.history.update(|history| {
            let (report, changed) = history.merge(records);
            outcome = (report, changed, history.evict(CAPACITY));
        });
        let (report, changed, evicted) = outcome;
        self.write_through(&changed, &evicted);
        report
    }

    /// Forgets one article, so it reads as unread and opens at the top.
    pub fn mark_unread(&self, feed: &str, article: &str) {
        self.history.update(|history| {
            history.remove(feed, article);
        });
        self.keeper.remove(&history::storage_key(feed, article));
    }

    /// Forgets every article, returning what was forgotten so it can be put back.
    pub fn clear(&self) -> Vec<Record> {
        let mut removed = Vec::new();
        self.history.update(|history| removed = history.take_all());
        for record in &removed {
            self.keeper.remove(&record.storage_key());
        }
        removed
    }

    /// Puts back records (undo of `clear`), newest winning over anything saved since.
    pub fn restore(&self, records: Vec<Record>) {
        self.merge(records);
    }

    /// Merges an exported file into the history. A refused file changes nothing.
    pub fn import(&self, text: &str) -> Result<ImportSummary, ImportError> {
        let imported = history::parse_export(text)?;
        let report = self.merge(imported.records);
        Ok(ImportSummary { report, skipped: imported.skipped })
    }

    /// The export file of every record.
    pub fn export(&self) -> String {
        self.history.with_untracked(|history| history.export(now()))
    }
}
