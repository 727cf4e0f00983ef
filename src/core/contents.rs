//! An article's table of contents: its h2 and h3 headings with their unit keys, the section a
//! unit is in, and the next and previous section from a unit (the `j`/`k` shortcuts).
//!
//! Units are counted as `anchor::Anchors` counts them, so an entry's `unit` is the index the
//! reading position reports and its `key` the heading's `id` in the page.

use super::anchor::{Anchors, BlockKeys};
use super::blocks::{Block, HeadingLevel};

/// One heading of the table of contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// `H2` or `H3`: lower headings are too fine-grained to navigate by.
    pub level: HeadingLevel,
    /// Whitespace-collapsed, as the heading reads.
    pub text: String,
    /// The heading's unit key, its `id` in the page (`#h-…`).
    pub key: String,
    /// The heading's index among the units.
    pub unit: usize,
}

/// The headings of one article, in document order (so by increasing `unit`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contents {
    pub entries: Vec<Entry>,
}

impl Contents {
    /// The h2 and h3 headings of `blocks`, whose keys are `anchors` (`Anchors::of(blocks)`).
    /// Headings without text are left out: an empty link helps no one.
    pub fn of(blocks: &[Block], anchors: &Anchors) -> Contents {
        let mut entries = Vec::new();
        let mut unit = 0;
        for (block, keys) in blocks.iter().zip(&anchors.blocks) {
            match keys {
                BlockKeys::None => {}
                BlockKeys::Items(items) => unit += items.len(),
                BlockKeys::One(key) => {
                    if let Block::Heading { level: level @ (HeadingLevel::H2 | HeadingLevel::H3), .. } = block {
                        // The key check guards against `anchors` built from other blocks.
                        let text = anchors
                            .units
                            .get(unit)
                            .filter(|found| found.key == *key)
                            .and_then(|found| found.heading.as_deref())
                            .filter(|text| !text.is_empty());
                        if let Some(text) = text {
                            entries.push(Entry { level: *level, text: text.to_owned(), key: key.clone(), unit });
                        }
                    }
                    unit += 1;
                }
            }
        }
        Contents { entries }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The index (in `entries`) of the section `unit` is in: the last heading at or before it.
    /// `None` above the first heading, or above the body (`unit` is `None`).
    pub fn current(&self, unit: Option<usize>) -> Option<usize> {
        let unit = unit?;
        self.entries.partition_point(|entry| entry.unit <= unit).checked_sub(1)
    }

    /// The first heading after `unit`; from above the body, the first heading.
    pub fn next(&self, unit: Option<usize>) -> Option<&Entry> {
        match unit {
            None => self.entries.first(),
            Some(unit) => self.entries.iter().find(|entry| entry.unit > unit),
        }
    }

    /// The last heading before `unit`. From inside a section that is its own heading (back to
    /// the start of what is being read); from a heading, the one before it.
    pub fn previous(&self, unit: Option<usize>) -> Option<&Entry> {
        let unit = unit?;
        self.entries.iter().rev().find(|entry| entry.unit < unit)
    }
}

#[cfg(test)]
mod tests;
