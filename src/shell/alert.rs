//! The one way a failure reaches the reader: a `role="alert"` message, with Retry when it can help.
use leptos::prelude::*;

use crate::core::i18n::Msg;
use crate::shell::platform::host_events::HostEvents;
use crate::shell::words::use_words;

/// Says what went wrong; offers Retry when `retry` is given.
#[component]
pub fn ErrorAlert(
    /// The sentence the reader sees, from the error's `Display`.
    #[prop(into)]
    message: String,
    /// Called when the reader asks to try again; no button without it.
    #[prop(optional_no_strip)]
    retry: Option<Callback<()>>,
    /// Anything else to offer, such as a way back to the list.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    // A host page embedding the reader hears of it too (`lectern-error`).
    HostEvents::current().error(&message);
    let words = use_words();
    view! {
        <div class="alert" role="alert">
            <p class="alert-message">{message}</p>
            {retry.map(|retry| view! {
                <button type="button" class="button" on:click=move |_| retry.run(())>{words.of(Msg::TryAgain)}</button>
            })}
            {children.map(|children| children())}
        </div>
    }
}
