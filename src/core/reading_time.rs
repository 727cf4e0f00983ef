//! Reading time: words in an article body turned into whole minutes.

/// Words a typical adult reads per minute in running prose on a screen.
pub const DEFAULT_WORDS_PER_MINUTE: u32 = 230;

/// Counts words the way a reader perceives them: runs of characters between whitespace.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
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
    text.split_whitespace().filter(|token| token.chars().any(char::is_alphanumeric)).count()
}

/// How the time left reads on screen: "3 min left", at `words_per_minute` (the default, or the
/// reader's learned speed), never below one.
pub fn left_label(words: usize, words_per_minute: u32) -> String {
    format!("{} min left", minutes_for(words, words_per_minute))
}

/// How the reading time reads on screen: "4 min read".
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
