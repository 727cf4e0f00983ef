//! Every theme in style/themes.css meets WCAG 2.2 contrast: text 4.5:1, focus ring and alert
//! border 3:1, the contrast theme 7:1. Run with `--nocapture` for the table of measured ratios.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Every colour a theme must set.
const COLOURS: [&str; 10] = [
    "--paper",
    "--ink",
    "--muted",
    "--rule",
    "--accent",
    "--accent-ink",
    "--focus",
    "--alert-bg",
    "--alert-border",
    "--code-bg",
];

/// (foreground, background, minimum ratio, what the pair is): WCAG 1.4.3 for text, 1.4.11 for
/// the focus ring and the alert's border.
const PAIRS: [(&str, &str, f64, &str); 8] = [
    ("--ink", "--paper", 4.5, "body text"),
    ("--muted", "--paper", 4.5, "secondary text"),
    ("--accent", "--paper", 4.5, "links"),
    ("--accent-ink", "--accent", 4.5, "button text"),
    ("--focus", "--paper", 3.0, "focus ring"),
    ("--alert-border", "--alert-bg", 3.0, "alert border"),
    ("--ink", "--code-bg", 4.5, "code"),
    ("--ink", "--alert-bg", 4.5, "alert text"),
];

/// The contrast theme's text pairs reach WCAG's enhanced level.
const ENHANCED: f64 = 7.0;

/// One custom property declaration and the rule preludes around it, outermost first.
#[derive(Debug)]
struct Declaration {
    context: Vec<String>,
    name: String,
    value: String,
}

/// A purpose-built reader of flat style sheets: rules and `@media` blocks, `name: value;`
/// declarations, comments. Enough for our own two files, not for CSS at large.
fn declarations(css: &str) -> Vec<Declaration> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);

    let (mut out, mut context, mut buffer) = (Vec::new(), Vec::<String>::new(), String::new());
    let mut declare = |context: &Vec<String>, buffer: &str| {
        if let Some((name, value)) = buffer.split_once(':') {
            out.push(Declaration {
                context: context.clone(),
                name: name.trim().to_owned(),
                value: value.trim().to_owned(),
            });
        }
    };
    for c in text.chars() {
        match c {
            '{' => {
                context.push(buffer.trim().to_owned());
                buffer.clear();
            }
            ';' => {
                declare(&context, &buffer);
                buffer.clear();
            }
            '}' => {
                if !buffer.trim().is_empty() {
                    declare(&context, &buffer);
                }
                buffer.clear();
                context.pop().expect("a `}` closes an open block");
            }
            c => buffer.push(c),
        }
    }
    assert!(context.is_empty(), "unclosed block: {context:?}");
    out
}

/// The custom properties a selector gets: those of rules whose selector list names it, outside
/// any `@media`, then (when `dark`) those inside `@media (prefers-color-scheme: dark)`.
fn palette(declarations: &[Declaration], selector: &str, dark: bool) -> BTreeMap<String, String> {
    let mut palette = BTreeMap::new();
    let medias: &[&[&str]] = if dark { &[&[], &["@media (prefers-color-scheme: dark)"]] } else { &[&[]] };
    for media in medias {
        for declaration in declarations {
            let Some((rule, outer)) = declaration.context.split_last() else { continue };
            let names_it = rule.split(',').any(|part| part.trim() == selector);
            if names_it && outer == *media && declaration.name.starts_with("--") {
                palette.insert(declaration.name.clone(), declaration.value.to_lowercase());
            }
        }
    }
    palette
}

fn read(path: &str) -> Vec<Declaration> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    declarations(&fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display())))
}

fn theme(name: &str) -> String {
    format!("[data-theme=\"{name}\"]")
}

/// The themes as a reader meets them: `auto` once per system setting.
fn themes() -> Vec<(&'static str, BTreeMap<String, String>)> {
    let css = read("style/themes.css");
    vec![
        ("light", palette(&css, &theme("light"), false)),
        ("sepia", palette(&css, &theme("sepia"), false)),
        ("dark", palette(&css, &theme("dark"), false)),
        ("contrast", palette(&css, &theme("contrast"), false)),
        ("auto (light system)", palette(&css, &theme("auto"), false)),
        ("auto (dark system)", palette(&css, &theme("auto"), true)),
    ]
}

