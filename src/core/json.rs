//! A small strict JSON (RFC 8259) reader and writer: text → `Json` tree with the line and column
//! of the first error, and string escaping for writing. It replaces serde_json in the Wasm, where
//! serde's generic deserializers cost about 30 KB brotli (docs/BENCHMARKS.md); feeds and stored records are walked by
//! hand from the tree (`feed.rs`, `history.rs`).

/// Nesting deeper than this is refused (as serde_json does at 128), so hostile input cannot
/// exhaust the stack.
const MAX_DEPTH: usize = 128;

/// A parsed JSON value. Numbers keep their text; objects keep their members in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Where the text stops being JSON: 1-based line and column (in bytes, as serde_json counts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
}

impl Json {
    /// The member `key` of an object (the last one, when a key repeats); `None` otherwise.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(name, _)| name == key).map(|(_, value)| value),
            _ => None,
        }
    }

    /// The member `key`, treating `null` as absent.
    pub fn field(&self, key: &str) -> Option<&Json> {
        self.get(key).filter(|value| **value != Json::Null)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// A non-negative integer written without fraction or exponent.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
            _ => None,
        }
    }

    /// The number's value. Computed from its digits without the standard float parser (whose
    /// tables are large); exact for the short decimals Lectern stores, close for anything else.
    pub fn as_f64(&self) -> Option<f64> {
        let Json::Number(text) = self else { return None };
        let (mantissa, exponent) = match text.find(['e', 'E']) {
            Some(at) => (&text[..at], text[at + 1..].parse::<i32>().ok()?),
            None => (text.as_str(), 0),
        };
        let (negative, mantissa) = match mantissa.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, mantissa),
        };
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let mut digits = 0.0_f64;
        for b in whole.bytes().chain(fraction.bytes()) {
            digits = digits * 10.0 + f64::from(b - b'0');
        }
        let scale = exponent.saturating_sub(i32::try_from(fraction.len()).unwrap_or(i32::MAX));
        let value = if scale < 0 { digits / 10f64.powi(-scale) } else { digits * 10f64.powi(scale) };
        Some(if negative { -value } else { value })
    }

    /// How serde names what it found ("a string", "a boolean `true`"), for error messages.
    pub fn describe(&self) -> String {
        match self {
            Json::Null => "null".to_owned(),
            Json::Bool(value) => format!("boolean `{value}`"),
            Json::Number(text) => format!("number `{text}`"),
            Json::String(text) => format!("string {text:?}"),
            Json::Array(_) => "sequence".to_owned(),
            Json::Object(_) => "map".to_owned(),
        }
    }
}

/// Parses one JSON text (surrounding whitespace allowed, nothing else).
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut parser = Parser { bytes: text.as_bytes(), at: 0 };
    let value = parser.value(0)?;
    parser.skip_whitespace();
    if parser.at < parser.bytes.len() {
        return Err(parser.error());
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self) -> SyntaxError {
        let end = self.at.min(self.bytes.len());
        let before = &self.bytes[..end];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |at| at + 1);
        // At the end of the text, the error is after the last byte read (as serde_json says).
        let column = if self.at >= self.bytes.len() { end - line_start } else { end - line_start + 1 };
        SyntaxError { line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn consume(&mut self, byte: u8) -> Result<(), SyntaxError> {
        self.skip_whitespace();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error())
        }
    }

    fn literal(&mut self, word: &[u8], value: Json) -> Result<Json, SyntaxError> {
        for &expected in word {
            if self.peek() != Some(expected) {
                return Err(self.error());
            }
            self.at += 1;
        }
        Ok(value)
    }

    fn value(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'n') => self.literal(b"null", Json::Null),
            Some(b't') => self.literal(b"true", Json::Bool(true)),
            Some(b'f') => self.literal(b"false", Json::Bool(false)),
            Some(b'"') => Ok(Json::String(self.string()?)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') if depth < MAX_DEPTH => {
                self.at += 1;
                let mut items = Vec::new();
                self.skip_whitespace();
                if self.peek() == Some(b']') {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.skip_whitespace();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => return Err(self.error()),
                    }
                }
            }
            Some(b'{') if depth < MAX_DEPTH => {
                self.at += 1;
                let mut members = Vec::new();
                self.skip_whitespace();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                    return Ok(Json::Object(members));
                }
                loop {
                    self.skip_whitespace();
                    if self.peek() != Some(b'"') {
                        return Err(self.error());
                    }
                    let key = self.string()?;
                    self.consume(b':')?;
                    members.push((key, self.value(depth + 1)?));
                    self.skip_whitespace();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return Ok(Json::Object(members));
                        }
                        _ => return Err(self.error()),
                    }
                }
            }
            _ => Err(self.error()),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Json, SyntaxError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error()),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        // Only ASCII was consumed, so this slice is on character boundaries.
        let text = std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| self.error())?;
        Ok(Json::Number(text.to_owned()))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| char::from(b).to_digit(16)).ok_or_else(|| self.error())?;
            value = value * 16 + digit;
            self.at += 1;
        }
        Ok(value)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1; // the opening quote
        let mut out = Vec::new();
        loop {
            let Some(byte) = self.peek() else { return Err(self.error()) };
            match byte {
                b'"' => {
                    self.at += 1;
                    // The input is a `&str` and escapes add whole characters, so this is UTF-8.
                    return String::from_utf8(out).map_err(|_| self.error());
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            let unit = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&unit) {
                                // A high surrogate must be followed by an escaped low one.
                                if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                                    return Err(self.error());
                                }
                                self.at += 2;
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(self.error());
                                }
                                0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                unit
                            };
                            let c = char::from_u32(code).ok_or_else(|| self.error())?;
                            let mut buf = [0; 4];
                            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                            continue;
                        }
                        _ => return Err(self.error()),
                    };
                    self.at += 1;
                    let mut buf = [0; 4];
                    out.extend_from_slice(escaped.encode_utf8(&mut buf).as_bytes());
                }
                0x00..=0x1F => return Err(self.error()),
                _ => {
                    out.push(byte);
                    self.at += 1;
                }
            }
        }
    }
}

