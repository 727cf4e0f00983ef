//! The interface language shown: the one wanted (the reader's choice in the settings, else the
//! best match among the languages the place asks for) as soon as its words are in. English is in
//! the first load; the other languages arrive in one Wasm chunk, fetched the first time one is
//! wanted.
use leptos::prelude::*;

use crate::core::i18n::{self, Lang};
use crate::shell::platform::lazy::chunk;
use crate::shell::words::{provide_words, Words};

/// Provides `Words` to the views below: in `wanted` as soon as its words are in (English at once;
/// another language from its chunk, fetched the first time it is wanted), meanwhile in the last
/// language shown. A chunk that cannot come leaves the words as they are.
pub fn provide_language(wanted: Memo<Lang>) -> Words {
    let shown = RwSignal::new(Lang::En);
    Effect::new(move |_| {
        let lang = wanted.get();
        if i18n::is_ready(lang) {
            shown.set(lang);
            return;
        }
        leptos::task::spawn_local(async move {
            // Only if still wanted once in: a reader may have chosen again meanwhile.
            if load_language(lang).await.is_ok() && wanted.get_untracked() == lang {
                shown.try_set(lang);
            }
        });
    });
    provide_words(shown.into())
}

chunk! {
    /// The five languages besides English, in a chunk of their own: most readers need one at most,
    /// and many none.
    languages: fn load_language(lang: Lang) -> () {
        i18n::install(lang);
        Ok(())
    }
}
