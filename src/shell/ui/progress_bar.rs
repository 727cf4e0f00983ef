//! The reading-progress bar and the time left: how much of the open article is read.
use leptos::prelude::*;

use crate::core::i18n::{Arg, Msg};
use crate::shell::words::use_words;

/// A thin bar at the top of the window with `role="progressbar"`, and "N min left" beside it.
#[component]
pub fn ProgressBar(
    /// Percent of the article read, 0 to 100.
    percent: Signal<u8>,
    /// "3 min left", or nothing once the end is in view.
    time_left: Signal<Option<String>>,
) -> impl IntoView {
    let words = use_words();
    let value_text = move || {
        let percent = ("percent", Arg::Num(u64::from(percent.get())));
        match time_left.get() {
            Some(left) => words.t(Msg::PercentReadLeft, &[percent, ("left", Arg::Text(&left))]),
            None => words.t(Msg::PercentRead, &[percent]),
        }
    };
    view! {
        <div
            class="progress"
            role="progressbar"
            aria-label=words.of(Msg::ReadingProgress)
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=move || percent.get().to_string()
            aria-valuetext=value_text
        >
            <div class="progress-fill" style:transform=move || scale_x(percent.get())></div>
        </div>
        <p class="time-left" aria-hidden="true" class:hidden=move || time_left.with(Option::is_none)>
            {move || time_left.get().unwrap_or_default()}
        </p>
    }
}

/// `scaleX(0.37)` for 37 percent, written with integers: formatting an `f64` would pull the float
/// printer (about 4 KB brotli) into the Wasm for this one value.
fn scale_x(percent: u8) -> String {
    match percent.min(100) {
        100 => "scaleX(1)".to_owned(),
        p => format!("scaleX(0.{p:02})"),
    }
}
