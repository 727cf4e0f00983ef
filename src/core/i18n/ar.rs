//! Arabic (Modern Standard Arabic), written right to left. "خلاصة" for a feed and "مقال" for an
//! article, as Arabic feed readers say them; the reader is addressed with the usual imperative.
//! Numbers are ASCII digits, as many Arabic sites write them. Counted nouns take all six CLDR
//! forms: zero, one and two spell the number out ("مقالان"), few takes the plural (3–10 مقالات),
//! many the accusative singular (11–99 مقالًا), other the genitive singular (100 مقال).

use super::plural::Form::{self, *};
use super::Msg::{self, *};

pub(super) fn template(msg: Msg, form: Form) -> &'static str {
    match msg {
        SkipToContent => "انتقل إلى المحتوى",
        LibraryDocumentTitle => "خلاصاتك · Lectern",
        OfflineBadge => "دون اتصال: تقرأ نسخًا محفوظة",
        UpdateReady => "إصدار جديد من Lectern جاهز.",
        Reload => "أعد التحميل",
        LoadingLectern => "جارٍ تحميل Lectern…",
        NeedsJavaScript => "يحتاج Lectern إلى JavaScript وWebAssembly لعرض المقالات.",
        EmbedBlocked => "تعذّر تشغيل Lectern هنا: حُظر برنامجه النصي أو WebAssembly أو لم يُحمَّل.",
        TryAgain => "أعد المحاولة",
        Close => "إغلاق",
        Cancel => "إلغاء",
        Save => "حفظ",
        Undo => "تراجع",
        Language => "اللغة",
        LanguageAutomatic => "تلقائي (لغة المتصفح)",
        LoadingFeed => "جارٍ تحميل الخلاصة…",
        FeedUnreadableTitle => "تعذّرت قراءة هذه الخلاصة",
        OpenLinkedFeed => "افتح الخلاصة التي تشير إليها هذه الصفحة ({kind})",
        ReadDemoFeed => "اقرأ الخلاصة التجريبية",
        SavedCopy => "دون اتصال: هذه هي النسخة المحفوظة من الخلاصة.",
        SavedCopyFrom => "دون اتصال: هذه نسخة الخلاصة المحفوظة في {date}.",
        RelayNote => "قُرئت عبر وسيط هذا الموقع، لأن خادم الخلاصة لا يسمح للمواقع الأخرى بقراءتها.",
        ContinueReading => "تابع القراءة",
        ContinueInOtherFeeds => "تابع في خلاصاتك الأخرى",
        ShowMoreArticles => "اعرض مزيدًا من المقالات (المعروض {shown} من {count})",
        LoadMoreArticles => "حمّل مزيدًا من المقالات",
        LoadingMoreArticles => "جارٍ تحميل مزيد من المقالات…",
        MarkAsUnread => "علّمه كغير مقروء",
        StatusUnread => "غير مقروء",
        StatusFinished => "مقروء",
        PercentRead => "قُرئ {percent}%",
        PercentReadAt => "قُرئ {percent}% · {section}",
        Byline => "بقلم {name}",
        ListSeparator => "، ",
        ListLastSeparator => " و",
        Untitled => "بلا عنوان",
        MinutesRead => match form {
            Zero => "وقت القراءة: أقل من دقيقة",
            One => "وقت القراءة: دقيقة واحدة",
            Two => "وقت القراءة: دقيقتان",
            Few => "وقت القراءة: {count} دقائق",
            _ => "وقت القراءة: {count} دقيقة",
        },
        MinutesLeft => match form {
            Zero => "بقي أقل من دقيقة",
            One => "بقيت دقيقة واحدة",
            Two => "بقيت دقيقتان",
            Few => "بقيت {count} دقائق",
            _ => "بقيت {count} دقيقة",
        },
        Follow => "تابِع",
        Following => "تتابعها",
        YourFeeds => "خلاصاتك",
        NewSinceLastVisit => match form {
            Zero => "لا مقالات جديدة منذ زيارتك الأخيرة",
            One => "مقال جديد واحد منذ زيارتك الأخيرة",
            Two => "مقالان جديدان منذ زيارتك الأخيرة",
            Few => "{count} مقالات جديدة منذ زيارتك الأخيرة",
            Many => "{count} مقالًا جديدًا منذ زيارتك الأخيرة",
            Other => "{count} مقال جديد منذ زيارتك الأخيرة",
        },
        AllArticles => "→ كل المقالات",
        FeedNavigation => "الخلاصة",
        ReadOnOriginalSite => "اقرأه في الموقع الأصلي",
        ReadItOn => "اقرأه على {host}",
        Related => "قد يهمّك أيضًا",
        Contents => "المحتويات",
        Attachments => "المرفقات",
        AudioFormat => "صوت {format}",
        VideoFormat => "فيديو {format}",
        ReadingProgress => "تقدّم القراءة",
        PercentReadLeft => "قُرئ {percent}%، {left}",
        ResumedAt => "استُؤنفت القراءة عند: {section}",
        ResumedWhereYouLeftOff => "استُؤنفت القراءة من حيث توقفت",
        StartFromTheTop => "ابدأ من البداية",
        ArticleNotFound => "لم يُعثر على المقال",
        NoSuchArticle => "لا تحتوي هذه الخلاصة على مقال بالمعرّف «{id}». ربما أُزيل.",
        SeeAllArticles => "اعرض كل المقالات",
        LookingInLaterPages => "جارٍ البحث عن المقال في صفحات الخلاصة التالية…",
        NoTextInFeed => "لا تتضمن الخلاصة نص هذا المقال.",
        OnlyLinkInFeed => "لا تتضمن الخلاصة سوى رابط إلى هذا المقال.",
        ListenToTheArticle => "استمع إلى المقال",
        Listen => "استمع",
        Pause => "إيقاف مؤقت",
        Resume => "استئناف",
        Stop => "إيقاف",
        Speed => "السرعة",
        Voice => "الصوت",
        DefaultVoice => "الافتراضي",
        VoiceName => "{name} ({lang})",
        ReadingSettings => "إعدادات القراءة",
        TextSize => "حجم النص",
        SmallerText => "نص أصغر",
        LargerText => "نص أكبر",
        LineSpacing => "تباعد الأسطر",
        TighterLines => "أسطر أكثر تقاربًا",
        LooserLines => "أسطر أكثر تباعدًا",
        Font => "الخط",
        FontSerif => "خط مذيَّل",
        FontSans => "خط غير مذيَّل",
        LineWidth => "عرض السطر",
        WidthNarrow => "ضيق",
        WidthMedium => "متوسط",
        WidthWide => "عريض",
        Theme => "المظهر",
        ThemeAutomatic => "تلقائي",
        ThemeLight => "فاتح",
        ThemeSepia => "بنّي دافئ",
        ThemeDark => "داكن",
        ThemeHighContrast => "تباين عالٍ",
        JustifyText => "ضبط النص على الجانبين (مع تقسيم الكلمات)",
        BackToDefaults => "العودة إلى الإعدادات الافتراضية",
        KeyboardShortcuts => "اختصارات لوحة المفاتيح",
        KeyEscape => "Esc",
        ShortcutNextSection => "القسم التالي",
        ShortcutPreviousSection => "القسم السابق",
        ShortcutNextArticle => "المقال التالي",
        ShortcutPreviousArticle => "المقال السابق",
        ShortcutContents => "جدول المحتويات",
        ShortcutSettings => "إعدادات القراءة",
        ShortcutListen => "استمع، أو أوقف الاستماع مؤقتًا",
        ShortcutHelp => "اعرض هذه الاختصارات",
        ShortcutClose => "أغلق اللوحة المفتوحة",
        OpenAFeed => "افتح خلاصة",
        FeedAddressLabel => "عنوان خلاصة (RSS أو Atom أو JSON Feed)، أو موقع لديه واحدة",
        Open => "افتح",
        Opening => "جارٍ الفتح…",
        OpeningTheFeed => "جارٍ فتح الخلاصة…",
        TypeAnAddress => "اكتب عنوان خلاصة أو موقع لديه واحدة، أو الصقه.",
        LibraryEmpty => "لا تتابع أي خلاصة بعد. افتح واحدة، ثم اضغط «تابِع» في قائمتها.",
        FileCount => match form {
            Zero => "لا ملفات",
            One => "ملف واحد",
            Two => "ملفان",
            Few => "{count} ملفات",
            Many => "{count} ملفًا",
            Other => "{count} ملف",
        },
        ArticleCount => match form {
            Zero => "لا مقالات",
            One => "مقال واحد",
            Two => "مقالان",
            Few => "{count} مقالات",
            Many => "{count} مقالًا",
            Other => "{count} مقال",
        },
        NotOpenedYet => "لم تُفتح بعد",
        StartedCount => "بدأت قراءتها: {count}",
        NewCount => "الجديدة: {count}",
        CheckingForNew => "جارٍ البحث عن مقالات جديدة…",
        CouldNotCheck => "تعذّر التحقق منها الآن",
        RenameLabel => "الاسم (اتركه فارغًا لاستخدام عنوان الخلاصة نفسها)",
        Rename => "إعادة تسمية",
        Remove => "إزالة",
        MoveHidden => "نقل",
        Up => "إلى الأعلى",
        Down => "إلى الأسفل",
        RemovedFeed => "أُزيلت «{name}».",
        DemoFeedName => "عرض Lectern التجريبي",
        LibraryStorageDenied => {
            "لا يسمح هذا المتصفح لـ Lectern بحفظ خلاصاتك، لذا تبقى تغييراتك عليها حتى تغلق هذه الصفحة فقط."
        }
        LibraryStorageFull => {
            "امتلأت مساحة هذا المتصفح المخصصة لـ Lectern، لذا تبقى آخر تغييراتك على خلاصاتك حتى تغلق هذه الصفحة فقط."
        }
        LibraryUnreadable => "تعذّرت قراءة قائمة خلاصاتك المحفوظة، لذا بدأ Lectern قائمة جديدة.",
        LibraryNewer => {
            "حُفظت خلاصاتك بإصدار أحدث من Lectern. أعد تحميل هذه الصفحة لتراها؛ وحتى ذلك الحين تبقى التغييرات هنا حتى تغلقها فقط."
        }
        // A left-to-right mark after each scheme keeps its "//" beside it in right-to-left text.
        NotAFeedAddress => {
            "لا يستطيع Lectern فتح هذا العنوان كخلاصة: يجب أن يكون عنوان ويب كاملًا يبدأ بـ https://\u{200e} أو http://\u{200e}."
        }
        LibraryFull => "تضم مكتبتك الآن الحد الأقصى من الخلاصات ({count}). أزل واحدة لتضيف أخرى.",
        OpmlToggle => "انقل خلاصاتك إلى قارئ آخر أو منه (OPML)",
        OpmlHelp => {
            "تحمل ملفات OPML قائمة خلاصات من قارئ إلى آخر. يضيف الاستيراد الخلاصات المدرجة في الملف (RSS أو Atom أو JSON Feed) ويترك خلاصاتك الأخرى كما هي."
        }
        ExportOpml => "صدّر الخلاصات (OPML)",
        ImportOpml => "استورد OPML…",
        OpmlExportTitle => "خلاصات تُقرأ في Lectern",
        OpmlImported => "اكتمل الاستيراد: أُضيف {added}، وكان في مكتبتك من قبل {already}",
        OpmlRefused => "، ولم يُضف {count} لأن مكتبتك ممتلئة",
        OpmlSkipped => "؛ وتُخطّي من المدخلات {count} (بلا عنوان خلاصة، أو مكرر)",
        OpmlNotReadable => match form {
            Zero => "لا خلاصات غير قابلة للقراءة بعد (يقرأ Lectern صيغة JSON Feed):",
            One => "خلاصة واحدة غير قابلة للقراءة بعد (يقرأ Lectern صيغة JSON Feed):",
            Two => "خلاصتان غير قابلتين للقراءة بعد (يقرأ Lectern صيغة JSON Feed):",
            Few => "{count} خلاصات غير قابلة للقراءة بعد (يقرأ Lectern صيغة JSON Feed):",
            Many => "{count} خلاصةً غير قابلة للقراءة بعد (يقرأ Lectern صيغة JSON Feed):",
            Other => "{count} خلاصة غير قابلة للقراءة بعد (يقرأ Lectern صيغة JSON Feed):",
        },
        FullStop => ".",
        OpmlFileUnreadable => "تعذّر على هذا المتصفح قراءة الملف.",
        OpmlNotXml => "هذا الملف ليس قائمة اشتراكات OPML: إنه ليس XML سليم البنية.",
        OpmlNotOpml => "هذا الملف ليس قائمة اشتراكات OPML.",
        OpmlNoFeeds => "هذا الملف ليس قائمة اشتراكات OPML. لا يضم أي خلاصة.",
        FileUnreadable => "تعذّر على Lectern قراءة ذلك الملف.",
        ExportFailed => "تعذّر على هذا المتصفح حفظ ملف التصدير.",
        HistoryTitle => "سجل قراءتك",
        HistoryHelp => {
            "يتذكر Lectern موضعك في كل مقال، في هذا المتصفح وحده. صدّر السجل لتنقله إلى متصفح آخر؛ ويحتفظ الاستيراد بأحدث موضع لكل مقال."
        }
        Export => "تصدير",
        Import => "استيراد…",
        ClearHistory => "امسح سجل القراءة",
        HistoryCleared => match form {
            Zero => "مُسح سجل القراءة (لا مقالات).",
            One => "مُسح سجل القراءة (مقال واحد).",
            Two => "مُسح سجل القراءة (مقالان).",
            Few => "مُسح سجل القراءة ({count} مقالات).",
            Many => "مُسح سجل القراءة ({count} مقالًا).",
            Other => "مُسح سجل القراءة ({count} مقال).",
        },
        HistoryImported => match form {
            Zero => "لم يُستورد أي مقال: جديدة {added}، ومحدَّثة {updated}",
            One => "استُورد مقال واحد: جديدة {added}، ومحدَّثة {updated}",
            Two => "استُورد مقالان: جديدة {added}، ومحدَّثة {updated}",
            Few => "استُوردت {count} مقالات: جديدة {added}، ومحدَّثة {updated}",
            Many => "استُورد {count} مقالًا: جديدة {added}، ومحدَّثة {updated}",
            Other => "استُورد {count} مقال: جديدة {added}، ومحدَّثة {updated}",
        },
        HistoryKept => "، وبقي موضع هذا المتصفح في {count} لأنه أحدث",
        HistorySkipped => "؛ وتُخطّي من المدخلات غير المقروءة {count}",
        HistoryNotJson => "هذا الملف ليس سجل قراءة من Lectern: إنه ليس JSON.",
        HistoryNotHistory => {
            "هذا الملف ليس سجل قراءة من Lectern. صدّر سجلًا من صفحة القائمة في Lectern ثم استورده."
        }
        HistoryNewer => {
            "صُدّر سجل القراءة هذا بإصدار أحدث من Lectern (الصيغة {version}). حدّث Lectern ثم أعد المحاولة."
        }
        HistoryEmpty => "لا يضم سجل القراءة هذا أي مدخلات قابلة للقراءة، لذا لم يُستورد شيء.",
        ReadingPlaceStorageDenied => {
            "لا يسمح هذا المتصفح لـ Lectern بحفظ أي شيء هنا، لذا يبقى موضع قراءتك محفوظًا حتى تغلق هذه الصفحة فقط."
        }
        ReadingPlaceStorageFull => {
            "امتلأت مساحة هذا المتصفح المخصصة لـ Lectern، لذا يبقى آخر موضع لقراءتك محفوظًا حتى تغلق هذه الصفحة فقط."
        }
        SaveForOffline => "احفظ للقراءة دون اتصال",
        SavingForOffline => "جارٍ الحفظ للقراءة دون اتصال",
        FindingPages => "جارٍ البحث عن صفحات الخلاصة… (حتى الآن {count})",
        SavingFiles => "جارٍ الحفظ للقراءة دون اتصال: الملفات {done} من {count}",
        SavedOffline => "حُفظ للقراءة دون اتصال: {articles}، {files}",
        SavedPartOffline => "توقّف الحفظ وحُفظ جزء: {articles}، {files}",
        NotSavedCount => " (تعذّر حفظ {count})",
        StorageUsed => "يشغل Lectern الآن {used} من مساحة هذا المتصفح.",
        UsedOfQuota => "{used} من {quota}",
        OfflineNeedsWorker => {
            "يحتاج الحفظ للقراءة دون اتصال إلى دعم Lectern للعمل دون اتصال، وهو يبدأ بعد الزيارة الأولى: أعد تحميل الصفحة مرة واحدة، ثم أعد المحاولة."
        }
        OfflineNotStarted => "تعذّر بدء النسخة المحفوظة دون اتصال.",
        OfflineStopped => "توقفت النسخة المحفوظة دون اتصال.",
        PartUnavailable => {
            "لم يُنزَّل هذا الجزء من Lectern بعد، ولا يمكن تنزيله الآن. تحقّق من اتصالك، ثم أعد المحاولة."
        }
        NotAWebAddress => "«{address}» ليس عنوان ويب يستطيع Lectern قراءة خلاصة منه.",
        Unreachable => "تعذّر على Lectern الوصول إلى خادم الخلاصة. تحقّق من اتصالك، ثم أعد المحاولة.",
        UnreachableOrClosed => {
            "تعذّر على Lectern الوصول إلى خادم الخلاصة في {host}، أو أن الخادم لا يسمح للمواقع الأخرى بقراءة خلاصته. إن كان الموقع يعمل، فعلى مالكه أن يرسل الترويسة «Access-Control-Allow-Origin: *» مع الخلاصة."
        }
        YouAreOffline => "أنت غير متصل. اتصل بالإنترنت، ثم أعد المحاولة.",
        OfflineNotSaved => {
            "لا يستطيع Lectern الوصول إلى هذه الخلاصة، ولم تُحفظ للقراءة دون اتصال. أعد المحاولة حين تتصل بالإنترنت."
        }
        FeedTooLarge => "حجم الخلاصة أكبر من {count} ميغابايت، وهو أكثر مما يقرؤه Lectern.",
        FeedTimedOut => match form {
            Zero | Other => "لم يُجب خادم الخلاصة خلال {count} ثانية.",
            One => "لم يُجب خادم الخلاصة خلال ثانية واحدة.",
            Two => "لم يُجب خادم الخلاصة خلال ثانيتين.",
            Few => "لم يُجب خادم الخلاصة خلال {count} ثوانٍ.",
            Many => "لم يُجب خادم الخلاصة خلال {count} ثانية.",
        },
        ServerAnswered => "أجاب خادم الخلاصة بالرمز {status}.",
        ServerAccessDenied => "أجاب خادم الخلاصة بالرمز {status} (الوصول مرفوض).",
        ServerNotFound => "أجاب خادم الخلاصة بالرمز {status} (غير موجود).",
        ServerTooManyRequests => "أجاب خادم الخلاصة بالرمز {status} (طلبات كثيرة جدًا).",
        ServerError => "أجاب خادم الخلاصة بالرمز {status} (خطأ في الخادم).",
        FeedNotJson => "الخلاصة ليست JSON صالحًا (السطر {line}، العمود {column}).",
        NotAJsonFeed => "هذا JSON، لكنه ليس خلاصة JSON Feed: {reason}.",
        ReasonNotObject => "ليس كائن JSON",
        ReasonWrongTypes => "حقوله في المستوى الأعلى من أنواع خاطئة",
        ReasonNoVersion => "لا يذكر إصدار JSON Feed",
        ReasonNoItems => "ليست فيه قائمة مقالات",
        ItemMissingField => "المقال {item} في الخلاصة بلا حقل {field}.",
        ItemBadField => "المقال {item} في الخلاصة فيه حقل {field} غير صالح: {problem}.",
        FeedHasNoArticles => "لا مقالات في الخلاصة بعد.",
        WebPageWithFeed => "هذا العنوان صفحة ويب وليس خلاصة. تشير الصفحة إلى خلاصة.",
        WebPageWithoutFeed => "هذا العنوان صفحة ويب وليس خلاصة. لا تشير الصفحة إلى أي خلاصة.",
        FeedNotXml => "الخلاصة ليست XML سليم البنية.",
        FeedNotXmlAtLine => "الخلاصة ليست XML سليم البنية (السطر {line}).",
        FeedNotXmlAt => "الخلاصة ليست XML سليم البنية (السطر {line}، العمود {column}).",
        NotAFeedXml => "هذا XML، لكنه ليس خلاصة RSS أو Atom أو RDF.",
        Bytes => match form {
            Zero | Other => "{count} بايت",
            One => "بايت واحد",
            Two => "بايتان",
            Few => "{count} بايتات",
            Many => "{count} بايتًا",
        },
        Kilobytes => "{size} كيلوبايت",
        Megabytes => "{size} ميغابايت",
        Gigabytes => "{size} غيغابايت",
        Terabytes => "{size} تيرابايت",
        Seconds => "{count} ث",
        Minutes => "{count} د",
        Hours => "{count} س",
        HoursMinutes => "{hours} س {minutes} د",
    }
}
