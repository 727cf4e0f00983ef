//! The relay's memory: answers kept while the origin's Cache-Control says they are fresh (and,
//! with validators, afterwards for a conditional request), bounded by total bytes and by entries,
//! the least recently used going first.

use std::collections::HashMap;
use std::time::Instant;

use super::fetch::{Document, Freshness, Validators};

struct Entry {
    document: Document,
    fresh_until: Instant,
    used: u64,
}

pub struct Cache {
    entries: HashMap<String, Entry>,
    bytes: usize,
    max_bytes: usize,
    max_entries: usize,
    clock: u64,
}

/// What the cache holds for a URL.
pub enum Lookup {
    Fresh(Document),
    /// Past its freshness, but with validators to ask the origin whether it changed.
    Stale(Validators),
    Missing,
}

impl Cache {
    pub fn new(max_bytes: usize, max_entries: usize) -> Cache {
        Cache { entries: HashMap::new(), bytes: 0, max_bytes, max_entries, clock: 0 }
    }

    pub fn get(&mut self, key: &str, now: Instant) -> Lookup {
        self.clock += 1;
        let Some(entry) = self.entries.get_mut(key) else { return Lookup::Missing };
        entry.used = self.clock;
        if now < entry.fresh_until {
            return Lookup::Fresh(entry.document.clone());
        }
        Lookup::Stale(Validators {
            etag: entry.document.etag.clone(),
            last_modified: entry.document.last_modified.clone(),
        })
    }

    /// The kept document after the origin answered 304, fresh again by the new Cache-Control.
    pub fn revalidated(&mut self, key: &str, policy: Freshness, now: Instant) -> Option<Document> {
        let entry = self.entries.get_mut(key)?;
        entry.fresh_until = now + policy.max_age;
        entry.document.policy = policy;
        Some(entry.document.clone())
    }

    /// Keeps `document` if the origin allows it and it is worth keeping: fresh for a while, or
    /// revalidatable. A single document may take at most a quarter of the cache.
    pub fn put(&mut self, key: &str, document: &Document, now: Instant) {
        self.remove(key);
        let revalidatable = document.etag.is_some() || document.last_modified.is_some();
        let size = document.body.len() + key.len();
        if document.policy.no_store
            || (document.policy.max_age.is_zero() && !revalidatable)
            || size > self.max_bytes / 4
            || self.max_entries == 0
        {
            return;
        }
        while self.bytes + size > self.max_bytes || self.entries.len() >= self.max_entries {
            let Some(oldest) = self.entries.iter().min_by_key(|(_, entry)| entry.used).map(|(key, _)| key.clone())
            else {
                break;
            };
            self.remove(&oldest);
        }
        self.clock += 1;
        self.bytes += size;
        let entry = Entry { document: document.clone(), fresh_until: now + document.policy.max_age, used: self.clock };
        self.entries.insert(key.to_owned(), entry);
    }

    fn remove(&mut self, key: &str) {
        if let Some(entry) = self.entries.remove(key) {
            self.bytes -= entry.document.body.len() + key.len();
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn bytes(&self) -> usize {
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;
    use bytes::Bytes;
    use std::time::Duration;

    fn document(size: usize, max_age: u64, etag: bool) -> Document {
        Document {
            body: Bytes::from(vec![b'x'; size]),
            content_type: None,
            final_url: "https://a.example/".into(),
            etag: etag.then(|| HeaderValue::from_static("\"v1\"")),
            last_modified: None,
            policy: Freshness { no_store: false, max_age: Duration::from_secs(max_age) },
        }
    }

    #[test]
    fn fresh_then_stale_then_revalidated() {
        let mut cache = Cache::new(1000, 10);
        let now = Instant::now();
        cache.put("a", &document(10, 60, true), now);
        assert!(matches!(cache.get("a", now), Lookup::Fresh(_)));
        let later = now + Duration::from_secs(61);
        assert!(matches!(cache.get("a", later), Lookup::Stale(Validators { etag: Some(_), .. })));
        let policy = Freshness { no_store: false, max_age: Duration::from_secs(60) };
        assert!(cache.revalidated("a", policy, later).is_some());
        assert!(matches!(cache.get("a", later), Lookup::Fresh(_)));
    }

    #[test]
    fn what_is_not_kept() {
        let mut cache = Cache::new(1000, 10);
        let now = Instant::now();
        let mut no_store = document(10, 60, true);
        no_store.policy.no_store = true;
        cache.put("a", &no_store, now);
        cache.put("b", &document(10, 0, false), now);
        cache.put("c", &document(300, 60, false), now);
        assert!(cache.is_empty());
        cache.put("d", &document(10, 0, true), now);
        assert!(matches!(cache.get("d", now), Lookup::Stale(_)));
    }

    #[test]
    fn bounded_by_bytes_and_entries() {
        let mut cache = Cache::new(1000, 3);
        let now = Instant::now();
        for key in ["a", "b", "c", "d"] {
            cache.put(key, &document(200, 60, false), now);
        }
        assert_eq!(cache.len(), 3);
        assert!(matches!(cache.get("a", now), Lookup::Missing));
        // "b" used most recently: "c" goes first.
        assert!(matches!(cache.get("b", now), Lookup::Fresh(_)));
        cache.put("e", &document(240, 60, false), now);
        cache.put("f", &document(240, 60, false), now);
        assert!(cache.bytes() <= 1000);
        assert!(matches!(cache.get("b", now), Lookup::Fresh(_)) || cache.len() <= 3);
    }
}
