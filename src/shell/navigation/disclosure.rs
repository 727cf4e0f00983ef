//! Focus for the reader's panels: opened by a shortcut, focus goes into the panel; when one closes
//! while focus was inside it (its content is gone, so focus fell to the page), focus goes back to
//! the button that opens it. Works in the page and inside a widget's shadow root alike.
use leptos::html::Button;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::shell::navigation::commands::{use_commands, Panel};
use crate::shell::platform::scroller::focus_in_place;

/// Returns focus to `button` whenever `panel` closes and focus was left nowhere, or in what closed
/// beside the button (a panel hidden rather than removed keeps the focus until the browser moves
/// it).
pub fn return_focus_on_close(panel: Panel, button: NodeRef<Button>) {
    let commands = use_commands();
    Effect::watch(
        move || commands.is_open(panel),
        move |open, was_open, _| {
            if *open || was_open != Some(&true) {
                return;
            }
            let Some(button) = button.get_untracked() else {
                return;
            };
            let lost = active_near(&button).is_none_or(|active| {
                let beside = button.parent_node().is_some_and(|tool| tool.contains(Some(&active)));
                (beside && !button.is_same_node(Some(&active)))
                    || document().body().is_some_and(|body| body.is_same_node(Some(&active)))
            });
            if lost {
                focus_in_place(&button);
            }
        },
        false,
    );
}

/// Focuses the first control inside `container`, unless focus is on `button` (the reader clicked
/// or pressed it, and stays there, as a disclosure button should). In place: a panel opens where
/// the reader is, and a plain `focus()` could scroll the page (or a widget's box) under it.
pub fn focus_first_unless_on(container: &web_sys::Element, button: NodeRef<Button>) {
    if button.get_untracked().is_some_and(|button| is_focused(&button)) {
        return;
    }
    let first = container.query_selector("button:not([disabled]), a[href], input, select").ok().flatten();
    if let Some(first) = first.and_then(|first| first.dyn_into::<web_sys::HtmlElement>().ok()) {
        focus_in_place(&first);
    }
}

/// Whether `element` has focus (in its document or shadow root).
pub fn is_focused(element: &web_sys::Element) -> bool {
    active_near(element).is_some_and(|active| element.is_same_node(Some(&active)))
}

/// The focused element of `near`'s tree: the document, or a widget's shadow root.
fn active_near(near: &web_sys::Element) -> Option<web_sys::Element> {
    match near.get_root_node().dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => document().active_element(),
    }
}
