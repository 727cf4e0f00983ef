//! Reading comfort settings as data: text size, font, line height, line width, justification and
//! theme, the interface language, the CSS values they become, and their versioned storage schema.
//!
//! Storage: one key, `lectern:settings`, holding `{"v":1,"text_size":100,"font":"serif",
//! "line_height":160,"line_width":"medium","justify":false,"theme":"auto","language":"auto"}`
//! (`language` came later: a value stored before it reads as "auto", the browser's languages). Sizes are stored as
//! their values (percent, hundredths), not as step indices, so a later build with other steps
//! still lands next to what the reader chose. Decoding never fails: each field that is missing
//! or unreadable falls back to its default on its own, and a value written by a newer version is
//! read for every field this build knows, so one unknown field never costs the reader the rest.

use super::i18n::Lang;
use super::json::{self, Json};

/// The `localStorage` key of the settings.
pub const STORAGE_KEY: &str = "lectern:settings";
/// The schema version this build writes.
pub const SCHEMA_VERSION: u64 = 1;

/// Text sizes in percent of the page's own size, smallest first. The range is wide on purpose:
/// readers with low vision need far more than a browser's usual 150%.
pub const TEXT_SIZES: [u16; 14] = [80, 90, 100, 110, 120, 130, 140, 150, 160, 175, 190, 205, 220, 240];
/// Line heights in hundredths (160 is `line-height: 1.6`), tightest first.
pub const LINE_HEIGHTS: [u16; 8] = [130, 140, 150, 160, 170, 180, 190, 200];

/// The step of `TEXT_SIZES` that is today's size (100%).
const DEFAULT_TEXT_SIZE: u8 = 2;
/// The step of `LINE_HEIGHTS` that is today's `line-height: 1.6`.
const DEFAULT_LINE_HEIGHT: u8 = 3;
/// Stored sizes outside these bounds are not a choice anyone made: they fall back to the default
/// instead of snapping to the nearest end.
const STORED_TEXT_SIZE: std::ops::RangeInclusive<u64> = 50..=400;
const STORED_LINE_HEIGHT: std::ops::RangeInclusive<u64> = 100..=300;

/// The body typeface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Font {
    /// Today's look: the system serif stack of main.css.
    #[default]
    Serif,
    Sans,
    /// Atkinson Hyperlegible: letters designed to be told apart by readers with low vision.
    Atkinson,
    /// OpenDyslexic: weighted letter bottoms, chosen by some readers with dyslexia.
    OpenDyslexic,
}

/// How long lines may be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LineWidth {
    Narrow,
    /// Today's 38rem, about 66 characters.
    #[default]
    Medium,
    Wide,
}

/// The colour theme, also the value of an embed's `theme` attribute.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Light or dark, following the system (`prefers-color-scheme`): today's behaviour.
    #[default]
    Auto,
    Light,
    Sepia,
    Dark,
    /// White on black with yellow links: at least 7:1 everywhere.
    Contrast,
}

/// What a reader chose. Step fields index `TEXT_SIZES` and `LINE_HEIGHTS`; an index past the end
/// reads as the last step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    pub text_size: u8,
    pub font: Font,
    pub line_height: u8,
    pub line_width: LineWidth,
    /// Justified text, with hyphenation so justified lines do not open rivers of space.
    pub justify: bool,
    pub theme: Theme,
    /// The interface language the reader chose; `None` follows the browser's languages.
    pub language: Option<Lang>,
}

impl Default for Settings {
    /// Today's look: nothing changes for a reader who never opens the settings.
    fn default() -> Settings {
        Settings {
            text_size: DEFAULT_TEXT_SIZE,
            font: Font::Serif,
            line_height: DEFAULT_LINE_HEIGHT,
            line_width: LineWidth::Medium,
            justify: false,
            theme: Theme::Auto,
            language: None,
        }
    }
}

