//! The listening machine, driven by small scripts, and chunking.

use super::*;

/// Runs `script` (one event a line) on a machine for `texts` and writes, per event, the actions
/// and the state after it: `event → actions | state`. Events: `start N`, `pause`, `resume`,
/// `stop`, `end` (the engine finished the last utterance spoken), `end old` (the one spoken before
/// it), `fail`, `rate R`, `voice`.
fn run(texts: &[&str], script: &str) -> String {
    let texts: Vec<String> = texts.iter().map(|text| (*text).to_owned()).collect();
    let mut machine = Listening::new(&texts);
    let mut spoken: Vec<Utterance> = Vec::new();
    let mut lines = Vec::new();
    for line in script.trim().lines().map(str::trim) {
        let last = |back: usize| spoken.len().checked_sub(back + 1).and_then(|at| spoken.get(at)).copied();
        let event = match line.split_once(' ').unwrap_or((line, "")) {
            ("start", from) => Event::Start(from.parse().unwrap()),
            ("pause", _) => Event::Pause,
            ("resume", _) => Event::Resume,
            ("stop", _) => Event::Stop,
            ("end", "") => Event::UtteranceEnded(last(0).expect("nothing spoken yet")),
            ("end", "old") => Event::UtteranceEnded(last(1).expect("nothing spoken before")),
            ("fail", _) => Event::UtteranceFailed(last(0).expect("nothing spoken yet")),
            ("rate", rate) => Event::RateChanged(rate.parse().unwrap()),
            ("voice", _) => Event::VoiceChanged,
            _ => panic!("unknown event {line:?}"),
        };
        let actions: Vec<String> = machine
            .handle(event)
            .into_iter()
            .map(|action| match action {
                Action::Cancel => "cancel".to_owned(),
                Action::Speak { utterance, text, rate } => {
                    spoken.push(utterance);
                    format!("speak {}.{} {text:?} x{rate}", utterance.unit, utterance.chunk)
                }
                Action::Highlight(Some(unit)) => format!("highlight {unit}"),
                Action::Highlight(None) => "unhighlight".to_owned(),
                Action::SavePlace { unit } => format!("save {unit}"),
            })
            .collect();
        let state = match machine.state() {
            State::Idle => "idle".to_owned(),
            State::Speaking { unit, chunk } => format!("speaking {unit}.{chunk}"),
            State::Paused { unit, chunk } => format!("paused {unit}.{chunk}"),
            State::Finished => "finished".to_owned(),
        };
        lines.push(format!("{line} → {} | {state}", actions.join("; ")));
    }
    lines.join("\n")
}

#[track_caller]
fn check(texts: &[&str], script: &str, expected: &str) {
    let expected: Vec<&str> = expected.trim().lines().map(str::trim).collect();
    assert_eq!(run(texts, script), expected.join("\n"));
}

const THREE: &[&str] = &["One.", "", "Three."];

#[test]
fn speaks_from_the_start_unit_to_the_end_skipping_empty_units() {
    check(
        THREE,
        "start 0\nend\nend",
        r#"
start 0 → cancel; speak 0.0 "One." x1; highlight 0; save 0 | speaking 0.0
end → speak 2.0 "Three." x1; highlight 2; save 2 | speaking 2.0
end → unhighlight | finished"#,
    );
}

