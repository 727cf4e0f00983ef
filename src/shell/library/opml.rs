//! Moving the library in and out as OPML, the file every feed reader exchanges: export to
//! `lectern-feeds.opml` (each feed's format named where known), import a file (its feeds added,
//! JSON Feed, RSS and Atom alike). Behind a disclosure, since it is used once in a long while.
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::shell::alert::ErrorAlert;
use crate::shell::library::state::{FeedLibrary, OpmlImport};
use crate::shell::platform::files::{chosen_file, download, file_text};
use crate::shell::ui::words::plural;

/// The disclosure button and, when open, the export and import controls with what the last did.
#[component]
pub fn OpmlTools(feeds: FeedLibrary) -> impl IntoView {
    let open = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<OpmlImport, String>>);
    let export = move |_| {
        if !download("lectern-feeds.opml", "text/x-opml", &feeds.export_opml()) {
            outcome.set(Some(Err("This browser could not save the export file.".to_owned())));
        }
    };
    let import = move |event: ev::Event| {
        let Some(file) = chosen_file(&event) else {
            return;
        };
        spawn_local(async move {
            let result = match file_text(file).await {
                Some(text) => feeds.import_opml(&text),
                None => Err("Lectern could not read that file.".to_owned()),
            };
            if result.as_ref().is_ok_and(|import| import.report.added > 0) {
                feeds.check_all(None);
            }
            outcome.try_set(Some(result));
        });
    };
    let message = move || {
        outcome.get().map(|outcome| match outcome {
            Ok(import) => imported(import).into_any(),
            Err(message) => view! { <ErrorAlert message/> }.into_any(),
        })
    };
    view! {
        <section class="opml-tools">
            <button type="button" class="link-button disclosure" aria-expanded=move || open.get().to_string()
                aria-controls="opml-panel" on:click=move |_| open.update(|open| *open = !*open)>
                "Move your feeds to or from another reader (OPML)"
            </button>
            // Drawn once and hidden while closed; only the file input comes and goes, so the page
            // holds no second file input (beside the reading history's) until the reader asks.
            <div id="opml-panel" class="opml-panel" hidden=move || !open.get()>
                <p class="tools-help">
                    "OPML files carry a list of feeds between readers. Importing adds the feeds a file lists "
                    "(RSS, Atom or JSON Feed) and leaves your other feeds as they are."
                </p>
                <div class="tools-buttons">
                    <button type="button" class="button secondary" on:click=export>"Export feeds (OPML)"</button>
                    <label class="button secondary file-button">
                        "Import OPML…"
                        {move || open.get().then(|| view! {
                            <input type="file" class="visually-hidden" accept=".opml,.xml,text/x-opml,application/xml,text/xml" on:change=import/>
                        })}
                    </label>
                </div>
                {message}
            </div>
        </section>
    }
}

/// What an import did: how many feeds were added, already there, refused or skipped.
fn imported(import: OpmlImport) -> impl IntoView {
    let OpmlImport { report, skipped } = import;
    let mut text = format!("Imported: {} added, {} already in your library", report.added, report.already);
    if report.refused > 0 {
        text.push_str(&format!(", {} not added because your library is full", report.refused));
    }
    if skipped > 0 {
        text.push_str(&format!("; {} skipped (no feed address, or listed twice)", plural(skipped, "entry", "entries")));
    }
    text.push('.');
    view! {
        <div role="status" class="opml-status">
            <p class="tools-status">{text}</p>
        </div>
    }
}
