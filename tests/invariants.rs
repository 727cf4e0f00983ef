//! Checks of ARCHITECTURE.md's invariants that read the source tree itself.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("src/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The code of a file before its test module, and nothing of files that are test modules
/// (`tests.rs`, or test support marked `#![cfg(test)]`).
fn production_code(path: &Path) -> String {
    if path.file_name().is_some_and(|name| name == "tests.rs") {
        return String::new();
    }
    let text = fs::read_to_string(path).expect("source is readable");
    if text.contains("#![cfg(test)]") {
        return String::new();
    }
    match text.find("#[cfg(test)]") {
        Some(end) => text[..end].to_owned(),
        None => text,
    }
}

#[test]
fn core_names_no_browser_crate() {
    for path in rust_files(&src().join("core")) {
        let code = fs::read_to_string(&path).expect("source is readable");
        for name in ["web_sys", "js_sys", "leptos", "gloo", "wasm_bindgen"] {
            assert!(!code.contains(name), "{} names {name}", path.display());
        }
    }
}

/// The article body is `core::body_markup::write`'s text, escaped by construction, inserted once
/// (issue 25, lever 1): exactly one place in `src/` sets `innerHTML`, the body writer's platform
/// module, and only through its Trusted Types policy. Nothing else may, by any spelling.
#[test]
fn inner_html_is_set_in_one_place_through_the_policy() {
    let writer = src().join("shell/platform/body_html.rs");
    for path in rust_files(&src()) {
        let code = fs::read_to_string(&path).expect("source is readable");
        let sets = ["inner_html", "innerHTML", "outer_html", "outerHTML", "insert_adjacent_html", "insertAdjacentHTML"]
            .iter()
            .any(|sink| code.contains(sink));
        assert!(!sets || path == writer, "{} sets HTML from a string outside platform/body_html.rs", path.display());
    }
    let code = production_code(&writer);
    assert_eq!(code.matches("\"innerHTML\"").count(), 1, "body_html.rs sets innerHTML in one place");
    for needed in ["\"createPolicy\"", "\"createHTML\"", "\"lectern-body\""] {
        assert!(code.contains(needed), "body_html.rs no longer creates its policy ({needed})");
    }
    // What goes in is the policy's TrustedHTML where the browser has Trusted Types.
    assert!(code.contains("call(policy, \"createHTML\", &text)"), "body_html.rs inserts without its policy");
}

#[test]
fn production_code_has_no_panicking_shortcuts() {
    for path in rust_files(&src()) {
        let code = production_code(&path);
        for shortcut in [
            ".unwrap()",
            ".expect(",
            "panic!(",
            "unwrap_throw",
            "expect_throw",
            "unreachable!(",
            "todo!(",
            "unimplemented!(",
        ] {
            assert!(!code.contains(shortcut), "{} uses {shortcut}", path.display());
        }
    }
}

#[test]
fn every_source_file_says_its_job() {
    for path in rust_files(&src()) {
        let code = fs::read_to_string(&path).expect("source is readable");
        assert!(code.starts_with("//!"), "{} does not open with a //! line", path.display());
    }
}

#[test]
fn only_the_storage_module_touches_local_storage() {
    for path in rust_files(&src()) {
        let code = fs::read_to_string(&path).expect("source is readable");
        let touches = ["local_storage(", "session_storage(", "web_sys::Storage"].iter().any(|name| code.contains(name));
        let is_storage_module = path.ends_with("shell/platform/storage.rs");
        assert!(
            !touches || is_storage_module,
            "{} touches localStorage outside shell/platform/storage.rs",
            path.display()
        );
    }
}

/// ARCHITECTURE.md's code map follows the tree: every `src/` path it names exists, and every module
/// under `src/` is named. Inside a code-map section headed "### `src/DIR/`", names are relative
/// to that directory (`feed.rs` there is `src/core/feed.rs`); elsewhere, only `src/…` paths count.
#[test]
fn the_code_map_names_every_module_and_only_modules_that_exist() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let mut named = std::collections::BTreeSet::new();
    let mut section_dir: Option<String> = None;
    // Another crate's section (`### \`server/\``) names that crate's files: not this one's.
    let mut other_crate = false;
    for line in doc.lines() {
        if line.starts_with('#') {
            other_crate = line.starts_with("### `server/");
            section_dir = line
                .strip_prefix("### `")
                .and_then(|rest| rest.strip_suffix('`'))
                .filter(|dir| dir.starts_with("src/") && dir.ends_with('/'))
                .map(str::to_owned);
            continue;
        }
        for token in line.split('`').skip(1).step_by(2) {
            let token = token.trim_end_matches(',');
            if other_crate || !token.ends_with(".rs") || token.contains(' ') {
                continue;
            }
            if token.starts_with("src/") {
                named.insert(token.to_owned());
            } else if let Some(dir) = &section_dir {
                named.insert(format!("{dir}{token}"));
            }
        }
    }
    let missing_files: Vec<&String> = named.iter().filter(|path| !root.join(path).is_file()).collect();
    assert!(missing_files.is_empty(), "ARCHITECTURE.md names files that do not exist: {missing_files:?}");
    let unnamed: Vec<String> = rust_files(&root.join("src"))
        .into_iter()
        .map(|path| path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"))
        .filter(|path| !named.contains(path))
        .collect();
    assert!(unnamed.is_empty(), "modules ARCHITECTURE.md's code map does not name: {unnamed:?}");
}

