//! The catalogue's tests: every message in every language and form, parameters kept, the CLDR plural examples, negotiation and direction.
use super::direction::{dir, is_rtl};
use super::format;
use super::plural::{form, forms, Form, Operands};
use super::*;
use crate::core::feed::FeedError;

// The catalogue.

#[test]
fn every_message_reads_in_every_language_and_form() {
    for lang in Lang::ALL {
        for msg in Msg::ALL {
            for form in Form::ALL {
                let text = template(lang, *msg, form);
                assert!(!text.trim().is_empty(), "{}: {} ({form:?}) is empty", lang.tag(), msg.key());
            }
        }
    }
}

#[test]
fn every_translation_keeps_the_parameters_english_names() {
    for msg in Msg::ALL {
        let mut english: Vec<&str> = parameters(template(Lang::En, *msg, Form::Other));
        english.sort_unstable();
        english.dedup();
        for lang in Lang::ALL {
            for form in forms(lang) {
                let mut theirs = parameters(template(lang, *msg, *form));
                theirs.sort_unstable();
                theirs.dedup();
                // Arabic writes 0, 1 and 2 as words ("مقالان", two articles): its zero, one
                // and two forms may leave the number out. Every other form shows it.
                let spelled = lang == Lang::Ar && matches!(form, Form::Zero | Form::One | Form::Two);
                if spelled && !theirs.contains(&"count") && english.contains(&"count") {
                    theirs.push("count");
                    theirs.sort_unstable();
                }
                assert_eq!(theirs, english, "{}: {} ({form:?})", lang.tag(), msg.key());
            }
        }
    }
}

#[test]
fn braces_are_balanced_in_every_template() {
    for lang in Lang::ALL {
        for msg in Msg::ALL {
            for form in Form::ALL {
                let text = template(lang, *msg, form);
                assert_eq!(text.matches('{').count(), text.matches('}').count(), "{}: {}", lang.tag(), msg.key());
            }
        }
    }
}

#[test]
fn translations_are_not_left_in_english() {
    // Names, symbols and units that read the same everywhere may stay; everything else is translated.
    let same_everywhere = [
        Msg::ListSeparator,
        Msg::FullStop,
        Msg::VoiceName,
        Msg::KeyEscape,
        Msg::UsedOfQuota,
        Msg::Seconds,
        Msg::Minutes,
        Msg::Hours,
        Msg::HoursMinutes,
        Msg::Kilobytes,
        Msg::Megabytes,
        Msg::Gigabytes,
        Msg::Terabytes,
        Msg::PercentReadLeft,
        Msg::Pause,
        Msg::Stop,
        Msg::Theme,
        Msg::Export,
    ];
    // Words a language shares with English.
    let borrowed = [
        (Lang::De, Msg::FeedNavigation),
        (Lang::De, Msg::ThemeSepia),
        (Lang::Es, Msg::ThemeSepia),
        (Lang::Fr, Msg::ArticleCount),
        (Lang::Es, Msg::FeedNavigation),
        (Lang::Es, Msg::Bytes),
    ];
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
        let untranslated: Vec<&str> = Msg::ALL
            .iter()
            .filter(|msg| !same_everywhere.contains(msg) && !borrowed.contains(&(lang, **msg)))
            .filter(|msg| lang.text(**msg) == Lang::En.text(**msg))
            .map(|msg| msg.key())
            .collect();
        assert!(untranslated.is_empty(), "{} still in English: {untranslated:?}", lang.tag());
    }
}

#[test]
fn keys_are_unique_and_listed_once() {
    let mut keys: Vec<&str> = Msg::ALL.iter().map(|msg| msg.key()).collect();
    let count = keys.len();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), count);
    assert_eq!(crate::core::test_support::messages().len(), count);
}

// English is today's text.

#[test]
fn english_counts_read_as_before() {
    let en = Lang::En;
    assert_eq!(en.count(Msg::MinutesRead, 4), "4 min read");
    assert_eq!(en.count(Msg::MinutesLeft, 1), "1 min left");
    assert_eq!(en.count(Msg::NewSinceLastVisit, 1), "1 new article since your last visit");
    assert_eq!(en.count(Msg::NewSinceLastVisit, 3), "3 new articles since your last visit");
    assert_eq!(en.count(Msg::ArticleCount, 1), "1 article");
    assert_eq!(en.count(Msg::ArticleCount, 0), "0 articles");
    assert_eq!(en.count(Msg::OpmlNotReadable, 2), "2 feeds are not yet readable (Lectern reads JSON Feed):");
    assert_eq!(en.count(Msg::FeedTimedOut, 20), "The feed server did not answer within 20 seconds.");
}