impl Font {
    pub const ALL: [Font; 4] = [Font::Serif, Font::Sans, Font::Atkinson, Font::OpenDyslexic];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Font::Serif => "serif",
            Font::Sans => "sans",
            Font::Atkinson => "atkinson",
            Font::OpenDyslexic => "opendyslexic",
        }
    }

    pub fn parse(name: &str) -> Option<Font> {
        Font::ALL.into_iter().find(|font| name.trim().eq_ignore_ascii_case(font.as_str()))
    }

    /// What the settings panel calls it.
    pub fn label(self) -> &'static str {
        match self {
            Font::Serif => "Serif",
            Font::Sans => "Sans-serif",
            Font::Atkinson => "Atkinson Hyperlegible",
            Font::OpenDyslexic => "OpenDyslexic",
        }
    }

    /// The `font-family` value. The two named faces fall back to the sans stack when the font is
    /// not available, which keeps their letter shapes closer than the serif would.
    pub fn family(self) -> &'static str {
        match self {
            Font::Serif => "var(--serif)",
            Font::Sans => "var(--sans)",
            Font::Atkinson => "\"Atkinson Hyperlegible Next\", \"Atkinson Hyperlegible\", var(--sans)",
            Font::OpenDyslexic => "OpenDyslexic, var(--sans)",
        }
    }
}

impl LineWidth {
    pub const ALL: [LineWidth; 3] = [LineWidth::Narrow, LineWidth::Medium, LineWidth::Wide];

    pub fn as_str(self) -> &'static str {
        match self {
            LineWidth::Narrow => "narrow",
            LineWidth::Medium => "medium",
            LineWidth::Wide => "wide",
        }
    }

    pub fn parse(name: &str) -> Option<LineWidth> {
        LineWidth::ALL.into_iter().find(|width| name.trim().eq_ignore_ascii_case(width.as_str()))
    }

    pub fn label(self) -> &'static str {
        match self {
            LineWidth::Narrow => "Narrow",
            LineWidth::Medium => "Medium",
            LineWidth::Wide => "Wide",
        }
    }

    /// The column's width at 100% text size, in rem.
    pub fn rem(self) -> u32 {
        match self {
            LineWidth::Narrow => 32,
            LineWidth::Medium => 38,
            LineWidth::Wide => 46,
        }
    }
}

impl Theme {
    pub const ALL: [Theme; 5] = [Theme::Auto, Theme::Light, Theme::Sepia, Theme::Dark, Theme::Contrast];

    /// The `data-theme` value (and the embed attribute's, and the stored name).
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Sepia => "sepia",
            Theme::Dark => "dark",
            Theme::Contrast => "contrast",
        }
    }

    /// Reads an attribute or stored value. HTML's enumerated attributes ignore ASCII case, and so
    /// does this; anything else is `None` and the caller keeps its default.
    pub fn parse(value: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| value.trim().eq_ignore_ascii_case(theme.as_str()))
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::Auto => "Automatic",
            Theme::Light => "Light",
            Theme::Sepia => "Sepia",
            Theme::Dark => "Dark",
            Theme::Contrast => "High contrast",
        }
    }
}

impl Settings {
    /// The text size in percent.
    pub fn text_percent(&self) -> u16 {
        step_value(&TEXT_SIZES, self.text_size)
    }

    /// The line height in hundredths.
    pub fn line_height_hundredths(&self) -> u16 {
        step_value(&LINE_HEIGHTS, self.line_height)
    }

    /// One text size step up; the same settings at the largest.
    pub fn bigger(self) -> Settings {
        Settings { text_size: step_up(self.text_size, TEXT_SIZES.len()), ..self }
    }

    /// One text size step down; the same settings at the smallest.
    pub fn smaller(self) -> Settings {
        Settings { text_size: step_down(self.text_size, TEXT_SIZES.len()), ..self }
    }

    /// One line height step up; the same settings at the loosest.
    pub fn looser(self) -> Settings {
        Settings { line_height: step_up(self.line_height, LINE_HEIGHTS.len()), ..self }
    }

    /// One line height step down; the same settings at the tightest.
    pub fn tighter(self) -> Settings {
        Settings { line_height: step_down(self.line_height, LINE_HEIGHTS.len()), ..self }
    }

