//! Reading settings: defaults, steps, CSS values and the stored schema.

use super::*;

/// The CSS variables of `settings`, one `name: value` per line, so a case reads like a style sheet.
fn css(settings: Settings) -> String {
    settings.css_variables().into_iter().map(|(name, value)| format!("{name}: {value}")).collect::<Vec<_>>().join("\n")
}

#[track_caller]
fn check_css(settings: Settings, expected: &str) {
    assert_eq!(css(settings), expected.trim());
}

#[track_caller]
fn check_decode(stored: &str, expected: Settings) {
    assert_eq!(Settings::decode(stored), expected);
}

fn with(change: impl FnOnce(&mut Settings)) -> Settings {
    let mut settings = Settings::default();
    change(&mut settings);
    settings
}

#[test]
fn defaults_are_todays_look() {
    check_css(
        Settings::default(),
        "
--text-scale: 1
--line-height: 1.6
--measure: 38rem
--font-body: var(--serif)
--text-align: start
--hyphens: manual",
    );
    assert_eq!(Settings::default().data_theme(), "auto");
}

#[test]
fn the_measure_stays_in_rem_which_the_text_size_scales() {
    let big = with(|s| s.text_size = 9);
    assert_eq!(big.text_percent(), 175);
    check_css(
        big,
        "
--text-scale: 1.75
--line-height: 1.6
--measure: 38rem
--font-body: var(--serif)
--text-align: start
--hyphens: manual",
    );
}

#[test]
fn every_choice_reaches_its_css() {
    let chosen = Settings {
        text_size: 0,
        font: Font::OpenDyslexic,
        line_height: 7,
        line_width: LineWidth::Narrow,
        justify: true,
        theme: Theme::Sepia,
        language: Some(crate::core::i18n::Lang::Uk),
    };
    check_css(
        chosen,
        "
--text-scale: 0.8
--line-height: 2
--measure: 32rem
--font-body: OpenDyslexic, var(--sans)
--text-align: justify
--hyphens: auto",
    );
    assert_eq!(chosen.data_theme(), "sepia");
}

#[test]
fn every_font_has_a_family_that_ends_in_a_generic_stack() {
    for font in Font::ALL {
        assert!(font.family().ends_with("var(--serif)") || font.family().ends_with("var(--sans)"), "{font:?}");
    }
}

#[test]
fn text_size_steps_span_80_to_240_percent_in_order() {
    assert_eq!((TEXT_SIZES.len(), TEXT_SIZES[0], TEXT_SIZES[13]), (14, 80, 240));
    assert!(TEXT_SIZES.windows(2).all(|pair| pair[0] < pair[1]));
    assert!(LINE_HEIGHTS.windows(2).all(|pair| pair[0] < pair[1]));
    assert_eq!((LINE_HEIGHTS[0], LINE_HEIGHTS[7]), (130, 200));
}

#[test]
fn bigger_and_smaller_step_and_stop_at_the_ends() {
    let start = Settings::default();
    assert_eq!(start.bigger().text_percent(), 110);
    assert_eq!(start.smaller().text_percent(), 90);
    assert_eq!(start.smaller().smaller().smaller().text_percent(), 80);
    let mut largest = start;
    for _ in 0..50 {
        largest = largest.bigger();
    }
    assert_eq!((largest.text_percent(), largest.bigger()), (240, largest));
    assert_eq!(largest.smaller().text_percent(), 220);
}

#[test]
fn looser_and_tighter_step_and_stop_at_the_ends() {
    let start = Settings::default();
    assert_eq!((start.looser().line_height_hundredths(), start.tighter().line_height_hundredths()), (170, 150));
    let tightest = start.tighter().tighter().tighter();
    assert_eq!((tightest.line_height_hundredths(), tightest.tighter()), (130, tightest));
}

