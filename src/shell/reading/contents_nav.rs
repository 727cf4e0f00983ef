//! The article's table of contents: its h2/h3 headings as links that jump to them, the current
//! section marked (`aria-current`). A disclosure on narrow screens, a column beside the text where
//! there is room (style/main.css).
use std::sync::Arc;

use leptos::html::Button;
use leptos::prelude::*;

use crate::core::blocks::HeadingLevel;
use crate::core::contents::Contents;
use crate::core::i18n::Msg;
use crate::shell::navigation::commands::{use_commands, Panel};
use crate::shell::navigation::disclosure::{focus_first_unless_on, return_focus_on_close};
use crate::shell::words::use_words;

/// The contents of one article; `current` is the index of the current entry; `jump` goes to a unit.
#[component]
pub fn ContentsNav(contents: Arc<Contents>, current: Signal<Option<usize>>, jump: Callback<usize>) -> impl IntoView {
    let commands = use_commands();
    let open = move || commands.is_open(Panel::Contents);
    let button = NodeRef::<Button>::new();
    return_focus_on_close(Panel::Contents, button);
    let list = NodeRef::<leptos::html::Ol>::new();
    // Opened by `t` on a narrow screen: focus goes to the first entry. (Wide screens show the list
    // always; `t` there moves focus into it too, the quickest way to a section.)
    Effect::watch(
        move || commands.is_open(Panel::Contents),
        move |open, _, _| {
            if let Some(list) = list.get_untracked().filter(|_| *open) {
                focus_first_unless_on(&list, button);
            }
        },
        false,
    );
    let entries = contents
        .entries
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let unit = entry.unit;
            let class = if entry.level == HeadingLevel::H3 { "toc-entry toc-sub" } else { "toc-entry" };
            let on_click = move |event: leptos::ev::MouseEvent| {
                // The link's own jump would change the address's fragment (in a widget, the host's).
                event.prevent_default();
                jump.run(unit);
                if commands.is_open_untracked(Panel::Contents) {
                    commands.close();
                }
            };
            view! {
                <li class=class>
                    <a href=format!("#{}", entry.key) on:click=on_click
                        aria-current=move || (current.get() == Some(index)).then_some("location")>
                        {entry.text.clone()}
                    </a>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let words = use_words();
    view! {
        <nav class="toc" class:open=open aria-label=words.of(Msg::Contents)>
            <button type="button" class="tool-button toc-toggle" node_ref=button aria-expanded=move || open().to_string()
                aria-controls="toc-list" on:click=move |_| commands.toggle(Panel::Contents)>
                <span aria-hidden="true" class="tool-icon">"☰"</span>
                <span class="tool-label">{words.of(Msg::Contents)}</span>
            </button>
            <p class="toc-title" aria-hidden="true">{words.of(Msg::Contents)}</p>
            <ol id="toc-list" class="toc-list" node_ref=list>{entries}</ol>
        </nav>
    }
}
