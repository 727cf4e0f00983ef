//! Feed dates: lenient RFC 3339 parsing, ISO output for `<time datetime>`, and long English display.

use std::fmt::Write as _;

/// A calendar date from a feed, with the wall-clock time when the feed gave one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    /// Proleptic Gregorian year, 1..=9999 when it comes from [`parse`].
    pub year: i32,
    /// Month of the year, 1..=12.
    pub month: u8,
    /// Day of the month, 1..=31.
    pub day: u8,
    /// Wall-clock time as written in the feed, when it gave one.
    pub time: Option<Time>,
}

/// A wall-clock time of day as written in a feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Time {
    /// Hour, 0..=23.
    pub hour: u8,
    /// Minute, 0..=59.
    pub minute: u8,
    /// Second, 0..=60 (60 only for leap seconds).
    pub second: u8,
    /// Offset from UTC in minutes, when the feed gave one ("Z" is Some(0)).
    pub offset_minutes: Option<i16>,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Weekday abbreviations of Italian, French, Spanish, Portuguese and German feeds, which put them
/// where RFC 822 wants English ones (ASCII spellings only: the cursor reads ASCII).
const FOREIGN_WEEKDAYS: [&str; 24] = [
    "lun", "mar", "mer", "gio", "ven", "sab", "dom", "jeu", "sam", "dim", "jue", "vie", "seg", "ter", "qua", "qui",
    "sex", "mo", "di", "mi", "do", "fr", "sa", "so",
];

/// Sunday first, to match [`weekday_index`].
const WEEKDAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// The RFC 822 zone names, plus "UTC" and "Z" which feeds use in the same place.
const ZONES: [(&str, i16); 12] = [
    ("GMT", 0),
    ("UT", 0),
    ("UTC", 0),
    ("Z", 0),
    ("EST", -5 * 60),
    ("EDT", -4 * 60),
    ("CST", -6 * 60),
    ("CDT", -5 * 60),
    ("MST", -7 * 60),
    ("MDT", -6 * 60),
    ("PST", -8 * 60),
    ("PDT", -7 * 60),
];

/// Reads a feed date. Returns None when the text is not a date we can trust.
pub fn parse(text: &str) -> Option<Date> {
    let text = text.trim();
    parse_rfc3339(text).or_else(|| parse_rfc822(text)).or_else(|| parse_slashed(text))
}

impl Date {
    /// ISO 8601 for `<time datetime>`: "2024-11-26", "2024-11-26T09:00:00+01:00", "2024-11-26T09:00:00Z", or "2024-11-26T09:00:00" when there is no offset.
    pub fn iso(&self) -> String {
        let mut out = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        if let Some(time) = self.time {
            // Writing to a String cannot fail.
            let _ = write!(out, "T{:02}:{:02}:{:02}", time.hour, time.minute, time.second);
            match time.offset_minutes {
                None => {}
                Some(0) => out.push('Z'),
                Some(offset) => {
                    let sign = if offset < 0 { '-' } else { '+' };
                    let magnitude = offset.unsigned_abs();
                    let _ = write!(out, "{sign}{:02}:{:02}", magnitude / 60, magnitude % 60);
                }
            }
        }
        out
    }

    /// Long English display of the date as written (no time-zone conversion): "Tuesday, November 26, 2024".
    pub fn long(&self) -> String {
        let month = usize::from(self.month).checked_sub(1).and_then(|index| MONTHS.get(index));
        let weekday = WEEKDAYS.get(weekday_index(self.days_since_epoch()));
        match (weekday, month) {
            (Some(weekday), Some(month)) => {
                format!("{weekday}, {month} {}, {}", self.day, self.year)
            }
            // The fields are public, so a hand-built Date may be out of range;
            // showing the numbers beats showing nothing or panicking.
            _ => self.iso(),
        }
    }

