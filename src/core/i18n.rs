//! Lectern's own words in the reader's language: the languages, choosing one, and the message
//! catalogue with named parameters and CLDR plurals. Plain data and functions, tested natively.
//!
//! The catalogue is a `Msg` enum and, per language, one `match` from message to template: the
//! compiler refuses a language that lacks a message, the strings stay `&'static str` in the
//! binary, and no lookup table or hashing is shipped. Templates name parameters in braces
//! (`{count}`, `{host}`); `{count}` also picks the plural form. Interpolation is a small loop,
//! not `format!`, so translators may order parameters as their language needs.
//!
//! From the shell: `lang.text(Msg::Reload)` for a message without parameters (no allocation),
//! `lang.count(Msg::MinutesLeft, 4)` for a count, `lang.t(Msg::ReadItOn, &[("host", Arg::Text(host))])`
//! otherwise.

mod ar;
mod de;
pub mod direction;
mod en;
mod es;
pub mod format;
mod fr;
pub mod plural;
mod uk;

pub use plural::{Form, Operands};

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Uk,
    De,
    Fr,
    Es,
    Ar,
}

impl Lang {
    /// Every interface language, in the order the language choice lists them.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Uk, Lang::De, Lang::Fr, Lang::Es, Lang::Ar];

    /// The BCP 47 tag, for `<html lang>` and for storage.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself, as a language choice shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Uk => "Українська",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    /// The `dir` attribute for the interface in this language.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The interface language a BCP 47 tag asks for, by its primary subtag ("uk-UA" is Ukrainian,
    /// "ES_mx" Spanish); `None` when Lectern does not speak it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL.into_iter().find(|lang| primary.eq_ignore_ascii_case(lang.tag()))
    }

    /// The best interface language for a reader who prefers `preferred`, most wanted first (as
    /// `navigator.languages` lists them): the first one Lectern speaks, else English. A region or
    /// script never stops a match: "de-AT" gets German. A later exact wish does not beat an
    /// earlier one: the order is the reader's.
    pub fn negotiate<I, S>(preferred: I) -> Lang
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        preferred.into_iter().find_map(|tag| Lang::from_tag(tag.as_ref())).unwrap_or_default()
    }

    /// The message `msg` without parameters: its template as is. For a message with parameters,
    /// the template itself (braces and all), so use [`Lang::t`] for those.
    pub fn text(self, msg: Msg) -> &'static str {
        template(self, msg, Form::Other)
    }

    /// The message `msg` with the named `args` put in; `count`, when given, picks the plural.
    pub fn t(self, msg: Msg, args: &[(&str, Arg<'_>)]) -> String {
        t(self, msg, args)
    }

    /// The message `msg` whose one parameter is `{count}`.
    pub fn count(self, msg: Msg, count: u64) -> String {
        t(self, msg, &[("count", Arg::Num(count))])
    }

    /// The decimal separator of sizes such as "1.5 MB".
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::En | Lang::Ar => '.',
            Lang::Uk | Lang::De | Lang::Fr | Lang::Es => ',',
        }
    }
}

/// A parameter's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    /// A whole number, written in ASCII digits. As `count`, it also picks the plural form.
    Num(u64),
    /// Text put in as given: a name, a host, an already formatted date or size.
    Text(&'a str),
}

/// The template of `msg` in `lang` for plural form `form` (forms a message does not vary by all
/// give the same text). For the shell's rare need to wrap a parameter in markup: split it at
/// `{name}`.
///
/// In the app's split build (feature `split`) only English is linked here: another language is
/// read from its table once `install` has put it in, which the shell does in a Wasm chunk fetched
/// when the language is first wanted, so the five translations (and their strings) are not in the
/// first load. Until then, and for a language never installed, the English is given. Without the
/// feature (tests, native and in the browser) every language is read directly.
pub fn template(lang: Lang, msg: Msg, form: Form) -> &'static str {
    #[cfg(feature = "split")]
    {
        match lang {
            Lang::En => en::template(msg, form),
            other => installed(other).map_or_else(|| en::template(msg, form), |table| table.get(msg, form)),
        }
    }
    #[cfg(not(feature = "split"))]
    {
        translation(lang, msg, form)
    }
}

/// Every language's own `match`: what `install` copies into a table.
fn translation(lang: Lang, msg: Msg, form: Form) -> &'static str {
    match lang {
        Lang::En => en::template(msg, form),
        Lang::Uk => uk::template(msg, form),
        Lang::De => de::template(msg, form),
        Lang::Fr => fr::template(msg, form),
        Lang::Es => es::template(msg, form),
        Lang::Ar => ar::template(msg, form),
    }
}

