//! English: the interface's own words as Lectern has always written them. Every other language
//! translates these; the shell's end-to-end tests read them.
//!
//! Templates name their parameters in braces; `{count}` also chooses the plural form. Separators
//! the shell puts between messages (" · ", a space before a button) stay in the shell.

use super::plural::Form::{self, *};
use super::Msg::{self, *};

pub(super) fn template(msg: Msg, form: Form) -> &'static str {
    match msg {
        // The page and its masthead.
        SkipToContent => "Skip to content",
        LibraryDocumentTitle => "Your feeds · Lectern",
        OfflineBadge => "Offline: reading saved copies",
        UpdateReady => "A new version of Lectern is ready.",
        Reload => "Reload",
        LoadingLectern => "Loading Lectern…",
        NeedsJavaScript => "Lectern needs JavaScript and WebAssembly to show articles.",
        EmbedBlocked => "Lectern could not start here: its script or WebAssembly was blocked or did not load.",
        TryAgain => "Try again",
        Close => "Close",
        Cancel => "Cancel",
        Save => "Save",
        Undo => "Undo",
        // Languages offered in the reading settings.
        Language => "Language",
        LanguageAutomatic => "Automatic (the browser’s language)",
        // The feed's list.
        LoadingFeed => "Loading the feed…",
        FeedUnreadableTitle => "This feed could not be read",
        OpenLinkedFeed => "Open the feed this page links to ({kind})",
        ReadDemoFeed => "Read the demo feed",
        SavedCopy => "Offline: this is the copy of the feed saved.",
        SavedCopyFrom => "Offline: this is the copy of the feed saved from {date}.",
        RelayNote => "Read through this site’s relay, since the feed’s server does not let other sites read it.",
        ContinueReading => "Continue reading",
        ContinueInOtherFeeds => "Continue in your other feeds",
        ShowMoreArticles => match form {
            One => "Show more articles ({shown} of {count} shown)",
            _ => "Show more articles ({shown} of {count} shown)",
        },
        LoadMoreArticles => "Load more articles",
        LoadingMoreArticles => "Loading more articles…",
        MarkAsUnread => "Mark as unread",
        StatusUnread => "Unread",
        StatusFinished => "Finished",
        PercentRead => "{percent}% read",
        PercentReadAt => "{percent}% read · {section}",
        Byline => "By {name}",
        ListSeparator => ", ",
        ListLastSeparator => " and ",
        Untitled => "Untitled",
        MinutesRead => match form {
            One => "{count} min read",
            _ => "{count} min read",
        },
        MinutesLeft => match form {
            One => "{count} min left",
            _ => "{count} min left",
        },
        // Following a feed.
        Follow => "Follow",
        Following => "Following",
        YourFeeds => "Your feeds",
        NewSinceLastVisit => match form {
            One => "{count} new article since your last visit",
            _ => "{count} new articles since your last visit",
        },
        // The article.
        AllArticles => "← All articles",
        FeedNavigation => "Feed",
        ReadOnOriginalSite => "Read on the original site",
        ReadItOn => "Read it on {host}",
        Related => "You will be interested",
        Contents => "Contents",
        Attachments => "Attachments",
        AudioFormat => "{format} audio",
        VideoFormat => "{format} video",
        ReadingProgress => "Reading progress",
        PercentReadLeft => "{percent}% read, {left}",
        ResumedAt => "Resumed at: {section}",
        ResumedWhereYouLeftOff => "Resumed where you left off",
        StartFromTheTop => "Start from the top",
        ArticleNotFound => "Article not found",
        NoSuchArticle => "This feed has no article with the id “{id}”. It may have been removed.",
        SeeAllArticles => "See all articles",
        LookingInLaterPages => "Looking for the article in the feed’s later pages…",
        NoTextInFeed => "This article has no text in the feed.",
        OnlyLinkInFeed => "The feed carries only a link to this article.",
        // Listening.
        ListenToTheArticle => "Listen to the article",
        Listen => "Listen",
        Pause => "Pause",
        Resume => "Resume",
        Stop => "Stop",
        Speed => "Speed",
        Voice => "Voice",
        DefaultVoice => "Default",
        VoiceName => "{name} ({lang})",
        // Reading settings.
        ReadingSettings => "Reading settings",
        TextSize => "Text size",
        SmallerText => "Smaller text",
        LargerText => "Larger text",
        LineSpacing => "Line spacing",
        TighterLines => "Tighter lines",
        LooserLines => "Looser lines",
        Font => "Font",
        FontSerif => "Serif",
        FontSans => "Sans-serif",
        LineWidth => "Line width",
        WidthNarrow => "Narrow",
        WidthMedium => "Medium",
        WidthWide => "Wide",
        Theme => "Theme",
        ThemeAutomatic => "Automatic",
        ThemeLight => "Light",
        ThemeSepia => "Sepia",
        ThemeDark => "Dark",
        ThemeHighContrast => "High contrast",
        JustifyText => "Justify text (with hyphenation)",
        BackToDefaults => "Back to the defaults",
        // The shortcut help.
        KeyboardShortcuts => "Keyboard shortcuts",
        KeyEscape => "Esc",
        ShortcutNextSection => "Next section",
        ShortcutPreviousSection => "Previous section",
        ShortcutNextArticle => "Next article",
        ShortcutPreviousArticle => "Previous article",
        ShortcutContents => "Table of contents",
        ShortcutSettings => "Reading settings",
        ShortcutListen => "Listen, or pause listening",
        ShortcutHelp => "Show these shortcuts",
        ShortcutClose => "Close the open panel",
        // Opening a feed.
        OpenAFeed => "Open a feed",
        FeedAddressLabel => "Address of a feed (RSS, Atom or JSON Feed), or of a site that has one",
        Open => "Open",
        Opening => "Opening…",
        OpeningTheFeed => "Opening the feed…",
        TypeAnAddress => "Type or paste the address of a feed, or of a site that has one.",
        // The library.
        LibraryEmpty => "You keep no feeds yet. Open one, then press Follow on its list.",
        FileCount => match form {
            One => "{count} file",
            _ => "{count} files",
        },
        ArticleCount => match form {
            One => "{count} article",
            _ => "{count} articles",
        },
        NotOpenedYet => "Not opened yet",
        StartedCount => match form {
            One => "{count} started",
            _ => "{count} started",
        },
        NewCount => match form {
            One => "{count} new",
            _ => "{count} new",
        },
        CheckingForNew => "checking for new articles…",
        CouldNotCheck => "could not be checked just now",
        RenameLabel => "Name (leave empty for the feed’s own title)",
        Rename => "Rename",
        Remove => "Remove",
        MoveHidden => "Move",
        Up => "Up",
        Down => "Down",
        RemovedFeed => "Removed “{name}”.",
        DemoFeedName => "Lectern demo",
        LibraryStorageDenied => {
            "This browser does not let Lectern save your feeds, so changes to them last only until you close this page."
        }
        LibraryStorageFull => {
            "This browser’s storage for Lectern is full, so your latest changes to your feeds last only until you close this page."
        }
        LibraryUnreadable => "Your saved list of feeds could not be read, so Lectern started a new one.",
        LibraryNewer => {
            "Your feeds were saved by a newer version of Lectern. Reload this page to see them; until then, changes here last only until you close it."
        }
        NotAFeedAddress => {
            "This is not a feed address Lectern can open: it must be a full web address starting with https:// or http://."
        }
        LibraryFull => match form {
            One => "Your library already holds {count} feed, the most it can. Remove one to add another.",
            _ => "Your library already holds {count} feeds, the most it can. Remove one to add another.",
        },
        // OPML.
        OpmlToggle => "Move your feeds to or from another reader (OPML)",
        OpmlHelp => {
            "OPML files carry a list of feeds between readers. Importing adds the feeds a file lists (RSS, Atom or JSON Feed) and leaves your other feeds as they are."
        }
        ExportOpml => "Export feeds (OPML)",
        ImportOpml => "Import OPML…",
        OpmlExportTitle => "Feeds read in Lectern",
        OpmlImported => "Imported: {added} added, {already} already in your library",
        OpmlRefused => match form {
            One => ", {count} not added because your library is full",
            _ => ", {count} not added because your library is full",
        },
        OpmlSkipped => match form {
            One => "; {count} entry skipped (no feed address, or listed twice)",
            _ => "; {count} entries skipped (no feed address, or listed twice)",
        },
        OpmlNotReadable => match form {
            One => "{count} feed is not yet readable (Lectern reads JSON Feed):",
            _ => "{count} feeds are not yet readable (Lectern reads JSON Feed):",
        },
        FullStop => ".",
        OpmlFileUnreadable => "This browser could not read the file.",
        OpmlNotXml => "This file is not an OPML subscription list: it is not well-formed XML.",
        OpmlNotOpml => "This file is not an OPML subscription list.",
        OpmlNoFeeds => "This file is not an OPML subscription list. It lists no feeds.",
        FileUnreadable => "Lectern could not read that file.",
        ExportFailed => "This browser could not save the export file.",
        // Reading history.
        HistoryTitle => "Your reading history",
        HistoryHelp => {
            "Lectern remembers where you are in each article, in this browser only. Export it to move to another browser; importing keeps the most recent place of each article."
        }
        Export => "Export",
        Import => "Import…",
        ClearHistory => "Clear reading history",
        HistoryCleared => match form {
            One => "Reading history cleared ({count} article).",
            _ => "Reading history cleared ({count} articles).",
        },
        HistoryImported => match form {
            One => "Imported {count} article: {added} new, {updated} updated",
            _ => "Imported {count} articles: {added} new, {updated} updated",
        },
        HistoryKept => match form {
            One => ", {count} kept as this browser’s place is more recent",
            _ => ", {count} kept as this browser’s place is more recent",
        },
        HistorySkipped => match form {
            One => "; {count} unreadable entry skipped",
            _ => "; {count} unreadable entries skipped",
        },
        HistoryNotJson => "This file is not a Lectern reading history: it is not JSON.",
        HistoryNotHistory => {
            "This file is not a Lectern reading history. Export one from Lectern’s list page and import that."
        }
        HistoryNewer => {
            "This reading history was exported by a newer version of Lectern (format {version}). Update Lectern and try again."
        }
        HistoryEmpty => "This reading history holds no readable entries, so nothing was imported.",
        ReadingPlaceStorageDenied => {
            "This browser does not let Lectern save anything here, so your reading place is kept only until you close this page."
        }
        ReadingPlaceStorageFull => {
            "This browser’s storage for Lectern is full, so your latest reading place is kept only until you close this page."
        }
        // Saving for offline.
        SaveForOffline => "Save for offline",
        SavingForOffline => "Saving for offline",
        FindingPages => match form {
            One => "Finding the feed’s pages… ({count} so far)",
            _ => "Finding the feed’s pages… ({count} so far)",
        },
        SavingFiles => match form {
            One => "Saving for offline: {done} of {count} files",
            _ => "Saving for offline: {done} of {count} files",
        },
        SavedOffline => "Saved for offline: {articles}, {files}",
        SavedPartOffline => "Stopped: saved part: {articles}, {files}",
        NotSavedCount => match form {
            One => " ({count} could not be saved)",
            _ => " ({count} could not be saved)",
        },
        StorageUsed => "Lectern now uses {used} of this browser’s storage.",
        UsedOfQuota => "{used} of {quota}",
        OfflineNeedsWorker => {
            "Saving for offline needs Lectern's offline support, which starts after the first visit: reload the page once, then try again."
        }
        OfflineNotStarted => "The offline copy could not be started.",
        OfflineStopped => "The offline copy stopped.",
        PartUnavailable => {
            "This part of Lectern has not been downloaded yet, and cannot be now. Check your connection, then try again."
        }
        // Fetching a feed.
        NotAWebAddress => "“{address}” is not a web address Lectern can read a feed from.",
        Unreachable => "Lectern could not reach the feed server. Check your connection, then try again.",
        UnreachableOrClosed => {
            "Lectern could not reach the feed server at {host}, or the server does not let other sites read its feed. If the site is up, its owner must send the header “Access-Control-Allow-Origin: *” with the feed."
        }
        YouAreOffline => "You are offline. Connect to the internet, then try again.",
        OfflineNotSaved => {
            "Lectern cannot reach this feed, and it has not been saved for reading offline. Try again when you are online."
        }
        FeedTooLarge => match form {
            One => "The feed is larger than {count} MB, more than Lectern reads.",
            _ => "The feed is larger than {count} MB, more than Lectern reads.",
        },
        FeedTimedOut => match form {
            One => "The feed server did not answer within {count} second.",
            _ => "The feed server did not answer within {count} seconds.",
        },
        ServerAnswered => "The feed server answered {status}.",
        ServerAccessDenied => "The feed server answered {status} (access denied).",
        ServerNotFound => "The feed server answered {status} (not found).",
        ServerTooManyRequests => "The feed server answered {status} (too many requests).",
        ServerError => "The feed server answered {status} (a server error).",
        // Reading a feed.
        FeedNotJson => "The feed is not valid JSON (line {line}, column {column}).",
        NotAJsonFeed => "This is JSON, but not a JSON Feed: {reason}.",
        ReasonNotObject => "it is not a JSON object",
        ReasonWrongTypes => "its top-level fields have the wrong types",
        ReasonNoVersion => "it has no JSON Feed version",
        ReasonNoItems => "it has no list of items",
        ItemMissingField => "Article {item} in the feed has no {field}.",
        ItemBadField => "Article {item} in the feed has a bad {field}: {problem}.",
        FeedHasNoArticles => "The feed has no articles yet.",
        WebPageWithFeed => "This address is a web page, not a feed. The page links to a feed.",
        WebPageWithoutFeed => "This address is a web page, not a feed. The page does not link to a feed.",
        FeedNotXml => "The feed is not well-formed XML.",
        FeedNotXmlAtLine => "The feed is not well-formed XML (line {line}).",
        FeedNotXmlAt => "The feed is not well-formed XML (line {line}, column {column}).",
        NotAFeedXml => "This is XML, but not an RSS, Atom or RDF feed.",
        // Sizes and lengths.
        Bytes => match form {
            One => "{count} bytes",
            _ => "{count} bytes",
        },
        Kilobytes => "{size} KB",
        Megabytes => "{size} MB",
        Gigabytes => "{size} GB",
        Terabytes => "{size} TB",
        Seconds => "{count} s",
        Minutes => "{count} min",
        Hours => "{count} h",
        HoursMinutes => "{hours} h {minutes} min",
    }
}
