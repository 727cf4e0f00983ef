//! Reading progress as a percentage, from measurements the shell takes of the page.

/// Where the article sits in the page and how much of the page the reader sees, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Distance from the top of the document to the top of the article.
    pub article_top: f64,
    pub article_height: f64,
    /// How far the document is scrolled.
    pub scroll_top: f64,
    pub viewport_height: f64,
}

/// Percent of the article read, 0 to 100: the share of it above the bottom of the viewport.
/// An article that fits on one screen is read once it is in view. Nonsense measurements
/// (NaN, negative sizes) give 0 rather than a wrong figure.
pub fn percent_read(viewport: Viewport) -> u8 {
    let Viewport { article_top, article_height, scroll_top, viewport_height } = viewport;
    let all_finite = [article_top, article_height, scroll_top, viewport_height].iter().all(|value| value.is_finite());
    if !all_finite || article_height <= 0.0 || viewport_height < 0.0 {
        return 0;
    }
    let seen = scroll_top + viewport_height - article_top;
    let share = (seen / article_height).clamp(0.0, 1.0);
    // `share` is within 0..=1, so the cast cannot truncate.
    (share * 100.0).round() as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(article_top: f64, article_height: f64, scroll_top: f64, viewport_height: f64, expected: u8) {
        let viewport = Viewport { article_top, article_height, scroll_top, viewport_height };
        assert_eq!(percent_read(viewport), expected);
    }

    #[test]
    fn at_the_top_of_a_long_article() {
        check(0.0, 10_000.0, 0.0, 1_000.0, 10);
    }
    #[test]
    fn halfway_through() {
        check(0.0, 10_000.0, 4_000.0, 1_000.0, 50);
    }
    #[test]
    fn at_the_end() {
        check(0.0, 10_000.0, 9_000.0, 1_000.0, 100);
    }
    #[test]
    fn overscrolled_is_still_100() {
        check(0.0, 10_000.0, 12_000.0, 1_000.0, 100);
    }
    #[test]
    fn article_below_the_fold_is_0() {
        check(2_000.0, 10_000.0, 0.0, 1_000.0, 0);
    }
    #[test]
    fn short_article_in_view_is_read() {
        check(100.0, 500.0, 0.0, 1_000.0, 100);
    }
    #[test]
    fn zero_height_is_0() {
        check(0.0, 0.0, 0.0, 1_000.0, 0);
    }
    #[test]
    fn nan_is_0() {
        check(f64::NAN, 100.0, 0.0, 1_000.0, 0);
    }
    #[test]
    fn infinity_is_0() {
        check(0.0, f64::INFINITY, 0.0, 1_000.0, 0);
    }
}
