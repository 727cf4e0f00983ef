//! "Listen": reads the article aloud from where the reader is, with pause and resume, stop, speed
//! and voice. Absent where the browser has no speech synthesis. The `l` key is the same control.
use std::rc::Rc;

use leptos::prelude::*;

use crate::core::listening::State;
use crate::core::shortcuts::Command;
use crate::shell::commands::use_commands;
use crate::shell::speech::{self, Hooks, Speaker};

/// Speeds offered, as multiples of the voice's normal speed.
const RATES: [(&str, f64); 6] = [("0.75×", 0.75), ("1×", 1.0), ("1.25×", 1.25), ("1.5×", 1.5), ("1.75×", 1.75), ("2×", 2.0)];

/// The controls for one article: `texts` per unit, `from` the unit the reader is at.
#[component]
pub fn ListenControls(texts: Vec<String>, from: Signal<Option<usize>>, hooks: Hooks) -> impl IntoView {
    if !speech::available() {
        return ().into_any();
    }
    let (state, set_state) = signal(State::Idle);
    let speaker = StoredValue::new_local(Speaker::new(&texts, set_state, hooks));
    let toggle = move || speaker.with_value(|speaker: &Rc<Speaker>| speaker.toggle(from.get_untracked().unwrap_or(0)));
    use_commands().subscribe(move |command| {
        if command == Command::Listen {
            toggle();
        }
    });
    let voices = RwSignal::new(speech::voices());
    speech::on_voices_changed(move || voices.set(speech::voices()));

    let label = move || match state.get() {
        State::Speaking { .. } => "Pause",
        State::Paused { .. } => "Resume",
        State::Idle | State::Finished => "Listen",
    };
    let active = move || matches!(state.get(), State::Speaking { .. } | State::Paused { .. });
    // Options carry their index, not the number: printing or parsing an f64 would pull the float
    // formatting and parsing tables into the Wasm (about 25 KB brotli together).
    let rate_options = RATES
        .iter()
        .enumerate()
        .map(|(index, (name, _))| view! { <option value=index.to_string() selected=index == 1>{*name}</option> })
        .collect::<Vec<_>>();
    view! {
        <div class="tool listen" role="group" aria-label="Listen to the article">
            <button type="button" class="tool-button" aria-pressed=move || matches!(state.get(), State::Speaking { .. }).to_string()
                on:click=move |_| toggle()>
                <span aria-hidden="true" class="tool-icon">{move || if matches!(state.get(), State::Speaking { .. }) { "❚❚" } else { "▶" }}</span>
                <span>{label}</span>
            </button>
            <Show when=active>
                <button type="button" class="tool-button" on:click=move |_| speaker.with_value(|speaker| speaker.stop())>"Stop"</button>
            </Show>
            <label class="listen-option">
                "Speed "
                <select on:change=move |event| {
                    let chosen = event_target_value(&event).parse::<usize>().ok().and_then(|index| RATES.get(index));
                    if let Some((_, rate)) = chosen {
                        speaker.with_value(|speaker| speaker.set_rate(*rate));
                    }
                }>{rate_options}</select>
            </label>
            <Show when=move || voices.with(|voices| !voices.is_empty())>
                <label class="listen-option">
                    "Voice "
                    <select on:change=move |event| {
                        let name = event_target_value(&event);
                        speaker.with_value(|speaker| speaker.set_voice((!name.is_empty()).then_some(name)));
                    }>
                        <option value="">"Default"</option>
                        {move || voices.get().into_iter().map(|(name, lang)| {
                            let label = format!("{name} ({lang})");
                            view! { <option value=name>{label}</option> }
                        }).collect::<Vec<_>>()}
                    </select>
                </label>
            </Show>
        </div>
    }
    .into_any()
}