#[test]
fn out_of_range_steps_read_as_the_last_and_step_back_inside() {
    let wild = with(|s| {
        s.text_size = 200;
        s.line_height = u8::MAX;
    });
    assert_eq!((wild.text_percent(), wild.line_height_hundredths()), (240, 200));
    assert_eq!(wild.bigger().text_size, 13);
    assert_eq!(wild.smaller().text_percent(), 220);
    assert_eq!(wild.tighter().line_height_hundredths(), 190);
}

#[test]
fn themes_parse_their_names_as_an_attribute_would() {
    for (value, expected) in [
        ("auto", Some(Theme::Auto)),
        ("light", Some(Theme::Light)),
        ("sepia", Some(Theme::Sepia)),
        ("dark", Some(Theme::Dark)),
        ("contrast", Some(Theme::Contrast)),
        (" Dark ", Some(Theme::Dark)),
        ("CONTRAST", Some(Theme::Contrast)),
        ("", None),
        ("night", None),
        ("dark mode", None),
    ] {
        assert_eq!(Theme::parse(value), expected, "{value:?}");
    }
    for theme in Theme::ALL {
        assert_eq!(Theme::parse(theme.as_str()), Some(theme));
    }
}

#[test]
fn fonts_and_widths_parse_their_own_names() {
    for font in Font::ALL {
        assert_eq!(Font::parse(font.as_str()), Some(font));
    }
    for width in LineWidth::ALL {
        assert_eq!(LineWidth::parse(width.as_str()), Some(width));
    }
    assert_eq!((Font::parse("comic"), LineWidth::parse("huge")), (None, None));
}

#[test]
fn settings_round_trip_through_storage() {
    for text_size in 0..14 {
        for theme in Theme::ALL {
            let settings = with(|s| {
                s.text_size = text_size;
                s.theme = theme;
                s.font = Font::ALL[usize::from(text_size) % 4];
                s.line_height = text_size % 8;
                s.line_width = LineWidth::ALL[usize::from(text_size) % 3];
                s.justify = text_size % 2 == 0;
            });
            check_decode(&settings.encode(), settings);
        }
    }
}

#[test]
fn the_documented_v1_shape_is_written() {
    assert_eq!(
        Settings::default().encode(),
        r#"{"v":1,"text_size":100,"font":"serif","line_height":160,"line_width":"medium","justify":false,"theme":"auto","language":"auto"}"#
    );
}

#[test]
fn what_is_not_a_settings_object_gives_the_defaults() {
    for stored in [
        "",
        "not json",
        "null",
        "[]",
        "7",
        r#""dark""#,
        "{}",
        r#"{"theme":"dark"}"#,
        r#"{"v":"1","theme":"dark"}"#,
        r#"{"v":0,"theme":"dark"}"#,
        r#"{"v":-1,"theme":"dark"}"#,
    ] {
        check_decode(stored, Settings::default());
    }
}

