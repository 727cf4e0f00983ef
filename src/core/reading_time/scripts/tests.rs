//! Reading time by script: the classes of characters, and the Chinese feed read at its rate.
use super::*;
use crate::core::feed;
use crate::core::reading_time::{minutes_for, prose_word_count, word_count, DEFAULT_WORDS_PER_MINUTE};
use crate::core::test_support::corpora;
use crate::core::{body, html_text};

/// A paragraph of plain Japanese prose (kanji with hiragana and katakana), about 200 characters.
const JAPANESE: &str = "朝の電車はいつも混んでいるが、今日は珍しく座ることができた。窓の外には秋の田んぼが広がり、\
稲刈りを終えた畑に白い鳥が降りている。私は鞄から文庫本を取り出して、昨日の続きを読み始めた。\
主人公は小さな町の図書館で働く女性で、毎朝同じ時間に来る老人のことが気になっている。\
老人はいつも窓際の席に座り、古い地図を広げて何かを書き込んでいる。ある日、彼女は思い切って声をかけてみた。";

fn minutes(text: &str) -> u32 {
    minutes_for(word_count(text), DEFAULT_WORDS_PER_MINUTE)
}

#[test]
fn spaced_text_counts_as_before() {
    assert_eq!(word_count(" a\tb\n\nc  d "), 4);
    assert_eq!(word_count("Привіт, світе — як справи?"), 5);
    assert_eq!(word_count("مرحبا بالعالم"), 2);
    assert_eq!(word_count("안녕하세요 세계"), 2);
}

#[test]
fn scripts_are_told_apart() {
    assert_eq!([class('漢'), class('々'), class('𠀋')], [Class::Han; 3]);
    assert_eq!([class('か'), class('カ'), class('ー'), class('ｶ')], [Class::Kana; 4]);
    assert_eq!([class('ก'), class('ກ'), class('ក'), class('က')], [Class::Southeast; 4]);
    assert_eq!([class('a'), class('я'), class('ع'), class('한'), class('。'), class('Ｒ')], [Class::Spaced; 6]);
}

#[test]
fn latin_words_inside_cjk_are_words_and_punctuation_is_nothing() {
    let tally = Tally::of("我用Rust写代码。「JSON Feed」很好", |_| true);
    assert_eq!(tally, Tally { words: 3, han: 7, kana: 0, southeast: 0 });
}

#[test]
fn japanese_is_read_at_the_japanese_rate() {
    let tally = Tally::of(JAPANESE, |_| true);
    assert!(tally.kana > 0 && tally.han > 0);
    // 357 characters a minute: each is 230/357 of a word unit.
    let chars = tally.han + tally.kana;
    assert_eq!(tally.milli_word_units(), chars * 644);
}

#[test]
fn two_thousand_characters_of_japanese_take_five_minutes_or_more() {
    let mut text = String::new();
    while text.chars().count() < 2000 {
        text.push_str(JAPANESE);
        text.push('\n');
    }
    let text: String = text.chars().take(2000).collect();
    let minutes = minutes(&text);
    // 2,000 characters, some of them punctuation, at 357 a minute: five or six minutes.
    assert!((5..=6).contains(&minutes), "{minutes} min");
    // Words split on spaces made it one.
    assert_eq!(minutes_for(text.split_whitespace().count(), DEFAULT_WORDS_PER_MINUTE), 1);
}

#[test]
fn chinese_is_read_at_the_chinese_rate() {
    let tally = Tally::of("今天天气很好，我们去公园散步吧。", |_| true);
    assert_eq!((tally.han, tally.kana), (14, 0));
    assert_eq!(tally.milli_word_units(), 14 * 901);
}

#[test]
fn thai_counts_its_characters() {
    let thai = "ภาษาไทยเขียนติดกันโดยไม่เว้นวรรคระหว่างคำ";
    let tally = Tally::of(thai, |_| true);
    assert_eq!(tally.southeast as usize, thai.chars().count());
    assert!(word_count(thai) > 1);
}

#[test]
fn markdown_markers_stay_out_of_prose_counts() {
    assert_eq!(prose_word_count("## 标题\n\n- 一\n- 二"), (4 * 901 + 500) / 1000);
}

/// Minutes of each item of the Chinese corpus feed, at the default speed, with its Han count.
fn chinese_feed() -> Vec<(String, u64, u32)> {
    let path = corpora().join("feeds/seviche-blog-zh.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let feed = feed::parse(&text, "https://seviche.cc/feed.json").unwrap_or_else(|error| panic!("{error}"));
    feed.items
        .iter()
        .map(|item| {
            // The text the reading time counts: the paragraphs of the HTML, not its markup.
            let text = match &item.body {
                feed::BodySource::Html(html) => html_text::paragraphs(html).concat(),
                _ => String::new(),
            };
            let han = text.chars().filter(|character| class(*character) == Class::Han).count() as u64;
            (item.id.clone(), han, minutes_for(body::words(item), DEFAULT_WORDS_PER_MINUTE))
        })
        .collect()
}

#[test]
fn chinese_feed_articles_take_realistic_minutes() {
    let items = chinese_feed();
    assert!(items.len() > 50);
    for (id, han, minutes) in &items {
        // At least the Han characters alone at 255 a minute; English words and code come on top.
        let floor = (*han as f64 / f64::from(CHINESE_CHARS_PER_MINUTE)).floor() as u32;
        assert!(*minutes >= floor.max(1), "{id}: {han} Han characters in {minutes} min");
    }
    let reading = |wanted: &str| items.iter().find(|(id, _, _)| id == wanted).map(|(_, han, minutes)| (*han, *minutes));
    // "我在看什么 · 7 月": a monthly reading list, about 930 Han characters and some English titles.
    let (han, minutes) = reading("2022-07-31-reading-7").unwrap_or_default();
    assert!(han > 900 && (4..=7).contains(&minutes), "{han} Han, {minutes} min");
    // "D3.js 基础笔记": about 2,000 Han characters of notes among code.
    let (han, minutes) = reading("2022-07-23-d3").unwrap_or_default();
    assert!(han > 2000 && (8..=14).contains(&minutes), "{han} Han, {minutes} min");
}
