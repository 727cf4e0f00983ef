//! Cutting a unit's text into utterances short enough for speech engines, at sentence ends
//! where it can.

/// Marks that end a sentence, and closers that may follow them (`."`, `?)`).
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '…', '。', '！', '？'];
const CLAUSE_ENDS: &[char] = &[',', ';', ':', '，', '；', '：', '、'];
const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»', '」', '』'];
const DASHES: &[char] = &['—', '–'];

/// Cuts `text` (its whitespace collapsed) into pieces of at most `max_chars` characters: whole
/// sentences packed together where they fit; a longer sentence at its commas, semicolons and
/// dashes, then between words; a longer word (or a run of text without spaces, as Chinese and
/// Japanese are written) after its last full stop, else its last comma, else at the limit.
pub fn chunks(text: &str, max_chars: usize) -> Vec<String> {
    let max = max_chars.max(1);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut pieces = Vec::new();
    for sentence in groups(&words, |word| ends_with(word, SENTENCE_ENDS)) {
        if length(sentence) <= max {
            pieces.push((sentence.join(" "), false));
            continue;
        }
        let clause_end = |word: &str| ends_with(word, CLAUSE_ENDS) || word.ends_with(DASHES);
        for clause in groups(sentence, clause_end) {
            if length(clause) <= max {
                pieces.push((clause.join(" "), false));
                continue;
            }
            for word in clause {
                split_word(word, max, &mut pieces);
            }
        }
    }
    pack(pieces, max)
}

/// Runs of words, each ending with a word `ends` accepts (or the last word).
fn groups<'a, 'w>(words: &'a [&'w str], ends: impl Fn(&str) -> bool) -> Vec<&'a [&'w str]> {
    let mut out = Vec::new();
    let mut start = 0;
    for (index, word) in words.iter().enumerate() {
        if ends(word) || index + 1 == words.len() {
            out.extend(words.get(start..=index));
            start = index + 1;
        }
    }
    out
}

fn ends_with(word: &str, marks: &[char]) -> bool {
    word.trim_end_matches(CLOSERS).ends_with(marks)
}

/// Characters of the words joined by single spaces.
fn length(words: &[&str]) -> usize {
    words.iter().map(|word| word.chars().count()).sum::<usize>() + words.len().saturating_sub(1)
}

/// Cuts one word longer than `max` characters into pieces glued to each other (no space).
fn split_word(word: &str, max: usize, pieces: &mut Vec<(String, bool)>) {
    let chars: Vec<char> = word.chars().collect();
    let mut start = 0;
    let mut glued = false;
    while start < chars.len() {
        let end = start.saturating_add(max).min(chars.len());
        let cut = if end == chars.len() {
            end
        } else {
            let after = |marks: &[char]| {
                (start + 1..=end).rev().find(|&at| chars.get(at - 1).is_some_and(|c| marks.contains(c)))
            };
            after(SENTENCE_ENDS).or_else(|| after(CLAUSE_ENDS)).unwrap_or(end)
        };
        pieces.push((chars.get(start..cut).unwrap_or_default().iter().collect(), glued));
        glued = true;
        start = cut;
    }
}

/// Joins pieces greedily while they fit in `max`: pieces are never longer than `max` alone.
fn pack(pieces: Vec<(String, bool)>, max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_chars = 0;
    for (piece, glued) in pieces {
        let piece_chars = piece.chars().count();
        let joiner = usize::from(!glued);
        if current.is_empty() {
            current = piece;
            current_chars = piece_chars;
        } else if current_chars + joiner + piece_chars <= max {
            if !glued {
                current.push(' ');
            }
            current.push_str(&piece);
            current_chars += joiner + piece_chars;
        } else {
            out.push(std::mem::replace(&mut current, piece));
            current_chars = piece_chars;
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}
