//! HTML reduced to plain-text paragraphs: tags dropped, entities decoded, scripts and styles removed.
//!
//! This is the safe floor for `content_html` and raw HTML inside markdown: nothing of the markup
//! survives but its words.

/// Elements whose content is never reader-visible text.
const SKIPPED_ELEMENTS: [&str; 9] =
    ["script", "style", "template", "noscript", "iframe", "object", "svg", "math", "head"];

/// Elements that end a paragraph of text where they open or close.
const BREAKING_ELEMENTS: [&str; 30] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "tr",
    "table",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "figure",
    "figcaption",
    "hr",
    "main",
    "nav",
    "details",
];

/// Whether `text` holds a tag or an entity, which [`plain`] would read; text without either is
/// its own plain text.
pub fn has_markup(text: &str) -> bool {
    find_markup(text).is_some()
}

/// Where the first `<` or `&` of `text` is: by bytes, as both are ASCII, which is several times
/// quicker than a search by characters on the long texts of a big feed.
fn find_markup(text: &str) -> Option<usize> {
    text.bytes().position(|byte| byte == b'<' || byte == b'&')
}

/// The text of `html` as paragraphs, whitespace collapsed, empty ones dropped.
pub fn paragraphs(html: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    let mut rest = html;
    while let Some(open) = find_markup(rest) {
        let (text, markup) = rest.split_at(open);
        current.push_str(text);
        if let Some(after) = markup.strip_prefix('&') {
            let (decoded, remaining) = decode_entity(after);
            current.push_str(&decoded);
            rest = remaining;
            continue;
        }
        let Some(tag) = markup.strip_prefix('<') else {
            break;
        };
        // As the HTML tokenizer reads it: only `<` before a letter, `/`, `!` or `?` opens a tag.
        if !tag.starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?')) {
            current.push('<');
            rest = tag;
            continue;
        }
        if let Some(comment) = tag.strip_prefix("!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let Some(end) = tag.find('>') else {
            // An unclosed '<' is text, as browsers treat it.
            current.push('<');
            rest = tag;
            continue;
        };
        let name = tag_name(&tag[..end]);
        rest = &tag[end + 1..];
        if SKIPPED_ELEMENTS.contains(&name.as_str()) && !tag.starts_with('/') {
            rest = skip_past_closing(rest, &name);
        }
        if BREAKING_ELEMENTS.contains(&name.as_str()) {
            finish_paragraph(&mut current, &mut paragraphs);
        }
    }
    current.push_str(rest);
    finish_paragraph(&mut current, &mut paragraphs);
    paragraphs
}

/// A text field that may carry entities or tags (titles, summaries, names) as plain text: tags
/// dropped, entities decoded, whitespace collapsed. Text without `<` or `&` is returned as is.
pub fn plain(text: &str) -> String {
    if !has_markup(text) {
        return text.to_owned();
    }
    paragraphs(text).join(" ")
}

/// The `href` of a page's `<link rel="alternate" type="application/feed+json">`, as written. Every
/// kind of feed a page links is found by `discover::feed_links`.
pub fn feed_link(html: &str) -> Option<String> {
    link_tags(html).into_iter().find_map(|attributes| {
        let value = |name: &str| attributes.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str());
        let is_alternate = value("rel")
            .is_some_and(|rel| rel.split_ascii_whitespace().any(|rel| rel.eq_ignore_ascii_case("alternate")));
        let is_json_feed = value("type").is_some_and(|kind| kind.trim().eq_ignore_ascii_case("application/feed+json"));
        match (is_alternate, is_json_feed, value("href")) {
            (true, true, Some(href)) => Some(plain(href.trim())),
            _ => None,
        }
    })
}

/// The attributes of every `<link>` tag of a page, in order (lower-case names, raw values).
pub(crate) fn link_tags(html: &str) -> Vec<Vec<(String, String)>> {
    let lower = html.to_ascii_lowercase();
    let mut tags = Vec::new();
    let mut from = 0;
    while let Some(found) = lower.get(from..).and_then(|rest| rest.find("<link")) {
        let start = from + found + "<link".len();
        let end = lower.get(start..).and_then(|rest| rest.find('>')).map_or(lower.len(), |end| start + end);
        tags.push(attributes(html.get(start..end).unwrap_or_default()));
        from = end;
    }
    tags
}

/// A tag's attributes as lower-case names and raw values (quoted, single-quoted or bare).
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = tag.trim_start();
    while !rest.is_empty() {
        let name_end = rest.find(|c: char| c == '=' || c.is_whitespace() || c == '/').unwrap_or(rest.len());
        let name = rest.get(..name_end).unwrap_or_default().to_ascii_lowercase();
        rest = rest.get(name_end..).unwrap_or_default().trim_start();
        let value = if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (value, remaining) = match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let inner = after.get(1..).unwrap_or_default();
                    let close = inner.find(quote).unwrap_or(inner.len());
                    (inner.get(..close).unwrap_or_default(), inner.get(close + 1..).unwrap_or_default())
                }
                _ => {
                    let close = after.find(char::is_whitespace).unwrap_or(after.len());
                    (after.get(..close).unwrap_or_default(), after.get(close..).unwrap_or_default())
                }
            };
            rest = remaining.trim_start();
            value.to_owned()
        } else {
            String::new()
        };
        if name.is_empty() {
            // A stray `/` or `=`: skip one character and go on.
            rest = rest.get(1..).unwrap_or_default().trim_start();
        } else {
            found.push((name, value));
        }
    }
    found
}

