//! A host page embedding the reader follows along: `lectern-progress` once the article has opened
//! at its place, then at each whole percent. Nothing happens on Lectern's own page.
use leptos::prelude::*;

use crate::shell::platform::host_events::HostEvents;
use crate::shell::reading::position::{Measure, Started};

/// Reports `measure`'s percent of `article` to the host page, if there is one.
pub fn report(feed_url: &str, article: &str, started: ReadSignal<Option<Started>>, measure: ReadSignal<Measure>) {
    let host = HostEvents::current();
    if !host.is_embedded() {
        return;
    }
    let (feed_url, article) = (feed_url.to_owned(), article.to_owned());
    Effect::new(move |last: Option<Option<u8>>| {
        let percent = started.with(Option::is_some).then(|| measure.get().percent);
        if let Some(percent) = percent.filter(|percent| last.flatten() != Some(*percent)) {
            host.progress(&feed_url, &article, percent);
        }
        percent
    });
}
