//! Stable keys for body blocks, derived from their text, and finding a saved place again after the
//! text changed.
//!
//! A *unit* is what a reader's place can point at and what a `#key` link opens: every top-level
//! block except rules and lists, and every item of a top-level list. What is nested inside a unit
//! (a quote's paragraphs, a sub-list) belongs to it. Keys depend on content only, never on position,
//! so paragraphs added above a block leave its key alone.

use std::collections::HashMap;

use super::blocks::{inlines_text, push_blocks_text, Block, HeadingLevel};
use super::reading_time::word_count;

/// How many characters of a unit's text a saved place keeps, to find the unit again by text.
pub const SNIPPET_CHARS: usize = 160;

/// A text match must share at least this share of character trigrams (Dice coefficient).
const MIN_SIMILARITY: f64 = 0.5;

/// Headings keep a readable slug as their key, cut to this many characters.
const SLUG_CHARS: usize = 60;

/// The keys of one top-level block, in the shape the view needs them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockKeys {
    /// A rule: nothing to point at.
    None,
    /// A heading, paragraph, quote, code block or image: one key for the element.
    One(String),
    /// A list: one key per item.
    Items(Vec<String>),
}

/// One place a reader can be, in document order.
#[derive(Clone, Debug, PartialEq)]
pub struct Unit {
    pub key: String,
    /// Whitespace-collapsed, lower-cased text, cut to [`SNIPPET_CHARS`].
    pub snippet: String,
    pub words: usize,
    /// The index (in `units`) of the nearest h2 or h3 at or before this unit.
    pub section: Option<usize>,
    /// The heading's text, for units that are h2 or h3 headings.
    pub heading: Option<String>,
}

/// Every key of an article body: per top-level block for rendering, and flat for finding places.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Anchors {
    pub blocks: Vec<BlockKeys>,
    pub units: Vec<Unit>,
}

/// How a saved place was found again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Found {
    /// The unit at this index has the saved key.
    Key(usize),
    /// The unit at this index has the text most like the saved snippet.
    Text(usize),
    /// Neither: go by the share of the article read.
    Percent,
}

impl Anchors {
    /// Builds the keys of `blocks`, making repeated content unique with `-2`, `-3`… in order.
    pub fn of(blocks: &[Block]) -> Anchors {
        let mut builder = Builder::default();
        let keyed = blocks.iter().map(|block| builder.block(block)).collect();
        Anchors { blocks: keyed, units: builder.units }
    }

    /// The index of the unit with `key`.
    pub fn position(&self, key: &str) -> Option<usize> {
        self.units.iter().position(|unit| unit.key == key)
    }

    /// Finds a saved place: by key, else by the most similar text (ties go to the unit nearest
    /// where the place was, by `percent`), else by percentage.
    pub fn find(&self, key: &str, snippet: &str, percent: u8) -> Found {
        if let Some(index) = self.position(key) {
            return Found::Key(index);
        }
        let wanted = trigrams(snippet);
        if wanted.is_empty() {
            return Found::Percent;
        }
        let expected = f64::from(percent) / 100.0 * self.units.len() as f64;
        let best = self
            .units
            .iter()
            .enumerate()
            .map(|(index, unit)| (index, dice(&wanted, &trigrams(&unit.snippet))))
            .filter(|&(_, score)| score >= MIN_SIMILARITY)
            .max_by(|a, b| {
                let closer = |index: usize| -(index as f64 - expected).abs();
                a.1.total_cmp(&b.1).then(closer(a.0).total_cmp(&closer(b.0)))
            });
        best.map_or(Found::Percent, |(index, _)| Found::Text(index))
    }

    /// Words from a place (a unit, and how far through it) to the end of the body; every word
    /// when there is no place yet (the reader is above the body).
    pub fn words_left(&self, place: Option<(usize, f64)>) -> usize {
        let Some((unit, fraction)) = place else {
            return self.total_words();
        };
        let Some(current) = self.units.get(unit) else {
            return 0;
        };
        let after: usize = self.units.iter().skip(unit + 1).map(|unit| unit.words).sum();
        let fraction = if fraction.is_finite() { fraction.clamp(0.0, 1.0) } else { 0.0 };
        // Rounded down words of a unit are at most its word count, so the cast cannot truncate.
        after + (current.words as f64 * (1.0 - fraction)).round() as usize
    }

