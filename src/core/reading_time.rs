//! Reading time: the words of an article body turned into whole minutes, by script.
//!
//! Most scripts separate words with spaces, and their words are counted. Chinese, Japanese, Thai,
//! Lao, Khmer and Myanmar do not, so their characters are counted instead and weighted to what
//! they take to read, in *word units*: the time one word of spaced text takes at
//! [`DEFAULT_WORDS_PER_MINUTE`]. Everything downstream (minutes, the words left after the reading
//! line, the learned speed) works in word units, so a learned speed is the reader's pace relative
//! to the published rates and carries over from one script to another.
//!
//! The rates (per minute):
//!
//! | Text                                   | Counted       | Rate | Source |
//! |----------------------------------------|---------------|------|--------|
//! | Spaced scripts (Latin, Cyrillic, Arabic, Hangul…) | words | 230 | Lectern's default since the start; IReST's English is 228 wpm, Brysbaert (2019) gives 238 wpm for silent reading of English non-fiction |
//! | Chinese: Han characters, no kana       | characters    | 255  | IReST, Chinese (Trauzettel-Klosinski & Dietz 2012, Table 2) |
//! | Japanese: any kana in the text          | kanji and kana | 357 | IReST, Japanese (same table) |
//! | Thai, Lao, Khmer, Myanmar, Tai Tham, New Tai Lue | characters | 863 | IReST's mean over its 17 languages (abstract): it has no text in these scripts, so this is an estimate |
//!
//! IReST (Trauzettel-Klosinski S, Dietz K. "Standardized assessment of reading performance: the
//! new International Reading Speed Texts IReST", IOVS 53(9):5452–5461, 2012) timed reading
//! aloud of texts with the same content in 17 languages; its English rate is within 1% of the
//! default, so its other rates sit on the same scale. Brysbaert M. "How many words do we read per
//! minute? A review and meta-analysis of reading rate", Journal of Memory and Language 109:104047,
//! 2019, is the reference for silent reading in English. Spaced languages are not given rates of
//! their own: IReST's rates in texts a minute, the same content in each language, differ far less
//! than its words a minute, which mostly follow word length.
//!
//! Japanese is told from Chinese by its kana: Han characters in a text with any hiragana or
//! katakana are read at the Japanese rate.

mod scripts;

/// Words a typical adult reads per minute in running prose on a screen.
pub const DEFAULT_WORDS_PER_MINUTE: u32 = 230;

/// Counts word units the way a reader perceives them: runs of characters between whitespace,
/// and characters of scripts written without spaces at their reading rate (see the module).
pub fn word_count(text: &str) -> usize {
    scripts::Tally::of(text, |_| true).word_units()
}

/// Whole minutes to read `words` at `words_per_minute`, rounded up, never less than one.
pub fn minutes_for(words: usize, words_per_minute: u32) -> u32 {
    let per_minute = words_per_minute.max(1) as usize;
    let minutes = words.div_ceil(per_minute).max(1);
    u32::try_from(minutes).unwrap_or(u32::MAX)
}

/// Counts the words of markdown source: whitespace-separated runs with a letter or digit in them,
/// so list bullets, `#` and `>` markers are not words.
pub fn prose_word_count(text: &str) -> usize {
    scripts::Tally::of(text, |token| token.chars().any(char::is_alphanumeric)).word_units()
}

/// How the time left reads on screen in English: "3 min left" (`i18n::format::minutes_left` in
/// the reader's language), at `words_per_minute` (the default, or the
/// reader's learned speed), never below one.
pub fn left_label(words: usize, words_per_minute: u32) -> String {
    format!("{} min left", minutes_for(words, words_per_minute))
}

/// How the reading time reads on screen in English: "4 min read" (`i18n::format::minutes_read`
/// in the reader's language).
pub fn label(minutes: u32) -> String {
    format!("{minutes} min read")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(words: usize, expected: u32) {
        assert_eq!(minutes_for(words, DEFAULT_WORDS_PER_MINUTE), expected);
    }

    #[test]
    fn empty_text_still_takes_a_minute() {
        check(0, 1);
    }
    #[test]
    fn one_word_takes_a_minute() {
        check(1, 1);
    }
    #[test]
    fn a_full_minute_of_words_is_one_minute() {
        check(230, 1);
    }
    #[test]
    fn one_word_over_rounds_up() {
        check(231, 2);
    }
    #[test]
    fn a_long_read_takes_its_time() {
        check(6_000, 27);
    }
    #[test]
    fn zero_speed_does_not_divide_by_zero() {
        assert_eq!(minutes_for(10, 0), 10);
    }
    #[test]
    fn words_are_split_on_any_whitespace() {
        assert_eq!(word_count(" a\tb\n\nc  d "), 4);
    }

    #[test]
    fn label_reads_naturally() {
        assert_eq!(label(4), "4 min read");
    }
    #[test]
    fn left_label_reads_naturally() {
        let at = |words, wpm| left_label(words, wpm);
        assert_eq!(
            (at(0, 230), at(700, 230), at(700, 350)),
            ("1 min left".to_owned(), "4 min left".to_owned(), "2 min left".to_owned())
        );
    }

    #[test]
    fn markdown_markers_are_not_words() {
        assert_eq!(prose_word_count("## Heading\n\n- one\n- two\n\n> — quote, 3 ---"), 5);
    }
}
