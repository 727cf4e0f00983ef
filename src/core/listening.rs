//! Listening to an article: a speech state machine that knows nothing of the browser. The shell
//! feeds it events (the reader's buttons, the speech engine's `end` and `error`) and performs the
//! actions it returns (speak, cancel, highlight, save the place).
//!
//! Why the shape:
//! - Text is spoken unit by unit (`anchor`'s units), so the highlighted unit is a place the
//!   reading position understands, and listening saves progress like reading does.
//! - A unit is spoken as utterances of at most [`MAX_CHUNK_CHARS`] characters, cut at sentence
//!   ends: Chromium silently stops long utterances of some voices after about fifteen seconds.
//! - Pause cancels, and resume speaks the paused utterance again from its start: the engines'
//!   own pause and resume are unreliable (on Android, pause acts as cancel).
//! - Every utterance has a serial number. Cancelling makes the engine report an `end` or `error`
//!   for the cancelled utterance later, possibly for the very unit being spoken again (a rate
//!   change restarts it); only the event of the current serial moves the machine on.

use super::blocks::{push_blocks_text, Block};

mod chunking;
pub use chunking::chunks;

/// Utterances are cut to at most this many characters.
pub const MAX_CHUNK_CHARS: usize = 200;
pub const MIN_RATE: f64 = 0.5;
pub const MAX_RATE: f64 = 3.0;
pub const DEFAULT_RATE: f64 = 1.0;

/// One utterance handed to the engine, and named again by the engine's events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Utterance {
    pub unit: usize,
    /// Which chunk of the unit's text.
    pub chunk: usize,
    pub serial: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Idle,
    Speaking {
        unit: usize,
        chunk: usize,
    },
    Paused {
        unit: usize,
        chunk: usize,
    },
    /// The last unit was spoken.
    Finished,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Event {
    /// Speak from this unit on (the first one with text at or after it).
    Start(usize),
    Pause,
    Resume,
    Stop,
    /// The engine's `end` for an utterance.
    UtteranceEnded(Utterance),
    /// The engine's `error` for an utterance (cancelled ones report `interrupted` too).
    UtteranceFailed(Utterance),
    /// Words per minute as a multiple of the voice's normal speed; clamped to 0.5–3.
    RateChanged(f64),
    /// The shell switched voices: the current utterance is spoken again in the new one.
    VoiceChanged,
}

/// What the shell does, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// `speechSynthesis.cancel()`: silences and empties the engine's queue.
    Cancel,
    Speak {
        utterance: Utterance,
        text: String,
        rate: f64,
    },
    /// Marks this unit as the one being read aloud; `None` removes the mark.
    Highlight(Option<usize>),
    /// Saves the reading place at the top of this unit.
    SavePlace {
        unit: usize,
    },
}

/// The machine: the article's utterances, where it is, and how fast it speaks.
#[derive(Clone, Debug, PartialEq)]
pub struct Listening {
    chunks: Vec<Vec<String>>,
    state: State,
    rate: f64,
    serial: u64,
}

