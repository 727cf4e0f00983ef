//! Which characters belong to scripts written without spaces, and the tally of a text in words
//! and such characters, weighted into word units at the rates of the parent module.

use super::DEFAULT_WORDS_PER_MINUTE;

/// Characters a minute, from the table in `reading_time`.
pub const CHINESE_CHARS_PER_MINUTE: u32 = 255;
pub const JAPANESE_CHARS_PER_MINUTE: u32 = 357;
pub const SOUTHEAST_ASIAN_CHARS_PER_MINUTE: u32 = 863;

/// How a character is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Part of a word of a spaced script, punctuation or a symbol.
    Spaced,
    /// Han ideographs (hanzi, kanji) and their iteration marks.
    Han,
    /// Hiragana and katakana, the prolonged sound mark included.
    Kana,
    /// Thai, Lao, Khmer, Myanmar and the Tai scripts: letters of words written without spaces.
    Southeast,
}

pub fn class(character: char) -> Class {
    match u32::from(character) {
        0x3005..=0x3007 | 0x3021..=0x3029 | 0x3038..=0x303B | 0x3400..=0x4DBF | 0x4E00..=0x9FFF => Class::Han,
        0xF900..=0xFAFF | 0x2_0000..=0x3_23AF => Class::Han,
        0x3041..=0x309F | 0x30A0..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F | 0x1_B000..=0x1_B16F => Class::Kana,
        0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x1980..=0x19FF | 0x1A20..=0x1AAF => Class::Southeast,
        0xA9E0..=0xA9FF | 0xAA60..=0xAA7F => Class::Southeast,
        _ => Class::Spaced,
    }
}

/// What a text holds, as a reader paces through it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub words: u64,
    pub han: u64,
    pub kana: u64,
    pub southeast: u64,
}

impl Tally {
    /// Tallies `text`. A whitespace-separated token of spaced script counts as a word when `word`
    /// accepts it (exactly as before scripts were told apart). Inside a token with unspaced
    /// characters, each run of letters or digits between them ("Rust" in "用Rust写") is a word and
    /// punctuation ("。", "「") is nothing.
    pub fn of(text: &str, word: impl Fn(&str) -> bool) -> Tally {
        let mut tally = Tally::default();
        for token in text.split_whitespace() {
            if !token.chars().any(|character| class(character) != Class::Spaced) {
                tally.words += u64::from(word(token));
                continue;
            }
            let mut in_word = false;
            for character in token.chars() {
                let class = class(character);
                if class == Class::Spaced {
                    in_word |= character.is_alphanumeric();
                    continue;
                }
                tally.words += u64::from(std::mem::take(&mut in_word));
                match class {
                    Class::Han => tally.han += 1,
                    Class::Kana => tally.kana += 1,
                    Class::Southeast => tally.southeast += 1,
                    Class::Spaced => {}
                }
            }
            tally.words += u64::from(in_word);
        }
        tally
    }

    /// The tally in thousandths of a word unit: Han at the Japanese rate when kana shows the text
    /// is Japanese, else at the Chinese rate.
    pub fn milli_word_units(&self) -> u64 {
        let per_char = |chars_per_minute: u32| u64::from(DEFAULT_WORDS_PER_MINUTE) * 1000 / u64::from(chars_per_minute);
        let han_rate = if self.kana > 0 { JAPANESE_CHARS_PER_MINUTE } else { CHINESE_CHARS_PER_MINUTE };
        self.words.saturating_mul(1000)
            + self.han.saturating_mul(per_char(han_rate))
            + self.kana.saturating_mul(per_char(JAPANESE_CHARS_PER_MINUTE))
            + self.southeast.saturating_mul(per_char(SOUTHEAST_ASIAN_CHARS_PER_MINUTE))
    }

    /// Whole word units, rounded to the nearest.
    pub fn word_units(&self) -> usize {
        usize::try_from(self.milli_word_units().saturating_add(500) / 1000).unwrap_or(usize::MAX)
    }
}

#[cfg(test)]
mod tests;