    /// Seconds since 1970-01-01T00:00:00Z, treating a missing time as midnight and a missing offset as UTC; for sorting newest first.
    pub fn timestamp(&self) -> i64 {
        let mut seconds = self.days_since_epoch() * 86_400;
        if let Some(time) = self.time {
            seconds += i64::from(time.hour) * 3_600 + i64::from(time.minute) * 60 + i64::from(time.second)
                - i64::from(time.offset_minutes.unwrap_or(0)) * 60;
        }
        seconds
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar.
    fn days_since_epoch(&self) -> i64 {
        days_from_civil(i64::from(self.year), i64::from(self.month), i64::from(self.day))
    }
}

/// Howard Hinnant's `days_from_civil`: exact for every Gregorian date, and
/// with i64 inputs drawn from i32/u8 fields it cannot overflow.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    // Counting years from March puts the leap day at the end of the year.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9).rem_euclid(12);
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// 0 is Sunday; 1970-01-01 was a Thursday.
fn weekday_index(days_since_epoch: i64) -> usize {
    usize::try_from((days_since_epoch + 4).rem_euclid(7)).unwrap_or(0)
}

fn is_leap_year(year: u32) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Builds a Date only when every field is in range, so callers never see an impossible date.
fn checked_date(year: u32, month: u32, day: u32, time: Option<Time>) -> Option<Date> {
    if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    if day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(Date { year: i32::try_from(year).ok()?, month: u8::try_from(month).ok()?, day: u8::try_from(day).ok()?, time })
}

/// A byte cursor over ASCII syntax; non-ASCII input simply fails to match.
struct Cursor<'a> {
    rest: &'a [u8],
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Cursor { rest: text.as_bytes() }
    }

    fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    fn peek(&self) -> Option<u8> {
        self.rest.first().copied()
    }

    fn eat_if(&mut self, wanted: impl Fn(u8) -> bool) -> bool {
        match self.rest.split_first() {
            Some((&byte, rest)) if wanted(byte) => {
                self.rest = rest;
                true
            }
            _ => false,
        }
    }

    fn eat(&mut self, wanted: u8) -> bool {
        self.eat_if(|byte| byte == wanted)
    }

    /// Like `eat`, for a byte the grammar requires: `None` stops the parse with `?`.
    fn require(&mut self, wanted: u8) -> Option<()> {
        self.eat(wanted).then_some(())
    }

    /// Skips spaces and tabs, returning how many there were.
    fn spaces(&mut self) -> usize {
        let mut count = 0;
        while self.eat_if(|byte| byte == b' ' || byte == b'\t') {
            count += 1;
        }
        count
    }

    /// Reads at least `min` and at most `max` decimal digits.
    fn number(&mut self, min: usize, max: usize) -> Option<u32> {
        let mut value: u32 = 0;
        let mut count = 0;
        while count < max {
            let Some(digit) = self.peek().filter(u8::is_ascii_digit) else {
                break;
            };
            self.eat(digit);
            value = value.checked_mul(10)?.checked_add(u32::from(digit - b'0'))?;
            count += 1;
        }
        (count >= min).then_some(value)
    }

    /// Skips any number of decimal digits, returning how many there were.
    fn digits(&mut self) -> usize {
        let mut count = 0;
        while self.eat_if(|byte| byte.is_ascii_digit()) {
            count += 1;
        }
        count
    }

    /// Reads a run of ASCII letters.
    fn word(&mut self) -> &'a [u8] {
        let length = self.rest.iter().take_while(|byte| byte.is_ascii_alphabetic()).count();
        let (word, rest) = self.rest.split_at_checked(length).unwrap_or((&[], self.rest));
        self.rest = rest;
        word
    }
}

/// A four-digit year, then month and day of `min_digits` to 2 digits, joined by `separator`.
fn year_month_day(cursor: &mut Cursor<'_>, separator: u8, min_digits: usize) -> Option<(u32, u32, u32)> {
    let year = cursor.number(4, 4)?;
    cursor.require(separator)?;
    let month = cursor.number(min_digits, 2)?;
    cursor.require(separator)?;
    let day = cursor.number(min_digits, 2)?;
    Some((year, month, day))
}

/// `YYYY-MM-DD` optionally followed by `T`/`t`/space, a clock and a zone.
fn parse_rfc3339(text: &str) -> Option<Date> {
    let mut cursor = Cursor::new(text);
    let (year, month, day) = year_month_day(&mut cursor, b'-', 2)?;
    let time = if cursor.is_empty() {
        None
    } else {
        if !cursor.eat_if(|byte| matches!(byte, b'T' | b't' | b' ')) {
            return None;
        }
        Some(time_with_zone(&mut cursor)?)
    };
    cursor.is_empty().then_some(())?;
    checked_date(year, month, day, time)
}

