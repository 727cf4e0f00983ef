//! OPML 1.0/2.0 subscription lists: import (neutral `Outline`s → the feeds to add, and what was
//! skipped) and export (the library as an OPML 2.0 document).
//!
//! XML is parsed by the browser's DOMParser in the shell (`shell::platform::xml_dom`), which adds no bytes
//! to the Wasm; the walk from the parsed tree to `Outline`s is here (`walk.rs`), generic over the
//! tree, so native tests run it on roxmltree's parse of the same text.

use std::collections::HashSet;

use super::html_text;
use super::library::{self, tidy, AddError, Added, Library};
use super::sniff::DocumentKind;
use super::url;

mod walk;

pub use walk::{outlines_of, NotOpml, XmlElement, MAX_FOLDER_DEPTH, MAX_OUTLINES};

/// One `outline` element of an OPML file, as neutral data: attribute values as written (entities
/// already decoded by the XML parser), `None` when absent.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outline {
    pub text: Option<String>,
    pub title: Option<String>,
    /// `xmlUrl`: the feed's address.
    pub xml_url: Option<String>,
    /// `url`: some exporters put the feed's address here; for `type="link"` it is a web page.
    pub url: Option<String>,
    pub html_url: Option<String>,
    /// The `type` attribute.
    pub kind: Option<String>,
    /// The `version` attribute (the feed format's version, in OPML 2.0).
    pub version: Option<String>,
    /// The names of the folders around it, outermost first.
    pub category_path: Vec<String>,
}

/// A feed found in an OPML file.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Resolved and normalised (`library::normalize`): always http or https.
    pub url: String,
    /// The feed's title as the file gives it (`title`, else `text`); may be empty.
    pub title: String,
    /// The reader's own name for it, when the file's `text` differs from its `title`.
    pub name: Option<String>,
    /// The site's home page, when given and safe (http or https).
    pub html_url: Option<String>,
    pub category_path: Vec<String>,
}

/// What an OPML file holds for Lectern.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Import {
    /// The feeds, JSON Feed, RSS and Atom alike, in file order: to be added to the library.
    pub feeds: Vec<Candidate>,
    /// Always empty: Lectern reads RSS and Atom now. Kept only so the shell's notice still
    /// compiles until it is removed there.
    pub not_readable: Vec<Candidate>,
    /// Outlines with no feed address, or one that is not http(s) once resolved (`javascript:`,
    /// `data:`, `file:`…), or that point at something other than a feed (`type="include"`, and
    /// `type="link"` without `xmlUrl`).
    pub skipped: usize,
    /// Outlines naming a feed already listed earlier in the file.
    pub duplicates: usize,
}

/// The feeds of an OPML file, relative addresses resolved against `base` (the file's own URL, or
/// the page's when the file was picked from disk).
///
/// Every outline with an http(s) feed address is a feed, whatever its `type` says: Lectern reads
/// JSON Feed, RSS and Atom, and OPML has no reliable way to say which a feed is (the OPML 2.0 spec
/// asks every subscription to be `type="rss"`, and exporters write that for Atom and JSON Feeds
/// alike). Fetching it tells. At most [`MAX_OUTLINES`] outlines are looked at.
pub fn import(outlines: &[Outline], base: &str) -> Import {
    let mut import = Import::default();
    let mut listed = HashSet::new();
    for outline in outlines.iter().take(MAX_OUTLINES) {
        let Some(candidate) = candidate(outline, base) else {
            import.skipped += 1;
            continue;
        };
        if listed.insert(candidate.url.clone()) {
            import.feeds.push(candidate);
        } else {
            import.duplicates += 1;
        }
    }
    import
}

/// The feed an outline names, or `None` when it names none Lectern may open.
fn candidate(outline: &Outline, base: &str) -> Option<Candidate> {
    let kind = outline.kind.as_deref().map(str::trim).unwrap_or_default();
    if kind.eq_ignore_ascii_case("include") {
        return None;
    }
    let address = match (&outline.xml_url, &outline.url) {
        (Some(xml_url), _) if !xml_url.trim().is_empty() => xml_url,
        (_, Some(url)) if !url.trim().is_empty() && !kind.eq_ignore_ascii_case("link") => url,
        _ => return None,
    };
    let url = library::normalize(&url::resolve(base, address)?)?;
    // Titles may carry encoded HTML (OPML 2.0 allows it in `text`), and an untitled feed is
    // exported with its address as `text` (the attribute is required): neither is a title.
    let clean = |value: &Option<String>| {
        let value = value.as_deref().map(|value| tidy(&html_text::plain(value))).unwrap_or_default();
        let is_address =
            !value.is_empty() && (value == address.trim() || library::normalize(&value).as_ref() == Some(&url));
        if is_address {
            String::new()
        } else {
            value
        }
    };
    let (text, title) = (clean(&outline.text), clean(&outline.title));
    let (title, name) = match (title.is_empty(), text.is_empty()) {
        (true, _) => (text, None),
        (false, true) => (title, None),
        (false, false) if text == title => (title, None),
        (false, false) => (title, Some(text)),
    };
    let html_url = outline
        .html_url
        .as_deref()
        .and_then(|html_url| url::safe_link(base, html_url))
        .filter(|html_url| library::normalize(html_url).is_some());
    let category_path = outline.category_path.iter().take(MAX_FOLDER_DEPTH).map(|name| tidy(name)).collect();
    Some(Candidate { url, title, name, html_url, category_path })
}

