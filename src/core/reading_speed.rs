//! A reading speed learned from the reader: samples of words read and active time, the rule that
//! turns them into words a minute, and their versioned storage schema.
//!
//! The rule:
//! - While an article is open, the shell reports activity (each position measurement, key press
//!   or pointer move) with the words left after the reading line. Time between two reports counts
//!   as reading, and the words passed beyond the furthest point reached count as read. A gap of
//!   more than [`IDLE_GAP_MILLIS`] between reports is idle: its time *and* the words passed during
//!   it are left out, so a reader who walked away neither slows nor speeds the figure. The shell
//!   also calls `Session::pause` when the page is hidden and before a jump (contents, `j`/`k`, a
//!   link), so words skipped over are never counted as read.
//! - When the reader leaves the article, its session is one sample. A sample is refused when it
//!   is too small to say anything (fewer than [`MIN_WORDS`] words or less than [`MIN_MILLIS`]
//!   of reading) or faster than [`SKIM_WPM`] words a minute (skimming, not reading).
//! - With at least [`MIN_SAMPLES`] accepted samples, the reader's speed is the median of their
//!   speeds, clamped to [`MIN_WPM`]–[`MAX_WPM`]; the median ignores one odd article either way.
//!   With fewer, it is the default of `reading_time` (230). Only the last [`MAX_SAMPLES`] are
//!   kept, so the figure follows a reader whose habits change.
//!
//! Scripts: "words" here are `reading_time`'s word units, so Chinese, Japanese or Thai characters
//! count at their published rates. A sample from a Japanese article and one from an English
//! article both measure the reader's pace against those rates, and one learned figure serves
//! every script: a reader twice as fast as the rates in one is taken to be so in the others.
//!
//! Storage: `lectern:speed` → `{"v":1,"samples":[[words,millis],…]}`, oldest first. Decoding
//! never fails: each entry that is unreadable or breaks the rule is dropped on its own.

use super::json::{self, Json};
use super::reading_time::{minutes_for, DEFAULT_WORDS_PER_MINUTE};

/// The `localStorage` key of the samples.
pub const STORAGE_KEY: &str = "lectern:speed";
/// The schema version this build writes.
pub const SCHEMA_VERSION: u64 = 1;
/// A gap between activity reports longer than this is idle, not reading.
pub const IDLE_GAP_MILLIS: u64 = 60_000;
pub const MIN_WORDS: u64 = 100;
pub const MIN_MILLIS: u64 = 20_000;
/// Faster than this is skimming.
pub const SKIM_WPM: u64 = 1000;
pub const MIN_SAMPLES: usize = 3;
pub const MAX_SAMPLES: usize = 20;
pub const MIN_WPM: u32 = 80;
pub const MAX_WPM: u32 = 800;

/// Words read in some active time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sample {
    pub words: u64,
    pub millis: u64,
}

/// Why a sample was not learned from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rejected {
    TooFewWords,
    TooShort,
    Skimming,
}

impl Sample {
    /// Words a minute, rounded down; no time at all is infinitely fast.
    pub fn wpm(&self) -> u64 {
        match self.millis {
            0 => u64::MAX,
            millis => self.words.saturating_mul(60_000) / millis,
        }
    }

    /// Whether the rule accepts this sample.
    pub fn check(&self) -> Result<(), Rejected> {
        if self.words < MIN_WORDS {
            Err(Rejected::TooFewWords)
        } else if self.millis < MIN_MILLIS {
            Err(Rejected::TooShort)
        } else if self.wpm() > SKIM_WPM {
            Err(Rejected::Skimming)
        } else {
            Ok(())
        }
    }
}

/// Collects the sample of one article while it is open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Session {
    /// When the last report came, unless the session is paused.
    last: Option<u64>,
    /// The fewest words left seen so far: the furthest point reached.
    furthest: Option<usize>,
    sample: Sample,
}

