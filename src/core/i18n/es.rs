//! Spanish. The reader is addressed as "tú", as most Spanish interfaces do; "feed" stays, as
//! Spanish readers of feeds say it (el feed, los feeds). CLDR's "many" (a round million) reads
//! as "other": "1000000 artículos" in digits is correct Spanish.

use super::plural::Form::{self, *};
use super::Msg::{self, *};

pub(super) fn template(msg: Msg, form: Form) -> &'static str {
    match msg {
        SkipToContent => "Saltar al contenido",
        LibraryDocumentTitle => "Tus feeds · Lectern",
        OfflineBadge => "Sin conexión: lees copias guardadas",
        UpdateReady => "Hay una nueva versión de Lectern lista.",
        Reload => "Recargar",
        LoadingLectern => "Cargando Lectern…",
        NeedsJavaScript => "Lectern necesita JavaScript y WebAssembly para mostrar artículos.",
        EmbedBlocked => "Lectern no pudo iniciarse aquí: su script o WebAssembly se bloqueó o no se cargó.",
        TryAgain => "Reintentar",
        Close => "Cerrar",
        Cancel => "Cancelar",
        Save => "Guardar",
        Undo => "Deshacer",
        Language => "Idioma",
        LanguageAutomatic => "Automático (idioma del navegador)",
        LoadingFeed => "Cargando el feed…",
        FeedUnreadableTitle => "No se pudo leer este feed",
        OpenLinkedFeed => "Abrir el feed que enlaza esta página ({kind})",
        ReadDemoFeed => "Leer el feed de demostración",
        SavedCopy => "Sin conexión: esta es la copia guardada del feed.",
        SavedCopyFrom => "Sin conexión: esta es la copia del feed guardada el {date}.",
        RelayNote => "Leído a través del relé de este sitio, porque el servidor del feed no permite que otros sitios lo lean.",
        ContinueReading => "Seguir leyendo",
        ContinueInOtherFeeds => "Seguir en tus otros feeds",
        ShowMoreArticles => "Mostrar más artículos ({shown} de {count} mostrados)",
        LoadMoreArticles => "Cargar más artículos",
        LoadingMoreArticles => "Cargando más artículos…",
        MarkAsUnread => "Marcar como no leído",
        StatusUnread => "No leído",
        StatusFinished => "Leído",
        PercentRead => "{percent}\u{a0}% leído",
        PercentReadAt => "{percent}\u{a0}% leído · {section}",
        Byline => "Por {name}",
        ListSeparator => ", ",
        ListLastSeparator => " y ",
        Untitled => "Sin título",
        MinutesRead => "{count} min de lectura",
        MinutesLeft => match form {
            One => "Queda {count} min",
            _ => "Quedan {count} min",
        },
        Follow => "Seguir",
        Following => "Siguiendo",
        YourFeeds => "Tus feeds",
        NewSinceLastVisit => match form {
            One => "{count} artículo nuevo desde tu última visita",
            _ => "{count} artículos nuevos desde tu última visita",
        },
        AllArticles => "← Todos los artículos",
        FeedNavigation => "Feed",
        ReadOnOriginalSite => "Leer en el sitio original",
        ReadItOn => "Leerlo en {host}",
        Related => "También te puede interesar",
        Contents => "Índice",
        Attachments => "Adjuntos",
        AudioFormat => "Audio {format}",
        VideoFormat => "Vídeo {format}",
        ReadingProgress => "Progreso de lectura",
        PercentReadLeft => "{percent}\u{a0}% leído, {left}",
        ResumedAt => "Retomado en: {section}",
        ResumedWhereYouLeftOff => "Retomado donde lo dejaste",
        StartFromTheTop => "Empezar desde el principio",
        ArticleNotFound => "Artículo no encontrado",
        NoSuchArticle => "Este feed no tiene ningún artículo con el id «{id}». Puede que se haya retirado.",
        SeeAllArticles => "Ver todos los artículos",
        LookingInLaterPages => "Buscando el artículo en las páginas siguientes del feed…",
        NoTextInFeed => "El feed no incluye el texto de este artículo.",
        OnlyLinkInFeed => "El feed solo incluye un enlace a este artículo.",
        ListenToTheArticle => "Escuchar el artículo",
        Listen => "Escuchar",
        Pause => "Pausa",
        Resume => "Reanudar",
        Stop => "Detener",
        Speed => "Velocidad",
        Voice => "Voz",
        DefaultVoice => "Predeterminada",
        VoiceName => "{name} ({lang})",
        ReadingSettings => "Ajustes de lectura",
        TextSize => "Tamaño del texto",
        SmallerText => "Texto más pequeño",
        LargerText => "Texto más grande",
        LineSpacing => "Interlineado",
        TighterLines => "Líneas más juntas",
        LooserLines => "Líneas más separadas",
        Font => "Fuente",
        FontSerif => "Con serifa",
        FontSans => "Sin serifa",
        LineWidth => "Ancho de línea",
        WidthNarrow => "Estrecho",
        WidthMedium => "Medio",
        WidthWide => "Ancho",
        Theme => "Tema",
        ThemeAutomatic => "Automático",
        ThemeLight => "Claro",
        ThemeSepia => "Sepia",
        ThemeDark => "Oscuro",
        ThemeHighContrast => "Alto contraste",
        JustifyText => "Justificar el texto (con división de palabras)",
        BackToDefaults => "Volver a los valores predeterminados",
        KeyboardShortcuts => "Atajos de teclado",
        KeyEscape => "Esc",
        ShortcutNextSection => "Sección siguiente",
        ShortcutPreviousSection => "Sección anterior",
        ShortcutNextArticle => "Artículo siguiente",
        ShortcutPreviousArticle => "Artículo anterior",
        ShortcutContents => "Índice",
        ShortcutSettings => "Ajustes de lectura",
        ShortcutListen => "Escuchar o pausar la escucha",
        ShortcutHelp => "Mostrar estos atajos",
        ShortcutClose => "Cerrar el panel abierto",
        OpenAFeed => "Abrir un feed",
        FeedAddressLabel => "Dirección de un feed (RSS, Atom o JSON Feed) o de un sitio que tenga uno",
        Open => "Abrir",
        Opening => "Abriendo…",
        OpeningTheFeed => "Abriendo el feed…",
        TypeAnAddress => "Escribe o pega la dirección de un feed o de un sitio que tenga uno.",
        LibraryEmpty => "Aún no sigues ningún feed. Abre uno y pulsa «Seguir» en su lista.",
        FileCount => match form {
            One => "{count} archivo",
            _ => "{count} archivos",
        },
        ArticleCount => match form {
            One => "{count} artículo",
            _ => "{count} artículos",
        },
        NotOpenedYet => "Aún sin abrir",
        StartedCount => match form {
            One => "{count} empezado",
            _ => "{count} empezados",
        },
        NewCount => match form {
            One => "{count} nuevo",
            _ => "{count} nuevos",
        },
        CheckingForNew => "buscando artículos nuevos…",
        CouldNotCheck => "no se pudo comprobar ahora",
        RenameLabel => "Nombre (déjalo vacío para usar el título del propio feed)",
        Rename => "Cambiar nombre",
        Remove => "Quitar",
        MoveHidden => "Mover",
        Up => "Arriba",
        Down => "Abajo",
        RemovedFeed => "Se quitó «{name}».",
        DemoFeedName => "Demo de Lectern",
        LibraryStorageDenied => {
            "Este navegador no deja que Lectern guarde tus feeds, así que los cambios solo durarán hasta que cierres esta página."
        }
        LibraryStorageFull => {
            "El espacio de este navegador para Lectern está lleno, así que tus últimos cambios en los feeds solo durarán hasta que cierres esta página."
        }
        LibraryUnreadable => "No se pudo leer tu lista guardada de feeds, así que Lectern empezó una nueva.",
        LibraryNewer => {
            "Tus feeds los guardó una versión más reciente de Lectern. Recarga esta página para verlos; hasta entonces, los cambios aquí solo durarán hasta que la cierres."
        }
        NotAFeedAddress => {
            "Lectern no puede abrir esta dirección como feed: debe ser una dirección web completa que empiece por https:// o http://."
        }
        LibraryFull => match form {
            One => "Tu biblioteca ya tiene {count} feed, el máximo posible. Quita uno para añadir otro.",
            _ => "Tu biblioteca ya tiene {count} feeds, el máximo posible. Quita uno para añadir otro.",
        },
        OpmlToggle => "Pasar tus feeds a otro lector o traerlos de él (OPML)",
        OpmlHelp => {
            "Los archivos OPML llevan una lista de feeds de un lector a otro. Al importar se añaden los feeds que indique el archivo (RSS, Atom o JSON Feed) y tus demás feeds quedan como están."
        }
        ExportOpml => "Exportar feeds (OPML)",
        ImportOpml => "Importar OPML…",
        OpmlExportTitle => "Feeds leídos en Lectern",
        OpmlImported => "Importación terminada: añadidos: {added}; ya en tu biblioteca: {already}",
        OpmlRefused => match form {
            One => ", {count} sin añadir porque tu biblioteca está llena",
            _ => ", {count} sin añadir porque tu biblioteca está llena",
        },
        OpmlSkipped => match form {
            One => "; {count} entrada omitida (sin dirección de feed o repetida)",
            _ => "; {count} entradas omitidas (sin dirección de feed o repetidas)",
        },
        OpmlNotReadable => match form {
            One => "{count} feed aún no se puede leer (Lectern lee JSON Feed):",
            _ => "{count} feeds aún no se pueden leer (Lectern lee JSON Feed):",
        },
        FullStop => ".",
        OpmlFileUnreadable => "Este navegador no pudo leer el archivo.",
        OpmlNotXml => "Este archivo no es una lista de suscripciones OPML: no es XML bien formado.",
        OpmlNotOpml => "Este archivo no es una lista de suscripciones OPML.",
        OpmlNoFeeds => "Este archivo no es una lista de suscripciones OPML. No contiene ningún feed.",
        FileUnreadable => "Lectern no pudo leer ese archivo.",
        ExportFailed => "Este navegador no pudo guardar el archivo exportado.",
        HistoryTitle => "Tu historial de lectura",
        HistoryHelp => {
            "Lectern recuerda por dónde vas en cada artículo, solo en este navegador. Expórtalo para llevarlo a otro navegador; al importar se conserva el punto más reciente de cada artículo."
        }
        Export => "Exportar",
        Import => "Importar…",
        ClearHistory => "Borrar el historial de lectura",
        HistoryCleared => match form {
            One => "Historial de lectura borrado ({count} artículo).",
            _ => "Historial de lectura borrado ({count} artículos).",
        },
        HistoryImported => match form {
            One => "Se importó {count} artículo: nuevos: {added}; actualizados: {updated}",
            _ => "Se importaron {count} artículos: nuevos: {added}; actualizados: {updated}",
        },
        HistoryKept => match form {
            One => "; {count} se mantiene porque el punto de este navegador es más reciente",
            _ => "; {count} se mantienen porque el punto de este navegador es más reciente",
        },
        HistorySkipped => match form {
            One => "; {count} entrada ilegible omitida",
            _ => "; {count} entradas ilegibles omitidas",
        },
        HistoryNotJson => "Este archivo no es un historial de lectura de Lectern: no es JSON.",
        HistoryNotHistory => {
            "Este archivo no es un historial de lectura de Lectern. Exporta uno desde la página de la lista de Lectern e importa ese."
        }
        HistoryNewer => {
            "Este historial de lectura lo exportó una versión más reciente de Lectern (formato {version}). Actualiza Lectern y vuelve a intentarlo."
        }
        HistoryEmpty => "Este historial de lectura no tiene entradas legibles, así que no se importó nada.",
        ReadingPlaceStorageDenied => {
            "Este navegador no deja que Lectern guarde nada aquí, así que por dónde vas solo se recuerda hasta que cierres esta página."
        }
        ReadingPlaceStorageFull => {
            "El espacio de este navegador para Lectern está lleno, así que por dónde vas solo se recuerda hasta que cierres esta página."
        }
        SaveForOffline => "Guardar para leer sin conexión",
        SavingForOffline => "Guardando para leer sin conexión",
        FindingPages => "Buscando las páginas del feed… ({count} hasta ahora)",
        SavingFiles => match form {
            One => "Guardando para leer sin conexión: {done} de {count} archivo",
            _ => "Guardando para leer sin conexión: {done} de {count} archivos",
        },
        SavedOffline => "Guardado para leer sin conexión: {articles}, {files}",
        SavedPartOffline => "Detenido, se guardó una parte: {articles}, {files}",
        NotSavedCount => match form {
            One => " ({count} no se pudo guardar)",
            _ => " ({count} no se pudieron guardar)",
        },
        StorageUsed => "Lectern ocupa ahora {used} del espacio de este navegador.",
        UsedOfQuota => "{used} de {quota}",
        OfflineNeedsWorker => {
            "Para guardar sin conexión, Lectern necesita su modo sin conexión, que empieza después de la primera visita: recarga la página una vez y vuelve a intentarlo."
        }
        OfflineNotStarted => "No se pudo iniciar la copia sin conexión.",
        OfflineStopped => "La copia sin conexión se detuvo.",
        PartUnavailable => {
            "Esta parte de Lectern aún no se ha descargado y ahora no se puede descargar. Comprueba tu conexión y vuelve a intentarlo."
        }
        NotAWebAddress => "«{address}» no es una dirección web de la que Lectern pueda leer un feed.",
        Unreachable => "Lectern no pudo conectar con el servidor del feed. Comprueba tu conexión y vuelve a intentarlo.",
        UnreachableOrClosed => {
            "Lectern no pudo conectar con el servidor del feed en {host}, o el servidor no deja que otros sitios lean su feed. Si el sitio funciona, su responsable debe enviar la cabecera «Access-Control-Allow-Origin: *» con el feed."
        }
        YouAreOffline => "No tienes conexión. Conéctate a internet y vuelve a intentarlo.",
        OfflineNotSaved => {
            "Lectern no puede acceder a este feed y no se guardó para leer sin conexión. Vuelve a intentarlo cuando tengas conexión."
        }
        FeedTooLarge => "El feed ocupa más de {count} MB, más de lo que Lectern lee.",
        FeedTimedOut => match form {
            One => "El servidor del feed no respondió en {count} segundo.",
            _ => "El servidor del feed no respondió en {count} segundos.",
        },
        ServerAnswered => "El servidor del feed respondió {status}.",
        ServerAccessDenied => "El servidor del feed respondió {status} (acceso denegado).",
        ServerNotFound => "El servidor del feed respondió {status} (no encontrado).",
        ServerTooManyRequests => "El servidor del feed respondió {status} (demasiadas solicitudes).",
        ServerError => "El servidor del feed respondió {status} (un error del servidor).",
        FeedNotJson => "El feed no es JSON válido (línea {line}, columna {column}).",
        NotAJsonFeed => "Es JSON, pero no un JSON Feed: {reason}.",
        ReasonNotObject => "no es un objeto JSON",
        ReasonWrongTypes => "sus campos de primer nivel tienen tipos incorrectos",
        ReasonNoVersion => "no indica ninguna versión de JSON Feed",
        ReasonNoItems => "no tiene lista de artículos",
        ItemMissingField => "El artículo {item} del feed no tiene {field}.",
        ItemBadField => "El artículo {item} del feed tiene un {field} incorrecto: {problem}.",
        FeedHasNoArticles => "El feed aún no tiene artículos.",
        WebPageWithFeed => "Esta dirección es una página web, no un feed. La página enlaza a un feed.",
        WebPageWithoutFeed => "Esta dirección es una página web, no un feed. La página no enlaza a ningún feed.",
        FeedNotXml => "El feed no es XML bien formado.",
        FeedNotXmlAtLine => "El feed no es XML bien formado (línea {line}).",
        FeedNotXmlAt => "El feed no es XML bien formado (línea {line}, columna {column}).",
        NotAFeedXml => "Esto es XML, pero no un feed RSS, Atom o RDF.",
        Bytes => match form {
            One => "{count} byte",
            _ => "{count} bytes",
        },
        Kilobytes => "{size} kB",
        Megabytes => "{size} MB",
        Gigabytes => "{size} GB",
        Terabytes => "{size} TB",
        Seconds => "{count} s",
        Minutes => "{count} min",
        Hours => "{count} h",
        HoursMinutes => "{hours} h {minutes} min",
    }
}
