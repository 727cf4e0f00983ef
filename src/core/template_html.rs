//! Which HTML strings the page's `default` Trusted Types policy lets through: Leptos's static view templates, never script.
//!
//! Leptos 0.8's `view!` writes a static subtree (no reactive parts, no components) as an HTML
//! literal that tachys turns into elements through a `<template>`'s inner HTML
//! (`InertElement`). Under `require-trusted-types-for 'script'` that assignment needs a policy,
//! and since it happens inside tachys only the `default` policy can vouch for it. These strings
//! are compile-time literals of Lectern's own views, so the rule is narrow: nothing that can run
//! script or load a document passes (no `<script>`, frames, plugins, `<base>`, forms, SVG or
//! MathML, no `on…=` handler, no `javascript:`/`vbscript:`/`data:` URL, no `srcdoc`). Feed content
//! never comes this way: the article body has its own policy (`shell::platform::body_html`).

/// Elements a static view of Lectern's never has, and that could run script or load a document.
const REFUSED_TAGS: [&str; 13] = [
    "<script",
    "<iframe",
    "<frame",
    "<object",
    "<embed",
    "<style",
    "<link",
    "<meta",
    "<base",
    "<form",
    "<svg",
    "<math",
    "<template",
];

/// Whether `html` may become elements through the `default` policy.
pub fn allowed(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    let refused =
        REFUSED_TAGS.iter().chain(&["javascript:", "vbscript:", "data:", "srcdoc"]).any(|bad| lower.contains(bad));
    !refused && !has_handler(&lower)
}

/// An attribute named `on…` (an event handler): after whitespace, `/`, a quote or `<x`, the
/// letters `on`, more letters, then `=` (optionally after whitespace).
fn has_handler(lower: &str) -> bool {
    let bytes = lower.as_bytes();
    let mut at = 0;
    while let Some(found) = lower[at..].find("on") {
        let start = at + found;
        at = start + 2;
        let before = start.checked_sub(1).map(|index| bytes[index]);
        if !matches!(before, Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'"' | b'\'')) {
            continue;
        }
        let name_end =
            bytes[at..].iter().position(|byte| !byte.is_ascii_alphanumeric()).map_or(bytes.len(), |end| at + end);
        if name_end == at {
            continue;
        }
        let rest = lower[name_end..].trim_start();
        if rest.starts_with('=') {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::allowed;

    #[test]
    fn static_view_templates_pass() {
        for html in [
            r#"<span class="brand">Lectern</span>"#,
            r#"<p class="hint" role="note">Press <kbd>?</kbd> for the shortcuts. Only one (or none) is on.</p>"#,
            r#"<a href="https://jsonfeed.org/" rel="noopener noreferrer">JSON Feed</a>"#,
            r#"<div class="online"><button type="button" aria-label="Close">×</button></div>"#,
        ] {
            assert!(allowed(html), "{html}");
        }
    }

    #[test]
    fn anything_that_could_run_script_is_refused() {
        for html in [
            "<script>alert(1)</script>",
            "<SCRIPT src=x></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<img src=x ONERROR = alert(1)>",
            "<p/onclick=alert(1)>x</p>",
            r#"<div title="a"onmouseover="b()">x</div>"#,
            "<a href=javascript:alert(1)>x</a>",
            "<a href=\"JavaScript:alert(1)\">x</a>",
            "<iframe srcdoc=x></iframe>",
            "<object data=x></object>",
            "<svg><animate onbegin=alert(1)></svg>",
            "<base href=//evil.example/>",
            "<form action=x><button>go</button></form>",
            "<a href=data:text/html,x>x</a>",
            "<style>*{}</style>",
        ] {
            assert!(!allowed(html), "{html}");
        }
    }

    #[test]
    fn words_with_on_in_them_are_not_handlers() {
        assert!(allowed(r#"<p class="only-link">Read it on the site, one section at a time</p>"#));
        assert!(allowed(r#"<button aria-pressed="false">Listen on</button>"#));
    }
}
