//! Reading history as data: one `Record` per article read, its storage schema (versioned), the
//! in-memory `History` with merge (newest wins) and eviction, and the export file format.
//!
//! Storage layout (the shell writes it to `localStorage`, see README): one key per article,
//! `lectern:progress:<feed URL> <article id>`, holding a JSON record with `"v": 1`. One key per
//! article keeps every write small and lets two tabs save different articles without clobbering.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// Every key Lectern writes starts with this; keys without it are never read, changed or removed.
pub const KEY_PREFIX: &str = "lectern:";
/// The prefix of reading-history keys.
pub const PROGRESS_PREFIX: &str = "lectern:progress:";
/// The schema version this build writes.
pub const SCHEMA_VERSION: u64 = 1;
/// How many articles are remembered; the least recently read beyond this are forgotten.
pub const CAPACITY: usize = 1000;
/// An article counts as finished from this percentage on.
pub const FINISHED_PERCENT: u8 = 100;
/// Stored strings longer than this are not Lectern's: the record is treated as corrupt.
const MAX_FIELD_CHARS: usize = 4096;

/// Where in an article the reader is: a unit's key, how far through it, and its opening text
/// (to find the unit again if its key changed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub key: String,
    /// 0 at the unit's top, 1 at its bottom.
    pub fraction: f64,
    pub text: String,
}

/// What Lectern remembers of one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The feed's absolute URL.
    pub feed: String,
    pub article: String,
    /// Shown in "Continue reading" without loading the feed.
    pub title: String,
    /// The section heading at the place, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// Share of the article read, 0 to 100.
    pub percent: u8,
    /// Read to the end once; stays so until marked unread.
    pub finished: bool,
    /// When it was last saved, in milliseconds since the Unix epoch.
    pub updated: u64,
}

/// What the list shows for an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Unread,
    Reading(u8),
    Finished,
}

impl Status {
    /// "Unread", "62% read", "Finished".
    pub fn label(self) -> String {
        match self {
            Status::Unread => "Unread".to_owned(),
            Status::Reading(percent) => format!("{percent}% read"),
            Status::Finished => "Finished".to_owned(),
        }
    }
}

impl Record {
    /// The `localStorage` key this record lives under.
    pub fn storage_key(&self) -> String {
        storage_key(&self.feed, &self.article)
    }

    pub fn status(&self) -> Status {
        if self.finished {
            Status::Finished
        } else if self.percent == 0 {
            Status::Unread
        } else {
            Status::Reading(self.percent)
        }
    }

    /// The stored JSON of this record.
    pub fn encode(&self) -> String {
        // Serializing plain strings and numbers to a String cannot fail; an empty value would be
        // read back as corrupt and dropped, never misread.
        let record = serde_json::to_string(self).unwrap_or_default();
        // `{"v":1,` then the record's own fields: the layout `#[serde(flatten)]` wrote, without
        // the buffering deserializer flatten pulls into the Wasm.
        match record.strip_prefix('{') {
            Some(fields) => format!("{{\"v\":{SCHEMA_VERSION},{fields}"),
            None => String::new(),
        }
    }

    /// Reads a stored value: the current schema, or an older one migrated to it.
    pub fn decode(value: &str) -> Result<Record, DecodeError> {
        let version: Version = serde_json::from_str(value).map_err(|_| DecodeError::Corrupt)?;
        match version.v {
            Some(SCHEMA_VERSION) => {
                // The record's fields sit beside `v`, which `Record` ignores as an unknown field.
                let record: Record = serde_json::from_str(value).map_err(|_| DecodeError::Corrupt)?;
                record.checked()
            }
            Some(newer) if newer > SCHEMA_VERSION => Err(DecodeError::Newer(newer)),
            _ => Err(DecodeError::Corrupt),
        }
    }

    /// Bounds every field, so what storage or a file holds cannot mislead the view.
    fn checked(mut self) -> Result<Record, DecodeError> {
        let too_long = [&self.feed, &self.article, &self.title]
            .into_iter()
            .chain(self.section.as_ref())
            .chain(self.place.as_ref().map(|place| &place.key))
            .chain(self.place.as_ref().map(|place| &place.text))
            .any(|text| text.chars().count() > MAX_FIELD_CHARS);
        if self.feed.is_empty() || self.article.is_empty() || too_long {
            return Err(DecodeError::Corrupt);
        }
        self.percent = self.percent.min(100);
        if let Some(place) = &mut self.place {
            place.fraction = if place.fraction.is_finite() { place.fraction.clamp(0.0, 1.0) } else { 0.0 };
        }
        Ok(self)
    }
}

/// The `localStorage` key of an article's record.
pub fn storage_key(feed: &str, article: &str) -> String {
    format!("{PROGRESS_PREFIX}{feed} {article}")
}

/// Why a stored value was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Not JSON, not a record, or out of bounds: safe to remove.
    #[error("the saved reading place is unreadable")]
    Corrupt,
    /// Written by a newer Lectern (another tab may be running it): left alone.
    #[error("the saved reading place was written by a newer version of Lectern ({0})")]
    Newer(u64),
}

