//! "Listen": reads the article aloud from where the reader is, with pause and resume, stop, speed
//! and voice. Absent where the browser has no speech synthesis. The `l` key listens or pauses.
//! The button sits in the reading bar and opens the listening panel below it (the player); the
//! first press also starts speaking. Closing the panel leaves the voice going. The player is a
//! chunk of its own: most readers never listen.
use std::rc::Rc;

use leptos::html::Button;
use leptos::prelude::*;

use crate::core::i18n::{Arg, Msg};
use crate::core::listening::State;
use crate::core::shortcuts::Command;
use crate::shell::navigation::commands::{use_commands, Panel};
use crate::shell::navigation::disclosure::return_focus_on_close;
use crate::shell::platform::lazy::{chunk, later};
use crate::shell::platform::scroller::focus_in_place;
use crate::shell::platform::speech::{self, Hooks, Speaker};
use crate::shell::words::use_words;

/// Speeds offered, as multiples of the voice's normal speed.
const RATES: [(&str, f64); 6] =
    [("0.75×", 0.75), ("1×", 1.0), ("1.25×", 1.25), ("1.5×", 1.5), ("1.75×", 1.75), ("2×", 2.0)];

/// The controls for one article: `texts` per unit, `from` the unit the reader is at. Until the
/// reader first asks to listen (the button, or `l`) only the button is there; the player, its
/// speech engine and its speed and voice choices are a chunk fetched then, and it starts at once.
#[component]
pub fn ListenControls(
    texts: Vec<String>,
    from: Signal<Option<usize>>,
    hooks: Hooks,
    /// The article's language (its own, else its feed's): the voice speaks it.
    lang: Option<String>,
) -> impl IntoView {
    if !speech::available() {
        return ().into_any();
    }
    let commands = use_commands();
    let wanted = RwSignal::new(None::<Asked>);
    // The chunk could not be fetched: `later` says so in the panel (opened, whatever asked), and
    // the next request tries again.
    let unavailable = RwSignal::new(false);
    let ask = move |asked| {
        unavailable.set(false);
        wanted.set(Some(asked));
    };
    let waiting = move || wanted.get_untracked().is_none() || unavailable.get_untracked();
    commands.subscribe(move |command| {
        if command == Command::Listen && waiting() {
            ask(Asked::ByKey);
        }
    });
    let button = NodeRef::<Button>::new();
    return_focus_on_close(Panel::Listening, button);
    let open = move || commands.is_open(Panel::Listening);
    // The first press (or the first after a failure) asks for the player and opens its panel;
    // later ones open and close the panel, the voice going on.
    let press = move |_| {
        if waiting() {
            ask(Asked::ByButton);
            commands.show(Panel::Listening);
        } else {
            commands.toggle(Panel::Listening);
        }
    };
    let parts = StoredValue::new_local((texts, hooks, lang));
    let player = move || {
        let asked = wanted.get()?;
        let (texts, hooks, lang) = parts.get_value();
        Some(later(async move {
            let loaded = player(texts, from, hooks, lang, asked == Asked::ByButton).await;
            unavailable.set(loaded.is_err());
            if loaded.is_err() {
                commands.show(Panel::Listening);
            }
            loaded
        }))
    };
    let words = use_words();
    view! {
        <div class="tool listen">
            <button type="button" class="tool-button" node_ref=button aria-expanded=move || open().to_string()
                aria-controls="listen-panel" on:click=press>
                <span aria-hidden="true" class="tool-icon">"▶"</span>
                <span class="tool-label">{words.of(Msg::Listen)}</span>
            </button>
            <div id="listen-panel" class="panel listen-panel" role="group" aria-label=words.of(Msg::ListenToTheArticle)
                hidden=move || !open()>
                {player}
            </div>
        </div>
    }
    .into_any()
}

/// How the reader first asked to listen: after the button, focus moves into the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Asked {
    ByButton,
    ByKey,
}

chunk! {
    /// The player: speaking from the reader's place, pause and resume, stop, speed and voice.
    listen: fn player(texts: Vec<String>, from: Signal<Option<usize>>, hooks: Hooks, lang: Option<String>, take_focus: bool) -> AnyView {
        let (state, set_state) = signal(State::Idle);
        let speaker = StoredValue::new_local(Speaker::new(&texts, set_state, hooks, lang));
        let toggle = move || speaker.with_value(|speaker: &Rc<Speaker>| speaker.toggle(from.get_untracked().unwrap_or(0)));
        use_commands().subscribe(move |command| {
            if command == Command::Listen {
                toggle();
            }
        });
        let voices = RwSignal::new(speech::voices());
        speech::on_voices_changed(move || voices.set(speech::voices()));
        // Asked for, so it starts now.
        toggle();
        // Asked by the button: focus goes into the panel, to the control that pauses, in place.
        let button = NodeRef::<leptos::html::Button>::new();
        if take_focus {
            Effect::new(move |_| {
                if let Some(button) = button.get() {
                    focus_in_place(&button);
                }
            });
        }

        let words = use_words();
        let label = move || match state.get() {
            State::Speaking { .. } => words.text(Msg::Pause),
            State::Paused { .. } => words.text(Msg::Resume),
            State::Idle | State::Finished => words.text(Msg::Listen),
        };
        let active = move || matches!(state.get(), State::Speaking { .. } | State::Paused { .. });
        // Options carry their index, not the number: printing or parsing an f64 would pull the float
        // formatting and parsing tables into the Wasm (about 25 KB brotli together).
        let rate_options = RATES
            .iter()
            .enumerate()
            .map(|(index, (name, _))| view! { <option value=index.to_string() selected=index == 1>{*name}</option> })
            .collect::<Vec<_>>();
        Ok(view! {
            <button type="button" class="tool-button" node_ref=button aria-pressed=move || matches!(state.get(), State::Speaking { .. }).to_string()
                on:click=move |_| toggle()>
                <span aria-hidden="true" class="tool-icon">{move || if matches!(state.get(), State::Speaking { .. }) { "❚❚" } else { "▶" }}</span>
                <span>{label}</span>
            </button>
            <Show when=active>
                <button type="button" class="tool-button" on:click=move |_| speaker.with_value(|speaker| speaker.stop())>{words.of(Msg::Stop)}</button>
            </Show>
            <label class="listen-option">
                {words.of(Msg::Speed)} " "
                <select on:change=move |event| {
                    let chosen = event_target_value(&event).parse::<usize>().ok().and_then(|index| RATES.get(index));
                    if let Some((_, rate)) = chosen {
                        speaker.with_value(|speaker| speaker.set_rate(*rate));
                    }
                }>{rate_options}</select>
            </label>
            <Show when=move || voices.with(|voices| !voices.is_empty())>
                <label class="listen-option">
                    {words.of(Msg::Voice)} " "
                    <select on:change=move |event| {
                        let name = event_target_value(&event);
                        speaker.with_value(|speaker| speaker.set_voice((!name.is_empty()).then_some(name)));
                    }>
                        <option value="">{words.of(Msg::DefaultVoice)}</option>
                        {move || voices.get().into_iter().map(|(name, lang)| {
                            let label = words.t(Msg::VoiceName, &[("name", Arg::Text(&name)), ("lang", Arg::Text(&lang))]);
                            view! { <option value=name>{label}</option> }
                        }).collect::<Vec<_>>()}
                    </select>
                </label>
            </Show>
        }
        .into_any())
    }
}