#[test]
fn a_start_on_an_empty_unit_speaks_the_next_one() {
    check(THREE, "start 1", r#"start 1 → cancel; speak 2.0 "Three." x1; highlight 2; save 2 | speaking 2.0"#);
}

#[test]
fn a_start_past_the_end_finishes_at_once() {
    check(THREE, "start 3", "start 3 → cancel; unhighlight | finished");
    check(&[], "start 0", "start 0 → cancel; unhighlight | finished");
}

#[test]
fn a_long_unit_is_spoken_chunk_by_chunk_then_moves_on() {
    let long = format!("{} {}", "A sentence of words here.".repeat(5), "Another sentence of words here.".repeat(5));
    let texts = [long.as_str(), "Next."];
    let spoken = run(&texts, "start 0\nend\nend");
    let lines: Vec<&str> = spoken.lines().collect();
    assert!(
        lines[0].contains("speak 0.0") && lines[1].contains("speak 0.1") && lines[2].contains("speak 1.0"),
        "{spoken}"
    );
    assert!(!lines[1].contains("highlight") && lines[2].contains("highlight 1; save 1"), "{spoken}");
}

#[test]
fn pause_cancels_and_resume_speaks_the_same_utterance_again() {
    check(
        THREE,
        "start 0\npause\nresume\nend",
        r#"
start 0 → cancel; speak 0.0 "One." x1; highlight 0; save 0 | speaking 0.0
pause → cancel | paused 0.0
resume → speak 0.0 "One." x1 | speaking 0.0
end → speak 2.0 "Three." x1; highlight 2; save 2 | speaking 2.0"#,
    );
}

#[test]
fn stop_cancels_and_clears_the_highlight() {
    check(
        THREE,
        "start 0\nstop\nstart 2\npause\nstop\nstop",
        r#"
start 0 → cancel; speak 0.0 "One." x1; highlight 0; save 0 | speaking 0.0
stop → cancel; unhighlight | idle
start 2 → cancel; speak 2.0 "Three." x1; highlight 2; save 2 | speaking 2.0
pause → cancel | paused 2.0
stop → cancel; unhighlight | idle
stop →  | idle"#,
    );
}

#[test]
fn the_end_of_a_cancelled_utterance_is_ignored_even_for_the_same_unit() {
    check(
        THREE,
        "start 0\nrate 2\nend old\nend",
        r#"
start 0 → cancel; speak 0.0 "One." x1; highlight 0; save 0 | speaking 0.0
rate 2 → cancel; speak 0.0 "One." x2 | speaking 0.0
end old →  | speaking 0.0
end → speak 2.0 "Three." x2; highlight 2; save 2 | speaking 2.0"#,
    );
}

#[test]
fn ends_arriving_after_pause_stop_or_a_new_start_are_ignored() {
    check(
        THREE,
        "start 0\npause\nend\nresume\nstop\nend\nstart 2\nend old",
        r#"
start 0 → cancel; speak 0.0 "One." x1; highlight 0; save 0 | speaking 0.0
pause → cancel | paused 0.0
end →  | paused 0.0
resume → speak 0.0 "One." x1 | speaking 0.0
stop → cancel; unhighlight | idle
end →  | idle
start 2 → cancel; speak 2.0 "Three." x1; highlight 2; save 2 | speaking 2.0
end old →  | speaking 2.0"#,
    );
}

#[test]
fn rate_is_clamped_and_kept_while_paused() {
    check(
        THREE,
        "rate 9\nstart 0\npause\nrate 0.1\nrate 0.5\nresume",
        r#"
rate 9 →  | idle
start 0 → cancel; speak 0.0 "One." x3; highlight 0; save 0 | speaking 0.0
pause → cancel | paused 0.0
rate 0.1 →  | paused 0.0
rate 0.5 →  | paused 0.0
resume → speak 0.0 "One." x0.5 | speaking 0.0"#,
    );
}

#[test]
fn an_unchanged_or_nonsense_rate_does_not_restart() {
    check(
        THREE,
        "start 0\nrate 1\nrate NaN\nrate inf",
        r#"
start 0 → cancel; speak 0.0 "One." x1; highlight 0; save 0 | speaking 0.0
rate 1 →  | speaking 0.0
rate NaN →  | speaking 0.0
rate inf →  | speaking 0.0"#,
    );
}

#[test]
fn a_new_voice_restarts_the_current_utterance_only_while_speaking() {
    check(
        THREE,
        "voice\nstart 2\nvoice\nend",
        r#"
voice →  | idle
start 2 → cancel; speak 2.0 "Three." x1; highlight 2; save 2 | speaking 2.0
voice → cancel; speak 2.0 "Three." x1 | speaking 2.0
end → unhighlight | finished"#,
    );
}

#[test]
fn an_engine_error_for_the_current_utterance_stops() {
    check(
        THREE,
        "start 0\nfail\nresume",
        r#"
start 0 → cancel; speak 0.0 "One." x1; highlight 0; save 0 | speaking 0.0
fail → cancel; unhighlight | idle
resume →  | idle"#,
    );
}

#[test]
fn commands_that_do_not_apply_change_nothing() {
    check(THREE, "pause\nresume\nstop", "pause →  | idle\nresume →  | idle\nstop →  | idle");
    check(
        THREE,
        "start 2\nend\npause\nresume\nstop",
        r#"
start 2 → cancel; speak 2.0 "Three." x1; highlight 2; save 2 | speaking 2.0
end → unhighlight | finished
pause →  | finished
resume →  | finished
stop →  | idle"#,
    );
}

#[test]
fn toggle_starts_pauses_and_resumes() {
    let mut machine = Listening::new(&["One.".to_owned()]);
    assert_eq!(machine.toggle(0), Event::Start(0));
    machine.handle(Event::Start(0));
    assert_eq!(machine.toggle(0), Event::Pause);
    machine.handle(Event::Pause);
    assert_eq!(machine.toggle(0), Event::Resume);
    machine.handle(Event::Stop);
    assert_eq!(machine.toggle(0), Event::Start(0));
}

#[track_caller]
fn check_chunks(text: &str, max: usize, expected: &[&str]) {
    let chunks = chunks(text, max);
    assert_eq!(chunks, expected);
    assert!(chunks.iter().all(|chunk| chunk.chars().count() <= max.max(1)), "{chunks:?}");
}

#[test]
fn short_text_is_one_chunk() {
    check_chunks("  One   short\nsentence.  ", 200, &["One short sentence."]);
}

#[test]
fn empty_text_has_no_chunks() {
    check_chunks(" \n\t", 200, &[]);
}

#[test]
fn sentences_are_packed_while_they_fit() {
    check_chunks("One two. Three four. Five six. Seven.", 20, &["One two. Three four.", "Five six. Seven."]);
}

#[test]
fn questions_quotes_and_brackets_end_sentences() {
    check_chunks("Why not? \"Because.\" (Indeed.) Then!", 12, &["Why not?", "\"Because.\"", "(Indeed.)", "Then!"]);
}

#[test]
fn a_long_sentence_is_cut_at_its_clauses() {
    check_chunks(
        "First part, second part; third — and the last part.",
        16,
        &["First part,", "second part;", "third — and the", "last part."],
    );
}

#[test]
fn a_long_clause_is_cut_between_words() {
    check_chunks("alpha beta gamma delta epsilon", 11, &["alpha beta", "gamma delta", "epsilon"]);
}

#[test]
fn a_word_longer_than_the_limit_is_cut_inside() {
    check_chunks("abcdefghij", 4, &["abcd", "efgh", "ij"]);
    check_chunks("x", 0, &["x"]);
}

#[test]
fn text_without_spaces_is_cut_after_its_full_stops() {
    check_chunks("一二三。四五六。七八九十。", 9, &["一二三。四五六。", "七八九十。"]);
    check_chunks("一二三，四五六七八", 6, &["一二三，", "四五六七八"]);
}

#[test]
fn chunks_stay_within_200_characters_and_lose_no_words() {
    let text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(40)
        + &"Supercalifragilistic".repeat(30)
        + " Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua";
    let chunks = chunks(&text, MAX_CHUNK_CHARS);
    assert!(chunks.iter().all(|chunk| chunk.chars().count() <= MAX_CHUNK_CHARS));
    let rejoined: String = chunks.concat().chars().filter(|c| !c.is_whitespace()).collect();
    let original: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(rejoined, original);
}

#[test]
fn unit_texts_follow_the_anchor_units() {
    let blocks = crate::core::markdown::blocks(
        "## Title\n\nA *para*graph.\n\n- one\n- two\n\n---\n\n```\ncode\n```\n\n![Alt text](a.png)\n\n> Quoted.",
        "https://example.com/feed.json",
    );
    assert_eq!(unit_texts(&blocks), ["Title", "A paragraph.", "one", "two", "", "Alt text", "Quoted."]);
    assert_eq!(unit_texts(&blocks).len(), crate::core::anchor::Anchors::of(&blocks).units.len());
}

#[test]
fn unit_texts_count_as_many_units_as_anchors_in_the_seed_feed() {
    const BASE: &str = "https://example.com/feed.json";
    let feed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/feed.json")).unwrap();
    let feed = crate::core::feed::parse(&feed, BASE).unwrap();
    for item in &feed.items {
        let body = crate::core::body::body(item, BASE, &crate::core::test_support::parse_html);
        assert_eq!(
            unit_texts(&body.blocks).len(),
            crate::core::anchor::Anchors::of(&body.blocks).units.len(),
            "{}",
            item.id
        );
    }
}
