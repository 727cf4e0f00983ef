//! "Save for offline": the page's side. It gathers what a feed needs to be read with no network
//! (every `next_url` page, every article's images), hands the list to the service worker, which
//! fetches and keeps each file (`public/sw.js`, `save-offline`), and follows its progress. It also
//! asks the browser to keep Lectern's storage (`navigator.storage.persist()`) and measures it
//! (`estimate()`). The only code that posts to the service worker or touches `navigator.storage`.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::core::blocks::image_sources;
use crate::core::body;
use crate::core::feed::Feed;
use crate::core::i18n::format::byte_size;
use crate::core::i18n::{Arg, Lang, Msg};
use crate::core::worker_messages::WorkerMessage;
use crate::shell::feed::load::address_to_save;
use crate::shell::feed::pager::{Pager, FOLLOWED_BY_ITSELF};
use crate::shell::platform::clock::now;
use crate::shell::platform::html_dom::parse_html;
use crate::shell::platform::service_worker::{self, field};

/// Where a save is.
#[derive(Clone, Debug, PartialEq)]
pub enum Progress {
    Idle,
    /// Following the feed's pages to list what to save.
    Gathering {
        pages: usize,
    },
    Saving {
        done: u32,
        total: u32,
    },
    Done {
        articles: usize,
        files: u32,
        failed: u32,
        cancelled: bool,
        used: Option<String>,
    },
    Failed(String),
}

/// Whether a service worker controls the page (nothing can be saved for offline without one).
pub fn available() -> bool {
    service_worker::controller().is_some()
}

/// Saves `feed` (from `url`) and all it links to for offline reading, reporting to `progress`.
/// `cancel` set to true stops it between files.
pub async fn save(feed: Arc<Feed>, url: String, progress: WriteSignal<Progress>, cancel: ReadSignal<bool>, lang: Lang) {
    ask_to_persist();
    // 1. Every page of the feed.
    // The first page counts towards the bound: at most that many pages in all.
    let mut pager = Pager::after(&feed, 1, FOLLOWED_BY_ITSELF);
    let mut pages = vec![(url, feed)];
    while !cancel.get_untracked() {
        progress.set(Progress::Gathering { pages: pages.len() });
        match pager.load_next().await {
            None => break,
            Some(Ok(page)) => pages.push(page),
            Some(Err(error)) => {
                progress.set(Progress::Failed(error.message(lang)));
                return;
            }
        }
    }
    // 2. Every image of every article (bodies are built here, as the article view will).
    let mut images: Vec<String> = Vec::new();
    let mut articles = 0;
    for (_, page) in &pages {
        for item in &page.items {
            articles += 1;
            let blocks = body::body(item, &page.url, &parse_html).blocks;
            for src in item.image.iter().cloned().chain(image_sources(&blocks)) {
                if !images.contains(&src) {
                    images.push(src);
                }
            }
        }
    }
    // 3. The service worker fetches and keeps them.
    // A relayed feed is saved from the relay: its own server forbids the worker as it did the page.
    let feeds: Vec<String> = pages.iter().map(|(page_url, _)| address_to_save(page_url)).collect();
    let outcome = match hand_to_worker(&feeds, &images, progress, cancel).await {
        Ok(outcome) => outcome,
        Err(message) => {
            progress.set(Progress::Failed(lang.text(message).to_owned()));
            return;
        }
    };
    progress.set(Progress::Done {
        articles,
        files: outcome.total,
        failed: outcome.failed,
        cancelled: outcome.cancelled,
        used: storage_used(lang).await,
    });
}

struct Outcome {
    total: u32,
    failed: u32,
    cancelled: bool,
}

async fn hand_to_worker(
    feeds: &[String],
    images: &[String],
    progress: WriteSignal<Progress>,
    cancel: ReadSignal<bool>,
) -> Result<Outcome, Msg> {
    let worker = service_worker::controller().ok_or(Msg::OfflineNeedsWorker)?;
    // Whole milliseconds: printing an f64 would pull the float printer into the Wasm.
    let id = format!("save-{}", now());
    let strings = |urls: &[String]| urls.iter().map(|url| JsValue::from_str(url)).collect::<js_sys::Array>();

    // The worker's answers arrive as messages; `save-done` resolves this promise. The listener
    // lives in `listening` and is removed when this function returns, however it returns.
    let (done_tx, done) = promise_with_resolver();
    let listening = {
        let (id, worker) = (id.clone(), worker.clone());
        let mut done_tx = Some(done_tx);
        service_worker::listen(move |kind, data| {
            if field(&data, "id").as_string().as_deref() != Some(id.as_str()) {
                return;
            }
            let number = |key| field(&data, key).as_f64().map_or(0, |value| value as u32);
            match kind {
                WorkerMessage::SaveProgress => {
                    progress.set(Progress::Saving { done: number("done"), total: number("total") });
                    if cancel.get_untracked() {
                        let _ = service_worker::post(&worker, WorkerMessage::SaveCancel, &[("id", id.as_str().into())]);
                    }
                }
                WorkerMessage::SaveDone => {
                    if let Some(resolve) = done_tx.take() {
                        let _ = resolve.call1(&JsValue::NULL, &data);
                    }
                }
                _ => {}
            }
        })
    };
    progress.set(Progress::Saving { done: 0, total: u32::try_from(feeds.len() + images.len()).unwrap_or(u32::MAX) });
    let fields = [("id", JsValue::from_str(&id)), ("feeds", strings(feeds).into()), ("images", strings(images).into())];
    service_worker::post(&worker, WorkerMessage::SaveOffline, &fields).map_err(|_| Msg::OfflineNotStarted)?;
    let answer = JsFuture::from(done).await.map_err(|_| Msg::OfflineStopped)?;
    drop(listening);
    let number = |key| field(&answer, key).as_f64().map_or(0, |value| value as u32);
    Ok(Outcome { total: number("total"), failed: number("failed"), cancelled: field(&answer, "cancelled").is_truthy() })
}

/// A promise and the function that resolves it.
fn promise_with_resolver() -> (js_sys::Function, js_sys::Promise) {
    let mut resolver = None;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| resolver = Some(resolve));
    // The executor runs synchronously inside `new`, so the resolver is always there.
    (resolver.unwrap_or_else(|| js_sys::Function::new_no_args("")), promise)
}

/// Asks the browser to keep Lectern's storage under pressure; a refusal changes nothing.
fn ask_to_persist() {
    if let Ok(promise) = window().navigator().storage().persist() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// "3.2 MB of 1.1 GB": what this site stores, of what the browser allows it.
async fn storage_used(lang: Lang) -> Option<String> {
    let estimate = JsFuture::from(window().navigator().storage().estimate().ok()?).await.ok()?;
    let usage = field(&estimate, "usage").as_f64()?;
    let quota = field(&estimate, "quota").as_f64()?;
    let (used, quota) = (byte_size(lang, usage as u64), byte_size(lang, quota as u64));
    Some(lang.t(Msg::UsedOfQuota, &[("used", Arg::Text(&used)), ("quota", Arg::Text(&quota))]))
}