/// RFC 822/1123 as some feeds wrongly use: `[Tue,] 26 Nov 2024 [09:00[:00] [zone]]`.
fn parse_rfc822(text: &str) -> Option<Date> {
    let mut cursor = Cursor::new(text);
    if cursor.peek().is_some_and(|byte| byte.is_ascii_alphabetic()) {
        // The name is checked but otherwise ignored: feeds get it wrong,
        // and the weekday shown is computed from the date. An abbreviation in another language
        // ("mer," in Italian feeds) is let through when a comma marks it as the weekday.
        let word = cursor.word();
        let english = name_index(word, &WEEKDAYS).is_some();
        let comma = cursor.eat(b',');
        let foreign =
            !english && comma && FOREIGN_WEEKDAYS.iter().any(|name| name.as_bytes().eq_ignore_ascii_case(word));
        if !english && !foreign {
            return None;
        }
        let spaced = cursor.spaces() > 0;
        if !comma && !spaced {
            return None;
        }
    }
    let day = cursor.number(1, 2)?;
    (cursor.spaces() > 0).then_some(())?;
    let month = name_index(cursor.word(), &MONTHS)?;
    (cursor.spaces() > 0).then_some(())?;
    let year = cursor.number(4, 4)?;
    let time = if cursor.is_empty() {
        None
    } else {
        (cursor.spaces() > 0).then_some(())?;
        Some(time_with_zone(&mut cursor)?)
    };
    cursor.is_empty().then_some(())?;
    let month = u32::try_from(month).ok()?.checked_add(1)?;
    checked_date(year, month, day, time)
}

/// `2020/1/10 14:33:00`, as some Chinese publishing systems write `pubDate`: year first, so it
/// cannot be mistaken for a day-first or month-first date.
fn parse_slashed(text: &str) -> Option<Date> {
    let mut cursor = Cursor::new(text);
    let (year, month, day) = year_month_day(&mut cursor, b'/', 1)?;
    let time = if cursor.is_empty() {
        None
    } else {
        (cursor.spaces() > 0).then_some(())?;
        Some(time_with_zone(&mut cursor)?)
    };
    cursor.is_empty().then_some(())?;
    checked_date(year, month, day, time)
}

/// A clock, then a zone when anything follows it, attached or after spaces.
fn time_with_zone(cursor: &mut Cursor) -> Option<Time> {
    let (hour, minute, second) = clock(cursor)?;
    cursor.spaces();
    let offset_minutes = if cursor.is_empty() { None } else { Some(zone(cursor)?) };
    checked_time(hour, minute, second, offset_minutes)
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fraction`; the fraction is dropped because
/// nothing Lectern shows or sorts needs sub-second precision.
fn clock(cursor: &mut Cursor) -> Option<(u32, u32, u32)> {
    let hour = cursor.number(2, 2)?;
    cursor.require(b':')?;
    let minute = cursor.number(2, 2)?;
    let mut second = 0;
    if cursor.eat(b':') {
        second = cursor.number(2, 2)?;
        if cursor.eat_if(|byte| byte == b'.' || byte == b',') {
            (cursor.digits() > 0).then_some(())?;
        }
    }
    Some((hour, minute, second))
}

/// `Z`, `+HH:MM`, `+HHMM`, or a named zone, as minutes east of UTC.
fn zone(cursor: &mut Cursor) -> Option<i16> {
    let sign = if cursor.eat(b'+') {
        1
    } else if cursor.eat(b'-') {
        -1
    } else {
        let name = cursor.word();
        return ZONES.iter().find(|(zone, _)| zone.as_bytes().eq_ignore_ascii_case(name)).map(|&(_, offset)| offset);
    };
    let hours = cursor.number(2, 2)?;
    cursor.eat(b':');
    let minutes = cursor.number(2, 2)?;
    if hours > 23 || minutes > 59 {
        return None;
    }
    let magnitude = i16::try_from(hours * 60 + minutes).ok()?;
    Some(sign * magnitude)
}

fn checked_time(hour: u32, minute: u32, second: u32, offset_minutes: Option<i16>) -> Option<Time> {
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    Some(Time {
        hour: u8::try_from(hour).ok()?,
        minute: u8::try_from(minute).ok()?,
        second: u8::try_from(second).ok()?,
        offset_minutes,
    })
}

/// Index of an English name given in full or as its three-letter abbreviation, any case.
fn name_index(word: &[u8], names: &[&str]) -> Option<usize> {
    names.iter().position(|name| {
        let name = name.as_bytes();
        name.eq_ignore_ascii_case(word)
            || (word.len() == 3 && name.get(..3).is_some_and(|short| short.eq_ignore_ascii_case(word)))
    })
}

#[cfg(test)]
mod tests;
