//! CLDR plural rules for the interface languages, written out natively (no ICU data in the Wasm).
//!
//! The rules are those of CLDR 46 (`plurals.xml`, cardinal), over its operands: `n` the absolute
//! value, `i` its integer digits, `v` the count of visible fraction digits, `f` those digits as an
//! integer. The compact exponent `e` is always 0 here: Lectern never writes "1,2 M".
//!
//! - English, German: one (`i = 1 and v = 0`), other.
//! - Spanish: one (`n = 1`), many (`i != 0 and i % 1000000 = 0 and v = 0`, CLDR 42+), other. The
//!   rule is implemented; the Spanish templates give "many" the text of "other", because
//!   "1000000 artículos" written in digits reads correctly and a reader never meets that count.
//! - French: one (`i = 0,1`: 0, 1 and 1.5 are singular), many (as Spanish), other.
//! - Ukrainian: one (`v = 0`, `i % 10 = 1`, `i % 100 != 11`), few (`i % 10 = 2..4`, not 12..14),
//!   many (`i % 10 = 0`, `5..9`, or `i % 100 = 11..14`), other (fractions).
//! - Arabic: zero (`n = 0`), one (`n = 1`), two (`n = 2`), few (`n % 100 = 3..10`), many
//!   (`n % 100 = 11..99`), other. `n` is the whole value, so 3.0 is "few" but 3.5 is "other".

use super::Lang;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Form {
    pub const ALL: [Form; 6] = [Form::Zero, Form::One, Form::Two, Form::Few, Form::Many, Form::Other];
}

/// The CLDR operands of a number as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operands {
    /// Integer digits of the absolute value.
    pub i: u64,
    /// Number of visible fraction digits, trailing zeros included ("1.50" has 2).
    pub v: u32,
    /// Visible fraction digits as an integer ("1.50" has 50).
    pub f: u64,
}

impl Operands {
    /// A whole number, as every count in the interface is.
    pub const fn integer(i: u64) -> Operands {
        Operands { i, v: 0, f: 0 }
    }

    /// Reads a number as written ("1", "1.0", "-2.50"); `None` for anything else.
    pub fn parse(text: &str) -> Option<Operands> {
        let text = text.strip_prefix('-').unwrap_or(text);
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |part: &str| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit());
        if !digits(whole) || (text.contains('.') && !digits(fraction)) {
            return None;
        }
        let i = whole.parse().ok()?;
        let f = if fraction.is_empty() { 0 } else { fraction.parse().ok()? };
        Some(Operands { i, v: u32::try_from(fraction.len()).ok()?, f })
    }

    /// `n % 100` when `n` is a whole value (no non-zero fraction digits), as the Arabic rules ask.
    fn whole_mod_100(self) -> Option<u64> {
        (self.f == 0).then_some(self.i % 100)
    }

    /// `i != 0 and i % 1000000 = 0 and v = 0`: the "many" of Spanish and French.
    fn round_million(self) -> bool {
        self.v == 0 && self.i != 0 && self.i.is_multiple_of(1_000_000)
    }
}

/// The plural category of `number` in `lang`.
pub fn form(lang: Lang, number: Operands) -> Form {
    let Operands { i, v, f } = number;
    match lang {
        Lang::En | Lang::De => {
            if i == 1 && v == 0 {
                Form::One
            } else {
                Form::Other
            }
        }
        Lang::Es => {
            if i == 1 && f == 0 {
                Form::One
            } else if number.round_million() {
                Form::Many
            } else {
                Form::Other
            }
        }
        Lang::Fr => {
            if i <= 1 {
                Form::One
            } else if number.round_million() {
                Form::Many
            } else {
                Form::Other
            }
        }
        Lang::Uk => match (v, i % 10, i % 100) {
            (1.., _, _) => Form::Other,
            (0, 1, hundred) if hundred != 11 => Form::One,
            (0, 2..=4, hundred) if !(12..=14).contains(&hundred) => Form::Few,
            _ => Form::Many,
        },
        Lang::Ar => match (i, number.whole_mod_100()) {
            (_, None) => Form::Other,
            (0, Some(_)) => Form::Zero,
            (1, Some(_)) => Form::One,
            (2, Some(_)) => Form::Two,
            (_, Some(3..=10)) => Form::Few,
            (_, Some(11..=99)) => Form::Many,
            _ => Form::Other,
        },
    }
}

/// The forms `lang` distinguishes, for tests and for translators: every template must read well
/// in each.
pub fn forms(lang: Lang) -> &'static [Form] {
    match lang {
        Lang::En | Lang::De => &[Form::One, Form::Other],
        Lang::Es | Lang::Fr => &[Form::One, Form::Many, Form::Other],
        Lang::Uk => &[Form::One, Form::Few, Form::Many, Form::Other],
        Lang::Ar => &Form::ALL,
    }
}
