//! The article view: the reading bar, then headline, byline, date, reading time, lede, body, then
//! related articles. This page puts the parts together; each part does one job: the bar and its
//! tools (`reading::toolbar`), where to open and what to save (`place`), the keys (`keys`), the
//! host page's progress events (`host_progress`), the related articles (`related`), and the header
//! (`ui::article_header`).
mod host_progress;
mod keys;
mod place;
mod related;

use std::rc::Rc;
use std::sync::Arc;

use leptos::html::{Article, Div};
use leptos::prelude::*;

use crate::core::anchor::Anchors;
use crate::core::body::{self, Body, Notice};
use crate::core::body_markup;
use crate::core::contents::Contents;
use crate::core::feed::Feed;
use crate::core::i18n::direction::{content_lang, dir};
use crate::core::i18n::{format as words_format, Arg, Msg};
use crate::core::listening::unit_texts;
use crate::core::reading_speed;
use crate::core::reading_time;
use crate::core::url;
use crate::shell::history::state::use_reading_history;
use crate::shell::navigation::router::{use_router, RouteLink};
use crate::shell::platform::body_html;
use crate::shell::platform::html_dom::parse_html;
use crate::shell::platform::speech::Hooks;
use crate::shell::reading::article::related::Related;
use crate::shell::reading::contents_nav::ContentsNav;
use crate::shell::reading::learned_speed::use_learned_speed;
use crate::shell::reading::listen_controls::ListenControls;
use crate::shell::reading::position::{follow_reading, Measure, Start};
use crate::shell::reading::resume_note::ResumeNote;
use crate::shell::reading::toolbar::reading_bar;
use crate::shell::ui::article_header::ArticleHeader;
use crate::shell::ui::attachments::Attachments;
use crate::shell::ui::progress_bar::ProgressBar;
use crate::shell::words::use_words;