#[test]
fn english_parameters_go_where_named() {
    let en = Lang::En;
    assert_eq!(en.t(Msg::ReadItOn, &[("host", Arg::Text("example.com"))]), "Read it on example.com");
    assert_eq!(
        en.t(Msg::ShowMoreArticles, &[("shown", Arg::Num(50)), ("count", Arg::Num(120))]),
        "Show more articles (50 of 120 shown)"
    );
    assert_eq!(en.t(Msg::PercentRead, &[("percent", Arg::Num(62))]), "62% read");
}

#[test]
fn numbers_are_grouped_as_each_language_writes_them() {
    // What Intl.NumberFormat gives for 1234 and 12345 (ICU 74, the same CLDR data as Chromium's).
    let shown = |lang: Lang, n: u64| lang.t(Msg::PercentRead, &[("percent", Arg::Num(n))]);
    let expected = [
        (Lang::En, "1,234", "12,345"),
        (Lang::Uk, "1\u{a0}234", "12\u{a0}345"),
        (Lang::De, "1.234", "12.345"),
        (Lang::Fr, "1\u{202f}234", "12\u{202f}345"),
        (Lang::Es, "1234", "12.345"),
        (Lang::Ar, "1,234", "12,345"),
    ];
    for (lang, thousands, tens) in expected {
        assert!(shown(lang, 1234).contains(thousands), "{lang:?}: {}", shown(lang, 1234));
        assert!(shown(lang, 12345).contains(tens), "{lang:?}: {}", shown(lang, 12345));
        assert!(shown(lang, 999).contains("999"), "{lang:?}");
    }
    assert_eq!(Lang::En.count(Msg::MinutesRead, 1_234_567), "1,234,567 min read");
    assert_eq!(Lang::En.count(Msg::MinutesRead, 0), "0 min read");
}

#[test]
fn a_missing_parameter_stays_visible_and_nothing_panics() {
    assert_eq!(Lang::En.t(Msg::ReadItOn, &[]), "Read it on {host}");
    assert_eq!(interpolate("{unclosed", &[("unclosed", Arg::Num(1))]), "{unclosed");
    assert_eq!(interpolate("{a}{b}", &[("a", Arg::Num(0)), ("b", Arg::Num(u64::MAX))]), "018446744073709551615");
}

#[test]
fn core_errors_read_as_their_display() {
    let errors = [
        FeedError::NotJson { line: 3, column: 7 },
        FeedError::NotAFeed("it has no list of items"),
        FeedError::MissingField { item: 2, field: "id" },
        FeedError::BadField { item: 1, field: "tags".to_owned(), problem: "invalid type".to_owned() },
        FeedError::NoItems,
        FeedError::WebPage { feed_link: None },
        FeedError::WebPage { feed_link: Some("https://x/feed.json".to_owned()) },
    ];
    for error in errors {
        assert_eq!(format::feed_error(Lang::En, &error), error.to_string());
    }
    use crate::core::history::ImportError;
    for error in [ImportError::NotJson, ImportError::NotHistory, ImportError::Newer(9), ImportError::Empty] {
        assert_eq!(format::import_error(Lang::En, &error), error.to_string());
    }
    use crate::core::library::AddError;
    for error in [AddError::Invalid, AddError::Full] {
        assert_eq!(format::add_error(Lang::En, &error), error.to_string());
    }
    use crate::core::body::Notice;
    for notice in [Notice::Empty, Notice::OnlyLink] {
        assert_eq!(Lang::En.text(format::notice(notice)), notice.to_string());
    }
}

#[test]
fn core_labels_read_as_before_in_english() {
    use crate::core::feed::byte_size;
    use crate::core::history::Status;
    use crate::core::reading_time::label;
    use crate::core::settings::{Font, LineWidth, Theme};
    use crate::core::shortcuts::HELP;
    for bytes in [0, 1, 999, 1000, 1500, 45_000_000, 9_900_000_000, 12_345_678_901_234] {
        assert_eq!(format::byte_size(Lang::En, bytes), byte_size(bytes));
    }
    assert_eq!(format::minutes_read(Lang::En, 4), label(4));
    for status in [Status::Unread, Status::Reading(62), Status::Finished] {
        assert_eq!(format::status(Lang::En, status), status.label());
    }
    for shortcut in HELP {
        assert_eq!(Lang::En.text(format::shortcut(shortcut.command)), shortcut.description);
    }
    for font in Font::ALL {
        assert_eq!(format::font(Lang::En, font), font.label());
    }
    for width in LineWidth::ALL {
        assert_eq!(Lang::En.text(format::line_width(width)), width.label());
    }
    for theme in Theme::ALL {
        assert_eq!(Lang::En.text(format::theme(theme)), theme.label());
    }
    let names = |names: &[&str]| format::name_list(Lang::En, names);
    assert_eq!(
        (names(&[]), names(&["A"]), names(&["A", "B"]), names(&["A", "B", "C"])),
        (None, Some("A".to_owned()), Some("A and B".to_owned()), Some("A, B and C".to_owned()))
    );
    assert_eq!(format::duration(Lang::En, 3720), "1 h 2 min");
    assert_eq!(format::duration(Lang::En, 45 * 60), "45 min");
    assert_eq!(format::duration(Lang::En, 30), "30 s");
}