/// The string literals of `code` (comments skipped), naively: enough for the writer's own code,
/// which has no raw strings; the quote character literals are taken out first.
fn string_literals(code: &str) -> Vec<String> {
    let code: String = code
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("b'\"'", "QUOTE")
        .replace("'\"'", "QUOTE");
    let mut literals = Vec::new();
    let mut current: Option<String> = None;
    let mut chars = code.chars();
    while let Some(ch) = chars.next() {
        match (&mut current, ch) {
            (None, '"') => current = Some(String::new()),
            (Some(_), '"') => literals.extend(current.take()),
            (Some(literal), '\\') => {
                literal.push(ch);
                literal.extend(chars.next());
            }
            (Some(literal), ch) => literal.push(ch),
            (None, _) => {}
        }
    }
    literals
}

/// The body writer emits a closed set of tags and attributes, every one a literal in its own
/// source: no name is ever built from data (`core::body_markup`, issue 25).
#[test]
fn the_body_writer_writes_only_its_own_tags_and_attributes() {
    use lectern::core::body_markup::{WRITTEN_ATTRIBUTES as ATTRIBUTES, WRITTEN_TAGS as TAGS};
    let path = src().join("core/body_markup.rs");
    let code = production_code(&path);
    assert!(code.contains("fn write("), "{} has no writer", path.display());
    let (mut tags, mut attributes) = (0, 0);
    for literal in string_literals(&code) {
        let mut rest = literal.as_str();
        while let Some(at) = rest.find('<') {
            rest = &rest[at + 1..];
            let name: String = rest.trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect();
            assert!(TAGS.contains(&name.as_str()), "the writer writes <{name}> in {literal:?}");
            tags += 1;
        }
        for (at, _) in literal.match_indices("=\\\"") {
            let name = literal[..at].rsplit(' ').next().unwrap_or_default();
            if name.is_empty() {
                continue; // `push_attribute`'s own `="`: its names are checked at each call below.
            }
            assert!(ATTRIBUTES.contains(&name), "the writer writes {name}= in {literal:?}");
            attributes += 1;
        }
    }
    for call in code.split("push_attribute(").skip(1) {
        let arguments = call.split(')').next().unwrap_or_default();
        // The definition's parameters hold no literal; every call names its attribute as one.
        let Some(name) = string_literals(arguments).into_iter().next() else { continue };
        assert!(ATTRIBUTES.contains(&name.as_str()), "the writer writes the attribute {name:?}");
        attributes += 1;
    }
    assert!(tags > 40 && attributes > 10, "only {tags} tags and {attributes} attributes found");
}

/// `#[error("…")]` attributes taken out: a shell error's `Display` is its English for logs and
/// host events, while what the reader sees comes from the catalogue (`message(lang)`).
fn without_error_attributes(code: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(start) = rest.find("#[error(") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find(")]\n").map_or(after.len(), |end| end + 2);
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Whether a literal reads as words to a reader: it starts with a capitalised word ("Close",
/// "Try again"), or is a phrase ending as a sentence or a wait does ("checking for new…").
/// Class names, selectors and attribute values are lowercase words or symbols.
fn reads_as_prose(literal: &str) -> bool {
    let words: Vec<&str> = literal.split_whitespace().collect();
    let capitalised = |word: &str| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.clone().next().is_some_and(char::is_lowercase)
            && chars.all(|ch| ch.is_alphabetic() || "…’'.,:;!?".contains(ch))
    };
    let sentence_end = literal.trim_end().ends_with(['…', '.', '!', '?']) && words.len() >= 2;
    words.first().is_some_and(|first| capitalised(first)) || sentence_end
}

/// Literals in the shell that read as words but that no reader sees as Lectern's own: the brand,
/// names of formats and fonts, stored or exported data, and protocol names.
const NOT_READER_FACING: &[&str] = &[
    "Lectern",               // the brand, the same in every language
    "Lectern demo",          // stored until the demo feed's own title replaces it
    "Feeds read in Lectern", // the title inside an exported OPML file
    "AltGraph",              // a keyboard modifier's name in the DOM
    "Enter",                 // key names in the DOM
    "Escape",
    "Aa",           // the settings button's icon, hidden from screen readers
    "Content-Type", // an HTTP header
];

/// Issue 29: every word a reader sees comes from the catalogue (`core::i18n`), so a component
/// that writes one as a literal is caught here.
#[test]
fn shell_components_take_their_words_from_the_catalogue() {
    let mut found = Vec::new();
    for path in rust_files(&src().join("shell")) {
        let code = without_error_attributes(&production_code(&path));
        for literal in string_literals(&code) {
            if reads_as_prose(&literal) && !NOT_READER_FACING.contains(&literal.as_str()) {
                found.push(format!("{}: {literal:?}", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "reader-facing literals instead of messages:\n{}", found.join("\n"));
}

#[test]
fn the_literal_check_catches_words_and_spares_code() {
    for prose in ["Close", "Try again", "Loading the feed…", "By ", "checking for new articles…", "Imported: "] {
        assert!(reads_as_prose(prose), "{prose}");
    }
    assert!(reads_as_prose("Read on the original site"));
    for code in
        ["lectern-feeds.opml", "text/x-opml", "button secondary", ".article-body [id]", "tool-icon", "auto", "A−"]
    {
        assert!(!reads_as_prose(code), "{code}");
    }
}
