//! "Save for offline" on a feed's list: one button, then a real progress bar (N of M, Cancel), then
//! what was saved and how much space Lectern uses. Absent where no service worker runs.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::feed::Feed;
use crate::core::i18n::{Arg, Lang, Msg};
use crate::shell::offline::save::{self, Progress};
use crate::shell::platform::lazy::chunk;
use crate::shell::words::use_words;

#[component]
pub fn SaveOffline(feed: Arc<Feed>, feed_url: String) -> impl IntoView {
    if !save::available() {
        return ().into_any();
    }
    let (progress, set_progress) = signal(Progress::Idle);
    let (cancel, set_cancel) = signal(false);
    let words = use_words();
    let start = move |_| {
        set_cancel.set(false);
        let (feed, url) = (Arc::clone(&feed), feed_url.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let lang = words.lang_untracked();
            if start_saving(feed, url, set_progress, cancel, lang).await.is_err() {
                set_progress.set(Progress::Failed(lang.text(Msg::PartUnavailable).to_owned()));
            }
        });
    };
    let busy = move || matches!(progress.get(), Progress::Gathering { .. } | Progress::Saving { .. });
    let status = move || match progress.get() {
        Progress::Idle => String::new(),
        Progress::Gathering { pages } => words.count(Msg::FindingPages, pages as u64),
        Progress::Saving { done, total } => {
            words.t(Msg::SavingFiles, &[("done", Arg::Num(u64::from(done))), ("count", Arg::Num(u64::from(total)))])
        }
        Progress::Done { articles, files, failed, cancelled, used } => {
            let lang = words.lang();
            let what = if cancelled { Msg::SavedPartOffline } else { Msg::SavedOffline };
            // Each count is its own plural phrase ("1 article", "2 files"), in the language's forms.
            let articles = lang.count(Msg::ArticleCount, articles as u64);
            let files = lang.count(Msg::FileCount, u64::from(files));
            let mut text = lang.t(what, &[("articles", Arg::Text(&articles)), ("files", Arg::Text(&files))]);
            if failed > 0 {
                text.push_str(&lang.count(Msg::NotSavedCount, u64::from(failed)));
            }
            text.push_str(lang.text(Msg::FullStop));
            if let Some(used) = used {
                text.push(' ');
                text.push_str(&lang.t(Msg::StorageUsed, &[("used", Arg::Text(&used))]));
            }
            text
        }
        Progress::Failed(message) => message,
    };
    let bar = move || match progress.get() {
        Progress::Saving { done, total } => Some(view! {
            <progress class="save-progress" max=total.to_string() value=done.to_string() aria-label=words.of(Msg::SavingForOffline)></progress>
        }),
        _ => None,
    };
    view! {
        <div class="save-offline">
            <Show when=move || !busy() fallback=move || view! {
                <button type="button" class="button secondary" on:click=move |_| set_cancel.set(true)>{words.of(Msg::Cancel)}</button>
            }>
                <button type="button" class="button secondary" on:click=start.clone()>{words.of(Msg::SaveForOffline)}</button>
            </Show>
            {bar}
            <p class="save-status" role="status">{status}</p>
        </div>
    }
    .into_any()
}

chunk! {
    /// Starts the save; gathering and saving are code only this chunk has.
    save_offline: fn start_saving(feed: Arc<Feed>, url: String, progress: WriteSignal<Progress>, cancel: ReadSignal<bool>, lang: Lang) -> () {
        wasm_bindgen_futures::spawn_local(save::save(feed, url, progress, cancel, lang));
        Ok(())
    }
}
