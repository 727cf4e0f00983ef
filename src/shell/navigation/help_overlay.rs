//! The shortcut help (`?`): every key and what it does, from `core::shortcuts::HELP`, so it cannot
//! drift from what the keys do. A non-modal dialog: Escape or its button closes it.
use leptos::html::Button;
use leptos::prelude::*;

use crate::core::i18n::{format as words_format, Msg};
use crate::core::shortcuts::HELP;
use crate::shell::navigation::commands::{use_commands, Commands, Panel};
use crate::shell::platform::lazy::{chunk, later};
use crate::shell::platform::scroller::focus_in_place;
use crate::shell::words::use_words;

#[component]
pub fn HelpOverlay() -> impl IntoView {
    let commands = use_commands();
    view! {
        <Show when=move || commands.is_open(Panel::Help)>
            {move || later(dialog(commands))}
        </Show>
    }
}

chunk! {
    /// The dialog, in its own chunk: opened only with `?`.
    help: fn dialog(commands: Commands) -> AnyView {
        let close = NodeRef::<Button>::new();
        // Focus goes to the dialog's button, so Escape and Tab start there; in place, so the
        // reader's page stays where it was under the dialog.
        Effect::new(move |_| {
            if let Some(close) = close.get() {
                focus_in_place(&close);
            }
        });
        let words = use_words();
        let rows = HELP
            .iter()
            .map(|shortcut| {
                let keys = shortcut
                    .keys
                    .iter()
                    .map(|key| view! { <kbd>{if *key == "Escape" { words.text(Msg::KeyEscape) } else { key }}</kbd> })
                    .collect::<Vec<_>>();
                view! { <tr><th scope="row" class="keys">{keys}</th><td>{words.of(words_format::shortcut(shortcut.command))}</td></tr> }
            })
            .collect::<Vec<_>>();
        Ok(view! {
            <div class="panel help" role="dialog" aria-labelledby="help-title">
                <h2 id="help-title" class="help-title">{words.of(Msg::KeyboardShortcuts)}</h2>
                <table class="help-keys">
                    <tbody>{rows}</tbody>
                </table>
                <button type="button" class="button" node_ref=close on:click=move |_| commands.close()>{words.of(Msg::Close)}</button>
            </div>
        }
        .into_any())
    }
}
