//! "You will be interested": other articles of the same feed, those sharing tags first.

use super::feed::Feed;

/// Up to `limit` item positions related to the item at `current`: most shared tags first,
/// then the nearest in feed order, so every article gets suggestions even without tags.
pub fn related(feed: &Feed, current: usize, limit: usize) -> Vec<usize> {
    let Some(item) = feed.items.get(current) else {
        return Vec::new();
    };
    let mut candidates: Vec<(usize, usize, usize)> = feed
        .items
        .iter()
        .enumerate()
        .filter(|(index, other)| *index != current && other.id != item.id)
        .map(|(index, other)| {
            let shared = other.tags.iter().filter(|tag| item.tags.contains(tag)).count();
            (index, shared, index.abs_diff(current))
        })
        .collect();
    candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)).then(a.0.cmp(&b.0)));
    candidates.into_iter().take(limit).map(|(index, ..)| index).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::feed::parse;

    fn feed(tags: &[&[&str]]) -> Feed {
        let items: Vec<String> = tags
            .iter()
            .enumerate()
            .map(|(i, t)| {
                format!(r#"{{"id":"{i}","content_text":"x","tags":{}}}"#, serde_json::to_string(t).unwrap_or_default())
            })
            .collect();
        let text =
            format!(r#"{{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{}]}}"#, items.join(","));
        parse(&text, "https://example.com/feed.json").expect("test feed parses")
    }

    #[test]
    fn shared_tags_come_first() {
        assert_eq!(related(&feed(&[&["a"], &[], &["a"], &["b"]]), 0, 2), vec![2, 1]);
    }

    #[test]
    fn without_tags_the_nearest_come_first() {
        assert_eq!(related(&feed(&[&[], &[], &[], &[]]), 2, 3), vec![1, 3, 0]);
    }

    #[test]
    fn never_suggests_the_article_itself() {
        assert_eq!(related(&feed(&[&["a"]]), 0, 3), Vec::<usize>::new());
    }

    #[test]
    fn an_unknown_position_has_no_suggestions() {
        assert!(related(&feed(&[&[], &[]]), 9, 3).is_empty());
    }
}
