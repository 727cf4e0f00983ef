//! The reading bar: the article's controls within reach at any point of it (back to the list,
//! contents, listening, reading settings, the shortcut help), with the minutes left.
//!
//! It sticks to the top of the reading area, tucks away while the reader scrolls down, and comes
//! back on a scroll up, a click or tap anywhere but on a control, keyboard focus inside it, above
//! the body and at the end of the article (ARCHITECTURE.md, "The reading bar", says why). Tucked,
//! it is transparent and lets clicks through but stays in the document, so Tab reaches it without
//! scrolling and screen readers always find it. On an article the page's masthead (and, while the
//! bar is there, a widget's own settings button) step aside (style/main.css), so it is the
//! first thing in the page and no control is doubled. It never covers the line being read: the reading
//! line (`reading::position`) is below its height, shown or tucked. Its panels float below it, so
//! opening one moves nothing.
use leptos::html::{Button, Div};
use leptos::prelude::*;

use crate::core::i18n::Msg;
use crate::core::route::Route;
use crate::shell::navigation::commands::{use_commands, Panel};
use crate::shell::navigation::disclosure::return_focus_on_close;
use crate::shell::navigation::router::RouteLink;
use crate::shell::platform::scroller::Scroller;
use crate::shell::reading::position::Measure;
use crate::shell::settings::panel::SettingsPanel;
use crate::shell::words::use_words;

/// What a click lands on when it is a control's own, not a call for the bar.
const CONTROLS: &str = "a, button, input, select, textarea, label, summary, audio, video, .panel, .reading-bar";

/// The bar of one article: the way back to `back`, then `tools` (the progress, the contents and
/// listening), the reading settings and the shortcut help. `bar` is its element, whose height the
/// reading area starts below; `measure` tells it which way the reader is going. (A function, not
/// a component: its one caller's tools go in as they are, with no boxing.)
pub fn reading_bar(
    bar: NodeRef<Div>,
    measure: ReadSignal<Measure>,
    back: Route,
    tools: impl IntoView,
) -> impl IntoView {
    let commands = use_commands();
    let tucked = RwSignal::new(false);
    // Set only on a change: the measurement behind it comes once a frame while scrolling.
    let tuck = move |away: bool| {
        if tucked.try_get_untracked() == Some(!away) {
            tucked.try_set(away);
        }
    };
    // Only the reader's own scrolling moves it (not the opening scroll, a reflow or the voice):
    // away on the way down through the body, back on the way up, above the body and at the end.
    let mut previous = 0.0;
    Effect::new(move |_| {
        let Measure { scroll_y, by_reader, percent, unit, .. } = measure.get();
        if by_reader && scroll_y != previous {
            tuck(unit.is_some() && percent < 100 && scroll_y > previous);
        }
        previous = scroll_y;
    });
    Scroller::current().on_click(move |element| {
        if element.closest(CONTROLS).ok().flatten().is_none() {
            tuck(false);
        }
    });
    let help = NodeRef::<Button>::new();
    return_focus_on_close(Panel::Help, help);
    let words = use_words();
    view! {
        // While a panel is open the bar stays: the panel hangs from it.
        <div class="reading-bar" node_ref=bar class:tucked=move || tucked.get() && !commands.any_open()>
            // The label's own arrow is what a narrow bar shows of it (style/main.css).
            <RouteLink route=back class="tool-button back-link">{words.of(Msg::AllArticles)}</RouteLink>
            {tools}
            <SettingsPanel/>
            <button type="button" class="tool-button icon-only" node_ref=help aria-haspopup="dialog"
                aria-expanded=move || commands.is_open(Panel::Help).to_string() on:click=move |_| commands.toggle(Panel::Help)>
                <span aria-hidden="true" class="tool-icon">"?"</span>
                <span class="tool-label">{words.of(Msg::KeyboardShortcuts)}</span>
            </button>
        </div>
    }
}
