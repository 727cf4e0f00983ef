//! The learned reading speed: sessions, the sample rule, the estimate and the stored schema.

use super::*;
use crate::core::reading_time::minutes_for;

/// Runs a session script: `SECONDS:WORDS_LEFT` reports the reader active, `pause` pauses.
fn session(script: &str) -> Sample {
    let mut session = Session::default();
    for step in script.split_whitespace() {
        match step.split_once(':') {
            Some((seconds, left)) => session.activity(seconds.parse::<u64>().unwrap() * 1000, left.parse().unwrap()),
            None if step == "pause" => session.pause(),
            None => panic!("unknown step {step:?}"),
        }
    }
    session.sample()
}

#[track_caller]
fn check_session(script: &str, words: u64, seconds: u64) {
    assert_eq!(session(script), Sample { words, millis: seconds * 1000 });
}

#[track_caller]
fn check_sample(words: u64, seconds: u64, expected: Result<(), Rejected>) {
    assert_eq!(Sample { words, millis: seconds * 1000 }.check(), expected, "{words} words in {seconds} s");
}

/// The speed learned from samples given as words-a-minute over one minute each.
fn speed_of(speeds: &[u64]) -> Speed {
    let mut speed = Speed::default();
    for &wpm in speeds {
        speed.add(Sample { words: wpm, millis: 60_000 }).unwrap();
    }
    speed
}

#[track_caller]
fn check_wpm(speeds: &[u64], expected: u32) {
    assert_eq!(speed_of(speeds).wpm(), expected, "{speeds:?}");
}

#[test]
fn steady_reading_counts_every_word_and_second() {
    check_session("0:1000 30:900 60:800 90:700", 300, 90);
}

#[test]
fn a_gap_over_a_minute_is_idle_with_the_words_passed_in_it() {
    check_session("0:1000 30:900 200:500 230:400", 200, 60);
    check_session("0:1000 60:900 121:800", 100, 60);
}

#[test]
fn scrolling_back_and_rereading_adds_time_but_no_words() {
    check_session("0:1000 30:900 40:950 50:980 70:900 90:850", 150, 90);
}

#[test]
fn a_pause_leaves_out_what_happens_until_the_next_report() {
    check_session("0:1000 30:900 pause 35:200 65:100", 200, 60);
    check_session("pause 0:1000 pause pause 20:900", 0, 0);
}

#[test]
fn a_clock_that_goes_backwards_counts_nothing() {
    check_session("100:1000 50:900 80:800", 100, 30);
}

#[test]
fn an_empty_session_is_an_empty_sample() {
    check_session("", 0, 0);
    check_session("0:500", 0, 0);
}

#[test]
fn small_samples_are_refused() {
    check_sample(99, 60, Err(Rejected::TooFewWords));
    check_sample(100, 19, Err(Rejected::TooShort));
    check_sample(0, 0, Err(Rejected::TooFewWords));
    check_sample(100, 20, Ok(()));
}

#[test]
fn skimming_is_refused() {
    check_sample(1001, 60, Err(Rejected::Skimming));
    check_sample(1000, 60, Ok(()));
    check_sample(5000, 20, Err(Rejected::Skimming));
    assert_eq!(Sample { words: u64::MAX, millis: 0 }.wpm(), u64::MAX);
}

#[test]
fn fewer_than_three_samples_give_the_default() {
    check_wpm(&[], 230);
    check_wpm(&[400, 400], 230);
}

#[test]
fn the_median_ignores_one_odd_article() {
    check_wpm(&[300, 310, 320], 310);
    check_wpm(&[300, 999, 310], 310);
    check_wpm(&[100, 300, 310], 300);
    check_wpm(&[300, 310, 320, 330], 315);
}

#[test]
fn the_estimate_is_clamped() {
    check_wpm(&[950, 990, 1000], 800);
    let slow: Vec<Sample> = (0..3).map(|_| Sample { words: 100, millis: 600_000 }).collect();
    let mut speed = Speed::default();
    for sample in slow {
        speed.add(sample).unwrap();
    }
    assert_eq!(speed.wpm(), 80);
}

