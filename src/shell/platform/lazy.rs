//! Views whose code arrives later: a chunk of the Wasm fetched the first time its view is wanted.
//! `chunk!` declares one; the app's build (feature `split`, scripts/wasm-build.mjs) has
//! wasm-split-cli cut it, with the code only it uses, into its own file. Without the feature (unit
//! tests, the browser tests' runner) the same function is a plain async one.
use std::future::Future;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::core::i18n::Msg;
use crate::shell::words::use_words;

/// A chunk that could not be fetched (offline before it was ever cached, or a server error).
#[derive(Debug)]
pub struct Unavailable;

impl From<leptos::wasm_split::SplitLoaderError> for Unavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Unavailable
    }
}

/// Shows the view `load` brings once its chunk is in; a calm alert if the chunk cannot come.
pub fn later(load: impl Future<Output = Result<AnyView, Unavailable>> + 'static) -> impl IntoView {
    Suspend::new(SendWrapper::new(async move {
        load.await.unwrap_or_else(|Unavailable| {
            let words = use_words();
            view! {
                <p class="notice" role="alert">{words.of(Msg::PartUnavailable)}</p>
            }
            .into_any()
        })
    }))
}

/// Declares `async fn NAME(ARGS) -> Result<T, Unavailable>` whose body is chunk `CHUNK` of the
/// split build: a view (`T = AnyView`, shown with `later`), or an action that starts work whose
/// code then lives in the chunk too. Arguments must be concrete types (no generics, no `impl Trait`).
macro_rules! chunk {
    ($(#[$meta:meta])* $chunk:ident: fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        $(#[$meta])*
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name($($arg: $ty),*) -> Result<$ret, $crate::shell::platform::lazy::Unavailable> $body

        #[cfg(not(feature = "split"))]
        $(#[$meta])*
        async fn $name($($arg: $ty),*) -> Result<$ret, $crate::shell::platform::lazy::Unavailable> $body
    };
}
pub(crate) use chunk;
