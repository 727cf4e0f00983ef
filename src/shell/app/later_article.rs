//! An article the first page of a paginated feed does not have: its deep link (after a reload, or
//! shared) still opens it. The feed's `next_url` pages are followed, at most
//! `MAX_FOLLOWED_PAGES`, until one has the article; they join the reader's loaded pages, so the
//! list continues after them.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::feed::Feed;
use crate::core::i18n::{Arg, Msg};
use crate::core::route::Route;
use crate::shell::alert::ErrorAlert;
use crate::shell::feed::pager::{Pager, FOLLOWED_BY_ITSELF};
use crate::shell::navigation::router::RouteLink;
use crate::shell::reading::article::ArticlePage;
use crate::shell::words::use_words;

/// Opens article `id`, looking for it in the pages after `first` (and any already in `more_pages`).
#[component]
pub fn LaterPages(
    first: Arc<Feed>,
    id: String,
    feed_url: String,
    more_pages: RwSignal<Vec<Arc<Feed>>>,
    route: Route,
) -> impl IntoView {
    let searching = first.next_url.is_some();
    let wanted = id.clone();
    let search = LocalResource::new(move || {
        let (first, wanted) = (Arc::clone(&first), wanted.clone());
        async move {
            if !searching {
                return None;
            }
            let mut pager = more_pages.with_untracked(|pages| Pager::continuing(&first, pages, FOLLOWED_BY_ITSELF));
            while let Some(loaded) = pager.load_next().await {
                let (_, page) = loaded.ok()?;
                more_pages.update(|pages| pages.push(Arc::clone(&page)));
                if let Some((index, _)) = page.item(&wanted) {
                    return Some((page, index));
                }
            }
            None
        }
    });
    let list = route.list();
    let words = use_words();
    let not_found = move || {
        let message = words.t(Msg::NoSuchArticle, &[("id", Arg::Text(&id))]);
        let list = list.clone();
        view! {
            <h1 class="error-title">{words.text(Msg::ArticleNotFound)}</h1>
            <ErrorAlert message>
                <RouteLink route=list class="button">{words.text(Msg::SeeAllArticles)}</RouteLink>
            </ErrorAlert>
        }
    };
    move || match search.get() {
        None => view! { <p class="loading" role="status">{words.of(Msg::LookingInLaterPages)}</p> }.into_any(),
        Some(Some((page, index))) => view! { <ArticlePage feed=page feed_url=feed_url.clone() index/> }.into_any(),
        Some(None) => not_found().into_any(),
    }
}
