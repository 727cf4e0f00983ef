//! The cue after resuming: "Resumed at: <section> · N min left · Start from the top".
//!
//! Lectern goes straight to the saved place rather than asking: a reader who reloads or comes back
//! wants to be reading, not clicking. The note says where they are and offers the way back to the
//! top; it leaves once they have read on a screen or more, or close it.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::anchor::Anchors;
use crate::core::i18n::{format as words_format, Arg, Msg};
use crate::core::reading_time;
use crate::shell::platform::scroller::Scroller;
use crate::shell::reading::learned_speed::use_learned_speed;
use crate::shell::reading::position::{Measure, Started};
use crate::shell::words::use_words;

/// Shown once the opening scroll has landed, at the bottom of the window.
#[component]
pub fn ResumeNote(
    anchors: Arc<Anchors>,
    measure: ReadSignal<Measure>,
    /// Words after the reading line, as the article page counts them.
    words_left: Memo<usize>,
    started: ReadSignal<Option<Started>>,
) -> impl IntoView {
    let dismissed = RwSignal::new(false);
    let scroller = StoredValue::new(Scroller::current());
    let learned = use_learned_speed();
    let words = use_words();
    let read_on = move || {
        let (Some(started), measure) = (started.get(), measure.get()) else {
            return false;
        };
        (measure.scroll_y - started.scroll_y).abs() > measure.viewport_height.max(1.0)
    };
    let visible = move || started.with(Option::is_some) && !dismissed.get() && !read_on();
    let text = move || {
        let Some(started) = started.get() else {
            return String::new();
        };
        let place = started.unit.and_then(|unit| anchors.section_title(unit)).map_or_else(
            || words.text(Msg::ResumedWhereYouLeftOff).to_owned(),
            |section| words.t(Msg::ResumedAt, &[("section", Arg::Text(section))]),
        );
        let left = reading_time::minutes_for(words_left.get(), learned.wpm());
        format!("{place} · {}", words_format::minutes_left(words.lang(), left))
    };
    let to_top = move |_| {
        dismissed.set(true);
        scroller.with_value(|scroller| scroller.scroll_to(0.0));
    };
    // The live region is always there, so screen readers announce the note when it fills.
    view! {
        <div class="resume-region" role="status">
            <Show when=visible>
                <div class="resume-note">
                    <p class="resume-text">{text.clone()}</p>
                    <button type="button" class="link-button" on:click=to_top>{words.of(Msg::StartFromTheTop)}</button>
                    <button type="button" class="close-button" aria-label=words.of(Msg::Close) on:click=move |_| dismissed.set(true)>"×"</button>
                </div>
            </Show>
        </div>
    }
}
