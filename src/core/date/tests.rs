//! Date cases: parsing compared through `iso()`, then `long()` and `timestamp()`.

use super::{parse, Date};

/// Parses `input` and compares its ISO form, which shows every field, with `expected`.
#[track_caller]
fn check(input: &str, expected: Option<&str>) {
    assert_eq!(parse(input).map(|date| date.iso()).as_deref(), expected, "parsing {input:?}");
}

#[track_caller]
fn check_long(input: &str, expected: &str) {
    assert_eq!(parse(input).map(|date| date.long()).as_deref(), Some(expected), "parsing {input:?}");
}

#[track_caller]
fn check_timestamp(input: &str, expected: i64) {
    assert_eq!(parse(input).map(|date| date.timestamp()), Some(expected), "parsing {input:?}");
}

// Accepted RFC 3339 and its lenient variants.

#[test]
fn rfc3339_with_offset() {
    check("2024-11-26T09:00:00+01:00", Some("2024-11-26T09:00:00+01:00"));
}
#[test]
fn rfc3339_with_negative_offset() {
    check("2024-11-26T09:00:00-05:30", Some("2024-11-26T09:00:00-05:30"));
}
#[test]
fn rfc3339_zulu() {
    check("2024-11-26T09:00:00Z", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn rfc3339_zero_offset_is_zulu() {
    check("2024-11-26T09:00:00+00:00", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn rfc3339_fractional_seconds() {
    check("2024-11-26T09:00:00.123Z", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn rfc3339_fractional_seconds_with_comma() {
    check("2024-11-26T09:00:00,5+01:00", Some("2024-11-26T09:00:00+01:00"));
}
#[test]
fn rfc3339_lower_case_t_and_z() {
    check("2024-11-26t09:00:00z", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn space_separator_and_spaced_compact_offset() {
    check("2024-11-26 09:00:00 +0100", Some("2024-11-26T09:00:00+01:00"));
}
#[test]
fn space_separator_and_attached_offset() {
    check("2024-11-26 09:00:00+01:00", Some("2024-11-26T09:00:00+01:00"));
}
#[test]
fn space_separator_and_named_zone() {
    check("2024-11-26 09:00:00 UTC", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn offset_without_colon() {
    check("2024-11-26T09:00:00-0800", Some("2024-11-26T09:00:00-08:00"));
}
#[test]
fn missing_seconds() {
    check("2024-11-26T09:00Z", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn missing_offset() {
    check("2024-11-26T09:00:00", Some("2024-11-26T09:00:00"));
}
#[test]
fn date_only() {
    check("2024-11-26", Some("2024-11-26"));
}
#[test]
fn surrounding_whitespace() {
    check("  2024-11-26T09:00:00Z\n", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn leap_second() {
    check("2016-12-31T23:59:60Z", Some("2016-12-31T23:59:60Z"));
}
#[test]
fn largest_offset() {
    check("2024-11-26T09:00:00-23:59", Some("2024-11-26T09:00:00-23:59"));
}
#[test]
fn leap_day_in_leap_year() {
    check("2024-02-29", Some("2024-02-29"));
}
#[test]
fn leap_day_in_400th_year() {
    check("2000-02-29", Some("2000-02-29"));
}
#[test]
fn first_year() {
    check("0001-01-01", Some("0001-01-01"));
}
#[test]
fn last_year() {
    check("9999-12-31T23:59:59Z", Some("9999-12-31T23:59:59Z"));
}

// Accepted RFC 822/1123.

#[test]
fn rfc822_numeric_offset() {
    check("Tue, 26 Nov 2024 09:00:00 +0100", Some("2024-11-26T09:00:00+01:00"));
}
#[test]
fn rfc822_gmt() {
    check("Tue, 26 Nov 2024 09:00:00 GMT", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn rfc822_without_weekday_or_seconds() {
    check("26 Nov 2024 09:00 GMT", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn rfc822_wrong_weekday_is_ignored() {
    check("Fri, 26 Nov 2024 09:00:00 GMT", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn rfc822_single_digit_day() {
    check("Tue, 5 Nov 2024 09:00:00 GMT", Some("2024-11-05T09:00:00Z"));
}
#[test]
fn rfc822_any_case_and_full_names() {
    check("tuesday, 26 november 2024 09:00:00 gmt", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn rfc822_date_only() {
    check("26 Nov 2024", Some("2024-11-26"));
}
#[test]
fn rfc822_without_zone() {
    check("26 Nov 2024 09:00:00", Some("2024-11-26T09:00:00"));
}
#[test]
fn rfc822_colon_offset() {
    check("26 Nov 2024 09:00:00 -05:00", Some("2024-11-26T09:00:00-05:00"));
}
#[test]
fn zone_ut() {
    check("26 Nov 2024 09:00 UT", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn zone_utc() {
    check("26 Nov 2024 09:00 UTC", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn zone_z() {
    check("26 Nov 2024 09:00 Z", Some("2024-11-26T09:00:00Z"));
}
#[test]
fn zone_est() {
    check("26 Nov 2024 09:00 EST", Some("2024-11-26T09:00:00-05:00"));
}
#[test]
fn zone_edt() {
    check("26 Nov 2024 09:00 EDT", Some("2024-11-26T09:00:00-04:00"));
}
#[test]
fn zone_cst() {
    check("26 Nov 2024 09:00 CST", Some("2024-11-26T09:00:00-06:00"));
}
#[test]
fn zone_cdt() {
    check("26 Nov 2024 09:00 CDT", Some("2024-11-26T09:00:00-05:00"));
}
#[test]
fn zone_mst() {
    check("26 Nov 2024 09:00 MST", Some("2024-11-26T09:00:00-07:00"));
}
#[test]
fn zone_mdt() {
    check("26 Nov 2024 09:00 MDT", Some("2024-11-26T09:00:00-06:00"));
}
#[test]
fn zone_pst() {
    check("26 Nov 2024 09:00 PST", Some("2024-11-26T09:00:00-08:00"));
}
#[test]
fn zone_pdt() {
    check("26 Nov 2024 09:00 PDT", Some("2024-11-26T09:00:00-07:00"));
}

// Rejected.

#[test]
fn empty() {
    check("", None);
}
#[test]
fn only_whitespace() {
    check(" \t\n", None);
}
#[test]
fn not_a_date() {
    check("yesterday", None);
}
#[test]
fn month_zero() {
    check("2024-00-26", None);
}
#[test]
fn month_thirteen() {
    check("2024-13-26", None);
}
#[test]
fn day_zero() {
    check("2024-11-00", None);
}
#[test]
fn day_beyond_thirty_day_month() {
    check("2024-11-31", None);
}
#[test]
fn leap_day_in_common_year() {
    check("2023-02-29", None);
}
#[test]
fn leap_day_in_100th_year() {
    check("1900-02-29", None);
}
#[test]
fn rfc822_day_beyond_month() {
    check("31 Nov 2024", None);
}
#[test]
fn hour_24() {
    check("2024-11-26T24:00:00Z", None);
}
#[test]
fn minute_60() {
    check("2024-11-26T09:60:00Z", None);
}
#[test]
fn second_61() {
    check("2024-11-26T09:00:61Z", None);
}
#[test]
fn offset_hours_24() {
    check("2024-11-26T09:00:00+24:00", None);
}
#[test]
fn offset_minutes_60() {
    check("2024-11-26T09:00:00+23:60", None);
}
#[test]
fn year_zero() {
    check("0000-01-01", None);
}
#[test]
fn year_five_digits() {
    check("10000-01-01", None);
}
#[test]
fn two_digit_year() {
    check("26 Nov 24 09:00 GMT", None);
}
#[test]
fn single_digit_month() {
    check("2024-1-26", None);
}
#[test]
fn trailing_garbage_after_zone() {
    check("2024-11-26T09:00:00Zjunk", None);
}
#[test]
fn trailing_garbage_after_date() {
    check("2024-11-26 noon", None);
}
#[test]
fn trailing_comment_after_rfc822() {
    check("Tue, 26 Nov 2024 09:00:00 GMT (UTC)", None);
}
#[test]
fn fraction_without_digits() {
    check("2024-11-26T09:00:00.Z", None);
}
#[test]
fn fraction_without_seconds() {
    check("2024-11-26T09:00.5Z", None);
}
#[test]
fn unknown_zone() {
    check("26 Nov 2024 09:00 XYZ", None);
}
#[test]
fn unknown_month() {
    check("26 Nuv 2024", None);
}
#[test]
fn unknown_weekday() {
    check("Xyz, 26 Nov 2024", None);
}
#[test]
fn non_ascii() {
    check("2024-11-26T09:00:00\u{2212}05:00", None);
}

// Long display.

#[test]
fn long_2024_11_26() {
    check_long("2024-11-26", "Tuesday, November 26, 2024");
}
#[test]
fn long_2000_01_01() {
    check_long("2000-01-01T12:00:00Z", "Saturday, January 1, 2000");
}
#[test]
fn long_1970_01_01() {
    check_long("1970-01-01", "Thursday, January 1, 1970");
}
#[test]
fn long_2026_11_25() {
    check_long("2026-11-25", "Wednesday, November 25, 2026");
}
#[test]
fn long_leap_day() {
    check_long("2024-02-29", "Thursday, February 29, 2024");
}
#[test]
fn long_first_day() {
    check_long("0001-01-01", "Monday, January 1, 1");
}
#[test]
fn long_ignores_rfc822_weekday() {
    check_long("Fri, 26 Nov 2024 09:00:00 GMT", "Tuesday, November 26, 2024");
}
#[test]
fn long_keeps_written_day_across_offset() {
    check_long("2024-11-26T23:30:00-05:00", "Tuesday, November 26, 2024");
}

// Timestamps.

#[test]
fn timestamp_epoch() {
    check_timestamp("1970-01-01T00:00:00Z", 0);
}
#[test]
fn timestamp_with_offset() {
    check_timestamp("2024-11-26T09:00:00+01:00", 1_732_608_000);
}
#[test]
fn timestamp_missing_offset_is_utc() {
    check_timestamp("2024-11-26T08:00:00", 1_732_608_000);
}
#[test]
fn timestamp_date_only_is_midnight() {
    check_timestamp("1970-01-02", 86_400);
}
#[test]
fn timestamp_negative_offset() {
    check_timestamp("1970-01-01T00:00:00-01:00", 3_600);
}
#[test]
fn timestamp_before_epoch() {
    check_timestamp("1969-12-31T23:59:59Z", -1);
}
#[test]
fn timestamp_first_day() {
    check_timestamp("0001-01-01", -62_135_596_800);
}
#[test]
fn timestamp_last_second() {
    check_timestamp("9999-12-31T23:59:59Z", 253_402_300_799);
}
#[test]
fn long_of_impossible_hand_built_date_falls_back_to_iso() {
    assert_eq!(Date { year: 2024, month: 13, day: 1, time: None }.long(), "2024-13-01");
}
#[test]
fn foreign_weekday_abbreviations_before_a_comma() {
    assert_eq!(
        parse("mer, 16 nov 2022 00:38:15 +0100").map(|date| date.iso()).as_deref(),
        Some("2022-11-16T00:38:15+01:00")
    );
    check("mer 16 Nov 2022", None);
}
#[test]
fn year_first_slashed_dates() {
    assert_eq!(parse("2020/1/10 14:33:00").map(|date| date.iso()).as_deref(), Some("2020-01-10T14:33:00"));
    check("10/1/2020", None);
}