    /// The `data-theme` attribute's value.
    pub fn data_theme(&self) -> &'static str {
        self.theme.as_str()
    }

    /// The custom properties to set on the reader's root element. Every one is always present,
    /// so applying them replaces whatever was set before.
    ///
    /// The measure is in rem, and the text size scales the root font size (style/main.css), so a
    /// column of 38rem holds about 66 characters at any size (capped by the window, as `max-width`).
    pub fn css_variables(&self) -> Vec<(&'static str, String)> {
        let percent = u32::from(self.text_percent());
        vec![
            ("--text-scale", hundredths(percent)),
            ("--line-height", hundredths(u32::from(self.line_height_hundredths()))),
            ("--measure", format!("{}rem", self.line_width.rem())),
            ("--font-body", self.font.family().to_owned()),
            ("--text-align", if self.justify { "justify" } else { "start" }.to_owned()),
            ("--hyphens", if self.justify { "auto" } else { "manual" }.to_owned()),
        ]
    }

    /// The stored JSON: `{"v":1,…}`.
    pub fn encode(&self) -> String {
        format!(
            "{{\"v\":{SCHEMA_VERSION},\"text_size\":{},\"font\":\"{}\",\"line_height\":{},\"line_width\":\"{}\",\"justify\":{},\"theme\":\"{}\",\"language\":\"{}\"}}",
            self.text_percent(),
            self.font.as_str(),
            self.line_height_hundredths(),
            self.line_width.as_str(),
            self.justify,
            self.theme.as_str(),
            self.language.map_or("auto", Lang::tag),
        )
    }

    /// Reads a stored value, field by field: whatever cannot be read is the default. A value that
    /// is not a versioned settings object at all gives the defaults.
    pub fn decode(value: &str) -> Settings {
        let defaults = Settings::default();
        let Ok(value) = json::parse(value) else {
            return defaults;
        };
        // Any version from 1 on is read: fields this build knows keep their meaning in later
        // versions (a change of meaning gets a new name), and unknown fields are ignored.
        let Some(1..) = value.field("v").and_then(Json::as_u64) else {
            return defaults;
        };
        let text = |key| value.field(key).and_then(Json::as_str);
        let number = |key| value.field(key).and_then(Json::as_u64);
        Settings {
            text_size: number("text_size")
                .filter(|size| STORED_TEXT_SIZE.contains(size))
                .map_or(defaults.text_size, |size| nearest_step(&TEXT_SIZES, size)),
            font: text("font").and_then(Font::parse).unwrap_or(defaults.font),
            line_height: number("line_height")
                .filter(|height| STORED_LINE_HEIGHT.contains(height))
                .map_or(defaults.line_height, |height| nearest_step(&LINE_HEIGHTS, height)),
            line_width: text("line_width").and_then(LineWidth::parse).unwrap_or(defaults.line_width),
            justify: match value.field("justify") {
                Some(Json::Bool(justify)) => *justify,
                _ => defaults.justify,
            },
            theme: text("theme").and_then(Theme::parse).unwrap_or(defaults.theme),
            // "auto", a language this build does not speak, or none at all: the browser's.
            language: text("language").and_then(Lang::from_tag),
        }
    }
}

/// The value at `step`, the last one past the end.
fn step_value(steps: &[u16], step: u8) -> u16 {
    steps.get(usize::from(step)).or(steps.last()).copied().unwrap_or(100)
}

fn step_up(step: u8, len: usize) -> u8 {
    let last = u8::try_from(len.saturating_sub(1)).unwrap_or(u8::MAX);
    step.saturating_add(1).min(last)
}

fn step_down(step: u8, len: usize) -> u8 {
    let last = u8::try_from(len.saturating_sub(1)).unwrap_or(u8::MAX);
    step.min(last).saturating_sub(1)
}

/// The step whose value is closest to `value` (the smaller one on a tie).
fn nearest_step(steps: &[u16], value: u64) -> u8 {
    let nearest = steps
        .iter()
        .enumerate()
        .min_by_key(|(_, step)| u64::from(**step).abs_diff(value))
        .map_or(0, |(index, _)| index);
    u8::try_from(nearest).unwrap_or(0)
}

/// Hundredths as a CSS number, written without the float printer: 100 → "1", 160 → "1.6",
/// 135 → "1.35", 4560 → "45.6".
fn hundredths(value: u32) -> String {
    let (whole, part) = (value / 100, value % 100);
    match part {
        0 => whole.to_string(),
        _ if part % 10 == 0 => format!("{whole}.{}", part / 10),
        _ => format!("{whole}.{part:02}"),
    }
}

#[cfg(test)]
mod tests;
