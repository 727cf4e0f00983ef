//! The reader's own reading speed (`core::reading_speed`) as shared state: read once from
//! `lectern:speed`, grown by one sample per article read (time actively reading and words passed,
//! measured by `Reading`), and used for every "N min" the reader sees.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::core::reading_speed::{Session, Speed, STORAGE_KEY};
use crate::shell::platform::clock::now;
use crate::shell::stored::{use_store, Keeper, Schema, Stored, Unreadable};

/// The learned speed of this browser's reader, for every view under the same owner.
#[derive(Clone, Copy)]
pub struct LearnedSpeed {
    speed: Stored<Speed>,
}

impl Schema for Speed {
    const KEY: &'static str = STORAGE_KEY;

    /// Samples read leniently: unreadable ones are dropped, the rest kept.
    fn decode(stored: &str) -> Result<Self, Unreadable> {
        Ok(Speed::decode(stored))
    }

    fn encode(&self) -> String {
        Speed::encode(self)
    }
}

/// Provides the learned speed to the views below, reading it from storage once.
pub fn provide_learned_speed(keeper: Keeper) -> LearnedSpeed {
    let learned = LearnedSpeed { speed: Stored::load(keeper, Speed::default) };
    provide_context(learned);
    learned
}

/// The learned speed of the enclosing app (the default speed outside any).
pub fn use_learned_speed() -> LearnedSpeed {
    use_store(|| LearnedSpeed { speed: Stored::detached(Speed::default()) })
}

impl LearnedSpeed {
    /// Words a minute: the reader's own once learned, 230 until then; reactively.
    pub fn wpm(&self) -> u32 {
        self.speed.value().with(Speed::wpm)
    }

    pub fn wpm_untracked(&self) -> u32 {
        self.speed.value().with_untracked(Speed::wpm)
    }

    /// Starts measuring one article's reading; the sample is added when the calling owner ends
    /// (the reader leaves the article or the page), if it is a sample worth keeping.
    pub fn measure_article(&self) -> Reading {
        let session = Rc::new(RefCell::new(Session::default()));
        let ending = SendWrapper::new(Rc::clone(&session));
        let speed = self.speed;
        on_cleanup(move || {
            let sample = ending.take().borrow().sample();
            // `update` writes through, and does nothing once the app is gone.
            speed.update(|learned| (learned.add(sample).is_ok(), ()));
        });
        Reading { session: SendWrapper::new(session) }
    }
}

/// One article being read: report activity as the reader moves, pause across jumps.
#[derive(Clone)]
pub struct Reading {
    // Wasm has one thread; the wrapper lets Leptos' `Send` callbacks hold it.
    session: SendWrapper<Rc<RefCell<Session>>>,
}

impl Reading {
    /// The reader moved by scrolling and has `words_left` words after the reading line.
    pub fn moved(&self, words_left: usize) {
        self.session.borrow_mut().activity(now(), words_left);
    }

    /// A jump (contents, a shortcut, a link): what it skips was not read.
    pub fn jumped(&self) {
        self.session.borrow_mut().pause();
    }
}
