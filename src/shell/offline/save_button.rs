//! "Save for offline" on a feed's list: one button, then a real progress bar (N of M, Cancel), then
//! what was saved and how much space Lectern uses. Absent where no service worker runs.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::feed::Feed;
use crate::shell::offline::save::{self, Progress};
use crate::shell::platform::lazy::{chunk, UNAVAILABLE};

#[component]
pub fn SaveOffline(feed: Arc<Feed>, feed_url: String) -> impl IntoView {
    if !save::available() {
        return ().into_any();
    }
    let (progress, set_progress) = signal(Progress::Idle);
    let (cancel, set_cancel) = signal(false);
    let start = move |_| {
        set_cancel.set(false);
        let (feed, url) = (Arc::clone(&feed), feed_url.clone());
        wasm_bindgen_futures::spawn_local(async move {
            if start_saving(feed, url, set_progress, cancel).await.is_err() {
                set_progress.set(Progress::Failed(UNAVAILABLE.to_owned()));
            }
        });
    };
    let busy = move || matches!(progress.get(), Progress::Gathering { .. } | Progress::Saving { .. });
    let status = move || match progress.get() {
        Progress::Idle => String::new(),
        Progress::Gathering { pages } => format!("Finding the feed’s pages… ({pages} so far)"),
        Progress::Saving { done, total } => format!("Saving for offline: {done} of {total} files"),
        Progress::Done { articles, files, failed, cancelled, used } => {
            let what = if cancelled { "Stopped: saved part of" } else { "Saved for offline:" };
            let failures = if failed > 0 { format!(" ({failed} could not be saved)") } else { String::new() };
            let space =
                used.map(|used| format!(" Lectern now uses {used} of this browser’s storage.")).unwrap_or_default();
            format!("{what} {articles} articles, {files} files{failures}.{space}")
        }
        Progress::Failed(message) => message,
    };
    let bar = move || match progress.get() {
        Progress::Saving { done, total } => Some(view! {
            <progress class="save-progress" max=total.to_string() value=done.to_string() aria-label="Saving for offline"></progress>
        }),
        _ => None,
    };
    view! {
        <div class="save-offline">
            <Show when=move || !busy() fallback=move || view! {
                <button type="button" class="button secondary" on:click=move |_| set_cancel.set(true)>"Cancel"</button>
            }>
                <button type="button" class="button secondary" on:click=start.clone()>"Save for offline"</button>
            </Show>
            {bar}
            <p class="save-status" role="status">{status}</p>
        </div>
    }
    .into_any()
}

chunk! {
    /// Starts the save; gathering and saving are code only this chunk has.
    save_offline: fn start_saving(feed: Arc<Feed>, url: String, progress: WriteSignal<Progress>, cancel: ReadSignal<bool>) -> () {
        wasm_bindgen_futures::spawn_local(save::save(feed, url, progress, cancel));
        Ok(())
    }
}