#[test]
fn refused_samples_are_not_learned() {
    let mut speed = speed_of(&[300, 300]);
    assert_eq!(speed.add(Sample { words: 5000, millis: 60_000 }), Err(Rejected::Skimming));
    assert_eq!((speed.samples().len(), speed.wpm()), (2, 230));
}

#[test]
fn only_the_last_twenty_samples_are_kept() {
    let speeds: Vec<u64> = (0..25).map(|n| if n < 5 { 900 } else { 200 + n }).collect();
    let speed = speed_of(&speeds);
    assert_eq!(speed.samples().len(), MAX_SAMPLES);
    assert_eq!(speed.samples()[0].words, 205);
    check_wpm(&speeds, 214);
}

#[test]
fn minutes_match_reading_time_at_the_default_speed() {
    for words in (0..10_000).step_by(37) {
        assert_eq!(minutes(words, DEFAULT_WORDS_PER_MINUTE), minutes_for(words, DEFAULT_WORDS_PER_MINUTE), "{words}");
    }
}

#[test]
fn minutes_follow_the_speed_and_never_drop_below_one() {
    for (words, wpm, expected) in
        [(0, 300, 1), (300, 300, 1), (301, 300, 2), (1000, 500, 2), (1000, 0, 13), (1000, 10_000, 2)]
    {
        assert_eq!(minutes(words, wpm), expected, "{words} words at {wpm}");
    }
}

#[test]
fn samples_round_trip_through_storage() {
    let speed = speed_of(&[250, 260, 300, 310]);
    assert_eq!(speed.encode(), r#"{"v":1,"samples":[[250,60000],[260,60000],[300,60000],[310,60000]]}"#);
    assert_eq!(Speed::decode(&speed.encode()), speed);
    assert_eq!(Speed::decode(&Speed::default().encode()), Speed::default());
}

#[test]
fn what_is_not_a_stored_speed_gives_no_samples() {
    for stored in [
        "",
        "nope",
        "null",
        "[]",
        "{}",
        r#"{"samples":[[300,60000]]}"#,
        r#"{"v":1}"#,
        r#"{"v":1,"samples":{}}"#,
        r#"{"v":"1","samples":[[300,60000]]}"#,
    ] {
        assert_eq!(Speed::decode(stored), Speed::default(), "{stored}");
    }
}

#[test]
fn each_bad_entry_is_dropped_alone() {
    let stored = r#"{"v":1,"samples":[[300,60000],[300],[300,60000,1],["300",60000],[-3,60000],[300,60000.5],[5000,60000],[10,60000],null,7,[320,60000]]}"#;
    assert_eq!(
        Speed::decode(stored).samples(),
        [Sample { words: 300, millis: 60_000 }, Sample { words: 320, millis: 60_000 }]
    );
}

#[test]
fn a_newer_version_keeps_the_samples_it_can_read() {
    let stored = r#"{"v":2,"samples":[[300,60000],{"words":1,"ms":2}],"model":"fancy"}"#;
    assert_eq!(Speed::decode(stored).samples(), [Sample { words: 300, millis: 60_000 }]);
}

#[test]
fn a_tampered_store_is_bounded_too() {
    let entries = vec!["[300,60000]"; 500].join(",");
    let speed = Speed::decode(&format!(r#"{{"v":1,"samples":[{entries}]}}"#));
    assert_eq!(speed.samples().len(), MAX_SAMPLES);
    let _ = Speed::decode(r#"{"v":1,"samples":[[18446744073709551615,1],[99999999999999999999999,1]]}"#);
}

#[test]
fn the_storage_key_is_lecterns() {
    assert!(STORAGE_KEY.starts_with(crate::core::storage_keys::KEY_PREFIX));
}