    /// Every word of the body that units cover.
    pub fn total_words(&self) -> usize {
        self.units.iter().map(|unit| unit.words).sum()
    }

    /// The title of the section `unit` is in, if any.
    pub fn section_title(&self, unit: usize) -> Option<&str> {
        let section = self.units.get(unit)?.section?;
        self.units.get(section)?.heading.as_deref()
    }
}

#[derive(Default)]
struct Builder {
    units: Vec<Unit>,
    seen: HashMap<String, usize>,
    section: Option<usize>,
}

impl Builder {
    fn block(&mut self, block: &Block) -> BlockKeys {
        match block {
            Block::Rule => BlockKeys::None,
            Block::List { items, .. } => BlockKeys::Items(
                items
                    .iter()
                    .map(|item| {
                        let mut text = String::new();
                        push_blocks_text(item, &mut text);
                        self.unit("li", &text, None)
                    })
                    .collect(),
            ),
            Block::Heading { level, inlines } => {
                let text = inlines_text(inlines);
                let is_section = matches!(level, HeadingLevel::H2 | HeadingLevel::H3);
                let key = self.unit("h", &text, Some(slug(&text)));
                if is_section {
                    let index = self.units.len() - 1;
                    self.section = Some(index);
                    if let Some(unit) = self.units.get_mut(index) {
                        unit.section = Some(index);
                        unit.heading = Some(text.split_whitespace().collect::<Vec<_>>().join(" "));
                    }
                }
                BlockKeys::One(key)
            }
            Block::Image(image) => {
                // An image's identity is its source; its alt text is what it reads as.
                let key = self.unit("f", &image.alt, Some(hash36(&image.src)));
                BlockKeys::One(key)
            }
            other => {
                let prefix = match other {
                    Block::Quote { .. } => "q",
                    Block::Code { .. } => "c",
                    Block::Table(_) => "t",
                    _ => "p",
                };
                let mut text = String::new();
                other.push_text(&mut text);
                BlockKeys::One(self.unit(prefix, &text, None))
            }
        }
    }

    /// Adds a unit and returns its key: `prefix-` and `stem` (or a hash of the text), made unique.
    fn unit(&mut self, prefix: &str, text: &str, stem: Option<String>) -> String {
        let normalized = normalize(text);
        let stem = stem.filter(|stem| !stem.is_empty()).unwrap_or_else(|| hash36(&normalized));
        let base = format!("{prefix}-{stem}");
        let count = self.seen.entry(base.clone()).or_insert(0);
        *count += 1;
        let key = if *count == 1 { base } else { format!("{base}-{count}") };
        self.units.push(Unit {
            key: key.clone(),
            snippet: normalized.chars().take(SNIPPET_CHARS).collect(),
            words: word_count(text),
            section: self.section,
            heading: None,
        });
        key
    }
}

/// Lower-cased words joined by single spaces: what stays the same when only layout changes.
pub fn normalize(text: &str) -> String {
    text.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// A heading's text as a key: letters and digits kept, everything else a single `-`.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for character in text.chars().flat_map(char::to_lowercase) {
        if character.is_alphanumeric() {
            out.push(character);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let cut: String = out.chars().take(SLUG_CHARS).collect();
    cut.trim_end_matches('-').to_owned()
}

/// FNV-1a, 32 bits, in base 36: short, stable across builds and platforms.
fn hash36(text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in text.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    let mut digits = Vec::new();
    loop {
        // `hash % 36` is below 36, so the digit always exists.
        digits.push(char::from_digit(hash % 36, 36).unwrap_or('0'));
        hash /= 36;
        if hash == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

/// The character trigrams of `text`, sorted and deduplicated.
fn trigrams(text: &str) -> Vec<[char; 3]> {
    let chars: Vec<char> = text.chars().collect();
    let mut grams: Vec<[char; 3]> = chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

/// Dice's coefficient of two sorted trigram sets: 1 for the same text, 0 for nothing shared.
fn dice(a: &[[char; 3]], b: &[[char; 3]]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests;
