//! "Your reading history": export it to a file, import one (merging, newest wins), or clear it
//! with a way to undo.
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::history::Record;
use crate::core::i18n::{format as words_format, Arg, Lang, Msg};
use crate::shell::alert::ErrorAlert;
use crate::shell::history::state::{use_reading_history, ImportSummary};
use crate::shell::platform::files::{chosen_file, download, file_text};
use crate::shell::words::use_words;

/// What the last action did, for the reader.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Imported(ImportSummary),
    /// An import or export that did not happen, with the sentence saying why.
    Failed(String),
    Cleared(usize),
}

/// The export, import and clear controls, with what the last one did.
#[component]
pub fn HistoryTools() -> impl IntoView {
    let reading = use_reading_history();
    let outcome = RwSignal::new(None::<Outcome>);
    // What the last clear removed, kept until undone or replaced.
    let undo = StoredValue::new(Vec::<Record>::new());
    let words = use_words();

    let export = move |_| {
        if !download("lectern-reading-history.json", "application/json", &reading.export()) {
            outcome.set(Some(Outcome::Failed(words.lang_untracked().text(Msg::ExportFailed).to_owned())));
        }
    };
    let import = move |event: ev::Event| {
        let Some(file) = chosen_file(&event) else {
            return;
        };
        spawn_local(async move {
            let result = match file_text(file).await {
                Some(text) => {
                    reading.import(&text).map_err(|error| words_format::import_error(words.lang_untracked(), &error))
                }
                None => Err(words.lang_untracked().text(Msg::FileUnreadable).to_owned()),
            };
            outcome.set(Some(match result {
                Ok(summary) => Outcome::Imported(summary),
                Err(message) => Outcome::Failed(message),
            }));
        });
    };
    let clear = move |_| {
        let removed = reading.clear();
        let count = removed.len();
        undo.set_value(removed);
        outcome.set(Some(Outcome::Cleared(count)));
    };
    let undo_clear = move |_| {
        reading.restore(undo.try_update_value(std::mem::take).unwrap_or_default());
        outcome.set(None);
    };
    let has_history = move || !reading.history().with(|history| history.is_empty());

    let message = move || {
        outcome.get().map(|outcome| match outcome {
            Outcome::Imported(summary) => {
                view! { <p class="tools-status" role="status">{imported_text(summary, words.lang())}</p> }.into_any()
            }
            Outcome::Failed(message) => view! { <ErrorAlert message/> }.into_any(),
            Outcome::Cleared(count) => view! {
                <p class="tools-status" role="status">
                    {words.count(Msg::HistoryCleared, count as u64)} " "
                    <button type="button" class="link-button" on:click=undo_clear>{words.text(Msg::Undo)}</button>
                </p>
            }
            .into_any(),
        })
    };
    view! {
        <section class="history-tools" aria-labelledby="history-tools-title">
            <h2 id="history-tools-title">{words.of(Msg::HistoryTitle)}</h2>
            <p class="tools-help">{words.of(Msg::HistoryHelp)}</p>
            <div class="tools-buttons">
                <button type="button" class="button secondary" on:click=export disabled=move || !has_history()>{words.of(Msg::Export)}</button>
                <label class="button secondary file-button">
                    {words.of(Msg::Import)}
                    <input type="file" class="visually-hidden" accept=".json,application/json" on:change=import/>
                </label>
                <button type="button" class="button secondary" on:click=clear disabled=move || !has_history()>{words.of(Msg::ClearHistory)}</button>
            </div>
            {message}
        </section>
    }
}

/// "Imported 3 articles: 2 new, 1 updated, …" in `lang`.
fn imported_text(summary: ImportSummary, lang: Lang) -> String {
    let ImportSummary { report, skipped } = summary;
    let mut text = lang.t(
        Msg::HistoryImported,
        &[
            ("count", Arg::Num((report.added + report.updated) as u64)),
            ("added", Arg::Num(report.added as u64)),
            ("updated", Arg::Num(report.updated as u64)),
        ],
    );
    if report.kept > 0 {
        text.push_str(&lang.count(Msg::HistoryKept, report.kept as u64));
    }
    if skipped > 0 {
        text.push_str(&lang.count(Msg::HistorySkipped, skipped as u64));
    }
    text.push_str(lang.text(Msg::FullStop));
    text
}