#[test]
fn each_unreadable_field_falls_back_alone() {
    check_decode(
        r#"{"v":1,"text_size":"big","font":"comic","line_height":160.5,"line_width":3,"justify":"yes","theme":"dark"}"#,
        with(|s| s.theme = Theme::Dark),
    );
    check_decode(
        r#"{"v":1,"text_size":120,"theme":"purple","justify":true}"#,
        with(|s| {
            s.text_size = 4;
            s.justify = true;
        }),
    );
    check_decode(r#"{"v":1,"font":null,"line_width":"wide"}"#, with(|s| s.line_width = LineWidth::Wide));
}

#[test]
fn a_newer_version_keeps_every_choice_this_build_can_read() {
    check_decode(
        r#"{"v":7,"text_size":190,"font":"atkinson","letter_spacing":12,"theme":"contrast","line_width":"ultra"}"#,
        with(|s| {
            s.text_size = 10;
            s.font = Font::Atkinson;
            s.theme = Theme::Contrast;
        }),
    );
}

#[test]
fn stored_sizes_snap_to_the_nearest_step() {
    for (stored, percent) in [
        (100, 100),
        (104, 100),
        (105, 100),
        (106, 110),
        (170, 175),
        (50, 80),
        (400, 240),
        (39, 100),
        (401, 100),
        (0, 100),
    ] {
        let settings = Settings::decode(&format!(r#"{{"v":1,"text_size":{stored}}}"#));
        assert_eq!(settings.text_percent(), percent, "{stored}");
    }
    for (stored, hundredths) in [(155, 150), (165, 160), (100, 130), (300, 200), (99, 160), (1_000_000, 160)] {
        let settings = Settings::decode(&format!(r#"{{"v":1,"line_height":{stored}}}"#));
        assert_eq!(settings.line_height_hundredths(), hundredths, "{stored}");
    }
}

#[test]
fn huge_and_hostile_values_do_not_panic() {
    for stored in [
        r#"{"v":18446744073709551616,"text_size":18446744073709551615}"#,
        r#"{"v":1,"text_size":99999999999999999999999999}"#,
        r#"{"v":1,"theme":"\u0000dark"}"#,
        &format!(r#"{{"v":1,"font":"{}"}}"#, "x".repeat(100_000)),
        &"[".repeat(10_000),
    ] {
        let _ = Settings::decode(stored);
    }
}

#[test]
fn the_storage_key_is_lecterns() {
    assert!(STORAGE_KEY.starts_with(crate::core::storage_keys::KEY_PREFIX));
}

#[test]
fn css_numbers_are_written_without_floats() {
    for (value, expected) in
        [(0, "0"), (100, "1"), (160, "1.6"), (135, "1.35"), (105, "1.05"), (4560, "45.6"), (11040, "110.4")]
    {
        assert_eq!(hundredths(value), expected);
    }
}

#[test]
fn index_html_applies_before_the_wasm_exactly_the_themes_this_build_knows() {
    // The pre-paint line in index.html cannot call this code, so it carries its own list.
    let page = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"));
    let names = Theme::ALL.map(|theme| format!("'{}'", theme.as_str())).join(", ");
    assert!(page.contains(&format!("[{names}].indexOf(theme)")), "index.html's theme list is not [{names}]");
    assert!(
        page.contains(&format!("localStorage.getItem('{STORAGE_KEY}')")),
        "index.html reads another key than {STORAGE_KEY}"
    );
}

#[test]
fn embed_js_accepts_exactly_the_themes_this_build_knows() {
    // embed.js checks a widget's `theme` attribute before the Wasm arrives, so it carries its own list.
    let loader = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/public/embed.js"));
    let names = Theme::ALL.map(|theme| format!("'{}'", theme.as_str())).join(", ");
    assert!(loader.contains(&format!("const THEMES = [{names}];")), "embed.js's THEMES is not [{names}]");
}

#[test]
fn the_language_choice_is_kept_and_old_values_still_load() {
    use crate::core::i18n::Lang;
    // Stored before the language choice existed: every other field keeps its value.
    let old =
        r#"{"v":1,"text_size":120,"font":"sans","line_height":160,"line_width":"wide","justify":true,"theme":"dark"}"#;
    let settings = Settings::decode(old);
    assert_eq!(settings.language, None);
    assert_eq!(settings.theme, Theme::Dark);
    assert_eq!(settings.font, Font::Sans);
    for language in [None, Some(Lang::Uk), Some(Lang::Ar)] {
        let chosen = Settings { language, ..Settings::default() };
        assert_eq!(Settings::decode(&chosen.encode()), chosen);
    }
    // Unknown, mistyped or hostile values fall back to the browser's languages, never a panic.
    for value in [r#""tlh""#, "7", "null", r#""""#, r#""auto""#] {
        let stored = format!(r#"{{"v":1,"language":{value}}}"#);
        assert_eq!(Settings::decode(&stored).language, None, "{stored}");
    }
    assert_eq!(Settings::decode(r#"{"v":1,"language":"uk-UA"}"#).language, Some(Lang::Uk));
}