/// `#rgb` or `#rrggbb` as channels.
fn rgb(value: &str) -> Option<[u8; 3]> {
    let hex = value.strip_prefix('#')?;
    let digit = |at: usize, width: usize| u8::from_str_radix(hex.get(at..at + width)?, 16).ok();
    match hex.len() {
        3 => Some([digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17]),
        6 => Some([digit(0, 2)?, digit(2, 2)?, digit(4, 2)?]),
        _ => None,
    }
}

/// WCAG 2.2 relative luminance.
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

fn ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn the_formula_matches_known_ratios() {
    let close = |a: &str, b: &str, expected: f64| {
        let measured = ratio(rgb(a).unwrap(), rgb(b).unwrap());
        assert!((measured - expected).abs() < 0.01, "{a} on {b}: {measured}");
    };
    close("#000", "#fff", 21.0);
    close("#fff", "#fff", 1.0);
    close("#767676", "#ffffff", 4.54);
    close("#ffffff", "#0000ff", 8.59);
}

#[test]
fn every_theme_sets_every_colour_as_hex() {
    for (name, palette) in themes() {
        for colour in COLOURS {
            let value = palette.get(colour).unwrap_or_else(|| panic!("{name} sets no {colour}"));
            assert!(rgb(value).is_some(), "{name} {colour} is {value:?}, not #rgb or #rrggbb");
        }
    }
}

#[test]
fn every_theme_meets_wcag_contrast() {
    let mut table = String::from("| theme |");
    for (fg, bg, minimum, what) in PAIRS {
        table.push_str(&format!(" {what} ({} on {}, ≥ {minimum}) |", &fg[2..], &bg[2..]));
    }
    table.push_str(&format!("\n|---|{}\n", "---:|".repeat(PAIRS.len())));
    let mut failures = Vec::new();
    for (name, palette) in themes() {
        let colour = |name: &str| palette.get(name).and_then(|value| rgb(value)).unwrap_or([128, 128, 128]);
        table.push_str(&format!("| {name} |"));
        for (fg, bg, minimum, what) in PAIRS {
            let measured = ratio(colour(fg), colour(bg));
            // The contrast theme holds every text pair, not only body text, to the enhanced level.
            let minimum = if name == "contrast" && minimum == 4.5 { ENHANCED } else { minimum };
            table.push_str(&format!(" {measured:.2} |"));
            if measured < minimum {
                failures.push(format!("{name}: {what} {measured:.2} < {minimum}"));
            }
        }
        table.push('\n');
    }
    println!("{table}");
    assert!(failures.is_empty(), "{}\n\n{table}", failures.join("\n"));
}

#[test]
fn colours_live_only_in_themes_css_and_auto_follows_light_and_dark() {
    let main = read("style/main.css");
    for declaration in &main {
        assert!(
            !COLOURS.contains(&declaration.name.as_str()),
            "main.css sets {}: colours belong to themes.css",
            declaration.name
        );
    }
    let themes = themes();
    let find = |name: &str| &themes.iter().find(|(theme, _)| *theme == name).expect("theme listed").1;
    assert_eq!(find("auto (light system)"), find("light"));
    assert_eq!(find("auto (dark system)"), find("dark"));
}

#[test]
fn themes_are_attribute_selectors_so_they_work_in_a_shadow_root() {
    for declaration in read("style/themes.css").into_iter().filter(|declaration| declaration.name.starts_with("--")) {
        let rule = declaration.context.last().expect("declarations sit in rules");
        for selector in rule.split(',').map(str::trim) {
            let value = selector.strip_prefix("[data-theme=\"").and_then(|rest| rest.strip_suffix("\"]"));
            assert!(
                value.is_some_and(|value| ["auto", "light", "sepia", "dark", "contrast"].contains(&value)),
                "{selector:?} sets {}",
                declaration.name
            );
        }
    }
}

#[test]
fn forced_colours_keep_the_focus_ring_and_progress_in_system_colours() {
    let css = read("style/themes.css");
    let forced: Vec<&Declaration> = css
        .iter()
        .filter(|declaration| {
            declaration.context.first().is_some_and(|media| media == "@media (forced-colors: active)")
        })
        .collect();
    let sets = |selector: &str, property: &str, value: &str| {
        forced.iter().any(|declaration| {
            declaration.context.last().is_some_and(|rule| rule.split(',').any(|part| part.trim() == selector))
                && declaration.name == property
                && declaration.value == value
        })
    };
    assert!(sets(":focus-visible", "outline-color", "Highlight"));
    assert!(sets(".progress-fill", "background", "Highlight"));
    assert!(sets(".progress-fill", "forced-color-adjust", "none"));
}
