//! Core's own reader-facing words in a language: reading time, sizes, lengths, bylines, statuses,
//! setting names and the errors core raises. The English of each equals what core's existing
//! functions and `Display` texts say, so the shell can switch over one call at a time.

use super::{Arg, Lang, Msg};
use crate::core::body::Notice;
use crate::core::feed::{Attachment, FeedError, Item};
use crate::core::history::{ImportError, Status};
use crate::core::library::AddError;
use crate::core::settings::{Font, LineWidth, Theme};
use crate::core::shortcuts::Command;

/// "4 min read".
pub fn minutes_read(lang: Lang, minutes: u32) -> String {
    lang.count(Msg::MinutesRead, u64::from(minutes))
}

/// "3 min left", for `minutes` already worked out (see `reading_time::minutes_for`).
pub fn minutes_left(lang: Lang, minutes: u32) -> String {
    lang.count(Msg::MinutesLeft, u64::from(minutes))
}

/// "Unread", "62% read", "Finished".
pub fn status(lang: Lang, status: Status) -> String {
    match status {
        Status::Unread => lang.text(Msg::StatusUnread).to_owned(),
        Status::Reading(percent) => lang.t(Msg::PercentRead, &[("percent", Arg::Num(u64::from(percent)))]),
        Status::Finished => lang.text(Msg::StatusFinished).to_owned(),
    }
}

/// "A", "A and B", "A, B and C" in the language's words and commas.
pub fn name_list(lang: Lang, names: &[&str]) -> Option<String> {
    let (last, init) = names.split_last()?;
    let mut out = String::new();
    for (at, name) in init.iter().enumerate() {
        if at > 0 {
            out.push_str(lang.text(Msg::ListSeparator));
        }
        out.push_str(name);
    }
    if !init.is_empty() {
        out.push_str(lang.text(Msg::ListLastSeparator));
    }
    out.push_str(last);
    Some(out)
}

/// The title to show for `item`, as `Item::display_title`, with "Untitled" in `lang`.
pub fn title(lang: Lang, item: &Item) -> String {
    let title = item.display_title();
    // `display_title` says "Untitled" only when the item has no title and no text to take one from.
    if item.title.is_none() && title == "Untitled" {
        lang.text(Msg::Untitled).to_owned()
    } else {
        title
    }
}

/// The authors' names as one byline ("A, B and C" in `lang`), as `Item::byline`.
pub fn byline(lang: Lang, item: &Item) -> Option<String> {
    let names: Vec<&str> = item.authors.iter().map(|author| author.name.as_str()).collect();
    name_list(lang, &names)
}

/// "45 MB", "820 KB", "1.5 GB" ("1,5 GB" where the comma is the decimal sign): one decimal below
/// ten, whole units above, as `feed::byte_size`.
pub fn byte_size(lang: Lang, bytes: u64) -> String {
    const UNITS: [Msg; 4] = [Msg::Kilobytes, Msg::Megabytes, Msg::Gigabytes, Msg::Terabytes];
    let (mut value, mut tenths, mut unit) = (bytes, 0, None);
    for name in UNITS {
        if value < 1000 {
            break;
        }
        tenths = (value % 1000) / 100;
        value /= 1000;
        unit = Some(name);
    }
    let Some(unit) = unit else {
        return lang.count(Msg::Bytes, bytes);
    };
    let mut size = String::new();
    super::push_number(&mut size, value);
    if value < 10 && tenths > 0 {
        size.push(lang.decimal_separator());
        super::push_number(&mut size, tenths);
    }
    lang.t(unit, &[("size", Arg::Text(&size))])
}

/// "1 h 2 min", "45 min", "30 s".
pub fn duration(lang: Lang, seconds: u64) -> String {
    match (seconds / 3600, seconds % 3600 / 60) {
        (0, 0) => lang.count(Msg::Seconds, seconds),
        (0, minutes) => lang.count(Msg::Minutes, minutes),
        (hours, 0) => lang.count(Msg::Hours, hours),
        (hours, minutes) => lang.t(Msg::HoursMinutes, &[("hours", Arg::Num(hours)), ("minutes", Arg::Num(minutes))]),
    }
}

/// "MPEG audio · 45 MB · 1 h 2 min", as `Attachment::details`, in `lang`.
pub fn attachment_details(lang: Lang, attachment: &Attachment) -> String {
    let english = attachment.details();
    // The type is the first part `details` writes; only its "audio"/"video" word is language.
    let kind = english.split(" · ").next().unwrap_or_default();
    let kind = match (attachment.media(), kind.rsplit_once(' ')) {
        (Some("audio"), Some((format, _))) => lang.t(Msg::AudioFormat, &[("format", Arg::Text(format))]),
        (Some(_), Some((format, _))) => lang.t(Msg::VideoFormat, &[("format", Arg::Text(format))]),
        _ => kind.to_owned(),
    };
    let mut parts = vec![kind];
    if let Some(bytes) = attachment.size_in_bytes.filter(|bytes| *bytes > 0) {
        parts.push(byte_size(lang, bytes));
    }
    if let Some(seconds) = attachment.duration_in_seconds.filter(|seconds| *seconds > 0) {
        parts.push(duration(lang, seconds));
    }
    parts.join(" · ")
}

