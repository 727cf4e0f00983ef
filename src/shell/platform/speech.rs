//! Reading aloud: the only code that touches `speechSynthesis`. It runs `core::listening`'s state
//! machine: the reader's controls and the engine's `end`/`error` events go in, and the actions
//! that come out (speak, cancel, highlight, save the place) are performed here or handed to the
//! article through `Hooks`.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::core::listening::{Action, Event, Listening, State, Utterance};

/// The browser's speech engine, if it has one.
fn engine() -> Option<web_sys::SpeechSynthesis> {
    // A browser without the API answers `undefined`, which the binding does not check.
    window().speech_synthesis().ok().filter(|engine| !engine.is_undefined() && !engine.is_null())
}

/// Whether this browser can read aloud at all (the controls are hidden where it cannot).
pub fn available() -> bool {
    engine().is_some()
}

/// The voices the engine offers, as (name, language); they may arrive late (`voiceschanged`).
pub fn voices() -> Vec<(String, String)> {
    engine()
        .map(|engine| engine.get_voices())
        .map(|voices| {
            voices
                .iter()
                .filter_map(|voice| voice.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
                .map(|voice| (voice.name(), voice.lang()))
                .collect()
        })
        .unwrap_or_default()
}

/// Calls `changed` whenever the engine's list of voices changes, while the calling owner lives.
pub fn on_voices_changed(changed: impl Fn() + 'static) {
    let Some(engine) = engine() else {
        return;
    };
    let closure = Closure::<dyn Fn()>::new(changed);
    engine.set_onvoiceschanged(Some(closure.as_ref().unchecked_ref()));
    let kept = send_wrapper::SendWrapper::new((engine, closure));
    on_cleanup(move || {
        let (engine, _closure) = kept.take();
        engine.set_onvoiceschanged(None);
    });
}

/// What listening does to the article around it. Shared closures: the controls keep them to hand
/// to the player again if its chunk could not be fetched the first time.
#[derive(Clone)]
pub struct Hooks {
    /// Marks the unit being read (and keeps it in view); `None` clears the mark.
    pub highlight: Rc<dyn Fn(Option<usize>)>,
    /// Saves the reading place at the top of a unit.
    pub save_place: Rc<dyn Fn(usize)>,
}

/// One article's listening: the machine, the chosen voice, and the live utterance callbacks.
pub struct Speaker {
    machine: RefCell<Listening>,
    voice: RefCell<Option<String>>,
    /// The article's language: utterances are tagged with it, and without a chosen voice the
    /// engine's first voice for it speaks (a French article in a German page sounds French).
    lang: Option<String>,
    state: WriteSignal<State>,
    hooks: Hooks,
    /// The callbacks of utterances handed to the engine, kept alive until they can fire no more.
    callbacks: RefCell<Vec<Closure<dyn FnMut()>>>,
}

impl Speaker {
    pub fn new(texts: &[String], state: WriteSignal<State>, hooks: Hooks, lang: Option<String>) -> Rc<Speaker> {
        Rc::new(Speaker {
            machine: RefCell::new(Listening::new(texts)),
            voice: RefCell::new(None),
            lang,
            state,
            hooks,
            callbacks: RefCell::new(Vec::new()),
        })
    }

    /// The one listen control: start from `from`, pause, or resume.
    pub fn toggle(self: &Rc<Self>, from: usize) {
        let event = self.machine.borrow().toggle(from);
        self.send(event);
    }

    pub fn stop(self: &Rc<Self>) {
        self.send(Event::Stop);
    }

    pub fn set_rate(self: &Rc<Self>, rate: f64) {
        self.send(Event::RateChanged(rate));
    }

    /// Chooses a voice by name (`None`: the engine's default for the page's language).
    pub fn set_voice(self: &Rc<Self>, name: Option<String>) {
        *self.voice.borrow_mut() = name;
        self.send(Event::VoiceChanged);
    }

    fn send(self: &Rc<Self>, event: Event) {
        let actions = self.machine.borrow_mut().handle(event);
        self.state.try_set(self.machine.borrow().state());
        for action in actions {
            self.perform(action);
        }
    }

    fn perform(self: &Rc<Self>, action: Action) {
        match action {
            Action::Cancel => {
                if let Some(engine) = engine() {
                    engine.cancel();
                }
            }
            Action::Speak { utterance, text, rate } => self.speak(utterance, &text, rate),
            Action::Highlight(unit) => (self.hooks.highlight)(unit),
            Action::SavePlace { unit } => (self.hooks.save_place)(unit),
        }
    }

    fn speak(self: &Rc<Self>, utterance: Utterance, text: &str, rate: f64) {
        let (Some(engine), Ok(spoken)) = (engine(), web_sys::SpeechSynthesisUtterance::new_with_text(text)) else {
            self.send(Event::UtteranceFailed(utterance));
            return;
        };
        spoken.set_rate(rate as f32);
        if let Some(lang) = &self.lang {
            spoken.set_lang(lang);
        }
        let voice = self.voice.borrow().clone();
        let all = engine.get_voices();
        let voices = || all.iter().filter_map(|voice| voice.dyn_into::<web_sys::SpeechSynthesisVoice>().ok());
        let chosen = match (voice, &self.lang) {
            (Some(name), _) => voices().find(|voice| voice.name() == name),
            (None, Some(lang)) => voices().find(|voice| same_language(&voice.lang(), lang)),
            (None, None) => None,
        };
        if chosen.is_some() {
            spoken.set_voice(chosen.as_ref());
        }
        // Weak: an utterance the engine still holds must not keep a closed article alive.
        let ended = Rc::downgrade(self);
        let on_end = Closure::<dyn FnMut()>::new(move || {
            if let Some(speaker) = ended.upgrade() {
                speaker.send(Event::UtteranceEnded(utterance));
            }
        });
        let failed = Rc::downgrade(self);
        let on_error = Closure::<dyn FnMut()>::new(move || {
            if let Some(speaker) = failed.upgrade() {
                speaker.send(Event::UtteranceFailed(utterance));
            }
        });
        spoken.set_onend(Some(on_end.as_ref().unchecked_ref()));
        spoken.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        {
            // Only the last few utterances can still report; older callbacks are dropped.
            let mut callbacks = self.callbacks.borrow_mut();
            let excess = callbacks.len().saturating_sub(6);
            callbacks.drain(..excess);
            callbacks.push(on_end);
            callbacks.push(on_error);
        }
        engine.speak(&spoken);
    }
}

impl Drop for Speaker {
    /// Leaving the article silences it.
    fn drop(&mut self) {
        if matches!(self.machine.borrow().state(), State::Speaking { .. }) {
            if let Some(engine) = engine() {
                engine.cancel();
            }
        }
    }
}

/// Whether two BCP 47 tags name the same language ("fr-CA" and "fr"), by their primary subtags.
fn same_language(voice: &str, wanted: &str) -> bool {
    let primary = |tag: &str| tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    !wanted.is_empty() && primary(voice) == primary(wanted)
}