/// One article of the feed, by its position in `feed.items`.
#[component]
pub fn ArticlePage(
    /// The loaded feed.
    feed: Arc<Feed>,
    /// The feed's absolute URL, against which the body's URLs resolve.
    feed_url: String,
    /// Position of the article in the feed.
    index: usize,
) -> impl IntoView {
    let router = use_router();
    let route = router.route().get_untracked();
    let Some(item) = feed.items.get(index) else {
        return ().into_any();
    };
    let words = use_words();
    // The article speaks its own language (else its feed's), whatever the interface's.
    let article_lang = content_lang(item.language.as_deref(), feed.language.as_deref());
    // Against the page's own address: a later `next_url` page, or a redirected feed, has its own.
    let Body { blocks, notice, .. } = body::body(item, &feed.url, &parse_html);
    // Every "N min" uses the reader's own speed once Lectern has learned it (core::reading_speed).
    let learned = use_learned_speed();
    let minutes = reading_speed::minutes(body::words(item), learned.wpm_untracked());
    let speed_sample = learned.measure_article();
    let anchors = Arc::new(Anchors::of(&blocks));
    let article_ref = NodeRef::<Article>::new();
    let bar = NodeRef::<Div>::new();

    // Where to open: a `#key` link wins, then the saved place; finished articles open at the top.
    let reading = use_reading_history();
    let saved = reading.history().with_untracked(|history| history.get(&feed_url, &item.id).cloned());
    let start = place::start(router.fragment(), saved.as_ref());
    let resuming = matches!(start, Start::Saved { .. });
    let save = {
        let anchors = Arc::clone(&anchors);
        let feed_url = feed_url.clone();
        let finished_before = saved.is_some_and(|record| record.finished);
        let (article, title) = (item.id.clone(), item.display_title());
        move |measure: Measure| {
            reading.save(place::record_at(&anchors, measure, &feed_url, &article, &title, finished_before));
        }
    };
    let position = follow_reading(article_ref, bar, Arc::clone(&anchors), start, save);
    let measure = position.measure;
    // Words after the reading line: once per measurement, for every "N min left" and the learned speed.
    let words_left = Memo::new({
        let anchors = Arc::clone(&anchors);
        move |_| anchors.words_left(measure.get().unit)
    });
    // A host page embedding the reader follows along (`lectern-progress`).
    host_progress::report(&feed_url, &item.id, position.started, measure);
    // Finding one's way: the contents, and the keys that move by section and by article.
    let contents = Arc::new(Contents::of(&blocks, &anchors));
    let contents_nav = (!contents.is_empty()).then(|| {
        let current = Signal::derive({
            let contents = Arc::clone(&contents);
            move || contents.current(measure.get().unit.map(|(unit, _)| unit))
        });
        let jumped = speed_sample.clone();
        let jump = Callback::new(move |unit| {
            jumped.jumped();
            position.jump_to(unit);
        });
        view! { <ContentsNav contents=Arc::clone(&contents) current jump/> }
    });
    // Listening: read aloud from the reader's place; the place follows the voice.
    let listen = {
        let hooks = Hooks {
            highlight: Rc::new(move |unit| position.show(unit, "speaking")),
            save_place: Rc::new(move |unit| position.save_at(unit)),
        };
        let from = Signal::derive(move || measure.get().unit.map(|(unit, _)| unit));
        view! { <ListenControls texts=unit_texts(&blocks) from hooks lang=article_lang.map(str::to_owned)/> }
    };
    // Every block as HTML escaped by construction, each unit with its key as `id`.
    let markup = body_markup::write(&blocks, &anchors.blocks);
    let neighbours = (
        index.checked_sub(1).and_then(|previous| feed.items.get(previous)).map(|item| route.with_article(&item.id)),
        feed.items.get(index + 1).map(|item| route.with_article(&item.id)),
    );
    keys::follow_commands(router, position, Arc::clone(&contents), neighbours, speed_sample.clone());
    {
        // Time spent reading, and how far, for the learned speed; jumps are not reading.
        // Every measurement is activity, even one that leaves the words left unchanged.
        let reading = speed_sample;
        Effect::new(move |_| {
            measure.track();
            reading.moved(words_left.get_untracked());
        });
    }
    let time_left = Signal::derive(move || {
        (measure.get().percent < 100).then(|| {
            let left = reading_time::minutes_for(words_left.get(), learned.wpm());
            words_format::minutes_left(words.lang(), left)
        })
    });
    // An item that is only a link: one clear way to it, not an empty page.
    let only_link = (notice == Some(Notice::OnlyLink)).then(|| item.url.clone()).flatten().map(|url| {
        let host = url::host(&url).unwrap_or_default().to_owned();
        view! { <p class="only-link"><a class="button" href=url rel="noopener noreferrer">{move || words.t(Msg::ReadItOn, &[("host", Arg::Text(&host))])}</a></p> }
    });
    let resume_note = resuming.then(|| {
        let anchors = Arc::clone(&anchors);
        view! { <ResumeNote anchors measure words_left started=position.started/> }
    });
    view! {
        // Outside the <article>: its lists and links are the reader's tools, not the article's.
        {reading_bar(bar, measure, route.list(), view! {
            <ProgressBar percent=Signal::derive(move || measure.get().percent) time_left/>
            {contents_nav}
            {listen}
        })}
        <article class="article" node_ref=article_ref lang=article_lang.map(str::to_owned) dir=dir(article_lang)>
            <ArticleHeader item=item.clone() minutes/>
            {item.image.clone().map(|src| view! { <img class="hero" src=src alt=""/> })}
            {notice.map(|notice| view! { <p class="notice" role="note">{words.of(words_format::notice(notice))}</p> })}
            // The body as markup, inserted once as the element is built: in the document before
            // the reading position indexes its units (issue 25, lever 1).
            <div class="article-body" use:insert_body=markup></div>
            {only_link}
            <Attachments attachments=item.attachments.clone()/>
            {item.url.clone().map(|url| view! {
                <footer class="article-footer">
                    <a href=url rel="noopener noreferrer">{words.of(Msg::ReadOnOriginalSite)}</a>
                </footer>
            })}
        </article>
        <Related feed=Arc::clone(&feed) index route=route.clone()/>
        <nav class="back" aria-label=words.of(Msg::FeedNavigation)>
            <RouteLink route=route.list()>{words.of(Msg::AllArticles)}</RouteLink>
        </nav>
        // Last: it floats at the bottom of the reading area, and leaving takes no room above the
        // reader's place (in a widget it sits in the flow).
        {resume_note}
    }
    .into_any()
}

/// Fills the body container with `core::body_markup`'s text (a directive: runs as the element is built).
fn insert_body(container: web_sys::Element, markup: String) {
    body_html::insert(&container, markup);
}
