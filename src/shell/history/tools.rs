//! "Your reading history": export it to a file, import one (merging, newest wins), or clear it
//! with a way to undo.
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::history::Record;
use crate::shell::alert::ErrorAlert;
use crate::shell::history::state::{use_reading_history, ImportSummary};
use crate::shell::platform::files::{chosen_file, download, file_text};

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

    let export = move |_| {
        if !download("lectern-reading-history.json", "application/json", &reading.export()) {
            outcome.set(Some(Outcome::Failed("This browser could not save the export file.".to_owned())));
        }
    };
    let import = move |event: ev::Event| {
        let Some(file) = chosen_file(&event) else {
            return;
        };
        spawn_local(async move {
            let result = match file_text(file).await {
                Some(text) => reading.import(&text).map_err(|error| error.to_string()),
                None => Err("Lectern could not read that file.".to_owned()),
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
                view! { <p class="tools-status" role="status">{imported_text(summary)}</p> }.into_any()
            }
            Outcome::Failed(message) => view! { <ErrorAlert message/> }.into_any(),
            Outcome::Cleared(count) => view! {
                <p class="tools-status" role="status">
                    {format!("Reading history cleared ({}). ", articles(count))}
                    <button type="button" class="link-button" on:click=undo_clear>"Undo"</button>
                </p>
            }
            .into_any(),
        })
    };
    view! {
        <section class="history-tools" aria-labelledby="history-tools-title">
            <h2 id="history-tools-title">"Your reading history"</h2>
            <p class="tools-help">
                "Lectern remembers where you are in each article, in this browser only. "
                "Export it to move to another browser; importing keeps the most recent place of each article."
            </p>
            <div class="tools-buttons">
                <button type="button" class="button secondary" on:click=export disabled=move || !has_history()>"Export"</button>
                <label class="button secondary file-button">
                    "Import…"
                    <input type="file" class="visually-hidden" accept=".json,application/json" on:change=import/>
                </label>
                <button type="button" class="button secondary" on:click=clear disabled=move || !has_history()>"Clear reading history"</button>
            </div>
            {message}
        </section>
    }
}

fn articles(count: usize) -> String {
    match count {
        1 => "1 article".to_owned(),
        count => format!("{count} articles"),
    }
}

fn imported_text(summary: ImportSummary) -> String {
    let ImportSummary { report, skipped } = summary;
    let mut text = format!(
        "Imported {}: {} new, {} updated",
        articles(report.added + report.updated),
        report.added,
        report.updated
    );
    if report.kept > 0 {
        text.push_str(&format!(", {} kept as this browser’s place is more recent", report.kept));
    }
    if skipped > 0 {
        text.push_str(&format!("; {} unreadable {} skipped", skipped, if skipped == 1 { "entry" } else { "entries" }));
    }
    text.push('.');
    text
}
