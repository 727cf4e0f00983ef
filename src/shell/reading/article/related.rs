//! "You will be interested": the articles of the same feed that `core::related` finds closest.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::feed::Feed;
use crate::core::related::related;
use crate::core::route::Route;
use crate::shell::navigation::router::RouteLink;

/// How many related articles close an article.
const RELATED_LIMIT: usize = 3;

/// Links to the articles related to `feed.items[index]`, or nothing when there are none.
#[component]
pub fn Related(feed: Arc<Feed>, index: usize, route: Route) -> impl IntoView {
    let links = related(&feed, index, RELATED_LIMIT)
        .into_iter()
        .filter_map(|position| feed.items.get(position))
        .map(|other| {
            let title = other.display_title();
            view! { <li><RouteLink route=route.with_article(&other.id)>{title}</RouteLink></li> }
        })
        .collect::<Vec<_>>();
    (!links.is_empty()).then(|| {
        view! {
            <aside class="related" aria-labelledby="related-title">
                <h2 id="related-title">"You will be interested"</h2>
                <ul role="list">{links}</ul>
            </aside>
        }
    })
}