#[test]
fn sizes_use_the_languages_decimal_sign() {
    assert_eq!(format::byte_size(Lang::De, 1_500_000), "1,5 MB");
    assert!(format::byte_size(Lang::Ar, 1_500_000).contains("1.5"));
}

#[test]
fn counts_take_each_languages_forms() {
    let uk = |count| Lang::Uk.count(Msg::ArticleCount, count);
    let (one, few, many) = (uk(21), uk(3), uk(11));
    assert!(one != few && few != many && one != many, "{one} / {few} / {many}");
    let ar: Vec<String> =
        [0, 1, 2, 3, 11, 100].into_iter().map(|count| Lang::Ar.count(Msg::ArticleCount, count)).collect();
    let mut distinct = ar.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 6, "{ar:?}");
}

// Plural rules, against the examples CLDR 46 gives with each rule (`plurals.xml`).

#[track_caller]
fn check_forms(lang: Lang, expected: Form, samples: &str) {
    for sample in samples.split(", ") {
        let operands = Operands::parse(sample).unwrap_or_else(|| panic!("bad sample {sample}"));
        assert_eq!(form(lang, operands), expected, "{} {sample}", lang.tag());
    }
}

/// "0~3" as 0, 1, 2, 3; "0.0~0.3" as 0.0, 0.1, 0.2, 0.3.
fn expand(samples: &str) -> String {
    samples
        .split(", ")
        .flat_map(|sample| match sample.split_once('~') {
            Some((from, to)) if from.contains('.') => {
                let digits = from.split_once('.').map_or(0, |(_, f)| f.len());
                let scale = 10u64.pow(digits as u32);
                let parse = |text: &str| (text.parse::<f64>().unwrap_or(0.0) * scale as f64).round() as u64;
                (parse(from)..=parse(to))
                    .map(|value| format!("{}.{:0width$}", value / scale, value % scale, width = digits))
                    .collect::<Vec<_>>()
            }
            Some((from, to)) => {
                (from.parse::<u64>().unwrap_or(0)..=to.parse().unwrap_or(0)).map(|n| n.to_string()).collect()
            }
            None => vec![sample.to_owned()],
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
fn english_and_german_plurals() {
    for lang in [Lang::En, Lang::De] {
        check_forms(lang, Form::One, "1");
        check_forms(lang, Form::Other, &expand("0, 2~16, 100, 1000, 10000, 100000, 1000000"));
        check_forms(lang, Form::Other, &expand("0.0~1.5, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0"));
    }
}

#[test]
fn spanish_plurals() {
    check_forms(Lang::Es, Form::One, "1, 1.0, 1.00, 1.000, 1.0000");
    check_forms(Lang::Es, Form::Many, "1000000, 2000000, 5000000");
    check_forms(Lang::Es, Form::Other, &expand("0, 2~16, 100, 1000, 10000, 100000"));
    check_forms(Lang::Es, Form::Other, &expand("0.0~0.9, 1.1~1.6, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0"));
}

#[test]
fn french_plurals() {
    check_forms(Lang::Fr, Form::One, &expand("0, 1, 0.0~1.5"));
    check_forms(Lang::Fr, Form::Many, "1000000, 3000000");
    check_forms(Lang::Fr, Form::Other, &expand("2~17, 100, 1000, 10000, 100000"));
    check_forms(Lang::Fr, Form::Other, &expand("2.0~3.5, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0"));
}

#[test]
fn ukrainian_plurals() {
    check_forms(Lang::Uk, Form::One, "1, 21, 31, 41, 51, 61, 71, 81, 101, 1001");
    check_forms(Lang::Uk, Form::Few, &expand("2~4, 22~24, 32~34, 42~44, 52~54, 62, 102, 1002"));
    check_forms(Lang::Uk, Form::Many, &expand("0, 5~19, 100, 1000, 10000, 100000, 1000000, 111, 112, 25~30"));
    check_forms(Lang::Uk, Form::Other, &expand("0.0~1.5, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0"));
}

#[test]
fn arabic_plurals() {
    check_forms(Lang::Ar, Form::Zero, "0, 0.0, 0.00, 0.000, 0.0000");
    check_forms(Lang::Ar, Form::One, "1, 1.0, 1.00, 1.000, 1.0000");
    check_forms(Lang::Ar, Form::Two, "2, 2.0, 2.00, 2.000, 2.0000");
    check_forms(Lang::Ar, Form::Few, &expand("3~10, 103~110, 1003"));
    check_forms(Lang::Ar, Form::Few, "3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 103.0, 1003.0");
    check_forms(Lang::Ar, Form::Many, &expand("11~26, 111, 1011"));
    check_forms(Lang::Ar, Form::Many, "11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 111.0, 1011.0");
    check_forms(
        Lang::Ar,
        Form::Other,
        &expand("100~102, 200~202, 300~302, 400~402, 500~502, 600, 1000, 10000, 100000, 1000000"),
    );
    check_forms(Lang::Ar, Form::Other, &expand("0.1~0.9, 1.1~1.7, 10.1, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0"));
}

#[test]
fn operands_read_numbers_as_written() {
    assert_eq!(Operands::parse("1.50"), Some(Operands { i: 1, v: 2, f: 50 }));
    assert_eq!(Operands::parse("-3"), Some(Operands::integer(3)));
    assert_eq!([Operands::parse(""), Operands::parse("1."), Operands::parse("x"), Operands::parse(".5")], [None; 4]);
}

// Choosing the language.

#[test]
fn negotiation_takes_the_first_language_lectern_speaks() {
    assert_eq!(Lang::negotiate(["uk-UA", "en"]), Lang::Uk);
    assert_eq!(Lang::negotiate(["pt-BR", "pt"]), Lang::En);
    assert_eq!(Lang::negotiate(["pt", "de-AT", "fr"]), Lang::De);
    assert_eq!(Lang::negotiate(["AR-eg"]), Lang::Ar);
    assert_eq!(Lang::negotiate(["es_419"]), Lang::Es);
    assert_eq!(Lang::negotiate(["fr-Latn-CA"]), Lang::Fr);
    assert_eq!(Lang::negotiate(Vec::<String>::new()), Lang::En);
    assert_eq!(Lang::negotiate(["", "*", "en-GB"]), Lang::En);
    // "ukr" and "ua" are not Ukrainian's BCP 47 tag: "ua" is the country.
    assert_eq!(Lang::negotiate(["ua", "ukr"]), Lang::En);
}

#[test]
fn languages_know_their_tag_and_direction() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        assert_eq!(lang.dir(), if lang == Lang::Ar { "rtl" } else { "ltr" });
    }
}

// Article direction.

#[test]
fn right_to_left_languages_and_scripts() {
    for tag in
        ["ar", "ar-EG", "he", "iw", "fa", "fa-IR", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "ku-Arab", "pa-Arab"]
    {
        assert!(is_rtl(tag), "{tag}");
    }
    for tag in ["syr", "nqo", "ff-Adlm", "uz-Arab-AF", "sr-Hebr", "dv-Thaa", "man-Nkoo", "sam-Samr"] {
        assert!(is_rtl(tag), "{tag}");
    }
    for tag in ["en", "uk", "ja", "zh-Hant", "ku", "az-Latn", "ug-Cyrl", "", "arab", "fr-CA", "ar-Latn"] {
        assert!(!is_rtl(tag), "{tag}");
    }
    assert_eq!((dir(None), dir(Some(" ")), dir(Some("he-IL")), dir(Some("de"))), ("auto", "auto", "rtl", "ltr"));
}

#[test]
fn attachment_details_read_as_before_in_english_and_translate() {
    use crate::core::feed::Attachment;
    let attachment = |mime: &str, size, duration| Attachment {
        url: "https://x/a".to_owned(),
        mime_type: mime.to_owned(),
        title: None,
        size_in_bytes: size,
        duration_in_seconds: duration,
    };
    for attachment in [
        attachment("audio/mpeg", Some(45_000_000), Some(3720)),
        attachment("video/mp4", None, Some(30)),
        attachment("application/pdf", Some(820_000), None),
        attachment("audio", None, None),
    ] {
        assert_eq!(format::attachment_details(Lang::En, &attachment), attachment.details());
    }
    let podcast = attachment("audio/mpeg", Some(1_500_000), Some(3720));
    assert_eq!(format::attachment_details(Lang::De, &podcast), "MPEG-Audio · 1,5 MB · 1 h 2 min");
    assert_eq!(format::attachment_details(Lang::Uk, &podcast), "Аудіо MPEG · 1,5 МБ · 1 год 2 хв");
}

#[test]
fn counted_nouns_agree_with_their_number() {
    let uk: Vec<String> = [1, 3, 5, 11, 21, 22, 25].map(|n| Lang::Uk.count(Msg::ArticleCount, n)).to_vec();
    assert_eq!(uk, ["1 стаття", "3 статті", "5 статей", "11 статей", "21 стаття", "22 статті", "25 статей"]);
    let ar: Vec<String> = [0, 1, 2, 3, 11, 100, 103].map(|n| Lang::Ar.count(Msg::ArticleCount, n)).to_vec();
    assert_eq!(ar, ["لا مقالات", "مقال واحد", "مقالان", "3 مقالات", "11 مقالًا", "100 مقال", "103 مقالات"]);
    assert_eq!(Lang::Fr.count(Msg::ArticleCount, 0), "0 article");
    assert_eq!(Lang::De.count(Msg::MinutesLeft, 3), "noch 3 Min.");
    assert_eq!(Lang::Es.count(Msg::MinutesLeft, 1), "Queda 1 min");
}

#[test]
fn a_widget_chooses_from_its_lang_then_the_page_then_the_browser() {
    // `lang` attribute, the host's `<html lang>`, then `navigator.languages`; blanks are skipped.
    assert_eq!(Lang::negotiate(["fr", "es", "en-US"]), Lang::Fr);
    assert_eq!(Lang::negotiate(["", "es", "en-US"]), Lang::Es);
    assert_eq!(Lang::negotiate(["", "", "ar-SA", "en"]), Lang::Ar);
}

#[test]
fn titles_and_bylines_in_a_language() {
    use crate::core::feed::{Author, BodySource, Item};
    let author = |name: &str| Author { name: name.to_owned(), url: None, avatar: None };
    let mut item = Item {
        id: "1".to_owned(),
        url: None,
        title: None,
        authors: vec![author("Оля"), author("Петро"), author("Ірина")],
        published: None,
        modified: None,
        summary: None,
        image: None,
        tags: Vec::new(),
        language: None,
        body: BodySource::Empty,
        attachments: Vec::new(),
        base_url: None,
    };
    assert_eq!(format::title(Lang::Uk, &item), "Без назви");
    assert_eq!(format::title(Lang::En, &item), item.display_title());
    assert_eq!(format::byline(Lang::Uk, &item).as_deref(), Some("Оля, Петро і Ірина"));
    assert_eq!(format::byline(Lang::En, &item), item.byline());
    item.title = Some("Untitled".to_owned());
    assert_eq!(format::title(Lang::Uk, &item), "Untitled");
}

#[test]
fn an_item_speaks_its_own_language_else_its_feeds() {
    use super::direction::content_lang;
    assert_eq!(content_lang(Some("ar"), Some("en")), Some("ar"));
    assert_eq!(content_lang(None, Some("uk-UA")), Some("uk-UA"));
    assert_eq!(content_lang(Some(" "), Some("fa")), Some("fa"));
    assert_eq!(content_lang(None, None), None);
    assert_eq!(dir(content_lang(None, Some("he"))), "rtl");
}

#[test]
fn an_installed_table_reads_as_its_language() {
    for lang in Lang::ALL {
        install(lang);
        install(lang);
        assert!(is_ready(lang));
        let table = Table::of(lang);
        for msg in Msg::ALL {
            for form in Form::ALL {
                assert_eq!(table.get(*msg, form), translation(lang, *msg, form), "{lang:?} {msg:?} {form:?}");
            }
        }
    }
}

#[test]
fn the_saved_for_offline_status_counts_each_noun_in_its_own_plural() {
    let saved = |lang: Lang, articles: u64, files: u64| {
        let articles = lang.count(Msg::ArticleCount, articles);
        let files = lang.count(Msg::FileCount, files);
        lang.t(Msg::SavedOffline, &[("articles", Arg::Text(&articles)), ("files", Arg::Text(&files))])
    };
    assert_eq!(saved(Lang::En, 1, 2), "Saved for offline: 1 article, 2 files");
    assert_eq!(saved(Lang::En, 2, 1), "Saved for offline: 2 articles, 1 file");
    assert_eq!(saved(Lang::Uk, 3, 5), "Збережено для читання без мережі: 3 статті, 5 файлів");
    assert_eq!(saved(Lang::De, 1, 1), "Für offline gespeichert: 1 Artikel, 1 Datei");
}
