//! The direction of an article's language: whether a BCP 47 tag names a language written right
//! to left, for the `dir` of articles and titles whatever the interface's language.

/// Scripts written right to left (ISO 15924), in use or historic.
const RTL_SCRIPTS: [&str; 26] = [
    "adlm", "arab", "aran", "armi", "avst", "chrs", "cprt", "elym", "hatr", "hebr", "hung", "khar", "lydi", "mand",
    "mani", "mend", "narb", "nbat", "nkoo", "orkh", "palm", "phnx", "rohg", "samr", "syrc", "thaa",
];

/// Languages whose usual script is written right to left, unless a script subtag says otherwise:
/// Arabic, Hebrew (and its old code `iw`), Persian and Dari, Urdu, Pashto, Sindhi, Uyghur,
/// Yiddish (and `ji`), Dhivehi, Central Kurdish, Kashmiri, Western Punjabi, South Azerbaijani,
/// Balochi, Mazanderani, Gilaki, Northern Luri, Southern Kurdish, N'Ko, Syriac, Aramaic.
const RTL_LANGUAGES: [&str; 26] = [
    "ar", "arc", "azb", "bal", "bqi", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "khw", "ks", "lrc", "mzn", "nqo",
    "pnb", "prs", "ps", "sd", "sdh", "syr", "ug", "ur", "yi",
];

/// Whether text tagged `tag` ("ar", "fa-IR", "ku-Arab", "az-Latn") is written right to left. An
/// explicit script subtag decides; else the language's usual script does. Unknown or empty tags
/// are left to right: the caller sets `dir="auto"` where it has no tag at all.
pub fn is_rtl(tag: &str) -> bool {
    let mut subtags = tag.trim().split(['-', '_']);
    let primary = subtags.next().unwrap_or_default();
    // The script subtag is the first four-letter one after the language (and extlang).
    let script = subtags
        .take_while(|subtag| subtag.len() != 1)
        .find(|subtag| subtag.len() == 4 && subtag.bytes().all(|byte| byte.is_ascii_alphabetic()));
    match script {
        Some(script) => RTL_SCRIPTS.iter().any(|rtl| script.eq_ignore_ascii_case(rtl)),
        None => RTL_LANGUAGES.iter().any(|rtl| primary.eq_ignore_ascii_case(rtl)),
    }
}

/// The `dir` attribute for text tagged `tag`: "rtl" or "ltr"; "auto" without a tag.
pub fn dir(tag: Option<&str>) -> &'static str {
    match tag.map(str::trim).filter(|tag| !tag.is_empty()) {
        None => "auto",
        Some(tag) if is_rtl(tag) => "rtl",
        Some(_) => "ltr",
    }
}

/// The language of an item's text: its own `language`, else its feed's; blank tags are no tag.
pub fn content_lang<'a>(item: Option<&'a str>, feed: Option<&'a str>) -> Option<&'a str> {
    let tag = |tag: Option<&'a str>| tag.map(str::trim).filter(|tag| !tag.is_empty());
    tag(item).or(tag(feed))
}
