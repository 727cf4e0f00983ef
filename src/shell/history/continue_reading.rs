//! "Continue reading": the one view of started articles, each a link with the place it stopped at.
//! A feed's list shows its own; the library shows those of every kept feed (`library::shelf`).
use leptos::prelude::*;

use crate::core::history::Record;
use crate::core::i18n::{Arg, Lang, Msg};
use crate::core::route::Route;
use crate::shell::navigation::router::RouteLink;

/// One started article: where its link goes, its saved title, and the place it stopped at.
#[derive(Clone, Debug, PartialEq)]
pub struct Started {
    pub route: Route,
    pub title: String,
    pub place: String,
}

impl Started {
    /// `record`'s article, linked by `route`: "N% read", then its section when it has one, in `lang`.
    pub fn of(record: &Record, route: Route, lang: Lang) -> Started {
        let percent = ("percent", Arg::Num(u64::from(record.percent)));
        let place = match &record.section {
            Some(section) => lang.t(Msg::PercentReadAt, &[percent, ("section", Arg::Text(section))]),
            None => lang.t(Msg::PercentRead, &[percent]),
        };
        Started { route, title: record.title.clone(), place }
    }
}

/// The started articles under a heading, or nothing when there are none. `class` and
/// `heading_id` tell the feed list's section from the library's shelf (each is styled apart).
#[component]
pub fn ContinueReading(
    class: &'static str,
    heading_id: &'static str,
    #[prop(into)] heading: Signal<&'static str>,
    #[prop(into)] started: Signal<Vec<Started>>,
) -> impl IntoView {
    move || {
        let started = started.get();
        (!started.is_empty()).then(|| {
            view! {
                <section class=class aria-labelledby=heading_id>
                    <h2 id=heading_id>{heading}</h2>
                    <ul role="list">
                        {started.into_iter().map(|Started { route, title, place }| view! {
                            <li>
                                <RouteLink route>{title}</RouteLink>
                                <span class="continue-place">{place}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