impl Listening {
    /// A machine for an article whose units have these texts (`unit_texts`), idle.
    pub fn new(texts: &[String]) -> Listening {
        Listening {
            chunks: texts.iter().map(|text| chunks(text, MAX_CHUNK_CHARS)).collect(),
            state: State::Idle,
            rate: DEFAULT_RATE,
            serial: 0,
        }
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn rate(&self) -> f64 {
        self.rate
    }

    /// What the one listen control (and the `l` key) means now: start from `from` when idle or
    /// finished, pause while speaking, resume while paused.
    pub fn toggle(&self, from: usize) -> Event {
        match self.state {
            State::Idle | State::Finished => Event::Start(from),
            State::Speaking { .. } => Event::Pause,
            State::Paused { .. } => Event::Resume,
        }
    }

    /// Moves the machine on and says what the shell must do. Events that do not apply in the
    /// current state, and engine events for any utterance but the current one, change nothing.
    pub fn handle(&mut self, event: Event) -> Vec<Action> {
        match (event, self.state) {
            (Event::Start(from), _) => {
                let mut actions = vec![Action::Cancel];
                actions.extend(self.begin(from));
                actions
            }
            (Event::Pause, State::Speaking { unit, chunk }) => {
                self.state = State::Paused { unit, chunk };
                vec![Action::Cancel]
            }
            (Event::Resume, State::Paused { unit, chunk }) => self.speak(unit, chunk),
            (Event::Stop, State::Speaking { .. } | State::Paused { .. }) => {
                self.state = State::Idle;
                vec![Action::Cancel, Action::Highlight(None)]
            }
            (Event::Stop, State::Finished) => {
                self.state = State::Idle;
                Vec::new()
            }
            (Event::UtteranceEnded(utterance), State::Speaking { unit, chunk }) if self.is_current(utterance) => {
                let next_chunk = chunk.saturating_add(1);
                if self.chunks.get(unit).is_some_and(|chunks| next_chunk < chunks.len()) {
                    self.speak(unit, next_chunk)
                } else {
                    self.begin(unit.saturating_add(1))
                }
            }
            (Event::UtteranceFailed(utterance), State::Speaking { .. }) if self.is_current(utterance) => {
                self.state = State::Idle;
                vec![Action::Cancel, Action::Highlight(None)]
            }
            (Event::RateChanged(rate), state) => {
                let rate = if rate.is_finite() { rate.clamp(MIN_RATE, MAX_RATE) } else { self.rate };
                if rate == self.rate {
                    return Vec::new();
                }
                self.rate = rate;
                self.restart(state)
            }
            (Event::VoiceChanged, state) => self.restart(state),
            _ => Vec::new(),
        }
    }

    fn is_current(&self, utterance: Utterance) -> bool {
        self.state == (State::Speaking { unit: utterance.unit, chunk: utterance.chunk })
            && utterance.serial == self.serial
    }

    /// Speaks the first unit with text at or after `from`, or finishes.
    fn begin(&mut self, from: usize) -> Vec<Action> {
        let found = self.chunks.iter().enumerate().skip(from).find(|(_, chunks)| !chunks.is_empty());
        let Some((unit, _)) = found else {
            self.state = State::Finished;
            return vec![Action::Highlight(None)];
        };
        let mut actions = self.speak(unit, 0);
        actions.extend([Action::Highlight(Some(unit)), Action::SavePlace { unit }]);
        actions
    }

    /// Speaks one chunk under a new serial.
    fn speak(&mut self, unit: usize, chunk: usize) -> Vec<Action> {
        let Some(text) = self.chunks.get(unit).and_then(|chunks| chunks.get(chunk)) else {
            // Only reachable through a bug: stop rather than guess.
            self.state = State::Idle;
            return vec![Action::Cancel, Action::Highlight(None)];
        };
        self.serial = self.serial.wrapping_add(1);
        self.state = State::Speaking { unit, chunk };
        vec![Action::Speak {
            utterance: Utterance { unit, chunk, serial: self.serial },
            text: text.clone(),
            rate: self.rate,
        }]
    }

    /// Speaks the current chunk again (new rate or voice); a paused or idle machine just keeps
    /// the change for later.
    fn restart(&mut self, state: State) -> Vec<Action> {
        let State::Speaking { unit, chunk } = state else {
            return Vec::new();
        };
        let mut actions = vec![Action::Cancel];
        actions.extend(self.speak(unit, chunk));
        actions
    }
}

/// The text to speak for each unit, in `anchor::Anchors` unit order (every top-level block but
/// rules, each item of a top-level list), whitespace collapsed. Code blocks are empty, and so
/// skipped: code read aloud symbol by symbol is noise, not reading. Images speak their alt text.
pub fn unit_texts(blocks: &[Block]) -> Vec<String> {
    let mut texts = Vec::new();
    for block in blocks {
        match block {
            Block::Rule => {}
            Block::List { items, .. } => {
                for item in items {
                    let mut text = String::new();
                    push_blocks_text(item, &mut text);
                    texts.push(collapse(&text));
                }
            }
            Block::Code { .. } => texts.push(String::new()),
            other => {
                let mut text = String::new();
                other.push_text(&mut text);
                texts.push(collapse(&text));
            }
        }
    }
    texts
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
