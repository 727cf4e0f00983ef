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

#[test]
fn nothing_uses_inner_html() {
    for path in rust_files(&src()) {
        let code = fs::read_to_string(&path).expect("source is readable");
        assert!(!code.contains("inner_html"), "{} uses inner_html", path.display());
    }
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
        let is_storage_module = path.ends_with("shell/storage.rs");
        assert!(!touches || is_storage_module, "{} touches localStorage outside shell/storage.rs", path.display());
    }
}