/// Appends `text` as a JSON string literal.
pub fn write_str(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let code = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[code >> 4]));
                out.push(char::from(HEX[code & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends a number in `0..=1` (a fraction through a unit) with up to six decimals, written
/// without the float printer: "0", "1", "0.25", "0.333333".
pub fn write_fraction(out: &mut String, fraction: f64) {
    let micros = (fraction.clamp(0.0, 1.0) * 1_000_000.0).round() as u32;
    match micros {
        0 => out.push('0'),
        1_000_000 => out.push('1'),
        _ => {
            let digits = format!("{micros:06}");
            out.push_str("0.");
            out.push_str(digits.trim_end_matches('0'));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_values() {
        let value = parse(r#" {"a": [1, -2.5e3, true, null], "b": "x\"\u00e9\ud83d\ude00", "a": 3} "#).unwrap();
        assert_eq!(value.get("a"), Some(&Json::Number("3".to_owned())));
        assert_eq!(value.get("b").and_then(Json::as_str), Some("x\"é😀"));
        assert_eq!(parse("-2.5e3").unwrap().as_f64(), Some(-2500.0));
        assert_eq!(parse("0.25").unwrap().as_f64(), Some(0.25));
        assert_eq!(parse("12").unwrap().as_u64(), Some(12));
        assert_eq!(parse("1.0").unwrap().as_u64(), None);
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in
            ["", "[1,]", "{\"a\":1,}", "01", "1.", "-", "\"\\x\"", "\"a\nb\"", "[1] x", "\"\\ud800\"", "tru", "{1:2}"]
        {
            assert!(parse(text).is_err(), "{text:?}");
        }
        assert!(parse(&"[".repeat(100_000)).is_err());
    }

    /// JSONTestSuite: every `y_` file parses, every `n_` file is refused. Files that are not UTF-8
    /// are left out: the browser's `text()` decodes bytes before any JSON is read (lossily, as the
    /// feed tests do), so their invalidity never reaches this parser.
    #[test]
    fn json_test_suite_conformance() {
        let dir = crate::core::test_support::corpora().join("jsontestsuite/test_parsing");
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display()));
        let (mut accepted, mut refused) = (0, 0);
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(text) = String::from_utf8(std::fs::read(entry.path()).unwrap()) else { continue };
            if name.starts_with("y_") {
                assert!(parse(&text).is_ok(), "{name} must parse");
                accepted += 1;
            } else if name.starts_with("n_") {
                assert!(parse(&text).is_err(), "{name} must be refused");
                refused += 1;
            }
        }
        assert!(accepted >= 90 && refused >= 150, "only {accepted} y_ and {refused} n_ files");
    }

    #[test]
    fn errors_say_where() {
        assert_eq!(parse("{\n  \"version\": ,"), Err(SyntaxError { line: 2, column: 14 }));
    }

    #[test]
    fn writes_strings_and_fractions() {
        let mut out = String::new();
        write_str(&mut out, "a\"b\\c\n\u{1}é");
        assert_eq!(out, r#""a\"b\\c\n\u0001é""#);
        for (fraction, text) in [(0.0, "0"), (1.0, "1"), (0.25, "0.25"), (1.0 / 3.0, "0.333333"), (f64::NAN, "0")] {
            let mut out = String::new();
            write_fraction(&mut out, fraction);
            assert_eq!(out, text);
        }
    }
}
