//! The words views show: `Words`, a context holding the interface language shown, through which
//! every component reads its messages from `core::i18n` reactively, so a new language applies at
//! once. Which language that is, and when its words are in, is `settings::language`'s job.
use leptos::prelude::*;

use crate::core::i18n::{Arg, Lang, Msg};

/// The language words are shown in, for every view under the same owner.
#[derive(Clone, Copy)]
pub struct Words {
    lang: Signal<Lang>,
}

/// Provides `Words` in `lang` to the views below.
pub fn provide_words(lang: Signal<Lang>) -> Words {
    let words = Words { lang };
    provide_context(words);
    words
}

/// The words of the enclosing app (English outside any).
pub fn use_words() -> Words {
    use_context::<Words>().unwrap_or(Words { lang: Signal::stored(Lang::En) })
}

impl Words {
    /// The language shown, reactively.
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The language shown, without tracking (for event handlers and async work).
    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// A message without parameters, reactively.
    pub fn text(&self, msg: Msg) -> &'static str {
        self.lang().text(msg)
    }

    /// A message with named parameters, reactively; `count` picks the plural form.
    pub fn t(&self, msg: Msg, args: &[(&str, Arg<'_>)]) -> String {
        self.lang().t(msg, args)
    }

    /// A message whose one parameter is `{count}`, reactively.
    pub fn count(&self, msg: Msg, count: u64) -> String {
        self.lang().count(msg, count)
    }

    /// A view's text node (or attribute) that follows the language: `{words.of(Msg::Close)}`.
    pub fn of(self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.text(msg)
    }
}