/// The help overlay's description of `command`.
pub fn shortcut(command: Command) -> Msg {
    match command {
        Command::NextSection => Msg::ShortcutNextSection,
        Command::PreviousSection => Msg::ShortcutPreviousSection,
        Command::NextArticle => Msg::ShortcutNextArticle,
        Command::PreviousArticle => Msg::ShortcutPreviousArticle,
        Command::Settings => Msg::ShortcutSettings,
        Command::Contents => Msg::ShortcutContents,
        Command::Listen => Msg::ShortcutListen,
        Command::Help => Msg::ShortcutHelp,
        Command::Close => Msg::ShortcutClose,
    }
}

/// A font's name: the two generic ones translated, the typefaces by their own names.
pub fn font(lang: Lang, font: Font) -> &'static str {
    match font {
        Font::Serif => lang.text(Msg::FontSerif),
        Font::Sans => lang.text(Msg::FontSans),
        Font::Atkinson | Font::OpenDyslexic => font.label(),
    }
}

pub fn line_width(width: LineWidth) -> Msg {
    match width {
        LineWidth::Narrow => Msg::WidthNarrow,
        LineWidth::Medium => Msg::WidthMedium,
        LineWidth::Wide => Msg::WidthWide,
    }
}

pub fn theme(theme: Theme) -> Msg {
    match theme {
        Theme::Auto => Msg::ThemeAutomatic,
        Theme::Light => Msg::ThemeLight,
        Theme::Sepia => Msg::ThemeSepia,
        Theme::Dark => Msg::ThemeDark,
        Theme::Contrast => Msg::ThemeHighContrast,
    }
}

/// The body's notice.
pub fn notice(notice: Notice) -> Msg {
    match notice {
        Notice::Empty => Msg::NoTextInFeed,
        Notice::OnlyLink => Msg::OnlyLinkInFeed,
    }
}

/// Why a feed could not be read, as its `Display` says it in English. Field names and the
/// technical detail of a bad field stay as the feed wrote them.
pub fn feed_error(lang: Lang, error: &FeedError) -> String {
    match error {
        FeedError::NotJson { line, column } => {
            let (line, column) = (*line as u64, *column as u64);
            lang.t(Msg::FeedNotJson, &[("line", Arg::Num(line)), ("column", Arg::Num(column))])
        }
        FeedError::NotAFeed(reason) => {
            let reason = match *reason {
                "it is not a JSON object" => lang.text(Msg::ReasonNotObject),
                "its top-level fields have the wrong types" => lang.text(Msg::ReasonWrongTypes),
                "it has no JSON Feed version" => lang.text(Msg::ReasonNoVersion),
                "it has no list of items" => lang.text(Msg::ReasonNoItems),
                other => other,
            };
            lang.t(Msg::NotAJsonFeed, &[("reason", Arg::Text(reason))])
        }
        FeedError::MissingField { item, field } => {
            lang.t(Msg::ItemMissingField, &[("item", Arg::Num(*item as u64)), ("field", Arg::Text(field))])
        }
        FeedError::BadField { item, field, problem } => lang.t(
            Msg::ItemBadField,
            &[("item", Arg::Num(*item as u64)), ("field", Arg::Text(field)), ("problem", Arg::Text(problem))],
        ),
        FeedError::NoItems => lang.text(Msg::FeedHasNoArticles).to_owned(),
        FeedError::WebPage { feed_link: Some(_) } => lang.text(Msg::WebPageWithFeed).to_owned(),
        FeedError::WebPage { feed_link: None } => lang.text(Msg::WebPageWithoutFeed).to_owned(),
        FeedError::NotXml { line: Some(line), column: Some(column) } => {
            lang.t(Msg::FeedNotXmlAt, &[("line", Arg::Num(*line as u64)), ("column", Arg::Num(*column as u64))])
        }
        FeedError::NotXml { line: Some(line), column: None } => {
            lang.t(Msg::FeedNotXmlAtLine, &[("line", Arg::Num(*line as u64))])
        }
        FeedError::NotXml { line: None, .. } => lang.text(Msg::FeedNotXml).to_owned(),
        FeedError::NotAFeedXml => lang.text(Msg::NotAFeedXml).to_owned(),
    }
}

/// Why a reading history file was refused.
pub fn import_error(lang: Lang, error: &ImportError) -> String {
    match error {
        ImportError::NotJson => lang.text(Msg::HistoryNotJson).to_owned(),
        ImportError::NotHistory => lang.text(Msg::HistoryNotHistory).to_owned(),
        ImportError::Newer(version) => lang.t(Msg::HistoryNewer, &[("version", Arg::Num(*version))]),
        ImportError::Empty => lang.text(Msg::HistoryEmpty).to_owned(),
    }
}

/// Why a feed was not added to the library.
pub fn add_error(lang: Lang, error: &AddError) -> String {
    match error {
        AddError::Invalid => lang.text(Msg::NotAFeedAddress).to_owned(),
        AddError::Full => lang.count(Msg::LibraryFull, crate::core::library::MAX_FEEDS as u64),
    }
}