/// One language's templates, by message and plural form. Read only by the split build's `template`
/// (and the tests); without the feature, `install` still fills one, unused.
#[cfg_attr(not(feature = "split"), allow(dead_code))]
struct Table(Vec<[&'static str; 6]>);

impl Table {
    fn of(lang: Lang) -> Table {
        Table(Msg::ALL.iter().map(|msg| Form::ALL.map(|form| translation(lang, *msg, form))).collect())
    }

    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    fn get(&self, msg: Msg, form: Form) -> &'static str {
        self.0.get(msg as usize).map_or("", |forms| forms[form as usize])
    }
}

/// The installed languages' tables, by `Lang` order (English needs none).
static INSTALLED: [std::sync::OnceLock<Table>; 6] = [const { std::sync::OnceLock::new() }; 6];

#[cfg_attr(not(feature = "split"), allow(dead_code))]
fn installed(lang: Lang) -> Option<&'static Table> {
    INSTALLED.get(lang as usize).and_then(std::sync::OnceLock::get)
}

/// Makes `lang`'s words available to `template` (once; later calls do nothing). The code of every
/// translation is reached from here alone, so the split build keeps it where this is called.
pub fn install(lang: Lang) {
    if let Some(slot) = INSTALLED.get(lang as usize) {
        slot.get_or_init(|| Table::of(lang));
    }
}

/// Whether `lang` can be shown now: English always, another once installed (always without the
/// split build).
pub fn is_ready(lang: Lang) -> bool {
    cfg!(not(feature = "split"))
        || lang == Lang::En
        || INSTALLED.get(lang as usize).is_some_and(|slot| slot.get().is_some())
}