#[derive(Deserialize)]
struct Version {
    v: Option<u64>,
}

/// Every remembered article, by feed and article id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    records: HashMap<(String, String), Record>,
}

/// What a merge did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub added: usize,
    pub updated: usize,
    /// Records older than (or as old as) what was already here.
    pub kept: usize,
}

impl History {
    pub fn get(&self, feed: &str, article: &str) -> Option<&Record> {
        self.records.get(&(feed.to_owned(), article.to_owned()))
    }

    pub fn status(&self, feed: &str, article: &str) -> Status {
        self.get(feed, article).map_or(Status::Unread, Record::status)
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Every record, most recently read first.
    pub fn records(&self) -> Vec<&Record> {
        let mut records: Vec<&Record> = self.records.values().collect();
        records.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.article.cmp(&b.article)));
        records
    }

    /// This feed's started, unfinished articles, most recently read first.
    pub fn in_progress(&self, feed: &str) -> Vec<&Record> {
        self.records()
            .into_iter()
            .filter(|record| record.feed == feed && matches!(record.status(), Status::Reading(_)))
            .collect()
    }

    /// Stores `record`, replacing what was there for its article.
    pub fn put(&mut self, record: Record) {
        self.records.insert((record.feed.clone(), record.article.clone()), record);
    }

    pub fn remove(&mut self, feed: &str, article: &str) -> Option<Record> {
        self.records.remove(&(feed.to_owned(), article.to_owned()))
    }

    /// Empties the history, returning what it held (for undo).
    pub fn take_all(&mut self) -> Vec<Record> {
        self.records.drain().map(|(_, record)| record).collect()
    }

    /// Adds `incoming`, keeping per article whichever record was saved last.
    /// Returns what changed and the records that did (to be written to storage).
    pub fn merge(&mut self, incoming: Vec<Record>) -> (MergeReport, Vec<Record>) {
        let mut report = MergeReport::default();
        let mut changed = Vec::new();
        for record in incoming {
            match self.get(&record.feed, &record.article) {
                Some(existing) if existing.updated >= record.updated => report.kept += 1,
                Some(_) => {
                    report.updated += 1;
                    changed.push(record);
                }
                None => {
                    report.added += 1;
                    changed.push(record);
                }
            }
        }
        for record in &changed {
            self.put(record.clone());
        }
        (report, changed)
    }

    /// Forgets the least recently read articles beyond `capacity`, returning them.
    pub fn evict(&mut self, capacity: usize) -> Vec<Record> {
        if self.records.len() <= capacity {
            return Vec::new();
        }
        let mut oldest: Vec<(u64, (String, String))> = self
            .records
            .iter()
            .map(|(id, record)| (record.updated, id.clone()))
            .collect();
        oldest.sort_unstable();
        let excess = self.records.len() - capacity;
        oldest
            .into_iter()
            .take(excess)
            .filter_map(|(_, id)| self.records.remove(&id))
            .collect()
    }

    /// The export file: every record, most recent first.
    pub fn export(&self, now: u64) -> String {
        let file = ExportFile {
            lectern: EXPORT_KIND.to_owned(),
            version: SCHEMA_VERSION,
            exported: now,
            records: self.records().into_iter().cloned().collect(),
        };
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }
}

/// What an export file says it is.
const EXPORT_KIND: &str = "reading-history";

#[derive(Serialize, Deserialize)]
struct ExportFile {
    lectern: String,
    version: u64,
    exported: u64,
    records: Vec<Record>,
}

#[derive(Deserialize)]
struct ImportFile {
    lectern: String,
    version: u64,
    records: Vec<serde_json::Value>,
}

/// Why an import file was refused. Each message is what the reader sees.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("This file is not a Lectern reading history: it is not JSON.")]
    NotJson,
    #[error("This file is not a Lectern reading history. Export one from Lectern’s list page and import that.")]
    NotHistory,
    #[error("This reading history was exported by a newer version of Lectern (format {0}). Update Lectern and try again.")]
    Newer(u64),
    #[error("This reading history holds no readable entries, so nothing was imported.")]
    Empty,
}

/// Records read from an import file, and how many entries in it were unreadable and skipped.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub records: Vec<Record>,
    pub skipped: usize,
}

/// Reads an export file. Unreadable entries are skipped and counted; a file that is not a
/// reading history, or has nothing readable, is refused whole.
pub fn parse_export(text: &str) -> Result<Imported, ImportError> {
    let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|_| ImportError::NotJson)?;
    let file: ImportFile = serde_json::from_value(value).map_err(|_| ImportError::NotHistory)?;
    if file.lectern != EXPORT_KIND {
        return Err(ImportError::NotHistory);
    }
    if file.version > SCHEMA_VERSION {
        return Err(ImportError::Newer(file.version));
    }
    let total = file.records.len();
    let records: Vec<Record> = file
        .records
        .into_iter()
        .filter_map(|value| serde_json::from_value::<Record>(value).ok())
        .filter_map(|record| record.checked().ok())
        .collect();
    if records.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(Imported { skipped: total - records.len(), records })
}

#[cfg(test)]
mod tests;
