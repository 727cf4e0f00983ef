//! The library's storage schema, version 1: `{"v":1,"feeds":[{"url":…,"title":…,"name":…,
//! "icon":…,"added":…,"last_visit":…,"items":…,"seen":[…]}]}`, written with `core::json`, the
//! feeds in the library's order; `name`, `icon` and `last_visit` are left out when absent.

use std::collections::HashSet;

use super::{
    normalize, safe_icon, tidy, DecodeError, Entry, Library, MAX_FEEDS, MAX_FIELD_CHARS, MAX_SEEN, SCHEMA_VERSION,
};
use crate::core::json::{self, Json};

impl Library {
    /// The stored JSON of the library: `{"v":1,"feeds":[…]}`.
    pub fn encode(&self) -> String {
        let mut out = format!("{{\"v\":{SCHEMA_VERSION},\"feeds\":[");
        for (index, entry) in self.feeds.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            write_entry(&mut out, entry);
        }
        out.push_str("]}");
        out
    }

    /// Reads a stored library. Strict about types (a field of the wrong type makes the whole value
    /// corrupt), tolerant of unknown fields; what is merely out of bounds is brought back within
    /// them: feeds beyond [`MAX_FEEDS`] and fingerprints beyond [`MAX_SEEN`] are dropped, titles
    /// cut, an icon `url::safe_image` refuses is dropped, a feed whose address no longer
    /// normalises is dropped, and a repeated feed keeps its first place. Rules that tighten in a
    /// later build thus never cost the reader the whole library.
    pub fn decode(value: &str) -> Result<Library, DecodeError> {
        let value = json::parse(value).map_err(|_| DecodeError::Corrupt)?;
        if !matches!(value, Json::Object(_)) {
            return Err(DecodeError::Corrupt);
        }
        match value.get("v").map(Json::as_u64) {
            Some(Some(SCHEMA_VERSION)) => {}
            Some(Some(newer)) if newer > SCHEMA_VERSION => return Err(DecodeError::Newer(newer)),
            _ => return Err(DecodeError::Corrupt),
        }
        let Some(Json::Array(stored)) = value.get("feeds") else { return Err(DecodeError::Corrupt) };
        let mut library = Library::default();
        let mut kept = HashSet::new();
        for stored in stored {
            let entry = read_entry(stored).ok_or(DecodeError::Corrupt)?;
            let Some(entry) = entry.checked() else { continue };
            if library.feeds.len() < MAX_FEEDS && kept.insert(entry.url.clone()) {
                library.feeds.push(entry);
            }
        }
        Ok(library)
    }
}

impl Entry {
    /// The entry within this build's rules, or `None` when its address is no longer one.
    fn checked(mut self) -> Option<Entry> {
        self.url = normalize(&self.url)?;
        self.title = tidy(&self.title);
        self.name = self.name.as_deref().map(tidy).filter(|name| !name.is_empty() && *name != self.title);
        self.icon = self.icon.as_deref().and_then(|icon| safe_icon(&self.url, icon));
        self.seen.truncate(MAX_SEEN);
        Some(self)
    }
}

fn write_entry(out: &mut String, entry: &Entry) {
    out.push_str("{\"url\":");
    json::write_str(out, &entry.url);
    out.push_str(",\"title\":");
    json::write_str(out, &entry.title);
    if let Some(name) = &entry.name {
        out.push_str(",\"name\":");
        json::write_str(out, name);
    }
    if let Some(icon) = &entry.icon {
        out.push_str(",\"icon\":");
        json::write_str(out, icon);
    }
    out.push_str(&format!(",\"added\":{}", entry.added));
    if let Some(last_visit) = entry.last_visit {
        out.push_str(&format!(",\"last_visit\":{last_visit}"));
    }
    out.push_str(&format!(",\"items\":{},\"seen\":[", entry.items));
    for (index, print) in entry.seen.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        out.push_str(&print.to_string());
    }
    out.push_str("]}");
}

/// An entry from a stored JSON object, or `None` when a field is missing, of the wrong type or
/// longer than anything Lectern writes.
fn read_entry(value: &Json) -> Option<Entry> {
    let text = |key| match value.get(key) {
        Some(Json::String(text)) if text.chars().count() <= MAX_FIELD_CHARS => Some(text.clone()),
        _ => None,
    };
    let optional_text = |key| match value.field(key) {
        None => Some(None),
        Some(_) => text(key).map(Some),
    };
    let Some(Json::Array(seen)) = value.get("seen") else { return None };
    Some(Entry {
        url: text("url")?,
        title: text("title")?,
        name: optional_text("name")?,
        icon: optional_text("icon")?,
        added: value.get("added")?.as_u64()?,
        last_visit: match value.field("last_visit") {
            None => None,
            Some(last_visit) => Some(last_visit.as_u64()?),
        },
        items: usize::try_from(value.get("items")?.as_u64()?).ok()?,
        seen: seen.iter().map(|print| u32::try_from(print.as_u64()?).ok()).collect::<Option<Vec<u32>>>()?,
    })
}
