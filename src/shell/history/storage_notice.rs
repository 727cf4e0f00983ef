//! Says once, quietly, that reading places cannot be kept in this browser, and why.
use leptos::prelude::*;

use crate::core::i18n::{Lang, Msg};
use crate::shell::history::state::use_reading_history;
use crate::shell::platform::host_events::HostEvents;
use crate::shell::stored::Fault;
use crate::shell::words::use_words;

/// A `role="status"` line while storage is failing; nothing otherwise.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let trouble = use_reading_history().trouble();
    // A guest on another site keeps quiet: third-party contexts often deny storage, and the
    // reader can still read; there is nothing the reader could do about it there.
    if HostEvents::current().is_embedded() {
        return None;
    }
    let words = use_words();
    // Usually known before the first paint (storage blocked), so it is there when read.
    Some(move || {
        trouble
            .get()
            .map(|fault| view! { <p class="notice storage-notice" role="status">{sentence(fault, words.lang())}</p> })
    })
}

/// What the reader is told. Only storage's own refusals reach this keeper: the history reads its
/// records one by one (an unreadable one is dropped), and settings and speed read leniently.
fn sentence(fault: Fault, lang: Lang) -> &'static str {
    lang.text(match fault {
        Fault::Blocked | Fault::Unreadable | Fault::Newer => Msg::ReadingPlaceStorageDenied,
        Fault::Full => Msg::ReadingPlaceStorageFull,
    })
}
