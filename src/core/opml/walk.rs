//! The walk from a parsed OPML document to flat `Outline`s, over any XML tree (the browser's
//! DOMParser in the shell, roxmltree in tests): iterative, bounded, attributes read ignoring case.

use super::Outline;
use crate::core::library::tidy;

/// How many `outline` elements are read at most, folders included: forty times what a library
/// holds ([`crate::core::library::MAX_FEEDS`]), so every file a person uses is read whole, while a
/// hostile one costs a bounded walk. Elements past it are not read.
pub const MAX_OUTLINES: usize = 20_000;
/// How many enclosing folder names an outline records; deeper folders are walked but not named,
/// so a file nested 10,000 deep cannot make every outline carry 10,000 names.
pub const MAX_FOLDER_DEPTH: usize = 16;

/// An element of a parsed XML document, as the walk needs it.
pub trait XmlElement: Sized {
    /// The element's local name, as written.
    fn name(&self) -> String;
    /// The value of the attribute whose name equals `name` ignoring ASCII case (`xmlUrl`,
    /// `xmlurl` and `XMLURL` are one attribute to the walk).
    fn attribute(&self, name: &str) -> Option<String>;
    /// The element's child elements, in document order.
    fn children(&self) -> Vec<Self>;
}

/// The document is XML but not OPML: its root is not `<opml>`, or it has no `<body>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("This file is not an OPML subscription list.")]
pub struct NotOpml;

/// The outlines of the OPML document whose root element is `root`, in document order: every
/// `outline` that names a feed address (`xmlUrl` or `url`) or has no `outline` inside it. Folders
/// (outlines around others, with no address) are not listed themselves; their names are the
/// `category_path` of what they hold. Commented-out outlines (`isComment="true"`) are skipped with
/// everything inside, as the OPML 2.0 spec says.
pub fn outlines_of<E: XmlElement>(root: &E) -> Result<Vec<Outline>, NotOpml> {
    if !root.name().eq_ignore_ascii_case("opml") {
        return Err(NotOpml);
    }
    let body = root.children().into_iter().find(|child| child.name().eq_ignore_ascii_case("body")).ok_or(NotOpml)?;
    // An explicit stack, not recursion: hostile files nest thousands deep. Each entry is an
    // element and its depth (0 for the body's children); `path` holds the names of the folders
    // around the element being read.
    let mut stack: Vec<(E, usize)> =
        outline_children(&body).into_iter().take(MAX_OUTLINES).rev().map(|child| (child, 0)).collect();
    let mut path: Vec<String> = Vec::new();
    let mut outlines = Vec::new();
    let mut read = 0;
    while let Some((element, depth)) = stack.pop() {
        read += 1;
        if read > MAX_OUTLINES {
            break;
        }
        path.truncate(depth);
        if element.attribute("isComment").is_some_and(|value| value.trim().eq_ignore_ascii_case("true")) {
            continue;
        }
        let outline = Outline {
            text: element.attribute("text"),
            title: element.attribute("title"),
            xml_url: element.attribute("xmlUrl"),
            url: element.attribute("url"),
            html_url: element.attribute("htmlUrl"),
            kind: element.attribute("type"),
            version: element.attribute("version"),
            category_path: path.clone(),
        };
        let mut children = outline_children(&element);
        let is_folder = !children.is_empty() && outline.xml_url.is_none() && outline.url.is_none();
        if !children.is_empty() {
            // Every expanded ancestor below the cap pushed its name, so `path` holds exactly
            // `depth` names here (or the cap's worth).
            if path.len() < MAX_FOLDER_DEPTH {
                path.push(folder_name(&outline));
            }
            // No more than the budget left can be read, so no more are stacked.
            children.truncate(MAX_OUTLINES - read);
            stack.extend(children.into_iter().rev().map(|child| (child, depth + 1)));
        }
        if !is_folder {
            outlines.push(outline);
        }
    }
    Ok(outlines)
}

/// The `outline` children of `element`.
fn outline_children<E: XmlElement>(element: &E) -> Vec<E> {
    element.children().into_iter().filter(|child| child.name().eq_ignore_ascii_case("outline")).collect()
}

fn folder_name(outline: &Outline) -> String {
    let text = outline.text.as_deref().map(tidy).unwrap_or_default();
    if text.is_empty() {
        outline.title.as_deref().map(tidy).unwrap_or_default()
    } else {
        text
    }
}