impl Session {
    /// The reader is active at `now` (milliseconds) with `words_left` words after the reading line.
    pub fn activity(&mut self, now: u64, words_left: usize) {
        let passed = self.furthest.map_or(0, |furthest| furthest.saturating_sub(words_left));
        // A clock that went backwards gives no gap at all.
        let gap = self.last.and_then(|last| now.checked_sub(last));
        if let Some(gap) = gap.filter(|gap| *gap <= IDLE_GAP_MILLIS) {
            self.sample.words = self.sample.words.saturating_add(u64::try_from(passed).unwrap_or(u64::MAX));
            self.sample.millis = self.sample.millis.saturating_add(gap);
        }
        self.furthest = Some(self.furthest.map_or(words_left, |furthest| furthest.min(words_left)));
        self.last = Some(now);
    }

    /// Reading stops here (page hidden, a jump): nothing until the next report counts.
    pub fn pause(&mut self) {
        self.last = None;
    }

    /// What was read so far.
    pub fn sample(&self) -> Sample {
        self.sample
    }
}

/// The accepted samples, oldest first, at most [`MAX_SAMPLES`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Speed {
    samples: Vec<Sample>,
}

impl Speed {
    pub fn samples(&self) -> &[Sample] {
        &self.samples
    }

    /// Learns from `sample` if the rule accepts it, forgetting the oldest beyond the bound.
    pub fn add(&mut self, sample: Sample) -> Result<(), Rejected> {
        sample.check()?;
        self.samples.push(sample);
        let excess = self.samples.len().saturating_sub(MAX_SAMPLES);
        self.samples.drain(..excess);
        Ok(())
    }

    /// The reader's words a minute: the median of the samples once there are enough, clamped;
    /// the default before.
    pub fn wpm(&self) -> u32 {
        if self.samples.len() < MIN_SAMPLES {
            return DEFAULT_WORDS_PER_MINUTE;
        }
        let mut speeds: Vec<u64> = self.samples.iter().map(Sample::wpm).collect();
        speeds.sort_unstable();
        let middle = speeds.len() / 2;
        let high = speeds.get(middle).copied().unwrap_or(u64::from(DEFAULT_WORDS_PER_MINUTE));
        // An even count has two middles: their mean.
        let median = match middle.checked_sub(1).and_then(|at| speeds.get(at)) {
            Some(low) if speeds.len().is_multiple_of(2) => low.saturating_add(high) / 2,
            _ => high,
        };
        u32::try_from(median.clamp(u64::from(MIN_WPM), u64::from(MAX_WPM))).unwrap_or(DEFAULT_WORDS_PER_MINUTE)
    }

    /// The stored JSON: `{"v":1,"samples":[[words,millis],…]}`.
    pub fn encode(&self) -> String {
        let samples: Vec<String> =
            self.samples.iter().map(|sample| format!("[{},{}]", sample.words, sample.millis)).collect();
        format!("{{\"v\":{SCHEMA_VERSION},\"samples\":[{}]}}", samples.join(","))
    }

    /// Reads a stored value. Anything that is not a versioned object gives no samples; entries
    /// that are unreadable or that the rule refuses are dropped one by one. A newer version's
    /// entries are read when they still have this shape.
    pub fn decode(value: &str) -> Speed {
        let Ok(value) = json::parse(value) else {
            return Speed::default();
        };
        let Some(1..) = value.field("v").and_then(Json::as_u64) else {
            return Speed::default();
        };
        let Some(Json::Array(entries)) = value.field("samples") else {
            return Speed::default();
        };
        let mut samples: Vec<Sample> = entries
            .iter()
            .filter_map(|entry| match entry {
                Json::Array(pair) => match pair.as_slice() {
                    [words, millis] => Some(Sample { words: words.as_u64()?, millis: millis.as_u64()? }),
                    _ => None,
                },
                _ => None,
            })
            .filter(|sample| sample.check().is_ok())
            .collect();
        let excess = samples.len().saturating_sub(MAX_SAMPLES);
        samples.drain(..excess);
        Speed { samples }
    }
}

/// Whole minutes to read `words` at `wpm` (clamped to the learned range), never below one: the
/// same rounding as `reading_time`, so default-speed figures match it exactly.
pub fn minutes(words: usize, wpm: u32) -> u32 {
    minutes_for(words, wpm.clamp(MIN_WPM, MAX_WPM))
}

#[cfg(test)]
mod tests;
