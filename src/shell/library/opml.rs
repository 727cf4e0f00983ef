//! Moving the library in and out as OPML, the file every feed reader exchanges: export to
//! `lectern-feeds.opml` (each feed's format named where known), import a file (its feeds added,
//! JSON Feed, RSS and Atom alike). Behind a disclosure, since it is used once in a long while.
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::i18n::{Arg, Lang, Msg};
use crate::shell::alert::ErrorAlert;
use crate::shell::library::state::{FeedLibrary, OpmlImport};
use crate::shell::platform::files::{chosen_file, download, file_text};
use crate::shell::words::use_words;

/// The disclosure button and, when open, the export and import controls with what the last did.
#[component]
pub fn OpmlTools(feeds: FeedLibrary) -> impl IntoView {
    let open = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<OpmlImport, String>>);
    let words = use_words();
    let export = move |_| {
        if !download("lectern-feeds.opml", "text/x-opml", &feeds.export_opml()) {
            outcome.set(Some(Err(words.lang_untracked().text(Msg::ExportFailed).to_owned())));
        }
    };
    let import = move |event: ev::Event| {
        let Some(file) = chosen_file(&event) else {
            return;
        };
        spawn_local(async move {
            let result = match file_text(file).await {
                Some(text) => feeds.import_opml(&text, words.lang_untracked()),
                None => Err(words.lang_untracked().text(Msg::FileUnreadable).to_owned()),
            };
            if result.as_ref().is_ok_and(|import| import.report.added > 0) {
                feeds.check_all(None);
            }
            outcome.try_set(Some(result));
        });
    };
    let message = move || {
        outcome.get().map(|outcome| match outcome {
            Ok(import) => imported(import, words.lang()).into_any(),
            Err(message) => view! { <ErrorAlert message/> }.into_any(),
        })
    };
    view! {
        <section class="opml-tools">
            <button type="button" class="link-button disclosure" aria-expanded=move || open.get().to_string()
                aria-controls="opml-panel" on:click=move |_| open.update(|open| *open = !*open)>
                {words.of(Msg::OpmlToggle)}
            </button>
            // Drawn once and hidden while closed; only the file input comes and goes, so the page
            // holds no second file input (beside the reading history's) until the reader asks.
            <div id="opml-panel" class="opml-panel" hidden=move || !open.get()>
                <p class="tools-help">{words.of(Msg::OpmlHelp)}</p>
                <div class="tools-buttons">
                    <button type="button" class="button secondary" on:click=export>{words.of(Msg::ExportOpml)}</button>
                    <label class="button secondary file-button">
                        {words.of(Msg::ImportOpml)}
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
fn imported(import: OpmlImport, lang: Lang) -> impl IntoView {
    let OpmlImport { report, skipped } = import;
    let mut text = lang.t(
        Msg::OpmlImported,
        &[("added", Arg::Num(report.added as u64)), ("already", Arg::Num(report.already as u64))],
    );
    if report.refused > 0 {
        text.push_str(&lang.count(Msg::OpmlRefused, report.refused as u64));
    }
    if skipped > 0 {
        text.push_str(&lang.count(Msg::OpmlSkipped, skipped as u64));
    }
    text.push_str(lang.text(Msg::FullStop));
    view! {
        <div role="status" class="opml-status">
            <p class="tools-status">{text}</p>
        </div>
    }
}
