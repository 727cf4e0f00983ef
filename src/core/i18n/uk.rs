//! Ukrainian. "Стрічка" for a feed, as Ukrainian readers and newsrooms say it; the reader is
//! addressed as "ви". Counted nouns take one/few/many (1 стаття, 2 статті, 5 статей) and the
//! genitive singular for fractions (other); where a count only labels, "нових: 3" avoids agreement.

use super::plural::Form::{self, *};
use super::Msg::{self, *};

pub(super) fn template(msg: Msg, form: Form) -> &'static str {
    match msg {
        SkipToContent => "Перейти до основного вмісту",
        LibraryDocumentTitle => "Ваші стрічки · Lectern",
        OfflineBadge => "Без мережі: показано збережені копії",
        UpdateReady => "Нова версія Lectern готова.",
        Reload => "Перезавантажити",
        LoadingLectern => "Завантаження Lectern…",
        NeedsJavaScript => "Щоб показувати статті, Lectern потрібні JavaScript і WebAssembly.",
        EmbedBlocked => "Lectern не вдалося запуститися тут: його скрипт або WebAssembly заблоковано чи не завантажено.",
        TryAgain => "Спробувати ще раз",
        Close => "Закрити",
        Cancel => "Скасувати",
        Save => "Зберегти",
        Undo => "Повернути",
        Language => "Мова",
        LanguageAutomatic => "Автоматично (мова браузера)",
        LoadingFeed => "Завантаження стрічки…",
        FeedUnreadableTitle => "Не вдалося прочитати цю стрічку",
        OpenLinkedFeed => "Відкрити стрічку, на яку посилається ця сторінка ({kind})",
        ReadDemoFeed => "Читати демонстраційну стрічку",
        SavedCopy => "Без мережі: це збережена копія стрічки.",
        SavedCopyFrom => "Без мережі: це копія стрічки, збережена {date}.",
        RelayNote => "Прочитано через посередника цього сайту, бо сервер стрічки не дозволяє іншим сайтам її читати.",
        ContinueReading => "Продовжити читання",
        ContinueInOtherFeeds => "Продовжити в інших стрічках",
        ShowMoreArticles => "Показати більше статей (показано {shown} з {count})",
        LoadMoreArticles => "Завантажити більше статей",
        LoadingMoreArticles => "Завантаження статей…",
        MarkAsUnread => "Позначити як непрочитане",
        StatusUnread => "Непрочитане",
        StatusFinished => "Прочитано",
        PercentRead => "Прочитано {percent}%",
        PercentReadAt => "Прочитано {percent}% · {section}",
        Byline => "Автор: {name}",
        ListSeparator => ", ",
        ListLastSeparator => " і ",
        Untitled => "Без назви",
        MinutesRead => "{count} хв читання",
        MinutesLeft => "{count} хв до кінця",
        Follow => "Стежити",
        Following => "Ви стежите",
        YourFeeds => "Ваші стрічки",
        NewSinceLastVisit => match form {
            One => "{count} нова стаття з вашого останнього відвідування",
            Few => "{count} нові статті з вашого останнього відвідування",
            Many => "{count} нових статей з вашого останнього відвідування",
            _ => "{count} нової статті з вашого останнього відвідування",
        },
        AllArticles => "← Усі статті",
        FeedNavigation => "Стрічка",
        ReadOnOriginalSite => "Читати на сайті джерела",
        ReadItOn => "Читати на сайті {host}",
        Related => "Вас може зацікавити",
        Contents => "Зміст",
        Attachments => "Вкладення",
        AudioFormat => "Аудіо {format}",
        VideoFormat => "Відео {format}",
        ReadingProgress => "Прогрес читання",
        PercentReadLeft => "Прочитано {percent}%, {left}",
        ResumedAt => "Продовжено з розділу: {section}",
        ResumedWhereYouLeftOff => "Продовжено з місця, де ви зупинилися",
        StartFromTheTop => "Почати спочатку",
        ArticleNotFound => "Статтю не знайдено",
        NoSuchArticle => "У цій стрічці немає статті з ідентифікатором «{id}». Можливо, її вилучили.",
        SeeAllArticles => "Переглянути всі статті",
        LookingInLaterPages => "Шукаємо статтю на наступних сторінках стрічки…",
        NoTextInFeed => "Стрічка не містить тексту цієї статті.",
        OnlyLinkInFeed => "Стрічка містить лише посилання на цю статтю.",
        ListenToTheArticle => "Слухати статтю",
        Listen => "Слухати",
        Pause => "Пауза",
        Resume => "Продовжити",
        Stop => "Зупинити",
        Speed => "Швидкість",
        Voice => "Голос",
        DefaultVoice => "Типовий",
        VoiceName => "{name} ({lang})",
        ReadingSettings => "Налаштування читання",
        TextSize => "Розмір тексту",
        SmallerText => "Менший текст",
        LargerText => "Більший текст",
        LineSpacing => "Міжрядковий інтервал",
        TighterLines => "Щільніші рядки",
        LooserLines => "Вільніші рядки",
        Font => "Шрифт",
        FontSerif => "Із засічками",
        FontSans => "Без засічок",
        LineWidth => "Ширина рядка",
        WidthNarrow => "Вузька",
        WidthMedium => "Середня",
        WidthWide => "Широка",
        Theme => "Тема",
        ThemeAutomatic => "Автоматична",
        ThemeLight => "Світла",
        ThemeSepia => "Сепія",
        ThemeDark => "Темна",
        ThemeHighContrast => "Висока контрастність",
        JustifyText => "Вирівнювати за шириною (з перенесенням слів)",
        BackToDefaults => "Повернути типові налаштування",
        KeyboardShortcuts => "Клавіатурні скорочення",
        KeyEscape => "Esc",
        ShortcutNextSection => "Наступний розділ",
        ShortcutPreviousSection => "Попередній розділ",
        ShortcutNextArticle => "Наступна стаття",
        ShortcutPreviousArticle => "Попередня стаття",
        ShortcutContents => "Зміст",
        ShortcutSettings => "Налаштування читання",
        ShortcutListen => "Слухати або призупинити",
        ShortcutHelp => "Показати ці скорочення",
        ShortcutClose => "Закрити відкриту панель",
        OpenAFeed => "Відкрити стрічку",
        FeedAddressLabel => "Адреса стрічки (RSS, Atom або JSON Feed) або сайту, який її має",
        Open => "Відкрити",
        Opening => "Відкриваємо…",
        OpeningTheFeed => "Відкриваємо стрічку…",
        TypeAnAddress => "Введіть або вставте адресу стрічки чи сайту, який її має.",
        LibraryEmpty => "Ви ще не стежите за жодною стрічкою. Відкрийте стрічку й натисніть «Стежити» над її списком.",
        FileCount => match form {
            One => "{count} файл",
            Few => "{count} файли",
            Many => "{count} файлів",
            _ => "{count} файлу",
        },
        ArticleCount => match form {
            One => "{count} стаття",
            Few => "{count} статті",
            Many => "{count} статей",
            _ => "{count} статті",
        },
        NotOpenedYet => "Ще не відкривали",
        StartedCount => "розпочато: {count}",
        NewCount => match form {
            One => "{count} нова",
            Few => "{count} нові",
            Many => "{count} нових",
            _ => "{count} нової",
        },
        CheckingForNew => "перевіряємо нові статті…",
        CouldNotCheck => "зараз не вдалося перевірити",
        RenameLabel => "Назва (залиште порожньою, щоб лишилася назва самої стрічки)",
        Rename => "Перейменувати",
        Remove => "Вилучити",
        MoveHidden => "Перемістити",
        Up => "Вгору",
        Down => "Вниз",
        RemovedFeed => "Вилучено «{name}».",
        DemoFeedName => "Демонстрація Lectern",
        LibraryStorageDenied => {
            "Цей браузер не дозволяє Lectern зберігати ваші стрічки, тож зміни в них діятимуть лише до закриття цієї сторінки."
        }
        LibraryStorageFull => {
            "Сховище цього браузера для Lectern заповнене, тож останні зміни у ваших стрічках діятимуть лише до закриття цієї сторінки."
        }
        LibraryUnreadable => "Не вдалося прочитати збережений список ваших стрічок, тож Lectern почав новий.",
        LibraryNewer => {
            "Ваші стрічки збережено новішою версією Lectern. Перезавантажте сторінку, щоб їх побачити; доти зміни тут діятимуть лише до її закриття."
        }
        NotAFeedAddress => {
            "Lectern не може відкрити цю адресу як стрічку: потрібна повна вебадреса, що починається з https:// або http://."
        }
        LibraryFull => match form {
            One => "У вашій бібліотеці вже {count} стрічка — це найбільше, що вона вміщує. Вилучіть одну, щоб додати іншу.",
            Few => "У вашій бібліотеці вже {count} стрічки — це найбільше, що вона вміщує. Вилучіть одну, щоб додати іншу.",
            Many => "У вашій бібліотеці вже {count} стрічок — це найбільше, що вона вміщує. Вилучіть одну, щоб додати іншу.",
            _ => "У вашій бібліотеці вже {count} стрічки — це найбільше, що вона вміщує. Вилучіть одну, щоб додати іншу.",
        },
        OpmlToggle => "Перенести стрічки з іншої програми чи до неї (OPML)",
        OpmlHelp => {
            "Файли OPML переносять список стрічок між програмами для читання. Імпорт додає перелічені у файлі стрічки (RSS, Atom або JSON Feed) і не змінює решти ваших стрічок."
        }
        ExportOpml => "Експортувати стрічки (OPML)",
        ImportOpml => "Імпортувати OPML…",
        OpmlExportTitle => "Стрічки, які читають у Lectern",
        OpmlImported => "Імпортовано: додано {added}, уже були в бібліотеці {already}",
        OpmlRefused => ", не додано, бо бібліотека заповнена: {count}",
        OpmlSkipped => "; пропущено записів без адреси стрічки або з повтором: {count}",
        OpmlNotReadable => match form {
            One => "{count} стрічку ще не можна читати (Lectern читає JSON Feed):",
            Few => "{count} стрічки ще не можна читати (Lectern читає JSON Feed):",
            Many => "{count} стрічок ще не можна читати (Lectern читає JSON Feed):",
            _ => "{count} стрічки ще не можна читати (Lectern читає JSON Feed):",
        },
        FullStop => ".",
        OpmlFileUnreadable => "Цей браузер не зміг прочитати файл.",
        OpmlNotXml => "Цей файл не є списком підписок OPML: це не коректний XML.",
        OpmlNotOpml => "Цей файл не є списком підписок OPML.",
        OpmlNoFeeds => "Цей файл не є списком підписок OPML. У ньому немає стрічок.",
        FileUnreadable => "Lectern не зміг прочитати цей файл.",
        ExportFailed => "Цей браузер не зміг зберегти файл експорту.",
        HistoryTitle => "Ваша історія читання",
        HistoryHelp => {
            "Lectern пам’ятає, де ви зупинилися в кожній статті, — лише в цьому браузері. Експортуйте історію, щоб перенести її в інший браузер; під час імпорту для кожної статті лишається найновіше місце."
        }
        Export => "Експортувати",
        Import => "Імпортувати…",
        ClearHistory => "Очистити історію читання",
        HistoryCleared => match form {
            One => "Історію читання очищено ({count} стаття).",
            Few => "Історію читання очищено ({count} статті).",
            Many => "Історію читання очищено ({count} статей).",
            _ => "Історію читання очищено ({count} статті).",
        },
        HistoryImported => match form {
            One => "Імпортовано {count} статтю: нових {added}, оновлених {updated}",
            Few => "Імпортовано {count} статті: нових {added}, оновлених {updated}",
            Many => "Імпортовано {count} статей: нових {added}, оновлених {updated}",
            _ => "Імпортовано {count} статті: нових {added}, оновлених {updated}",
        },
        HistoryKept => ", лишилося місце з цього браузера, бо воно новіше: {count}",
        HistorySkipped => "; пропущено нечитабельних записів: {count}",
        HistoryNotJson => "Цей файл не є історією читання Lectern: це не JSON.",
        HistoryNotHistory => {
            "Цей файл не є історією читання Lectern. Експортуйте історію зі сторінки списку в Lectern та імпортуйте той файл."
        }
        HistoryNewer => {
            "Цю історію читання експортувала новіша версія Lectern (формат {version}). Оновіть Lectern і спробуйте ще раз."
        }
        HistoryEmpty => "У цій історії читання немає записів, які можна прочитати, тож нічого не імпортовано.",
        ReadingPlaceStorageDenied => {
            "Цей браузер не дозволяє Lectern нічого тут зберігати, тож місце читання пам’ятатиметься лише до закриття цієї сторінки."
        }
        ReadingPlaceStorageFull => {
            "Сховище цього браузера для Lectern заповнене, тож останнє місце читання пам’ятатиметься лише до закриття цієї сторінки."
        }
        SaveForOffline => "Зберегти для читання без мережі",
        SavingForOffline => "Збереження для читання без мережі",
        FindingPages => "Шукаємо сторінки стрічки… (знайдено {count})",
        SavingFiles => match form {
            One => "Збереження для читання без мережі: {done} з {count} файлу",
            _ => "Збереження для читання без мережі: {done} з {count} файлів",
        },
        SavedOffline => "Збережено для читання без мережі: {articles}, {files}",
        SavedPartOffline => "Зупинено, збережено частину: {articles}, {files}",
        NotSavedCount => " (не вдалося зберегти: {count})",
        StorageUsed => "Тепер Lectern займає {used} сховища цього браузера.",
        UsedOfQuota => "{used} з {quota}",
        OfflineNeedsWorker => {
            "Щоб зберігати для читання без мережі, потрібен офлайн-режим Lectern, а він вмикається після першого відвідування: перезавантажте сторінку один раз і спробуйте знову."
        }
        OfflineNotStarted => "Не вдалося почати збереження офлайн-копії.",
        OfflineStopped => "Збереження офлайн-копії зупинилося.",
        PartUnavailable => {
            "Ця частина Lectern ще не завантажилася, а зараз її не завантажити. Перевірте з’єднання і спробуйте ще раз."
        }
        NotAWebAddress => "«{address}» — не вебадреса, з якої Lectern може прочитати стрічку.",
        Unreachable => "Lectern не зміг зв’язатися з сервером стрічки. Перевірте з’єднання і спробуйте ще раз.",
        UnreachableOrClosed => {
            "Lectern не зміг зв’язатися з сервером стрічки {host}, або сервер не дозволяє іншим сайтам читати свою стрічку. Якщо сайт працює, його власник має надсилати зі стрічкою заголовок «Access-Control-Allow-Origin: *»."
        }
        YouAreOffline => "Ви не в мережі. Під’єднайтеся до інтернету і спробуйте ще раз.",
        OfflineNotSaved => {
            "Lectern не може дістатися цієї стрічки, а для читання без мережі її не збережено. Спробуйте ще раз, коли будете в мережі."
        }
        FeedTooLarge => "Стрічка більша за {count} МБ — це більше, ніж читає Lectern.",
        FeedTimedOut => match form {
            One => "Сервер стрічки не відповів протягом {count} секунди.",
            Few | Many => "Сервер стрічки не відповів протягом {count} секунд.",
            _ => "Сервер стрічки не відповів протягом {count} секунди.",
        },
        ServerAnswered => "Сервер стрічки відповів кодом {status}.",
        ServerAccessDenied => "Сервер стрічки відповів кодом {status} (доступ заборонено).",
        ServerNotFound => "Сервер стрічки відповів кодом {status} (не знайдено).",
        ServerTooManyRequests => "Сервер стрічки відповів кодом {status} (забагато запитів).",
        ServerError => "Сервер стрічки відповів кодом {status} (помилка сервера).",
        FeedNotJson => "Стрічка не є коректним JSON (рядок {line}, позиція {column}).",
        NotAJsonFeed => "Це JSON, але не JSON Feed: {reason}.",
        ReasonNotObject => "це не об’єкт JSON",
        ReasonWrongTypes => "поля верхнього рівня мають неправильні типи",
        ReasonNoVersion => "у ньому не вказано версії JSON Feed",
        ReasonNoItems => "у ньому немає списку статей",
        ItemMissingField => "Стаття {item} у стрічці не має поля {field}.",
        ItemBadField => "Стаття {item} у стрічці має хибне поле {field}: {problem}.",
        FeedHasNoArticles => "У стрічці ще немає статей.",
        WebPageWithFeed => "Ця адреса — вебсторінка, а не стрічка. Сторінка посилається на стрічку.",
        WebPageWithoutFeed => "Ця адреса — вебсторінка, а не стрічка. Сторінка не посилається на жодну стрічку.",
        FeedNotXml => "Стрічка не є коректним XML.",
        FeedNotXmlAtLine => "Стрічка не є коректним XML (рядок {line}).",
        FeedNotXmlAt => "Стрічка не є коректним XML (рядок {line}, позиція {column}).",
        NotAFeedXml => "Це XML, але не стрічка RSS, Atom чи RDF.",
        Bytes => match form {
            One => "{count} байт",
            Few => "{count} байти",
            Many => "{count} байтів",
            _ => "{count} байта",
        },
        Kilobytes => "{size} КБ",
        Megabytes => "{size} МБ",
        Gigabytes => "{size} ГБ",
        Terabytes => "{size} ТБ",
        Seconds => "{count} с",
        Minutes => "{count} хв",
        Hours => "{count} год",
        HoursMinutes => "{hours} год {minutes} хв",
    }
}