/// The message `msg` in `lang` with `args` put in. A parameter the template names but `args`
/// lacks stays as `{name}`, visible in tests rather than a panic in the reader's face.
pub fn t(lang: Lang, msg: Msg, args: &[(&str, Arg<'_>)]) -> String {
    let form = args
        .iter()
        .find_map(|(name, value)| match (*name, value) {
            ("count", Arg::Num(count)) => Some(plural::form(lang, Operands::integer(*count))),
            _ => None,
        })
        .unwrap_or(Form::Other);
    interpolate_in(Some(lang), template(lang, msg, form), args)
}

/// Puts `args` into the `{name}` slots of `template`, numbers in plain ASCII digits.
pub fn interpolate(template: &str, args: &[(&str, Arg<'_>)]) -> String {
    interpolate_in(None, template, args)
}

/// Puts `args` into the `{name}` slots of `template`, numbers grouped as `lang` writes them.
fn interpolate_in(lang: Option<Lang>, template: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter().find(|(arg, _)| *arg == name).map(|(_, value)| (close, *value))
        });
        match value {
            Some((close, value)) => {
                match value {
                    Arg::Num(number) => match lang {
                        Some(lang) => push_grouped(&mut out, lang, number),
                        None => push_number(&mut out, number),
                    },
                    Arg::Text(text) => out.push_str(text),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `number` with the thousands separator `lang` uses, as the browser's `Intl.NumberFormat` writes
/// it (CLDR): "1,234" in English and Arabic (Latin digits), "1.234" in German, "1 234" with a
/// no-break space in Ukrainian and a narrow one in French, and in Spanish "1234" but "12.345"
/// (groups only from five digits). Core does it so every message's numbers agree with no call
/// across to JavaScript.
fn push_grouped(out: &mut String, lang: Lang, number: u64) {
    let (separator, from) = match lang {
        Lang::En | Lang::Ar => (',', 1_000),
        Lang::De => ('.', 1_000),
        Lang::Uk => ('\u{a0}', 1_000),
        Lang::Fr => ('\u{202f}', 1_000),
        Lang::Es => ('.', 10_000),
    };
    if number < from {
        return push_number(out, number);
    }
    let mut digits = String::new();
    push_number(&mut digits, number);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
}

/// Writes `number` in ASCII digits without the `fmt` machinery.
fn push_number(out: &mut String, number: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = number;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|digit| char::from(*digit)));
}

/// The parameter names a template uses, in order: what a translation must keep.
pub fn parameters(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names
}

/// Declares the message keys once: the enum, the list of all of them and each one's stable name.
macro_rules! messages {
    ($($name:ident,)*) => {
        /// A message of the interface. The variant name is its stable key.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($name,)*
        }

        impl Msg {
            /// Every message, for tests and for the test that scans the shell for literals.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The stable key: the variant's name.
            pub fn key(self) -> &'static str {
                match self {
                    $(Msg::$name => stringify!($name),)*
                }
            }
        }
    };
}

messages! {
    SkipToContent,
    LibraryDocumentTitle,
    OfflineBadge,
    UpdateReady,
    Reload,
    LoadingLectern,
    NeedsJavaScript,
    EmbedBlocked,
    TryAgain,
    Close,
    Cancel,
    Save,
    Undo,
    Language,
    LanguageAutomatic,
    LoadingFeed,
    FeedUnreadableTitle,
    OpenLinkedFeed,
    ReadDemoFeed,
    SavedCopy,
    SavedCopyFrom,
    RelayNote,
    ContinueReading,
    ContinueInOtherFeeds,
    ShowMoreArticles,
    LoadMoreArticles,
    LoadingMoreArticles,
    MarkAsUnread,
    StatusUnread,
    StatusFinished,
    PercentRead,
    PercentReadAt,
    Byline,
    ListSeparator,
    ListLastSeparator,
    Untitled,
    MinutesRead,
    MinutesLeft,
    Follow,
    Following,
    YourFeeds,
    NewSinceLastVisit,
    AllArticles,
    FeedNavigation,
    ReadOnOriginalSite,
    ReadItOn,
    Related,
    Contents,
    Attachments,
    AudioFormat,
    VideoFormat,
    ReadingProgress,
    PercentReadLeft,
    ResumedAt,
    ResumedWhereYouLeftOff,
    StartFromTheTop,
    ArticleNotFound,
    NoSuchArticle,
    SeeAllArticles,
    LookingInLaterPages,
    NoTextInFeed,
    OnlyLinkInFeed,
    ListenToTheArticle,
    Listen,
    Pause,
    Resume,
    Stop,
    Speed,
    Voice,
    DefaultVoice,
    VoiceName,
    ReadingSettings,
    TextSize,
    SmallerText,
    LargerText,
    LineSpacing,
    TighterLines,
    LooserLines,
    Font,
    FontSerif,
    FontSans,
    LineWidth,
    WidthNarrow,
    WidthMedium,
    WidthWide,
    Theme,
    ThemeAutomatic,
    ThemeLight,
    ThemeSepia,
    ThemeDark,
    ThemeHighContrast,
    JustifyText,
    BackToDefaults,
    KeyboardShortcuts,
    KeyEscape,
    ShortcutNextSection,
    ShortcutPreviousSection,
    ShortcutNextArticle,
    ShortcutPreviousArticle,
    ShortcutContents,
    ShortcutSettings,
    ShortcutListen,
    ShortcutHelp,
    ShortcutClose,
    OpenAFeed,
    FeedAddressLabel,
    Open,
    Opening,
    OpeningTheFeed,
    TypeAnAddress,
    LibraryEmpty,
    ArticleCount,
    FileCount,
    NotOpenedYet,
    StartedCount,
    NewCount,
    CheckingForNew,
    CouldNotCheck,
    RenameLabel,
    Rename,
    Remove,
    MoveHidden,
    Up,
    Down,
    RemovedFeed,
    DemoFeedName,
    LibraryStorageDenied,
    LibraryStorageFull,
    LibraryUnreadable,
    LibraryNewer,
    NotAFeedAddress,
    LibraryFull,
    OpmlToggle,
    OpmlHelp,
    ExportOpml,
    ImportOpml,
    OpmlExportTitle,
    OpmlImported,
    OpmlRefused,
    OpmlSkipped,
    OpmlNotReadable,
    FullStop,
    OpmlFileUnreadable,
    OpmlNotXml,
    OpmlNotOpml,
    OpmlNoFeeds,
    FileUnreadable,
    ExportFailed,
    HistoryTitle,
    HistoryHelp,
    Export,
    Import,
    ClearHistory,
    HistoryCleared,
    HistoryImported,
    HistoryKept,
    HistorySkipped,
    HistoryNotJson,
    HistoryNotHistory,
    HistoryNewer,
    HistoryEmpty,
    ReadingPlaceStorageDenied,
    ReadingPlaceStorageFull,
    SaveForOffline,
    SavingForOffline,
    FindingPages,
    SavingFiles,
    SavedOffline,
    SavedPartOffline,
    NotSavedCount,
    StorageUsed,
    UsedOfQuota,
    OfflineNeedsWorker,
    OfflineNotStarted,
    OfflineStopped,
    PartUnavailable,
    NotAWebAddress,
    Unreachable,
    UnreachableOrClosed,
    YouAreOffline,
    OfflineNotSaved,
    FeedTooLarge,
    FeedTimedOut,
    ServerAnswered,
    ServerAccessDenied,
    ServerNotFound,
    ServerTooManyRequests,
    ServerError,
    FeedNotJson,
    NotAJsonFeed,
    ReasonNotObject,
    ReasonWrongTypes,
    ReasonNoVersion,
    ReasonNoItems,
    ItemMissingField,
    ItemBadField,
    FeedHasNoArticles,
    WebPageWithFeed,
    WebPageWithoutFeed,
    FeedNotXml,
    FeedNotXmlAtLine,
    FeedNotXmlAt,
    NotAFeedXml,
    Bytes,
    Kilobytes,
    Megabytes,
    Gigabytes,
    Terabytes,
    Seconds,
    Minutes,
    Hours,
    HoursMinutes,
}

#[cfg(test)]
mod tests;
