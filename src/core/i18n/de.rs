//! German. The reader is addressed as "Sie"; "Feed" and "Artikel" as German readers know them.
//! One/other plurals; "min" and "s" do not inflect.

use super::plural::Form::{self, *};
use super::Msg::{self, *};

pub(super) fn template(msg: Msg, form: Form) -> &'static str {
    match msg {
        SkipToContent => "Zum Inhalt springen",
        LibraryDocumentTitle => "Ihre Feeds · Lectern",
        OfflineBadge => "Offline: gespeicherte Kopien",
        UpdateReady => "Eine neue Version von Lectern ist bereit.",
        Reload => "Neu laden",
        LoadingLectern => "Lectern wird geladen…",
        NeedsJavaScript => "Lectern braucht JavaScript und WebAssembly, um Artikel anzuzeigen.",
        EmbedBlocked => {
            "Lectern konnte hier nicht starten: Sein Skript oder WebAssembly wurde blockiert oder nicht geladen."
        }
        TryAgain => "Erneut versuchen",
        Close => "Schließen",
        Cancel => "Abbrechen",
        Save => "Speichern",
        Undo => "Rückgängig",
        Language => "Sprache",
        LanguageAutomatic => "Automatisch (Sprache des Browsers)",
        LoadingFeed => "Feed wird geladen…",
        FeedUnreadableTitle => "Dieser Feed konnte nicht gelesen werden",
        OpenLinkedFeed => "Den Feed öffnen, auf den diese Seite verweist ({kind})",
        ReadDemoFeed => "Den Demo-Feed lesen",
        SavedCopy => "Offline: Dies ist die gespeicherte Kopie des Feeds.",
        SavedCopyFrom => "Offline: Dies ist die Kopie des Feeds vom {date}.",
        RelayNote => "Über das Relay dieser Website gelesen, da der Server des Feeds anderen Websites das Lesen nicht erlaubt.",
        ContinueReading => "Weiterlesen",
        ContinueInOtherFeeds => "In Ihren anderen Feeds weiterlesen",
        ShowMoreArticles => match form {
            One => "Mehr Artikel anzeigen ({shown} von {count} angezeigt)",
            _ => "Mehr Artikel anzeigen ({shown} von {count} angezeigt)",
        },
        LoadMoreArticles => "Weitere Artikel laden",
        LoadingMoreArticles => "Weitere Artikel werden geladen…",
        MarkAsUnread => "Als ungelesen markieren",
        StatusUnread => "Ungelesen",
        StatusFinished => "Gelesen",
        PercentRead => "{percent}\u{a0}% gelesen",
        PercentReadAt => "{percent}\u{a0}% gelesen · {section}",
        Byline => "Von {name}",
        ListSeparator => ", ",
        ListLastSeparator => " und ",
        Untitled => "Ohne Titel",
        MinutesRead => "{count} Min. Lesezeit",
        MinutesLeft => "noch {count} Min.",
        Follow => "Folgen",
        Following => "Folge ich",
        YourFeeds => "Ihre Feeds",
        NewSinceLastVisit => match form {
            One => "{count} neuer Artikel seit Ihrem letzten Besuch",
            _ => "{count} neue Artikel seit Ihrem letzten Besuch",
        },
        AllArticles => "← Alle Artikel",
        FeedNavigation => "Feed",
        ReadOnOriginalSite => "Auf der Originalseite lesen",
        ReadItOn => "Auf {host} lesen",
        Related => "Das könnte Sie interessieren",
        Contents => "Inhalt",
        Attachments => "Anhänge",
        AudioFormat => "{format}-Audio",
        VideoFormat => "{format}-Video",
        ReadingProgress => "Lesefortschritt",
        PercentReadLeft => "{percent}\u{a0}% gelesen, {left}",
        ResumedAt => "Fortgesetzt bei: {section}",
        ResumedWhereYouLeftOff => "Fortgesetzt, wo Sie aufgehört haben",
        StartFromTheTop => "Von vorn beginnen",
        ArticleNotFound => "Artikel nicht gefunden",
        NoSuchArticle => "Dieser Feed hat keinen Artikel mit der ID „{id}“. Vielleicht wurde er entfernt.",
        SeeAllArticles => "Alle Artikel ansehen",
        LookingInLaterPages => "Der Artikel wird auf den weiteren Seiten des Feeds gesucht…",
        NoTextInFeed => "Der Feed enthält keinen Text zu diesem Artikel.",
        OnlyLinkInFeed => "Der Feed enthält nur einen Link zu diesem Artikel.",
        ListenToTheArticle => "Den Artikel anhören",
        Listen => "Anhören",
        Pause => "Pause",
        Resume => "Fortsetzen",
        Stop => "Stopp",
        Speed => "Tempo",
        Voice => "Stimme",
        DefaultVoice => "Standard",
        VoiceName => "{name} ({lang})",
        ReadingSettings => "Leseeinstellungen",
        TextSize => "Schriftgröße",
        SmallerText => "Kleinere Schrift",
        LargerText => "Größere Schrift",
        LineSpacing => "Zeilenabstand",
        TighterLines => "Engere Zeilen",
        LooserLines => "Weitere Zeilen",
        Font => "Schrift",
        FontSerif => "Serifenschrift",
        FontSans => "Serifenlos",
        LineWidth => "Zeilenbreite",
        WidthNarrow => "Schmal",
        WidthMedium => "Mittel",
        WidthWide => "Breit",
        Theme => "Farbschema",
        ThemeAutomatic => "Automatisch",
        ThemeLight => "Hell",
        ThemeSepia => "Sepia",
        ThemeDark => "Dunkel",
        ThemeHighContrast => "Hoher Kontrast",
        JustifyText => "Blocksatz (mit Silbentrennung)",
        BackToDefaults => "Auf Standard zurücksetzen",
        KeyboardShortcuts => "Tastenkürzel",
        KeyEscape => "Esc",
        ShortcutNextSection => "Nächster Abschnitt",
        ShortcutPreviousSection => "Vorheriger Abschnitt",
        ShortcutNextArticle => "Nächster Artikel",
        ShortcutPreviousArticle => "Vorheriger Artikel",
        ShortcutContents => "Inhaltsverzeichnis",
        ShortcutSettings => "Leseeinstellungen",
        ShortcutListen => "Anhören oder pausieren",
        ShortcutHelp => "Diese Tastenkürzel zeigen",
        ShortcutClose => "Offenes Fenster schließen",
        OpenAFeed => "Einen Feed öffnen",
        FeedAddressLabel => "Adresse eines Feeds (RSS, Atom oder JSON Feed) oder einer Website, die einen hat",
        Open => "Öffnen",
        Opening => "Wird geöffnet…",
        OpeningTheFeed => "Der Feed wird geöffnet…",
        TypeAnAddress => "Geben Sie die Adresse eines Feeds oder einer Website mit Feed ein oder fügen Sie sie ein.",
        LibraryEmpty => "Sie folgen noch keinen Feeds. Öffnen Sie einen und tippen Sie in seiner Liste auf „Folgen“.",
        FileCount => match form {
            One => "{count} Datei",
            _ => "{count} Dateien",
        },
        ArticleCount => match form {
            One => "{count} Artikel",
            _ => "{count} Artikel",
        },
        NotOpenedYet => "Noch nicht geöffnet",
        StartedCount => match form {
            One => "{count} begonnen",
            _ => "{count} begonnen",
        },
        NewCount => match form {
            One => "{count} neuer",
            _ => "{count} neue",
        },
        CheckingForNew => "wird auf neue Artikel geprüft…",
        CouldNotCheck => "konnte gerade nicht geprüft werden",
        RenameLabel => "Name (leer lassen für den Titel des Feeds)",
        Rename => "Umbenennen",
        Remove => "Entfernen",
        MoveHidden => "Verschieben",
        Up => "Nach oben",
        Down => "Nach unten",
        RemovedFeed => "„{name}“ entfernt.",
        DemoFeedName => "Lectern-Demo",
        LibraryStorageDenied => {
            "Dieser Browser lässt Lectern Ihre Feeds nicht speichern. Änderungen daran gelten nur, bis Sie diese Seite schließen."
        }
        LibraryStorageFull => {
            "Der Speicher dieses Browsers für Lectern ist voll. Ihre letzten Änderungen an den Feeds gelten nur, bis Sie diese Seite schließen."
        }
        LibraryUnreadable => {
            "Ihre gespeicherte Liste von Feeds konnte nicht gelesen werden, daher hat Lectern eine neue begonnen."
        }
        LibraryNewer => {
            "Ihre Feeds wurden von einer neueren Version von Lectern gespeichert. Laden Sie diese Seite neu, um sie zu sehen; bis dahin gelten Änderungen hier nur, bis Sie die Seite schließen."
        }
        NotAFeedAddress => {
            "Lectern kann diese Adresse nicht als Feed öffnen: Es muss eine vollständige Webadresse sein, die mit https:// oder http:// beginnt."
        }
        LibraryFull => match form {
            One => "Ihre Bibliothek enthält bereits {count} Feed, mehr geht nicht. Entfernen Sie einen, um einen anderen hinzuzufügen.",
            _ => "Ihre Bibliothek enthält bereits {count} Feeds, mehr geht nicht. Entfernen Sie einen, um einen anderen hinzuzufügen.",
        },
        OpmlToggle => "Feeds zu einem anderen Reader übertragen oder von dort holen (OPML)",
        OpmlHelp => {
            "OPML-Dateien tragen eine Liste von Feeds von einem Reader zum anderen. Beim Import kommen die Feeds der Datei hinzu (RSS, Atom oder JSON Feed); Ihre übrigen Feeds bleiben, wie sie sind."
        }
        ExportOpml => "Feeds exportieren (OPML)",
        ImportOpml => "OPML importieren…",
        OpmlExportTitle => "In Lectern gelesene Feeds",
        OpmlImported => "Importiert: {added} hinzugefügt, {already} schon in Ihrer Bibliothek",
        OpmlRefused => match form {
            One => ", {count} nicht hinzugefügt, weil Ihre Bibliothek voll ist",
            _ => ", {count} nicht hinzugefügt, weil Ihre Bibliothek voll ist",
        },
        OpmlSkipped => match form {
            One => "; {count} Eintrag übersprungen (ohne Feed-Adresse oder doppelt)",
            _ => "; {count} Einträge übersprungen (ohne Feed-Adresse oder doppelt)",
        },
        OpmlNotReadable => match form {
            One => "{count} Feed ist noch nicht lesbar (Lectern liest JSON Feed):",
            _ => "{count} Feeds sind noch nicht lesbar (Lectern liest JSON Feed):",
        },
        FullStop => ".",
        OpmlFileUnreadable => "Dieser Browser konnte die Datei nicht lesen.",
        OpmlNotXml => "Diese Datei ist keine OPML-Abonnementliste: Sie ist kein wohlgeformtes XML.",
        OpmlNotOpml => "Diese Datei ist keine OPML-Abonnementliste.",
        OpmlNoFeeds => "Diese Datei ist keine OPML-Abonnementliste. Sie enthält keine Feeds.",
        FileUnreadable => "Lectern konnte diese Datei nicht lesen.",
        ExportFailed => "Dieser Browser konnte die Exportdatei nicht speichern.",
        HistoryTitle => "Ihr Leseverlauf",
        HistoryHelp => {
            "Lectern merkt sich, wo Sie in jedem Artikel sind, nur in diesem Browser. Exportieren Sie den Verlauf, um ihn in einen anderen Browser mitzunehmen; beim Import bleibt für jeden Artikel die jüngste Stelle."
        }
        Export => "Exportieren",
        Import => "Importieren…",
        ClearHistory => "Leseverlauf löschen",
        HistoryCleared => match form {
            One => "Leseverlauf gelöscht ({count} Artikel).",
            _ => "Leseverlauf gelöscht ({count} Artikel).",
        },
        HistoryImported => match form {
            One => "{count} Artikel importiert: {added} neu, {updated} aktualisiert",
            _ => "{count} Artikel importiert: {added} neu, {updated} aktualisiert",
        },
        HistoryKept => match form {
            One => ", {count} behalten, weil die Stelle in diesem Browser neuer ist",
            _ => ", {count} behalten, weil die Stelle in diesem Browser neuer ist",
        },
        HistorySkipped => match form {
            One => "; {count} unlesbarer Eintrag übersprungen",
            _ => "; {count} unlesbare Einträge übersprungen",
        },
        HistoryNotJson => "Diese Datei ist kein Leseverlauf von Lectern: Sie ist kein JSON.",
        HistoryNotHistory => {
            "Diese Datei ist kein Leseverlauf von Lectern. Exportieren Sie einen auf der Listenseite von Lectern und importieren Sie diesen."
        }
        HistoryNewer => {
            "Dieser Leseverlauf wurde von einer neueren Version von Lectern exportiert (Format {version}). Aktualisieren Sie Lectern und versuchen Sie es erneut."
        }
        HistoryEmpty => "Dieser Leseverlauf enthält keine lesbaren Einträge, daher wurde nichts importiert.",
        ReadingPlaceStorageDenied => {
            "Dieser Browser lässt Lectern hier nichts speichern. Ihre Lesestelle bleibt nur erhalten, bis Sie diese Seite schließen."
        }
        ReadingPlaceStorageFull => {
            "Der Speicher dieses Browsers für Lectern ist voll. Ihre letzte Lesestelle bleibt nur erhalten, bis Sie diese Seite schließen."
        }
        SaveForOffline => "Für offline speichern",
        SavingForOffline => "Wird für offline gespeichert",
        FindingPages => match form {
            One => "Die Seiten des Feeds werden gesucht… (bisher {count})",
            _ => "Die Seiten des Feeds werden gesucht… (bisher {count})",
        },
        SavingFiles => match form {
            One => "Wird für offline gespeichert: {done} von {count} Datei",
            _ => "Wird für offline gespeichert: {done} von {count} Dateien",
        },
        SavedOffline => "Für offline gespeichert: {articles}, {files}",
        SavedPartOffline => "Angehalten, ein Teil ist gespeichert: {articles}, {files}",
        NotSavedCount => match form {
            One => " ({count} konnte nicht gespeichert werden)",
            _ => " ({count} konnten nicht gespeichert werden)",
        },
        StorageUsed => "Lectern belegt jetzt {used} des Speichers dieses Browsers.",
        UsedOfQuota => "{used} von {quota}",
        OfflineNeedsWorker => {
            "Zum Speichern für offline braucht Lectern seine Offline-Unterstützung, die nach dem ersten Besuch beginnt: Laden Sie die Seite einmal neu und versuchen Sie es dann erneut."
        }
        OfflineNotStarted => "Die Offline-Kopie konnte nicht gestartet werden.",
        OfflineStopped => "Die Offline-Kopie wurde abgebrochen.",
        PartUnavailable => {
            "Dieser Teil von Lectern ist noch nicht geladen und kann gerade nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut."
        }
        NotAWebAddress => "„{address}“ ist keine Webadresse, von der Lectern einen Feed lesen kann.",
        Unreachable => {
            "Lectern hat den Server des Feeds nicht erreicht. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut."
        }
        UnreachableOrClosed => {
            "Lectern hat den Server des Feeds unter {host} nicht erreicht, oder der Server lässt andere Websites seinen Feed nicht lesen. Wenn die Website erreichbar ist, muss ihr Betreiber den Header „Access-Control-Allow-Origin: *“ mit dem Feed senden."
        }
        YouAreOffline => "Sie sind offline. Verbinden Sie sich mit dem Internet und versuchen Sie es erneut.",
        OfflineNotSaved => {
            "Lectern erreicht diesen Feed nicht, und er wurde nicht für offline gespeichert. Versuchen Sie es erneut, wenn Sie online sind."
        }
        FeedTooLarge => match form {
            One => "Der Feed ist größer als {count} MB, mehr als Lectern liest.",
            _ => "Der Feed ist größer als {count} MB, mehr als Lectern liest.",
        },
        FeedTimedOut => match form {
            One => "Der Server des Feeds hat nicht innerhalb von {count} Sekunde geantwortet.",
            _ => "Der Server des Feeds hat nicht innerhalb von {count} Sekunden geantwortet.",
        },
        ServerAnswered => "Der Server des Feeds antwortete mit {status}.",
        ServerAccessDenied => "Der Server des Feeds antwortete mit {status} (Zugriff verweigert).",
        ServerNotFound => "Der Server des Feeds antwortete mit {status} (nicht gefunden).",
        ServerTooManyRequests => "Der Server des Feeds antwortete mit {status} (zu viele Anfragen).",
        ServerError => "Der Server des Feeds antwortete mit {status} (ein Serverfehler).",
        FeedNotJson => "Der Feed ist kein gültiges JSON (Zeile {line}, Spalte {column}).",
        NotAJsonFeed => "Das ist JSON, aber kein JSON Feed: {reason}.",
        ReasonNotObject => "es ist kein JSON-Objekt",
        ReasonWrongTypes => "seine Felder auf oberster Ebene haben die falschen Typen",
        ReasonNoVersion => "es hat keine JSON-Feed-Version",
        ReasonNoItems => "es hat keine Liste von Artikeln",
        ItemMissingField => "Artikel {item} im Feed hat kein Feld {field}.",
        ItemBadField => "Artikel {item} im Feed hat ein fehlerhaftes Feld {field}: {problem}.",
        FeedHasNoArticles => "Der Feed hat noch keine Artikel.",
        WebPageWithFeed => "Diese Adresse ist eine Webseite, kein Feed. Die Seite verweist auf einen Feed.",
        WebPageWithoutFeed => "Diese Adresse ist eine Webseite, kein Feed. Die Seite verweist auf keinen Feed.",
        FeedNotXml => "Der Feed ist kein wohlgeformtes XML.",
        FeedNotXmlAtLine => "Der Feed ist kein wohlgeformtes XML (Zeile {line}).",
        FeedNotXmlAt => "Der Feed ist kein wohlgeformtes XML (Zeile {line}, Spalte {column}).",
        NotAFeedXml => "Das ist XML, aber kein RSS-, Atom- oder RDF-Feed.",
        Bytes => match form {
            One => "{count} Byte",
            _ => "{count} Byte",
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
