//! French. The reader is addressed as "vous"; "flux" for a feed. French typography: a narrow
//! no-break space (U+202F) before `:` `;` `?` `!` and inside « », a no-break space before `%`
//! and units. "one" covers 0 and 1 (0 article, 1 article); "many" (a round million) reads as
//! "other".

use super::plural::Form::{self, *};
use super::Msg::{self, *};

pub(super) fn template(msg: Msg, form: Form) -> &'static str {
    match msg {
        SkipToContent => "Aller au contenu",
        LibraryDocumentTitle => "Vos flux · Lectern",
        OfflineBadge => "Hors ligne\u{202f}: lecture des copies enregistrées",
        UpdateReady => "Une nouvelle version de Lectern est prête.",
        Reload => "Recharger",
        LoadingLectern => "Chargement de Lectern…",
        NeedsJavaScript => "Lectern a besoin de JavaScript et de WebAssembly pour afficher les articles.",
        EmbedBlocked => {
            "Lectern n’a pas pu démarrer ici\u{202f}: son script ou WebAssembly a été bloqué ou ne s’est pas chargé."
        }
        TryAgain => "Réessayer",
        Close => "Fermer",
        Cancel => "Annuler",
        Save => "Enregistrer",
        Undo => "Rétablir",
        Language => "Langue",
        LanguageAutomatic => "Automatique (langue du navigateur)",
        LoadingFeed => "Chargement du flux…",
        FeedUnreadableTitle => "Ce flux n’a pas pu être lu",
        OpenLinkedFeed => "Ouvrir le flux indiqué par cette page ({kind})",
        ReadDemoFeed => "Lire le flux de démonstration",
        SavedCopy => "Hors ligne\u{202f}: ceci est la copie enregistrée du flux.",
        SavedCopyFrom => "Hors ligne\u{202f}: ceci est la copie du flux enregistrée le {date}.",
        RelayNote => "Lu par le relais de ce site, car le serveur du flux ne permet pas aux autres sites de le lire.",
        ContinueReading => "Reprendre la lecture",
        ContinueInOtherFeeds => "Reprendre dans vos autres flux",
        ShowMoreArticles => "Afficher plus d’articles ({shown} affichés sur {count})",
        LoadMoreArticles => "Charger plus d’articles",
        LoadingMoreArticles => "Chargement d’autres articles…",
        MarkAsUnread => "Marquer comme non lu",
        StatusUnread => "Non lu",
        StatusFinished => "Terminé",
        PercentRead => "Lu à {percent}\u{a0}%",
        PercentReadAt => "Lu à {percent}\u{a0}% · {section}",
        Byline => "Par {name}",
        ListSeparator => ", ",
        ListLastSeparator => " et ",
        Untitled => "Sans titre",
        MinutesRead => "{count}\u{a0}min de lecture",
        MinutesLeft => "encore {count}\u{a0}min",
        Follow => "S’abonner",
        Following => "Abonné",
        YourFeeds => "Vos flux",
        NewSinceLastVisit => match form {
            One => "{count} nouvel article depuis votre dernière visite",
            _ => "{count} nouveaux articles depuis votre dernière visite",
        },
        AllArticles => "← Tous les articles",
        FeedNavigation => "Flux",
        ReadOnOriginalSite => "Lire sur le site d’origine",
        ReadItOn => "Le lire sur {host}",
        Related => "À lire aussi",
        Contents => "Sommaire",
        Attachments => "Pièces jointes",
        AudioFormat => "Audio {format}",
        VideoFormat => "Vidéo {format}",
        ReadingProgress => "Progression de la lecture",
        PercentReadLeft => "Lu à {percent}\u{a0}%, {left}",
        ResumedAt => "Reprise à\u{202f}: {section}",
        ResumedWhereYouLeftOff => "Reprise là où vous vous étiez arrêté",
        StartFromTheTop => "Reprendre au début",
        ArticleNotFound => "Article introuvable",
        NoSuchArticle => {
            "Ce flux n’a pas d’article dont l’identifiant est «\u{202f}{id}\u{202f}». Il a peut-être été retiré."
        }
        SeeAllArticles => "Voir tous les articles",
        LookingInLaterPages => "Recherche de l’article dans les pages suivantes du flux…",
        NoTextInFeed => "Le flux ne contient pas le texte de cet article.",
        OnlyLinkInFeed => "Le flux ne contient qu’un lien vers cet article.",
        ListenToTheArticle => "Écouter l’article",
        Listen => "Écouter",
        Pause => "Pause",
        Resume => "Reprendre",
        Stop => "Arrêter",
        Speed => "Vitesse",
        Voice => "Voix",
        DefaultVoice => "Par défaut",
        VoiceName => "{name} ({lang})",
        ReadingSettings => "Réglages de lecture",
        TextSize => "Taille du texte",
        SmallerText => "Texte plus petit",
        LargerText => "Texte plus grand",
        LineSpacing => "Interligne",
        TighterLines => "Lignes plus serrées",
        LooserLines => "Lignes plus espacées",
        Font => "Police",
        FontSerif => "Avec empattements",
        FontSans => "Sans empattements",
        LineWidth => "Largeur des lignes",
        WidthNarrow => "Étroite",
        WidthMedium => "Moyenne",
        WidthWide => "Large",
        Theme => "Thème",
        ThemeAutomatic => "Automatique",
        ThemeLight => "Clair",
        ThemeSepia => "Sépia",
        ThemeDark => "Sombre",
        ThemeHighContrast => "Contraste élevé",
        JustifyText => "Justifier le texte (avec césure)",
        BackToDefaults => "Revenir aux réglages par défaut",
        KeyboardShortcuts => "Raccourcis clavier",
        KeyEscape => "Échap",
        ShortcutNextSection => "Section suivante",
        ShortcutPreviousSection => "Section précédente",
        ShortcutNextArticle => "Article suivant",
        ShortcutPreviousArticle => "Article précédent",
        ShortcutContents => "Sommaire",
        ShortcutSettings => "Réglages de lecture",
        ShortcutListen => "Écouter, ou mettre l’écoute en pause",
        ShortcutHelp => "Afficher ces raccourcis",
        ShortcutClose => "Fermer le panneau ouvert",
        OpenAFeed => "Ouvrir un flux",
        FeedAddressLabel => "Adresse d’un flux (RSS, Atom ou JSON Feed), ou d’un site qui en a un",
        Open => "Ouvrir",
        Opening => "Ouverture…",
        OpeningTheFeed => "Ouverture du flux…",
        TypeAnAddress => "Saisissez ou collez l’adresse d’un flux, ou d’un site qui en a un.",
        LibraryEmpty => "Vous ne suivez encore aucun flux. Ouvrez-en un, puis appuyez sur «\u{202f}Suivre\u{202f}» dans sa liste.",
        FileCount => match form {
            One => "{count} fichier",
            _ => "{count} fichiers",
        },
        ArticleCount => match form {
            One => "{count} article",
            _ => "{count} articles",
        },
        NotOpenedYet => "Pas encore ouvert",
        StartedCount => match form {
            One => "{count} commencé",
            _ => "{count} commencés",
        },
        NewCount => match form {
            One => "{count} nouveau",
            _ => "{count} nouveaux",
        },
        CheckingForNew => "recherche de nouveaux articles…",
        CouldNotCheck => "vérification impossible pour l’instant",
        RenameLabel => "Nom (laisser vide pour garder le titre du flux)",
        Rename => "Renommer",
        Remove => "Retirer",
        MoveHidden => "Déplacer",
        Up => "Vers le haut",
        Down => "Vers le bas",
        RemovedFeed => "«\u{202f}{name}\u{202f}» retiré.",
        DemoFeedName => "Démo de Lectern",
        LibraryStorageDenied => {
            "Ce navigateur ne permet pas à Lectern d’enregistrer vos flux\u{202f}: vos modifications ne dureront que jusqu’à la fermeture de cette page."
        }
        LibraryStorageFull => {
            "L’espace de ce navigateur réservé à Lectern est plein\u{202f}: vos dernières modifications de flux ne dureront que jusqu’à la fermeture de cette page."
        }
        LibraryUnreadable => "Votre liste de flux enregistrée n’a pas pu être lue\u{202f}; Lectern en a commencé une nouvelle.",
        LibraryNewer => {
            "Vos flux ont été enregistrés par une version plus récente de Lectern. Rechargez cette page pour les voir\u{202f}; d’ici là, les modifications faites ici ne dureront que jusqu’à sa fermeture."
        }
        NotAFeedAddress => {
            "Lectern ne peut pas ouvrir cette adresse comme un flux\u{202f}: il faut une adresse web complète commençant par https:// ou http://."
        }
        LibraryFull => match form {
            One => "Votre bibliothèque contient déjà {count} flux, le maximum possible. Retirez-en un pour en ajouter un autre.",
            _ => "Votre bibliothèque contient déjà {count} flux, le maximum possible. Retirez-en un pour en ajouter un autre.",
        },
        OpmlToggle => "Transférer vos flux depuis ou vers un autre lecteur (OPML)",
        OpmlHelp => {
            "Les fichiers OPML transportent une liste de flux d’un lecteur à l’autre. L’importation ajoute les flux qu’un fichier contient (RSS, Atom ou JSON Feed) et ne touche pas à vos autres flux."
        }
        ExportOpml => "Exporter les flux (OPML)",
        ImportOpml => "Importer un fichier OPML…",
        OpmlExportTitle => "Flux lus dans Lectern",
        OpmlImported => "Importation terminée — ajoutés\u{202f}: {added}, déjà dans votre bibliothèque\u{202f}: {already}",
        OpmlRefused => match form {
            One => ", {count} non ajouté car votre bibliothèque est pleine",
            _ => ", {count} non ajoutés car votre bibliothèque est pleine",
        },
        OpmlSkipped => match form {
            One => "\u{202f}; {count} entrée ignorée (sans adresse de flux, ou en double)",
            _ => "\u{202f}; {count} entrées ignorées (sans adresse de flux, ou en double)",
        },
        OpmlNotReadable => match form {
            One => "{count} flux n’est pas encore lisible (Lectern lit le format JSON Feed)\u{202f}:",
            _ => "{count} flux ne sont pas encore lisibles (Lectern lit le format JSON Feed)\u{202f}:",
        },
        FullStop => ".",
        OpmlFileUnreadable => "Ce navigateur n’a pas pu lire le fichier.",
        OpmlNotXml => "Ce fichier n’est pas une liste d’abonnements OPML\u{202f}: ce n’est pas du XML bien formé.",
        OpmlNotOpml => "Ce fichier n’est pas une liste d’abonnements OPML.",
        OpmlNoFeeds => "Ce fichier n’est pas une liste d’abonnements OPML. Il ne contient aucun flux.",
        FileUnreadable => "Lectern n’a pas pu lire ce fichier.",
        ExportFailed => "Ce navigateur n’a pas pu enregistrer le fichier exporté.",
        HistoryTitle => "Votre historique de lecture",
        HistoryHelp => {
            "Lectern se souvient de l’endroit où vous en êtes dans chaque article, dans ce navigateur seulement. Exportez-le pour passer à un autre navigateur\u{202f}; l’importation garde, pour chaque article, l’endroit le plus récent."
        }
        Export => "Exporter",
        Import => "Importer…",
        ClearHistory => "Effacer l’historique de lecture",
        HistoryCleared => match form {
            One => "Historique de lecture effacé ({count} article).",
            _ => "Historique de lecture effacé ({count} articles).",
        },
        HistoryImported => match form {
            One => "{count} article importé — nouveaux\u{202f}: {added}, mis à jour\u{202f}: {updated}",
            _ => "{count} articles importés — nouveaux\u{202f}: {added}, mis à jour\u{202f}: {updated}",
        },
        HistoryKept => match form {
            One => ", {count} conservé car l’endroit noté dans ce navigateur est plus récent",
            _ => ", {count} conservés car l’endroit noté dans ce navigateur est plus récent",
        },
        HistorySkipped => match form {
            One => "\u{202f}; {count} entrée illisible ignorée",
            _ => "\u{202f}; {count} entrées illisibles ignorées",
        },
        HistoryNotJson => "Ce fichier n’est pas un historique de lecture de Lectern\u{202f}: ce n’est pas du JSON.",
        HistoryNotHistory => {
            "Ce fichier n’est pas un historique de lecture de Lectern. Exportez-en un depuis la page de liste de Lectern, puis importez celui-là."
        }
        HistoryNewer => {
            "Cet historique de lecture a été exporté par une version plus récente de Lectern (format {version}). Mettez Lectern à jour, puis réessayez."
        }
        HistoryEmpty => "Cet historique de lecture ne contient aucune entrée lisible\u{202f}: rien n’a été importé.",
        ReadingPlaceStorageDenied => {
            "Ce navigateur ne permet pas à Lectern d’enregistrer quoi que ce soit ici\u{202f}: l’endroit où vous en êtes n’est gardé que jusqu’à la fermeture de cette page."
        }
        ReadingPlaceStorageFull => {
            "L’espace de ce navigateur réservé à Lectern est plein\u{202f}: l’endroit où vous en êtes n’est gardé que jusqu’à la fermeture de cette page."
        }
        SaveForOffline => "Enregistrer pour lire hors ligne",
        SavingForOffline => "Enregistrement pour la lecture hors ligne",
        FindingPages => "Recherche des pages du flux… ({count} pour l’instant)",
        SavingFiles => match form {
            One => "Enregistrement pour la lecture hors ligne\u{202f}: {done} sur {count} fichier",
            _ => "Enregistrement pour la lecture hors ligne\u{202f}: {done} sur {count} fichiers",
        },
        SavedOffline => "Enregistré pour la lecture hors ligne\u{202f}: {articles}, {files}",
        SavedPartOffline => "Interrompu, une partie est enregistrée\u{202f}: {articles}, {files}",
        NotSavedCount => match form {
            One => " ({count} n’a pas pu être enregistré)",
            _ => " ({count} n’ont pas pu être enregistrés)",
        },
        StorageUsed => "Lectern occupe désormais {used} de l’espace de ce navigateur.",
        UsedOfQuota => "{used} sur {quota}",
        OfflineNeedsWorker => {
            "Pour enregistrer hors ligne, Lectern a besoin de sa prise en charge hors ligne, active après la première visite\u{202f}: rechargez la page une fois, puis réessayez."
        }
        OfflineNotStarted => "La copie hors ligne n’a pas pu démarrer.",
        OfflineStopped => "La copie hors ligne s’est interrompue.",
        PartUnavailable => {
            "Cette partie de Lectern n’a pas encore été téléchargée et ne peut pas l’être pour l’instant. Vérifiez votre connexion, puis réessayez."
        }
        NotAWebAddress => "«\u{202f}{address}\u{202f}» n’est pas une adresse web à partir de laquelle Lectern peut lire un flux.",
        Unreachable => "Lectern n’a pas pu joindre le serveur du flux. Vérifiez votre connexion, puis réessayez.",
        UnreachableOrClosed => {
            "Lectern n’a pas pu joindre le serveur du flux à {host}, ou ce serveur ne laisse pas d’autres sites lire son flux. Si le site fonctionne, son propriétaire doit envoyer l’en-tête «\u{202f}Access-Control-Allow-Origin: *\u{202f}» avec le flux."
        }
        YouAreOffline => "Vous êtes hors ligne. Connectez-vous à Internet, puis réessayez.",
        OfflineNotSaved => {
            "Lectern ne peut pas joindre ce flux, et il n’a pas été enregistré pour la lecture hors ligne. Réessayez une fois en ligne."
        }
        FeedTooLarge => "Le flux dépasse {count}\u{a0}Mo, plus que ce que Lectern peut lire.",
        FeedTimedOut => match form {
            One => "Le serveur du flux n’a pas répondu en {count} seconde.",
            _ => "Le serveur du flux n’a pas répondu en {count} secondes.",
        },
        ServerAnswered => "Le serveur du flux a répondu {status}.",
        ServerAccessDenied => "Le serveur du flux a répondu {status} (accès refusé).",
        ServerNotFound => "Le serveur du flux a répondu {status} (introuvable).",
        ServerTooManyRequests => "Le serveur du flux a répondu {status} (trop de requêtes).",
        ServerError => "Le serveur du flux a répondu {status} (une erreur du serveur).",
        FeedNotJson => "Le flux n’est pas du JSON valide (ligne {line}, colonne {column}).",
        NotAJsonFeed => "C’est du JSON, mais pas un flux JSON Feed\u{202f}: {reason}.",
        ReasonNotObject => "ce n’est pas un objet JSON",
        ReasonWrongTypes => "ses champs de premier niveau n’ont pas les bons types",
        ReasonNoVersion => "il n’indique pas de version de JSON Feed",
        ReasonNoItems => "il n’a pas de liste d’articles",
        ItemMissingField => "L’article {item} du flux n’a pas de champ {field}.",
        ItemBadField => "L’article {item} du flux a un champ {field} incorrect\u{202f}: {problem}.",
        FeedHasNoArticles => "Le flux n’a encore aucun article.",
        WebPageWithFeed => "Cette adresse est une page web, pas un flux. La page renvoie vers un flux.",
        WebPageWithoutFeed => "Cette adresse est une page web, pas un flux. La page ne renvoie vers aucun flux.",
        FeedNotXml => "Le flux n’est pas du XML bien formé.",
        FeedNotXmlAtLine => "Le flux n’est pas du XML bien formé (ligne {line}).",
        FeedNotXmlAt => "Le flux n’est pas du XML bien formé (ligne {line}, colonne {column}).",
        NotAFeedXml => "C’est du XML, mais pas un flux RSS, Atom ou RDF.",
        Bytes => match form {
            One => "{count}\u{a0}octet",
            _ => "{count}\u{a0}octets",
        },
        Kilobytes => "{size}\u{a0}ko",
        Megabytes => "{size}\u{a0}Mo",
        Gigabytes => "{size}\u{a0}Go",
        Terabytes => "{size}\u{a0}To",
        Seconds => "{count}\u{a0}s",
        Minutes => "{count}\u{a0}min",
        Hours => "{count}\u{a0}h",
        HoursMinutes => "{hours}\u{a0}h {minutes}\u{a0}min",
    }
}
