//! Reading history as data: one `Record` per article read, its storage schema (versioned), the
//! in-memory `History` with merge (newest wins) and eviction, and the export file format.
//!
//! Storage layout (the shell writes it to `localStorage`, see README): one key per article,
//! `lectern:progress:<feed URL> <article id>`, holding a JSON record with `"v": 1`. One key per
//! article keeps every write small and lets two tabs save different articles without clobbering.

use std::collections::HashMap;

use super::json::{self, Json};

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
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub key: String,
    /// 0 at the unit's top, 1 at its bottom.
    pub fraction: f64,
    pub text: String,
}

/// What Lectern remembers of one article.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// The feed's absolute URL.
    pub feed: String,
    pub article: String,
    /// Shown in "Continue reading" without loading the feed.
    pub title: String,
    /// The section heading at the place, if any.
    pub section: Option<String>,
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

    /// The stored JSON of this record: `{"v":1,"feed":…}`.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out, Some(SCHEMA_VERSION));
        out
    }

    /// Reads a stored value: the current schema, or an older one migrated to it.
    pub fn decode(value: &str) -> Result<Record, DecodeError> {
        let value = json::parse(value).map_err(|_| DecodeError::Corrupt)?;
        if !matches!(value, Json::Object(_)) {
            return Err(DecodeError::Corrupt);
        }
        let version = match value.field("v") {
            None => None,
            Some(v) => Some(v.as_u64().ok_or(DecodeError::Corrupt)?),
        };
        match version {
            // The record's fields sit beside `v`.
            Some(SCHEMA_VERSION) => Record::from_json(&value).ok_or(DecodeError::Corrupt)?.checked(),
            Some(newer) if newer > SCHEMA_VERSION => Err(DecodeError::Newer(newer)),
            _ => Err(DecodeError::Corrupt),
        }
    }

    /// Writes the record as a JSON object, `v` first when given; absent options are left out.
    fn write_json(&self, out: &mut String, v: Option<u64>) {
        out.push('{');
        if let Some(v) = v {
            out.push_str(&format!("\"v\":{v},"));
        }
        for (key, text) in [("feed", &self.feed), ("article", &self.article), ("title", &self.title)] {
            out.push_str(&format!("\"{key}\":"));
            json::write_str(out, text);
            out.push(',');
        }
        if let Some(section) = &self.section {
            out.push_str("\"section\":");
            json::write_str(out, section);
            out.push(',');
        }
        if let Some(place) = &self.place {
            out.push_str("\"place\":{\"key\":");
            json::write_str(out, &place.key);
            out.push_str(",\"fraction\":");
            json::write_fraction(out, place.fraction);
            out.push_str(",\"text\":");
            json::write_str(out, &place.text);
            out.push_str("},");
        }
        out.push_str(&format!(
            "\"percent\":{},\"finished\":{},\"updated\":{}}}",
            self.percent, self.finished, self.updated
        ));
    }

    /// A record from a JSON object, or `None` when a field is missing or of the wrong type
    /// (unknown fields are ignored, as they always were).
    fn from_json(value: &Json) -> Option<Record> {
        let text = |object: &Json, key| object.get(key).and_then(Json::as_str).map(str::to_owned);
        let optional_text = |key| match value.field(key) {
            None => Some(None),
            Some(Json::String(text)) => Some(Some(text.clone())),
            Some(_) => None,
        };
        let place = match value.field("place") {
            None => None,
            Some(place) => Some(Place {
                key: text(place, "key")?,
                fraction: place.get("fraction")?.as_f64()?,
                text: text(place, "text")?,
            }),
        };
        Some(Record {
            feed: text(value, "feed")?,
            article: text(value, "article")?,
            title: text(value, "title")?,
            section: optional_text("section")?,
            place,
            percent: u8::try_from(value.get("percent")?.as_u64()?).ok()?,
            finished: match value.get("finished")? {
                Json::Bool(finished) => *finished,
                _ => return None,
            },
            updated: value.get("updated")?.as_u64()?,
        })
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

    /// Forgets the record stored under `storage_key` (another tab removed it), if any.
    pub fn remove_stored(&mut self, storage_key: &str) {
        self.records.retain(|_, record| record.storage_key() != storage_key);
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
        let mut oldest: Vec<(u64, (String, String))> =
            self.records.iter().map(|(id, record)| (record.updated, id.clone())).collect();
        oldest.sort_unstable();
        let excess = self.records.len() - capacity;
        oldest.into_iter().take(excess).filter_map(|(_, id)| self.records.remove(&id)).collect()
    }

    /// The export file: every record, most recent first, one to a line.
    pub fn export(&self, now: u64) -> String {
        let mut out = format!("{{\n  \"lectern\": \"{EXPORT_KIND}\",\n  \"version\": {SCHEMA_VERSION},\n  \"exported\": {now},\n  \"records\": [");
        for (index, record) in self.records().into_iter().enumerate() {
            out.push_str(if index == 0 { "\n    " } else { ",\n    " });
            record.write_json(&mut out, None);
        }
        out.push_str(if self.records.is_empty() { "]\n}" } else { "\n  ]\n}" });
        out
    }
}

/// What an export file says it is.
const EXPORT_KIND: &str = "reading-history";

/// Why an import file was refused. Each message is what the reader sees.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("This file is not a Lectern reading history: it is not JSON.")]
    NotJson,
    #[error("This file is not a Lectern reading history. Export one from Lectern’s list page and import that.")]
    NotHistory,
    #[error(
        "This reading history was exported by a newer version of Lectern (format {0}). Update Lectern and try again."
    )]
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
    let value = json::parse(text.trim_start_matches('\u{feff}')).map_err(|_| ImportError::NotJson)?;
    let (Some(Json::String(kind)), Some(version), Some(Json::Array(entries))) =
        (value.get("lectern"), value.get("version"), value.get("records"))
    else {
        return Err(ImportError::NotHistory);
    };
    let version = version.as_u64().ok_or(ImportError::NotHistory)?;
    if kind != EXPORT_KIND {
        return Err(ImportError::NotHistory);
    }
    if version > SCHEMA_VERSION {
        return Err(ImportError::Newer(version));
    }
    let total = entries.len();
    let records: Vec<Record> =
        entries.iter().filter_map(Record::from_json).filter_map(|record| record.checked().ok()).collect();
    if records.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(Imported { skipped: total - records.len(), records })
}

#[cfg(test)]
mod tests;