/// The lower-case element name of a tag's inside ("/P class=x" → "p").
fn tag_name(inside: &str) -> String {
    inside
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The text after `</name ...>`, or nothing when the element never closes.
fn skip_past_closing<'a>(html: &'a str, name: &str) -> &'a str {
    let closing = format!("</{name}");
    let lower = html.to_ascii_lowercase();
    let Some(start) = lower.find(&closing) else {
        return "";
    };
    html.get(start..).and_then(|from| from.find('>').and_then(|end| from.get(end + 1..))).unwrap_or("")
}

fn finish_paragraph(current: &mut String, paragraphs: &mut Vec<String>) {
    let collapsed = current.split_whitespace().collect::<Vec<_>>().join(" ");
    if !collapsed.is_empty() {
        paragraphs.push(collapsed);
    }
    current.clear();
}

/// Decodes one entity at the start of `after` (the text after '&'); returns it and the rest.
/// Anything that is not a known entity stays literal text.
fn decode_entity(after: &str) -> (String, &str) {
    let literal = ("&".to_owned(), after);
    let Some(end) = after.get(..after.len().min(12)).and_then(|head| head.find(';')) else {
        return literal;
    };
    let name = &after[..end];
    let rest = &after[end + 1..];
    let decoded = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => number.parse::<u32>().ok(),
        };
        code.and_then(char::from_u32).filter(|c| *c != '\0')
    } else {
        named_entity(name)
    };
    match decoded {
        Some(c) => (c.to_string(), rest),
        None => literal,
    }
}

/// The character a named HTML entity stands for, of those feeds use.
pub(crate) fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "middot" => '·',
        "bull" => '•',
        "eacute" => 'é',
        "egrave" => 'è',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(html: &str, expected: &[&str]) {
        assert_eq!(paragraphs(html), expected);
    }

    #[test]
    fn plain_text_is_one_paragraph() {
        check("Hello  world", &["Hello world"]);
    }
    #[track_caller]
    fn check_link(html: &str, expected: Option<&str>) {
        assert_eq!(feed_link(html).as_deref(), expected);
    }

    #[test]
    fn a_page_links_its_json_feed() {
        check_link(
            r#"<html><head><link rel="alternate" type="application/rss+xml" href="/rss"><LINK REL='alternate' TYPE='application/feed+json' HREF='/feed.json?a=1&amp;b=2'></head></html>"#,
            Some("/feed.json?a=1&b=2"),
        );
        check_link(
            r#"<link type=application/feed+json rel="me alternate" href=https://x.org/f.json>"#,
            Some("https://x.org/f.json"),
        );
        check_link(r#"<link rel="stylesheet" href="a.css"><p>no feed</p>"#, None);
        check_link("<link rel=alternate type=application/feed+json", None);
        check_link("<link", None);
    }

    #[test]
    fn a_lone_less_than_is_text() {
        check("x < y and y > z, a<3", &["x < y and y > z, a<3"]);
    }
    #[test]
    fn plain_fields_decode_entities_and_drop_tags() {
        assert_eq!(plain("Tom &amp; Jerry <b>live</b>"), "Tom & Jerry live");
        assert_eq!(plain("Plain as is"), "Plain as is");
        assert_eq!(plain("<script>alert(1)</script>Safe"), "Safe");
    }
    #[test]
    fn paragraphs_split_on_p() {
        check("<p>One</p><p>Two</p>", &["One", "Two"]);
    }
    #[test]
    fn br_breaks_a_paragraph() {
        check("One<br>Two<br/>Three", &["One", "Two", "Three"]);
    }
    #[test]
    fn inline_tags_vanish() {
        check("<p>a <em>b</em> <a href=x>c</a></p>", &["a b c"]);
    }
    #[test]
    fn script_content_is_dropped() {
        check("a<script>alert(1)</script>b", &["ab"]);
    }
    #[test]
    fn upper_case_script_is_dropped() {
        check("a<SCRIPT>alert(1)</SCRIPT >b", &["ab"]);
    }
    #[test]
    fn unclosed_script_drops_the_rest() {
        check("a<script>alert(1)", &["a"]);
    }
    #[test]
    fn style_content_is_dropped() {
        check("<style>p{}</style><p>x</p>", &["x"]);
    }
    #[test]
    fn comments_are_dropped() {
        check("a<!-- <p>hidden</p> -->b", &["ab"]);
    }
    #[test]
    fn unclosed_comment_drops_the_rest() {
        check("a<!-- b", &["a"]);
    }
    #[test]
    fn named_entities_decode() {
        check("Tom &amp; Jerry &mdash; &lt;3", &["Tom & Jerry — <3"]);
    }
    #[test]
    fn numeric_entities_decode() {
        check("&#233;&#x00E9;&#X41;", &["ééA"]);
    }
    #[test]
    fn unknown_entities_stay_literal() {
        check("a &bogus; b & c", &["a &bogus; b & c"]);
    }
    #[test]
    fn invalid_code_points_stay_literal() {
        check("&#xD800;&#0;&#99999999;", &["&#xD800;&#0;&#99999999;"]);
    }
    #[test]
    fn stray_less_than_is_text() {
        check("1 < 2", &["1 < 2"]);
    }
    #[test]
    fn escaped_markup_stays_text() {
        check("&lt;script&gt;", &["<script>"]);
    }
    #[test]
    fn empty_input_has_no_paragraphs() {
        check("", &[]);
    }
    #[test]
    fn multibyte_text_survives_splitting() {
        check("<p>日本語</p>&amp;ü", &["日本語", "&ü"]);
    }
}
