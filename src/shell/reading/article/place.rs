//! Where an article opens (a `#key` link, else the saved place, else the top) and what is saved
//! for each measurement of the reader's place.
use crate::core::anchor::Anchors;
use crate::core::history::{Place, Record, FINISHED_PERCENT};
use crate::shell::platform::clock::now;
use crate::shell::reading::position::{Measure, Start};

/// Where to open: a `#key` link wins, then the saved place; finished articles open at the top.
pub fn start(fragment: Option<String>, saved: Option<&Record>) -> Start {
    match (fragment, saved) {
        (Some(key), _) => Start::Unit(key),
        (None, Some(record)) if !record.finished && record.percent > 0 => {
            let place = record.place.clone();
            Start::Saved {
                key: place.as_ref().map(|place| place.key.clone()).unwrap_or_default(),
                fraction: place.as_ref().map_or(0.0, |place| place.fraction),
                text: place.map(|place| place.text).unwrap_or_default(),
                percent: record.percent,
            }
        }
        _ => Start::Top,
    }
}

/// What is saved for a measurement: the unit at the reading line as the place, its section, and
/// whether the article has been read to the end (now or before).
pub fn record_at(
    anchors: &Anchors,
    measure: Measure,
    feed: &str,
    article: &str,
    title: &str,
    finished_before: bool,
) -> Record {
    let unit = measure.unit.and_then(|(index, fraction)| Some((index, fraction, anchors.units.get(index)?)));
    Record {
        feed: feed.to_owned(),
        article: article.to_owned(),
        title: title.to_owned(),
        section: unit.and_then(|(index, ..)| anchors.section_title(index)).map(str::to_owned),
        place: unit.map(|(_, fraction, unit)| Place { key: unit.key.clone(), fraction, text: unit.snippet.clone() }),
        percent: measure.percent,
        finished: finished_before || measure.percent >= FINISHED_PERCENT,
        updated: now(),
    }
}