/// What adding an import's feeds did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AddReport {
    pub added: usize,
    /// Already in the library (left as they were, the reader's name included).
    pub already: usize,
    /// Not added because the library is full.
    pub refused: usize,
}

/// Adds `candidates` to the end of `library`, in order, with the names the file gave them.
pub fn add_all(library: &mut Library, candidates: &[Candidate], now: u64) -> AddReport {
    let mut report = AddReport::default();
    for candidate in candidates {
        match library.add(&candidate.url, &candidate.title, now) {
            Ok(Added::New(_)) => {
                report.added += 1;
                if let Some(name) = &candidate.name {
                    library.rename(&candidate.url, name);
                }
            }
            Ok(Added::Already(_)) => report.already += 1,
            Err(AddError::Full | AddError::Invalid) => report.refused += 1,
        }
    }
    report
}

/// The library as an OPML 2.0 document, feeds in the library's order, none of their formats known:
/// [`write_with_kinds`] without a `version` on any outline. The library does not store formats.
pub fn write(library: &Library, title: &str, now_ms: u64) -> String {
    write_with_kinds(library, title, now_ms, &|_| None)
}

/// The OPML 2.0 `version` for a feed format: the names OPML 2.0 lists for RSS (`RSS1`, `RSS2`),
/// and `Atom` and `JSONFeed` in the same style, since the spec leaves those open.
pub fn version(kind: DocumentKind) -> Option<&'static str> {
    match kind {
        DocumentKind::JsonFeed => Some("JSONFeed"),
        DocumentKind::Rss => Some("RSS2"),
        DocumentKind::Rdf => Some("RSS1"),
        DocumentKind::Atom => Some("Atom"),
        DocumentKind::Html | DocumentKind::OtherXml | DocumentKind::Unknown => None,
    }
}

/// The library as an OPML 2.0 document, feeds in the library's order; `kind_of` gives a feed's
/// format by its address when the shell knows it (from the feed last read).
///
/// Each feed is `<outline type="rss" version=… text=… title=… xmlUrl=…/>`. `type="rss"` because
/// OPML 2.0 requires it of every subscription-list entry, whatever the feed's format, so a reader
/// that checks the type still takes these; `version` is the spec's place for the format (see
/// [`version`]), left out when unknown. `text` is what the reader sees (their name for the feed,
/// else its title, else its address, since `text` is required); `title` the feed's own title,
/// when known. The icon, visits and seen items are Lectern's own and stay out.
pub fn write_with_kinds(
    library: &Library,
    title: &str,
    now_ms: u64,
    kind_of: &dyn Fn(&str) -> Option<DocumentKind>,
) -> String {
    let mut out =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>");
    escape(&mut out, title);
    out.push_str("</title>\n    <dateCreated>");
    out.push_str(&rfc822(now_ms));
    out.push_str("</dateCreated>\n    <docs>http://opml.org/spec2.opml</docs>\n  </head>\n  <body>\n");
    for entry in library.feeds() {
        out.push_str("    <outline type=\"rss\"");
        if let Some(version) = kind_of(&entry.url).and_then(version) {
            out.push_str(" version=\"");
            out.push_str(version);
            out.push('"');
        }
        out.push_str(" text=\"");
        escape(&mut out, entry.display_name());
        out.push('"');
        if !entry.title.is_empty() {
            out.push_str(" title=\"");
            escape(&mut out, &entry.title);
            out.push('"');
        }
        out.push_str(" xmlUrl=\"");
        escape(&mut out, &entry.url);
        out.push_str("\"/>\n");
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

/// Appends `text` escaped for XML text and attribute values. Characters XML 1.0 cannot carry (C0
/// controls, U+FFFE, U+FFFF) are dropped, and so are the other controls (DEL, C1), which no title
/// means; tab and line breaks too, since an attribute would turn them into spaces anyway.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\'' => out.push_str("&apos;"),
            '\u{FFFE}' | '\u{FFFF}' => {}
            c if c.is_control() => {}
            c => push_escaped(out, c),
        }
    }
}

/// Appends `c`, escaped where XML text or a double-quoted attribute value needs it.
pub(crate) fn push_escaped(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        c => out.push(c),
    }
}

/// An RFC 822 date in GMT, as OPML's `dateCreated` wants: "Wed, 25 Nov 2026 10:26:29 GMT".
fn rfc822(ms: u64) -> String {
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let seconds = ms / 1000;
    let days = seconds / 86_400;
    let time = seconds % 86_400;
    // Howard Hinnant's `civil_from_days`, in unsigned arithmetic (the epoch is in era 4).
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    let weekday = WEEKDAYS.get((days % 7) as usize).copied().unwrap_or("Thu");
    let month_name = MONTHS.get((month as usize).wrapping_sub(1)).copied().unwrap_or("Jan");
    format!("{weekday}, {day:02} {month_name} {year} {:02}:{:02}:{:02} GMT", time / 3600, time % 3600 / 60, time % 60)
}

#[cfg(test)]
mod tests;
